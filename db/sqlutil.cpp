// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QAtomicInt>
#include <QFile>
#include <QRegularExpression>

namespace trendboard {

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
}

ScopedConnection::~ScopedConnection()
{
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
    static const QRegularExpression pragma(QStringLiteral("user_version\\s*=\\s*(\\d+)"));
    for (const QString& statement : schemaStatements()) {
        const auto m = pragma.match(statement);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    return 0;
}

} // namespace trendboard
