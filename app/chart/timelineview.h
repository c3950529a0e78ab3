// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartcanvas.h"

#include <QPointer>
#include <QWidget>

namespace trendboard {

class ExhibitTableModel;

// A timeline as the report draws it: events spaced evenly along a line, dates on the line,
// event texts alternating above and below.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    void setModel(ExhibitTableModel* model);
    void highlightRow(int row);
    // The canvas' colours: a dark slide gets a dark panel, a transparent one none.
    void setLook(const CanvasLook& look);
    // Whether events the analyst annotated carry their marker (the canvas' annotation toggle).
    void setAnnotationsVisible(bool on);
    // The rows of the events drawn with the analyst's marker.
    QVector<int> markedRows() const;
    QSize sizeHint() const override { return {900, 420}; }

signals:
    void rowActivated(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Event
    {
        int row;
        QString date;
        QString text;
        bool annotated = false; // the analyst has a note on it
    };
    QVector<QRectF> eventRects() const;

    QPointer<ExhibitTableModel> m_model;
    QVector<Event> m_events;
    int m_highlighted = -1;
    CanvasLook m_look;
    bool m_annotationsVisible = true;
};

} // namespace trendboard
