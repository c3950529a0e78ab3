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
    QSqlQuery q = run(kMeasureQuery + QStringLiteral("ORDER BY m.id"), {});
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
    QSqlQuery q = run(kMeasureQuery + QStringLiteral("WHERE m.id = ?"), {id});
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
    QSqlQuery q = run(
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
    QSqlQuery q = run(QStringLiteral("SELECT symbol, base_unit, factor, quantity FROM unit "
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
    QSqlQuery q = run(QStringLiteral("SELECT name FROM entity WHERE name = ? COLLATE NOCASE "
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
    QSqlQuery q = run(QStringLiteral("SELECT 'e', name, name_zh FROM entity WHERE name_zh <> '' "
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

QVector<MeasureValue> ReportDatabase::measureValues(const QString& measure,
                                                    const QStringList& entities) const
{
    if (entities.isEmpty())
        return {};
    // One bound parameter per entity: never text spliced into the SQL.
    QStringList marks;
    QVariantList binds{measure};
    for (const QString& e : entities) {
        marks.append(QStringLiteral("?"));
        binds.append(e);
    }
    return valuesWhere(QStringLiteral("f.measure = ? AND f.entity IN (") +
                           marks.join(QLatin1Char(',')) + QLatin1Char(')'),
                       binds);
}

QVector<MeasureValue> ReportDatabase::entityValues(const QString& entity) const
{
    return valuesWhere(QStringLiteral("f.entity = ?"), {entity});
}

QVector<MeasureValue> ReportDatabase::valuesWhere(const QString& where,
                                                  const QVariantList& binds) const
{
    QVector<MeasureValue> out;
    if (!isOpen())
        return out;
    QSqlQuery q = run(
        QStringLiteral("SELECT f.entity, f.report, COALESCE(r.short_title, r.publisher), "
                       "f.exhibit_id, f.exhibit_title, f.page, f.series, f.x_label, "
                       "COALESCE(f.period_start, ''), COALESCE(f.period_end, ''), "
                       "COALESCE(f.granularity, ''), f.value, f.unit, "
                       "COALESCE(f.base_value, f.value), COALESCE(f.base_unit, f.unit), "
                       "f.status, COALESCE(f.quote, ''), COALESCE(f.derivation, ''), "
                       "ex.x_kind, COALESCE(ex.period_label, ''), COALESCE(ex.period_start, ''), "
                       "COALESCE(ex.period_end, ''), r.page_count, f.measure, "
                       "COALESCE(ex.title_zh, '') "
                       "FROM datapoint_flat f JOIN report r ON r.id = f.report "
                       "JOIN exhibit ex ON ex.id = f.exhibit_id "
                       "WHERE f.value IS NOT NULL AND ") +
            where +
            QStringLiteral(" ORDER BY f.period_end, f.period_start, f.entity, f.report, "
                           "f.page, f.datapoint_id"),
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
