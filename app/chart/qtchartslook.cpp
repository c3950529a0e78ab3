// SPDX-License-Identifier: GPL-3.0-or-later
// The colours of QtChartsCanvas: kept apart from the chart building, which never names a colour
// of the slide it may end up on.
#include "qtchartscanvas.h"

#include "timelineview.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QTableView>
#include <QXYSeries>

namespace trendboard {

void QtChartsCanvas::setLook(const CanvasLook& look)
{
    if (look == m_look)
        return;
    m_look = look;
    // A chart once recoloured cannot be set back item by item: a new one, drawn afresh.
    newChart();
    redraw();
}

void QtChartsCanvas::applyLook()
{
    m_timeline->setLook(m_look);
    // The table view's class is private to the canvas' own file: reached as what it is.
    auto* table = findChild<QTableView*>(QString(), Qt::FindDirectChildrenOnly);
    Q_ASSERT(table);
    // The screen's look is the toolkit's own: the chart is drawn afresh in it, and what an
    // earlier look (the dark theme's) set outside the chart goes back to the defaults.
    if (m_look == CanvasLook{}) {
        table->setPalette(QPalette());
        table->viewport()->setAutoFillBackground(true);
        m_empty->setStyleSheet(
            QStringLiteral("color: #8a5a00; background: white; border: 1px solid #ddd;"));
        m_chartView->setBackgroundBrush(QBrush());
        m_chartView->setStyleSheet(QString());
        applyHidden();
        return;
    }
    const bool transparent = m_look.background.alpha() == 0;
    QPalette palette = table->palette();
    palette.setColor(QPalette::Base, transparent ? QColor(Qt::transparent) : m_look.background);
    palette.setColor(QPalette::AlternateBase, m_look.tile);
    palette.setColor(QPalette::Window, transparent ? QColor(Qt::transparent) : m_look.background);
    palette.setColor(QPalette::Button, m_look.tile);
    palette.setColor(QPalette::Text, m_look.ink);
    palette.setColor(QPalette::WindowText, m_look.ink);
    palette.setColor(QPalette::ButtonText, m_look.ink);
    table->setPalette(palette);
    table->viewport()->setAutoFillBackground(!transparent);
    m_empty->setStyleSheet(
        QStringLiteral("color: %1; background: %2; border: 1px solid %3;")
            .arg(m_look.ink.name(),
                 transparent ? QStringLiteral("transparent") : m_look.background.name(),
                 m_look.grid.name()));

    m_chartView->setBackgroundBrush(transparent ? QBrush(Qt::transparent)
                                                : QBrush(m_look.background));
    m_chartView->setStyleSheet(QStringLiteral("background: transparent; border: none;"));
    QChart* chart = m_chartView->chart();
    if (!chart)
        return;
    chart->setBackgroundVisible(!transparent);
    chart->setBackgroundBrush(m_look.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(m_look.ink);
    chart->legend()->setLabelColor(m_look.ink);
    for (QAbstractAxis* axis : chart->axes()) {
        // An axis without stated values keeps its labels invisible (they only hold its room).
        if (axis->labelsBrush().color().alpha() != 0)
            axis->setLabelsColor(m_look.ink);
        axis->setTitleBrush(m_look.ink);
        axis->setGridLineColor(m_look.grid);
        axis->setMinorGridLineColor(m_look.grid);
        axis->setLinePenColor(m_look.muted);
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            xy->setPointLabelsColor(m_look.ink);
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            // Centred labels sit on the bar's own colour and stay white; the others on the
            // slide.
            if (bars->labelsPosition() != QAbstractBarSeries::LabelsCenter) {
                for (QBarSet* set : bars->barSets())
                    set->setLabelColor(m_look.ink);
            }
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices()) {
                if (slice->labelPosition() == QPieSlice::LabelOutside)
                    slice->setLabelColor(m_look.ink);
            }
        }
    }
    for (QGraphicsSimpleTextItem* item : std::as_const(m_barLabelItems))
        item->setBrush(m_look.ink);
    styleAnalystBars();
    applyHidden();
}

} // namespace trendboard
