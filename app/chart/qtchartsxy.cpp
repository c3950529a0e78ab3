// SPDX-License-Identifier: GPL-3.0-or-later
// QtChartsCanvas: lines and scatters (points on a category, year or date axis).
#include "qtchartscanvas.h"
#include "qtchartsdetail.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trendboard {

using namespace chartdetail;

bool QtChartsCanvas::drawsAs(const SeriesRecord& record, const PointRecord& point,
                             Marks marks) const
{
    if (marks == Marks::Analyst)
        return point.analyst != AnalystMark::None && plottedValue(record, point).has_value();
    return (point.status == QLatin1String("derived")) == (marks == Marks::Derived) &&
           plottedValue(record, point).has_value();
}

QString QtChartsCanvas::statedMarksName(const SeriesRecord& record)
{
    return chartText(record.stated || anyAnalystValue(record)
                         ? displaySeriesName(record)
                         : displaySeriesName(record) + tr(" (stated values only)"));
}

QXYSeries* QtChartsCanvas::makeXYSeries(int s, bool connected, bool secondary, const QColor& color,
                                        const std::function<double(const PointRecord&)>& xOf,
                                        Marks marks)
{
    const SeriesRecord& record = m_model->exhibit().series.at(s);
    const bool derived = marks == Marks::Derived;
    const auto drawn = [&](const PointRecord& point) { return drawsAs(record, point, marks); };
    const bool anyAnalyst = anyAnalystValue(record);
    // A line needs two points; a single stated value is a marker.
    int drawable = 0;
    for (const PointRecord& point : record.points)
        drawable += drawn(point) ? 1 : 0;
    QXYSeries* series = connected && marks == Marks::Stated && drawable > 1
                            ? static_cast<QXYSeries*>(new QLineSeries)
                            : static_cast<QXYSeries*>(new QScatterSeries);
    if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
        scatter->setMarkerSize(11);
        scatter->setBorderColor(Qt::white);
    }
    if (marks == Marks::Analyst) {
        // A square in the analyst's colour, over the line: not a value the report prints.
        auto* scatter = static_cast<QScatterSeries*>(series);
        scatter->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        scatter->setMarkerSize(12);
        scatter->setColor(analystInk(false));
        scatter->setBorderColor(Qt::white);
        series->setName(chartText(displaySeriesName(record) + tr(" (analyst)")));
    } else if (derived) {
        series->setName(chartText(displaySeriesName(record) + tr(" (derived)")));
        series->setColor(Qt::white);
        // A hollow marker: the value follows from stated ones, the report does not print it.
        static_cast<QScatterSeries*>(series)->setBorderColor(color);
        QPen pen(color);
        pen.setWidthF(2);
        series->setPen(pen);
    } else {
        series->setName(statedMarksName(record));
        series->setColor(color);
        if (anyAnalyst) {
            // The line runs through the analyst's values: dashed, as an estimate would be.
            QPen pen = series->pen();
            pen.setStyle(Qt::DashLine);
            pen.setColor(color);
            pen.setWidthF(2);
            series->setPen(pen);
        }
    }
    series->setPointsVisible(true);
    series->setSelectedColor(QColor(0xff, 0xb0, 0x00));
    series->setPointLabelsVisible(true);
    series->setPointLabelsClipping(false);
    series->setPointLabelsColor(color.darker(130));
    series->setPointLabelsFormat(labelFormat(secondary ? m_plan.y2Unit : m_plan.unit,
                                             QStringLiteral("@yPoint"),
                                             anyNegative(valuesOf(secondary))));
    QVector<int>& indexOfDrawn = indexOf(marks)[s];
    for (int p = 0; p < record.points.size(); ++p) {
        if (!drawn(record.points.at(p)))
            continue;
        series->append(xOf(record.points.at(p)), *plottedValue(record, record.points.at(p)));
        indexOfDrawn.append(p);
        // An analyst's value is labelled by its square, above it; the line's own label would
        // sit on the square.
        if (marks == Marks::Stated && record.points.at(p).analyst != AnalystMark::None)
            series->setPointConfiguration(int(indexOfDrawn.size()) - 1,
                                          QXYSeries::PointConfiguration::LabelVisibility, false);
    }
    drawnOf(marks).insert(s, series);
    connect(series, &QXYSeries::hovered, this,
            [this, s, series, marks](const QPointF& at, bool entered) {
                if (!entered) {
                    QToolTip::hideText();
                    return;
                }
                int best = -1;
                double bestDistance = 0;
                for (int i = 0; i < series->count(); ++i) {
                    const double d = QLineF(at, series->at(i)).length();
                    if (best < 0 || d < bestDistance) {
                        best = i;
                        bestDistance = d;
                    }
                }
                const int p = indexOf(marks).value(s).value(best, -1);
                const SeriesRecord& rec = m_model->exhibit().series.at(s);
                if (p >= 0 && p < rec.points.size())
                    QToolTip::showText(QCursor::pos(), pointToolTip(rec, rec.points.at(p)),
                                       m_chartView);
            });
    connect(series, &QXYSeries::clicked, this, [this, s, series, marks](const QPointF& at) {
        // The drawn point nearest to the click, in pixels.
        int best = -1;
        double bestDistance = 0;
        const QPointF here = m_chartView->chart()->mapToPosition(at, series);
        for (int i = 0; i < series->count(); ++i) {
            const double d =
                QLineF(here, m_chartView->chart()->mapToPosition(series->at(i), series)).length();
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        if (best >= 0)
            activateAt(m_model->rowFor(s, indexOf(marks).value(s).value(best)));
    });
    return series;
}

QHash<int, QXYSeries*>& QtChartsCanvas::drawnOf(Marks marks)
{
    return marks == Marks::Analyst   ? m_xyAnalyst
           : marks == Marks::Derived ? m_xyDerived
                                     : m_xySeries;
}

QHash<int, QVector<int>>& QtChartsCanvas::indexOf(Marks marks)
{
    return marks == Marks::Analyst   ? m_xyAnalystIndex
           : marks == Marks::Derived ? m_xyDerivedIndex
                                     : m_xyPointIndex;
}

void QtChartsCanvas::joinTwoPoints(int s, const QColor& color,
                                   const std::function<double(const PointRecord&)>& xOf,
                                   QAbstractAxis* x, QAbstractAxis* y)
{
    // Two values of one series (p. 193's 9/23 and 3/25, one of them derived) are one series: a
    // line joins them, dashed where the periods between them are not stated.
    const SeriesRecord& record = m_model->exhibit().series.at(s);
    QVector<const PointRecord*> drawn;
    for (const PointRecord& point : record.points) {
        if (point.analyst == AnalystMark::None && plottedValue(record, point))
            drawn.append(&point);
    }
    if (drawn.size() != 2)
        return;
    std::sort(drawn.begin(), drawn.end(),
              [&](const PointRecord* a, const PointRecord* b) { return xOf(*a) < xOf(*b); });
    const QDate end = QDate::fromString(drawn.at(0)->periodEnd, Qt::ISODate);
    const QDate start = QDate::fromString(drawn.at(1)->periodStart, Qt::ISODate);
    const bool adjacent = end.isValid() && start.isValid() && end.addDays(1) >= start;
    QPen pen(color);
    pen.setWidthF(2);
    pen.setStyle(adjacent ? Qt::SolidLine : Qt::DashLine);
    if (auto* line = qobject_cast<QLineSeries*>(m_xySeries.value(s))) {
        if (line->count() == 2) {
            line->setPen(pen); // both stated: their own line, dashed over the gap
            return;
        }
    }
    auto* join = new QLineSeries;
    join->setPen(pen);
    join->setPointsVisible(false);
    for (const PointRecord* point : drawn)
        join->append(xOf(*point), *plottedValue(record, *point));
    attachXY(join, x, y);
    // Drawn over the markers, it takes their clicks: a click selects the nearer value's row.
    QVector<int> rows;
    for (const PointRecord* point : drawn)
        rows.append(m_model->rowFor(s, int(point - record.points.constData())));
    connect(join, &QXYSeries::clicked, this, [this, join, rows](const QPointF& at) {
        const QPointF here = m_chartView->chart()->mapToPosition(at, join);
        const auto distance = [&](int i) {
            return QLineF(here, m_chartView->chart()->mapToPosition(join->at(i), join)).length();
        };
        activateLater(rows.value(distance(0) <= distance(1) ? 0 : 1));
    });
    // Named by its markers in the legend.
    if (QLegendMarker* marker = m_chartView->chart()->legend()->markers(join).value(0))
        marker->setVisible(false);
}

void QtChartsCanvas::buildXY()
{
    QChart* chart = m_chartView->chart();
    const ExhibitData& exhibit = m_model->exhibit();
    QAbstractAxis* xAxis = nullptr;
    if (m_plan.yearAxis) {
        auto* years = new QValueAxis;
        const int span = m_plan.lastYear - m_plan.firstYear;
        years->setRange(m_plan.firstYear - 0.5, m_plan.lastYear + 0.5);
        years->setTickType(QValueAxis::TicksDynamic);
        // At most about ten ticks, on round years (1960, 1970, ...).
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100}) {
            step = candidate;
            if (span / candidate <= 10)
                break;
        }
        years->setTickAnchor((m_plan.firstYear + step - 1) / step * step);
        years->setTickInterval(step);
        years->setLabelFormat(QStringLiteral("%.0f"));
        years->setGridLineVisible(false);
        xAxis = years;
    } else if (m_plan.dateAxis) {
        auto* dates = new QDateTimeAxis;
        dates->setFormat(m_plan.dateFormat);
        QDateTime lo;
        QDateTime hi;
        auto widen = [&](const QDateTime& t) {
            if (!t.isValid())
                return;
            lo = !lo.isValid() || t < lo ? t : lo;
            hi = !hi.isValid() || t > hi ? t : hi;
        };
        for (const auto& p : m_plan.plotted) {
            for (const PointRecord& point : exhibit.series.at(p.series).points)
                widen(ExhibitTableModel::periodMidpoint(point).value_or(QDateTime()));
        }
        // Scaled to the stated values: the page's full span only where they fill half of it
        // at least (p. 132's two values of 6/24 and 2025 are not lost on 2016-2025).
        const QDateTime from(QDate::fromString(exhibit.info.periodStart, Qt::ISODate), QTime(0, 0),
                             Qt::UTC);
        const QDateTime to(QDate::fromString(exhibit.info.periodEnd, Qt::ISODate), QTime(0, 0),
                           Qt::UTC);
        if (!lo.isValid() ||
            (from.isValid() && to.isValid() && 2 * lo.msecsTo(hi) >= from.msecsTo(to))) {
            widen(from);
            widen(to);
        }
        if (lo.isValid()) {
            const qint64 pad = std::max<qint64>(lo.msecsTo(hi) / 25, 86400000LL * 20);
            dates->setRange(lo.addMSecs(-pad), hi.addMSecs(pad));
        }
        dates->setTickCount(6);
        xAxis = dates;
    } else {
        auto* categories = new QBarCategoryAxis;
        categories->append(m_plan.categories.isEmpty() ? QStringList{QString()}
                                                       : chartTexts(m_plan.categoryTexts()));
        xAxis = categories;
    }
    xAxis->setTitleText(chartText(m_plan.xTitle));
    chart->addAxis(xAxis, Qt::AlignBottom);
    QAbstractAxis* y = valueAxis(false, valuesOf(false));
    QAbstractAxis* y2 = m_plan.hasSecondary() ? valueAxis(true, valuesOf(true)) : nullptr;

    int colour = 0;
    for (int s = 0; s < exhibit.series.size(); ++s) {
        const SeriesRecord& record = exhibit.series.at(s);
        const ChartPlan::Plotted* plotted = m_plan.plottedSeries(s);
        const QColor color = kPalette.at(colour++ % kPalette.size());
        if (!plotted) {
            // Named in the legend, with no values to draw: the report's text does not state them.
            if (!record.stated && isLevel(record)) {
                auto* empty = new QLineSeries;
                empty->setName(chartText(displaySeriesName(record) + tr(" (not stated)")));
                empty->setColor(color);
                attachXY(empty, xAxis, y);
            }
            continue;
        }
        QXYSeries* series = makeXYSeries(
            s, plotted->connected && exhibit.info.kind != ChartKind::Scatter, plotted->secondary,
            color, [this](const PointRecord& point) {
                if (m_plan.yearAxis)
                    return double(point.periodStart.left(4).toInt());
                if (m_plan.dateAxis)
                    return double(ExhibitTableModel::periodMidpoint(point)->toMSecsSinceEpoch());
                return double(m_plan.categories.indexOf(point.xLabel));
            });
        attachXY(series, xAxis, plotted->secondary && y2 ? y2 : y);
        // A series whose only drawn values are derived is named once, by its derived markers.
        if (m_xyPointIndex.value(s).isEmpty()) {
            if (QLegendMarker* marker = chart->legend()->markers(series).value(0))
                marker->setVisible(false);
        }
        const auto xOf = [this](const PointRecord& point) {
            if (m_plan.yearAxis)
                return double(point.periodStart.left(4).toInt());
            if (m_plan.dateAxis)
                return double(ExhibitTableModel::periodMidpoint(point)->toMSecsSinceEpoch());
            return double(m_plan.categories.indexOf(point.xLabel));
        };
        bool anyDerived = false;
        bool anyAnalyst = false;
        for (const PointRecord& point : record.points) {
            anyDerived = anyDerived || point.status == QLatin1String("derived");
            anyAnalyst = anyAnalyst || point.analyst != AnalystMark::None;
        }
        if (anyDerived) {
            QXYSeries* derived =
                makeXYSeries(s, false, plotted->secondary, color, xOf, Marks::Derived);
            attachXY(derived, xAxis, plotted->secondary && y2 ? y2 : y);
        }
        if (anyAnalyst) {
            QXYSeries* analyst =
                makeXYSeries(s, false, plotted->secondary, color, xOf, Marks::Analyst);
            attachXY(analyst, xAxis, plotted->secondary && y2 ? y2 : y);
        }
        if (plotted->connected && exhibit.info.kind != ChartKind::Scatter)
            joinTwoPoints(s, color, xOf, xAxis, plotted->secondary && y2 ? y2 : y);
    }
    chart->legend()->setVisible(exhibit.series.size() > 0);
}

} // namespace trendboard
