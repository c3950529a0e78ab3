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

RelatedValue relatedFrom(const Statement& q, bool samePage)
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
    r.seriesZh = q.value(14).toString();
    r.xLabelZh = q.value(15).toString();
    return r;
}

// The columns relatedFrom reads, datapoint_flat's read from its tables (d, s, ex); the other
// report's short name only where it is another.
const QString kRelatedColumns = QStringLiteral(
    "SELECT CASE WHEN ex.report_id = ? THEN '' ELSE COALESCE(r.short_title, r.publisher) END, "
    "d.page, ex.id, ex.title, s.name, COALESCE(en.name, ''), "
    "COALESCE(d.measure_id, s.measure_id), "
    "COALESCE(m.name, COALESCE(d.measure_id, s.measure_id)), d.x_label, d.period_start, "
    "d.period_end, d.value, d.unit, d.quote, COALESCE(s.name_zh, ''), "
    "COALESCE((SELECT z.text FROM datapoint_zh z WHERE z.datapoint_id = d.id "
    "AND z.field = 'x'), '') ");
const QString kRelatedJoins =
    QStringLiteral("JOIN series s ON s.id = d.series_id JOIN exhibit ex ON ex.id = s.exhibit_id "
                   "JOIN report r ON r.id = ex.report_id "
                   "LEFT JOIN measure m ON m.id = COALESCE(d.measure_id, s.measure_id) ");
} // namespace

void ReportDatabase::readRelated(ExhibitData& data) const
{
    if (data.info.statedValues >= kFewValues)
        return;
    // The other exhibits of this page: what the page states beside this chart.
    Statement page =
        run(kRelatedColumns + QStringLiteral("FROM datapoint d ") + kRelatedJoins +
                QStringLiteral("LEFT JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id) "
                               "WHERE ex.report_id = ? AND d.page = ? AND "
                               "ex.id <> ? AND d.value IS NOT NULL "
                               "ORDER BY ex.id, d.id LIMIT ?"),
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
            Statement parent = run(QStringLiteral("SELECT p.name FROM entity e JOIN entity p "
                                                  "ON p.id = e.parent_id WHERE e.name = ?"),
                                   {entity});
            if (parent.next())
                familiesOf[parent.value(0).toString()].insert(measureFamily(s.measure));
            checkFetch(parent);
        }
    }
    if (familiesOf.isEmpty())
        return;
    QVariantList binds;
    for (auto it = familiesOf.cbegin(); it != familiesOf.cend(); ++it)
        binds.append(it.key());
    binds += QVariantList{data.info.reportId, data.info.reportId, data.info.page, data.info.id,
                          data.info.reportId};
    Statement other = run(
        entityPoints(familiesOf.size()) + kRelatedColumns +
            QStringLiteral("FROM pts CROSS JOIN datapoint d ON d.id = pts.id ") + kRelatedJoins +
            QStringLiteral("JOIN entity en ON en.id = pts.entity_id "
                           "WHERE NOT (ex.report_id = ? AND d.page = ?) "
                           "AND ex.id <> ? AND d.value IS NOT NULL "
                           "AND d.status = 'reported' "
                           "ORDER BY ex.report_id <> ?, COALESCE(d.measure_id, s.measure_id), "
                           "en.name, d.period_start, d.page, d.id"),
        binds);
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
