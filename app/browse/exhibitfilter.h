// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QVariantMap>

#include <climits>
#include <memory>

namespace trendboard {

// What the filter bar asks of every tab's exhibits. Empty fields filter nothing.
struct ExhibitFilter
{
    QString text;         // full-text search over titles, headlines, notes, sources, ...
    QStringList entities; // any of them
    QString periodFrom;   // period labels ('2020', 'Q1:24'); the exhibit's span overlaps
    QString periodTo;
    QStringList quantities; // level, share, growth, multiple, index, rank: any of them
    QStringList units;      // unit symbols as printed: any of them
    QStringList sources;    // source names ('Morgan Stanley'): any of them
    bool onlyWithValues = false;

    bool isActive() const;
    // For 'No exhibit matches …': the search text and each filter set, in words.
    QString describe() const;
    // Kept in QSettings between runs.
    QVariantMap toMap() const;
    static ExhibitFilter fromMap(const QVariantMap& map);
    bool operator==(const ExhibitFilter& other) const;
    bool operator!=(const ExhibitFilter& other) const { return !(*this == other); }
};

struct FacetCount
{
    QString value;
    int exhibits = 0;
};

enum class Facet
{
    Entity,
    Quantity,
    Unit,
    Source
};

// The filter's matches, ranked, and shared out to the tabs: each tab's list shows its own in
// the same order, and its label counts them. Search text alone (each keystroke) is counted per
// tab at once and ranked a tab at a time, when that tab's list is asked for (issue 25: ranking
// every hit of every tab cost 300 ms a keystroke at 1000 times the data); copies share what
// was read.
class FilterMatches
{
public:
    using Scope = ReportDatabase::ListScope;
    // Every match, best first (report order without search text).
    QStringList ids() const;
    int count() const;
    // A section's matches, or with no section a whole report's (the brokerage note's tab).
    QStringList of(const QString& reportId, std::optional<int> section) const;
    int countOf(const QString& reportId, std::optional<int> section) const;
    // How many lists were ranked (tests: a keystroke ranks only the list on show).
    int listsRanked() const;

    // A filter's matches, in their order.
    void add(const QString& id, const QString& reportId, int section);
    // The search text's matches, counted now and ranked when asked for.
    static FilterMatches ofText(const ReportDatabase& db, const QString& text);

private:
    using Key = QPair<QString, int>; // report, section (kWholeReport: every section)
    static constexpr int kWholeReport = INT_MIN;
    static Key keyOf(const QString& reportId, std::optional<int> section)
    {
        return {reportId, section.value_or(kWholeReport)};
    }
    struct Text
    {
        const ReportDatabase* db = nullptr;
        QString text;
        QHash<Key, int> counts; // per section and per whole report
        int total = 0;
        QHash<Key, QStringList> ranked; // the lists asked for so far
        std::optional<QStringList> all;
    };
    QStringList m_ids;
    QHash<Key, QStringList> m_bySection;
    QHash<QString, QStringList> m_byReport;
    std::shared_ptr<Text> m_text; // search text alone
};

// Filters every exhibit of both reports by the filter bar's fields. Search text alone (the
// common case, each keystroke) is answered by the full-text index; the facets (entities,
// kinds, units, sources, periods, values of every exhibit) are read the first time a facet
// filter or a facet list needs them, never at start (issue 25: seconds and hundreds of MB at
// 1000 times the data).
class FilterService
{
public:
    explicit FilterService(const ReportDatabase& db);

    // The ids of the exhibits that pass, ranked: by full-text rank when there is search text,
    // else in report order. A period bound that does not parse filters nothing and is named
    // in *problem.
    QStringList matching(const ExhibitFilter& filter, QString* problem = nullptr) const;
    // The same, shared out to the sections.
    FilterMatches matches(const ExhibitFilter& filter, QString* problem = nullptr) const;
    // The values of a facet with how many exhibits pass every other filter and have that
    // value: what choosing it would leave. Most exhibits first.
    QVector<FacetCount> counts(Facet facet, const ExhibitFilter& filter) const;
    // The organisations a source line cites: 'Capital IQ (3/25), Morgan Stanley' names
    // Capital IQ and Morgan Stanley.
    static QStringList sourceNames(const QString& source);
    // Every exhibit's facets, read on the first call.
    const QVector<ExhibitFacets>& facets() const;
    // How many times the facets were read (once at most; tests).
    int facetReads() const { return m_facetReads; }
    // Whether the filter filters by more than search text: it needs the facets.
    static bool needsFacets(const ExhibitFilter& filter);

private:
    struct Bounds;
    bool passes(const ExhibitFacets& exhibit, const ExhibitFilter& filter, const Bounds& bounds,
                std::optional<Facet> ignored) const;
    Bounds boundsOf(const ExhibitFilter& filter, QString* problem) const;
    QStringList valuesOf(const ExhibitFacets& exhibit, Facet facet) const;
    // The full-text hits of the search text, ranked. One keystroke asks for them for the
    // matches and for every facet's counts: the last answer is kept.
    const QVector<ReportDatabase::SearchHit>& searchHits(const QString& text) const;

    const ReportDatabase& m_db;
    mutable std::optional<QVector<ExhibitFacets>> m_facets;
    mutable QHash<QString, QStringList> m_sourceNames; // exhibit id -> the organisations it cites
    mutable int m_facetReads = 0;
    mutable QString m_lastText;
    mutable QVector<ReportDatabase::SearchHit> m_lastHits;
};

} // namespace trendboard
