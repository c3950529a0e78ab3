// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"
#include "sqlutil.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <QHash>

namespace trendboard {

struct SectionInfo
{
    QString reportId;
    int number = 0;
    QString title;
    QString shortTitle;
    int firstPage = 0;
    int lastPage = 0;
    QString titleZh; // as the report's Chinese text prints it; empty where it gives none
};

struct ReportInfo
{
    QString id;
    QString title;
    QString publisher;
    QString published;
    QString cite;
    QString shortTitle;
    int pageCount = 0;
};

struct ExhibitInfo
{
    QString id;
    QString reportId;
    QString reportCite;
    int reportPages = 0;  // 1: a note without pages, whose source line names none
    int statedValues = 0; // datapoints with a value or a text cell
    int section = 0;
    int page = 0;
    int ordinal = 0;     // the order on its page: a section's list is by page, then this
    int detailsPage = 0; // front matter: the page that details this summary chart
    QString title;
    QString headline;
    // As the report's Chinese text prints them; empty where it gives none (see displayTitle).
    QString titleZh;
    QString headlineZh;
    // Our own translation where the page prints none (the Chinese interface says so).
    bool titleZhOurs = false;
    bool headlineZhOurs = false;
    ChartKind kind = ChartKind::Other;
    QString orientation;
    QString xKind;
    QString xAxis;
    QString yAxis;
    QString y2Axis;
    QString yScale; // linear or log, as the report draws it
    QString unit;
    double unitFactor = 1.0; // of `unit`, to convert base values back into it
    QString unitBase;
    QString periodLabel;
    QString periodStart;
    QString periodEnd;
    QString source;
    QString note;
    // The Chinese of the note, axis titles and source line; read by exhibitData() only (lists
    // do not need them). Empty: none given, the English is shown.
    ChineseText noteZh;
    ChineseText xAxisZh;
    ChineseText yAxisZh;
    ChineseText y2AxisZh;
    ChineseText sourceZh;

    // "Source: <source>, BOND Trends – Artificial Intelligence (5/25), p. N"
    QString sourceLine() const;
};

// Whether a point shows the report's value or the analyst layer's (AnalystService::overlay).
enum class AnalystMark
{
    None,   // the report's value as stated
    Edited, // a reported value changed by the analyst; reportValue keeps the report's
    Filled  // a value the report does not state, filled in by the analyst with a citation
};

// 'edited', 'filled' or empty: the analyst column of tables and CSV files.
QString analystMarkName(AnalystMark mark);

struct PointRecord
{
    qlonglong id = 0;
    QString xLabel;
    QString entity; // the point's own entity (a table row), empty when it is the series'
    QString periodStart;
    QString periodEnd;
    QString granularity;
    std::optional<double> value;
    QString text;
    QString unit;
    std::optional<double> baseValue;
    QString baseUnit;
    QString status;
    QString quote;
    int page = 0;
    QString measure;    // the point's measure (its own, else its series')
    QString derivation; // derived points: how the value follows from stated ones
    QString derivationZh; // the derivation in Chinese (our translation); empty: none given
    ChineseText xLabelZh; // a category's label in Chinese; empty: none given
    ChineseText textZh;   // a text cell in Chinese; empty: none given
    // The analyst layer, when overlaid: the defaults mean the report's data as it is.
    AnalystMark analyst = AnalystMark::None;
    std::optional<double> reportValue; // Edited: the report's value and unit, kept beside
    QString reportUnit;
    QString citation;   // Edited or Filled: where the analyst's value comes from
    QString annotation; // the analyst's note on this point
};

struct SeriesRecord
{
    qlonglong id = 0;
    QString name;
    // Chinese name: the series' own, else its entity's where the series is named as its entity;
    // empty where there is none (see displaySeriesName).
    QString nameZh;
    QString entity;
    QString entityKind;
    QString unit;
    QString unitBase;
    QString unitQuantity; // level, share, growth, ...
    QString axis;
    bool stated = true;
    QVector<PointRecord> points;
    QString measure;
    QString annotation; // the analyst's note on this series
};

// A value another report states for the same measure of the same entity as a value here.
struct OtherReportValue
{
    double hereValue = 0; // this exhibit's value
    QString hereUnit;
    QString hereLabel;
    QString otherCite;  // the other report
    QString otherShort; // its short name
    QString otherExhibit;
    QString otherSeries;
    double value = 0; // the other report's value
    QString unit;
    QString label;
    QString labelZh; // the label's Chinese (datapoint_zh), where given
};

// A value stated elsewhere that tells about what an exhibit draws when its page states few or
// no values: a value of another exhibit on the same page (a headline's range), or the same
// measure (or one of its family: internet users, internet penetration) of the same entity or
// the region it lies in, stated on another page. Never drawn as if this exhibit stated it.
struct RelatedValue
{
    bool samePage = false; // another exhibit of this page, else another page
    QString reportShort;   // empty: this report
    int page = 0;
    QString exhibitId;
    QString exhibitTitle;
    QString series;
    QString seriesZh; // the series' Chinese name; empty: none given
    QString entity;
    QString measure;
    QString measureName;
    QString xLabel;
    QString xLabelZh; // the x label's Chinese (datapoint_zh), where given
    QString periodStart;
    QString periodEnd;
    double value = 0;
    QString unit;
    QString quote;
};

struct ExhibitData
{
    ExhibitInfo info;
    QVector<SeriesRecord> series;
    QVector<OtherReportValue> alsoIn;
    // The same measure of the same entity for the same period, stated on other pages of this
    // report (p. 97's Big Six CapEx and p. 4's $212B): otherShort names the page.
    QVector<OtherReportValue> alsoOnPages;
    // Exhibits stating fewer than three values only: what other exhibits of the page and other
    // pages state about what it draws (reportdb_related.cpp).
    QVector<RelatedValue> related;
    QString annotation; // the analyst's note on this exhibit

    bool hasUnstatedSeries() const;
    // Whether the analyst layer edited or filled in any point (see AnalystService::overlay).
    bool hasAnalystValues() const;
    int pointCount() const;
};

// The Chinese names the database gives, for the Chinese interface (displayEntityName, ...):
// entity name -> Chinese, measure id -> Chinese. Names without one are absent.
struct ChineseNames
{
    QHash<QString, QString> entities;
    QHash<QString, QString> measures;
};

// Rows of the public datapoint_flat view, for CSV export and analysts.
struct FlatTable
{
    QStringList columns;
    QVector<QVector<QVariant>> rows;
};

// A measure of the vocabulary with what the database holds of it.
struct MeasureInfo
{
    QString id;
    QString name;
    QString quantity; // level, share, growth, multiple, index, rank
    QString baseUnit; // levels: the unit every value converts to
    int datapoints = 0;
    int entities = 0;
};

struct EntityInfo
{
    QString name;
    QString kind; // company, product, country, region, organisation
    QString parent;
    QStringList aliases;
    int datapoints = 0;
    QString fiscalYearEnd; // MM-DD of a company whose fiscal year is not the calendar's
};

struct UnitInfo
{
    QString symbol;
    QString baseUnit;
    double factor = 1.0;
    QString quantity;
};

// One stated or derived value of a measure for an entity, wherever the reports state it.
struct MeasureValue
{
    QString entity;
    QString reportId;
    QString reportShort;
    QString exhibitId;
    QString exhibitTitle;
    QString exhibitTitleZh; // the exhibit's Chinese title; empty: none
    int page = 0;
    QString series;
    QString xLabel;
    QString periodStart;
    QString periodEnd;
    QString granularity;
    double value = 0;
    QString unit;
    double baseValue = 0;
    QString baseUnit;
    QString status;
    QString quote;
    QString derivation;
    QString measure;
    QString pointLabel; // the point's own x label, as the analyst layer keys it (PointKey)
    // Other pages of the report that state this same figure (a comparison lists it once).
    QVector<int> alsoOnPages;
    // Set by AnalystService::overlayValues where the analyst layer changes or adds the value.
    AnalystMark analyst = AnalystMark::None;
    std::optional<double> reportValue; // Edited: the report's value, unit and base value
    QString reportUnit;
    std::optional<double> reportBaseValue;
    QString citation;
};

// What the filter bar filters exhibits by, read once: the entities an exhibit names (its
// series', its rows', and for a summary chart those of the exhibits it details), the kinds of
// quantity and the units its values are in, the span of its periods and its source.
struct ExhibitFacets
{
    QString id;
    QString reportId;
    int section = 0;
    int page = 0;
    int statedValues = 0;
    QString source;
    QStringList entities;
    QStringList quantities; // level, share, growth, multiple, index, rank
    QStringList units;
    QString periodStart; // ISO; empty when no value or frame has a period
    QString periodEnd;
};

enum class FlatScope
{
    All,
    Section,
    Page,
    Exhibit
};

// A period as the report would print it (3/25, Q1:25, 2024, 5/15/25), from its ISO bounds.
QString printedPeriod(const QString& start, const QString& end, const QString& granularity);
// A table cell or category bar is stated for its exhibit's period unless it has its own; its x
// label names a row, so the value takes its period's label (a comparison's or profile's row).
void dateCategoryValue(MeasureValue& value, const QString& exhibitPeriodLabel,
                       const QString& exhibitPeriodStart, const QString& exhibitPeriodEnd);
// In period order, those without a period last; the order they came in otherwise.
void sortByPeriod(QVector<MeasureValue>& values);

// The report the app is about: its sections are the window's tabs. Others (the brokerage note)
// sit beside it, one tab each.
inline const QString kBondReportId = QStringLiteral("bond-ai-2025");

// The reports a query covers: one report (by id) or every report. The queries take it without
// a default, so that a caller that means every report says so (a defaulted id once left the
// brokerage note out of --list and --export-all).
class ReportScope
{
public:
    static ReportScope all() { return ReportScope(); }
    // Implicit: an id is a scope of one report.
    ReportScope(const QString& reportId) : m_id(reportId) {}
    bool isAll() const { return !m_id.has_value(); }
    QString reportId() const { return m_id.value_or(QString()); }

private:
    ReportScope() = default;
    std::optional<QString> m_id;
};

// Read-only access to the bundled database. All SQL takes bound parameters.
class ReportDatabase
{
public:
    explicit ReportDatabase(const QString& path);

    // Where the bundled database is: the one usePath() named (--db), else $TRENDBOARD_DB, else
    // data/trendboard.sqlite beside the executable (the build tree), else the installed share
    // folder.
    static QString bundledPath();
    // --db PATH: every later bundledPath() is this file (empty: back to the rules above).
    static void usePath(const QString& path);

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The first query or row fetch that failed since opening (a file damaged or replaced
    // while in use): every reader checks it, since a failed fetch would otherwise look like
    // fewer rows. Empty while every read succeeded.
    QString readError() const { return m_readError; }
    QString path() const { return m_path; }
    // Whether opening ran PRAGMA quick_check: only for a file (by size, modification time and
    // first page) that has not passed it before for this user (the cache folder remembers).
    bool quickChecked() const { return m_quickChecked; }

    QVector<ReportInfo> reports() const;
    // In report order (BOND's first), then by section, page and the order on the page.
    QVector<SectionInfo> sections(const ReportScope& reports) const;
    QVector<ExhibitInfo> exhibits(std::optional<int> section, const ReportScope& reports) const;
    // The same exhibits one at a time, none kept: a list of any length in constant memory
    // (--list at a thousand times the report). `visit` returns false to stop.
    void visitExhibits(std::optional<int> section, const ReportScope& reports,
                       const std::function<bool(const ExhibitInfo&)>& visit) const;
    QVector<ExhibitInfo> exhibitsOnPage(int page, const ReportScope& reports) const;

    // One section's list (or with no section, a whole report's), never read whole: a tab
    // reads its rows a batch at a time, counts from section_stats and finds an exhibit, a
    // page or the first exhibit with values by the exhibit_by_section index
    // (reportdb_sections.cpp).
    struct ListScope
    {
        QString reportId;
        std::optional<int> section; // none: every section of the report
    };
    struct SectionStats
    {
        int exhibits = 0;
        int statedValues = 0;
    };
    SectionStats sectionStats(const ListScope& scope) const;
    // At most `limit` exhibits of the list after `after` (from the first with none), in
    // order.
    QVector<ExhibitInfo> exhibitsAfter(const ListScope& scope, const ExhibitInfo* after,
                                       int limit) const;
    // These exhibits, in no order; ids of no exhibit are left out.
    QVector<ExhibitInfo> exhibitsByIds(const QStringList& ids) const;
    // The exhibit's row in the list, or -1 when it is not in it.
    int rowInList(const ListScope& scope, const QString& id) const;
    // The first exhibit of the list that states values, else its first; empty for none.
    QString firstExhibitToShow(const ListScope& scope) const;
    // The first and last pages the list's exhibits are on; none for an empty list.
    std::optional<std::pair<int, int>> pageSpan(const ListScope& scope) const;
    // How many pages of the report show an exhibit (the About box).
    int pagesWithExhibits(const QString& reportId) const;
    // The list's first exhibit on the page, or empty.
    QString firstExhibitOnPage(const ListScope& scope, int page) const;
    std::optional<ExhibitInfo> exhibit(const QString& id) const;
    std::optional<ExhibitData> exhibitData(const QString& id) const;
    // Exhibit ids whose title, headline, note, source, series or entities match the words.
    // Words with Chinese characters search the Chinese titles, headlines and names instead.
    QStringList search(const QString& words) const;
    // The same, ranked alike, each with its report and section: what the tabs' lists and
    // counts share out without reading them.
    struct SearchHit
    {
        QString exhibitId;
        QString reportId;
        int section = 0;
    };
    QVector<SearchHit> searchHits(const QString& words) const;
    // How many exhibits of each list the words match, unranked: the tabs' counts without
    // their hits (section -1 never: a report's count is the sum of its sections').
    struct SearchCount
    {
        QString reportId;
        int section = 0;
        int exhibits = 0;
    };
    QVector<SearchCount> searchCounts(const QString& words) const;
    // The hits of one list (a section, or a whole report), ranked as searchHits ranks them.
    QStringList searchIn(const QString& words, const ListScope& scope) const;
    FlatTable flat(FlatScope scope, const QVariant& key = {}) const;
    // The same rows one at a time as the query returns them, never the whole table (a CSV of
    // a database a hundred times this one): `columns` once, then `row` for each row until it
    // returns false. False when the query or a fetch failed; readError() says why
    // (flatrows.cpp).
    bool forEachFlat(FlatScope scope, const QVariant& key,
                     const std::function<void(const QStringList& columns)>& columns,
                     const std::function<bool(const QVector<QVariant>& row)>& row) const;

    // The Overview's headline candidates of a report's sections (headline_candidate, written
    // by the compiler): each exhibit's best value with what its tile shows, in the board's
    // order (section, score, page). `firstOfEachFigure`: only the first candidate of each
    // section's entity and measure, all the board can show (as many as the report's distinct
    // figures, at any size of the data); else every exhibit's (reportdb_headlines.cpp).
    struct HeadlineCandidate
    {
        QString exhibitId;
        int section = 0;
        int page = 0;      // the value's
        int firstPage = 0; // of the exhibit's candidate values
        int score = 0;
        QString series;
        QString entity;
        QString xLabel;
        QString periodStart;
        QString periodEnd;
        QString granularity;
        double value = 0;
        QString unit;
        QString measure; // id
        QString quote;
        bool derived = false;
        std::optional<double> callout; // a growth or multiple stated with it, in calloutUnit
        QString calloutUnit;
    };
    QVector<HeadlineCandidate> headlineCandidates(const QString& reportId,
                                                  bool firstOfEachFigure) const;

    // The vocabulary, for comparisons across exhibits and reports (reportdb_measures.cpp).
    QVector<MeasureInfo> measures() const;
    std::optional<MeasureInfo> measure(const QString& id) const;
    QVector<EntityInfo> entities(const QString& kind = {}) const;
    QVector<UnitInfo> units() const;
    // The entity a name or alias means (case-insensitive), or nothing.
    std::optional<QString> resolveEntity(const QString& nameOrAlias) const;
    ChineseNames chineseNames() const;
    // Every numeric value of the measure for these entities, in period order.
    QVector<MeasureValue> measureValues(const QString& measure, const QStringList& entities) const;
    // How many numeric values of the measure each entity has (as many as measureValues gives
    // it), by entity name; entities without any are left out. Counted by index, nothing read.
    QHash<QString, int> measureValueCounts(const QString& measure) const;
    // Every numeric value stated about one entity, of any measure (its profile).
    QVector<MeasureValue> entityValues(const QString& entity) const;
    // Every exhibit of every report with what the filter bar filters it by (reportdb_facets.cpp).
    QVector<ExhibitFacets> exhibitFacets() const;
    // Every exhibit, series and point an analyst's value or note may name, in one query (the
    // orphan check of a large layer): a point with its x label and own entity, a series with
    // those empty, an exhibit with only its id (reportdb_facets.cpp).
    struct Target
    {
        QString exhibitId;
        QString series;
        QString xLabel;
        QString entity;
    };
    // Every exhibit, series and point of the given exhibits (ids not in the database give
    // nothing).
    QVector<Target> targets(const QStringList& exhibitIds) const;
    // The entity and measure of each point key (a series' when the point has none of its own;
    // for a key of no report point, as a filled-in point of its series has them), in one query
    // however many keys: what a comparison asks of the analyst layer before it reads any
    // exhibit. `found` is false where the exhibit has no such series.
    struct PointMeasure
    {
        bool found = false;
        QString entity;
        QString measure;
    };
    QVector<PointMeasure> pointMeasures(const QVector<Target>& points) const;
    // Statements run since opening: what a refresh costs in queries (for tests).
    int statementCount() const { return m_statements; }
    // Every distinct statement run since opening, with the values first bound to it: the
    // queries the app runs, in one place, for the test that checks their query plans.
    const QHash<QString, QVariantList>& statementsRun() const { return m_ran; }
    // Statements prepared since opening: fewer than statementCount() once they repeat.
    int statementsPrepared() const;

private:
    // PRAGMA quick_check: false, with m_error set, for a damaged file.
    bool quickCheck(const QSqlDatabase& db);
    // Refuses a database whose numbers are missing or not finite (an error naming the point).
    void checkNumbers();
    QVector<ExhibitInfo> queryExhibits(const QString& where, const QVariantList& binds) const;
    // `tail`: the ORDER BY (and LIMIT) after the WHERE; empty: the report order.
    void visitExhibitsWhere(const QString& where, const QVariantList& binds,
                            const std::function<bool(const ExhibitInfo&)>& visit,
                            const QString& tail = {}) const;
    // "e.report_id = ? [AND e.section_no = ?]" and its binds.
    static QString listWhere(const ListScope& scope, QVariantList& binds);
    // Through the connection's cache of prepared statements (ScopedConnection::run).
    Statement run(const QString& sql, const QVariantList& binds) const;
    // After a row loop: a loop that stopped on an error, not at the last row, is a failure.
    void checkFetch(const Statement& q) const;
    // "WITH ent(...), pts(id, entity_id) AS (...) ": the points whose entity (their own, else
    // their series') is one of `names` entity names bound first, each by an index.
    static QString entityPoints(int names);
    // The numeric values of pts (entityPoints' names first in `binds`), with `andWhere`'s
    // further conditions on d (datapoint) and s (series).
    QVector<MeasureValue> valuesOfEntities(int names, const QString& andWhere,
                                           const QVariantList& binds) const;
    void failRead(const QString& what) const;
    // "?, ?, …" and its binds for `measure NOT IN (…)` over the catch-all measures.
    static QString catchAllPlaceholders();
    static QVariantList catchAllBinds();
    QVector<SearchHit> searchChinese(const QStringList& words) const;
    // The words as an FTS5 query of quoted prefixes, or empty; *chinese when they hold Chinese
    // (searchChinese answers those).
    static QString ftsQuery(const QString& words, bool* chinese);
    // The ranked hits of the English index, less those `andWhere` leaves out (on
    // exhibit_search_place p): the whole ranking and one list's share alike.
    Statement searchRanked(const QString& columns, const QString& query, const QString& andWhere,
                           const QVariantList& binds) const;
    // exhibitData's "Also in" values (another report) and "Also stated on p. N" ones.
    void readOtherReports(ExhibitData& data) const;
    // The Chinese of the exhibit's note, axis titles and source line (exhibit_zh) and of its
    // points' category labels and text cells (datapoint_zh).
    void readChinese(ExhibitData& data) const;
    void readOtherPages(ExhibitData& data) const;
    // alsoOnPages' values of the series drawn here without values (reportdb_also.cpp).
    void readMissingElsewhere(ExhibitData& data) const;
    void readRelated(ExhibitData& data) const;
    // related's values of other pages (reportdb_related.cpp).
    void readRelatedElsewhere(ExhibitData& data) const;
    // The region (or company) each of these entities lies in, by name, in one query.
    QHash<QString, QString> entityParents(const QStringList& names) const;

    QString m_path;
    QString m_error;
    mutable QString m_readError;
    bool m_quickChecked = false;
    mutable int m_statements = 0;
    mutable QHash<QString, QVariantList> m_ran;
    std::unique_ptr<ScopedConnection> m_connection;
};

} // namespace trendboard
