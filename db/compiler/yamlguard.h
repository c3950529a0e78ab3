// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace trendboard {

struct YamlProblem
{
    int line = 0; // 1-based
    QString message;
};

// Checks a data source before it is parsed into nodes: valid UTF-8 without control
// characters, one document, no anchors or aliases (they multiply work and hide what a
// value is), no duplicate keys, keys that are plain values, and a bounded number of nodes.
// Returns the first problem, or nothing when the source may be loaded.
std::optional<YamlProblem> checkYamlSource(const QByteArray& bytes);

// At most a short prefix of a long text, for error messages.
QString abbreviated(const QString& text, int length = 60);

} // namespace trendboard
