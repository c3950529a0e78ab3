// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "reportdb.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace trendboard {

class ExhibitTableModel;

// What to draw for an exhibit, decided without any chart toolkit: which series go on which
// value axis, which values become callouts, the categories of a category axis.
struct ChartPlan
{
    // The categories as the axis shows them: in the display language, each one once (a
    // translation that two categories share keeps their printed labels).
    QStringList categoryTexts() const;

    enum class Shape
    {
        XY,
        Bars,
        Pie,
        Table,
        Timeline
    };
    struct Plotted
    {
        int series = 0;
        bool secondary = false;
        bool connected = true; // false: the report's series is not stated, show points only
        bool operator==(const Plotted& other) const
        {
            return series == other.series && secondary == other.secondary &&
                   connected == other.connected;
        }
    };

    Shape shape = Shape::XY;
    ChartKind kind = ChartKind::Other;
    bool horizontal = false;
    bool dateAxis = false; // XY on a time axis; otherwise categories
    bool yearAxis = false; // XY of yearly values: a year axis with a tick on each labelled year
    int firstYear = 0;
    int lastYear = 0;
    QStringList categories; // x labels in order, for category axes and bars
    // A category's label in the display language, where it differs from the printed one.
    QHash<QString, QString> categoryLabels;
    QVector<Plotted> plotted;
    QStringList callouts;
    QString xTitle;
    QString yTitle;
    QString y2Title;
    QString unit; // of the primary value axis, the unit its labels print
    // > 0: the primary axis is in the unit every plotted value is printed in (p. 160's $B on
    // an exhibit of $MM), its values baseValue / unitFactor; else the exhibit's unit.
    double unitFactor = 0;
    QString y2Unit;
    QString dateFormat;
    QSet<qlonglong> offAxis; // points of plotted series whose unit does not fit the axis
    bool hasSecondary() const;
    // Every field alike: a chart of the same shape, axes, categories and series.
    bool operator==(const ChartPlan& other) const;
    bool operator!=(const ChartPlan& other) const { return !(*this == other); }
    const Plotted* plottedSeries(int series) const;
    bool plots(const PointRecord& point) const
    {
        return point.value && !offAxis.contains(point.id);
    }
    // The value drawn on its axis for a plotted point, in the axis' unit.
    std::optional<double> axisValue(const ExhibitData& exhibit, const SeriesRecord& series,
                                    const PointRecord& point) const;
};

ChartPlan planChart(const ExhibitTableModel& model);

// The unit an axis title names ("Training Cost, USD (Log Scale)": USD), or empty.
QString titleUnit(const QString& title);

// A series of levels or shares (what a value axis shows), not growth rates or multiples.
bool isLevel(const SeriesRecord& series);

} // namespace trendboard
