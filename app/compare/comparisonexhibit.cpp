// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison as an exhibit: its series (ranked bars, bars per period or lines), its axis,
// source line and notes, so that it is drawn, tabled and exported like any chart.
#include "compare/comparisonservice.h"

#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace trendboard {

namespace {

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

// A series of the comparison: its measure, in the axis's unit.
SeriesRecord comparisonSeries(const Comparison& c, const ExhibitInfo& info)
{
    SeriesRecord s;
    s.measure = c.measure.id;
    s.unit = c.displayUnit;
    s.unitBase = info.unitBase;
    s.unitQuantity = c.measure.quantity;
    return s;
}

// A value as a point in the display unit; an edited value keeps the report's beside it.
PointRecord comparisonPoint(const Comparison& c, const MeasureValue& v)
{
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
}

// One period: ranked horizontal bars, one per entity and value. The same value on several pages
// is one bar (the first page that states it). Values from several exhibits (a country's
// ChatGPT and DeepSeek app users) are a series each, named by what the exhibit is about, so
// that a legend entry is one product and a category one entity.
void addCrossSection(const Comparison& c, ExhibitData& data, QStringList& notes)
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
        SeriesRecord s = comparisonSeries(c, info);
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
                                   .arg(what, displayShortTitle(v->reportShort));
            }
            PointRecord p = comparisonPoint(c, *v);
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
                v->page > 0 ? QCoreApplication::translate("trendboard::Comparison", "p. %1 %2")
                                  .arg(v->page)
                                  .arg(displayName(v->exhibitTitle, v->exhibitTitleZh))
                            : QCoreApplication::translate("trendboard::Comparison", "%1: %2")
                                  .arg(displayShortTitle(v->reportShort),
                                       displayName(v->exhibitTitle, v->exhibitTitleZh));
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

// The axis's base unit: a level's; for shares, rates and multiples, the display unit's.
QString axisBaseUnit(const Comparison& c)
{
    if (!c.measure.baseUnit.isEmpty())
        return c.measure.baseUnit;
    for (const MeasureValue& v : c.values) {
        if (v.unit == c.displayUnit)
            return v.baseUnit;
    }
    return QString();
}

// Where every value comes from: report and pages, in order.
QString comparisonSource(const Comparison& c)
{
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
        // The report by its name in the display language ("Brokerage note": 券商研报).
        const QString name = displayShortTitle(s);
        parts.append(pages.isEmpty()
                         ? name
                         : QCoreApplication::translate("trendboard::Comparison", "%1 p. %2")
                               .arg(name, pages.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

// What the chart cannot show: entities without values, how many values are the analyst's and,
// on a time axis, the values stated without a date (named, never dropped).
QStringList comparisonNotes(const Comparison& c)
{
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
    if (c.shape != Comparison::Shape::TimeSeries)
        return notes;
    QStringList undated;
    for (const MeasureValue& v : c.values) {
        if (v.periodStart.isEmpty())
            undated.append(QCoreApplication::translate("trendboard::Comparison", "%1 %2 (%3, %4)")
                               .arg(shownEntity(v.entity),
                                    formatValue(c.displayed(v), c.displayUnit), v.xLabel,
                                    displayShortTitle(v.reportShort)));
    }
    if (!undated.isEmpty())
        notes.append(QCoreApplication::translate("trendboard::Comparison",
                                                 "Stated without a date, in the table only: %1.")
                         .arg(undated.join(QStringLiteral("; "))));
    return notes;
}

// A line joins values of one granularity: a quarter's total and a month's are different
// quantities, so an entity stated in both gets a line for each.
struct PlannedLine
{
    QString entity;
    QString granularity; // empty: every granularity of the entity
    QString source;      // exhibit and series, when the entity's values disagree
    QString name;
};

QString exhibitSeriesOf(const MeasureValue& v)
{
    return v.exhibitId + QChar(0x1f) + v.series;
}

// The lines (or bars) of one entity in one granularity: one, or, when two values for one
// period differ (urban and rural penetration, two apps' users: different things), one per
// exhibit series, named by its page.
void planEntityLines(const Comparison& c, const QString& entity, const QString& g,
                     QVector<PlannedLine>& plan)
{
    QHash<QString, double> valueAt;
    QStringList sources;
    bool disagree = false;
    for (const MeasureValue& v : c.values) {
        if (v.entity != entity || (!g.isEmpty() && v.granularity != g))
            continue;
        if (!sources.contains(exhibitSeriesOf(v)))
            sources.append(exhibitSeriesOf(v));
        const QString at = v.periodStart + QLatin1Char('/') + v.periodEnd + v.xLabel;
        if (valueAt.contains(at) &&
            std::abs(valueAt.value(at) - v.baseValue) > 1e-9 * std::abs(v.baseValue))
            disagree = true;
        valueAt.insert(at, v.baseValue);
    }
    const QString suffix = g.isEmpty()
                               ? QString()
                               : QCoreApplication::translate("trendboard::Comparison", " (%1)")
                                     .arg(granularityText(g));
    if (!disagree) {
        plan.append({entity, g, QString(), shownEntity(entity) + suffix});
        return;
    }
    for (const QString& source : std::as_const(sources)) {
        const QStringList parts = source.split(QChar(0x1f));
        int page = 0;
        for (const MeasureValue& v : c.values) {
            if (exhibitSeriesOf(v) == source)
                page = v.page;
        }
        const QString where =
            page > 0 ? QCoreApplication::translate("trendboard::Comparison", ", p. %1").arg(page)
                     : QString();
        plan.append({entity, g, source,
                     QStringLiteral("%1 — %2%3%4")
                         .arg(shownEntity(entity), parts.value(1), where, suffix)});
    }
}

QVector<PlannedLine> planLines(const Comparison& c, bool lines)
{
    QVector<PlannedLine> plan;
    for (const QString& entity : c.shown) {
        QStringList granularities;
        for (const MeasureValue& v : c.values) {
            if (v.entity == entity && !v.periodStart.isEmpty() &&
                !granularities.contains(v.granularity))
                granularities.append(v.granularity);
        }
        if (!lines || granularities.size() <= 1)
            granularities = QStringList{QString()};
        for (const QString& g : std::as_const(granularities))
            planEntityLines(c, entity, g, plan);
    }
    return plan;
}

// The same value of the same period stated on several pages is one point.
bool hasPoint(const Comparison& c, const QVector<PointRecord>& points, const MeasureValue& v)
{
    return std::any_of(points.cbegin(), points.cend(), [&](const PointRecord& p) {
        return p.periodStart == v.periodStart && p.periodEnd == v.periodEnd &&
               p.xLabel == v.xLabel && std::abs(*p.value - c.displayed(v)) < 1e-9;
    });
}

// Several periods: lines over time, or bars per period in time order.
void addPeriodSeries(const Comparison& c, ExhibitData& data)
{
    ExhibitInfo& info = data.info;
    const bool lines = c.shape == Comparison::Shape::TimeSeries;
    info.kind = lines ? ChartKind::Line : ChartKind::GroupedBar;
    // Bars of periods: categories in time order.
    info.xKind = QStringLiteral("period");
    // Bars share one label per period, whichever exhibit printed it first.
    QHash<QString, QString> labelOf;
    for (const PlannedLine& line : planLines(c, lines)) {
        SeriesRecord s = comparisonSeries(c, info);
        s.name = line.name;
        s.entity = line.entity;
        for (const MeasureValue& v : c.values) {
            if (v.entity != line.entity || (lines && v.periodStart.isEmpty()) ||
                (!line.granularity.isEmpty() && v.granularity != line.granularity) ||
                (!line.source.isEmpty() && exhibitSeriesOf(v) != line.source) ||
                hasPoint(c, s.points, v))
                continue;
            PointRecord p = comparisonPoint(c, v);
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
}

// The period the comparison spans, from its dated values.
void setComparisonPeriod(const Comparison& c, ExhibitData& data)
{
    ExhibitInfo& info = data.info;
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
}

} // namespace

ExhibitData comparisonExhibit(const Comparison& c)
{
    ExhibitData data;
    ExhibitInfo& info = data.info;
    info.id = QStringLiteral("comparison");
    info.reportPages = 1;
    info.title = c.title();
    info.unit = c.displayUnit;
    info.unitFactor = c.displayFactor;
    info.unitBase = axisBaseUnit(c);
    const QString measureName = displayMeasureName(c.measure.id, c.measure.name);
    info.yAxis = c.displayUnit.isEmpty()
                     ? measureName
                     : QCoreApplication::translate("trendboard::Comparison", "%1, %2")
                           .arg(measureName, c.displayUnit);
    info.source = comparisonSource(c);
    info.reportCite = QCoreApplication::translate("trendboard::Comparison",
                                                  "values as stated, compared by Trendboard");
    QStringList notes = comparisonNotes(c);
    if (c.shape == Comparison::Shape::CrossSection)
        addCrossSection(c, data, notes);
    else
        addPeriodSeries(c, data);
    info.note = notes.join(QLatin1Char(' '));
    setComparisonPeriod(c, data);
    return data;
}

} // namespace trendboard
