// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/nearestnames.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <tuple>

namespace trendboard {

namespace {

// Edit distance, case-insensitive.
int distance(const QString& a, const QString& b)
{
    const QString x = a.toCaseFolded();
    const QString y = b.toCaseFolded();
    QVector<int> row(y.size() + 1);
    for (int j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= x.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= y.size(); ++j) {
            const int above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[y.size()];
}

} // namespace

QString looseName(const QString& name)
{
    static const QRegularExpression separators(QStringLiteral("[\\s_-]+"));
    return name.toCaseFolded().replace(separators, QStringLiteral(" ")).trimmed();
}

QStringList nearestNames(const QVector<QStringList>& candidates, const QString& typed, int count)
{
    const QString want = looseName(typed);
    struct Scored
    {
        int score;    // the edit distance, or 1 for a name that holds what was typed
        int distance; // the edit distance itself: the nearer of two such names first
        QString name;
    };
    QVector<Scored> scored;
    for (const QStringList& names : candidates) {
        if (names.isEmpty())
            continue;
        int best = std::numeric_limits<int>::max();
        int nearest = best;
        for (const QString& name : names) {
            const QString loose = looseName(name);
            const int d = distance(want, loose);
            nearest = std::min(nearest, d);
            best = std::min(best, d);
            // A name that contains what was typed (or the other way round) is near whatever its
            // length.
            if (!want.isEmpty() && (loose.contains(want) || want.contains(loose)))
                best = std::min(best, 1);
        }
        scored.append({best, nearest, names.first()});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        return std::tie(a.score, a.distance) < std::tie(b.score, b.distance);
    });
    QStringList out;
    for (const Scored& s : scored) {
        if (out.size() >= count || s.score > std::max(3, int(want.size()) / 2))
            break;
        out.append(s.name);
    }
    return out;
}

} // namespace trendboard
