// SPDX-License-Identifier: GPL-3.0-or-later
// QtChartsCanvas: bars (plain, grouped, stacked, horizontal), their value labels, and pies.
#include "qtchartscanvas.h"
#include "qtchartsdetail.h"

#include "models/exhibittablemodel.h"
#include "text/valueformat.h"
#include "text/displaylanguage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
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
                                                   : chartTexts(m_plan.categories));
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
        const bool anyAnalyst =
            std::any_of(record.points.begin(), record.points.end(),
                        [](const PointRecord& p) { return p.analyst != AnalystMark::None; });
        auto* set = new QBarSet(
            chartText(anyAnalyst      ? displaySeriesName(record) + tr(" (with analyst values)")
                      : record.stated ? displaySeriesName(record)
                                      : displaySeriesName(record) + tr(" (stated values only)")));
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
                // The analyst's mark first: an edited value is no longer the report's derived one.
                if (point.analyst == AnalystMark::Edited)
                    label = tr("%1 (edited)").arg(label);
                else if (point.analyst == AnalystMark::Filled)
                    label = tr("%1 (analyst)").arg(label);
                else if (point.status == QLatin1String("derived"))
                    label = tr("%1 (derived)").arg(label);
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

} // namespace trendboard
