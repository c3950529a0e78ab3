// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain.h"

#include <QString>

namespace trendboard {

// Writes a validated catalog to a new SQLite file at `path`. The file is built beside the
// target and renamed into place only when complete, so a failed build never leaves a
// half-written database. Returns an empty string on success, else what went wrong.
QString writeCatalog(const Catalog& catalog, const QString& path);

} // namespace trendboard
