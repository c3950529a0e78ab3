// SPDX-License-Identifier: GPL-3.0-or-later
// What an exhibit of few or no stated values is about, stated elsewhere: the values of the
// other exhibits on its page (a headline's range) and the same measure of the same entities on
// other pages (p. 310 draws internet users by region and states none; p. 314 states the
// world's 5.5B, p. 311 its penetration).
#include "reportdb.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace trendboard {

namespace {
// Exhibits stating this many values or more say enough themselves.
constexpr int kFewValues = 3;
// Enough to tell what the page is about without crowding it.
constexpr int kMaxRelated = 24;

// The word a measure's id starts with names what it is about: internet_users and
// internet_penetration are of one family, capex and capex_growth of another.
QString measureFamily(const QString& id)
{
    return id.section(QLatin1Char('_'), 0, 0);
}

RelatedValue relatedFrom(const QSqlQuery& q, bool samePage)
{
    RelatedValue r;
    r.samePage = samePage;
    r.reportShort = q.value(0).toString();
    r.page = q.value(1).toInt();
    r.exhibitId = q.value(2).toString();
    r.exhibitTitle = q.value(3).toString();
    r.series = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.measure = q.value(6).toString();
    r.measureName = q.value(7).toString();
    r.xLabel = q.value(8).toString();
    r.periodStart = q.value(9).toString();
    r.periodEnd = q.value(10).toString();
    r.value = q.value(11).toDouble();
    r.unit = q.value(12).toString();
    r.quote = q.value(13).toString();
    return r;
}

// The columns relatedFrom reads; the other report's short name only where it is another.
const QString kRelatedColumns = QStringLiteral(
    "SELECT CASE WHEN b.report = ? THEN '' ELSE COALESCE(r.short_title, r.publisher) END, "
    "b.page, b.exhibit_id, b.exhibit_title, b.series, COALESCE(b.entity, ''), b.measure, "
    "COALESCE(m.name, b.measure), b.x_label, b.period_start, b.period_end, b.value, b.unit, "
    "b.quote FROM datapoint_flat b JOIN report r ON r.id = b.report "
    "LEFT JOIN measure m ON m.id = b.measure ");
} // namespace

void ReportDatabase::readRelated(ExhibitData& data) const
{
    if (data.info.statedValues >= kFewValues)
        return;
    // The other exhibits of this page: what the page states beside this chart.
    QSqlQuery page =
        run(kRelatedColumns + QStringLiteral("WHERE b.report = ? AND b.page = ? AND "
                                             "b.exhibit_id <> ? AND b.value IS NOT NULL "
                                             "ORDER BY b.exhibit_id, b.datapoint_id LIMIT ?"),
            {data.info.reportId, data.info.reportId, data.info.page, data.info.id, kMaxRelated});
    while (page.next())
        data.related.append(relatedFrom(page, true));
    checkFetch(page);

    // The entities this exhibit draws, and the regions they lie in, each with the families of
    // the measures it draws of them.
    QHash<QString, QSet<QString>> familiesOf;
    for (const SeriesRecord& s : data.series) {
        QStringList entities;
        if (!s.entity.isEmpty())
            entities.append(s.entity);
        for (const PointRecord& p : s.points) {
            if (!p.entity.isEmpty() && !entities.contains(p.entity))
                entities.append(p.entity);
        }
        if (s.measure.isEmpty() || isCatchAllMeasure(s.measure))
            continue;
        for (const QString& entity : std::as_const(entities)) {
            familiesOf[entity].insert(measureFamily(s.measure));
            QSqlQuery parent = run(QStringLiteral("SELECT p.name FROM entity e JOIN entity p "
                                                  "ON p.id = e.parent_id WHERE e.name = ?"),
                                   {entity});
            if (parent.next())
                familiesOf[parent.value(0).toString()].insert(measureFamily(s.measure));
            checkFetch(parent);
        }
    }
    if (familiesOf.isEmpty())
        return;
    QStringList marks;
    QVariantList binds{data.info.reportId};
    for (auto it = familiesOf.cbegin(); it != familiesOf.cend(); ++it) {
        marks.append(QStringLiteral("?"));
        binds.append(it.key());
    }
    binds += QVariantList{data.info.reportId, data.info.page, data.info.id};
    QSqlQuery other = run(
        kRelatedColumns +
            QStringLiteral("WHERE b.entity IN (%1) AND NOT (b.report = ? AND b.page = ?) "
                           "AND b.exhibit_id <> ? AND b.value IS NOT NULL "
                           "AND b.status = 'reported' "
                           "ORDER BY b.report <> ?, b.measure, b.entity, b.period_start, b.page, "
                           "b.datapoint_id")
                .arg(marks.join(QStringLiteral(", "))),
        binds + QVariantList{data.info.reportId});
    int added = 0;
    while (other.next() && added < kMaxRelated) {
        RelatedValue r = relatedFrom(other, false);
        if (isCatchAllMeasure(r.measure) ||
            !familiesOf.value(r.entity).contains(measureFamily(r.measure)))
            continue;
        data.related.append(r);
        ++added;
    }
    checkFetch(other);
}

} // namespace trendboard
