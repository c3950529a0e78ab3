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
void chooseDisplayUnit(const ReportDatabase& db, Comparison& c)
{
    if (c.values.isEmpty())
        return;
    QHash<QString, int> seen;
    for (const MeasureValue& v : std::as_const(c.values))
        seen[v.unit]++;
    const QString mostStated = std::max_element(seen.begin(), seen.end()).key();
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
    for (const UnitInfo& u : db.units()) {
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
    for (const MeasureValue& v : std::as_const(values)) {
        auto same = std::find_if(merged.begin(), merged.end(), [&v](const MeasureValue& m) {
            return m.analyst == AnalystMark::None && v.analyst == AnalystMark::None &&
                   m.reportId == v.reportId && m.entity == v.entity && m.measure == v.measure &&
                   m.periodStart == v.periodStart && m.periodEnd == v.periodEnd &&
                   !v.periodStart.isEmpty() && m.baseUnit == v.baseUnit && m.status == v.status &&
                   std::abs(m.baseValue - v.baseValue) <= 1e-9 * std::abs(m.baseValue);
        });
        if (same == merged.end()) {
            merged.append(v);
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

// A word character as QRegularExpression's \b sees it by default: ASCII letters and digits,
// '_' (without UseUnicodePropertiesOption).
bool isWordChar(const QString& text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return false;
    const char16_t c = text.at(at).unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

// Where `name` first occurs in `text` as a whole word (as \bname\b matches it), or -1. Plain
// searches: a comparison once compiled a regular expression for every name and alias of every
// company and product, each time it compared (more than half of an edit's refresh).
qsizetype wholeWordAt(const QString& text, const QString& name)
{
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (isWordChar(text, at - 1) != isWordChar(text, at) &&
            isWordChar(text, end - 1) != isWordChar(text, end))
            return at;
    }
    return -1;
}

// The product or company an exhibit's title names first, other than the entities compared:
// the subject of its values (a country's app users are ChatGPT's on p. 316, DeepSeek's on
// p. 317). Names are matched as whole words.
void findSubjects(const ReportDatabase& db, Comparison& c)
{
    QVector<QPair<QString, QString>> names; // entity, a name or alias of it
    for (const EntityInfo& e : db.entities()) {
        if (e.kind != QLatin1String("product") && e.kind != QLatin1String("company"))
            continue;
        if (c.entities.contains(e.name))
            continue;
        for (const QString& n : QStringList{e.name} + e.aliases) {
            if (n.size() > 1)
                names.append({e.name, n});
        }
    }
    for (const MeasureValue& v : std::as_const(c.values)) {
        if (c.subjectOf.contains(v.exhibitId))
            continue;
        QString subject;
        qsizetype first = -1;
        for (const auto& [entity, name] : std::as_const(names)) {
            const qsizetype at = wholeWordAt(v.exhibitTitle, name);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
                subject = entity;
            }
        }
        c.subjectOf.insert(v.exhibitId, subject);
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
QVector<MeasureValue> queryValues(const ReportDatabase& db, Comparison& c,
                                  const AnalystService* analyst)
{
    QHash<QString, QStringList> childrenOf;
    QHash<QString, QString> kindOf;
    for (const EntityInfo& e : db.entities()) {
        childrenOf[e.parent].append(e.name);
        kindOf.insert(e.name, e.kind);
    }
    QStringList asked = c.entities;
    QHash<QString, QString> regionOf; // country -> the region asked for
    // Only the layer's values of this measure and these entities are read.
    const auto overlay = [&](QVector<MeasureValue>& values, const QStringList& entities) {
        return analyst ? analyst->overlayValues(values, c.measure.id, entities) : 0;
    };
    QVector<MeasureValue> own = db.measureValues(c.measure.id, c.entities);
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
    QVector<MeasureValue> stated = db.measureValues(c.measure.id, asked);
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
    Comparison c;
    QString from;
    QString to;
    if (!resolveNames(db, request, c) || !resolvePeriods(request, c, from, to))
        return c;
    const QVector<MeasureValue> stated =
        queryValues(db, c, request.includeAnalyst ? analyst : nullptr);
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
    if (!db.readError().isEmpty()) {
        c.error = db.readError();
        return c;
    }
    listShown(c);
    mergeSameFigures(c.values);
    chooseDisplayUnit(db, c);
    c.shape = chooseShape(c.values);
    findSubjects(db, c);
    return c;
}

} // namespace trendboard
