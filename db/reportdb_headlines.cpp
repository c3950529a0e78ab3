// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview's headline candidates, read from headline_candidate by its index: the compiler
// chose each exhibit's figure and scored it, so the board reads a few rows per section instead
// of every datapoint (issue 25: 3.3 GB at 1000 times the data).
#include "reportdb.h"

namespace trendboard {

QVector<ReportDatabase::HeadlineCandidate>
ReportDatabase::headlineCandidates(const QString& reportId, bool firstOfEachFigure) const
{
    QVector<HeadlineCandidate> out;
    if (!isOpen())
        return out;
    // figure_first = 1 alone reads headline_by_section in the board's order; both values are
    // the tests' whole set.
    const QString which = firstOfEachFigure ? QStringLiteral("h.figure_first = 1")
                                            : QStringLiteral("h.figure_first IN (0, 1)");
    Statement q = run(
        QStringLiteral("SELECT h.exhibit_id, h.section_no, h.page, h.first_page, h.score, s.name, "
                       "COALESCE(en.name, ''), d.x_label, COALESCE(d.period_start, ''), "
                       "COALESCE(d.period_end, ''), COALESCE(d.granularity, ''), d.value, "
                       "COALESCE(d.unit, ''), COALESCE(d.measure_id, s.measure_id), d.quote, "
                       "d.status = 'derived', c.value, COALESCE(c.unit, '') "
                       "FROM headline_candidate h "
                       "JOIN datapoint d ON d.id = h.datapoint_id "
                       "JOIN series s ON s.id = d.series_id "
                       "LEFT JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id) "
                       "LEFT JOIN datapoint c ON c.id = h.callout_id "
                       "WHERE h.report_id = ? AND ") +
            which +
            QStringLiteral(" ORDER BY h.section_no, h.score DESC, h.page, h.first_page, "
                           "h.exhibit_id"),
        {reportId});
    while (q.next()) {
        HeadlineCandidate c;
        c.exhibitId = q.value(0).toString();
        c.section = q.value(1).toInt();
        c.page = q.value(2).toInt();
        c.firstPage = q.value(3).toInt();
        c.score = q.value(4).toInt();
        c.series = q.value(5).toString();
        c.entity = q.value(6).toString();
        c.xLabel = q.value(7).toString();
        c.periodStart = q.value(8).toString();
        c.periodEnd = q.value(9).toString();
        c.granularity = q.value(10).toString();
        c.value = q.value(11).toDouble();
        c.unit = q.value(12).toString();
        c.measure = q.value(13).toString();
        c.quote = q.value(14).toString();
        c.derived = q.value(15).toBool();
        if (!q.value(16).isNull()) {
            c.callout = q.value(16).toDouble();
            c.calloutUnit = q.value(17).toString();
        }
        out.append(c);
    }
    checkFetch(q);
    return out;
}

} // namespace trendboard
