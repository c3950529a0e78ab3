// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain.h"

#include <array>
#include <utility>

namespace trendboard {

namespace {
const std::array<std::pair<ChartKind, const char*>, 9> kKinds{{
    {ChartKind::Line, "line"},
    {ChartKind::Bar, "bar"},
    {ChartKind::StackedBar, "stacked_bar"},
    {ChartKind::GroupedBar, "grouped_bar"},
    {ChartKind::Pie, "pie"},
    {ChartKind::Scatter, "scatter"},
    {ChartKind::Table, "table"},
    {ChartKind::Timeline, "timeline"},
    {ChartKind::Other, "other"},
}};
} // namespace

QString chartKindName(ChartKind kind)
{
    for (const auto& [k, name] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("other");
}

std::optional<ChartKind> chartKindFromName(const QString& name)
{
    for (const auto& [k, n] : kKinds) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

const QStringList& catchAllMeasures()
{
    static const QStringList ids{
        QStringLiteral("count"),           QStringLiteral("count_change"),
        QStringLiteral("growth_rate"),     QStringLiteral("growth_multiple"),
        QStringLiteral("share"),           QStringLiteral("duration"),
        QStringLiteral("index_value"),     QStringLiteral("adoption_share"),
        QStringLiteral("survey_share"),    QStringLiteral("efficiency_multiple"),
        QStringLiteral("benchmark_score"), QStringLiteral("rank"),
        QStringLiteral("sample_size")};
    return ids;
}

bool isCatchAllMeasure(const QString& id)
{
    return catchAllMeasures().contains(id);
}

QStringList chartKindNames()
{
    QStringList names;
    for (const auto& entry : kKinds)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

QString textLengthProblem(const QString& text, int max)
{
    if (text.size() <= max)
        return {};
    return QStringLiteral("is %1 characters long (at most %2)").arg(text.size()).arg(max);
}

} // namespace trendboard
