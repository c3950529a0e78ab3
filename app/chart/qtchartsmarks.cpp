// SPDX-License-Identifier: GPL-3.0-or-later
// QtChartsCanvas's drawn values: where each is on the canvas (what a click or a tooltip
// reaches), and their highlight cleared.
#include "qtchartscanvas.h"

#include "models/exhibittablemodel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedLayout>
#include <QXYSeries>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace trendboard {

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
    // A series hidden through the legend has nothing to click.
    if (!m_hidden.isEmpty())
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [this](const Mark& m) {
                                        return m_hidden.contains(m_model->seriesOfRow(m.row));
                                    }),
                     result.end());
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

} // namespace trendboard
