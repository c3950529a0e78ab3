// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/entityprofile.h"

#include "analyst/analystservice.h"
#include "text/nearestnames.h"
#include "text/valueformat.h"

#include <QCoreApplication>

#include <QHash>

#include <algorithm>

namespace trendboard {

int EntityProfile::valueCount() const
{
    int n = 0;
    for (const Group& g : groups)
        n += g.values.size();
    return n;
}

QStringList nearestEntities(const ReportDatabase& db, const QString& typed, int count)
{
    QVector<QStringList> candidates;
    for (const EntityInfo& e : db.entities())
        candidates.append(QStringList{e.name} + e.aliases);
    return nearestNames(candidates, typed, count);
}

EntityProfile entityProfile(const ReportDatabase& db, const QString& nameOrAlias,
                            const AnalystService* analyst)
{
    EntityProfile profile;
    const auto name = db.resolveEntity(nameOrAlias);
    if (!name) {
        const QStringList near = nearestEntities(db, nameOrAlias);
        profile.error = near.isEmpty()
                            ? QCoreApplication::translate("trendboard::EntityProfile",
                                                          "no entity '%1' (see --list-entities)")
                                  .arg(nameOrAlias)
                            : QCoreApplication::translate("trendboard::EntityProfile",
                                                          "no entity '%1'; did you mean %2?")
                                  .arg(nameOrAlias, near.join(QStringLiteral(", ")));
        return profile;
    }
    for (const EntityInfo& e : db.entities()) {
        if (e.name == *name)
            profile.entity = e;
    }
    QHash<QString, MeasureInfo> measures;
    for (const MeasureInfo& m : db.measures())
        measures.insert(m.id, m);
    QHash<QString, int> groupOf;
    QVector<MeasureValue> values = db.entityValues(*name);
    if (analyst)
        profile.analystValues = analyst->overlayValues(
            values, [&name](const QString&, const QString& entity) { return entity == *name; });
    for (const MeasureValue& v : std::as_const(values)) {
        if (!groupOf.contains(v.measure)) {
            groupOf.insert(v.measure, profile.groups.size());
            profile.groups.append(
                {measures.value(v.measure, MeasureInfo{v.measure, v.measure}), {}});
        }
        profile.groups[groupOf.value(v.measure)].values.append(v);
    }
    std::stable_sort(profile.groups.begin(), profile.groups.end(),
                     [](const EntityProfile::Group& a, const EntityProfile::Group& b) {
                         return a.values.size() > b.values.size();
                     });
    if (!db.readError().isEmpty())
        profile.error = db.readError();
    return profile;
}

FlatTable profileTable(const EntityProfile& profile)
{
    FlatTable t;
    t.columns = {
        QStringLiteral("measure"), QStringLiteral("period"),       QStringLiteral("value"),
        QStringLiteral("unit"),    QStringLiteral("base_value"),   QStringLiteral("base_unit"),
        QStringLiteral("status"),  QStringLiteral("report"),       QStringLiteral("exhibit_id"),
        QStringLiteral("page"),    QStringLiteral("series"),       QStringLiteral("quote"),
        QStringLiteral("analyst"), QStringLiteral("report_value"), QStringLiteral("citation")};
    for (const EntityProfile::Group& g : profile.groups) {
        for (const MeasureValue& v : g.values) {
            t.rows.append({g.measure.id, v.xLabel, v.value, v.unit, v.baseValue, v.baseUnit,
                           v.status, v.reportId, v.exhibitId, v.page, v.series, v.quote,
                           analystMarkName(v.analyst),
                           v.reportValue ? QVariant(*v.reportValue) : QVariant(), v.citation});
        }
    }
    return t;
}

FlatTable profileDisplayTable(const EntityProfile& profile)
{
    FlatTable t;
    t.columns = {
        QStringLiteral("measure"), QStringLiteral("period"),       QStringLiteral("value"),
        QStringLiteral("page"),    QStringLiteral("quote"),        QStringLiteral("exhibit"),
        QStringLiteral("report"),  QStringLiteral("status"),       QStringLiteral("series"),
        QStringLiteral("analyst"), QStringLiteral("report_value"), QStringLiteral("citation")};
    for (const EntityProfile::Group& g : profile.groups) {
        const QString measure = g.measure.name.isEmpty() ? g.measure.id : g.measure.name;
        for (const MeasureValue& v : g.values) {
            const QString reportValue =
                v.reportValue
                    ? formatValue(*v.reportValue, v.reportUnit.isEmpty() ? v.unit : v.reportUnit)
                    : QString();
            t.rows.append({measure, v.xLabel, formatValue(v.value, v.unit), v.page, v.quote,
                           v.exhibitTitle, v.reportShort.isEmpty() ? v.reportId : v.reportShort,
                           v.status, v.series, analystMarkName(v.analyst), reportValue,
                           v.citation});
        }
    }
    return t;
}

QStringList profileColumnTitles()
{
    static const char* const titles[] = {
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Measure"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Period"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Value"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Page"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Quote"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Exhibit"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Report"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Status"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Series"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Analyst"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Report's value"),
        QT_TRANSLATE_NOOP("trendboard::EntityProfile", "Citation")};
    QStringList out;
    for (const char* title : titles)
        out.append(QCoreApplication::translate("trendboard::EntityProfile", title));
    return out;
}

QStringList profileRowExhibits(const EntityProfile& profile)
{
    QStringList out;
    for (const EntityProfile::Group& g : profile.groups) {
        for (const MeasureValue& v : g.values)
            out.append(v.exhibitId);
    }
    return out;
}

} // namespace trendboard
