// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace trendboard {

// One measure for two to twelve entities, across every exhibit of both reports: the values
// aligned by period in base units, with one display scale. Called alike by the GUI's
// comparison workspace and by `--compare`.
struct ComparisonRequest
{
    QString measure;      // a measure id (see --list-measures)
    QStringList entities; // names or aliases
    QString periodFrom;   // optional period labels bounding the periods compared
    QString periodTo;
    // With an analyst layer (compare's `analyst`): its values, marked; false shows the
    // report's values only.
    bool includeAnalyst = true;
};

struct Comparison
{
    enum class Shape
    {
        TimeSeries,  // an entity with values in several periods: lines
        ByPeriod,    // a few periods, each entity once or so: grouped bars
        CrossSection // one period: a ranked bar chart
    };

    MeasureInfo measure;
    QStringList entities;      // resolved names, in the order asked for
    QStringList withoutValues; // entities the data holds no value of this measure for
    // What is drawn: the entities with values, and for a region without values of its own
    // its countries with values, as "Region › Country".
    QStringList shown;
    // Whose values were read: the entities, and a region's countries where it stands for them.
    // A change of a value of the measure about one of them changes the comparison.
    QStringList asked;
    QVector<MeasureValue> values; // in period order; every source page kept
    QString displayUnit;          // one scale for all values (levels); else the values' unit
    double displayFactor = 1;     // base value / displayFactor = displayed value
    Shape shape = Shape::TimeSeries;
    // Exhibit id -> the product or company its title is about ("ChatGPT" for p. 316's users by
    // country, "DeepSeek" for p. 317's): what a country's values from two exhibits differ by.
    QHash<QString, QString> subjectOf;
    int analystValues = 0; // values the analyst layer edited or filled in
    QString error;         // set when the request cannot be answered (what and why)
    // The error is the request's (an unknown measure or entity, a bad period): a usage error.
    bool badRequest = false;

    double displayed(const MeasureValue& v) const;
    QString title() const;
};

class AnalystService;

// A measure by id or by name, case and separators aside ("market cap" is market_cap).
std::optional<MeasureInfo> resolveMeasure(const ReportDatabase& db, const QString& typed);

// With an analyst layer and request.includeAnalyst, its edited and filled-in values count too.
Comparison compare(const ReportDatabase& db, const ComparisonRequest& request,
                   const AnalystService* analyst = nullptr);

// The comparison as an exhibit, so that it is drawn, tabled and exported like any chart.
// The same value stated on several pages is drawn once; its table rows keep every page.
ExhibitData comparisonExhibit(const Comparison& comparison);

// The comparison's rows for CSV: entity, period, value in the display unit and in base units,
// status, report, exhibit, page, quote, derivation; for analyst values 'edited' or 'filled', the
// report's value and the analyst's citation; also_stated names the other pages of the figure.
FlatTable comparisonTable(const Comparison& comparison);

// "also p. 277" for a figure the report states on other pages too (the table's also_stated).
QString alsoStatedText(const MeasureValue& value);

} // namespace trendboard
