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
    // The other exhibits of this page: what the page states beside this chart, in exhibit
    // order through value_key's page index (it stops at kMaxRelated however many exhibits
    // the page has).
    Statement page = run(
        kRelatedColumns +
            QStringLiteral("FROM value_key k CROSS JOIN datapoint d ON d.id = k.datapoint_id ") +
            kRelatedJoins +
            QStringLiteral("LEFT JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id) "
                           "WHERE k.report_id = ? AND k.page = ? AND k.exhibit_id <> ? "
                           "ORDER BY k.exhibit_id, k.datapoint_id LIMIT ?"),
        {data.info.reportId, data.info.reportId, data.info.page, data.info.id, kMaxRelated});
    while (page.next())
        data.related.append(relatedFrom(page, true));
    checkFetch(page);
    readRelatedElsewhere(data);
}

void ReportDatabase::readRelatedElsewhere(ExhibitData& data) const
{
    // The entities this exhibit draws, and the regions they lie in (entityParents), each with
    // the families of the measures it draws of them.
    QHash<QString, QSet<QString>> familiesOf;
    QStringList drawn;
    for (const SeriesRecord& s : data.series) {
        if (s.measure.isEmpty() || isCatchAllMeasure(s.measure))
            continue;
        QStringList entities;
        if (!s.entity.isEmpty())
            entities.append(s.entity);
        for (const PointRecord& p : s.points) {
            if (!p.entity.isEmpty() && !entities.contains(p.entity))
                entities.append(p.entity);
        }
        for (const QString& entity : std::as_const(entities)) {
            familiesOf[entity].insert(measureFamily(s.measure));
            if (!drawn.contains(entity))
                drawn.append(entity);
        }
    }
    // A region takes the families drawn of its own entities, not those its own region gets.
    const QHash<QString, QString> parents = entityParents(drawn);
    const QHash<QString, QSet<QString>> own = familiesOf;
    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        if (parents.contains(it.key()))
            familiesOf[parents.value(it.key())].unite(it.value());
    }
    if (familiesOf.isEmpty())
        return;
    // fam: (entity name, measure family) pairs, one bound pair each. A family is the measures
    // whose id is it or starts with it and '_': an index range from the family up to '`' (the
    // character after '_') and the exact test.
    QStringList pairs;
    QVariantList binds;
    for (auto it = familiesOf.cbegin(); it != familiesOf.cend(); ++it) {
        for (const QString& family : it.value()) {
            pairs.append(QStringLiteral("(?, ?)"));
            binds << it.key() << family;
        }
    }
    binds += catchAllBinds();
    binds += QVariantList{data.info.reportId, data.info.page,     data.info.id,
                          data.info.reportId, data.info.reportId, kMaxRelated};
    // hit: one value per figure and page (value_key's figure index; schema.sql).
    Statement other = run(
        QStringLiteral("WITH fam(name, family) AS (VALUES %1), "
                       "hit AS (SELECT MIN(k.datapoint_id) AS kid FROM fam "
                       "JOIN entity fe ON fe.name = fam.name "
                       "CROSS JOIN value_key k ON k.entity_id = fe.id "
                       "AND k.measure_id >= fam.family AND k.measure_id < fam.family || '`' "
                       "WHERE k.figure_rank <= 2 AND (k.measure_id = fam.family "
                       "OR substr(k.measure_id, 1, length(fam.family) + 1) = fam.family || '_') "
                       "AND k.measure_id NOT IN (%2) "
                       "AND NOT (k.report_id = ? AND k.page = ?) AND k.exhibit_id <> ? "
                       "GROUP BY k.entity_id, k.measure_id, k.report_id, k.base_unit, "
                       "k.period_start, k.period_end, k.page, k.base_value) ")
                .arg(pairs.join(QStringLiteral(", ")), catchAllPlaceholders()) +
            kRelatedColumns + QStringLiteral("FROM hit CROSS JOIN datapoint d ON d.id = hit.kid ") +
            kRelatedJoins +
            QStringLiteral("JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id) "
                           "ORDER BY ex.report_id <> ?, COALESCE(d.measure_id, s.measure_id), "
                           "en.name, d.period_start, d.page, d.id LIMIT ?"),
        binds);
    while (other.next())
        data.related.append(relatedFrom(other, false));
    checkFetch(other);
}

QHash<QString, QString> ReportDatabase::entityParents(const QStringList& names) const
{
    QHash<QString, QString> parents;
    if (names.isEmpty())
        return parents;
    QStringList marks;
    QVariantList binds;
    for (const QString& name : names) {
        marks.append(QStringLiteral("?"));
        binds.append(name);
    }
    Statement q = run(QStringLiteral("SELECT e.name, p.name FROM entity e JOIN entity p "
                                     "ON p.id = e.parent_id WHERE e.name IN (%1)")
                          .arg(marks.join(QStringLiteral(", "))),
                      binds);
    while (q.next())
        parents.insert(q.value(0).toString(), q.value(1).toString());
    checkFetch(q);
    return parents;
}

} // namespace trendboard
