// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

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

// Filters every exhibit of both reports by the filter bar's fields, from facets read once.
class FilterService
{
public:
    explicit FilterService(const ReportDatabase& db);

    // The ids of the exhibits that pass, ranked: by full-text rank when there is search text,
    // else in report order. A period bound that does not parse filters nothing and is named
    // in *problem.
    QStringList matching(const ExhibitFilter& filter, QString* problem = nullptr) const;
    // The values of a facet with how many exhibits pass every other filter and have that
    // value: what choosing it would leave. Most exhibits first.
    QVector<FacetCount> counts(Facet facet, const ExhibitFilter& filter) const;
    // The organisations a source line cites: 'Capital IQ (3/25), Morgan Stanley' names
    // Capital IQ and Morgan Stanley.
    static QStringList sourceNames(const QString& source);
    const QVector<ExhibitFacets>& facets() const { return m_facets; }

private:
    struct Bounds;
    bool passes(const ExhibitFacets& exhibit, const ExhibitFilter& filter, const Bounds& bounds,
                std::optional<Facet> ignored) const;
    Bounds boundsOf(const ExhibitFilter& filter, QString* problem) const;
    QStringList valuesOf(const ExhibitFacets& exhibit, Facet facet) const;
    // The full-text hits of the search text, ranked. One keystroke asks for them for the
    // matches and for every facet's counts: the last answer is kept.
    const QStringList& searchHits(const QString& text) const;

    const ReportDatabase& m_db;
    QVector<ExhibitFacets> m_facets;
    QHash<QString, QStringList> m_sourceNames; // exhibit id -> the organisations it cites
    mutable QString m_lastText;
    mutable QStringList m_lastHits;
};

} // namespace trendboard
