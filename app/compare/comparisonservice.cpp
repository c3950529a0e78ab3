// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison: the request resolved (measure, entities, periods), the values of every
// exhibit of both reports queried, merged and scaled to one display unit.
#include "compare/comparisonservice.h"

#include "analyst/analystservice.h"

#include "period.h"
#include "text/nearestnames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace trendboard {

namespace {

constexpr int kMinEntities = 2;
constexpr int kMaxEntities = 12;

// The unit the reports state most of these values in ($B for market caps printed as $3,368B),
// so that labels print the stated digits; when that unit would make the axis unreadable
// (beyond 100,000 of it), the largest unit that keeps the largest value at 1 or more.
void chooseDisplayUnit(const QVector<UnitInfo>& units, Comparison& c)
{
    if (c.values.isEmpty())
        return;
    QHash<QString, int> seen;
    for (const MeasureValue& v : std::as_const(c.values))
        seen[v.unit]++;
    // Of units stated equally often, the first stated (in period order): the hash's order
    // changes from one process to the next, and the axis title with it.
    const int most = *std::max_element(seen.cbegin(), seen.cend());
    QString mostStated;
    for (const MeasureValue& v : std::as_const(c.values)) {
        if (seen.value(v.unit) == most) {
            mostStated = v.unit;
            break;
        }
    }
    if (c.measure.quantity != QLatin1String("level") || c.measure.baseUnit.isEmpty()) {
        // Shares, growth rates, multiples: shown in the unit they are stated in.
        c.displayUnit = mostStated;
        c.displayFactor = 1;
        return;
    }
    double largest = 0;
    for (const MeasureValue& v : std::as_const(c.values))
        largest = std::max(largest, std::abs(v.baseValue));
    constexpr double kReadableAxis = 1e5;
    UnitInfo best{c.measure.baseUnit, c.measure.baseUnit, 1.0, QStringLiteral("level")};
    bool found = false;
    for (const UnitInfo& u : units) {
        if (u.baseUnit != c.measure.baseUnit || u.quantity != QLatin1String("level"))
            continue;
        if (u.symbol == mostStated && largest / u.factor < kReadableAxis) {
            best = u;
            break;
        }
        if (!found || (u.factor <= largest && u.factor > best.factor) ||
            (best.factor > largest && u.factor < best.factor)) {
            best = u;
            found = true;
        }
    }
    c.displayUnit = best.symbol;
    c.displayFactor = best.factor;
}

Comparison::Shape chooseShape(const QVector<MeasureValue>& values)
{
    QSet<QString> periods;
    QHash<QString, QSet<QString>> periodsOf;
    for (const MeasureValue& v : values) {
        const QString key = v.periodStart + QLatin1Char('/') + v.periodEnd;
        periods.insert(key);
        periodsOf[v.entity].insert(key);
    }
    if (periods.size() <= 1)
        return Comparison::Shape::CrossSection;
    for (const QSet<QString>& own : std::as_const(periodsOf)) {
        if (own.size() >= 3)
            return Comparison::Shape::TimeSeries;
    }
    return Comparison::Shape::ByPeriod;
}

// The same figure stated on several pages of one report (a market cap on p. 274 and p. 277:
// the same entity, period and value in base units, as the report states it) is one row, on
// its first page, naming the others; an analyst's value is never merged.
void mergeSameFigures(QVector<MeasureValue>& values)
{
    QVector<MeasureValue> merged;
    merged.reserve(values.size());
    // The rows merged so far by all that a merge asks to be equal (all but the base value,
    // which may differ by rounding): a value is looked for among its few, not every row.
    QHash<QString, QVector<int>> candidates;
    for (const MeasureValue& v : std::as_const(values)) {
        const bool mergeable = v.analyst == AnalystMark::None && !v.periodStart.isEmpty();
        const QString key = mergeable ? sameFigureKey(v) : QString();
        MeasureValue* same = nullptr;
        if (mergeable) {
            for (int at : candidates.value(key)) {
                const MeasureValue& m = merged.at(at);
                if (std::abs(m.baseValue - v.baseValue) <= 1e-9 * std::abs(m.baseValue)) {
                    same = &merged[at];
                    break;
                }
            }
        }
        if (!same) {
            merged.append(v);
            if (mergeable)
                candidates[key].append(int(merged.size()) - 1);
            continue;
        }
        if (v.page < same->page) {
            MeasureValue first = v;
            first.alsoOnPages = same->alsoOnPages;
            first.alsoOnPages.append(same->page);
            *same = first;
        } else if (v.page != same->page && !same->alsoOnPages.contains(v.page)) {
            same->alsoOnPages.append(v.page);
        }
        std::sort(same->alsoOnPages.begin(), same->alsoOnPages.end());
    }
    values = merged;
}

} // namespace

namespace {

// The product or company an exhibit's title names first, other than the entities compared:
// the subject of its values (a country's app users are ChatGPT's on p. 316, DeepSeek's on
// p. 317). Names are matched as whole words.
void findSubjects(ComparisonCache& cache, Comparison& c)
{
    for (const MeasureValue& v : std::as_const(c.values)) {
        if (!c.subjectOf.contains(v.exhibitId))
            c.subjectOf.insert(v.exhibitId,
                               cache.subjectOf(v.exhibitId, v.exhibitTitle, c.entities));
    }
}

} // namespace

std::optional<MeasureInfo> resolveMeasure(const ReportDatabase& db, const QString& typed)
{
    if (auto exact = db.measure(typed.trimmed()))
        return exact;
    // By id or name, in any case, spaces for underscores: "market cap", "Weekly active users".
    const QString want = looseName(typed);
    for (const MeasureInfo& m : db.measures()) {
        if (looseName(m.id) == want || looseName(m.name) == want)
            return m;
    }
    return std::nullopt;
}

namespace {

// "no measure 'x'; did you mean …?": the nearest of the names given.
QString unknownName(const QString& what, const QString& typed,
                    const QVector<QStringList>& candidates, const QString& listOption)
{
    const QStringList near = nearestNames(candidates, typed);
    return near.isEmpty()
               ? QCoreApplication::translate("trendboard::Comparison", "no %1 '%2' (see %3)")
                     .arg(what, typed, listOption)
               : QCoreApplication::translate("trendboard::Comparison",
                                             "no %1 '%2'; did you mean %3?")
                     .arg(what, typed, near.join(QStringLiteral(", ")));
}

// The measure and the entities asked for, resolved into c; false (with c.error) if one is
// unknown or there are too few or too many entities.
bool resolveNames(const ReportDatabase& db, const ComparisonRequest& request, Comparison& c)
{
    const auto measure = resolveMeasure(db, request.measure);
    if (!measure) {
        c.error = db.readError();
        if (c.error.isEmpty()) {
            c.badRequest = true;
            QVector<QStringList> candidates;
            for (const MeasureInfo& m : db.measures())
                candidates.append({m.id, m.name});
            c.error = unknownName(QCoreApplication::translate("trendboard::Comparison", "measure"),
                                  request.measure, candidates, QStringLiteral("--list-measures"));
        }
        return false;
    }
    c.measure = *measure;
    for (const QString& asked : request.entities) {
        const auto name = db.resolveEntity(asked);
        if (!name) {
            c.error = db.readError();
            if (c.error.isEmpty()) {
                c.badRequest = true;
                QVector<QStringList> candidates;
                for (const EntityInfo& e : db.entities())
                    candidates.append(QStringList{e.name} + e.aliases);
                c.error =
                    unknownName(QCoreApplication::translate("trendboard::Comparison", "entity"),
                                asked, candidates, QStringLiteral("--list-entities"));
            }
            return false;
        }
        if (!c.entities.contains(*name))
            c.entities.append(*name);
    }
    if (c.entities.size() < kMinEntities || c.entities.size() > kMaxEntities) {
        c.badRequest = true;
        c.error =
            QCoreApplication::translate("trendboard::Comparison",
                                        "a comparison takes %1 to %2 different entities, not %3")
                .arg(kMinEntities)
                .arg(kMaxEntities)
                .arg(c.entities.size());
        return false;
    }
    return true;
}

// The period bounds asked for as ISO dates (from: the first period's start, to: the last's
// end; empty: unbounded); false (with c.error) for a label that is no period or a range that
// ends before it starts.
bool resolvePeriods(const ComparisonRequest& request, Comparison& c, QString& from, QString& to)
{
    for (const auto& [label, bound, isEnd] :
         {std::tuple{request.periodFrom, &from, false}, std::tuple{request.periodTo, &to, true}}) {
        if (label.isEmpty())
            continue;
        const PeriodParse parsed = parsePeriod(label.toStdString());
        if (!parsed.period) {
            c.badRequest = true;
            c.error = QCoreApplication::translate("trendboard::Comparison", "period '%1': %2")
                          .arg(label, QString::fromStdString(parsed.error));
            return false;
        }
        *bound =
            QString::fromStdString(isEnd ? parsed.period->endIso() : parsed.period->startIso());
    }
    if (!from.isEmpty() && !to.isEmpty() && from > to) {
        c.badRequest = true;
        c.error = QCoreApplication::translate("trendboard::Comparison",
                                              "the period %1:%2 ends before it starts")
                      .arg(request.periodFrom, request.periodTo);
        return false;
    }
    return true;
}

// The values of the entities asked for, with the analyst's when asked. A region the reports
// state nothing of for this measure stands for its countries (the World Bank regions hold the
// report's countries): they are compared as "Region › Country".
QVector<MeasureValue> queryValues(ComparisonCache& cache, Comparison& c,
                                  const AnalystService* analyst)
{
    QHash<QString, QStringList> childrenOf;
    QHash<QString, QString> kindOf;
    for (const EntityInfo& e : cache.entities()) {
        childrenOf[e.parent].append(e.name);
        kindOf.insert(e.name, e.kind);
    }
    QStringList asked = c.entities;
    QHash<QString, QString> regionOf; // country -> the region asked for
    // Only the layer's values of this measure and these entities are read.
    const auto overlay = [&](QVector<MeasureValue>& values, const QStringList& entities) {
        return analyst ? analyst->overlayValues(values, c.measure.id, entities) : 0;
    };
    const QSet<QString> layerExhibits =
        analyst ? analyst->exhibitsWithValuesOf(c.measure.id) : QSet<QString>();
    QVector<MeasureValue> own = cache.reportValues(c.measure.id, c.entities, layerExhibits);
    overlay(own, c.entities);
    for (const QString& region : std::as_const(c.entities)) {
        const bool hasOwn = std::any_of(own.cbegin(), own.cend(), [&region](const MeasureValue& v) {
            return v.entity == region;
        });
        if (kindOf.value(region) != QLatin1String("region") || hasOwn)
            continue;
        QStringList queue = childrenOf.value(region);
        while (!queue.isEmpty()) {
            const QString member = queue.takeFirst();
            queue += childrenOf.value(member);
            if (kindOf.value(member) == QLatin1String("country") && !c.entities.contains(member) &&
                !regionOf.contains(member)) {
                regionOf.insert(member, region);
                asked.append(member);
            }
        }
    }
    c.asked = asked;
    // Without a region's countries the values asked for are those just read and laid over.
    if (asked == c.entities)
        return own;
    QVector<MeasureValue> stated = cache.reportValues(c.measure.id, asked, layerExhibits);
    overlay(stated, asked);
    for (MeasureValue& v : stated) {
        if (regionOf.contains(v.entity))
            v.entity = QStringLiteral("%1 › %2").arg(regionOf.value(v.entity), v.entity);
    }
    return stated;
}

// What is drawn (the entities with values, a region's countries) and who has no value.
void listShown(Comparison& c)
{
    for (const QString& e : std::as_const(c.entities)) {
        const QString prefix = e + QStringLiteral(" › ");
        bool any = false;
        for (const MeasureValue& v : std::as_const(c.values)) {
            if (v.entity == e || v.entity.startsWith(prefix)) {
                any = true;
                if (!c.shown.contains(v.entity) && v.entity != e)
                    c.shown.append(v.entity);
            }
        }
        if (std::any_of(c.values.cbegin(), c.values.cend(),
                        [&e](const MeasureValue& v) { return v.entity == e; }))
            c.shown.append(e);
        if (!any)
            c.withoutValues.append(e);
    }
}

} // namespace

Comparison compare(const ReportDatabase& db, const ComparisonRequest& request,
                   const AnalystService* analyst)
{
    ComparisonCache once(db);
    return once.compare(request, analyst);
}

bool ComparisonCache::resolve(const ComparisonRequest& request, Comparison& c)
{
    const QString key = QStringList{request.measure, request.entities.join(QChar(0x1f))}.join(
        QChar(0x1e)); // never in a name
    if (key == m_resolvedKey) {
        c.measure = m_resolved.measure;
        c.entities = m_resolved.entities;
        return true;
    }
    if (!resolveNames(m_db, request, c))
        return false;
    m_resolvedKey = key;
    m_resolved = c;
    return true;
}

Comparison ComparisonCache::compare(const ComparisonRequest& request, const AnalystService* analyst)
{
    Comparison c;
    QString from;
    QString to;
    if (!resolve(request, c) || !resolvePeriods(request, c, from, to))
        return c;
    const QVector<MeasureValue> stated =
        queryValues(*this, c, request.includeAnalyst ? analyst : nullptr);
    for (const MeasureValue& v : stated) {
        // A value without a period (a category such as 'Year 3') has no place on a time axis
        // that other exhibits share, unless no period bound is asked for.
        if ((!from.isEmpty() || !to.isEmpty()) && v.periodEnd.isEmpty())
            continue;
        if (!from.isEmpty() && v.periodEnd < from)
            continue;
        if (!to.isEmpty() && v.periodStart > to)
            continue;
        if (v.analyst != AnalystMark::None)
            ++c.analystValues;
        c.values.append(v);
    }
    if (!m_db.readError().isEmpty()) {
        c.error = m_db.readError();
        return c;
    }
    listShown(c);
    mergeSameFigures(c.values);
    chooseDisplayUnit(units(), c);
    c.shape = chooseShape(c.values);
    findSubjects(*this, c);
    return c;
}

} // namespace trendboard
