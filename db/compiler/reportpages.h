// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace trendboard {

// A report's text split by page, as ../shared/seeds/003_pages.json holds it: a JSON object
// {"<page>": ["line", ...]}. Each page's lines in order, as extracted; the compiler (Chinese
// titles) and the provenance check (quotes) each fold them as they compare.
using ReportPages = QHash<int, QStringList>;

// Reads the page split; nothing, with `error` set, when the file cannot be read or is not a
// JSON object.
std::optional<ReportPages> readReportPages(const QString& path, QString* error);

} // namespace trendboard
