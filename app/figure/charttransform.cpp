// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/charttransform.h"

#include "text/valueformat.h"
#include "text/displaylanguage.h"

#include <QCoreApplication>

#include <algorithm>

namespace trendboard {

namespace {

// The texts' translation context. lupdate files a tr() under the context that
// Q_DECLARE_TR_FUNCTIONS names, and the app looks it up under the same string; a helper calling
// translate("ChartTransform", …) was filed under "trendboard", so the View box stayed English.
class ChartTransform
{
    Q_DECLARE_TR_FUNCTIONS(trendboard::ChartTransform)
};

bool transformable(const SeriesRecord& s)
{
    // Rates and multiples are already relative: indexing or differencing them means nothing.
    return s.unitQuantity != QLatin1String("growth") &&
           s.unitQuantity != QLatin1String("multiple") && s.unitQuantity != QLatin1String("rank");
}

// The series' numeric points with a period, in period order.
QVector<PointRecord> dated(const SeriesRecord& s)
{
    QVector<PointRecord> points;
    for (const PointRecord& p : s.points) {
        if (p.value && !p.periodStart.isEmpty())
            points.append(p);
    }
    std::stable_sort(points.begin(), points.end(), [](const PointRecord& a, const PointRecord& b) {
        return a.periodStart < b.periodStart;
    });
    return points;
}

} // namespace

QString transformName(Transform transform)
{
    switch (transform) {
    case Transform::AsStated:
        return ChartTransform::tr("As stated");
    case Transform::Indexed:
        return ChartTransform::tr("Indexed (first period = 100)");
    case Transform::Growth:
        return ChartTransform::tr("Change from previous period (%)");
    }
    return {};
}

TransformResult applyTransform(const ExhibitData& exhibit, Transform transform)
{
    TransformResult result{exhibit, {}};
    if (transform == Transform::AsStated)
        return result;
    ExhibitData& out = result.data;
    out.series.clear();
    QString earliest;
    for (const SeriesRecord& s : exhibit.series) {
        for (const PointRecord& p : dated(s)) {
            if (earliest.isEmpty() || p.periodStart < earliest)
                earliest = p.periodStart;
        }
    }
    const bool indexed = transform == Transform::Indexed;
    const QString unit = indexed ? QStringLiteral("index") : QStringLiteral("% change");
    for (const SeriesRecord& s : exhibit.series) {
        if (!transformable(s)) {
            out.series.append(s); // shown as stated, as callouts
            continue;
        }
        const QVector<PointRecord> points = dated(s);
        if (points.size() < (indexed ? 1 : 2)) {
            if (!s.points.isEmpty())
                result.notes.append(ChartTransform::tr("%1: too few dated values to compute.")
                                        .arg(displaySeriesName(s)));
            continue;
        }
        SeriesRecord t = s;
        t.points.clear();
        t.unit = unit;
        t.unitBase = indexed ? QStringLiteral("index") : QStringLiteral("percent growth");
        t.unitQuantity = indexed ? QStringLiteral("index") : QStringLiteral("growth");
        // Every computed series holds one computed measure, so that they share the axis.
        t.measure = indexed ? QStringLiteral("index_value") : QStringLiteral("growth_rate");
        t.name = s.name;
        if (indexed) {
            const PointRecord& base = points.first();
            if (*base.value <= 0) {
                result.notes.append(
                    ChartTransform::tr(
                        "%1: its first value is not positive, so it cannot be indexed.")
                        .arg(displaySeriesName(s)));
                continue;
            }
            if (base.periodStart > earliest)
                result.notes.append(
                    ChartTransform::tr("%1 has no value in the first period; indexed to its own "
                                       "first period, %2.")
                        .arg(s.name, base.xLabel));
            for (PointRecord p : points) {
                p.value = *p.value / *base.value * 100.0;
                p.unit = unit;
                p.baseValue = p.value;
                p.baseUnit = QStringLiteral("index");
                p.measure = t.measure;
                t.points.append(p);
            }
        } else {
            for (int i = 1; i < points.size(); ++i) {
                const PointRecord& before = points.at(i - 1);
                PointRecord p = points.at(i);
                if (*before.value <= 0 || before.granularity != p.granularity)
                    continue; // no rate from zero, nor from a quarter to a month
                p.value = (*p.value / *before.value - 1.0) * 100.0;
                p.unit = unit;
                p.baseValue = p.value;
                p.baseUnit = QStringLiteral("percent growth");
                p.measure = t.measure;
                // A computed rate is not a stated one, whatever its inputs were.
                p.status = QStringLiteral("derived");
                p.derivation = ChartTransform::tr("computed: %1 (%2) to %3 (%4)")
                                   .arg(formatValue(*before.value, before.unit), before.xLabel,
                                        formatValue(*points.at(i).value, points.at(i).unit),
                                        points.at(i).xLabel);
                t.points.append(p);
            }
            if (t.points.isEmpty()) {
                result.notes.append(
                    ChartTransform::tr("%1: no two consecutive periods of one kind to compare.")
                        .arg(displaySeriesName(s)));
                continue;
            }
        }
        out.series.append(t);
    }
    out.info.unit = unit;
    out.info.unitFactor = 1;
    out.info.unitBase = indexed ? QStringLiteral("index") : QStringLiteral("percent growth");
    out.info.yAxis = indexed ? ChartTransform::tr("Index, first stated period = 100")
                             : ChartTransform::tr("Change from the previous stated period, %");
    out.info.y2Axis.clear();
    out.info.yScale.clear();
    out.info.statedValues = out.pointCount();
    if (!indexed)
        result.notes.prepend(
            ChartTransform::tr("Computed from consecutive stated values; periods may be "
                               "unequal. The report's own growth rates are listed as stated."));
    return result;
}

} // namespace trendboard
