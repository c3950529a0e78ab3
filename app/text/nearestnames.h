// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace trendboard {

// Suggestions for a mistyped name ("did you mean …"): the candidates nearest to what was typed,
// by case-insensitive edit distance to any of their names, nearest first. A candidate is its
// canonical name (returned) followed by its other names (aliases, ids).
QStringList nearestNames(const QVector<QStringList>& candidates, const QString& typed,
                         int count = 5);

// A name as typed and as stored compare equal: case folded, and runs of spaces, underscores and
// hyphens read as one space ("market cap" is market_cap).
QString looseName(const QString& name);

} // namespace trendboard
