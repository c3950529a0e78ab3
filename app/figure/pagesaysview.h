// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chartcanvas.h"
#include "reportdb.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
QT_END_NAMESPACE

namespace trendboard {

// An exhibit whose page states none of its values, told in the page's own words instead of an
// empty plot: its headline as the message, large; what else the page states (another exhibit's
// values, the headline's range) and its note; what the chart covers in one line; and the same
// measure of the same entities stated on other pages, each with its page, a series of them
// drawn small and titled by its own page. Nothing here is a value this page does not state
// unless it names the page that does.
class PageSaysView : public QWidget
{
    Q_OBJECT
public:
    explicit PageSaysView(QWidget* parent = nullptr);

    void setExhibit(const ExhibitData& exhibit);
    void setLook(const CanvasLook& look);
    // On a slide: no hint about what the app lets an analyst do.
    void setForSlide(bool slide);

    QString headlineText() const;
    QString pageText() const;     // the page's other values and its note
    QString coverageText() const; // what the chart draws: series, period, axis
    QString relatedText() const;  // the same measure on other pages
    QString hintText() const;     // the screen's hint: analysts can add the values
    // The titles of the small charts of related series ("p. 311 · …").
    QStringList miniChartTitles() const;

    // The related values of one measure and entity on one page: a series when two or more.
    struct Group
    {
        QString title;
        QString unit;
        QVector<RelatedValue> values;
    };
    static QVector<Group> groupsOf(const QVector<RelatedValue>& related);
    static QString coverageOf(const ExhibitData& exhibit);

private:
    void rebuildCharts();

    ExhibitData m_exhibit;
    QVector<Group> m_groups;
    CanvasLook m_look;
    bool m_slide = false;
    QLabel* m_headline = nullptr;
    QLabel* m_page = nullptr;
    QLabel* m_coverage = nullptr;
    QLabel* m_related = nullptr;
    QLabel* m_hint = nullptr;
    QHBoxLayout* m_charts = nullptr;
};

// A small line of values another page states, titled by that page, painted without a chart
// toolkit: it is a thumbnail, not the exhibit's chart.
class MiniSeriesChart : public QWidget
{
    Q_OBJECT
public:
    MiniSeriesChart(const PageSaysView::Group& group, const CanvasLook& look, QWidget* parent);
    QString title() const { return m_group.title; }
    QSize sizeHint() const override { return {320, 170}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    PageSaysView::Group m_group;
    CanvasLook m_look;
};

} // namespace trendboard
