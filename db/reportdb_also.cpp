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
    QSqlQuery also = run(
        // The other report's value beside this one when they can be the same figure: the same
        // period; where either is undated (the note's "last December"), the same value, or,
        // when no value is the same, every value of that measure and entity; and always where
        // the sources say they are (basis 'same figure').
        QStringLiteral(
            "SELECT a.value, a.unit, a.x_label, r.cite, "
            "CASE WHEN r.page_count > 1 THEN COALESCE(r.short_title, r.publisher) || ' p. ' || "
            "b.page ELSE COALESCE(r.short_title, r.publisher) END, "
            "b.exhibit_id, b.value, b.unit, b.x_label, b.series "
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
                            also.value(7).toString(), also.value(8).toString()});
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
    QSqlQuery same = run(
        QStringLiteral("SELECT a.value, a.unit, a.x_label, b.page, b.exhibit_id, b.value, b.unit, "
                       "b.x_label, b.series, a.base_value, b.base_value "
                       "FROM datapoint_flat a JOIN datapoint_flat b "
                       "ON b.report = a.report AND b.measure = a.measure AND b.entity = a.entity "
                       "AND b.period_start = a.period_start AND b.period_end = a.period_end "
                       "AND b.base_unit = a.base_unit AND b.exhibit_id <> a.exhibit_id "
                       "AND abs(b.base_value - a.base_value) <= 1e-9 * abs(a.base_value) "
                       "WHERE a.exhibit_id = ? AND a.value IS NOT NULL AND b.value IS NOT NULL "
                       "AND b.status = 'reported' AND a.measure NOT IN (") +
            catchAll + QStringLiteral(") ORDER BY b.page, b.exhibit_id, b.datapoint_id"),
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
    QSqlQuery missing =
        run(QStringLiteral(
                "SELECT b.page, b.exhibit_id, b.value, b.unit, b.x_label, b.series "
                "FROM series s JOIN exhibit e ON e.id = s.exhibit_id "
                "JOIN entity en ON en.id = s.entity_id "
                "JOIN unit u ON u.symbol = COALESCE(s.unit, e.unit) "
                "JOIN datapoint_flat b ON b.measure = s.measure_id AND b.entity = en.name "
                "AND b.report = e.report_id AND b.exhibit_id <> e.id AND b.base_unit = u.base_unit "
                "AND b.period_start >= e.period_start AND b.period_end <= e.period_end "
                "WHERE e.id = ? AND s.values_stated = 0 AND b.value IS NOT NULL "
                "AND b.status = 'reported' "
                "AND NOT EXISTS (SELECT 1 FROM datapoint d WHERE d.series_id = s.id "
                "  AND d.period_start = b.period_start AND d.period_end = b.period_end) "
                "AND NOT EXISTS (SELECT 1 FROM datapoint_flat c WHERE c.exhibit_id = b.exhibit_id "
                "  AND c.measure = b.measure AND c.entity = b.entity "
                "  AND c.period_start = b.period_start AND c.period_end = b.period_end "
                "  AND c.value IS NOT NULL AND c.base_value <> b.base_value) "
                "AND s.measure_id NOT IN (") +
                catchAll + QStringLiteral(") ORDER BY b.period_start, b.page, b.datapoint_id"),
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
