// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/keyfigureview.h"

#include "models/exhibittablemodel.h"
#include "text/valueformat.h"
#include "text/displaylanguage.h"

#include <QMouseEvent>

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace trendboard {

namespace {
// The longest x label a tile shows whole.
constexpr int kMaxTileLabelLength = 120;
} // namespace

namespace {
const QColor kHighlight(0xff, 0xb0, 0x00);

// The first of start, start - 2, start - 4, ... at which the text fits the width, or the first
// at 14 pixels or less: found from one measure and a check or two, not by trying each size
// down from the top (each size tried loads a font engine, a fontconfig match: a tenth of an
// exhibit switch went to it).
double fittingPixelSize(QFont font, const QString& text, double start, double width)
{
    const auto sizeAt = [start](int step) { return start - 2 * step; };
    int last = 0; // the first step at 14 pixels or less, where trying stops
    while (sizeAt(last) > 14)
        ++last;
    const auto fits = [&](int step) {
        if (step >= last)
            return true;
        font.setPixelSize(int(sizeAt(step)));
        return QFontMetricsF(font).horizontalAdvance(text) <= width;
    };
    if (fits(0))
        return start;
    // A text's advance grows with its size, near enough in proportion: a first guess, then
    // steps to the first size that fits (a larger one does not).
    font.setPixelSize(int(start));
    const double advance = QFontMetricsF(font).horizontalAdvance(text);
    int step = std::clamp(int(std::ceil((start - start * width / advance) / 2)), 1, last);
    while (step < last && !fits(step))
        ++step;
    while (step > 1 && fits(step - 1))
        --step;
    return sizeAt(step);
}
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

void KeyFigureView::setForSlide(bool slide)
{
    m_slide = slide;
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
            f.series = s;
            f.rate = series.unitQuantity == QLatin1String("growth") ||
                     series.unitQuantity == QLatin1String("multiple");
            const QString name = displaySeriesName(series);
            f.measure = entity.isEmpty() || series.name.contains(entity) ||
                                name.contains(displayEntityName(entity))
                            ? name
                            : tr("%1 · %2").arg(name, displayEntityName(entity));
            // The label as the report prints it ('2025', '4/25', 'FQ4:25'); the table below
            // gives the dates it covers.
            // Cut, as chart labels are: a tile holds a few lines.
            const QString when = displayXLabel(point);
            f.when = when.size() > kMaxTileLabelLength
                         ? when.left(kMaxTileLabelLength - 1) + QChar(0x2026)
                         : when;
            f.analyst = point.analyst != AnalystMark::None;
            f.derived = !f.analyst && point.status == QLatin1String("derived");
            f.note = figureNote(point);
            m_figures.append(f);
        }
    }
    // The report's frame, small: what the chart draws around these values.
    if (!exhibit.info.yAxis.isEmpty())
        m_frame.append(tr("Value axis: %1").arg(displayYAxis(exhibit.info)));
    if (!exhibit.info.y2Axis.isEmpty())
        m_frame.append(tr("Second axis: %1").arg(displayY2Axis(exhibit.info)));
    if (!exhibit.info.xAxis.isEmpty())
        m_frame.append(tr("Across: %1").arg(displayXAxis(exhibit.info)));
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
        return tr("derived: %1").arg(displayDerivation(point));
    return tr("stated, p. %1").arg(point.page);
}

QString KeyFigureView::headingText() const
{
    const bool analyst =
        std::any_of(m_figures.begin(), m_figures.end(), [](const Figure& f) { return f.analyst; });
    return m_slide && !analyst ? QString() : m_heading;
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

QString KeyFigureView::frameText() const
{
    const QString frame = m_frame.join(QStringLiteral(" · "));
    const QString heading = headingText();
    return heading.isEmpty() ? frame : heading + QLatin1Char('\n') + frame;
}

QFont KeyFigureView::frameFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    return small;
}

QRectF KeyFigureView::frameRect() const
{
    // The report's frame, small, in a strip under the figures: the figures take the space.
    const QRectF strip(16, 0, width() - 32, height());
    const QRect need =
        QFontMetrics(frameFont())
            .boundingRect(strip.toRect(), Qt::AlignLeft | Qt::TextWordWrap, frameText());
    const double h = std::min<double>(need.height(), height() * 0.3);
    return QRectF(16, height() - h - 6, width() - 32, h);
}

bool KeyFigureView::joinedByArrow() const
{
    // Two values of one series, neither a rate: the first leads to the second.
    return m_figures.size() == 2 && m_figures.at(0).series == m_figures.at(1).series &&
           !m_figures.at(0).rate && !m_figures.at(1).rate;
}

QVector<QRectF> KeyFigureView::tileRects() const
{
    QVector<QRectF> rects;
    const int n = m_figures.size();
    if (n == 0)
        return rects;
    QRectF area(8, 8, width() - 16, frameRect().top() - 20);
    // One value alone is a card in the middle, not a banner across the slide.
    if (n == 1 && area.width() > 640) {
        const double w = std::max(area.width() * 0.55, 560.0);
        area = QRectF(area.center().x() - w / 2, area.top(), w, area.height());
    }
    // Room between the tiles for the arrow from one value to the next.
    const double gap = joinedByArrow() ? std::min(120.0, area.width() * 0.1) : 24.0;
    // Tiles side by side when there is room, else stacked.
    const bool row = (area.width() - gap * (n - 1)) / n >= 240;
    for (int i = 0; i < n; ++i) {
        if (row) {
            const double w = (area.width() - gap * (n - 1)) / n;
            const double h = std::min(area.height(), w * 0.75);
            rects.append(QRectF(area.left() + i * (w + gap), area.center().y() - h / 2, w, h));
        } else {
            const double h = (area.height() - gap * (n - 1)) / n;
            rects.append(QRectF(area.left(), area.top() + i * (h + gap), area.width(), h));
        }
    }
    return rects;
}

void KeyFigureView::paintTile(QPainter& painter, const Figure& f, const QRectF& r)
{
    QPainterPath box;
    box.addRoundedRect(r, 10, 10);
    const bool hot = f.row == m_highlighted;
    painter.fillPath(box, m_look.tile);
    QPen border(hot ? kHighlight : m_look.grid, hot ? 3 : 1);
    if (f.derived)
        border.setStyle(Qt::DashLine); // derived, as the chart draws it hollow
    painter.setPen(border);
    painter.drawPath(box);
    const QRectF inner = r.adjusted(20, 16, -20, -14);
    // The value as large as the tile allows, never cut.
    QFont big = font();
    big.setBold(true);
    const double size =
        fittingPixelSize(big, f.value, std::min(inner.height() * 0.4, 140.0), inner.width());
    big.setPixelSize(int(size));
    QFont text = font();
    text.setPixelSize(std::clamp(int(size * 0.3), 13, 30));
    QFont note = text;
    note.setPixelSize(std::max(12, int(text.pixelSize() * 0.8)));
    const double bigHeight = QFontMetricsF(big).height();
    const QString label = f.measure + QLatin1Char('\n') + f.when;
    const QRectF labelNeed = QFontMetricsF(text).boundingRect(
        QRectF(0, 0, inner.width(), inner.height()), Qt::AlignHCenter | Qt::TextWordWrap, label);
    const double noteHeight = QFontMetricsF(note).height() * 2;
    // Value and label centred together; the note at the tile's foot.
    const double block = bigHeight + 8 + labelNeed.height();
    const double top = inner.top() + std::max(0.0, (inner.height() - noteHeight - block) / 2);
    painter.setFont(big);
    // The analyst's purple (lighter on a dark slide), as the table and chart mark it.
    const bool dark = m_look.background.alpha() != 0 && m_look.background.lightness() < 128;
    painter.setPen(f.analyst ? analystInk(dark) : f.derived ? m_look.muted : m_look.accent);
    painter.drawText(QRectF(inner.left(), top, inner.width(), bigHeight), Qt::AlignCenter, f.value);
    painter.setFont(text);
    painter.setPen(m_look.ink);
    painter.drawText(QRectF(inner.left(), top + bigHeight + 8, inner.width(),
                            inner.bottom() - noteHeight - top - bigHeight - 8),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    painter.setFont(note);
    painter.setPen(m_look.muted);
    painter.drawText(inner, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, f.note);
}

void KeyFigureView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QVector<QRectF> rects = tileRects();
    for (int i = 0; i < m_figures.size(); ++i)
        paintTile(painter, m_figures.at(i), rects.at(i));
    if (joinedByArrow() && rects.size() == 2 && rects.at(0).right() < rects.at(1).left()) {
        // From the first value to the second, across the gap between their tiles.
        const double y = rects.at(0).center().y();
        const QPointF from(rects.at(0).right() + 10, y);
        const QPointF to(rects.at(1).left() - 10, y);
        painter.setPen(QPen(m_look.accent, 4, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(from, to);
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to + QPointF(-16, -10));
        head.lineTo(to + QPointF(-16, 10));
        head.closeSubpath();
        painter.fillPath(head, m_look.accent);
    }
    const QRectF frame = frameRect();
    painter.setPen(QPen(m_look.grid, 1));
    painter.drawLine(frame.topLeft() - QPointF(0, 8), frame.topRight() - QPointF(0, 8));
    painter.setFont(frameFont());
    painter.setPen(m_look.muted);
    painter.drawText(frame, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, frameText());
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
