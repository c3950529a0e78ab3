// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary side of ReportDatabase: measures, entities, units and the values of one
// measure across every exhibit and report, which comparisons are built from.
#include "reportdb.h"

#include <QDate>
#include <QSqlQuery>

#include <algorithm>

namespace trendboard {

// A period as the report would print it, for values whose x is a category (a table row
// 'Anthropic' stated for 3/25): 3/25, Q1:25, 2024, 5/15/25.
QString printedPeriod(const QString& start, const QString& end, const QString& granularity)
{
    const QDate from = QDate::fromString(start, Qt::ISODate);
    const QDate to = QDate::fromString(end, Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return {};
    const QString yy = QStringLiteral("%1").arg(to.year() % 100, 2, 10, QLatin1Char('0'));
    if (granularity == QLatin1String("day"))
        return QStringLiteral("%1/%2/%3").arg(to.month()).arg(to.day()).arg(yy);
    if (granularity == QLatin1String("month"))
        return QStringLiteral("%1/%2").arg(to.month()).arg(yy);
    if (granularity == QLatin1String("quarter") && from.month() % 3 == 1)
        return QStringLiteral("Q%1:%2").arg((from.month() + 2) / 3).arg(yy);
    if (granularity == QLatin1String("year") && from.month() == 1 && from.day() == 1)
        return QString::number(from.year());
    return from.year() == to.year() ? QString::number(from.year())
                                    : QStringLiteral("%1-%2").arg(from.year()).arg(to.year());
}

namespace {
// The counts are the compiler's (measure_stats), read by key: no count of the view here.
const QString kMeasureQuery =
    QStringLiteral("SELECT m.id, m.name, m.quantity, COALESCE(m.base_unit, ''), "
                   "COALESCE(st.datapoints, 0), COALESCE(st.entities, 0) FROM measure m "
                   "LEFT JOIN measure_stats st ON st.measure_id = m.id ");
} // namespace

QVector<MeasureInfo> ReportDatabase::measures() const
{
    QVector<MeasureInfo> out;
    if (!isOpen())
        return out;
    Statement q = run(kMeasureQuery + QStringLiteral("ORDER BY m.id"), {});
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt()});
    }
    checkFetch(q);
    return out;
}

std::optional<MeasureInfo> ReportDatabase::measure(const QString& id) const
{
    if (!isOpen())
        return std::nullopt;
    Statement q = run(kMeasureQuery + QStringLiteral("WHERE m.id = ?"), {id});
    std::optional<MeasureInfo> found;
    if (q.next())
        found = MeasureInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toInt(),    q.value(5).toInt()};
    checkFetch(q);
    return found;
}

QVector<EntityInfo> ReportDatabase::entities(const QString& kind) const
{
    QVector<EntityInfo> out;
    if (!isOpen())
        return out;
    Statement q = run(
        QStringLiteral(
            "SELECT e.name, e.kind, COALESCE(p.name, ''), "
            "(SELECT group_concat(alias, '|') FROM entity_alias a WHERE a.entity_id = e.id), "
            "COALESCE((SELECT st.datapoints FROM entity_stats st WHERE st.entity_id = e.id), 0), "
            "COALESCE(e.fiscal_year_end, '') "
            "FROM entity e LEFT JOIN entity p ON p.id = e.parent_id "
            "WHERE ? = '' OR e.kind = ? ORDER BY e.kind, e.name"),
        // A null string binds as NULL, and NULL = '' is not true: bind an empty one.
        {kind.isEmpty() ? QStringLiteral("") : kind, kind.isEmpty() ? QStringLiteral("") : kind});
    while (q.next()) {
        EntityInfo e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {},
                     q.value(4).toInt(),    q.value(5).toString()};
        const QString aliases = q.value(3).toString();
        if (!aliases.isEmpty())
            e.aliases = aliases.split(QLatin1Char('|'));
        out.append(e);
    }
    checkFetch(q);
    return out;
}

QVector<UnitInfo> ReportDatabase::units() const
{
    QVector<UnitInfo> out;
    if (!isOpen())
        return out;
    Statement q = run(QStringLiteral("SELECT symbol, base_unit, factor, quantity FROM unit "
                                     "ORDER BY base_unit, factor"),
                      {});
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(),
                    q.value(3).toString()});
    }
    checkFetch(q);
    return out;
}

std::optional<QString> ReportDatabase::resolveEntity(const QString& nameOrAlias) const
{
    if (!isOpen())
        return std::nullopt;
    Statement q = run(QStringLiteral("SELECT name FROM entity WHERE name = ? COLLATE NOCASE "
                                     "UNION SELECT e.name FROM entity_alias a "
                                     "JOIN entity e ON e.id = a.entity_id WHERE a.alias = ?"),
                      {nameOrAlias.trimmed(), nameOrAlias.trimmed()});
    std::optional<QString> found;
    if (q.next())
        found = q.value(0).toString();
    checkFetch(q);
    return found;
}

ChineseNames ReportDatabase::chineseNames() const
{
    ChineseNames names;
    if (!isOpen())
        return names;
    Statement q = run(QStringLiteral("SELECT 'e', name, name_zh FROM entity WHERE name_zh <> '' "
                                     "UNION ALL SELECT 'm', id, name_zh FROM measure "
                                     "WHERE name_zh <> ''"),
                      {});
    while (q.next()) {
        auto& table = q.value(0).toString() == QLatin1String("e") ? names.entities : names.measures;
        table.insert(q.value(1).toString(), q.value(2).toString());
    }
    checkFetch(q);
    return names;
}

QString ReportDatabase::entityPoints(int names)
{
    // A point's entity is its own (a table row's) else its series': datapoint_flat computes
    // it, and no index serves a computed column. Here each half goes through its own index
    // (datapoint_by_entity, series_by_entity), so a query by entity reads only its points.
    // CROSS JOIN keeps that order: without statistics SQLite would rather read every point
    // without an entity of its own and look its series up.
    QStringList marks;
    for (int i = 0; i < names; ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("WITH ent(id) AS (SELECT id FROM entity WHERE name IN (%1)), "
                          "pts(id, entity_id) AS (SELECT pd.id, pd.entity_id FROM ent "
                          "CROSS JOIN datapoint pd ON pd.entity_id = ent.id "
                          "UNION ALL SELECT pd.id, ps.entity_id FROM ent "
                          "CROSS JOIN series ps ON ps.entity_id = ent.id "
                          "CROSS JOIN datapoint pd ON pd.series_id = ps.id "
                          "WHERE pd.entity_id IS NULL) ")
        .arg(marks.join(QStringLiteral(", ")));
}

QVector<MeasureValue> ReportDatabase::measureValues(const QString& measure,
                                                    const QStringList& entities) const
{
    if (entities.isEmpty())
        return {};
    // One bound parameter per entity: never text spliced into the SQL.
    QVariantList binds;
    for (const QString& e : entities)
        binds.append(e);
    binds.append(measure);
    return valuesOfEntities(entities.size(),
                            QStringLiteral("AND COALESCE(d.measure_id, s.measure_id) = ?"), binds);
}

QHash<QString, int> ReportDatabase::measureValueCounts(const QString& measure) const
{
    QHash<QString, int> counts;
    if (!isOpen())
        return counts;
    // value_key holds every numeric value with its entity and measure resolved as
    // valuesOfEntities resolves them (the point's own, else its series'); counted on the index
    // value_key_by_measure, one entry a value.
    Statement q = run(QStringLiteral("SELECT en.name, c.n FROM (SELECT entity_id, COUNT(*) AS n "
                                     "FROM value_key WHERE measure_id = ? AND entity_id IS NOT "
                                     "NULL GROUP BY entity_id) c JOIN entity en ON en.id = "
                                     "c.entity_id"),
                      {measure});
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    checkFetch(q);
    return counts;
}

QVector<MeasureValue> ReportDatabase::entityValues(const QString& entity) const
{
    return valuesOfEntities(1, {}, {entity});
}

QVector<MeasureValue> ReportDatabase::valuesOfEntities(int names, const QString& andWhere,
                                                       const QVariantList& binds) const
{
    QVector<MeasureValue> out;
    if (!isOpen())
        return out;
    // datapoint_flat's columns, read from its tables by key (see entityPoints).
    Statement q =
        run(entityPoints(names) +
                QStringLiteral(
                    "SELECT en.name, r.id, COALESCE(r.short_title, r.publisher), "
                    "ex.id, ex.title, d.page, s.name, d.x_label, "
                    "COALESCE(d.period_start, ''), COALESCE(d.period_end, ''), "
                    "COALESCE(d.granularity, ''), d.value, d.unit, "
                    "COALESCE(d.base_value, d.value), COALESCE(d.base_unit, d.unit), "
                    "d.status, COALESCE(d.quote, ''), COALESCE(d.derivation, ''), "
                    "ex.x_kind, COALESCE(ex.period_label, ''), COALESCE(ex.period_start, ''), "
                    "COALESCE(ex.period_end, ''), r.page_count, "
                    "COALESCE(d.measure_id, s.measure_id), COALESCE(ex.title_zh, '') "
                    "FROM pts CROSS JOIN datapoint d ON d.id = pts.id JOIN series s ON s.id = "
                    "d.series_id "
                    "JOIN exhibit ex ON ex.id = s.exhibit_id JOIN report r ON r.id = ex.report_id "
                    "JOIN entity en ON en.id = pts.entity_id "
                    "WHERE d.value IS NOT NULL ") +
                andWhere +
                QStringLiteral(" ORDER BY d.period_end, d.period_start, en.name, r.id, "
                               "d.page, d.id"),
            binds);
    while (q.next()) {
        MeasureValue v;
        v.entity = q.value(0).toString();
        v.reportId = q.value(1).toString();
        v.reportShort = q.value(2).toString();
        v.exhibitId = q.value(3).toString();
        v.exhibitTitle = q.value(4).toString();
        v.page = q.value(5).toInt();
        v.series = q.value(6).toString();
        v.xLabel = q.value(7).toString();
        v.pointLabel = v.xLabel;
        v.periodStart = q.value(8).toString();
        v.periodEnd = q.value(9).toString();
        v.granularity = q.value(10).toString();
        v.value = q.value(11).toDouble();
        v.unit = q.value(12).toString();
        v.baseValue = q.value(13).toDouble();
        v.baseUnit = q.value(14).toString();
        v.status = q.value(15).toString();
        v.quote = q.value(16).toString();
        v.derivation = q.value(17).toString();
        v.measure = q.value(23).toString();
        v.exhibitTitleZh = q.value(24).toString();
        if (q.value(22).toInt() <= 1)
            v.page = 0; // a note without pages: its source names none
        if (q.value(18).toString() == QLatin1String("category"))
            dateCategoryValue(v, q.value(19).toString(), q.value(20).toString(),
                              q.value(21).toString());
        out.append(v);
    }
    checkFetch(q);
    sortByPeriod(out);
    return out;
}

void dateCategoryValue(MeasureValue& v, const QString& exhibitPeriodLabel,
                       const QString& exhibitPeriodStart, const QString& exhibitPeriodEnd)
{
    if (v.periodStart.isEmpty() && !exhibitPeriodStart.isEmpty()) {
        v.periodStart = exhibitPeriodStart;
        v.periodEnd = exhibitPeriodEnd;
        v.xLabel = exhibitPeriodLabel;
    } else if (const QString label = printedPeriod(v.periodStart, v.periodEnd, v.granularity);
               !label.isEmpty()) {
        v.xLabel = label;
    }
}

void sortByPeriod(QVector<MeasureValue>& values)
{
    std::stable_sort(values.begin(), values.end(),
                     [](const MeasureValue& a, const MeasureValue& b) {
                         if (a.periodEnd.isEmpty() != b.periodEnd.isEmpty())
                             return b.periodEnd.isEmpty();
                         return a.periodEnd < b.periodEnd;
                     });
}

} // namespace trendboard
