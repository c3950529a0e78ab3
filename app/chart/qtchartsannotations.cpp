// SPDX-License-Identifier: GPL-3.0-or-later
// QtChartsCanvas: the analyst's annotations. A widget over the chart paints a numbered marker at
// each annotated mark and the note in a callout with a leader line; the table marks annotated
// cells with a corner triangle. Painted over the chart rather than added to its scene, so that a
// rebuilt chart never carries stale items and hiding the notes costs no rebuild.
#include "qtchartscanvas.h"
#include "qtchartsdetail.h"
#include "timelineview.h"

#include "models/exhibittablemodel.h"
#include "models/pivotmodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>

#include <algorithm>

namespace trendboard {

using namespace chartdetail;

namespace {

// More notes than this on one chart are numbered markers with the notes listed under the chart:
// callouts would cover the data they annotate.
constexpr int kMaxCallouts = 4;
// A callout holds about this many characters of its note; the whole note is in the tooltip,
// the provenance panel and the list.
constexpr int kCalloutChars = 60;
constexpr double kMarkerRadius = 8;

QString elided(const QString& text, int chars)
{
    const QString simple = printableText(text).simplified();
    return simple.size() <= chars ? simple : simple.left(chars - 1).trimmed() + QChar(0x2026);
}

} // namespace

class AnnotationOverlay : public QWidget
{
public:
    explicit AnnotationOverlay(QtChartsCanvas* canvas) : QWidget(canvas), m_canvas(canvas)
    {
        // Clicks and hovers go to the chart underneath: the points keep their tooltips.
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_canvas->paintAnnotations(painter);
    }

private:
    QtChartsCanvas* m_canvas;
};

// Marks an annotated table cell with a triangle in its top right corner (the note is in the
// cell's tooltip, as every value's quote is).
class AnnotatedCellDelegate : public QStyledItemDelegate
{
public:
    explicit AnnotatedCellDelegate(QtChartsCanvas* canvas)
        : QStyledItemDelegate(canvas), m_canvas(canvas)
    {
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const auto* pivot = qobject_cast<const PivotTableModel*>(index.model());
        ExhibitTableModel* model = m_canvas->m_model;
        if (!pivot || !model || !m_canvas->m_annotationsVisible)
            return;
        const int row = pivot->sourceRow(index);
        const int s = model->seriesOfRow(row);
        const int p = model->pointOfRow(row);
        if (s < 0 || p < 0)
            return;
        const SeriesRecord& series = model->exhibit().series.at(s);
        if (series.points.at(p).annotation.isEmpty() && series.annotation.isEmpty())
            return;
        const QRectF cell = option.rect;
        const double side = std::min(12.0, cell.height() / 2);
        QPainterPath corner;
        corner.moveTo(cell.topRight());
        corner.lineTo(cell.topRight() + QPointF(-side, 0));
        corner.lineTo(cell.topRight() + QPointF(0, side));
        corner.closeSubpath();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(corner, m_canvas->annotationColor());
        painter->restore();
    }

private:
    QtChartsCanvas* m_canvas;
};

QWidget* createAnnotationOverlay(QtChartsCanvas* canvas)
{
    return new AnnotationOverlay(canvas);
}

QAbstractItemDelegate* createAnnotatedCellDelegate(QtChartsCanvas* canvas)
{
    return new AnnotatedCellDelegate(canvas);
}

void QtChartsCanvas::setAnnotationsVisible(bool on)
{
    if (m_annotationsVisible == on)
        return;
    m_annotationsVisible = on;
    m_timeline->setAnnotationsVisible(on);
    placeOverlay();
    // The table's class is private to the canvas' own file: reached as what it is.
    if (auto* table = findChild<QTableView*>(QString(), Qt::FindDirectChildrenOnly))
        table->viewport()->update();
}

QStringList QtChartsCanvas::annotationNotes() const
{
    if (!m_annotationsVisible)
        return {};
    return m_listedNotes;
}

QColor QtChartsCanvas::annotationColor() const
{
    // The analyst's purple; lighter on a dark slide, where the deep one would sink.
    const bool dark = m_look.background.alpha() != 0 && m_look.background.lightness() < 128;
    return analystInk(dark);
}

QSet<int> QtChartsCanvas::drawnRows() const
{
    QSet<int> rows;
    if (!m_model)
        return rows;
    const auto addXY = [&](const QHash<int, QVector<int>>& indexes) {
        for (auto it = indexes.begin(); it != indexes.end(); ++it) {
            for (int p : it.value())
                rows.insert(m_model->rowFor(it.key(), p));
        }
    };
    addXY(m_xyPointIndex);
    addXY(m_xyDerivedIndex);
    addXY(m_xyAnalystIndex);
    const ExhibitData& exhibit = m_model->exhibit();
    for (auto it = m_barSets.begin(); it != m_barSets.end(); ++it) {
        const SeriesRecord& record = exhibit.series.at(it.key());
        for (int p = 0; p < record.points.size(); ++p) {
            const int c = m_plan.categories.indexOf(record.points.at(p).xLabel);
            if (c >= 0 && c < it.value()->count() && it.value()->at(c) != 0)
                rows.insert(m_model->rowFor(it.key(), p));
        }
    }
    if (!m_plan.plotted.isEmpty()) {
        for (auto it = m_slices.begin(); it != m_slices.end(); ++it)
            rows.insert(m_model->rowFor(m_plan.plotted.first().series, it.key()));
    }
    rows.remove(-1);
    return rows;
}

void QtChartsCanvas::collectNotes()
{
    m_notes.clear();
    m_listedNotes.clear();
    if (!m_model || !m_model->hasExhibit())
        return;
    const ExhibitData& exhibit = m_model->exhibit();
    if (!exhibit.annotation.isEmpty())
        m_listedNotes.append(tr("Analyst's note: %1").arg(printableText(exhibit.annotation)));
    const bool chart = m_stack->currentWidget() == m_chartView;
    const QSet<int> drawn = chart ? drawnRows() : QSet<int>();
    QStringList unmarked; // notes on values without a mark of their own
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const SeriesRecord& record = exhibit.series.at(s);
        int last = -1; // the series' last drawn point: where its own note goes
        for (int p = 0; p < record.points.size(); ++p) {
            const PointRecord& point = record.points.at(p);
            const int row = m_model->rowFor(s, p);
            const bool marked = drawn.contains(row);
            if (marked)
                last = row;
            if (point.annotation.isEmpty())
                continue;
            const QString text = printableText(point.annotation);
            if (marked)
                m_notes.append({row, 0, text, true});
            else
                unmarked.append(
                    tr("%1, %2: %3").arg(displaySeriesName(record), point.xLabel, text));
        }
        if (record.annotation.isEmpty())
            continue;
        const QString text =
            tr("%1: %2").arg(displaySeriesName(record), printableText(record.annotation));
        if (last >= 0)
            m_notes.append({last, 0, text, true});
        else
            unmarked.append(text);
    }
    const bool tooMany = m_notes.size() > kMaxCallouts;
    for (int i = 0; i < m_notes.size(); ++i) {
        Note& note = m_notes[i];
        note.number = i + 1;
        note.callout = !tooMany;
        if (tooMany)
            m_listedNotes.append(QStringLiteral("(%1) %2").arg(note.number).arg(note.text));
    }
    for (const QString& line : std::as_const(unmarked))
        m_listedNotes.append(QStringLiteral("• ") + line);
}

void QtChartsCanvas::placeOverlay()
{
    m_overlay->setGeometry(rect());
    const bool shown =
        m_annotationsVisible && !m_notes.isEmpty() && m_stack->currentWidget() == m_chartView;
    m_overlay->setVisible(shown);
    if (!shown)
        return;
    m_overlay->raise();
    m_overlay->update(); // and again as the chart's plot area is laid out (newChart)
}

void QtChartsCanvas::resizeEvent(QResizeEvent* event)
{
    ChartCanvas::resizeEvent(event);
    m_overlay->setGeometry(rect());
}

void QtChartsCanvas::paintAnnotations(QPainter& painter) const
{
    if (!m_annotationsVisible || m_notes.isEmpty() || !m_chartView->chart())
        return;
    const QVector<Mark> all = marks();
    QHash<int, QPoint> centreOf;
    for (const Mark& m : all)
        centreOf.insert(m.row, m.centre);
    const QRectF area = m_chartView->chart()->plotArea();
    const QRectF plot = QRectF(toCanvas(area.topLeft()), toCanvas(area.bottomRight())).normalized();
    const bool xy = m_plan.shape == ChartPlan::Shape::XY;
    const QColor colour = annotationColor();

    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    QFont numberFont = font;
    numberFont.setBold(true);
    numberFont.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);

    // Markers first, so that callouts keep clear of every marker, not only of their own.
    struct Placed
    {
        const Note* note;
        QPointF marker;
    };
    QVector<Placed> placed;
    QVector<QRectF> taken;
    for (const Note& note : m_notes) {
        if (!centreOf.contains(note.row))
            continue;
        // On a line or scatter the marker sits below and right of the point, which stays
        // visible with its value label above it; on a bar or slice it sits on the mark's middle.
        const QPointF centre = centreOf.value(note.row);
        const QPointF at = xy ? centre + QPointF(7, 7) : centre;
        placed.append({&note, at});
        taken.append(QRectF(at - QPointF(kMarkerRadius, kMarkerRadius),
                            QSizeF(2 * kMarkerRadius, 2 * kMarkerRadius)));
    }

    // Callouts keep clear of the points and their value labels (printed above them) and of
    // the bars' value labels.
    if (xy) {
        for (const Mark& m : all)
            taken.append(QRectF(m.centre - QPointF(30, 22), QSizeF(60, 30)));
    }
    for (const QGraphicsSimpleTextItem* label : m_barLabelItems) {
        if (label->isVisible()) {
            const QRectF scene = label->sceneBoundingRect();
            taken.append(QRectF(toCanvas(m_chartView->chart()->mapFromScene(scene.topLeft())),
                                toCanvas(m_chartView->chart()->mapFromScene(scene.bottomRight()))));
        }
    }
    const double maxWidth = std::clamp(plot.width() * 0.45, 80.0, 300.0);
    const double pad = 4;
    QColor fill = m_look.background.alpha() == 0 ? m_look.tile : m_look.background;
    fill.setAlpha(235);
    for (const Placed& p : std::as_const(placed)) {
        if (!p.note->callout)
            continue;
        // Beside the marker first, then stacked further up or down, then across: the first
        // place inside the plot area that covers no other callout, marker or label; failing
        // that, the same with the note cut shorter.
        QString text;
        std::optional<QRectF> box;
        for (const double share : {1.0, 0.6, 0.35}) {
            text = metrics.elidedText(QStringLiteral("%1  %2")
                                          .arg(p.note->number)
                                          .arg(elided(p.note->text, kCalloutChars)),
                                      Qt::ElideRight, maxWidth * share - 2 * pad);
            const QSizeF size(metrics.horizontalAdvance(text) + 2 * pad + 1,
                              metrics.height() + 2 * pad);
            const double gap = kMarkerRadius + 6;
            QVector<QPointF> candidates;
            for (int step = 0; step < 8; ++step) {
                const double dy = step * (size.height() + 3);
                candidates.append(p.marker + QPointF(gap, -gap - size.height() - dy));
                candidates.append(p.marker +
                                  QPointF(-gap - size.width(), -gap - size.height() - dy));
                candidates.append(p.marker + QPointF(gap, gap + dy));
                candidates.append(p.marker + QPointF(-gap - size.width(), gap + dy));
            }
            for (const QPointF& topLeft : std::as_const(candidates)) {
                const QRectF r(topLeft, size);
                if (!plot.contains(r))
                    continue;
                const bool clear =
                    std::none_of(taken.cbegin(), taken.cend(), [&r](const QRectF& t) {
                        return t.intersects(r.adjusted(-2, -2, 2, 2));
                    });
                if (clear) {
                    box = r;
                    break;
                }
            }
            if (box)
                break;
        }
        if (!box)
            continue; // no room: the marker stays, its note is in the tooltip and the table
        taken.append(*box);
        // The leader runs from the marker's rim to the box's nearest point.
        const QPointF nearest(std::clamp(p.marker.x(), box->left(), box->right()),
                              std::clamp(p.marker.y(), box->top(), box->bottom()));
        painter.setPen(QPen(colour, 1.2));
        painter.drawLine(p.marker, nearest);
        painter.setBrush(fill);
        painter.drawRoundedRect(*box, 3, 3);
        painter.setPen(m_look.ink);
        painter.setFont(font);
        painter.drawText(box->adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
    }
    for (const Placed& p : std::as_const(placed)) {
        painter.setPen(QPen(QColor(Qt::white), 1.5));
        painter.setBrush(colour);
        painter.drawEllipse(p.marker, kMarkerRadius, kMarkerRadius);
        painter.setPen(Qt::white);
        painter.setFont(numberFont);
        painter.drawText(QRectF(p.marker - QPointF(kMarkerRadius, kMarkerRadius),
                                QSizeF(2 * kMarkerRadius, 2 * kMarkerRadius)),
                         Qt::AlignCenter, QString::number(p.note->number));
    }
}

} // namespace trendboard
