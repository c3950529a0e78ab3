// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chartcanvas.h"

#include <QFont>
#include <QPointer>
#include <QWidget>

namespace trendboard {

class ExhibitTableModel;
struct ExhibitData;
struct PointRecord;

// A sparse exhibit as key figures: each stated value large, with what it measures, its label
// and period, its page and whether it is derived; the report's frame (axes, period, series)
// small beside them. Most of the report's charts print only an end label or a headline figure:
// this says them plainly instead of a near-empty chart.
class KeyFigureView : public QWidget
{
    Q_OBJECT
public:
    explicit KeyFigureView(QWidget* parent = nullptr);
    void setModel(ExhibitTableModel* model);
    void highlightRow(int row);
    void setLook(const CanvasLook& look);
    // On a slide the figures speak for themselves: no heading on what the text states.
    void setForSlide(bool slide);
    QSize sizeHint() const override { return {900, 420}; }

    // Fewer than three stated values, none of them a table or timeline cell: key figures
    // tell more than a chart.
    static bool suits(const ExhibitData& exhibit);

    struct Figure
    {
        int row = -1;
        QString value;   // as printed: $212B, +63% Y/Y
        QString measure; // the series (what it measures) and its entity
        QString when;    // x label and period
        QString note;    // page, derived or not, or whose value it is (an analyst's)
        bool derived = false;
        bool analyst = false; // edited or filled in by an analyst: never the report's
        int series = -1;      // index of its series in the exhibit
        bool rate = false;    // a growth rate or multiple, not a level
    };
    const QVector<Figure>& figures() const { return m_figures; }
    // What the figures are: the report's values only, or the report's and the analyst's apart.
    // None on a slide (see setForSlide), unless it names the analyst's values apart.
    QString headingText() const;
    // A figure's note: "stated, p. 19", "derived: …", "analyst value: <citation>" or "analyst
    // value, edited (report: 800MM, p. 55)".
    static QString figureNote(const PointRecord& point);
    // Where each figure's tile is, in this widget's coordinates (same order as figures()).
    QVector<QRectF> tileRects() const;

    // A text of a tile as it is drawn: its lines (already wrapped), font, place and alignment.
    struct TileText
    {
        QString text;
        QFont font;
        QRectF rect;
        int flags = 0;
    };
    // A tile's texts: the value, its caption (what it measures, its label and period) and its
    // note. The caption and note get the lines they need first and the value the height left
    // (never below a floor); `elided` where a text still had to be cut (the tooltip and the
    // table hold it whole).
    struct TileLayout
    {
        TileText value;
        TileText caption;
        TileText note;
        bool elided = false;
    };
    // Each tile's, in the order of tileRects(): the values in one size, the smallest a tile
    // allows.
    QVector<TileLayout> tileLayouts() const;

signals:
    void rowActivated(int row);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF frameRect() const;
    QString frameText() const;
    QStringList frameLines() const; // frameText() wrapped to the strip's width
    QFont frameFont() const;
    // Two values of one series: an arrow leads from the first to the second.
    bool joinedByArrow() const;
    void paintTile(QPainter& painter, const Figure& f, const QRectF& r, const TileLayout& layout);
    TileLayout tileLayout(const Figure& figure, const QRectF& tile, int largestValuePx = 140) const;
    // The height a tile of this width needs to show its figure's texts whole beside a value of
    // a readable size.
    double comfortableHeight(const Figure& f, double width) const;
    QString fullText(const Figure& f) const;
    void reload();
    QString heading() const;

    QPointer<ExhibitTableModel> m_model;
    QVector<Figure> m_figures;
    QStringList m_frame;
    QString m_heading;
    int m_highlighted = -1;
    bool m_slide = false;
    CanvasLook m_look;
};

} // namespace trendboard
