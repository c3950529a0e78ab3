// SPDX-License-Identifier: GPL-3.0-or-later
// The same figure elsewhere: the values another report or another page of this one states
// for what an exhibit shows ("Also in", "Also stated on p. N").
#include "reportdb.h"

#include <QSqlQuery>
#include <QCoreApplication>

namespace trendboard {

namespace {
// "?, ?, …" and the values for `measure NOT IN (…)` over the catch-all measures.
QString catchAllPlaceholders()
{
    QStringList marks;
    for (int i = 0; i < catchAllMeasures().size(); ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList catchAllBinds()
{
    QVariantList binds;
    for (const QString& id : catchAllMeasures())
        binds.append(id);
    return binds;
}

} // namespace

void ReportDatabase::readOtherReports(ExhibitData& data) const
{
    Statement also = run(
        // The other report's value beside this one when they can be the same figure: the same
        // period; where either is undated (the note's "last December"), the same value, or,
        // when no value is the same, every value of that measure and entity; and always where
        // the sources say they are (basis 'same figure').
        QStringLiteral(
            "SELECT a.value, a.unit, a.x_label, r.cite, "
            "CASE WHEN r.page_count > 1 THEN COALESCE(r.short_title, r.publisher) || ' p. ' || "
            "b.page ELSE COALESCE(r.short_title, r.publisher) END, "
            "b.exhibit_id, b.value, b.unit, b.x_label, b.series, "
            "COALESCE((SELECT z.text FROM datapoint_zh z "
            "          WHERE z.datapoint_id = b.datapoint_id AND z.field = 'x'), '') "
            "FROM cross_report_link l "
            "JOIN datapoint_flat a ON a.datapoint_id = l.datapoint_id "
            "JOIN datapoint_flat b ON b.datapoint_id = l.other_datapoint_id "
            "JOIN report r ON r.id = b.report "
            "WHERE a.exhibit_id = ? AND (l.basis = 'same figure' "
            "  OR (a.period_start IS NOT NULL AND b.period_start IS NOT NULL "
            "      AND a.period_start = b.period_start AND a.period_end = b.period_end) "
            "  OR ((a.period_start IS NULL OR b.period_start IS NULL) "
            "      AND a.base_unit = b.base_unit "
            "      AND (abs(a.base_value - b.base_value) <= 1e-9 * abs(a.base_value) "
            "           OR NOT EXISTS (SELECT 1 FROM cross_report_link l2 "
            "             JOIN datapoint_flat c ON c.datapoint_id = l2.other_datapoint_id "
            "             WHERE l2.datapoint_id = a.datapoint_id AND c.base_unit = a.base_unit "
            "             AND abs(a.base_value - c.base_value) <= 1e-9 * abs(a.base_value))))) "
            "ORDER BY b.report, b.exhibit_id, b.datapoint_id"),
        {data.info.id});
    while (also.next()) {
        data.alsoIn.append({also.value(0).toDouble(), also.value(1).toString(),
                            also.value(2).toString(), also.value(3).toString(),
                            also.value(4).toString(), also.value(5).toString(),
                            also.value(9).toString(), also.value(6).toDouble(),
                            also.value(7).toString(), also.value(8).toString(),
                            also.value(10).toString()});
    }
    checkFetch(also);
}

void ReportDatabase::readOtherPages(ExhibitData& data) const
{
    // The same figure stated on another page: the same measure of the same entity for the
    // same period, equal in base units (a growth rate of another definition or of another
    // quantity, +175% beside +15%, is a different figure), of a measure that says what it
    // measures.
    const QString catchAll = catchAllPlaceholders();
    QVariantList sameBinds{data.info.id};
    sameBinds += catchAllBinds();
    // a: this exhibit's values with their entity and measure resolved; b: every point of the
    // same entity, each half by its index (the point's own entity, its series', in that order:
    // CROSS JOIN); the rest is compared row by row. Never the view's computed columns (no index
    // serves them).
    Statement same = run(
        QStringLiteral(
            "WITH a AS (SELECT d.id, d.value, d.unit, d.x_label, d.period_start, d.period_end, "
            "d.base_unit, d.base_value, e.id AS exhibit_id, e.report_id, "
            "COALESCE(d.entity_id, s.entity_id) AS entity_id, "
            "COALESCE(d.measure_id, s.measure_id) AS measure_id "
            "FROM exhibit e JOIN series s ON s.exhibit_id = e.id "
            "JOIN datapoint d ON d.series_id = s.id "
            "WHERE e.id = ? AND d.value IS NOT NULL "
            "AND COALESCE(d.measure_id, s.measure_id) NOT IN (") +
            catchAll +
            QStringLiteral(
                ")), "
                "b AS (SELECT a.*, bd.id AS bid FROM a CROSS JOIN datapoint bd "
                "ON bd.entity_id = a.entity_id "
                "UNION ALL SELECT a.*, bd.id FROM a CROSS JOIN series bs "
                "ON bs.entity_id = a.entity_id CROSS JOIN datapoint bd "
                "ON bd.series_id = bs.id WHERE bd.entity_id IS NULL) "
                "SELECT b.value, b.unit, b.x_label, d.page, s.exhibit_id, d.value, d.unit, "
                "d.x_label, s.name, b.base_value, d.base_value "
                "FROM b CROSS JOIN datapoint d ON d.id = b.bid JOIN series s ON s.id = d.series_id "
                "JOIN exhibit e ON e.id = s.exhibit_id "
                "WHERE e.report_id = b.report_id AND s.exhibit_id <> b.exhibit_id "
                "AND COALESCE(d.measure_id, s.measure_id) = b.measure_id "
                "AND d.period_start = b.period_start AND d.period_end = b.period_end "
                "AND d.base_unit = b.base_unit "
                "AND abs(d.base_value - b.base_value) <= 1e-9 * abs(b.base_value) "
                "AND d.value IS NOT NULL AND d.status = 'reported' "
                "ORDER BY d.page, s.exhibit_id, d.id, b.id"),
        sameBinds);
    while (same.next()) {
        data.alsoOnPages.append({same.value(0).toDouble(), same.value(1).toString(),
                                 same.value(2).toString(), QString(),
                                 QCoreApplication::translate("trendboard::ReportDatabase", "p. %1")
                                     .arg(same.value(3).toInt()),
                                 same.value(4).toString(), same.value(8).toString(),
                                 same.value(6).isNull() ? 0 : same.value(5).toDouble(),
                                 same.value(6).toString(), same.value(7).toString()});
    }
    checkFetch(same);
    // Values other pages state for a series this exhibit draws without stating its values, in
    // its period (p. 97 draws Big Six CapEx 2014-2024; p. 4 states 2024's $212B). The value
    // must be the one figure of that measure, entity and period on its page: where its exhibit
    // splits it (urban and rural, age groups) it is not the series drawn here.
    QVariantList missingBinds{data.info.id};
    missingBinds += catchAllBinds();
    // t: the series drawn without values; b: every point of its entity (by index, as above).
    Statement missing = run(
        QStringLiteral(
            "WITH t AS (SELECT s.id AS sid, s.entity_id, s.measure_id, e.id AS exhibit_id, "
            "e.report_id, e.period_start, e.period_end, u.base_unit "
            "FROM exhibit e JOIN series s ON s.exhibit_id = e.id "
            "JOIN unit u ON u.symbol = COALESCE(s.unit, e.unit) "
            "WHERE e.id = ? AND s.values_stated = 0 AND s.entity_id IS NOT NULL "
            "AND s.measure_id NOT IN (") +
            catchAll +
            QStringLiteral(
                ")), "
                "b AS (SELECT t.*, bd.id AS bid FROM t CROSS JOIN datapoint bd "
                "ON bd.entity_id = t.entity_id "
                "UNION ALL SELECT t.*, bd.id FROM t CROSS JOIN series bs "
                "ON bs.entity_id = t.entity_id CROSS JOIN datapoint bd "
                "ON bd.series_id = bs.id WHERE bd.entity_id IS NULL) "
                "SELECT d.page, s.exhibit_id, d.value, d.unit, d.x_label, s.name "
                "FROM b CROSS JOIN datapoint d ON d.id = b.bid JOIN series s ON s.id = d.series_id "
                "JOIN exhibit e ON e.id = s.exhibit_id "
                "WHERE COALESCE(d.measure_id, s.measure_id) = b.measure_id "
                "AND e.report_id = b.report_id AND s.exhibit_id <> b.exhibit_id "
                "AND d.base_unit = b.base_unit AND d.period_start >= b.period_start "
                "AND d.period_end <= b.period_end AND d.value IS NOT NULL "
                "AND d.status = 'reported' "
                "AND NOT EXISTS (SELECT 1 FROM datapoint x WHERE x.series_id = b.sid "
                "  AND x.period_start = d.period_start AND x.period_end = d.period_end) "
                "AND NOT EXISTS (SELECT 1 FROM series cs JOIN datapoint c "
                "  ON c.series_id = cs.id WHERE cs.exhibit_id = s.exhibit_id "
                "  AND COALESCE(c.measure_id, cs.measure_id) = b.measure_id "
                "  AND COALESCE(c.entity_id, cs.entity_id) = b.entity_id "
                "  AND c.period_start = d.period_start AND c.period_end = d.period_end "
                "  AND c.value IS NOT NULL AND c.base_value <> d.base_value) "
                "ORDER BY d.period_start, d.page, d.id"),
        missingBinds);
    while (missing.next()) {
        // No value here: hereUnit stays empty.
        data.alsoOnPages.append({0, QString(), QString(), QString(),
                                 QCoreApplication::translate("trendboard::ReportDatabase", "p. %1")
                                     .arg(missing.value(0).toInt()),
                                 missing.value(1).toString(), missing.value(5).toString(),
                                 missing.value(2).toDouble(), missing.value(3).toString(),
                                 missing.value(4).toString()});
    }
    checkFetch(missing);
}

} // namespace trendboard
