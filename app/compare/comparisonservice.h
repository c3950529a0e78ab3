// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QHash>
#include <QSet>
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
// Reads the report's values afresh: a view that compares again keeps a ComparisonCache.
Comparison compare(const ReportDatabase& db, const ComparisonRequest& request,
                   const AnalystService* analyst = nullptr);

// Comparisons of one database, its side of them read once: the bundled database never changes,
// so a comparison asked again (after an analyst's edit, with other period bounds, the tab shown
// again) lays only the analyst layer over the report's values kept here. A figure stated again
// on the same page (every copy of it at 100 times the data) is folded into its first statement
// once, not merged again at every edit. The same answer as compare(), in comparisoncache.cpp.
// What two values of one figure share, their base value aside (mergeSameFigures).
QString sameFigureKey(const MeasureValue& v);

class ComparisonCache
{
public:
    explicit ComparisonCache(const ReportDatabase& db) : m_db(db) {}
    Comparison compare(const ComparisonRequest& request, const AnalystService* analyst = nullptr);
    // How many times the report's values were read from the database (tests: an edit reads
    // none).
    int valueReads() const { return m_valueReads; }

    // The report's values of a measure for some entities, as ReportDatabase::measureValues
    // gives them (`all`). A value that states again, on the same page, the figure of an earlier
    // one (the same report, entity, measure, period, unit, status and base value) adds nothing
    // to the comparison once merged (mergeSameFigures): only `kept` are merged, unless the
    // layer has values in its exhibit or in that of the value it repeats (foldedBy), which can
    // change the merge.
    struct ReportValues
    {
        QVector<MeasureValue> all;
        QVector<int> kept;
        QHash<QString, QVector<int>> foldedBy; // exhibit id -> rows of `all` it brings back
    };
    // The values to merge with the layer's, which has values of the measure in these exhibits.
    QVector<MeasureValue> reportValues(const QString& measure, const QStringList& entities,
                                       const QSet<QString>& layerExhibits);
    const QVector<EntityInfo>& entities();
    const QVector<UnitInfo>& units();
    // Exhibit id -> the product or company its title names first other than `compared`.
    QString subjectOf(const QString& exhibitId, const QString& title, const QStringList& compared);

private:
    // Resolves the request's measure and entities into c, from what was resolved before when
    // the request names the same ones.
    bool resolve(const ComparisonRequest& request, Comparison& c);

    const ReportDatabase& m_db;
    int m_valueReads = 0;
    QHash<QString, ReportValues> m_values; // measure and entities -> their values
    QVector<EntityInfo> m_entities;
    bool m_haveEntities = false;
    QVector<UnitInfo> m_units;
    bool m_haveUnits = false;
    QString m_resolvedKey;
    Comparison m_resolved;                    // measure and entities of m_resolvedKey's request
    QStringList m_subjectsOf;                 // the entities compared that subjects are for
    QVector<QPair<QString, QString>> m_names; // entity, a name or alias of it (findSubjects)
    QHash<QString, QString> m_subjects;       // exhibit id -> subject
};

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
