// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "models/exhibittablemodel.h"
#include "text/valueformat.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace trendboard {

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setLook(CanvasLook{});
}

void TimelineView::setLook(const CanvasLook& look)
{
    m_look = look;
    const bool transparent = look.background.alpha() == 0;
    setAutoFillBackground(!transparent);
    QPalette p = palette();
    p.setColor(QPalette::Window, look.background);
    p.setColor(QPalette::PlaceholderText, look.muted);
    setPalette(p);
    update();
}

void TimelineView::setModel(ExhibitTableModel* model)
{
    m_model = model;
    m_events.clear();
    m_highlighted = -1;
    if (model) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ExhibitTableModel::ValueColumn).data(Qt::EditRole).typeId() ==
                QMetaType::Double)
                continue; // a value, shown as a callout
            const QString text =
                model->index(row, ExhibitTableModel::ValueColumn).data().toString();
            const ExhibitData& exhibit = model->exhibit();
            const int s = model->seriesOfRow(row);
            const int p = model->pointOfRow(row);
            const bool annotated = s >= 0 && s < exhibit.series.size() && p >= 0 &&
                                   p < exhibit.series.at(s).points.size() &&
                                   !exhibit.series.at(s).points.at(p).annotation.isEmpty();
            m_events.append({row,
                             model->index(row, ExhibitTableModel::LabelColumn).data().toString(),
                             text, annotated});
        }
    }
    update();
}

void TimelineView::setAnnotationsVisible(bool on)
{
    m_annotationsVisible = on;
    update();
}

QVector<int> TimelineView::markedRows() const
{
    QVector<int> rows;
    for (const Event& e : m_events) {
        if (e.annotated && m_annotationsVisible)
            rows.append(e.row);
    }
    return rows;
}

void TimelineView::highlightRow(int row)
{
    m_highlighted = row;
    update();
}

QVector<QRectF> TimelineView::eventRects() const
{
    QVector<QRectF> rects;
    const int n = m_events.size();
    if (n == 0)
        return rects;
    const double margin = 24;
    const double step = (width() - 2 * margin) / n;
    const double axisY = height() / 2.0;
    const double boxHeight = axisY - 40;
    for (int i = 0; i < n; ++i) {
        const double x = margin + step * i;
        // Alternate above and below, and stagger neighbours so long texts do not collide.
        const bool above = i % 2 == 0;
        // Texts reach into the next slot on their side; the last ones stop at the edge.
        const double w = std::min(step * 1.9, width() - margin - x);
        rects.append(above ? QRectF(x, 12, w, boxHeight - 12)
                           : QRectF(x, axisY + 40, w, boxHeight - 12));
    }
    return rects;
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double axisY = height() / 2.0;
    // The report's deep blue on a light panel; the look's accent (a light blue) on a dark one.
    const bool dark = m_look.background.alpha() != 0 && m_look.background.lightness() < 128;
    const QColor line = dark ? m_look.accent : QColor(0x1f, 0x4e, 0x9a);
    painter.setPen(QPen(line, 3));
    painter.drawLine(QPointF(12, axisY), QPointF(width() - 12, axisY));
    if (m_events.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No events stated in the report text."));
        return;
    }
    const QVector<QRectF> rects = eventRects();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    QFont bold = small;
    bold.setBold(true);
    for (int i = 0; i < m_events.size(); ++i) {
        const Event& e = m_events.at(i);
        const QRectF r = rects.at(i);
        const bool above = i % 2 == 0;
        const double x = r.left() + 4;
        const bool hot = e.row == m_highlighted;
        painter.setPen(QPen(hot ? QColor(0xd6, 0x27, 0x28) : line, hot ? 3 : 1.5));
        painter.drawLine(QPointF(x, axisY), QPointF(x, above ? r.bottom() : r.top()));
        painter.setBrush(hot ? QColor(0xd6, 0x27, 0x28) : line);
        painter.drawEllipse(QPointF(x, axisY), 5, 5);
        if (e.annotated && m_annotationsVisible) {
            // The analyst's note on this event: a ring in the analyst's purple around its dot
            // and a diamond on its stem (the note itself is listed under the timeline).
            const QColor ink = analystInk(dark);
            painter.save();
            painter.setPen(QPen(ink, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(x, axisY), 9, 9);
            const QPointF tip(x, above ? axisY - 30 : axisY + 30);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawPolygon(QPolygonF{tip + QPointF(0, -6), tip + QPointF(6, 0),
                                          tip + QPointF(0, 6), tip + QPointF(-6, 0)});
            painter.restore();
        }
        painter.setFont(bold);
        painter.setPen(hot ? QColor(0xd6, 0x27, 0x28) : line);
        const QRectF dateRect(x + 6, above ? axisY - 22 : axisY + 6, r.width(), 18);
        painter.drawText(dateRect, Qt::AlignLeft | Qt::AlignVCenter, e.date);
        painter.setFont(small);
        painter.setPen(m_look.ink);
        const QRectF textRect = r.adjusted(8, 0, 0, 0);
        painter.drawText(
            textRect, (above ? Qt::AlignBottom : Qt::AlignTop) | Qt::AlignLeft | Qt::TextWordWrap,
            e.text);
    }
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    const QVector<QRectF> rects = eventRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).adjusted(0, 0, -rects.at(i).width() / 2, 0).contains(event->position())) {
            emit rowActivated(m_events.at(i).row);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace trendboard
