// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/keyfigureview.h"

#include "models/exhibittablemodel.h"
#include "text/valueformat.h"
#include "text/displaylanguage.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace trendboard {

namespace {
// The longest x label a tile shows whole.
constexpr int kMaxTileLabelLength = 120;
} // namespace

namespace {
const QColor kHighlight(0xff, 0xb0, 0x00);
} // namespace

KeyFigureView::KeyFigureView(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(160);
}

void KeyFigureView::setLook(const CanvasLook& look)
{
    m_look = look;
    update();
}

bool KeyFigureView::suits(const ExhibitData& exhibit)
{
    if (exhibit.info.kind == ChartKind::Table || exhibit.info.kind == ChartKind::Timeline)
        return false;
    int values = 0;
    for (const SeriesRecord& s : exhibit.series) {
        for (const PointRecord& p : s.points) {
            if (p.value)
                ++values;
            else if (!p.text.isEmpty())
                return false; // text cells belong in a table
        }
    }
    return values > 0 && values < 3;
}

void KeyFigureView::setModel(ExhibitTableModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &KeyFigureView::reload);
    reload();
}

void KeyFigureView::reload()
{
    m_figures.clear();
    m_frame.clear();
    m_highlighted = -1;
    if (!m_model || !m_model->hasExhibit()) {
        update();
        return;
    }
    const ExhibitData& exhibit = m_model->exhibit();
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const SeriesRecord& series = exhibit.series.at(s);
        for (int p = 0; p < series.points.size(); ++p) {
            const PointRecord& point = series.points.at(p);
            if (!point.value)
                continue;
            Figure f;
            f.row = m_model->rowFor(s, p);
            f.value = formatValue(*point.value, point.unit);
            const QString entity = point.entity.isEmpty() ? series.entity : point.entity;
            const QString name = displaySeriesName(series);
            f.measure = entity.isEmpty() || series.name.contains(entity) ||
                                name.contains(displayEntityName(entity))
                            ? name
                            : tr("%1 · %2").arg(name, displayEntityName(entity));
            // The label as the report prints it ('2025', '4/25', 'FQ4:25'); the table below
            // gives the dates it covers.
            // Cut, as chart labels are: a tile holds a few lines.
            f.when = point.xLabel.size() > kMaxTileLabelLength
                         ? point.xLabel.left(kMaxTileLabelLength - 1) + QChar(0x2026)
                         : point.xLabel;
            f.analyst = point.analyst != AnalystMark::None;
            f.derived = !f.analyst && point.status == QLatin1String("derived");
            f.note = figureNote(point);
            m_figures.append(f);
        }
    }
    // The report's frame, small: what the chart draws around these values.
    if (!exhibit.info.yAxis.isEmpty())
        m_frame.append(tr("Value axis: %1").arg(exhibit.info.yAxis));
    if (!exhibit.info.y2Axis.isEmpty())
        m_frame.append(tr("Second axis: %1").arg(exhibit.info.y2Axis));
    if (!exhibit.info.xAxis.isEmpty())
        m_frame.append(tr("Across: %1").arg(exhibit.info.xAxis));
    if (!exhibit.info.periodLabel.isEmpty())
        m_frame.append(tr("Period: %1").arg(exhibit.info.periodLabel));
    QStringList drawn;
    for (const SeriesRecord& s : exhibit.series)
        drawn.append(s.stated ? displaySeriesName(s)
                              : tr("%1 (values not stated)").arg(displaySeriesName(s)));
    if (!drawn.isEmpty())
        m_frame.append(tr("The report draws: %1").arg(drawn.join(QStringLiteral("; "))));
    m_heading = heading();
    update();
}

QString KeyFigureView::figureNote(const PointRecord& point)
{
    // An analyst's value is never called stated: it says whose it is and keeps the report's
    // value beside an edit.
    switch (point.analyst) {
    case AnalystMark::Edited:
        return tr("analyst value, edited (report: %1, p. %2)")
            .arg(point.reportValue ? formatValue(*point.reportValue, point.reportUnit)
                                   : tr("no value"))
            .arg(point.page);
    case AnalystMark::Filled:
        return point.citation.isEmpty() ? tr("analyst value, not in the report")
                                        : tr("analyst value: %1").arg(point.citation);
    case AnalystMark::None:
        break;
    }
    if (point.status == QLatin1String("derived"))
        return tr("derived: %1").arg(point.derivation);
    return tr("stated, p. %1").arg(point.page);
}

QString KeyFigureView::heading() const
{
    QStringList report;
    QStringList analyst;
    for (const Figure& f : m_figures)
        (f.analyst ? analyst : report).append(tr("%1 (%2)").arg(f.value, f.when));
    if (analyst.isEmpty())
        return tr("Key figures: the report's text states only these values of this chart.");
    // The report's values and the analyst's apart: the heading never claims the analyst's
    // values are the report's.
    const QString reportLine =
        report.isEmpty() ? tr("Key figures: the report's text states no value of this chart.")
                         : tr("Key figures: the report's text states only %1 of this chart.")
                               .arg(report.join(QStringLiteral(", ")));
    return reportLine + QLatin1Char('\n') +
           tr("The analyst's values: %1.").arg(analyst.join(QStringLiteral(", ")));
}

void KeyFigureView::highlightRow(int row)
{
    m_highlighted = row;
    update();
}

QRectF KeyFigureView::frameRect() const
{
    const double w = std::max(180.0, width() * 0.28);
    return QRectF(width() - w - 8, 8, w, height() - 16);
}

QVector<QRectF> KeyFigureView::tileRects() const
{
    QVector<QRectF> rects;
    const QRectF area(8, 8, frameRect().left() - 24, height() - 16);
    const int n = m_figures.size();
    if (n == 0)
        return rects;
    // Tiles side by side when there is room, else stacked.
    const bool row = area.width() / n >= 240;
    for (int i = 0; i < n; ++i) {
        if (row) {
            const double w = area.width() / n;
            rects.append(QRectF(area.left() + i * w + 6, area.top() + 6, w - 12,
                                std::min(area.height() - 12, 200.0)));
        } else {
            const double h = area.height() / n;
            rects.append(QRectF(area.left() + 6, area.top() + i * h + 6, area.width() - 12,
                                std::min(h - 12, 200.0)));
        }
    }
    return rects;
}

void KeyFigureView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QVector<QRectF> rects = tileRects();
    for (int i = 0; i < m_figures.size(); ++i) {
        const Figure& f = m_figures.at(i);
        const QRectF r = rects.at(i);
        QPainterPath box;
        box.addRoundedRect(r, 8, 8);
        const bool hot = f.row == m_highlighted;
        painter.fillPath(box, m_look.tile);
        QPen border(hot ? kHighlight : m_look.grid, hot ? 3 : 1);
        if (f.derived)
            border.setStyle(Qt::DashLine); // derived, as the chart draws it hollow
        painter.setPen(border);
        painter.drawPath(box);
        const QRectF inner = r.adjusted(16, 12, -16, -12);
        // The value as large as the tile allows, never cut.
        QFont big = font();
        big.setBold(true);
        double size = std::min(inner.height() * 0.38, 56.0);
        big.setPixelSize(int(size));
        while (size > 14 && QFontMetricsF(big).horizontalAdvance(f.value) > inner.width()) {
            size -= 2;
            big.setPixelSize(int(size));
        }
        painter.setFont(big);
        // The analyst's purple (lighter on a dark slide), as the table and chart mark it.
        const bool dark = m_look.background.alpha() != 0 && m_look.background.lightness() < 128;
        painter.setPen(f.analyst ? analystInk(dark) : f.derived ? m_look.muted : m_look.accent);
        const double bigHeight = QFontMetricsF(big).height();
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), bigHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, f.value);
        QFont text = font();
        text.setPixelSize(std::max(12, int(size * 0.32)));
        painter.setFont(text);
        painter.setPen(m_look.ink);
        const QRectF rest(inner.left(), inner.top() + bigHeight + 4, inner.width(),
                          inner.height() - bigHeight - 4);
        painter.drawText(rest, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         f.measure + QLatin1Char('\n') + f.when);
        painter.setPen(m_look.muted);
        painter.drawText(rest, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, f.note);
    }
    // The frame, small, beside the figures.
    const QRectF frame = frameRect();
    painter.setPen(QPen(m_look.grid, 1));
    painter.drawLine(frame.topLeft() - QPointF(8, 0), frame.bottomLeft() - QPointF(8, 0));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    painter.setFont(small);
    painter.setPen(m_look.muted);
    painter.drawText(frame, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     m_heading + QStringLiteral("\n\n") + m_frame.join(QLatin1Char('\n')));
}

void KeyFigureView::mousePressEvent(QMouseEvent* event)
{
    const QVector<QRectF> rects = tileRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects.at(i).contains(event->position())) {
            emit rowActivated(m_figures.at(i).row);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace trendboard
