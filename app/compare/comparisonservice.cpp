// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparisonservice.h"

#include "analyst/analystservice.h"

#include "period.h"
#include "text/displaylanguage.h"
#include "text/nearestnames.h"
#include "text/valueformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace trendboard {

namespace {

constexpr int kMinEntities = 2;
constexpr int kMaxEntities = 12;

// An entity as a chart names it: its Chinese name under Chinese; a country shown for its region
// ("South Asia › India") by both names.
QString shownEntity(const QString& entity)
{
    static const QString arrow = QStringLiteral(" › ");
    QStringList parts = entity.split(arrow);
    for (QString& part : parts)
        part = displayEntityName(part);
    return parts.join(arrow);
}

QString shownEntities(const QStringList& entities)
{
    QStringList shown;
    for (const QString& e : entities)
        shown.append(shownEntity(e));
    return shown.join(QCoreApplication::translate("trendboard::Comparison", ", "));
}

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

// The product or company an exhibit's title names first, other than the entities compared:
// the subject of its values (a country's app users are ChatGPT's on p. 316, DeepSeek's on
// p. 317). Names are matched as whole words.
void findSubjects(const ReportDatabase& db, Comparison& c)
{
    QVector<QPair<QString, QRegularExpression>> names;
    for (const EntityInfo& e : db.entities()) {
        if (e.kind != QLatin1String("product") && e.kind != QLatin1String("company"))
            continue;
        if (c.entities.contains(e.name))
            continue;
        for (const QString& n : QStringList{e.name} + e.aliases) {
            if (n.size() > 1)
                names.append(
                    {e.name, QRegularExpression(
                                 QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(n)))});
        }
    }
    for (const MeasureValue& v : std::as_const(c.values)) {
        if (c.subjectOf.contains(v.exhibitId))
            continue;
        QString subject;
        qsizetype first = -1;
        for (const auto& [name, pattern] : std::as_const(names)) {
            const auto m = pattern.match(v.exhibitTitle);
            if (m.hasMatch() && (first < 0 || m.capturedStart() < first)) {
                first = m.capturedStart();
                subject = name;
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

Comparison compare(const ReportDatabase& db, const ComparisonRequest& request,
                   const AnalystService* analyst)
{
    Comparison c;
    const auto measure = resolveMeasure(db, request.measure);
    if (!measure) {
        c.error = db.readError();
        if (c.error.isEmpty()) {
            c.badRequest = true;
            QVector<QStringList> candidates;
            for (const MeasureInfo& m : db.measures())
                candidates.append({m.id, m.name});
            const QStringList near = nearestNames(candidates, request.measure);
            c.error = near.isEmpty()
                          ? QCoreApplication::translate("trendboard::Comparison",
                                                        "no measure '%1' (see --list-measures)")
                                .arg(request.measure)
                          : QCoreApplication::translate("trendboard::Comparison",
                                                        "no measure '%1'; did you mean %2?")
                                .arg(request.measure, near.join(QStringLiteral(", ")));
        }
        return c;
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
                const QStringList near = nearestNames(candidates, asked);
                c.error = near.isEmpty()
                              ? QCoreApplication::translate("trendboard::Comparison",
                                                            "no entity '%1' (see --list-entities)")
                                    .arg(asked)
                              : QCoreApplication::translate("trendboard::Comparison",
                                                            "no entity '%1'; did you mean %2?")
                                    .arg(asked, near.join(QStringLiteral(", ")));
            }
            return c;
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
        return c;
    }
    QString from;
    QString to;
    for (const auto& [label, bound, isEnd] :
         {std::tuple{request.periodFrom, &from, false}, std::tuple{request.periodTo, &to, true}}) {
        if (label.isEmpty())
            continue;
        const PeriodParse parsed = parsePeriod(label.toStdString());
        if (!parsed.period) {
            c.badRequest = true;
            c.error = QCoreApplication::translate("trendboard::Comparison", "period '%1': %2")
                          .arg(label, QString::fromStdString(parsed.error));
            return c;
        }
        *bound =
            QString::fromStdString(isEnd ? parsed.period->endIso() : parsed.period->startIso());
    }
    if (!from.isEmpty() && !to.isEmpty() && from > to) {
        c.badRequest = true;
        c.error = QCoreApplication::translate("trendboard::Comparison",
                                              "the period %1:%2 ends before it starts")
                      .arg(request.periodFrom, request.periodTo);
        return c;
    }
    // A region the reports state nothing of for this measure stands for its countries (the
    // World Bank regions hold the report's countries): they are compared as "Region › Country".
    QHash<QString, QStringList> childrenOf;
    QHash<QString, QString> kindOf;
    for (const EntityInfo& e : db.entities()) {
        childrenOf[e.parent].append(e.name);
        kindOf.insert(e.name, e.kind);
    }
    QStringList asked = c.entities;
    QHash<QString, QString> regionOf; // country -> the region asked for
    const bool withAnalyst = analyst && request.includeAnalyst;
    const auto overlay = [&](QVector<MeasureValue>& values, const QStringList& entities) {
        return withAnalyst
                   ? analyst->overlayValues(values,
                                            [&](const QString& m, const QString& e) {
                                                return m == c.measure.id && entities.contains(e);
                                            })
                   : 0;
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
    QVector<MeasureValue> stated = db.measureValues(c.measure.id, asked);
    overlay(stated, asked);
    for (MeasureValue v : std::as_const(stated)) {
        if (regionOf.contains(v.entity))
            v.entity = QStringLiteral("%1 › %2").arg(regionOf.value(v.entity), v.entity);
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
    mergeSameFigures(c.values);
    chooseDisplayUnit(db, c);
    c.shape = chooseShape(c.values);
    findSubjects(db, c);
    return c;
}

// One period: ranked horizontal bars, one per entity and value. The same value on several pages
// is one bar (the first page that states it). Values from several exhibits (a country's
// ChatGPT and DeepSeek app users) are a series each, named by what the exhibit is about, so
// that a legend entry is one product and a category one entity.
void addCrossSection(const Comparison& c, ExhibitData& data, QStringList& notes,
                     const std::function<PointRecord(const MeasureValue&)>& record,
                     const std::function<void(SeriesRecord&)>& describe)
{
    ExhibitInfo& info = data.info;
    info.kind = ChartKind::Bar;
    info.orientation = QStringLiteral("horizontal");
    info.xKind = QStringLiteral("category");
    QStringList exhibits;
    QVector<const MeasureValue*> kept;
    for (const MeasureValue& v : c.values) {
        const bool seen = std::any_of(kept.cbegin(), kept.cend(), [&](const MeasureValue* k) {
            return k->entity == v.entity &&
                   std::abs(k->baseValue - v.baseValue) <= 1e-9 * std::abs(v.baseValue);
        });
        if (seen)
            continue;
        kept.append(&v);
        if (!exhibits.contains(v.exhibitId))
            exhibits.append(v.exhibitId);
    }
    // Entities ranked by their largest value: the categories' order, top down.
    std::stable_sort(kept.begin(), kept.end(), [](const MeasureValue* a, const MeasureValue* b) {
        return a->baseValue > b->baseValue;
    });
    const bool several = exhibits.size() > 1;
    for (const QString& exhibit : std::as_const(exhibits)) {
        SeriesRecord s;
        describe(s);
        s.name = displayMeasureName(c.measure.id, c.measure.name);
        QStringList entities;
        for (const MeasureValue* v : std::as_const(kept)) {
            if (several && v->exhibitId != exhibit)
                continue;
            if (several && s.points.isEmpty()) {
                const QString subject = c.subjectOf.value(exhibit);
                const QString what = subject.isEmpty()
                                         ? displayName(v->exhibitTitle, v->exhibitTitleZh)
                                         : shownEntity(subject);
                s.name = v->page > 0
                             ? QCoreApplication::translate("trendboard::Comparison", "%1 (p. %2)")
                                   .arg(what)
                                   .arg(v->page)
                             : QCoreApplication::translate("trendboard::Comparison", "%1 (%2)")
                                   .arg(what, v->reportShort);
            }
            PointRecord p = record(*v);
            p.entity = v->entity;
            // Two values of one entity in one exhibit (two of its series): each named.
            p.xLabel = entities.contains(v->entity)
                           ? QCoreApplication::translate("trendboard::Comparison", "%1 (%2)")
                                 .arg(shownEntity(v->entity), v->series)
                           : shownEntity(v->entity);
            entities.append(v->entity);
            s.points.append(p);
        }
        data.series.append(s);
        if (!several)
            break;
    }
    if (several) {
        QStringList from;
        for (const MeasureValue* v : std::as_const(kept)) {
            const QString line =
                v->page > 0
                    ? QCoreApplication::translate("trendboard::Comparison", "p. %1 %2")
                          .arg(v->page)
                          .arg(displayName(v->exhibitTitle, v->exhibitTitleZh))
                    : QCoreApplication::translate("trendboard::Comparison", "%1: %2")
                          .arg(v->reportShort, displayName(v->exhibitTitle, v->exhibitTitleZh));
            if (!from.contains(line))
                from.append(line);
        }
        notes.append(
            QCoreApplication::translate("trendboard::Comparison",
                                        "Values from %n exhibit(s), which may measure different "
                                        "things: %1.",
                                        nullptr, int(exhibits.size()))
                .arg(from.join(QCoreApplication::translate("trendboard::Comparison", "; "))));
    }
    if (!c.values.isEmpty())
        info.periodLabel = c.values.first().xLabel;
}

ExhibitData comparisonExhibit(const Comparison& c)
{
    ExhibitData data;
    ExhibitInfo& info = data.info;
    info.id = QStringLiteral("comparison");
    info.reportPages = 1;
    info.title = c.title();
    info.unit = c.displayUnit;
    info.unitFactor = c.displayFactor;
    // The axis's base unit: a level's; for shares, rates and multiples, the display unit's.
    info.unitBase = c.measure.baseUnit;
    if (info.unitBase.isEmpty()) {
        for (const MeasureValue& v : c.values) {
            if (v.unit == c.displayUnit) {
                info.unitBase = v.baseUnit;
                break;
            }
        }
    }
    const QString& quantity = c.measure.quantity;
    auto describe = [&info, &quantity, &c](SeriesRecord& s) {
        s.measure = c.measure.id;
        s.unit = c.displayUnit;
        s.unitBase = info.unitBase;
        s.unitQuantity = quantity;
    };
    const QString measureName = displayMeasureName(c.measure.id, c.measure.name);
    info.yAxis = c.displayUnit.isEmpty()
                     ? measureName
                     : QCoreApplication::translate("trendboard::Comparison", "%1, %2")
                           .arg(measureName, c.displayUnit);
    // Where every value comes from: report and pages, in order.
    QStringList sources;
    QHash<QString, QStringList> pagesOf;
    for (const MeasureValue& v : c.values) {
        if (!sources.contains(v.reportShort))
            sources.append(v.reportShort);
        QStringList& pages = pagesOf[v.reportShort];
        const QString page = QString::number(v.page);
        if (v.page > 0 && !pages.contains(page))
            pages.append(page);
    }
    QStringList parts;
    for (const QString& s : std::as_const(sources)) {
        const QStringList& pages = pagesOf.value(s);
        parts.append(pages.isEmpty()
                         ? s
                         : QCoreApplication::translate("trendboard::Comparison", "%1 p. %2")
                               .arg(s, pages.join(QStringLiteral(", "))));
    }
    info.source = parts.join(QStringLiteral("; "));
    info.reportCite = QCoreApplication::translate("trendboard::Comparison",
                                                  "values as stated, compared by Trendboard");
    QStringList notes;
    if (!c.withoutValues.isEmpty())
        notes.append(QCoreApplication::translate("trendboard::Comparison",
                                                 "No stated value of this measure for: %1.")
                         .arg(shownEntities(c.withoutValues)));
    if (c.analystValues > 0)
        notes.append(
            QCoreApplication::translate("trendboard::Comparison",
                                        "%1 of the values are the analyst's (edited or filled in), "
                                        "marked as such.")
                .arg(c.analystValues));
    if (c.shape == Comparison::Shape::TimeSeries) {
        // Values stated without a date have no place on a time axis: named, never dropped.
        QStringList undated;
        for (const MeasureValue& v : c.values) {
            if (v.periodStart.isEmpty())
                undated.append(
                    QCoreApplication::translate("trendboard::Comparison", "%1 %2 (%3, %4)")
                        .arg(shownEntity(v.entity), formatValue(c.displayed(v), c.displayUnit),
                             v.xLabel, v.reportShort));
        }
        if (!undated.isEmpty())
            notes.append(
                QCoreApplication::translate("trendboard::Comparison",
                                            "Stated without a date, in the table only: %1.")
                    .arg(undated.join(QStringLiteral("; "))));
    }

    auto record = [&c](const MeasureValue& v) {
        PointRecord p;
        p.xLabel = v.xLabel;
        p.periodStart = v.periodStart;
        p.periodEnd = v.periodEnd;
        p.granularity = v.granularity;
        p.value = c.displayed(v);
        p.unit = c.measure.quantity == QLatin1String("level") ? c.displayUnit : v.unit;
        p.baseValue = v.baseValue;
        p.baseUnit = v.baseUnit;
        p.status = v.status;
        p.quote = v.quote;
        p.page = v.page;
        p.measure = c.measure.id;
        p.derivation = v.derivation;
        p.analyst = v.analyst;
        p.citation = v.citation;
        if (v.analyst == AnalystMark::Edited && v.reportValue) {
            MeasureValue reported = v;
            reported.value = *v.reportValue;
            reported.baseValue = v.reportBaseValue.value_or(*v.reportValue);
            p.reportValue = c.displayed(reported);
            p.reportUnit = p.unit;
        }
        return p;
    };
    // The same value of the same period stated on several pages is one point.
    auto duplicateOf = [&c](const QVector<PointRecord>& points, const MeasureValue& v) {
        return std::any_of(points.cbegin(), points.cend(), [&](const PointRecord& p) {
            return p.periodStart == v.periodStart && p.periodEnd == v.periodEnd &&
                   p.xLabel == v.xLabel && std::abs(*p.value - c.displayed(v)) < 1e-9;
        });
    };

    switch (c.shape) {
    case Comparison::Shape::CrossSection:
        addCrossSection(c, data, notes, record, describe);
        break;
    case Comparison::Shape::TimeSeries:
    case Comparison::Shape::ByPeriod: {
        const bool lines = c.shape == Comparison::Shape::TimeSeries;
        info.kind = lines ? ChartKind::Line : ChartKind::GroupedBar;
        // Bars of periods: categories in time order.
        info.xKind = QStringLiteral("period");
        // Bars share one label per period, whichever exhibit printed it first.
        QHash<QString, QString> labelOf;
        // A line joins values of one granularity: a quarter's total and a month's are
        // different quantities, so an entity stated in both gets a line for each.
        struct Line
        {
            QString entity;
            QString granularity; // empty: every granularity of the entity
            QString source;      // exhibit and series, when the entity's values disagree
            QString name;
        };
        auto sourceOf = [](const MeasureValue& v) { return v.exhibitId + QChar(0x1f) + v.series; };
        QVector<Line> plan;
        for (const QString& entity : c.shown) {
            QStringList granularities;
            for (const MeasureValue& v : c.values) {
                if (v.entity == entity && !v.periodStart.isEmpty() &&
                    !granularities.contains(v.granularity))
                    granularities.append(v.granularity);
            }
            if (!lines || granularities.size() <= 1)
                granularities = QStringList{QString()};
            for (const QString& g : std::as_const(granularities)) {
                // Two different values for one period (urban and rural penetration, two apps'
                // users) are different things: one line (or bar) per exhibit series then.
                QHash<QString, double> valueAt;
                QStringList sources;
                bool disagree = false;
                for (const MeasureValue& v : c.values) {
                    if (v.entity != entity || (!g.isEmpty() && v.granularity != g))
                        continue;
                    if (!sources.contains(sourceOf(v)))
                        sources.append(sourceOf(v));
                    const QString at = v.periodStart + QLatin1Char('/') + v.periodEnd + v.xLabel;
                    if (valueAt.contains(at) &&
                        std::abs(valueAt.value(at) - v.baseValue) > 1e-9 * std::abs(v.baseValue))
                        disagree = true;
                    valueAt.insert(at, v.baseValue);
                }
                const QString suffix =
                    g.isEmpty() ? QString()
                                : QCoreApplication::translate("trendboard::Comparison", " (%1)")
                                      .arg(granularityText(g));
                if (!disagree) {
                    plan.append({entity, g, QString(), shownEntity(entity) + suffix});
                    continue;
                }
                for (const QString& source : std::as_const(sources)) {
                    const QStringList parts = source.split(QChar(0x1f));
                    int page = 0;
                    for (const MeasureValue& v : c.values) {
                        if (sourceOf(v) == source)
                            page = v.page;
                    }
                    const QString where =
                        page > 0 ? QCoreApplication::translate("trendboard::Comparison", ", p. %1")
                                       .arg(page)
                                 : QString();
                    plan.append({entity, g, source,
                                 QStringLiteral("%1 — %2%3%4")
                                     .arg(shownEntity(entity), parts.value(1), where, suffix)});
                }
            }
        }
        for (const Line& line : std::as_const(plan)) {
            SeriesRecord s;
            s.name = line.name;
            s.entity = line.entity;
            describe(s);
            for (const MeasureValue& v : c.values) {
                if (v.entity != line.entity || (lines && v.periodStart.isEmpty()) ||
                    (!line.granularity.isEmpty() && v.granularity != line.granularity) ||
                    (!line.source.isEmpty() && sourceOf(v) != line.source) ||
                    duplicateOf(s.points, v))
                    continue;
                PointRecord p = record(v);
                if (!lines) {
                    const QString key = v.periodStart + QLatin1Char('/') + v.periodEnd;
                    if (!labelOf.contains(key))
                        labelOf.insert(key, v.xLabel);
                    p.xLabel = labelOf.value(key);
                }
                s.points.append(p);
            }
            if (!s.points.isEmpty())
                data.series.append(s);
        }
        break;
    }
    }
    info.note = notes.join(QLatin1Char(' '));
    QString first;
    QString last;
    for (const MeasureValue& v : c.values) {
        if (v.periodStart.isEmpty())
            continue;
        if (first.isEmpty() || v.periodStart < first)
            first = v.periodStart;
        if (last.isEmpty() || v.periodEnd > last)
            last = v.periodEnd;
    }
    info.periodStart = first;
    info.periodEnd = last;
    if (info.periodLabel.isEmpty() && !first.isEmpty())
        info.periodLabel = first.left(4) == last.left(4)
                               ? first.left(4)
                               : QStringLiteral("%1-%2").arg(first.left(4), last.left(4));
    info.statedValues = data.pointCount();
    return data;
}

} // namespace trendboard
