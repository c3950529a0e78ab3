// SPDX-License-Identifier: GPL-3.0-or-later
// The same figure elsewhere: the values another report or another page of this one states
// for what an exhibit shows ("Also in", "Also stated on p. N").
#include "reportdb.h"

#include <QSqlQuery>
#include <QCoreApplication>

namespace trendboard {

namespace {
// The most values "Also stated on" names of each kind (the same figure, a value of a series
// not stated here): the report has five at most, a database of many copies would have
// thousands of one figure (its pages, one value each, are what the line says).
constexpr int kMaxOtherPages = 24;
} // namespace

QString ReportDatabase::catchAllPlaceholders()
{
    QStringList marks;
    for (int i = 0; i < catchAllMeasures().size(); ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList ReportDatabase::catchAllBinds()
{
    QVariantList binds;
    for (const QString& id : catchAllMeasures())
        binds.append(id);
    return binds;
}

void ReportDatabase::readOtherReports(ExhibitData& data) const
{
    Statement also = run(
        // The other report's value beside this one when they can be the same figure: the same
        // period; where either is undated (the note's "last December"), the same value, or,
        // when no value is the same, every value of that measure and entity; and always where
        // the sources say they are (basis 'same figure').
        QStringLiteral(
            "SELECT a.value, a.unit, a.x_label, r.cite, COALESCE(r.short_title, r.publisher), "
            "b.exhibit_id, b.value, b.unit, b.x_label, b.series, "
            "COALESCE((SELECT z.text FROM datapoint_zh z "
            "          WHERE z.datapoint_id = b.datapoint_id AND z.field = 'x'), ''), "
            "r.page_count, b.page "
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
        // A report of one page (the brokerage note) is named alone; the page number goes
        // through the translation ("BOND 第 55 页" in a Chinese window).
        QString place = also.value(4).toString();
        if (also.value(11).toInt() > 1)
            place += QLatin1Char(' ') +
                     QCoreApplication::translate("trendboard::ReportDatabase", "p. %1")
                         .arg(also.value(12).toInt());
        data.alsoIn.append({also.value(0).toDouble(), also.value(1).toString(),
                            also.value(2).toString(), also.value(3).toString(), place,
                            also.value(5).toString(),
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
    sameBinds.append(kMaxOtherPages);
    // a: this exhibit's values with their entity and measure resolved; hit: for each, one
    // value per page (and base value) of another exhibit, through value_key's figure index:
    // however many exhibits state a figure, its first two exhibits are all it reads (schema.sql).
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
                "hit AS (SELECT a.id AS aid, MIN(k.datapoint_id) AS kid, k.page "
                "FROM a CROSS JOIN value_key k ON k.entity_id = a.entity_id "
                "AND k.measure_id = a.measure_id AND k.report_id = a.report_id "
                "AND k.base_unit = a.base_unit AND k.period_start = a.period_start "
                "AND k.period_end = a.period_end "
                "WHERE k.figure_rank <= 2 AND k.exhibit_id <> a.exhibit_id "
                "AND abs(k.base_value - a.base_value) <= 1e-9 * abs(a.base_value) "
                "GROUP BY a.id, k.page, k.base_value ORDER BY k.page, a.id LIMIT ?) "
                "SELECT a.value, a.unit, a.x_label, d.page, s.exhibit_id, d.value, d.unit, "
                "d.x_label, s.name FROM hit CROSS JOIN a ON a.id = hit.aid "
                "CROSS JOIN datapoint d ON d.id = hit.kid JOIN series s ON s.id = d.series_id "
                "ORDER BY d.page, s.exhibit_id, d.id, a.id"),
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
    readMissingElsewhere(data);
}

void ReportDatabase::readMissingElsewhere(ExhibitData& data) const
{
    // Values other pages state for a series this exhibit draws without stating its values, in
    // its period (p. 97 draws Big Six CapEx 2014-2024; p. 4 states 2024's $212B). The value
    // must be the one figure of that measure, entity and period on its page: where its exhibit
    // splits it (urban and rural, age groups) it is not the series drawn here.
    const QString catchAll = catchAllPlaceholders();
    QVariantList missingBinds{data.info.id};
    missingBinds += catchAllBinds();
    missingBinds.append(kMaxOtherPages);
    // t: the series drawn without values; hit: one value per figure and page of another
    // exhibit, through value_key's figure index (as above); the checks on those few.
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
                "hit AS (SELECT t.sid, MIN(k.datapoint_id) AS kid "
                "FROM t CROSS JOIN value_key k ON k.entity_id = t.entity_id "
                "AND k.measure_id = t.measure_id AND k.report_id = t.report_id "
                "AND k.base_unit = t.base_unit AND k.period_start >= t.period_start "
                "WHERE k.figure_rank <= 2 AND k.period_end <= t.period_end "
                "AND k.exhibit_id <> t.exhibit_id "
                "GROUP BY t.sid, k.period_start, k.period_end, k.page, k.base_value) "
                "SELECT d.page, s.exhibit_id, d.value, d.unit, d.x_label, s.name "
                "FROM hit CROSS JOIN t ON t.sid = hit.sid "
                "CROSS JOIN datapoint d ON d.id = hit.kid JOIN series s ON s.id = d.series_id "
                "WHERE NOT EXISTS (SELECT 1 FROM datapoint x WHERE x.series_id = t.sid "
                "  AND x.period_start = d.period_start AND x.period_end = d.period_end) "
                "AND NOT EXISTS (SELECT 1 FROM series cs JOIN datapoint c "
                "  ON c.series_id = cs.id WHERE cs.exhibit_id = s.exhibit_id "
                "  AND COALESCE(c.measure_id, cs.measure_id) = t.measure_id "
                "  AND COALESCE(c.entity_id, cs.entity_id) = t.entity_id "
                "  AND c.period_start = d.period_start AND c.period_end = d.period_end "
                "  AND c.value IS NOT NULL AND c.base_value <> d.base_value) "
                "ORDER BY d.period_start, d.page, d.id LIMIT ?"),
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
