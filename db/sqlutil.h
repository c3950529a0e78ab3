// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace trendboard {

enum class OpenMode
{
    ReadOnly,
    Create
};

class StatementPool;

// A statement run through ScopedConnection::run: a prepared QSqlQuery borrowed from the
// connection's pool and given back (finished, so that it holds no read lock) when this goes
// out of scope. It is not a QSqlQuery, so that a copy cannot outlive the borrow: a nested run
// of the same SQL while this one is read prepares another statement instead of resetting it.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    // By column name: what a reader should use, so that a changed SELECT list cannot shift it.
    QVariant value(const QString& name) const { return m_query.value(name); }
    QSqlRecord record() const { return m_query.record(); }
    QSqlError lastError() const { return m_query.lastError(); }
    bool isActive() const { return m_query.isActive(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    const QSqlQuery& query() const { return m_query; }

private:
    friend class ScopedConnection;
    Statement(QSqlQuery query, QString sql, std::weak_ptr<StatementPool> pool, int generation);

    QSqlQuery m_query;
    QString m_sql;
    std::weak_ptr<StatementPool> m_pool; // empty: not pooled (it failed to prepare)
    int m_generation = 0;                // the pool's, when borrowed
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

    // Runs a statement with bound parameters (by position), prepared once per connection: the
    // statements last used are kept prepared (kStatementCacheSize of them), keyed by their SQL.
    // A failed prepare or exec leaves its error in the statement's lastError().
    Statement run(const QString& sql, const QVariantList& binds);
    // Drops every kept statement: after a schema change (a migration), before the connection
    // closes. Statements borrowed at the time are not given back.
    void clearStatements();
    // Statements prepared since opening (for tests: a repeated query prepares nothing new).
    int statementsPrepared() const;

    static constexpr int kStatementCacheSize = 64;

private:
    QString m_name;
    std::shared_ptr<StatementPool> m_pool;
};

// The statements of db/schema.sql (compiled in as a resource), one per entry.
QStringList schemaStatements();

// The schema version the code expects (PRAGMA user_version in schema.sql).
int schemaVersion();

} // namespace trendboard
