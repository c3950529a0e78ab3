// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QVariantMap>

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
// the same order, and its label counts them.
class FilterMatches
{
public:
    QStringList ids; // every match, best first (report order without search text)
    void add(const QString& id, const QString& reportId, int section);
    // A section's matches, or with no section a whole report's (the brokerage note's tab).
    QStringList of(const QString& reportId, std::optional<int> section) const;

private:
    QHash<QPair<QString, int>, QStringList> m_bySection;
    QHash<QString, QStringList> m_byReport;
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
