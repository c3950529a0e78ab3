// SPDX-License-Identifier: GPL-3.0-or-later
// QtChartsCanvas: bars (plain, grouped, stacked, horizontal), their value labels, and pies.
#include "qtchartscanvas.h"
#include "qtchartsdetail.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trendboard {

using namespace chartdetail;

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
                                                   : chartTexts(m_plan.categoryTexts()));
    categories->setTitleText(chartText(m_plan.xTitle));
    if (m_plan.horizontal)
        m_verticalTitles.append({categories, m_plan.xTitle});
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
                auto* set = new QBarSet(chartText(displaySeriesName(record) + tr(" (not stated)")));
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
        const SeriesBars drawn = seriesBars(s, color);
        auto* set = new QBarSet(chartText(drawn.name));
        set->setColor(color);
        set->setLabelColor(stacked ? QColor(Qt::white) : color.darker(140));
        set->setSelectedColor(QColor(0xff, 0xb0, 0x00));
        for (BarLabel label : drawn.labels) {
            label.set = int(bars->count());
            m_barLabels.append(label);
        }
        for (const int c : drawn.analystCategories)
            m_analystBars.append({s, c});
        allComplete = allComplete && drawn.complete;
        for (double v : drawn.values)
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
    // Before the analyst bars are placed: the chart is reused, and where the next exhibit's
    // plot area is the last one's no plotAreaChanged places them again.
    m_labelledBars = bars;
    addAnalystBars(categories, y);
    chart->legend()->setVisible(bars->count() > 1 || m_plan.hasSecondary() || !m_barSets.isEmpty());
    for (const BarLabel& label : std::as_const(m_barLabels)) {
        auto* item = new QGraphicsSimpleTextItem(label.text, chart);
        item->setBrush(label.color);
        item->setZValue(10);
        m_barLabelItems.append(item);
    }
    if (!m_barLabels.isEmpty())
        placeBarLabels();
}

QtChartsCanvas::SeriesBars QtChartsCanvas::seriesBars(int s, const QColor& color) const
{
    const SeriesRecord& record = m_model->exhibit().series.at(s);
    SeriesBars bars;
    bars.name = anyAnalystValue(record) ? displaySeriesName(record) + tr(" (with analyst values)")
                : record.stated         ? displaySeriesName(record)
                                        : displaySeriesName(record) + tr(" (stated values only)");
    bars.values = QVector<double>(m_plan.categories.size(), 0.0);
    QVector<bool> present(m_plan.categories.size(), false);
    for (int p = 0; p < record.points.size(); ++p) {
        const PointRecord& point = record.points.at(p);
        const auto v = plottedValue(record, point);
        const int c = m_plan.categories.indexOf(point.xLabel);
        if (!v || c < 0)
            continue;
        bars.values[c] = *v;
        present[c] = true;
        QString label = formatValue(point.value.value_or(*v), point.unit);
        // The analyst's mark first: an edited value is no longer the report's derived one.
        if (point.analyst == AnalystMark::Edited)
            label = tr("%1 (edited)").arg(label);
        else if (point.analyst == AnalystMark::Filled)
            label = tr("%1 (analyst)").arg(label);
        else if (point.status == QLatin1String("derived"))
            label = tr("%1 (derived)").arg(label);
        bars.labels.append({m_model->rowFor(s, p), -1, c, *v, label, color.darker(140)});
        if (point.analyst != AnalystMark::None)
            bars.analystCategories.append(c);
    }
    bars.complete = !present.contains(false);
    return bars;
}

bool QtChartsCanvas::axisFits(const QAbstractAxis* axis, const QVector<double>& values)
{
    const auto* linear = qobject_cast<const QValueAxis*>(axis);
    if (!linear)
        return false;
    if (values.isEmpty()) // the axis of no stated values: no tick labels, room for its title
        return linear->min() == 0 && linear->max() == 1 && linear->tickCount() == 2 &&
               linear->labelsBrush().color() == QColor(Qt::transparent);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    QValueAxis wanted;
    niceRange(&wanted, *lo, *hi);
    const QString format = std::max(std::fabs(*lo), std::fabs(*hi)) >= 1000
                               ? QStringLiteral("%.0f")
                               : QStringLiteral("%.4g");
    return wanted.min() == linear->min() && wanted.max() == linear->max() &&
           wanted.tickCount() == linear->tickCount() && format == linear->labelFormat();
}

bool QtChartsCanvas::secondaryLineInPlace(int s, QVector<std::function<void()>>& apply) const
{
    // What makeXYSeries draws of it (its stated marks only, on the category axis).
    QXYSeries* line = m_xySeries.value(s);
    if (!line || m_xyDerived.contains(s) || m_xyAnalyst.contains(s))
        return false;
    const SeriesRecord& record = m_model->exhibit().series.at(s);
    QVector<int> drawn;
    QVector<QPointF> points;
    QSet<int> unlabelled; // an analyst's value: labelled by its square, not the line
    for (int p = 0; p < record.points.size(); ++p) {
        const PointRecord& point = record.points.at(p);
        if (!drawsAs(record, point, Marks::Stated))
            continue;
        if (point.analyst != AnalystMark::None)
            unlabelled.insert(int(drawn.size()));
        drawn.append(p);
        points.append(
            {double(m_plan.categories.indexOf(point.xLabel)), *plottedValue(record, point)});
    }
    if (drawn != m_xyPointIndex.value(s) || line->count() != points.size() ||
        line->name() != statedMarksName(record) ||
        (line->pen().style() == Qt::DashLine) != anyAnalystValue(record) ||
        line->pointLabelsFormat() !=
            labelFormat(m_plan.y2Unit, QStringLiteral("@yPoint"), anyNegative(valuesOf(true))))
        return false;
    for (int i = 0; i < points.size(); ++i) {
        const QVariant shown =
            line->pointConfiguration(i).value(QXYSeries::PointConfiguration::LabelVisibility);
        if ((shown.isValid() && !shown.toBool()) != unlabelled.contains(i))
            return false;
    }
    QAbstractAxis* y2 = nullptr;
    for (QAbstractAxis* axis : line->attachedAxes()) {
        if (axis->orientation() == (m_plan.horizontal ? Qt::Horizontal : Qt::Vertical))
            y2 = axis;
    }
    if (!axisFits(y2, valuesOf(true)))
        return false;
    apply.append([line, points] {
        for (int i = 0; i < points.size(); ++i) {
            if (line->at(i) != points.at(i))
                line->replace(i, points.at(i));
        }
    });
    return true;
}

bool QtChartsCanvas::updateBarsInPlace()
{
    if (m_stale || m_log || (testAttribute(Qt::WA_WState_ExplicitShowHide) && isHidden()) ||
        !m_labelledBars || !m_model || !m_model->hasExhibit() ||
        m_stack->currentWidget() != m_chartView || m_plan.shape != ChartPlan::Shape::Bars)
        return false;
    // The same chart but for the callouts (the values of series on no axis, which the figure
    // prints under it): those follow the edit.
    const ChartPlan plan = planChart(*m_model);
    ChartPlan calloutsAsBefore = plan;
    calloutsAsBefore.callouts = m_plan.callouts;
    if (calloutsAsBefore != m_plan)
        return false;
    QVector<std::function<void()>> apply;
    const ExhibitData& exhibit = m_model->exhibit();
    const QList<QBarSet*> sets = m_labelledBars->barSets();
    QVector<BarLabel> labels;
    QVector<AnalystBar> analyst;
    QHash<QBarSet*, QVector<double>> values;
    bool allComplete = true;
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const ChartPlan::Plotted* plotted = m_plan.plottedSeries(s);
        if (!plotted)
            continue;
        if (plotted->secondary) {
            if (!secondaryLineInPlace(s, apply))
                return false;
            continue;
        }
        QBarSet* set = m_barSets.value(s);
        const SeriesBars drawn = seriesBars(s, kPalette.at(s % kPalette.size()));
        if (!set || set->label() != chartText(drawn.name) || set->count() != drawn.values.size())
            return false;
        for (BarLabel label : drawn.labels) {
            label.set = int(sets.indexOf(set));
            labels.append(label);
        }
        for (const int c : drawn.analystCategories)
            analyst.append({s, c});
        allComplete = allComplete && drawn.complete;
        values.insert(set, drawn.values);
    }
    // Stacks of complete sets print Qt's own labels, other stacks none (buildBars).
    const bool stacks = exhibit.info.kind == ChartKind::StackedBar && m_barSets.size() > 1;
    if (stacks)
        labels.clear();
    const auto samePlace = [](const BarLabel& a, const BarLabel& b) {
        return a.row == b.row && a.set == b.set && a.category == b.category;
    };
    const auto sameBar = [](const AnalystBar& a, const AnalystBar& b) {
        return a.series == b.series && a.category == b.category;
    };
    if (m_labelledBars->isLabelsVisible() != (stacks && allComplete) ||
        labels.size() != m_barLabels.size() || m_barLabelItems.size() != m_barLabels.size() ||
        !std::equal(labels.begin(), labels.end(), m_barLabels.begin(), samePlace) ||
        analyst.size() != m_analystBars.size() ||
        !std::equal(analyst.begin(), analyst.end(), m_analystBars.begin(), sameBar))
        return false;
    // The value axis as buildBars would set it: its range, ticks and labels.
    const QVector<double> axisValues = valuesOf(false);
    QAbstractAxis* axis = nullptr;
    for (QAbstractAxis* attached : m_labelledBars->attachedAxes()) {
        if (attached->orientation() == (m_plan.horizontal ? Qt::Horizontal : Qt::Vertical))
            axis = attached;
    }
    if (!axisFits(axis, axisValues) ||
        m_labelledBars->labelsFormat() !=
            labelFormat(m_plan.unit, QStringLiteral("@value"), anyNegative(axisValues)))
        return false;
    m_plan = plan;
    for (const auto& step : std::as_const(apply))
        step();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        for (int c = 0; c < it.value().size(); ++c) {
            if (it.key()->at(c) != it.value().at(c))
                it.key()->replace(c, it.value().at(c));
        }
    }
    for (int i = 0; i < labels.size(); ++i) {
        m_barLabels[i].value = labels.at(i).value;
        if (m_barLabels.at(i).text != labels.at(i).text) {
            m_barLabels[i].text = labels.at(i).text;
            m_barLabelItems.at(i)->setText(labels.at(i).text);
        }
    }
    placeBarLabels();
    placeAnalystBars();
    collectNotes();
    placeOverlay();
    return true;
}

void QtChartsCanvas::placeBarLabels()
{
    QChart* chart = m_chartView->chart();
    if (!m_labelledBars || m_barLabelItems.size() != m_barLabels.size())
        return;
    const int sets = std::max(1, m_labelledBars->count());
    const double width = m_labelledBars->barWidth();
    // Bars rise from zero, or from the bottom of a log axis (which has no zero to map).
    double base = 0;
    for (QAbstractAxis* axis : m_labelledBars->attachedAxes()) {
        if (const auto* log = qobject_cast<QLogValueAxis*>(axis))
            base = log->min();
    }
    // A bar's rectangle, in the chart's coordinates.
    const auto barRect = [&](const BarLabel& label) {
        const double along = label.category - width / 2 + (label.set + 0.5) * width / sets;
        const double half = width / sets / 2;
        const auto at = [&](double value, double offset) {
            return m_plan.horizontal ? QPointF(value, along + offset)
                                     : QPointF(along + offset, value);
        };
        return QRectF(chart->mapToPosition(at(base, -half), m_labelledBars),
                      chart->mapToPosition(at(label.value, half), m_labelledBars))
            .normalized();
    };
    QVector<QRectF> bars;
    for (const BarLabel& label : std::as_const(m_barLabels))
        bars.append(barRect(label));
    // A label that would cover a neighbouring bar (wider than its own bar, beside a taller
    // one: compare's $1,997B over the $2,178B bar) turns upright; one that still has no room
    // is left out: its value is in the tooltip and the table, never printed over another.
    QVector<QRectF> placed;
    // Whether a label at `at` covers nothing: no placed label, no bar but its own (a bar
    // hidden through the legend is not drawn: nothing to cover).
    const auto isClear = [&](int i, const QRectF& at) {
        for (const QRectF& other : std::as_const(placed)) {
            if (other.intersects(at))
                return false;
        }
        for (int j = 0; j < bars.size(); ++j) {
            if (j != i && !m_hidden.contains(m_model->seriesOfRow(m_barLabels.at(j).row)) &&
                bars.at(j).intersects(at))
                return false;
        }
        return true;
    };
    for (int i = 0; i < m_barLabels.size(); ++i) {
        QGraphicsSimpleTextItem* item = m_barLabelItems.at(i);
        item->setRotation(0);
        const QRectF box = item->boundingRect();
        const QRectF bar = bars.at(i);
        if (m_plan.horizontal)
            item->setPos(bar.right() + 4, bar.center().y() - box.height() / 2);
        else
            item->setPos(bar.center().x() - box.width() / 2, bar.top() - box.height() - 2);
        QRectF at(item->pos(), box.size());
        bool clear = isClear(i, at);
        if (!clear && !m_plan.horizontal) {
            // Wider than its bar beside a taller one: upright along the bar's axis, reading
            // upwards from just above its top, as narrow grouped bars are labelled.
            item->setRotation(-90);
            item->setPos(bar.center().x() - box.height() / 2, bar.top() - 2);
            at = item->mapRectToParent(box);
            clear = at.top() >= 0 && isClear(i, at); // inside the chart, under its top
        }
        clear = clear && !m_hidden.contains(m_model->seriesOfRow(m_barLabels.at(i).row));
        item->setVisible(clear);
        if (clear)
            placed.append(at);
    }
}

void QtChartsCanvas::addAnalystBars(QAbstractAxis* x, QAbstractAxis* y)
{
    if (m_analystBars.isEmpty())
        return;
    QChart* chart = m_chartView->chart();
    for (int i = 0; i < m_analystBars.size(); ++i) {
        for (int layer = 0; layer < 2; ++layer) {
            auto* item = new QGraphicsRectItem(chart);
            // Over the bars, under their value labels; clicks reach the bar beneath.
            item->setZValue(5 + layer);
            item->setAcceptedMouseButtons(Qt::NoButton);
            item->setAcceptHoverEvents(false);
            m_analystBarItems.append(item);
        }
    }
    // The legend entry: an area series with no points draws nothing but its marker, in the
    // hatch the bars have.
    auto* upper = new QLineSeries;
    auto* legend = new QAreaSeries(upper);
    upper->setParent(legend);
    legend->setName(tr("Analyst values (edited or filled in)"));
    chart->addSeries(legend);
    legend->attachAxis(x);
    legend->attachAxis(y);
    m_analystLegend = legend;
    styleAnalystBars();
    placeAnalystBars();
}

void QtChartsCanvas::styleAnalystBars()
{
    const QColor ink = annotationColor();
    const QBrush hatch(ink, Qt::BDiagPattern);
    const QPen edge(ink, 1.5);
    for (int i = 0; i + 1 < m_analystBarItems.size(); i += 2) {
        // The panel's colour under the hatch: the bar reads as the analyst's, not the series'.
        m_analystBarItems.at(i)->setBrush(m_look.background);
        m_analystBarItems.at(i)->setPen(Qt::NoPen);
        m_analystBarItems.at(i + 1)->setBrush(hatch);
        m_analystBarItems.at(i + 1)->setPen(edge);
    }
    if (m_analystLegend) {
        m_analystLegend->setBrush(hatch);
        m_analystLegend->setPen(edge);
    }
}

void QtChartsCanvas::placeAnalystBars()
{
    if (!m_labelledBars || m_analystBarItems.size() != 2 * m_analystBars.size())
        return;
    QChart* chart = m_chartView->chart();
    const QList<QBarSet*> sets = m_labelledBars->barSets();
    const bool stacked = m_model && m_model->exhibit().info.kind == ChartKind::StackedBar;
    const double width = m_labelledBars->barWidth();
    for (int i = 0; i < m_analystBars.size(); ++i) {
        const AnalystBar& bar = m_analystBars.at(i);
        QBarSet* set = m_barSets.value(bar.series);
        const int setIndex = int(sets.indexOf(set));
        if (!set || setIndex < 0 || bar.category >= set->count())
            continue;
        const int c = bar.category;
        double base = 0;
        for (int below = 0; stacked && below < setIndex; ++below)
            base += c < sets.at(below)->count() ? sets.at(below)->at(c) : 0;
        const double perCategory = std::max<qsizetype>(1, sets.size());
        const double along = stacked ? c : c - width / 2 + (setIndex + 0.5) * width / perCategory;
        const double barWidth = stacked ? width : width / perCategory;
        const auto place = [&](double value, double offset) {
            return m_plan.horizontal ? QPointF(value, along + offset)
                                     : QPointF(along + offset, value);
        };
        const QRectF drawn =
            QRectF(chart->mapToPosition(place(base, -barWidth / 2), m_labelledBars),
                   chart->mapToPosition(place(base + set->at(c), barWidth / 2), m_labelledBars))
                .normalized()
                .intersected(chart->plotArea());
        for (int layer = 0; layer < 2; ++layer)
            m_analystBarItems.at(2 * i + layer)->setRect(drawn);
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

} // namespace trendboard
