// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPoint>
#include <QRect>
#include <QSet>
#include <QSize>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace trendboard {

class ExhibitTableModel;

// The colours a canvas draws with: the screen's light look by default, a slide's dark or
// transparent one when exported (the slide's own background shows through a transparent one).
struct CanvasLook
{
    QColor background = Qt::white;
    QColor ink = QColor(0x1f, 0x2a, 0x44); // labels, titles, legend
    QColor muted = QColor(0x55, 0x5f, 0x6d);
    QColor grid = QColor(0xd5, 0xdd, 0xe8);
    QColor tile = QColor(0xf4, 0xf7, 0xfb);   // key figure tiles, table cells
    QColor accent = QColor(0x1f, 0x4e, 0x9a); // key figures' values

    bool operator==(const CanvasLook& o) const
    {
        return background == o.background && ink == o.ink && muted == o.muted && grid == o.grid &&
               tile == o.tile && accent == o.accent;
    }
    bool operator!=(const CanvasLook& o) const { return !(*this == o); }
};

// Our own chart-building interface. Everything that knows a chart toolkit (Qt Charts today,
// Qt Graphs later) lives in this folder behind it; widgets and windows see only this class.
class ChartCanvas : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The canvas reads the model (never SQL) and redraws when the model resets.
    virtual void setModel(ExhibitTableModel* model) = 0;
    // A canvas hidden when its model resets draws nothing until it is shown again (most
    // exhibits show key figures instead); this draws it now, e.g. before its notes are read.
    virtual void ensureDrawn() = 0;
    // Highlights the datapoint of a model row; -1 clears.
    virtual void highlightRow(int row) = 0;
    // Lines for values that are not plotted on the value axis (growth rates, multiples, text).
    virtual QStringList callouts() const = 0;
    // Log scale on the value axis, where all plotted values are positive. Each exhibit opens
    // with the scale the report draws it with.
    virtual void setLogScale(bool on) = 0;
    virtual bool logScale() const = 0;
    virtual bool logScaleAvailable() const = 0;

    // Where each drawn datapoint (point, bar, slice) sits, in this widget's coordinates, with
    // its model row: what a click on it activates.
    struct Mark
    {
        int row = -1;
        QPoint centre; // inside the visible part of the mark
        QSize size;    // of the mark as drawn; a bar of a pixel is too small to hit
    };
    virtual QVector<Mark> marks() const = 0;

    // The legend as the user clicks it: a click on an entry hides its series on the chart (the
    // entry stays, greyed), another shows it again, as Qt Charts' examples, Power BI and OWID
    // do. Kept while the exhibit stays on show. centre: where a click reaches the entry, in
    // this widget's coordinates.
    struct LegendEntry
    {
        int series = -1; // the model's series
        QString name;
        QPoint centre;
        bool shown = true;
    };
    virtual QVector<LegendEntry> legendEntries() const = 0;
    virtual void setSeriesShown(int series, bool on) = 0;
    // The model's series hidden through the legend.
    virtual QSet<int> hiddenSeries() const = 0;

    // The value labels drawn at bars, in this widget's coordinates: never over another bar or
    // label (one without room is left out; its value is in the tooltip and the table).
    struct ValueLabel
    {
        int row = -1;
        QString text;
        QRect rect;
    };
    virtual QVector<ValueLabel> valueLabels() const = 0;

    // Recolours what the canvas draws (kept across exhibits until changed).
    virtual void setLook(const CanvasLook& look) = 0;

    // The analyst's annotations on the chart (on by default, kept across exhibits): a numbered
    // marker at each annotated datapoint with its note in a callout, a series' note at its last
    // point, a corner mark on an annotated table cell.
    virtual void setAnnotationsVisible(bool on) = 0;
    virtual bool annotationsVisible() const = 0;
    // The notes the canvas does not draw itself, for a list under it: the exhibit's note, notes
    // on values not drawn (growth rates, table cells, timeline events), and every numbered note
    // when there are too many for callouts. Empty while annotations are hidden.
    virtual QStringList annotationNotes() const = 0;

    // Whether the legend clips its entries to its box (on by default). Painted into a PDF
    // through QWidget::render, Qt clips graphics items with their transform applied twice,
    // which cut legend entries away; the PDF slide turns the clip off while it paints (the
    // laid-out legend's entries lie inside its box).
    virtual void setLegendClipped(bool on) = 0;

signals:
    // The user clicked the datapoint of this model row. Always emitted after the click's event
    // has been delivered (queued), so that receivers may change what the chart draws.
    void rowActivated(int row);
    // A series was hidden or shown through the legend (or the hidden ones were forgotten with
    // a new exhibit).
    void hiddenSeriesChanged();
};

// The one place that picks the toolkit.
ChartCanvas* createChartCanvas(QWidget* parent);

} // namespace trendboard
