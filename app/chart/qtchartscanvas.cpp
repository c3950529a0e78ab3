#include "qtchartscanvas.h"

#include "exhibittablemodel.h"
#include "pivotmodel.h"
#include "timelineview.h"
#include "valueformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace trendboard {

ChartCanvas* createChartCanvas(QWidget* parent)
{
    return new QtChartsCanvas(parent);
}

// A table whose columns share its width and whose rows grow to their wrapped text. A
// stretching header would settle its widths only after the rows were measured, so the
// widths are set here, from the viewport, before measuring.
class WrappingTableView : public QTableView
{
public:
    using QTableView::QTableView;

    void fit()
    {
        const int columns = model() ? model()->columnCount() : 0;
        if (columns == 0)
            return;
        const int width = std::max(60, viewport()->width() / columns);
        for (int c = 0; c < columns; ++c)
            setColumnWidth(c, width);
        resizeRowsToContents();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QTableView::resizeEvent(event);
        fit();
    }
};

namespace {

// Qt Charts reads titles, legend names, category and slice labels as rich text: '<b>' would
// vanish and '&' could start an entity. Our texts are plain, so they are escaped for it, and
// control characters (never valid in an SVG) become visible replacement marks.
QString chartText(const QString& text)
{
    return printableText(text).toHtmlEscaped();
}

QStringList chartTexts(const QStringList& texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString& t : texts)
        out.append(chartText(t));
    return out;
}

// BOND's palette: deep blue first, then red, grey, light blue, orange.
// Analyst values, in a colour the report's palette does not use.
const QColor kAnalystColor(0x8e, 0x24, 0xaa);
const QList<QColor> kPalette{QColor(0x1f, 0x4e, 0x9a), QColor(0xd6, 0x27, 0x28),
                             QColor(0x7f, 0x7f, 0x7f), QColor(0x5d, 0xa5, 0xda),
                             QColor(0xf1, 0x8f, 0x1f), QColor(0x2c, 0xa0, 0x2c),
                             QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

// A Qt Charts label format that prints a value with its unit: "$@yPointB", "@value%". Qt
// prints the number's own sign, so where values go negative the unit follows the number.
QString labelFormat(const QString& unit, const QString& placeholder, bool hasNegatives)
{
    if (hasNegatives || unit.startsWith(QLatin1Char('%')))
        return unit.isEmpty() || unit == QLatin1String("#") ? placeholder
               : unit == QLatin1String("%")                 ? placeholder + unit
                                                            : placeholder + QLatin1Char(' ') + unit;
    QString format = formatValue(7, unit);
    format.replace(QLatin1Char('7'), placeholder);
    return format;
}

bool anyNegative(const QVector<double>& values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return v < 0; });
}

void niceRange(QValueAxis* axis, double lo, double hi)
{
    if (lo > 0)
        lo = 0;
    if (hi < 0)
        hi = 0;
    if (hi - lo < 1e-12)
        hi = lo + 1;
    axis->setRange(lo, hi + (hi - lo) * 0.12);
    axis->applyNiceNumbers();
}

} // namespace

QtChartsCanvas::QtChartsCanvas(QWidget* parent) : ChartCanvas(parent)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_stack->addWidget(m_chartView);

    m_table = new WrappingTableView(this);
    // The report's table exhibits are drawn as a table: named for screen readers.
    m_table->setAccessibleName(tr("Exhibit table"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_stack->addWidget(m_table);

    m_timeline = new TimelineView(this);
    m_stack->addWidget(m_timeline);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("color: #8a5a00; background: white; border: 1px solid #ddd;"));
    m_stack->addWidget(m_empty);
    connect(m_timeline, &TimelineView::rowActivated, this, &ChartCanvas::rowActivated);
}

QtChartsCanvas::~QtChartsCanvas() = default;

void QtChartsCanvas::setModel(ExhibitTableModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!m_pivot && model) {
        m_pivot = new PivotTableModel(model, this);
        m_table->setModel(m_pivot);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex& current) {
                    const int row = m_pivot->sourceRow(current);
                    if (row >= 0)
                        emit rowActivated(row);
                });
    }
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &QtChartsCanvas::modelReset);
    modelReset();
}

void QtChartsCanvas::modelReset()
{
    m_log =
        m_model && m_model->hasExhibit() && m_model->exhibit().info.yScale == QLatin1String("log");
    rebuild();
    applyLook();
}

void QtChartsCanvas::setLogScale(bool on)
{
    if (m_log == on)
        return;
    m_log = on;
    rebuild();
    applyLook();
}

bool QtChartsCanvas::logScaleAvailable() const
{
    if (m_plan.shape != ChartPlan::Shape::XY && m_plan.shape != ChartPlan::Shape::Bars)
        return false;
    const QVector<double> values = valuesOf(false);
    return !values.isEmpty() &&
           std::all_of(values.begin(), values.end(), [](double v) { return v > 0; });
}

QVector<double> QtChartsCanvas::valuesOf(bool secondary) const
{
    QVector<double> values;
    if (!m_model)
        return values;
    const ExhibitData& exhibit = m_model->exhibit();
    for (const auto& p : m_plan.plotted) {
        if (p.secondary != secondary)
            continue;
        const SeriesRecord& series = exhibit.series.at(p.series);
        for (const PointRecord& point : series.points) {
            if (!m_plan.plots(point))
                continue;
            if (const auto v = ExhibitTableModel::chartValue(exhibit, series, point))
                values.append(*v);
        }
    }
    return values;
}

void QtChartsCanvas::rebuild()
{
    m_barLabels.clear();
    m_barLabelItems.clear(); // owned by the old chart, deleted with it
    m_labelledBars = nullptr;
    m_xySeries.clear();
    m_xyPointIndex.clear();
    m_xyDerived.clear();
    m_xyDerivedIndex.clear();
    m_xyAnalyst.clear();
    m_xyAnalystIndex.clear();
    m_barSets.clear();
    m_slices.clear();
    m_plan = m_model && m_model->hasExhibit() ? planChart(*m_model) : ChartPlan{};
    const bool tabular =
        m_plan.shape == ChartPlan::Shape::Table || m_plan.shape == ChartPlan::Shape::Timeline;
    if (tabular && m_model && m_model->rowCount() == 0) {
        // A table or timeline whose cells the text does not carry: say so, never an empty frame.
        m_empty->setText(
            tr("The report's text does not state the cells of this %1 (page %2).\n"
               "Its title, period and source are recorded; analysts can add the values.")
                .arg(m_plan.shape == ChartPlan::Shape::Table ? tr("table") : tr("timeline"))
                .arg(m_model->exhibit().info.page));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (!tabular && m_model && m_model->hasExhibit() && m_model->rowCount() == 0) {
        // A chart of which the text states no value: an empty grid tells nothing, so say what
        // the chart draws and that its values wait for analysts.
        const ExhibitData& exhibit = m_model->exhibit();
        QStringList series;
        for (const SeriesRecord& r : exhibit.series)
            series.append(r.name);
        QStringList lines{tr("The report text states no values for this exhibit (page %1).")
                              .arg(exhibit.info.page)};
        if (!series.isEmpty())
            lines.append(tr("It draws: %1.").arg(series.join(QStringLiteral(", "))));
        const QString axes =
            QStringList{exhibit.info.xAxis, exhibit.info.yAxis, exhibit.info.y2Axis}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(" · "));
        if (!axes.isEmpty())
            lines.append(tr("Axes: %1.").arg(axes));
        if (!exhibit.info.periodLabel.isEmpty())
            lines.append(tr("Period: %1.").arg(exhibit.info.periodLabel));
        lines.append(tr("Its title, source and note are recorded; analysts can add the values."));
        m_empty->setText(lines.join(QLatin1Char('\n')));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    if (m_plan.shape == ChartPlan::Shape::Table) {
        m_stack->setCurrentWidget(m_table);
        m_table->fit();
        return;
    }
    if (m_plan.shape == ChartPlan::Shape::Timeline) {
        m_timeline->setModel(m_model);
        m_stack->setCurrentWidget(m_timeline);
        return;
    }
    m_stack->setCurrentWidget(m_chartView);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart); // the view owns the new chart
    delete old;
    if (!m_model || !m_model->hasExhibit())
        return;
    switch (m_plan.shape) {
    case ChartPlan::Shape::Pie:
        buildPie();
        break;
    case ChartPlan::Shape::Bars:
        buildBars();
        break;
    default:
        buildXY();
        break;
    }
    // Many series' names do not fit in one row under the chart: list them beside it instead.
    if (chart->legend()->markers().size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight);
}

QAbstractAxis* QtChartsCanvas::valueAxis(bool secondary, const QVector<double>& values)
{
    QChart* chart = m_chartView->chart();
    const QString title = secondary ? m_plan.y2Title : m_plan.yTitle;
    QAbstractAxis* axis = nullptr;
    if (!secondary && m_log && logScaleAvailable()) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        // A decade of room below the smallest value, so that its bar or point stays visible.
        const double bottom = std::pow(10, std::ceil(std::log10(*lo)) - 1);
        const double top = std::pow(10, std::ceil(std::log10(*hi) + 0.05));
        log->setRange(bottom, top);
        axis = log;
    } else {
        auto* linear = new QValueAxis;
        if (values.isEmpty()) {
            // No stated values: an axis without invented tick labels. The labels stay laid out
            // (transparent) so that the axis keeps room for its title.
            linear->setRange(0, 1);
            linear->setLabelsBrush(Qt::transparent);
            linear->setTickCount(2);
        } else {
            const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
            niceRange(linear, *lo, *hi);
            // Whole numbers from a thousand up (15000, never 1.5e+04); small values keep decimals.
            const double largest = std::max(std::fabs(*lo), std::fabs(*hi));
            linear->setLabelFormat(largest >= 1000 ? QStringLiteral("%.0f")
                                                   : QStringLiteral("%.4g"));
        }
        axis = linear;
    }
    axis->setTitleText(chartText(title));
    if (title.size() > 36) {
        // Long axis titles (the report's are often a full phrase) shrink rather than elide.
        QFont font = axis->titleFont();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        axis->setTitleFont(font);
    }
    const Qt::Alignment side = m_plan.horizontal ? (secondary ? Qt::AlignTop : Qt::AlignBottom)
                                                 : (secondary ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(axis, side);
    return axis;
}

void QtChartsCanvas::attachXY(QXYSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    m_chartView->chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

std::optional<double> QtChartsCanvas::plottedValue(const SeriesRecord& record,
                                                   const PointRecord& point) const
{
    if (!m_plan.plots(point))
        return std::nullopt;
    return ExhibitTableModel::chartValue(m_model->exhibit(), record, point);
}

QXYSeries* QtChartsCanvas::makeXYSeries(int s, bool connected, bool secondary, const QColor& color,
                                        const std::function<double(const PointRecord&)>& xOf,
                                        Marks marks)
{
    const SeriesRecord& record = m_model->exhibit().series.at(s);
    const bool derived = marks == Marks::Derived;
    const auto drawn = [&](const PointRecord& point) {
        if (marks == Marks::Analyst)
            return point.analyst != AnalystMark::None && plottedValue(record, point).has_value();
        return (point.status == QLatin1String("derived")) == derived &&
               plottedValue(record, point).has_value();
    };
    bool anyAnalyst = false;
    for (const PointRecord& point : record.points)
        anyAnalyst = anyAnalyst || point.analyst != AnalystMark::None;
    // A line needs two points; a single stated value is a marker.
    int drawable = 0;
    for (const PointRecord& point : record.points)
        drawable += drawn(point) ? 1 : 0;
    QXYSeries* series = connected && marks == Marks::Stated && drawable > 1
                            ? static_cast<QXYSeries*>(new QLineSeries)
                            : static_cast<QXYSeries*>(new QScatterSeries);
    if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
        scatter->setMarkerSize(11);
        scatter->setBorderColor(Qt::white);
    }
    if (marks == Marks::Analyst) {
        // A square in the analyst's colour, over the line: not a value the report prints.
        auto* scatter = static_cast<QScatterSeries*>(series);
        scatter->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        scatter->setMarkerSize(12);
        scatter->setColor(kAnalystColor);
        scatter->setBorderColor(Qt::white);
        series->setName(chartText(record.name + tr(" (analyst)")));
    } else if (derived) {
        series->setName(chartText(record.name + tr(" (derived)")));
        series->setColor(Qt::white);
        // A hollow marker: the value follows from stated ones, the report does not print it.
        static_cast<QScatterSeries*>(series)->setBorderColor(color);
        QPen pen(color);
        pen.setWidthF(2);
        series->setPen(pen);
    } else {
        series->setName(chartText(
            record.stated || anyAnalyst ? record.name : record.name + tr(" (stated values only)")));
        series->setColor(color);
        if (anyAnalyst) {
            // The line runs through the analyst's values: dashed, as an estimate would be.
            QPen pen = series->pen();
            pen.setStyle(Qt::DashLine);
            pen.setColor(color);
            pen.setWidthF(2);
            series->setPen(pen);
        }
    }
    series->setPointsVisible(true);
    series->setSelectedColor(QColor(0xff, 0xb0, 0x00));
    series->setPointLabelsVisible(true);
    series->setPointLabelsClipping(false);
    series->setPointLabelsColor(color.darker(130));
    series->setPointLabelsFormat(labelFormat(secondary ? m_plan.y2Unit : m_plan.unit,
                                             QStringLiteral("@yPoint"),
                                             anyNegative(valuesOf(secondary))));
    QVector<int>& indexOfDrawn = indexOf(marks)[s];
    for (int p = 0; p < record.points.size(); ++p) {
        if (!drawn(record.points.at(p)))
            continue;
        series->append(xOf(record.points.at(p)), *plottedValue(record, record.points.at(p)));
        indexOfDrawn.append(p);
    }
    drawnOf(marks).insert(s, series);
    connect(series, &QXYSeries::hovered, this,
            [this, s, series, marks](const QPointF& at, bool entered) {
                if (!entered) {
                    QToolTip::hideText();
                    return;
                }
                int best = -1;
                double bestDistance = 0;
                for (int i = 0; i < series->count(); ++i) {
                    const double d = QLineF(at, series->at(i)).length();
                    if (best < 0 || d < bestDistance) {
                        best = i;
                        bestDistance = d;
                    }
                }
                const int p = indexOf(marks).value(s).value(best, -1);
                const SeriesRecord& rec = m_model->exhibit().series.at(s);
                if (p >= 0 && p < rec.points.size())
                    QToolTip::showText(QCursor::pos(), pointToolTip(rec, rec.points.at(p)),
                                       m_chartView);
            });
    connect(series, &QXYSeries::clicked, this, [this, s, series, marks](const QPointF& at) {
        // The drawn point nearest to the click, in pixels.
        int best = -1;
        double bestDistance = 0;
        const QPointF here = m_chartView->chart()->mapToPosition(at, series);
        for (int i = 0; i < series->count(); ++i) {
            const double d =
                QLineF(here, m_chartView->chart()->mapToPosition(series->at(i), series)).length();
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0)
            activateLater(m_model->rowFor(s, indexOf(marks).value(s).value(best)));
    });
    return series;
}

QHash<int, QXYSeries*>& QtChartsCanvas::drawnOf(Marks marks)
{
    return marks == Marks::Analyst   ? m_xyAnalyst
           : marks == Marks::Derived ? m_xyDerived
                                     : m_xySeries;
}

QHash<int, QVector<int>>& QtChartsCanvas::indexOf(Marks marks)
{
    return marks == Marks::Analyst   ? m_xyAnalystIndex
           : marks == Marks::Derived ? m_xyDerivedIndex
                                     : m_xyPointIndex;
}

void QtChartsCanvas::buildXY()
{
    QChart* chart = m_chartView->chart();
    const ExhibitData& exhibit = m_model->exhibit();
    QAbstractAxis* xAxis = nullptr;
    if (m_plan.yearAxis) {
        auto* years = new QValueAxis;
        const int span = m_plan.lastYear - m_plan.firstYear;
        years->setRange(m_plan.firstYear - 0.5, m_plan.lastYear + 0.5);
        years->setTickType(QValueAxis::TicksDynamic);
        // At most about ten ticks, on round years (1960, 1970, ...).
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100}) {
            step = candidate;
            if (span / candidate <= 10)
                break;
        }
        years->setTickAnchor((m_plan.firstYear + step - 1) / step * step);
        years->setTickInterval(step);
        years->setLabelFormat(QStringLiteral("%.0f"));
        years->setGridLineVisible(false);
        xAxis = years;
    } else if (m_plan.dateAxis) {
        auto* dates = new QDateTimeAxis;
        dates->setFormat(m_plan.dateFormat);
        QDateTime lo;
        QDateTime hi;
        auto widen = [&](const QDateTime& t) {
            if (!t.isValid())
                return;
            lo = !lo.isValid() || t < lo ? t : lo;
            hi = !hi.isValid() || t > hi ? t : hi;
        };
        widen(QDateTime(QDate::fromString(exhibit.info.periodStart, Qt::ISODate), QTime(0, 0),
                        Qt::UTC));
        widen(QDateTime(QDate::fromString(exhibit.info.periodEnd, Qt::ISODate), QTime(0, 0),
                        Qt::UTC));
        for (const auto& p : m_plan.plotted) {
            for (const PointRecord& point : exhibit.series.at(p.series).points)
                widen(ExhibitTableModel::periodMidpoint(point).value_or(QDateTime()));
        }
        if (lo.isValid()) {
            const qint64 pad = std::max<qint64>(lo.msecsTo(hi) / 25, 86400000LL * 20);
            dates->setRange(lo.addMSecs(-pad), hi.addMSecs(pad));
        }
        dates->setTickCount(6);
        xAxis = dates;
    } else {
        auto* categories = new QBarCategoryAxis;
        categories->append(m_plan.categories.isEmpty() ? QStringList{QString()}
                                                       : chartTexts(m_plan.categories));
        xAxis = categories;
    }
    xAxis->setTitleText(chartText(m_plan.xTitle));
    chart->addAxis(xAxis, Qt::AlignBottom);
    QAbstractAxis* y = valueAxis(false, valuesOf(false));
    QAbstractAxis* y2 = m_plan.hasSecondary() ? valueAxis(true, valuesOf(true)) : nullptr;

    int colour = 0;
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const SeriesRecord& record = exhibit.series.at(s);
        const ChartPlan::Plotted* plotted = m_plan.plottedSeries(s);
        const QColor color = kPalette.at(colour++ % kPalette.size());
        if (!plotted) {
            // Named in the legend, with no values to draw: the report's text does not state them.
            if (!record.stated && isLevel(record)) {
                auto* empty = new QLineSeries;
                empty->setName(chartText(record.name + tr(" (not stated)")));
                empty->setColor(color);
                attachXY(empty, xAxis, y);
            }
            continue;
        }
        QXYSeries* series = makeXYSeries(
            s, plotted->connected && exhibit.info.kind != ChartKind::Scatter, plotted->secondary,
            color, [this](const PointRecord& point) {
                if (m_plan.yearAxis)
                    return double(point.periodStart.left(4).toInt());
                if (m_plan.dateAxis)
                    return double(ExhibitTableModel::periodMidpoint(point)->toMSecsSinceEpoch());
                return double(m_plan.categories.indexOf(point.xLabel));
            });
        attachXY(series, xAxis, plotted->secondary && y2 ? y2 : y);
        // A series whose only drawn values are derived is named once, by its derived markers.
        if (m_xyPointIndex.value(s).isEmpty()) {
            if (QLegendMarker* marker = chart->legend()->markers(series).value(0))
                marker->setVisible(false);
        }
        const auto xOf = [this](const PointRecord& point) {
            if (m_plan.yearAxis)
                return double(point.periodStart.left(4).toInt());
            if (m_plan.dateAxis)
                return double(ExhibitTableModel::periodMidpoint(point)->toMSecsSinceEpoch());
            return double(m_plan.categories.indexOf(point.xLabel));
        };
        bool anyDerived = false;
        bool anyAnalyst = false;
        for (const PointRecord& point : record.points) {
            anyDerived = anyDerived || point.status == QLatin1String("derived");
            anyAnalyst = anyAnalyst || point.analyst != AnalystMark::None;
        }
        if (anyDerived) {
            QXYSeries* derived =
                makeXYSeries(s, false, plotted->secondary, color, xOf, Marks::Derived);
            attachXY(derived, xAxis, plotted->secondary && y2 ? y2 : y);
        }
        if (anyAnalyst) {
            QXYSeries* analyst =
                makeXYSeries(s, false, plotted->secondary, color, xOf, Marks::Analyst);
            attachXY(analyst, xAxis, plotted->secondary && y2 ? y2 : y);
        }
    }
    chart->legend()->setVisible(exhibit.series.size() > 0);
}

void QtChartsCanvas::buildBars()
{
    QChart* chart = m_chartView->chart();
    const ExhibitData& exhibit = m_model->exhibit();
    const bool stacked = exhibit.info.kind == ChartKind::StackedBar;
    QAbstractBarSeries* bars = nullptr;
    if (m_plan.horizontal)
        bars = stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                       : static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries);
    else
        bars = stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                       : static_cast<QAbstractBarSeries*>(new QBarSeries);

    auto* categories = new QBarCategoryAxis;
    categories->append(m_plan.categories.isEmpty() ? QStringList{QString()}
                                                   : chartTexts(m_plan.categories));
    categories->setTitleText(chartText(m_plan.xTitle));
    chart->addAxis(categories, m_plan.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    QAbstractAxis* y = valueAxis(false, valuesOf(false));
    QAbstractAxis* y2 = m_plan.hasSecondary() ? valueAxis(true, valuesOf(true)) : nullptr;

    int colour = 0;
    bool allComplete = true;
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const SeriesRecord& record = exhibit.series.at(s);
        const ChartPlan::Plotted* plotted = m_plan.plottedSeries(s);
        const QColor color = kPalette.at(colour++ % kPalette.size());
        if (!plotted) {
            // An empty bar set would still take a slot beside every bar, so unstated series get
            // a legend entry only while no series has a bar to draw.
            if (!record.stated && isLevel(record) && m_plan.plotted.isEmpty()) {
                auto* set = new QBarSet(chartText(record.name + tr(" (not stated)")));
                set->setColor(color);
                bars->append(set);
            }
            continue;
        }
        if (plotted->secondary && y2) {
            // The second measure of a bar chart is drawn as the report does: a line over the bars;
            // a series the text does not state shows only its stated points, never a line.
            QXYSeries* line =
                makeXYSeries(s, plotted->connected, true, color, [this](const PointRecord& point) {
                    return double(m_plan.categories.indexOf(point.xLabel));
                });
            attachXY(line, categories, y2);
            continue;
        }
        const bool anyAnalyst =
            std::any_of(record.points.begin(), record.points.end(),
                        [](const PointRecord& p) { return p.analyst != AnalystMark::None; });
        auto* set =
            new QBarSet(chartText(anyAnalyst      ? record.name + tr(" (with analyst values)")
                                  : record.stated ? record.name
                                                  : record.name + tr(" (stated values only)")));
        set->setColor(color);
        set->setLabelColor(stacked ? QColor(Qt::white) : color.darker(140));
        set->setSelectedColor(QColor(0xff, 0xb0, 0x00));
        QVector<double> values(m_plan.categories.size(), 0.0);
        QVector<bool> present(m_plan.categories.size(), false);
        for (int p = 0; p < record.points.size(); ++p) {
            const auto v = plottedValue(record, record.points.at(p));
            const int c = m_plan.categories.indexOf(record.points.at(p).xLabel);
            if (v && c >= 0) {
                values[c] = *v;
                present[c] = true;
                const PointRecord& point = record.points.at(p);
                QString label = formatValue(point.value.value_or(*v), point.unit);
                if (point.status == QLatin1String("derived"))
                    label = tr("%1 (derived)").arg(label);
                else if (point.analyst == AnalystMark::Edited)
                    label = tr("%1 (edited)").arg(label);
                else if (point.analyst == AnalystMark::Filled)
                    label = tr("%1 (analyst)").arg(label);
                m_barLabels.append({bars->count(), c, *v, label, color.darker(140)});
            }
        }
        allComplete = allComplete && !present.contains(false);
        for (double v : values)
            set->append(v);
        bars->append(set);
        m_barSets.insert(s, set);
        connect(set, &QBarSet::hovered, this, [this, s](bool entered, int category) {
            if (!entered) {
                QToolTip::hideText();
                return;
            }
            const SeriesRecord& rec = m_model->exhibit().series.at(s);
            for (const PointRecord& point : rec.points) {
                if (point.xLabel == m_plan.categories.value(category)) {
                    QToolTip::showText(QCursor::pos(), pointToolTip(rec, point), m_chartView);
                    return;
                }
            }
        });
        connect(set, &QBarSet::clicked, this, [this, s](int category) {
            const SeriesRecord& rec = m_model->exhibit().series.at(s);
            for (int p = 0; p < rec.points.size(); ++p) {
                if (rec.points.at(p).xLabel == m_plan.categories.value(category))
                    activateLater(m_model->rowFor(s, p));
            }
        });
    }
    // Each stated bar is labelled with its value as the report prints it (Qt's own labels would
    // print a missing value as 0 and every value in the axis unit). Stacked bars have no single
    // top to label, so complete stacks keep Qt's centred labels and gappy ones go without.
    // A "stack" of one series is a plain bar: labelled above its top like any other.
    const bool stacks = stacked && m_barSets.size() > 1;
    bars->setLabelsVisible(stacks && allComplete);
    if (stacks)
        m_barLabels.clear();
    bars->setLabelsFormat(
        labelFormat(m_plan.unit, QStringLiteral("@value"), anyNegative(valuesOf(false))));
    bars->setLabelsPosition(stacked ? QAbstractBarSeries::LabelsCenter
                                    : QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars);
    bars->attachAxis(categories);
    bars->attachAxis(y);
    chart->legend()->setVisible(bars->count() > 1 || m_plan.hasSecondary() || !m_barSets.isEmpty());
    m_labelledBars = bars;
    for (const BarLabel& label : std::as_const(m_barLabels)) {
        auto* item = new QGraphicsSimpleTextItem(label.text, chart);
        item->setBrush(label.color);
        item->setZValue(10);
        m_barLabelItems.append(item);
    }
    if (!m_barLabels.isEmpty()) {
        connect(chart, &QChart::plotAreaChanged, this, &QtChartsCanvas::placeBarLabels);
        placeBarLabels();
    }
}

void QtChartsCanvas::placeBarLabels()
{
    QChart* chart = m_chartView->chart();
    if (!m_labelledBars || m_barLabelItems.size() != m_barLabels.size())
        return;
    const int sets = std::max(1, m_labelledBars->count());
    const double width = m_labelledBars->barWidth();
    // A label that would cover one already placed is left out (grouped bars on a narrow
    // chart): its value is in the tooltip and the table, never printed over another.
    QVector<QRectF> placed;
    for (int i = 0; i < m_barLabels.size(); ++i) {
        const BarLabel& label = m_barLabels.at(i);
        // Centre of the set's bar within its category, in category units.
        const double along = label.category - width / 2 + (label.set + 0.5) * width / sets;
        QGraphicsSimpleTextItem* item = m_barLabelItems.at(i);
        const QRectF box = item->boundingRect();
        if (m_plan.horizontal) {
            const QPointF end = chart->mapToPosition(QPointF(label.value, along), m_labelledBars);
            item->setPos(end.x() + 4, end.y() - box.height() / 2);
        } else {
            const QPointF top = chart->mapToPosition(QPointF(along, label.value), m_labelledBars);
            item->setPos(top.x() - box.width() / 2, top.y() - box.height() - 2);
        }
        const QRectF at(item->pos(), box.size());
        const bool clear = std::none_of(placed.cbegin(), placed.cend(), [&at](const QRectF& other) {
            return other.intersects(at);
        });
        item->setVisible(clear);
        if (clear)
            placed.append(at);
    }
}

void QtChartsCanvas::buildPie()
{
    QChart* chart = m_chartView->chart();
    const ExhibitData& exhibit = m_model->exhibit();
    auto* pie = new QPieSeries;
    pie->setHoleSize(0.35);
    if (!m_plan.plotted.isEmpty()) {
        const int s = m_plan.plotted.first().series;
        const SeriesRecord& record = exhibit.series.at(s);
        int colour = 0;
        for (int p = 0; p < record.points.size(); ++p) {
            const PointRecord& point = record.points.at(p);
            if (!point.value)
                continue;
            auto* slice = pie->append(chartText(QStringLiteral("%1: %2").arg(
                                          point.xLabel, formatValue(*point.value, point.unit))),
                                      std::fabs(*point.value));
            slice->setColor(kPalette.at(colour++ % kPalette.size()));
            slice->setLabelVisible(true);
            m_slices.insert(p, slice);
            connect(slice, &QPieSlice::clicked, this,
                    [this, s, p] { activateLater(m_model->rowFor(s, p)); });
        }
    }
    chart->addSeries(pie);
    chart->legend()->setVisible(false);
}

void QtChartsCanvas::activateLater(int row)
{
    if (row < 0)
        return;
    QPointer<QtChartsCanvas> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, row] {
            if (self)
                emit self->rowActivated(row);
        },
        Qt::QueuedConnection);
}

QPoint QtChartsCanvas::toCanvas(const QPointF& chartPosition) const
{
    const QPointF scene = m_chartView->chart()->mapToScene(chartPosition);
    const QPoint inView = m_chartView->mapFromScene(scene);
    return m_chartView->viewport()->mapTo(this, inView);
}

QVector<ChartCanvas::Mark> QtChartsCanvas::marks() const
{
    QVector<Mark> result;
    if (!m_model || !isVisible() || m_stack->currentWidget() != m_chartView)
        return result;
    QChart* chart = m_chartView->chart();
    // A marker on the plot area's edge (a zero on the axis) is half outside it; its visible
    // half is what a click reaches.
    const QRectF inside = chart->plotArea().adjusted(3, 3, -3, -3);
    const auto xyMarks = [&](const QHash<int, QXYSeries*>& drawnSeries,
                             const QHash<int, QVector<int>>& indexes) {
        for (auto it = drawnSeries.begin(); it != drawnSeries.end(); ++it) {
            const QVector<int>& index = indexes.value(it.key());
            const auto* scatter = qobject_cast<QScatterSeries*>(it.value());
            const int size = scatter ? int(scatter->markerSize()) : int(it.value()->markerSize());
            for (int i = 0; i < it.value()->count(); ++i) {
                QPointF at = chart->mapToPosition(it.value()->at(i), it.value());
                at.setX(std::clamp(at.x(), inside.left(), inside.right()));
                at.setY(std::clamp(at.y(), inside.top(), inside.bottom()));
                result.append(
                    {m_model->rowFor(it.key(), index.value(i)), toCanvas(at), QSize(size, size)});
            }
        }
    };
    xyMarks(m_xySeries, m_xyPointIndex);
    xyMarks(m_xyDerived, m_xyDerivedIndex);
    xyMarks(m_xyAnalyst, m_xyAnalystIndex);
    if (m_labelledBars) {
        const QList<QBarSet*> sets = m_labelledBars->barSets();
        const bool stacked = m_model->exhibit().info.kind == ChartKind::StackedBar;
        const double width = m_labelledBars->barWidth();
        for (auto it = m_barSets.begin(); it != m_barSets.end(); ++it) {
            const int setIndex = sets.indexOf(it.value());
            const SeriesRecord& record = m_model->exhibit().series.at(it.key());
            for (int p = 0; p < record.points.size(); ++p) {
                const int c = m_plan.categories.indexOf(record.points.at(p).xLabel);
                if (c < 0 || c >= it.value()->count() || it.value()->at(c) == 0)
                    continue;
                double base = 0;
                for (int below = 0; stacked && below < setIndex; ++below)
                    base += c < sets.at(below)->count() ? sets.at(below)->at(c) : 0;
                const double along =
                    stacked ? c
                            : c - width / 2 +
                                  (setIndex + 0.5) * width / std::max<qsizetype>(1, sets.size());
                const double middle = base + it.value()->at(c) / 2;
                const double barWidth =
                    stacked ? width : width / std::max<qsizetype>(1, sets.size());
                auto place = [&](double value, double offset) {
                    return m_plan.horizontal ? QPointF(value, along + offset)
                                             : QPointF(along + offset, value);
                };
                const QPointF at = place(middle, 0);
                const QRectF drawn(
                    chart->mapToPosition(place(base, -barWidth / 2), m_labelledBars),
                    chart->mapToPosition(place(base + it.value()->at(c), barWidth / 2),
                                         m_labelledBars));
                result.append({m_model->rowFor(it.key(), p),
                               toCanvas(chart->mapToPosition(at, m_labelledBars)),
                               drawn.normalized().size().toSize()});
            }
        }
    }
    if (!m_slices.isEmpty() && !m_plan.plotted.isEmpty()) {
        const int s = m_plan.plotted.first().series;
        const QRectF area = chart->plotArea();
        for (auto it = m_slices.begin(); it != m_slices.end(); ++it) {
            QPieSlice* slice = it.value();
            const auto* pie = slice->series();
            const double radius = std::min(area.width(), area.height()) / 2 * pie->pieSize();
            // Halfway through the ring between the hole and the rim.
            const double middle = radius * (pie->holeSize() + 1) / 2;
            // Qt Charts measures slice angles clockwise from twelve o'clock, in degrees.
            const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
            const QPointF at(area.center().x() + middle * std::sin(angle),
                             area.center().y() - middle * std::cos(angle));
            const int ring = int(radius * (1 - pie->holeSize()));
            result.append({m_model->rowFor(s, it.key()), toCanvas(at), QSize(ring, ring)});
        }
    }
    return result;
}

void QtChartsCanvas::clearHighlight()
{
    for (QXYSeries* series : std::as_const(m_xySeries))
        series->deselectAllPoints();
    for (QXYSeries* series : std::as_const(m_xyDerived))
        series->deselectAllPoints();
    for (QXYSeries* series : std::as_const(m_xyAnalyst))
        series->deselectAllPoints();
    for (QBarSet* set : std::as_const(m_barSets))
        set->deselectAllBars();
    for (QPieSlice* slice : std::as_const(m_slices))
        slice->setExploded(false);
}

void QtChartsCanvas::highlightRow(int row)
{
    if (!m_model)
        return;
    if (m_plan.shape == ChartPlan::Shape::Table) {
        const QModelIndex cell = m_pivot->cellOf(row);
        if (cell.isValid() && m_table->currentIndex() != cell)
            m_table->setCurrentIndex(cell);
        return;
    }
    if (m_plan.shape == ChartPlan::Shape::Timeline) {
        m_timeline->highlightRow(row);
        return;
    }
    clearHighlight();
    const int s = m_model->seriesOfRow(row);
    const int p = m_model->pointOfRow(row);
    if (s < 0)
        return;
    if (QXYSeries* series = m_xySeries.value(s)) {
        const int drawn = m_xyPointIndex.value(s).indexOf(p);
        if (drawn >= 0)
            series->selectPoint(drawn);
    }
    for (const Marks marks : {Marks::Derived, Marks::Analyst}) {
        if (QXYSeries* series = drawnOf(marks).value(s)) {
            const int drawn = indexOf(marks).value(s).indexOf(p);
            if (drawn >= 0)
                series->selectPoint(drawn);
        }
    }
    if (QBarSet* set = m_barSets.value(s)) {
        const int c =
            m_plan.categories.indexOf(m_model->exhibit().series.at(s).points.at(p).xLabel);
        if (c >= 0)
            set->selectBar(c);
    }
    if (QPieSlice* slice = m_slices.value(p))
        slice->setExploded(true);
}

} // namespace trendboard
