// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chartcanvas.h"

#include <QImage>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace trendboard {

class ChartCanvas;
class ExhibitTableModel;
class KeyFigureView;
class PageSaysView;

// An exhibit as a slide shows it: title and headline, the chart drawn as the report draws it,
// callouts for the values not on an axis, a plain line where series values are not stated,
// and the source line. The same widget is shown on screen and rendered to PNG.
class ExhibitFigure : public QWidget
{
    Q_OBJECT
public:
    explicit ExhibitFigure(QWidget* parent = nullptr);

    void setModel(ExhibitTableModel* model);
    ChartCanvas* canvas() const { return m_canvas; }
    KeyFigureView* keyFigures() const { return m_keyFigures; }
    // An exhibit whose page states none of its values: what the page says instead of a plot.
    PageSaysView* pageSays() const { return m_pageSays; }
    bool showsPageSays() const;
    // A slide carries the report's figures only: no hint at what the app lets an analyst do,
    // one short footnote instead (on by the slide renderer and image exports).
    void setForSlide(bool slide);
    bool forSlide() const { return m_slide; }
    // A sparse exhibit (fewer than three values) is shown as key figures unless the chart is
    // asked for.
    bool showsKeyFigures() const;
    bool keyFiguresAvailable() const;
    void setPreferChart(bool chart);
    QString sourceText() const;
    QString notStatedText() const;
    // Lines naming the values another report states for the same measure and entity.
    QString alsoInText() const;
    // Near-empty exhibits (one or two values): the same measure stated on other pages.
    QString relatedText() const;

    // The analyst's annotations on the chart and in a list under it (on by default).
    void setAnnotationsVisible(bool on);
    bool annotationsVisible() const;
    // The lines listed under the chart: notes the chart does not draw itself.
    QString annotationText() const;

    // Recolours the figure, its chart and key figures for a slide's theme.
    void setLook(const CanvasLook& look);
    // Lays the (top-level) figure out at this size off screen, so that every child (the chart's
    // scene included) has its final geometry before it is painted.
    void layOutOffscreen(const QSize& size);

    // Renders the figure at the given pixel size, offscreen.
    QImage render(const QSize& size);
    // The same as a vector image (SVG) for slides that scale.
    QByteArray renderSvg(const QSize& size);

private:
    void refresh();
    // Hides the canvas where key figures or what the page says stand in for the chart.
    void hideUnusedCanvas();

    ExhibitTableModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_headline = nullptr;
    ChartCanvas* m_canvas = nullptr;
    KeyFigureView* m_keyFigures = nullptr;
    PageSaysView* m_pageSays = nullptr;
    bool m_preferChart = false;
    bool m_slide = false;
    QLabel* m_callouts = nullptr;
    QLabel* m_notStated = nullptr;
    QLabel* m_alsoIn = nullptr;
    QLabel* m_annotations = nullptr;
    QLabel* m_source = nullptr;
};

} // namespace trendboard
