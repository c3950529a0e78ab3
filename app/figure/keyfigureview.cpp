// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/keyfigureview.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace trendboard {

namespace {
// The longest x label a tile shows whole.
constexpr int kMaxTileLabelLength = 120;
const QColor kHighlight(0xff, 0xb0, 0x00);
// A tile's caption and note in pixels: readable on a small tile, not shouting on a slide.
constexpr int kMinTextPx = 12;
constexpr int kMaxTextPx = 26;
// The value is never smaller than this (in pixels) for its caption's sake.
constexpr int kMinValuePx = 22;
// Smaller only where the tile has no room for more: never cut, never past the tile.
constexpr int kLeastValuePx = 8;
constexpr int kMaxValuePx = 140;
// The lines a caption (what it measures, label, period) and a note get before they are cut.
constexpr int kMaxCaptionLines = 8;
constexpr int kMaxNoteLines = 3;

QFont sized(QFont font, int px)
{
    font.setPixelSize(px);
    return font;
}

int notePx(int textPx)
{
    return std::max(kMinTextPx - 1, int(textPx * 0.85));
}

double gapOf(int textPx)
{
    return std::max(4.0, textPx * 0.4);
}

// A tile's texts inside its border, closer to it on a small tile.
QRectF innerOf(const QRectF& r)
{
    const double x = std::clamp(r.width() * 0.05, 8.0, 20.0);
    const double y = std::clamp(r.height() * 0.05, 6.0, 16.0);
    return r.adjusted(x, y, -x, -y);
}

// What a value is of and when: under the value, on as many lines as it needs.
QString captionOf(const KeyFigureView::Figure& f)
{
    return f.when.isEmpty() ? f.measure : f.measure + QLatin1Char('\n') + f.when;
}

// The text's lines wrapped at `width`: at word boundaries, within a word (a URL, a run of
// Chinese) where one is longer than a line. More than `maxLines`: the last line kept ends
// elided and `cut` is set where words are lost.
QStringList wrapped(const QString& text, const QFont& font, double width, int maxLines, bool* cut)
{
    QStringList lines;
    QStringList rests;        // from each line to the end of its paragraph, for eliding
    QVector<int> paragraphOf; // each line's paragraph
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (int p = 0; p < paragraphs.size(); ++p) {
        const QString& paragraph = paragraphs.at(p);
        if (paragraph.isEmpty())
            continue;
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
            rests.append(paragraph.mid(line.textStart()).trimmed());
            paragraphOf.append(p);
        }
        layout.endLayout();
    }
    if (lines.size() > maxLines && maxLines > 0) {
        lines = lines.mid(0, maxLines);
        // The last line kept, with what follows it, cut at the line's end.
        QString rest = rests.at(maxLines - 1);
        if (paragraphOf.at(maxLines) != paragraphOf.at(maxLines - 1))
            rest += QLatin1Char(' ') + rests.at(maxLines);
        lines.last() = QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
        // Cut only where words are lost: a label that fits beside the line's end is kept.
        *cut = *cut || lines.last() != rest;
    }
    return lines;
}

double linesHeight(const QStringList& lines, const QFont& font)
{
    if (lines.isEmpty())
        return 0;
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignHCenter | Qt::AlignTop,
                      lines.join(QLatin1Char('\n')))
        .height();
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
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &KeyFigureView::reload);
        connect(model, &QAbstractItemModel::dataChanged, this, &KeyFigureView::reload);
    }
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
            // A label that is the entity the caption names already (p. 57's "Netflix") is
            // not said twice.
            if (!entity.isEmpty() && f.measure.contains(displayEntityName(entity)) &&
                (point.xLabel == entity || when == displayEntityName(entity)))
                f.when.clear();
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
        (f.analyst ? analyst : report)
            .append(f.when.isEmpty() ? f.value : tr("%1 (%2)").arg(f.value, f.when));
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

QStringList KeyFigureView::frameLines() const
{
    // The report's frame, small, in a strip under the figures: the figures take the space. The
    // strip holds whole lines (at most a third of the height), the last one elided.
    const QFontMetricsF metrics(frameFont());
    const int most = std::max(1, int(height() * 0.3 / metrics.lineSpacing()));
    bool cut = false;
    return wrapped(frameText(), frameFont(), std::max(40, width() - 32), most, &cut);
}

QRectF KeyFigureView::frameRect() const
{
    const double h = linesHeight(frameLines(), frameFont());
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
    const double w = row ? (area.width() - gap * (n - 1)) / n : area.width();
    // A wide, low tile keeps the figure's proportions unless its caption needs more height.
    double h = std::min(area.height(), w * 0.75);
    for (const Figure& f : m_figures)
        h = std::min(area.height(), std::max(h, comfortableHeight(f, w)));
    for (int i = 0; i < n; ++i) {
        if (row) {
            rects.append(QRectF(area.left() + i * (w + gap), area.center().y() - h / 2, w, h));
        } else {
            const double stacked = (area.height() - gap * (n - 1)) / n;
            rects.append(QRectF(area.left(), area.top() + i * (stacked + gap), w, stacked));
        }
    }
    return rects;
}

double KeyFigureView::comfortableHeight(const Figure& f, double width) const
{
    const QRectF inner = innerOf(QRectF(0, 0, width, 1e6));
    const int px = std::clamp(int(inner.width() / 18), kMinTextPx, kMaxTextPx);
    const QFont text = sized(font(), px);
    const QFont small = sized(font(), notePx(px));
    bool cut = false;
    const double caption =
        linesHeight(wrapped(captionOf(f), text, inner.width(), kMaxCaptionLines, &cut), text);
    const double note =
        linesHeight(wrapped(f.note, small, inner.width(), kMaxNoteLines, &cut), small);
    QFont big = font();
    big.setBold(true);
    const double value = QFontMetricsF(sized(big, int(px * 2.5))).height();
    return value + caption + note + 2 * gapOf(px) + 2 * inner.top();
}

QVector<KeyFigureView::TileLayout> KeyFigureView::tileLayouts() const
{
    // Values side by side are compared: one size for all, the smallest any tile allows.
    const QVector<QRectF> rects = tileRects();
    QVector<TileLayout> layouts;
    int valuePx = kMaxValuePx;
    for (int i = 0; i < rects.size(); ++i) {
        layouts.append(tileLayout(m_figures.at(i), rects.at(i)));
        valuePx = std::min(valuePx, layouts.last().value.font.pixelSize());
    }
    for (int i = 0; i < rects.size(); ++i) {
        if (layouts.at(i).value.font.pixelSize() > valuePx)
            layouts[i] = tileLayout(m_figures.at(i), rects.at(i), valuePx);
    }
    return layouts;
}

KeyFigureView::TileLayout KeyFigureView::tileLayout(const Figure& f, const QRectF& r,
                                                    int largestValuePx) const
{
    TileLayout out;
    const QRectF inner = innerOf(r);
    const double w = inner.width();
    const QString caption = captionOf(f);
    QFont big = font();
    big.setBold(true);
    // The caption and note as large as the tile suits; smaller, down to a floor, before a line
    // of them is cut; the value takes the height they leave.
    int px = std::clamp(int(std::min(inner.height() / 9, w / 18)), kMinTextPx, kMaxTextPx);
    QFont text;
    QFont small;
    QStringList captionLines;
    QStringList noteLines;
    double valueFloor = 0;
    for (;; --px) {
        text = sized(font(), px);
        small = sized(font(), notePx(px));
        bool cut = false;
        captionLines = wrapped(caption, text, w, kMaxCaptionLines, &cut);
        noteLines = wrapped(f.note, small, w, kMaxNoteLines, &cut);
        out.elided = cut;
        valueFloor = QFontMetricsF(sized(big, std::max(kMinValuePx, int(px * 1.5)))).height();
        const double left = inner.height() - linesHeight(captionLines, text) -
                            linesHeight(noteLines, small) - 2 * gapOf(px);
        if (left >= valueFloor || px <= kMinTextPx)
            break;
    }
    const double gap = gapOf(px);
    // Still too low: the note keeps one line, the caption the lines left beside the value's
    // floor (at least one); the tooltip and the table hold them whole.
    auto room = [&] {
        return inner.height() - linesHeight(captionLines, text) - linesHeight(noteLines, small) -
               2 * gap;
    };
    if (room() < valueFloor && noteLines.size() > 1) {
        bool cut = false;
        noteLines = wrapped(f.note, small, w, 1, &cut);
        out.elided = out.elided || cut;
    }
    if (room() < valueFloor && captionLines.size() > 1) {
        const double lineHeight = QFontMetricsF(text).lineSpacing();
        const double forCaption =
            inner.height() - linesHeight(noteLines, small) - 2 * gap - valueFloor;
        const int keep = std::max(1, int(forCaption / lineHeight));
        if (keep < captionLines.size()) {
            bool cut = false;
            captionLines = wrapped(caption, text, w, keep, &cut);
            out.elided = out.elided || cut;
        }
    }
    // A tile lower than a value, a caption line and a note line (a window squeezed small):
    // the note goes, then the caption; the tooltip and the table have them.
    const double valueLeast = QFontMetricsF(sized(big, kLeastValuePx)).height();
    if (room() < valueLeast && !noteLines.isEmpty()) {
        noteLines.clear();
        out.elided = true;
    }
    if (room() < valueLeast && !captionLines.isEmpty()) {
        captionLines.clear();
        out.elided = true;
    }
    const double captionHeight = linesHeight(captionLines, text);
    const double noteHeight = linesHeight(noteLines, small);
    // The value as large as the height left allows (at most 140 px), narrower than the tile.
    const double left = std::max(0.0, room());
    // The value's own height, not only its font's: a word in another script ("+448% 变化")
    // is drawn in a fallback font whose lines are taller.
    const auto valueHeightAt = [&](const QFont& font) {
        const QFontMetricsF metrics(font);
        return std::max(metrics.height(),
                        metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, f.value)
                            .height());
    };
    const double perPixel = valueHeightAt(sized(big, 100)) / 100;
    int valuePx =
        std::max(kLeastValuePx, int(std::min({left / perPixel, inner.height() * 0.45,
                                              double(std::min(largestValuePx, kMaxValuePx))})));
    big = sized(big, valuePx);
    // Narrower than the tile: the largest size below that fits, found from one measure and a
    // check or two, not by trying each size down (each size tried loads a font engine, a
    // fontconfig match: a tenth of an exhibit switch went to it).
    const auto fits = [&](int px) {
        return QFontMetricsF(sized(big, px)).horizontalAdvance(f.value) <= w;
    };
    if (const double advance = QFontMetricsF(big).horizontalAdvance(f.value); advance > w) {
        const int largest = valuePx - 1;
        valuePx = std::clamp(int(valuePx * w / advance), kLeastValuePx, largest);
        while (valuePx > kLeastValuePx && !fits(valuePx))
            --valuePx;
        while (valuePx < largest && fits(valuePx + 1))
            ++valuePx;
        big = sized(big, valuePx);
    }
    const double valueHeight = valueHeightAt(big);
    // Value and caption centred together above the note; the note at the tile's foot.
    const double block = valueHeight + gap + captionHeight;
    const double space = inner.height() - noteHeight - gap;
    const double top = inner.top() + std::max(0.0, (space - block) / 2);
    out.value = {f.value, big, QRectF(inner.left(), top, w, valueHeight), Qt::AlignCenter};
    out.caption = {captionLines.join(QLatin1Char('\n')), text,
                   QRectF(inner.left(), top + valueHeight + gap, w, captionHeight),
                   Qt::AlignHCenter | Qt::AlignTop};
    out.note = {noteLines.join(QLatin1Char('\n')), small,
                QRectF(inner.left(), inner.bottom() - noteHeight, w, noteHeight),
                Qt::AlignHCenter | Qt::AlignTop};
    return out;
}

void KeyFigureView::paintTile(QPainter& painter, const Figure& f, const QRectF& r,
                              const TileLayout& layout)
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
    // The analyst's purple (lighter on a dark slide), as the table and chart mark it.
    const bool dark = m_look.background.alpha() != 0 && m_look.background.lightness() < 128;
    const std::pair<const TileText&, QColor> texts[] = {{layout.value, f.analyst ? analystInk(dark)
                                                                       : f.derived ? m_look.muted
                                                                                   : m_look.accent},
                                                        {layout.caption, m_look.ink},
                                                        {layout.note, m_look.muted}};
    for (const auto& [t, colour] : texts) {
        painter.setFont(t.font);
        painter.setPen(colour);
        painter.drawText(t.rect, t.flags, t.text);
    }
}

QString KeyFigureView::fullText(const Figure& f) const
{
    QStringList lines{f.value, f.measure, f.when, f.note};
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

bool KeyFigureView::event(QEvent* event)
{
    // A tile's whole text, its caption and note uncut, where the pointer rests.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QVector<QRectF> rects = tileRects();
        for (int i = 0; i < rects.size(); ++i) {
            if (rects.at(i).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), fullText(m_figures.at(i)), this,
                                   rects.at(i).toRect());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void KeyFigureView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QVector<QRectF> rects = tileRects();
    const QVector<TileLayout> layouts = tileLayouts();
    for (int i = 0; i < m_figures.size(); ++i)
        paintTile(painter, m_figures.at(i), rects.at(i), layouts.at(i));
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
    painter.drawText(frame, Qt::AlignLeft | Qt::AlignTop, frameLines().join(QLatin1Char('\n')));
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
