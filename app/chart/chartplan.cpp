// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartplan.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace trendboard {

bool ChartPlan::hasSecondary() const
{
    return std::any_of(plotted.begin(), plotted.end(),
                       [](const Plotted& p) { return p.secondary; });
}

bool ChartPlan::operator==(const ChartPlan& other) const
{
    return shape == other.shape && kind == other.kind && horizontal == other.horizontal &&
           dateAxis == other.dateAxis && yearAxis == other.yearAxis &&
           firstYear == other.firstYear && lastYear == other.lastYear &&
           categories == other.categories && categoryLabels == other.categoryLabels &&
           plotted == other.plotted && callouts == other.callouts && xTitle == other.xTitle &&
           yTitle == other.yTitle && y2Title == other.y2Title && unit == other.unit &&
           unitFactor == other.unitFactor && y2Unit == other.y2Unit &&
           dateFormat == other.dateFormat && offAxis == other.offAxis;
}

const ChartPlan::Plotted* ChartPlan::plottedSeries(int series) const
{
    for (const Plotted& p : plotted) {
        if (p.series == series)
            return &p;
    }
    return nullptr;
}

std::optional<double> ChartPlan::axisValue(const ExhibitData& exhibit, const SeriesRecord& series,
                                           const PointRecord& point) const
{
    if (unitFactor > 0 && point.baseValue && series.axis != QLatin1String("secondary") &&
        point.baseUnit == exhibit.info.unitBase)
        return *point.baseValue / unitFactor;
    return ExhibitTableModel::chartValue(exhibit, series, point);
}

namespace {
// "USD (Log Scale)" -> "USD": a title's last part after its comma, without a parenthesis.
const QRegularExpression& titleUnitPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(",\\s*(USD|US\\$|\\$[A-Za-z]*|#|[KMBT]|MM)\\s*(\\([^)]*\\))?\\s*$"));
    return pattern;
}
} // namespace

QString titleUnit(const QString& title)
{
    const QRegularExpressionMatch m = titleUnitPattern().match(title);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isLevel(const SeriesRecord& series)
{
    return series.unitQuantity != QLatin1String("growth") &&
           series.unitQuantity != QLatin1String("multiple");
}

namespace {

QString dateFormatFor(const QHash<QString, int>& granularities)
{
    QString most;
    int count = -1;
    for (auto it = granularities.begin(); it != granularities.end(); ++it) {
        if (it.value() > count) {
            most = it.key();
            count = it.value();
        }
    }
    if (most == QLatin1String("day"))
        return QStringLiteral("M/d/yy");
    if (most == QLatin1String("month") || most == QLatin1String("quarter") ||
        most == QLatin1String("half"))
        return QStringLiteral("M/yy");
    return QStringLiteral("yyyy");
}

// What one value axis holds: one measure, in one unit. A measure that does not say what it
// measures ('Count (other)') is told apart by its unit as printed: 50T Data Cloud records are
// not Paid Agentforce deals (#), though both are counts.
QString axisMeasure(const SeriesRecord& series, const PointRecord& point)
{
    const QString& measure = point.measure.isEmpty() ? series.measure : point.measure;
    if (measure.isEmpty() || isCatchAllMeasure(measure))
        return measure + QLatin1Char('|') + series.unit;
    return measure;
}

// The measure of an axis: that of the first series printed in the axis' unit (the report's
// axis title names it), else of the first series that can go on it.
QString chooseAxisMeasure(const ExhibitData& exhibit, bool secondary, const QString& base)
{
    QString fallback;
    for (const SeriesRecord& series : exhibit.series) {
        if ((series.axis == QLatin1String("secondary")) != secondary)
            continue;
        for (const PointRecord& point : series.points) {
            if (!point.value)
                continue;
            if (!secondary && series.unit == exhibit.info.unit && point.unit == series.unit)
                return axisMeasure(series, point);
            const bool converts = base.isEmpty() ? isLevel(series) : series.unitBase == base;
            if (fallback.isEmpty() && (secondary || converts))
                fallback = axisMeasure(series, point);
        }
    }
    return fallback;
}

QString calloutFor(const SeriesRecord& series, const PointRecord& point)
{
    return QStringLiteral("%1: %2 (%3)")
        .arg(displaySeriesName(series), formatValue(*point.value, point.unit), point.xLabel);
}

// Which series go on which value axis and which values become callouts (see ChartPlan).
void assignSeries(ChartPlan& plan, const ExhibitData& exhibit, QHash<QString, int>& granularities)
{
    const ExhibitInfo& info = exhibit.info;
    // A series goes on the primary axis when its unit converts into the exhibit's; on the
    // secondary when the data says so; anything else (growth rates, multiples, other units)
    // would distort the axis, so its values become callouts, as the report prints them.
    QString primaryBase = info.unitBase;
    const QString primaryMeasure = chooseAxisMeasure(exhibit, false, info.unitBase);
    const QString secondaryMeasure = chooseAxisMeasure(exhibit, true, {});
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const SeriesRecord& series = exhibit.series.at(s);
        QVector<int> numeric;
        for (int p = 0; p < series.points.size(); ++p) {
            const PointRecord& point = series.points.at(p);
            if (point.value)
                numeric.append(p);
            else if (!point.text.isEmpty())
                plan.callouts.append(
                    QStringLiteral("%1: %2").arg(displayXLabel(point), displayPointText(point)));
        }
        if (numeric.isEmpty())
            continue;
        const bool secondary = series.axis == QLatin1String("secondary");
        if (primaryBase.isEmpty() && !secondary && isLevel(series)) {
            primaryBase = series.unitBase;
            plan.unit = series.unit;
        }
        // Values convert into the exhibit's unit; without one, only the first unit's series
        // share the axis (a K series on an MM axis would read as a thousand times too large).
        const bool converts =
            !info.unitBase.isEmpty() ? series.unitBase == primaryBase : series.unit == plan.unit;
        const bool fits = secondary || (!series.unitBase.isEmpty() && converts);
        if (!fits) {
            for (int p : numeric) {
                const PointRecord& point = series.points.at(p);
                plan.callouts.append(calloutFor(series, point));
            }
            continue;
        }
        // A point printed in another unit than its axis (a size beside build times), or of
        // another measure (p. 179's $3.7B revenue beside revenue per user), is a callout.
        QStringList offAxisCallouts;
        const QString& axisKey = secondary ? secondaryMeasure : primaryMeasure;
        for (int i = numeric.size() - 1; i >= 0; --i) {
            const PointRecord& point = series.points.at(numeric.at(i));
            const bool inUnit = secondary || info.unitBase.isEmpty()
                                    ? point.unit == series.unit
                                    : point.baseUnit == primaryBase;
            const bool onAxis = inUnit && axisMeasure(series, point) == axisKey;
            if (!onAxis) {
                plan.offAxis.insert(point.id);
                offAxisCallouts.prepend(QStringLiteral("%1, %2: %3")
                                            .arg(displaySeriesName(series), point.xLabel,
                                                 formatValue(*point.value, point.unit)));
                numeric.remove(i);
            }
        }
        plan.callouts += offAxisCallouts;
        if (numeric.isEmpty())
            continue;
        if (secondary && plan.y2Unit.isEmpty())
            plan.y2Unit = series.unit;
        // A series the analyst filled in is drawn as a line through its values (dashed).
        const bool filled =
            std::any_of(series.points.begin(), series.points.end(), [](const PointRecord& point) {
                return point.analyst != AnalystMark::None;
            });
        plan.plotted.append({s, secondary, series.stated || filled});
        for (int p : numeric) {
            const PointRecord& point = series.points.at(p);
            if (!plan.categories.contains(point.xLabel))
                plan.categories.append(point.xLabel);
            if (!point.xLabelZh.isEmpty() && displayXLabel(point) != point.xLabel)
                plan.categoryLabels.insert(point.xLabel, displayXLabel(point));
            if (!point.granularity.isEmpty())
                granularities[point.granularity]++;
        }
    }
}

// The primary axis in the unit every plotted value is printed in, where that is not the
// exhibit's (p. 160 states its totals in $B on an exhibit of $MM: its labels print $B), and a
// title naming the unit its labels print (p. 132's "USD" over $MM labels).
void settleAxisUnit(ChartPlan& plan, const ExhibitData& exhibit)
{
    const ExhibitInfo& info = exhibit.info;
    QSet<QString> units;
    double factor = 0;
    for (const auto& p : plan.plotted) {
        if (p.secondary)
            continue;
        for (const PointRecord& point : exhibit.series.at(p.series).points) {
            if (!plan.plots(point))
                continue;
            units.insert(point.unit);
            if (point.baseValue && *point.value != 0)
                factor = *point.baseValue / *point.value;
        }
    }
    if (units.size() == 1 && !units.contains(info.unit) && !info.unitBase.isEmpty() && factor > 0 &&
        plan.unit == info.unit) {
        plan.unit = *units.begin();
        plan.unitFactor = factor;
    }
    if (info.yAxis.isEmpty()) {
        plan.yTitle = plan.unit;
        return;
    }
    // The Chinese interface names an axis the data gives no Chinese title for by its measure's
    // Chinese name and the unit its labels print.
    if (displayLanguage() == DisplayLanguage::Chinese && info.yAxisZh.isEmpty()) {
        QSet<QString> measures;
        for (const auto& p : plan.plotted) {
            if (!p.secondary)
                measures.insert(exhibit.series.at(p.series).measure);
        }
        const QString name =
            measures.size() == 1 ? displayMeasureName(*measures.begin(), QString()) : QString();
        if (!name.isEmpty()) {
            plan.yTitle =
                plan.unit.isEmpty() ? name : QStringLiteral("%1，%2").arg(name, plan.unit);
            return;
        }
    }
    const QRegularExpressionMatch m = titleUnitPattern().match(plan.yTitle);
    const QString named = m.hasMatch() ? m.captured(1) : QString();
    // Only a title naming a unit of the axis' kind is rewritten (USD over $MM, $MM over $B).
    static const QRegularExpression countUnit(QStringLiteral("^(#|[KMBT]|MM)$"));
    const auto isCurrency = [](const QString& unit) {
        return unit == QLatin1String("USD") || unit == QLatin1String("US$") ||
               unit.startsWith(QLatin1Char('$'));
    };
    const bool sameKind =
        isCurrency(named) ? isCurrency(plan.unit) : countUnit.match(plan.unit).hasMatch();
    if (named.isEmpty() || named == plan.unit)
        return;
    if (sameKind) {
        plan.yTitle.replace(m.capturedStart(1), m.capturedLength(1), plan.unit);
        return;
    }
    // The title names another quantity than the axis holds (p. 196 titles $MM of revenue over
    // the months its values are in): the series drawn names the axis instead.
    QStringList drawn;
    for (const auto& p : plan.plotted) {
        if (!p.secondary)
            drawn.append(displaySeriesName(exhibit.series.at(p.series)));
    }
    plan.yTitle = drawn.size() == 1 ? drawn.first() : plan.unit;
}

// The plan's shape from the exhibit's kind; false when the plan is complete (a table, a
// timeline: its stated values become callouts) and has no series to assign.
bool planShape(ChartPlan& plan, const ExhibitData& exhibit)
{
    const ExhibitInfo& info = exhibit.info;
    switch (info.kind) {
    case ChartKind::Table:
        plan.shape = ChartPlan::Shape::Table;
        return false;
    case ChartKind::Timeline:
        // Events are the text points; the values stated beside them become callouts.
        plan.shape = ChartPlan::Shape::Timeline;
        for (const SeriesRecord& series : exhibit.series) {
            for (const PointRecord& point : series.points) {
                if (point.value)
                    plan.callouts.append(QStringLiteral("%1: %2 (%3)")
                                             .arg(displaySeriesName(series),
                                                  formatValue(*point.value, point.unit),
                                                  point.xLabel));
            }
        }
        return false;
    case ChartKind::Pie:
        plan.shape = ChartPlan::Shape::Pie;
        break;
    case ChartKind::Bar:
    case ChartKind::StackedBar:
    case ChartKind::GroupedBar:
        plan.shape = ChartPlan::Shape::Bars;
        break;
    case ChartKind::Other:
        plan.shape =
            info.xKind == QLatin1String("category") ? ChartPlan::Shape::Bars : ChartPlan::Shape::XY;
        break;
    case ChartKind::Line:
    case ChartKind::Scatter:
        plan.shape = ChartPlan::Shape::XY;
        break;
    }
    return true;
}

// The first and last year of the plotted points, from `first` and `last` on.
void widenToPlottedYears(const ChartPlan& plan, const ExhibitData& exhibit, int& first, int& last)
{
    for (const auto& p : plan.plotted) {
        for (const PointRecord& point : exhibit.series.at(p.series).points) {
            if (!plan.plots(point))
                continue;
            first = std::min(first, point.periodStart.left(4).toInt());
            last = std::max(last, point.periodStart.left(4).toInt());
        }
    }
}

// A time axis when every plotted point has a period (bars keep categories, as printed);
// yearly data on a year axis whose ticks sit on the years themselves.
void planTimeAxis(ChartPlan& plan, const ExhibitData& exhibit,
                  const QHash<QString, int>& granularities)
{
    const ExhibitInfo& info = exhibit.info;
    bool allDated = info.xKind == QLatin1String("period");
    for (const auto& p : plan.plotted) {
        for (const PointRecord& point : exhibit.series.at(p.series).points) {
            if (plan.plots(point) && point.periodStart.isEmpty())
                allDated = false;
        }
    }
    // A time axis needs a span: the exhibit's period or at least one dated point.
    const bool hasSpan = !info.periodStart.isEmpty() || !plan.categories.isEmpty();
    plan.dateAxis = plan.shape == ChartPlan::Shape::XY && allDated && hasSpan;
    plan.dateFormat = dateFormatFor(granularities);
    if (granularities.isEmpty() && !(info.periodStart.endsWith(QLatin1String("-01-01")) &&
                                     info.periodEnd.endsWith(QLatin1String("-12-31"))))
        plan.dateFormat = QStringLiteral("M/yy"); // a span of months, such as 5/23-4/25

    const bool wholeYears = info.periodStart.endsWith(QLatin1String("-01-01")) &&
                            info.periodEnd.endsWith(QLatin1String("-12-31"));
    const bool onlyYears =
        granularities.isEmpty() ||
        (granularities.size() == 1 && granularities.contains(QStringLiteral("year")));
    if (!plan.dateAxis || !onlyYears || !(wholeYears || info.periodStart.isEmpty()))
        return;
    int first = wholeYears ? info.periodStart.left(4).toInt() : 9999;
    int last = wholeYears ? info.periodEnd.left(4).toInt() : 0;
    widenToPlottedYears(plan, exhibit, first, last);
    // Scaled to the stated values: the page's full span only where they fill half of it.
    if (wholeYears && first <= last) {
        int firstStated = 9999;
        int lastStated = 0;
        widenToPlottedYears(plan, exhibit, firstStated, lastStated);
        if (firstStated <= lastStated && 2 * (lastStated - firstStated + 1) < last - first + 1) {
            first = firstStated;
            last = lastStated;
        }
    }
    plan.yearAxis = first <= last;
    plan.dateAxis = !plan.yearAxis;
    plan.firstYear = first;
    plan.lastYear = last;
}

// The categories in reading order: yearly bars over the exhibit's whole span, numbers in
// numeric order, periods in time order, horizontal bars top down.
void orderCategories(ChartPlan& plan, const ExhibitData& exhibit)
{
    const ExhibitInfo& info = exhibit.info;
    // Yearly bars span the exhibit's whole period, so that the stated bars stand at their
    // years and the years whose values the text does not state show as gaps, not vanish.
    static const QRegularExpression yearLabel(QStringLiteral("^(\\d{4})E?$"));
    bool yearlyBars = plan.shape == ChartPlan::Shape::Bars &&
                      info.xKind == QLatin1String("period") &&
                      info.periodStart.endsWith(QLatin1String("-01-01")) &&
                      info.periodEnd.endsWith(QLatin1String("-12-31"));
    for (const QString& c : std::as_const(plan.categories))
        yearlyBars = yearlyBars && yearLabel.match(c).hasMatch();
    const int firstYear = info.periodStart.left(4).toInt();
    const int lastYear = info.periodEnd.left(4).toInt();
    if (yearlyBars && lastYear - firstYear <= 40) {
        for (int year = firstYear; year <= lastYear; ++year) {
            const QString label = QString::number(year);
            if (!plan.categories.contains(label) &&
                !plan.categories.contains(label + QLatin1Char('E')))
                plan.categories.append(label);
        }
        std::sort(plan.categories.begin(), plan.categories.end());
    }

    // Category labels that are all numbers ('Years since launch': 2, 11) read in numeric order.
    bool numericCategories = !plan.categories.isEmpty() && info.xKind == QLatin1String("category");
    for (const QString& c : std::as_const(plan.categories)) {
        bool ok = false;
        c.toDouble(&ok);
        numericCategories = numericCategories && ok;
    }
    if (numericCategories)
        std::stable_sort(
            plan.categories.begin(), plan.categories.end(),
            [](const QString& a, const QString& b) { return a.toDouble() < b.toDouble(); });
    if (!plan.dateAxis && info.xKind == QLatin1String("period")) {
        // Category labels of periods in time order.
        QHash<QString, QString> startOf;
        for (const auto& p : plan.plotted) {
            for (const PointRecord& point : exhibit.series.at(p.series).points)
                startOf.insert(point.xLabel, point.periodStart);
        }
        std::stable_sort(plan.categories.begin(), plan.categories.end(),
                         [&](const QString& a, const QString& b) {
                             // Labels added for the exhibit's span are years: '2015' <
                             // '2016-01-01'.
                             return startOf.value(a, a) < startOf.value(b, b);
                         });
    }
    // Horizontal bars read top down, as the report lists them; Qt draws the first at the bottom.
    if (plan.horizontal && plan.shape == ChartPlan::Shape::Bars)
        std::reverse(plan.categories.begin(), plan.categories.end());
}

} // namespace

QStringList ChartPlan::categoryTexts() const
{
    QStringList texts;
    QHash<QString, int> uses;
    for (const QString& c : categories)
        ++uses[categoryLabels.value(c, c)];
    for (const QString& c : categories) {
        const QString shown = categoryLabels.value(c, c);
        texts.append(uses.value(shown) > 1 ? c : shown);
    }
    return texts;
}

ChartPlan planChart(const ExhibitTableModel& model)
{
    ChartPlan plan;
    const ExhibitData& exhibit = model.exhibit();
    const ExhibitInfo& info = exhibit.info;
    plan.kind = info.kind;
    plan.horizontal = info.orientation == QLatin1String("horizontal");
    plan.xTitle = displayXAxis(info);
    plan.yTitle = info.yAxis.isEmpty() ? info.unit : displayYAxis(info);
    plan.y2Title = displayY2Axis(info);
    plan.unit = info.unit;
    if (!planShape(plan, exhibit))
        return plan;

    QHash<QString, int> granularities;
    assignSeries(plan, exhibit, granularities);
    if (plan.shape == ChartPlan::Shape::Pie && plan.plotted.size() > 1)
        plan.plotted.resize(1);
    settleAxisUnit(plan, exhibit);

    // Bars of periods without a single stated value: only the axes can be drawn, and a time
    // axis shows the exhibit's span better than a row of empty categories.
    if (plan.shape == ChartPlan::Shape::Bars && plan.plotted.isEmpty() &&
        info.xKind == QLatin1String("period") && !info.periodStart.isEmpty())
        plan.shape = ChartPlan::Shape::XY;
    planTimeAxis(plan, exhibit, granularities);
    orderCategories(plan, exhibit);
    return plan;
}

} // namespace trendboard
