// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace trendboard {

enum class OpenMode
{
    ReadOnly,
    Create
};

// A named QSqlDatabase connection that is closed and removed when it goes out of scope, so
// that several databases (bundled, analyst's, test fixtures) can be open side by side.
class ScopedConnection
{
public:
    // `options`: further QSQLITE connect options ('QSQLITE_BUSY_TIMEOUT=1000').
    ScopedConnection(const QString& path, OpenMode mode, const QString& options = {});
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    QSqlDatabase database() const;
    QString name() const { return m_name; }

private:
    QString m_name;
};

// The statements of db/schema.sql (compiled in as a resource), one per entry.
QStringList schemaStatements();

// The schema version the code expects (PRAGMA user_version in schema.sql).
int schemaVersion();

} // namespace trendboard
