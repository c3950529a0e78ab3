// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartcanvas.h"
#include "chartplan.h"

#include <functional>
#include <optional>

#include <QHash>
#include <QPointer>
#include <QSet>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QStackedLayout;
class QTableView;
class QXYSeries;
class QBarSet;
class QPieSlice;
class QAbstractAxis;
class QAbstractItemDelegate;
class QAbstractBarSeries;
class QAreaSeries;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QPainter;
QT_END_NAMESPACE

namespace trendboard {

class AnnotatedCellDelegate;
class AnnotationOverlay;
class PivotTableModel;
class TimelineView;
class WrappingTableView;

// ChartCanvas drawn with Qt Charts (Qt 6.4 on Debian 12), tables with a QTableView over a
// pivot of the same model, timelines with TimelineView.
class QtChartsCanvas : public ChartCanvas
{
    Q_OBJECT
public:
    explicit QtChartsCanvas(QWidget* parent = nullptr);
    ~QtChartsCanvas() override;

    void setModel(ExhibitTableModel* model) override;
    void ensureDrawn() override;
    void highlightRow(int row) override;
    QStringList callouts() const override { return m_plan.callouts; }
    void setLogScale(bool on) override;
    bool logScale() const override { return m_log && logScaleAvailable(); }
    bool logScaleAvailable() const override;
    QVector<Mark> marks() const override;
    void setLook(const CanvasLook& look) override;
    void setAnnotationsVisible(bool on) override;
    bool annotationsVisible() const override { return m_annotationsVisible; }
    QStringList annotationNotes() const override;
    void setLegendClipped(bool on) override;
    QVector<LegendEntry> legendEntries() const override;
    void setSeriesShown(int series, bool on) override;
    QSet<int> hiddenSeries() const override { return m_hidden; }
    QVector<ValueLabel> valueLabels() const override;
    // Draws a chart left undrawn while hidden (see redraw) before it shows.
    void setVisible(bool visible) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    friend class AnnotationOverlay;
    friend class AnnotatedCellDelegate;
    void modelReset();
    // Draws the exhibit afresh in its look (rebuild, applyLook), or, while the figure hides the
    // canvas, only plans it and draws it when shown.
    void redraw();
    // Draws the exhibit afresh: its chart (rebuildChart) and its notes.
    void rebuild();
    void rebuildChart();
    // The model's dataChanged (an edit): in place where it can be, else drawn again.
    void valuesEdited();
    // Gives the view a new, empty chart: at construction, and for a new look (a chart once
    // recoloured cannot be set back item by item).
    void newChart();
    // Empties the view's chart for the next exhibit: one chart per canvas, its series and axes
    // swapped, rather than a new chart (scene, legend, layout, theme) per exhibit.
    void clearChart();
    // Forgets the drawn series, sets, slices and labels (before they are deleted).
    void forgetDrawn();
    void buildXY();
    void buildBars();
    void buildPie();
    QAbstractAxis* valueAxis(bool secondary, const QVector<double>& values);
    void attachXY(QXYSeries* series, QAbstractAxis* x, QAbstractAxis* y);
    void joinTwoPoints(int s, const QColor& color,
                       const std::function<double(const PointRecord&)>& xOf, QAbstractAxis* x,
                       QAbstractAxis* y);
    QVector<double> valuesOf(bool secondary) const;
    std::optional<double> plottedValue(const SeriesRecord& record, const PointRecord& point) const;
    // Which points of a series one drawn item shows: the report's (a line through them, with
    // the analyst's), the derived ones as hollow markers, or the analyst's as square markers
    // drawn over the line.
    enum class Marks
    {
        Stated,
        Derived,
        Analyst
    };
    // Whether a point is drawn among these marks of its series (qtchartsxy.cpp).
    bool drawsAs(const SeriesRecord& record, const PointRecord& point, Marks marks) const;
    // The legend's name of a series' stated marks.
    static QString statedMarksName(const SeriesRecord& record);
    QXYSeries* makeXYSeries(int series, bool connected, bool secondary, const QColor& color,
                            const std::function<double(const PointRecord&)>& xOf,
                            Marks marks = Marks::Stated);
    QHash<int, QXYSeries*>& drawnOf(Marks marks);
    QHash<int, QVector<int>>& indexOf(Marks marks);
    void clearHighlight();
    // Colours the chart, table or note on show with m_look (qtchartslook.cpp).
    void applyLook();
    void placeBarLabels();
    // Analyst values on bars (qtchartsbars.cpp): the bar hatched in the analyst's colour, as
    // the legend entry 'Analyst values' shows, so that a slide tells them from the report's.
    void addAnalystBars(QAbstractAxis* x, QAbstractAxis* y);
    void placeAnalystBars();
    void styleAnalystBars();
    // Wraps the titles of vertical axes to the plot's height.
    void fitAxisTitles();
    // Emits rowActivated once the toolkit has finished delivering the click: Qt Charts
    // recreates a series' marker items when its selection changes, and changing it from inside
    // the marker's own mouse handler crashes (seen on the p. 102 scatter).
    void activateLater(int row);
    // A click on the point mark of this row: activates it, or, where other marks are drawn
    // over it (p. 316: eight points at 4/25), offers them all in a small menu
    // (qtchartsinteraction.cpp).
    void activateAt(int row);
    // The legend's clicks and the hidden series (qtchartsinteraction.cpp).
    void connectLegend();
    void applyHidden();
    // The model series a drawn series or bar set shows, or -1.
    int seriesOf(const QObject* drawn) const;
    QPoint toCanvas(const QPointF& chartPosition) const;

    // Annotations (qtchartsannotations.cpp). A note drawn at a mark: a datapoint's, or a
    // series' at its last drawn point; numbered in the model's order.
    struct Note
    {
        int row = -1;        // the model row whose mark carries the marker
        int number = 0;      // shown in the marker
        QString text;        // the note, with the series' name for a series note
        bool callout = true; // false: listed under the chart (too many for callouts)
    };
    void collectNotes();
    // The canvas rows that have a mark on the chart, without asking for pixels.
    QSet<int> drawnRows() const;
    void paintAnnotations(QPainter& painter) const;
    QColor annotationColor() const;
    void placeOverlay();

    QPointer<ExhibitTableModel> m_model;
    ChartPlan m_plan;
    bool m_log = false;
    CanvasLook m_look;
    QStackedLayout* m_stack = nullptr;
    QChartView* m_chartView = nullptr;
    WrappingTableView* m_table = nullptr;
    PivotTableModel* m_pivot = nullptr;
    TimelineView* m_timeline = nullptr;
    QLabel* m_empty = nullptr;
    // Drawn items per exhibit series, and which model point each of their indexes shows.
    QHash<int, QXYSeries*> m_xySeries;
    QHash<int, QVector<int>> m_xyPointIndex; // series -> drawn index -> point
    QHash<int, QXYSeries*> m_xyDerived;      // derived points of a series, drawn hollow
    QHash<int, QVector<int>> m_xyDerivedIndex;
    QHash<int, QXYSeries*> m_xyAnalyst; // analyst values of a series, drawn as squares on top
    QHash<int, QVector<int>> m_xyAnalystIndex;
    QHash<int, QBarSet*> m_barSets;
    QHash<int, QPieSlice*> m_slices; // point -> slice (pie shows one series)
    struct BarLabel
    {
        int row; // the model's
        int set;
        int category;
        double value;
        QString text;
        QColor color;
    };
    QVector<BarLabel> m_barLabels; // labels of stated bars in sets with gaps
    QList<QGraphicsSimpleTextItem*> m_barLabelItems;
    QAbstractBarSeries* m_labelledBars = nullptr;
    struct AnalystBar
    {
        int series;   // exhibit series, its set in m_barSets
        int category; // index into m_plan.categories
    };
    QVector<AnalystBar> m_analystBars;
    // One plotted series' bars as buildBars draws them (qtchartsbars.cpp): the legend's name,
    // a value per category (0 where the series has none), the labels of its stated bars (their
    // set left to the caller) and the categories of the analyst's values.
    struct SeriesBars
    {
        QString name;
        QVector<double> values;
        bool complete = true; // a value in every category
        QVector<BarLabel> labels;
        QVector<int> analystCategories;
    };
    SeriesBars seriesBars(int series, const QColor& color) const;
    // An edit that changes values only (the same plan, value axis, names, labels' places and
    // analyst marks): the bars and labels take the new values where they stand, with no chart
    // built and laid out again (issue 25: an edit of a 71-bar chart, two thirds of its time
    // in Qt Charts measuring every category label again). False: build it again.
    bool updateBarsInPlace();
    // A bar chart's second measure, a line over the bars: its new values where they stand
    // (appended to `apply`), or false where the line or its axis would be drawn otherwise.
    bool secondaryLineInPlace(int series, QVector<std::function<void()>>& apply) const;
    // The value axis drawn as valueAxis() would draw these values: same range, ticks, labels.
    static bool axisFits(const QAbstractAxis* axis, const QVector<double>& values);
    // Two items per analyst bar, owned by the chart: a fill of the panel's colour, the hatch.
    QList<QGraphicsRectItem*> m_analystBarItems;
    QPointer<QAreaSeries> m_analystLegend; // an empty series: only its legend entry shows
    // Titles of the axes drawn along the plot's height, as the plan names them.
    QVector<QPair<QPointer<QAbstractAxis>, QString>> m_verticalTitles;
    bool m_stale = false; // the exhibit changed while hidden: drawn when shown
    bool m_annotationsVisible = true;
    bool m_legendClipped = true;
    QSet<int> m_hidden;           // model series hidden through the legend
    QString m_hiddenExhibit;      // the exhibit they belong to
    QVector<Note> m_notes;        // drawn at marks
    QStringList m_listedNotes;    // under the chart
    QWidget* m_overlay = nullptr; // paints the notes over the chart view
};

// The parts of the canvas that draw annotations (qtchartsannotations.cpp): a widget painting
// markers and callouts over the chart, and the table's delegate marking annotated cells.
QWidget* createAnnotationOverlay(QtChartsCanvas* canvas);
QAbstractItemDelegate* createAnnotatedCellDelegate(QtChartsCanvas* canvas);

} // namespace trendboard
