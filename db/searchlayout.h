// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace trendboard {

// Lays the full-text rows out under their tabs (schema.sql: exhibit_search, its scopes, and
// each row's place), once every exhibit and its search row are written: the compiler's last
// step, and a test's that adds exhibits to a copy. benchmarks/scale_db.py runs the same SQL.
// Empty on success, else what failed.
QString layOutSearchRows(QSqlDatabase& db);

} // namespace trendboard
