// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst layer laid over the report's data: an exhibit as the views draw it, and the
// measure values that comparisons and profiles read.
#include "analyst/analystservice.h"
#include "analyst/analystservice_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace trendboard {

std::optional<Period> analystPeriod(const QString& label,
                                    const std::optional<FiscalCalendar>& fiscal)
{
    PeriodParse parsed = parsePeriod(label.toStdString(), fiscal);
    // A fiscal label without its company's year end: December's, as validation reads it.
    if (!parsed.period && !fiscal && label.startsWith(QLatin1Char('F')))
        parsed = parsePeriod(label.toStdString(), FiscalCalendar{});
    return parsed.period;
}

ExhibitData AnalystService::overlay(ExhibitData data) const
{
    const PointKey scope{data.info.id, {}, {}, {}};
    overlay(data, m_analyst.values(scope), m_analyst.annotations(scope));
    return data;
}

void AnalystService::overlay(ExhibitData& data, const QVector<AnalystValue>& values,
                             const QVector<Annotation>& annotations) const
{
    for (const AnalystValue& v : values) {
        auto series = std::find_if(data.series.begin(), data.series.end(),
                                   [&](const SeriesRecord& s) { return s.name == v.key.series; });
        if (v.key.exhibitId != data.info.id || series == data.series.end())
            continue;
        auto point =
            std::find_if(series->points.begin(), series->points.end(), [&](const PointRecord& p) {
                return p.xLabel == v.key.xLabel && p.entity == v.key.entity;
            });
        if (point == series->points.end()) {
            // A new point. Its period is that of a report point with the same x label (the
            // compiler read it with the right fiscal calendar), else the label's own, read with
            // the calendar of the point's or series' company (NVIDIA's FQ4:24 ends in January).
            PointRecord added;
            added.xLabel = v.key.xLabel;
            added.entity = v.key.entity;
            added.page = data.info.page;
            added.measure = series->measure;
            const auto periodOfReportLabel = [&data, &added](const QString& label) {
                for (const SeriesRecord& s : data.series) {
                    for (const PointRecord& p : s.points) {
                        if (added.periodStart.isEmpty() && p.xLabel == label &&
                            !p.periodStart.isEmpty()) {
                            added.periodStart = p.periodStart;
                            added.periodEnd = p.periodEnd;
                            added.granularity = p.granularity;
                        }
                    }
                }
            };
            periodOfReportLabel(v.periodLabel);
            const QString company = v.key.entity.isEmpty() ? series->entity : v.key.entity;
            const auto fiscal = m_fiscal.constFind(company);
            const auto period =
                added.periodStart.isEmpty()
                    ? analystPeriod(v.periodLabel, fiscal == m_fiscal.cend()
                                                       ? std::nullopt
                                                       : std::optional<FiscalCalendar>(*fiscal))
                    : std::nullopt;
            if (period) {
                added.periodStart = QString::fromStdString(period->startIso());
                added.periodEnd = QString::fromStdString(period->endIso());
                added.granularity = QString::fromStdString(granularityName(period->granularity));
            }
            periodOfReportLabel(v.key.xLabel);
            // Before the first point that starts later; undated points keep the end.
            point = std::find_if(
                series->points.begin(), series->points.end(), [&](const PointRecord& p) {
                    return !added.periodStart.isEmpty() && !p.periodStart.isEmpty() &&
                           p.periodStart > added.periodStart;
                });
            point = series->points.insert(point, added);
            point->status = QStringLiteral("analyst");
            point->analyst = AnalystMark::Filled;
        } else if (point->value) {
            point->analyst = AnalystMark::Edited;
            point->reportValue = point->value;
            point->reportUnit = point->unit;
            // No longer the report's reported or derived value: the status says whose it is,
            // as a comparison's does (overlayValues), so that no view or file calls it stated.
            point->status = QStringLiteral("edited");
        } else {
            point->analyst = AnalystMark::Filled; // a text cell given a value
            point->status = QStringLiteral("analyst");
        }
        point->value = v.value;
        point->unit = v.unit;
        point->citation = v.citation;
        if (const UnitInfo* unit = findUnit(m_units, v.unit)) {
            point->baseValue = v.value * unit->factor;
            point->baseUnit = unit->baseUnit;
        } else {
            point->baseValue.reset();
            point->baseUnit.clear();
        }
    }
    for (const Annotation& a : annotations) {
        if (a.target.exhibitId != data.info.id)
            continue;
        if (a.target.scope() == PointKey::Scope::Exhibit) {
            data.annotation = a.text;
            continue;
        }
        for (SeriesRecord& s : data.series) {
            if (s.name != a.target.series)
                continue;
            if (a.target.scope() == PointKey::Scope::Series)
                s.annotation = a.text;
            for (PointRecord& p : s.points) {
                if (a.target.isPoint() && p.xLabel == a.target.xLabel &&
                    p.entity == a.target.entity)
                    p.annotation = a.text;
            }
        }
    }
}

int AnalystService::overlayValues(QVector<MeasureValue>& values, const ValueFilter& wanted) const
{
    // Only the exhibits that hold a wanted value are read: an edit elsewhere in a large layer
    // costs this list nothing but its row in one query.
    const QVector<AnalystValue> layer = m_analyst.values();
    QVector<ReportDatabase::Target> keys;
    keys.reserve(layer.size());
    for (const AnalystValue& v : layer)
        keys.append({v.key.exhibitId, v.key.series, v.key.xLabel, v.key.entity});
    const QVector<ReportDatabase::PointMeasure> measures = m_report.pointMeasures(keys);
    QHash<QString, QVector<AnalystValue>> byExhibit;
    QHash<QString, QString> entityOf;
    for (int i = 0; i < layer.size(); ++i) {
        if (measures.value(i).found && wanted(measures[i].measure, measures[i].entity)) {
            byExhibit[layer[i].key.exhibitId].append(layer[i]);
            entityOf.insert(targetKey(layer[i].key), measures[i].entity);
        }
    }
    return overlayExhibitValues(values, byExhibit, wanted, entityOf);
}

namespace {

// An edit of a report value the list holds, put in place as the exhibit's overlay would
// (AnalystService::overlay): false when the list has no such value.
bool applyEdit(QVector<MeasureValue>& values, const AnalystValue& v, const QString& entity,
               const QVector<UnitInfo>& units)
{
    const auto m = std::find_if(values.begin(), values.end(), [&](const MeasureValue& m) {
        return m.analyst == AnalystMark::None && m.exhibitId == v.key.exhibitId &&
               m.series == v.key.series && m.pointLabel == v.key.xLabel && m.entity == entity;
    });
    if (m == values.end())
        return false;
    m->status = QStringLiteral("edited");
    m->reportValue = m->value;
    m->reportUnit = m->unit;
    m->reportBaseValue = m->baseValue;
    m->analyst = AnalystMark::Edited;
    m->value = v.value;
    m->unit = v.unit;
    const UnitInfo* unit = findUnit(units, v.unit);
    m->baseValue = unit ? v.value * unit->factor : v.value;
    m->baseUnit = unit ? unit->baseUnit : v.unit;
    m->citation = v.citation;
    return true;
}

} // namespace

int AnalystService::overlayExhibitValues(QVector<MeasureValue>& values,
                                         const QHash<QString, QVector<AnalystValue>>& byExhibit,
                                         const ValueFilter& wanted,
                                         const QHash<QString, QString>& entityOf) const
{
    int changed = 0;
    for (auto it = byExhibit.cbegin(); it != byExhibit.cend(); ++it) {
        // An edit of a value the list holds needs nothing of its exhibit; a fill-in needs
        // its exhibit's periods and title, so only then is the exhibit read.
        QVector<AnalystValue> rest;
        for (const AnalystValue& v : it.value()) {
            const auto entity = entityOf.constFind(targetKey(v.key));
            if (v.kind == AnalystValueKind::Edit && entity != entityOf.cend() &&
                applyEdit(values, v, *entity, m_units))
                ++changed;
            else
                rest.append(v);
        }
        if (rest.isEmpty())
            continue;
        std::optional<ExhibitData> data = reportExhibit(it.key());
        if (!data)
            continue;
        overlay(*data, rest, {});
        const ExhibitInfo& info = data->info;
        for (const SeriesRecord& s : std::as_const(data->series)) {
            for (const PointRecord& p : s.points) {
                if (p.analyst == AnalystMark::None || !p.value)
                    continue;
                const QString entity = p.entity.isEmpty() ? s.entity : p.entity;
                const QString measure = p.measure.isEmpty() ? s.measure : p.measure;
                if (entity.isEmpty() || measure.isEmpty() || !wanted(measure, entity))
                    continue;
                auto v = std::find_if(values.begin(), values.end(), [&](const MeasureValue& m) {
                    return m.exhibitId == info.id && m.series == s.name &&
                           m.pointLabel == p.xLabel && m.entity == entity;
                });
                if (v == values.end()) {
                    MeasureValue added;
                    added.entity = entity;
                    added.reportId = info.reportId;
                    added.reportShort = m_reportShort.value(info.reportId);
                    added.exhibitId = info.id;
                    added.exhibitTitle = info.title;
                    added.page = info.reportPages > 1 ? info.page : 0;
                    added.series = s.name;
                    added.xLabel = p.xLabel;
                    added.pointLabel = p.xLabel;
                    added.periodStart = p.periodStart;
                    added.periodEnd = p.periodEnd;
                    added.granularity = p.granularity;
                    added.measure = measure;
                    added.status = QStringLiteral("analyst");
                    // A row of a table is stated for the exhibit's period (as the report's are).
                    if (info.xKind == QLatin1String("category"))
                        dateCategoryValue(added, info.periodLabel, info.periodStart,
                                          info.periodEnd);
                    v = values.insert(values.end(), added);
                } else {
                    v->status = QStringLiteral("edited");
                    v->reportValue = v->value;
                    v->reportUnit = v->unit;
                    v->reportBaseValue = v->baseValue;
                }
                v->analyst = p.analyst;
                v->value = *p.value;
                v->unit = p.unit;
                v->baseValue = p.baseValue.value_or(*p.value);
                v->baseUnit = p.baseValue ? p.baseUnit : p.unit;
                v->citation = p.citation;
                ++changed;
            }
        }
    }
    sortByPeriod(values); // as ReportDatabase::measureValues gives them
    return changed;
}

namespace {

QString targetId(const QString& exhibit, const QString& series, const QString& xLabel,
                 const QString& entity)
{
    return QStringList{exhibit, series, xLabel, entity}.join(QChar(0x1f)); // never in a name
}

QString targetId(const PointKey& key)
{
    return targetId(key.exhibitId, key.series, key.xLabel, key.entity);
}

// Every exhibit, series and point of the report's exhibits the layer names, by targetId: one
// query for the whole layer, however many entries it has, reading only the exhibits it names
// (never the whole database: this runs as the window starts).
QSet<QString> reportTargets(const ReportDatabase& report, const AnalystDatabase& layer)
{
    QSet<QString> exhibits;
    for (const AnalystValue& v : layer.values())
        exhibits.insert(v.key.exhibitId);
    for (const Annotation& a : layer.annotations())
        exhibits.insert(a.target.exhibitId);
    QSet<QString> out;
    for (const ReportDatabase::Target& t :
         report.targets(QStringList(exhibits.begin(), exhibits.end())))
        out.insert(targetId(t.exhibitId, t.series, t.xLabel, t.entity));
    return out;
}

} // namespace

QVector<AnalystValue> AnalystService::orphanedValues() const
{
    const QSet<QString> targets = reportTargets(m_report, m_analyst);
    QVector<AnalystValue> out;
    for (const AnalystValue& v : m_analyst.values()) {
        const bool series = targets.contains(targetId(v.key.exhibitId, v.key.series, {}, {}));
        // An edit whose point is gone has nothing left to edit; a fill-in needs its series.
        if (!series || (v.kind == AnalystValueKind::Edit && !targets.contains(targetId(v.key))))
            out.append(v);
    }
    return out;
}

QVector<Annotation> AnalystService::orphanedAnnotations() const
{
    const QSet<QString> targets = reportTargets(m_report, m_analyst);
    QSet<QString> filled;
    for (const AnalystValue& v : m_analyst.values())
        filled.insert(targetId(v.key));
    QVector<Annotation> out;
    for (const Annotation& a : m_analyst.annotations()) {
        const QString id = targetId(a.target);
        // A point is the report's or one the analyst filled in (as checkTarget has it).
        const bool known = a.target.scope() != PointKey::Scope::Invalid &&
                           (targets.contains(id) || (a.target.isPoint() && filled.contains(id)));
        if (!known)
            out.append(a);
    }
    return out;
}

} // namespace trendboard
