// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtchartscanvas.h"

#include "qtchartsdetail.h"

#include "models/exhibittablemodel.h"
#include "models/pivotmodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"
#include "timelineview.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsObject>
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

namespace chartdetail {

QString elidedLabel(const QString& text)
{
    if (text.size() <= kMaxChartLabelLength)
        return text;
    return text.left(kMaxChartLabelLength - 1) + QChar(0x2026);
}

QString chartText(const QString& text)
{
    return elidedLabel(printableText(text)).toHtmlEscaped();
}

QStringList chartTexts(const QStringList& texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const QString& t : texts) {
        QString text = chartText(t);
        // Category axes need distinct labels: two long ones alike at the start stay two.
        for (int n = 2; out.contains(text) && !texts.mid(0, out.size()).contains(t); ++n)
            text = chartText(t.left(kMaxChartLabelLength - 8)) + QStringLiteral(" (%1)").arg(n);
        out.append(text);
    }
    return out;
}

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

QString wrappedTitle(const QString& title, const QFontMetricsF& metrics, double width)
{
    // Greedy lines at spaces, each within the width; a word longer than it stands alone.
    const QString plain = printableText(title).simplified();
    QStringList out;
    QString current;
    for (const QString& word : plain.split(QLatin1Char(' '))) {
        const QString longer = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            out.append(current);
            current = word;
        } else {
            current = longer;
        }
    }
    out.append(current);
    return chartTexts(out).join(QStringLiteral("<br>"));
}

} // namespace chartdetail

using namespace chartdetail;

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
    m_overlay = createAnnotationOverlay(this);
    m_table->setItemDelegate(createAnnotatedCellDelegate(this));
    newChart();
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
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &QtChartsCanvas::modelReset);
        // An edit: drawn again, on the scale the user chose.
        connect(model, &QAbstractItemModel::dataChanged, this, &QtChartsCanvas::valuesEdited);
    }
    modelReset();
}

void QtChartsCanvas::modelReset()
{
    m_log =
        m_model && m_model->hasExhibit() && m_model->exhibit().info.yScale == QLatin1String("log");
    redraw();
}

void QtChartsCanvas::setLogScale(bool on)
{
    if (m_log == on)
        return;
    m_log = on;
    redraw();
}

void QtChartsCanvas::redraw()
{
    // Hidden by the figure (key figures or what the page says are on show instead): only what
    // is read of a canvas not on show; the chart is drawn when it is shown again (setVisible).
    // Most of the report's exhibits state one or two values: no chart built and laid out for
    // nothing on each switch.
    if (testAttribute(Qt::WA_WState_ExplicitShowHide) && isHidden()) {
        m_stale = true;
        clearChart();
        m_plan = m_model && m_model->hasExhibit() ? planChart(*m_model) : ChartPlan{};
        connectLegend(); // a new exhibit opens with every series shown
        collectNotes();
        placeOverlay();
        return;
    }
    m_stale = false;
    rebuild();
    applyLook();
}

void QtChartsCanvas::valuesEdited()
{
    if (!updateBarsInPlace())
        redraw();
}

void QtChartsCanvas::ensureDrawn()
{
    if (!m_stale)
        return;
    m_stale = false;
    rebuild();
    applyLook();
}

void QtChartsCanvas::setVisible(bool visible)
{
    // Drawn before it shows: laid out once, with what it draws.
    if (visible)
        ensureDrawn();
    ChartCanvas::setVisible(visible);
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
            if (const auto v = m_plan.axisValue(exhibit, series, point))
                values.append(*v);
        }
    }
    return values;
}

void QtChartsCanvas::rebuild()
{
    rebuildChart();
    connectLegend();
    collectNotes();
    placeOverlay();
}

void QtChartsCanvas::newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFlag(QGraphicsItem::ItemClipsChildrenToShape, m_legendClipped);
    // Connected once for the chart's life: each follows what the exhibit on show draws and does
    // nothing where it draws none of it (no bar labels, no analyst bars, no vertical titles).
    connect(chart, &QChart::plotAreaChanged, this, &QtChartsCanvas::placeAnalystBars);
    connect(chart, &QChart::plotAreaChanged, this, &QtChartsCanvas::placeBarLabels);
    connect(chart, &QChart::plotAreaChanged, this, &QtChartsCanvas::fitAxisTitles);
    connect(chart, &QChart::plotAreaChanged, m_overlay, qOverload<>(&QWidget::update));
    // What the old chart draws is deleted with it, our items on it included.
    forgetDrawn();
    m_barLabelItems.clear();
    m_analystBarItems.clear();
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart); // the view owns the new chart
    delete old;
}

void QtChartsCanvas::clearChart()
{
    QChart* chart = m_chartView->chart();
    // Nothing may reach what is deleted here: the chart's slots check these first.
    forgetDrawn();
    // Our own items on the chart: the chart stays, so they go here.
    qDeleteAll(m_barLabelItems);
    m_barLabelItems.clear();
    qDeleteAll(m_analystBarItems);
    m_analystBarItems.clear();
    // Qt Charts 6.4 keeps an axis' list of series and a series' domain over its axes: each
    // axis is removed first (removeAxis detaches every series from it; a removed axis is ours
    // to delete), then the series, with nothing left attached (removeAllSeries deletes them with
    // their bar sets, slices and legend markers). Series first, a bar series on a log axis
    // falls back to a log domain of zero and warns.
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->removeAllSeries();
    // Qt Charts hides the drawn items of a removed series or axis and deletes them later, but an
    // axis' grid, labels and title are the chart's children, not the hidden item's: they would
    // be painted until an event loop deletes them, and never where none runs (the command
    // line's slides). Deleted now; tracked, as deleting an axis' item deletes its title too.
    QList<QPointer<QGraphicsObject>> items;
    for (QGraphicsItem* item : chart->childItems()) {
        if (QGraphicsObject* object = item->toGraphicsObject())
            items.append(object);
    }
    for (const QPointer<QGraphicsObject>& item : std::as_const(items)) {
        if (item)
            QCoreApplication::sendPostedEvents(item, QEvent::DeferredDelete);
    }
    // What a build may have changed on the chart itself, as a new chart has it.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    // The view's minimum follows its chart on a resize only (QChartView): as a new chart set
    // on it, that of an empty chart until the next resize, never the last exhibit's.
    m_chartView->setMinimumSize(chart->minimumSize().toSize());
}

void QtChartsCanvas::forgetDrawn()
{
    m_barLabels.clear();
    m_analystBars.clear();
    m_analystLegend = nullptr;
    m_verticalTitles.clear();
    m_labelledBars = nullptr;
    m_xySeries.clear();
    m_xyPointIndex.clear();
    m_xyDerived.clear();
    m_xyDerivedIndex.clear();
    m_xyAnalyst.clear();
    m_xyAnalystIndex.clear();
    m_barSets.clear();
    m_slices.clear();
}

void QtChartsCanvas::rebuildChart()
{
    clearChart();
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
            series.append(displaySeriesName(r));
        QStringList lines{tr("The report text states no values for this exhibit (page %1).")
                              .arg(exhibit.info.page)};
        if (!series.isEmpty())
            lines.append(tr("It draws: %1.").arg(series.join(QStringLiteral(", "))));
        const QString axes = QStringList{displayXAxis(exhibit.info), displayYAxis(exhibit.info),
                                         displayY2Axis(exhibit.info)}
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
    QChart* chart = m_chartView->chart();
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
    if (!m_verticalTitles.isEmpty())
        fitAxisTitles();
    // Many series' names do not fit in one row under the chart: list them beside it instead.
    if (chart->legend()->markers().size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight);
}

void QtChartsCanvas::setLegendClipped(bool on)
{
    m_legendClipped = on;
    if (QChart* chart = m_chartView->chart())
        chart->legend()->setFlag(QGraphicsItem::ItemClipsChildrenToShape, on);
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
    if (!m_plan.horizontal)
        m_verticalTitles.append({axis, title});
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

void QtChartsCanvas::fitAxisTitles()
{
    // A title along the plot's height that is longer than it (the report's are often a phrase,
    // "NVIDIA Quarterly Revenue by Business Line", and a small window leaves the plot short)
    // would be cut by Qt Charts: it goes in two or three lines instead. Only the axis' width
    // changes with its lines, never the plot's height, so this settles at once.
    // Qt Charts keeps some of the height for the title's own margins.
    const double room = m_chartView->chart()->plotArea().height() * 0.85;
    if (room < 20)
        return;
    for (const auto& [axis, title] : std::as_const(m_verticalTitles)) {
        if (!axis)
            continue;
        const QString text = wrappedTitle(title, QFontMetricsF(axis->titleFont()), room);
        if (axis->titleText() != text)
            axis->setTitleText(text);
    }
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
    return m_plan.axisValue(m_model->exhibit(), record, point);
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
