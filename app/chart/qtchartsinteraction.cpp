// SPDX-License-Identifier: GPL-3.0-or-later
// QtChartsCanvas as the user clicks it: legend entries that hide and show their series, and a
// chooser for marks that lie on one another.
#include "qtchartscanvas.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineF>
#include <QMenu>
#include <QStackedLayout>
#include <QXYSeries>

#include <algorithm>

namespace trendboard {

namespace {

// Marks closer than this gap (in pixels) cannot be aimed at one by one: they are one pile.
constexpr double kAimGap = 4;
// Where the chooser opens: beside the mark, clear of the pointer.
constexpr int kChooserOffset = 6;

QObject* legendTarget(QLegendMarker* marker)
{
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker))
        return bar->barset();
    return marker->series();
}

// The legend's item of a marker: Qt Charts keeps it private; it is the parent of the text
// item that shows the marker's label (elided where the legend is narrow).
QGraphicsItem* legendItemOf(QLegend* legend, const QLegendMarker* marker)
{
    QList<QGraphicsItem*> todo = legend->childItems();
    const QString label = marker->label();
    QGraphicsItem* elided = nullptr;
    while (!todo.isEmpty()) {
        QGraphicsItem* item = todo.takeFirst();
        todo += item->childItems();
        const auto* text = dynamic_cast<QGraphicsTextItem*>(item);
        if (!text || !item->isVisible())
            continue;
        QString shown = text->toPlainText().trimmed();
        if (shown == label)
            return item->parentItem();
        if (shown.endsWith(QChar(0x2026)) && !elided) {
            shown.chop(1);
            if (!shown.isEmpty() && label.startsWith(shown))
                elided = item->parentItem();
        }
    }
    return elided;
}

} // namespace

int QtChartsCanvas::seriesOf(const QObject* drawn) const
{
    for (const auto* drawnSeries : {&m_xySeries, &m_xyDerived, &m_xyAnalyst}) {
        for (auto it = drawnSeries->begin(); it != drawnSeries->end(); ++it) {
            if (it.value() == drawn)
                return it.key();
        }
    }
    for (auto it = m_barSets.begin(); it != m_barSets.end(); ++it) {
        if (it.value() == drawn)
            return it.key();
    }
    return -1;
}

void QtChartsCanvas::connectLegend()
{
    // Hidden series belong to one exhibit: another one opens with every series shown.
    const QString exhibit =
        m_model && m_model->hasExhibit() ? m_model->exhibit().info.id : QString();
    if (exhibit != m_hiddenExhibit) {
        m_hiddenExhibit = exhibit;
        if (!m_hidden.isEmpty()) {
            m_hidden.clear();
            emit hiddenSeriesChanged();
        }
    }
    QChart* chart = m_chartView->chart();
    if (!chart || m_stack->currentWidget() != m_chartView)
        return;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        const int s = seriesOf(legendTarget(marker));
        if (s < 0)
            continue;
        // Queued: showing a series again rebuilds the chart, and with it this marker.
        connect(marker, &QLegendMarker::clicked, this, [this, s] {
            QMetaObject::invokeMethod(
                this, [this, s] { setSeriesShown(s, m_hidden.contains(s)); }, Qt::QueuedConnection);
        });
    }
}

void QtChartsCanvas::setSeriesShown(int series, bool on)
{
    if (on == !m_hidden.contains(series))
        return;
    if (on)
        m_hidden.remove(series);
    else
        m_hidden.insert(series);
    // Drawn afresh: a bar set hidden by its colours gets them back, the labels follow.
    redraw();
    emit hiddenSeriesChanged();
}

void QtChartsCanvas::applyHidden()
{
    QChart* chart = m_chartView->chart();
    if (!chart || m_hidden.isEmpty())
        return;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        const int s = seriesOf(legendTarget(marker));
        if (s < 0 || !m_hidden.contains(s))
            continue;
        // A marker the chart keeps out of the legend (a series named by its derived points,
        // see buildXY) stays out.
        const bool listed =
            !(m_xySeries.value(s) == marker->series() && m_xyPointIndex.value(s).isEmpty());
        if (auto* bar = qobject_cast<QBarLegendMarker*>(marker)) {
            // A bar set cannot be hidden on its own: it is drawn without colour instead, and
            // keeps its slot beside the others.
            QBarSet* set = bar->barset();
            set->setColor(Qt::transparent);
            set->setBorderColor(Qt::transparent);
            set->setLabelColor(Qt::transparent);
        } else {
            marker->series()->setVisible(false);
        }
        // The entry stays, greyed, so that a second click brings the series back.
        marker->setVisible(listed);
        QColor grey = m_look.muted;
        grey.setAlpha(110);
        marker->setLabelBrush(grey);
        marker->setBrush(grey);
        marker->setPen(QPen(grey));
    }
    for (int i = 0; i < m_barLabels.size() && i < m_barLabelItems.size(); ++i) {
        if (m_hidden.contains(m_model->seriesOfRow(m_barLabels.at(i).row)))
            m_barLabelItems.at(i)->setVisible(false);
    }
    // A hidden series' analyst bars lose their hatch with their colour.
    for (int i = 0; i < m_analystBars.size() && 2 * i + 1 < m_analystBarItems.size(); ++i) {
        if (m_hidden.contains(m_analystBars.at(i).series)) {
            m_analystBarItems.at(2 * i)->setVisible(false);
            m_analystBarItems.at(2 * i + 1)->setVisible(false);
        }
    }
}

QVector<ChartCanvas::LegendEntry> QtChartsCanvas::legendEntries() const
{
    QVector<LegendEntry> entries;
    QChart* chart = m_chartView->chart();
    if (!chart || m_stack->currentWidget() != m_chartView || !chart->legend()->isVisible())
        return entries;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        const int s = seriesOf(legendTarget(marker));
        if (s < 0 || !marker->isVisible())
            continue;
        QGraphicsItem* item = legendItemOf(chart->legend(), marker);
        if (!item)
            continue;
        const QPoint inView = m_chartView->mapFromScene(item->sceneBoundingRect().center());
        entries.append({s, marker->label(), m_chartView->viewport()->mapTo(this, inView),
                        !m_hidden.contains(s)});
    }
    return entries;
}

QVector<ChartCanvas::ValueLabel> QtChartsCanvas::valueLabels() const
{
    QVector<ValueLabel> labels;
    for (int i = 0; i < m_barLabels.size() && i < m_barLabelItems.size(); ++i) {
        const QGraphicsSimpleTextItem* item = m_barLabelItems.at(i);
        if (!item->isVisible())
            continue;
        const QRectF scene = item->sceneBoundingRect();
        const QRect inView = m_chartView->mapFromScene(scene).boundingRect();
        labels.append({m_barLabels.at(i).row, m_barLabels.at(i).text,
                       inView.translated(m_chartView->viewport()->mapTo(this, QPoint(0, 0)))});
    }
    return labels;
}

void QtChartsCanvas::activateAt(int row)
{
    if (row < 0)
        return;
    const QVector<Mark> all = marks();
    const auto clicked =
        std::find_if(all.begin(), all.end(), [row](const Mark& m) { return m.row == row; });
    // The marks drawn over one another with the clicked one: every mark whose disk overlaps
    // (or all but touches) the disk of a mark already in the pile (the 14MM to 21MM of p. 316
    // overlap in a chain, and each hides part of the next).
    QVector<int> pile;
    if (clicked != all.end()) {
        QVector<Mark> members{*clicked};
        pile.append(clicked->row);
        for (int i = 0; i < members.size(); ++i) {
            const Mark member = members.at(i);
            for (const Mark& m : all) {
                const double reach = (m.size.width() + member.size.width()) / 2.0 + kAimGap;
                if (!pile.contains(m.row) && QLineF(m.centre, member.centre).length() < reach) {
                    pile.append(m.row);
                    members.append(m);
                }
            }
        }
    }
    if (pile.size() <= 1) {
        activateLater(row);
        return;
    }
    // Several marks under the pointer: the user picks one, by its series and value.
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("markChooser"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    const ExhibitData& exhibit = m_model->exhibit();
    for (int r : std::as_const(pile)) {
        const int s = m_model->seriesOfRow(r);
        const int p = m_model->pointOfRow(r);
        if (s < 0 || p < 0)
            continue;
        const SeriesRecord& series = exhibit.series.at(s);
        const PointRecord& point = series.points.at(p);
        const QString value =
            point.value ? formatValue(*point.value, point.unit) : displayPointText(point);
        QAction* action = menu->addAction(
            tr("%1 · %2: %3").arg(displaySeriesName(series), displayXLabel(point), value));
        action->setData(r);
        action->setToolTip(pointToolTip(series, point));
        connect(action, &QAction::triggered, this, [this, r] { activateLater(r); });
    }
    menu->popup(mapToGlobal(clicked->centre + QPoint(kChooserOffset, kChooserOffset)));
}

} // namespace trendboard
