// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by analystdb.cpp and analystdb_json.cpp; not part of the public API.

#include "analystdb.h"
#include "sqlutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace trendboard {

// SQLite's primary result codes for a file another program holds, or one that is damaged.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

// SQLite binds a null QString as NULL; key columns are '' when empty.
QString notNull(const QString& text);
// The shortest text that reads back as the same double.
QString numberText(double value);
// Empty when every field of the key is short enough to store and draw, else 'x_label: is ...'.
QString keyLengthProblem(const PointKey& key);
// A WHERE clause (with its binds appended) selecting the rows inside a scope key.
QString scopeWhere(const PointKey& scope, QVariantList* binds);
// Prepares and runs a statement with bound parameters; the first error goes to `problem`.
// Through the connection's cache of prepared statements (ScopedConnection::run).
Statement runSql(ScopedConnection& connection, const QString& sql, const QVariantList& binds,
                 QString* problem);

} // namespace trendboard
