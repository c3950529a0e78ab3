// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QAtomicInt>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QVector>

#include <optional>

namespace trendboard {

// The prepared statements of one connection not borrowed at the moment, by SQL text. A
// statement is borrowed while it is read (taken out of here), so a nested run of the same SQL
// finds none idle and prepares a second one; both come back, up to kIdlePerSql.
class StatementPool
{
public:
    static constexpr int kIdlePerSql = 2;

    std::optional<QSqlQuery> take(const QString& sql)
    {
        const auto it = m_entries.find(sql);
        if (it == m_entries.end() || it->idle.isEmpty())
            return std::nullopt;
        it->lastUse = ++m_clock;
        return it->idle.takeLast();
    }

    void give(const QString& sql, QSqlQuery query, int generation)
    {
        if (generation != m_generation)
            return; // borrowed before clear(): prepared on a schema that may be gone
        // Reset: a statement kept stepped would hold its read transaction open (and with it
        // the WAL of the analyst database) until it ran again.
        query.finish();
        auto it = m_entries.find(sql);
        if (it == m_entries.end()) {
            if (m_entries.size() >= ScopedConnection::kStatementCacheSize)
                evictLeastRecent();
            it = m_entries.insert(sql, {});
        }
        it->lastUse = ++m_clock;
        if (it->idle.size() < kIdlePerSql)
            it->idle.append(std::move(query));
    }

    void clear()
    {
        m_entries.clear();
        ++m_generation;
    }
    int generation() const { return m_generation; }
    int prepared = 0;

private:
    void evictLeastRecent()
    {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        if (oldest != m_entries.end())
            m_entries.erase(oldest);
    }

    struct Entry
    {
        QVector<QSqlQuery> idle;
        quint64 lastUse = 0;
    };
    QHash<QString, Entry> m_entries;
    quint64 m_clock = 0;
    int m_generation = 0;
};

Statement::Statement(QSqlQuery query, QString sql, std::weak_ptr<StatementPool> pool,
                     int generation)
    : m_query(std::move(query)), m_sql(std::move(sql)), m_pool(std::move(pool)),
      m_generation(generation)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_query(std::move(other.m_query)), m_sql(std::move(other.m_sql)),
      m_pool(std::move(other.m_pool)), m_generation(other.m_generation)
{
    other.m_pool.reset();
}

Statement::~Statement()
{
    if (const auto pool = m_pool.lock())
        pool->give(m_sql, std::move(m_query), m_generation);
}

namespace {
QAtomicInt g_connectionCounter;
}

ScopedConnection::ScopedConnection(const QString& path, OpenMode mode, const QString& options)
    : m_name(QStringLiteral("trendboard-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QStringList all;
    if (mode == OpenMode::ReadOnly)
        all.append(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!options.isEmpty())
        all.append(options);
    db.setConnectOptions(all.join(QLatin1Char(';')));
    db.open();
    m_pool = std::make_shared<StatementPool>();
}

ScopedConnection::~ScopedConnection()
{
    m_pool.reset(); // its statements before the connection they were prepared on
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ScopedConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Statement ScopedConnection::run(const QString& sql, const QVariantList& binds)
{
    std::optional<QSqlQuery> kept = m_pool->take(sql);
    if (!kept) {
        QSqlQuery fresh(database());
        fresh.setForwardOnly(true);
        if (!fresh.prepare(sql))
            return Statement(std::move(fresh), sql, {}, 0); // not kept: it holds only the error
        ++m_pool->prepared;
        kept = std::move(fresh);
    }
    QSqlQuery& q = *kept;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    q.exec();
    return Statement(std::move(q), sql, m_pool, m_pool->generation());
}

void ScopedConnection::clearStatements()
{
    m_pool->clear();
}

int ScopedConnection::statementsPrepared() const
{
    return m_pool->prepared;
}

QStringList schemaStatements()
{
    QFile file(QStringLiteral(":/trendboard/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sql = QString::fromUtf8(file.readAll());
    // The schema has no triggers, so every ';' at a line end closes a statement.
    sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    QStringList statements;
    for (const QString& part : sql.split(QRegularExpression(QStringLiteral(";\\s*\n")))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
    }
    return statements;
}

int schemaVersion()
{
    // db/CMakeLists.txt reads it from schema.sql; tst_schema checks the two agree.
    return TRENDBOARD_SCHEMA_VERSION;
}

} // namespace trendboard
