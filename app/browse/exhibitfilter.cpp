// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/exhibitfilter.h"

#include "period.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace trendboard {

namespace {

// The filter's texts, in one translation context: lupdate files a tr() under the context that
// Q_DECLARE_TR_FUNCTIONS names, and the app looks it up under the same string (a helper calling
// translate("ExhibitFilter", …) was filed under another, so its texts stayed English).
class FilterText
{
    Q_DECLARE_TR_FUNCTIONS(trendboard::ExhibitFilter)
};

bool intersects(const QStringList& have, const QStringList& wanted)
{
    return std::any_of(wanted.begin(), wanted.end(),
                       [&](const QString& w) { return have.contains(w, Qt::CaseInsensitive); });
}

} // namespace

bool ExhibitFilter::isActive() const
{
    return !text.trimmed().isEmpty() || !entities.isEmpty() || !periodFrom.trimmed().isEmpty() ||
           !periodTo.trimmed().isEmpty() || !quantities.isEmpty() || !units.isEmpty() ||
           !sources.isEmpty() || onlyWithValues;
}

QString ExhibitFilter::describe() const
{
    QStringList parts;
    if (!text.trimmed().isEmpty())
        parts << QStringLiteral("“%1”").arg(text.trimmed());
    if (!entities.isEmpty())
        parts << entities.join(FilterText::tr(" or "));
    if (!periodFrom.trimmed().isEmpty() || !periodTo.trimmed().isEmpty())
        parts << FilterText::tr("periods %1–%2").arg(periodFrom.trimmed(), periodTo.trimmed());
    if (!quantities.isEmpty())
        parts << quantities.join(FilterText::tr(" or "));
    if (!units.isEmpty())
        parts << FilterText::tr("in %1").arg(units.join(FilterText::tr(" or ")));
    if (!sources.isEmpty())
        parts << FilterText::tr("from %1").arg(sources.join(FilterText::tr(" or ")));
    if (onlyWithValues)
        parts << FilterText::tr("with values");
    return parts.join(QStringLiteral(", "));
}

QVariantMap ExhibitFilter::toMap() const
{
    return {{QStringLiteral("text"), text},
            {QStringLiteral("entities"), entities},
            {QStringLiteral("periodFrom"), periodFrom},
            {QStringLiteral("periodTo"), periodTo},
            {QStringLiteral("quantities"), quantities},
            {QStringLiteral("units"), units},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("onlyWithValues"), onlyWithValues}};
}

ExhibitFilter ExhibitFilter::fromMap(const QVariantMap& map)
{
    ExhibitFilter f;
    f.text = map.value(QStringLiteral("text")).toString();
    f.entities = map.value(QStringLiteral("entities")).toStringList();
    f.periodFrom = map.value(QStringLiteral("periodFrom")).toString();
    f.periodTo = map.value(QStringLiteral("periodTo")).toString();
    f.quantities = map.value(QStringLiteral("quantities")).toStringList();
    f.units = map.value(QStringLiteral("units")).toStringList();
    f.sources = map.value(QStringLiteral("sources")).toStringList();
    f.onlyWithValues = map.value(QStringLiteral("onlyWithValues")).toBool();
    return f;
}

bool ExhibitFilter::operator==(const ExhibitFilter& o) const
{
    return text == o.text && entities == o.entities && periodFrom == o.periodFrom &&
           periodTo == o.periodTo && quantities == o.quantities && units == o.units &&
           sources == o.sources && onlyWithValues == o.onlyWithValues;
}

struct FilterService::Bounds
{
    QString from; // ISO; empty: open
    QString to;
    bool any = false;
    std::optional<QSet<QString>> textHits;
};

void FilterMatches::add(const QString& id, const QString& reportId, int section)
{
    m_ids.append(id);
    m_bySection[{reportId, section}].append(id);
    m_byReport[reportId].append(id);
}

FilterMatches FilterMatches::ofText(const ReportDatabase& db, const QString& text)
{
    FilterMatches out;
    out.m_text = std::make_shared<Text>();
    out.m_text->db = &db;
    out.m_text->text = text;
    for (const ReportDatabase::SearchCount& c : db.searchCounts(text)) {
        out.m_text->counts[{c.reportId, c.section}] += c.exhibits;
        out.m_text->counts[keyOf(c.reportId, std::nullopt)] += c.exhibits;
        out.m_text->total += c.exhibits;
    }
    return out;
}

QStringList FilterMatches::ids() const
{
    if (!m_text)
        return m_ids;
    if (!m_text->all)
        m_text->all = m_text->db->search(m_text->text);
    return *m_text->all;
}

int FilterMatches::count() const
{
    return m_text ? m_text->total : int(m_ids.size());
}

QStringList FilterMatches::of(const QString& reportId, std::optional<int> section) const
{
    if (!m_text)
        return section ? m_bySection.value({reportId, *section}) : m_byReport.value(reportId);
    const Key key = keyOf(reportId, section);
    if (m_text->counts.value(key) == 0)
        return {};
    auto found = m_text->ranked.constFind(key);
    if (found == m_text->ranked.cend())
        found = m_text->ranked.insert(key, m_text->db->searchIn(m_text->text, {reportId, section}));
    return *found;
}

int FilterMatches::countOf(const QString& reportId, std::optional<int> section) const
{
    if (!m_text)
        return int(of(reportId, section).size());
    return m_text->counts.value(keyOf(reportId, section));
}

int FilterMatches::listsRanked() const
{
    return m_text ? int(m_text->ranked.size()) + (m_text->all ? 1 : 0) : 0;
}

FilterService::FilterService(const ReportDatabase& db) : m_db(db) {}

const QVector<ExhibitFacets>& FilterService::facets() const
{
    if (!m_facets) {
        ++m_facetReads;
        m_facets = m_db.exhibitFacets();
        for (const ExhibitFacets& f : std::as_const(*m_facets))
            m_sourceNames.insert(f.id, sourceNames(f.source));
    }
    return *m_facets;
}

bool FilterService::needsFacets(const ExhibitFilter& f)
{
    return !f.entities.isEmpty() || !f.periodFrom.trimmed().isEmpty() ||
           !f.periodTo.trimmed().isEmpty() || !f.quantities.isEmpty() || !f.units.isEmpty() ||
           !f.sources.isEmpty() || f.onlyWithValues;
}

QStringList FilterService::sourceNames(const QString& source)
{
    static const QRegularExpression dated(QStringLiteral(R"(\s*\([^)]*\))"));
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:[;,]|\bvia\b)\s*)"));
    QString plain = source;
    plain.remove(dated);
    QStringList names;
    for (QString name : plain.split(separators, Qt::SkipEmptyParts)) {
        name = name.trimmed();
        if (name.size() > 1 && !names.contains(name))
            names.append(name);
    }
    return names;
}

FilterService::Bounds FilterService::boundsOf(const ExhibitFilter& filter, QString* problem) const
{
    Bounds b;
    const auto bound = [&](const QString& label, bool start) {
        const QString trimmed = label.trimmed();
        if (trimmed.isEmpty())
            return QString();
        const PeriodParse parse = parsePeriod(trimmed.toStdString());
        if (!parse.period) {
            if (problem)
                *problem =
                    FilterText::tr("'%1' is not a period the report prints (2024, Q1:25, 4/25, "
                                   "5/15/25)")
                        .arg(trimmed);
            return QString();
        }
        return QString::fromStdString(start ? parse.period->startIso() : parse.period->endIso());
    };
    b.from = bound(filter.periodFrom, true);
    b.to = bound(filter.periodTo, false);
    b.any = !b.from.isEmpty() || !b.to.isEmpty();
    if (!filter.text.trimmed().isEmpty()) {
        QSet<QString> hits;
        for (const ReportDatabase::SearchHit& hit : searchHits(filter.text))
            hits.insert(hit.exhibitId);
        b.textHits = std::move(hits);
    }
    return b;
}

const QVector<ReportDatabase::SearchHit>& FilterService::searchHits(const QString& text) const
{
    if (text != m_lastText || m_lastText.isEmpty()) {
        m_lastText = text;
        m_lastHits = m_db.searchHits(text);
    }
    return m_lastHits;
}

QStringList FilterService::valuesOf(const ExhibitFacets& exhibit, Facet facet) const
{
    switch (facet) {
    case Facet::Entity:
        return exhibit.entities;
    case Facet::Quantity:
        return exhibit.quantities;
    case Facet::Unit:
        return exhibit.units;
    case Facet::Source:
        return m_sourceNames.value(exhibit.id);
    }
    return {};
}

bool FilterService::passes(const ExhibitFacets& e, const ExhibitFilter& f, const Bounds& b,
                           std::optional<Facet> ignored) const
{
    if (b.textHits && !b.textHits->contains(e.id))
        return false;
    if (f.onlyWithValues && e.statedValues == 0)
        return false;
    if (b.any) {
        // The exhibit's span overlaps the range; an exhibit without periods is outside any.
        if (e.periodStart.isEmpty() || e.periodEnd.isEmpty())
            return false;
        if ((!b.from.isEmpty() && e.periodEnd < b.from) ||
            (!b.to.isEmpty() && e.periodStart > b.to))
            return false;
    }
    const std::pair<Facet, const QStringList*> chosen[] = {{Facet::Entity, &f.entities},
                                                           {Facet::Quantity, &f.quantities},
                                                           {Facet::Unit, &f.units},
                                                           {Facet::Source, &f.sources}};
    for (const auto& [facet, wanted] : chosen) {
        if (facet != ignored && !wanted->isEmpty() && !intersects(valuesOf(e, facet), *wanted))
            return false;
    }
    return true;
}

QStringList FilterService::matching(const ExhibitFilter& filter, QString* problem) const
{
    return matches(filter, problem).ids();
}

FilterMatches FilterService::matches(const ExhibitFilter& filter, QString* problem) const
{
    const bool text = !filter.text.trimmed().isEmpty();
    if (text && !needsFacets(filter)) {
        // Search text alone: the full-text hits are the matches, counted per tab now and
        // ranked a tab at a time when asked for.
        return FilterMatches::ofText(m_db, filter.text);
    }
    FilterMatches out;
    const Bounds bounds = boundsOf(filter, problem);
    QVector<const ExhibitFacets*> kept;
    for (const ExhibitFacets& e : facets()) {
        if (passes(e, filter, bounds, std::nullopt))
            kept.append(&e);
    }
    if (text) {
        // Ranked as the full-text index ranks them.
        const QVector<ReportDatabase::SearchHit>& ranked = searchHits(filter.text);
        QHash<QString, int> rank;
        for (int i = 0; i < ranked.size(); ++i)
            rank.insert(ranked.at(i).exhibitId, i);
        std::stable_sort(kept.begin(), kept.end(),
                         [&](const ExhibitFacets* a, const ExhibitFacets* b) {
                             return rank.value(a->id, INT_MAX) < rank.value(b->id, INT_MAX);
                         });
    }
    for (const ExhibitFacets* e : std::as_const(kept))
        out.add(e->id, e->reportId, e->section);
    return out;
}

QVector<FacetCount> FilterService::counts(Facet facet, const ExhibitFilter& filter) const
{
    const Bounds bounds = boundsOf(filter, nullptr);
    QHash<QString, int> count;
    for (const ExhibitFacets& e : facets()) {
        // Every value of the facet is listed, also those no exhibit would keep (count 0), so
        // a chosen value never disappears from its list.
        const bool kept = passes(e, filter, bounds, facet);
        for (const QString& value : valuesOf(e, facet))
            count[value] += kept ? 1 : 0;
    }
    QVector<FacetCount> out;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) {
        return a.exhibits != b.exhibits ? a.exhibits > b.exhibits
                                        : a.value.compare(b.value, Qt::CaseInsensitive) < 0;
    });
    return out;
}

} // namespace trendboard
