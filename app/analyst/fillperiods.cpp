// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/fillperiods.h"

#include "period.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace trendboard {

namespace {

namespace bg = boost::gregorian;

std::optional<Granularity> granularityNamed(const QString& name)
{
    for (Granularity g : {Granularity::Month, Granularity::Quarter, Granularity::Year}) {
        if (name == QString::fromStdString(granularityName(g)))
            return g;
    }
    return std::nullopt;
}

bg::date isoDate(const QString& iso)
{
    try {
        return iso.isEmpty() ? bg::date(bg::not_a_date_time)
                             : bg::from_simple_string(iso.toStdString());
    } catch (const std::exception&) {
        return bg::date(bg::not_a_date_time);
    }
}

// The exhibit's own granularity: that of most of its points (month, quarter or year), else
// that of its period label's ends, else years.
Granularity gridGranularity(const ExhibitData& exhibit)
{
    QHash<Granularity, int> counts;
    for (const SeriesRecord& s : exhibit.series) {
        for (const PointRecord& p : s.points) {
            if (const auto g = granularityNamed(p.granularity))
                counts[*g]++;
        }
    }
    std::optional<Granularity> best;
    for (Granularity g : {Granularity::Year, Granularity::Quarter, Granularity::Month}) {
        if (counts.value(g) > 0 && (!best || counts.value(g) > counts.value(*best)))
            best = g;
    }
    if (best)
        return *best;
    const auto own = labelGranularity(exhibit.info.periodLabel.toStdString());
    if (own && (*own == Granularity::Month || *own == Granularity::Quarter))
        return *own;
    return Granularity::Year;
}

} // namespace

QStringList fillInPeriods(const ExhibitData& exhibit)
{
    QStringList out;
    if (exhibit.info.xKind == QLatin1String("category")) {
        for (const SeriesRecord& s : exhibit.series) {
            for (const PointRecord& p : s.points) {
                if (!out.contains(p.xLabel) && out.size() < kMaxFillInPeriods)
                    out.append(p.xLabel);
            }
        }
        return out;
    }
    bg::date first = isoDate(exhibit.info.periodStart);
    bg::date last = isoDate(exhibit.info.periodEnd);
    for (const SeriesRecord& s : exhibit.series) {
        for (const PointRecord& p : s.points) {
            const bg::date start = isoDate(p.periodStart);
            const bg::date end = isoDate(p.periodEnd);
            if (!start.is_special() && (first.is_special() || start < first))
                first = start;
            if (!end.is_special() && (last.is_special() || end > last))
                last = end;
        }
    }
    for (const Period& p :
         coveringPeriods(first, last, gridGranularity(exhibit), std::size_t(kMaxFillInPeriods)))
        out.append(QString::fromStdString(printedLabel(p)));
    return out;
}

QStringList missingPeriods(const ExhibitData& exhibit, int series)
{
    if (series < 0 || series >= exhibit.series.size())
        return {};
    const SeriesRecord& record = exhibit.series.at(series);
    // Gaps are those of a series of numbers over time: a table's or timeline's cells, a
    // category axis or a series of text has none to fill in.
    const bool numbers = std::any_of(record.points.cbegin(), record.points.cend(),
                                     [](const PointRecord& p) { return p.value.has_value(); });
    if (record.stated &&
        (exhibit.info.xKind != QLatin1String("period") || !numbers ||
         exhibit.info.kind == ChartKind::Table || exhibit.info.kind == ChartKind::Timeline))
        return {};
    const QStringList grid = fillInPeriods(exhibit);
    QSet<QString> held;
    int firstIndex = -1;
    int lastIndex = -1;
    for (const PointRecord& p : record.points) {
        held.insert(p.xLabel);
        const int at = grid.indexOf(p.xLabel);
        if (at < 0)
            continue;
        firstIndex = firstIndex < 0 ? at : std::min(firstIndex, at);
        lastIndex = std::max(lastIndex, at);
    }
    // A stated series' gaps lie between its first and last point; the report may draw it
    // over a shorter span than its exhibit's.
    const int from = record.stated ? firstIndex : 0;
    const int to = record.stated ? lastIndex : int(grid.size()) - 1;
    QStringList out;
    for (int i = std::max(from, 0); from >= 0 && i <= to; ++i) {
        if (!held.contains(grid.at(i)))
            out.append(grid.at(i));
    }
    return out;
}

QVector<int> fillableSeries(const ExhibitData& exhibit)
{
    QVector<int> out;
    for (int s = 0; s < exhibit.series.size(); ++s) {
        if (!exhibit.series.at(s).stated || !missingPeriods(exhibit, s).isEmpty())
            out.append(s);
    }
    return out;
}

} // namespace trendboard
