// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the analyst database: schema migrations, and files that are damaged, newer or locked.
#include "analystdb.h"
#include "analystdb_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

namespace trendboard {

namespace {

// Ordered migrations: entry i takes the schema from version i to i + 1. A later version
// appends an entry; a file is brought forward one step at a time, each in a transaction.
const QVector<QStringList>& migrations()
{
    static const QVector<QStringList> steps{
        // v1: values, annotations, audit trail.
        {
            QStringLiteral(
                "CREATE TABLE analyst_value ("
                " exhibit_id TEXT NOT NULL, series TEXT NOT NULL, x_label TEXT NOT NULL,"
                " entity TEXT NOT NULL DEFAULT '',"
                " kind TEXT NOT NULL CHECK (kind IN ('edit', 'fill')),"
                " value REAL NOT NULL, unit TEXT NOT NULL,"
                " period_label TEXT NOT NULL DEFAULT '', citation TEXT NOT NULL DEFAULT '',"
                " report_value REAL,"
                " created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL,"
                " PRIMARY KEY (exhibit_id, series, x_label, entity))"),
            QStringLiteral(
                "CREATE TABLE annotation ("
                " exhibit_id TEXT NOT NULL, series TEXT NOT NULL DEFAULT '',"
                " x_label TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '',"
                " text TEXT NOT NULL, created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL,"
                " PRIMARY KEY (exhibit_id, series, x_label, entity))"),
            QStringLiteral(
                "CREATE TABLE audit ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT, when_utc TEXT NOT NULL,"
                " who TEXT NOT NULL,"
                " action TEXT NOT NULL CHECK (action IN ('fill', 'edit', 'remove', 'revert',"
                "   'annotate', 'unannotate', 'import')),"
                " exhibit_id TEXT NOT NULL, series TEXT NOT NULL DEFAULT '',"
                " x_label TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '',"
                " old_value TEXT, new_value TEXT, citation TEXT)"),
        },
    };
    return steps;
}

// What a file at the analyst database's path is, found before anything writes to it.
enum class FileKind
{
    Missing, // no file: a new database may be created
    Empty,   // a 0-byte file: likewise
    Ours,    // an analyst database (our application_id, or an earlier one's tables)
    Damaged, // our application_id in its header, but SQLite cannot read it
    Locked,  // another program holds it
    Foreign  // anything else: never written, renamed or switched to WAL
};

struct FileProbe
{
    FileKind kind = FileKind::Foreign;
    QString why; // for Foreign and Damaged: what was found
};

constexpr int kHeaderSize = 100;
constexpr int kApplicationIdOffset = 68; // SQLite file format: a 4-byte big-endian integer

// The tables (and their columns) every analyst database has; a file with the marker but
// without them has the wrong schema and is refused rather than read as empty.
const QVector<QPair<QString, QString>>& requiredTables()
{
    static const QVector<QPair<QString, QString>> tables{
        {QStringLiteral("analyst_value"),
         QStringLiteral("exhibit_id, series, x_label, entity, kind, value, unit, period_label, "
                        "citation, report_value, created_utc, updated_utc")},
        {QStringLiteral("annotation"),
         QStringLiteral("exhibit_id, series, x_label, entity, text, created_utc, updated_utc")},
        {QStringLiteral("audit"),
         QStringLiteral("id, when_utc, who, action, exhibit_id, series, x_label, entity, "
                        "old_value, new_value, citation")}};
    return tables;
}

// Reads the file's SQLite header without SQLite: a file that is no SQLite database (a CSV, a
// JSON file) is refused before a connection could touch it.
FileProbe probeHeader(const QString& path, quint32* applicationId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {FileKind::Foreign,
                QCoreApplication::translate("trendboard::AnalystDatabase", "it cannot be read: %1")
                    .arg(file.errorString())};
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return {FileKind::Foreign, QCoreApplication::translate("trendboard::AnalystDatabase",
                                                               "it is not an SQLite database")};
    *applicationId = qFromBigEndian<quint32>(header.constData() + kApplicationIdOffset);
    return {FileKind::Ours, {}};
}

// Looks at a file through a read-only connection: writes nothing, switches nothing.
FileProbe probeFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {FileKind::Missing, {}};
    if (!info.isFile())
        return {FileKind::Foreign,
                info.isDir()
                    ? QCoreApplication::translate("trendboard::AnalystDatabase", "it is a folder")
                    : QCoreApplication::translate("trendboard::AnalystDatabase",
                                                  "it is not a regular file")};
    if (info.size() == 0 && !QFileInfo::exists(path + QStringLiteral("-wal")))
        return {FileKind::Empty, {}};
    quint32 headerId = 0;
    if (info.size() > 0) {
        const FileProbe header = probeHeader(path, &headerId);
        if (header.kind != FileKind::Ours)
            return header;
        if (headerId != 0 && headerId != AnalystDatabase::kApplicationId)
            return {FileKind::Foreign, QCoreApplication::translate(
                                           "trendboard::AnalystDatabase",
                                           "it belongs to another program (application id 0x%1)")
                                           .arg(headerId, 8, 16, QLatin1Char('0'))};
    }
    const ScopedConnection connection(path, OpenMode::ReadOnly,
                                      QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    QSqlQuery q(connection.database());
    const auto unreadable = [&](const QSqlError& error) -> FileProbe {
        const int code = error.nativeErrorCode().toInt() & 0xff;
        if (code == kSqliteBusy || code == kSqliteLocked)
            return {FileKind::Locked, error.text()};
        if (headerId == AnalystDatabase::kApplicationId)
            return {FileKind::Damaged, error.text()};
        return {FileKind::Foreign, QCoreApplication::translate("trendboard::AnalystDatabase",
                                                               "SQLite cannot read it (%1)")
                                       .arg(error.text())};
    };
    if (!connection.database().isOpen())
        return unreadable(connection.database().lastError());
    // Through the connection, not the header: a write-ahead log may hold a newer page 1.
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                               "(SELECT user_version FROM pragma_user_version), "
                               "(SELECT count(*) FROM sqlite_master)")) ||
        !q.next())
        return unreadable(q.lastError());
    const quint32 applicationId = q.value(0).toUInt();
    const int version = q.value(1).toInt();
    const int objects = q.value(2).toInt();
    q.finish();
    if (applicationId == AnalystDatabase::kApplicationId)
        return {FileKind::Ours, {}};
    if (applicationId != 0)
        return {FileKind::Foreign,
                QCoreApplication::translate("trendboard::AnalystDatabase",
                                            "it belongs to another program (application id 0x%1)")
                    .arg(applicationId, 8, 16, QLatin1Char('0'))};
    if (objects == 0 && version == 0)
        return {FileKind::Empty, {}}; // an SQLite file with nothing in it yet
    // Written by a Trendboard before the marker: recognised by its tables and version.
    for (const auto& table : requiredTables()) {
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(table.second, table.first)))
            return {FileKind::Foreign, QCoreApplication::translate(
                                           "trendboard::AnalystDatabase",
                                           "it has no Trendboard analyst tables (user_version %1)")
                                           .arg(version)};
        q.finish();
    }
    if (version < 1)
        return {FileKind::Foreign, QCoreApplication::translate("trendboard::AnalystDatabase",
                                                               "it has no schema version")};
    return {FileKind::Ours, {}};
}

// Two programs opening a new layer at once both switch it to WAL; each holds the read lock the
// other's switch waits for, so SQLite refuses one at once, without its busy wait. The refused
// one tries again for a while (the other's switch takes milliseconds).
bool switchToWal(QSqlQuery& q)
{
    QDeadlineTimer deadline(5000);
    while (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if ((code != kSqliteBusy && code != kSqliteLocked) || deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}

} // namespace

AnalystDatabase::AnalystDatabase(const QString& path, Access access)
    : m_path(path), m_access(access)
{
    open();
}

AnalystDatabase::~AnalystDatabase() = default;

QString AnalystDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/analyst.sqlite");
}

int AnalystDatabase::schemaVersion()
{
    return migrations().size();
}

bool AnalystDatabase::recognise(bool* damaged)
{
    const FileProbe probe = probeFile(m_path);
    const auto refuse = [&](const QString& message) {
        m_state = State::Unavailable;
        m_error = message;
        return false;
    };
    switch (probe.kind) {
    case FileKind::Missing:
    case FileKind::Empty:
        if (m_access == Access::ReadOnly)
            return refuse(probe.kind == FileKind::Missing
                              ? QCoreApplication::translate("trendboard::AnalystDatabase",
                                                            "no analyst database at %1")
                                    .arg(m_path)
                              : QStringLiteral("%1 is not a Trendboard analyst database (it is "
                                               "empty)")
                                    .arg(m_path));
        return true;
    case FileKind::Ours:
        return true;
    case FileKind::Damaged:
        *damaged = true;
        m_error = probe.why;
        return true;
    case FileKind::Locked:
        return refuse(
            QCoreApplication::translate("trendboard::AnalystDatabase",
                                        "the analyst database %1 is locked by another program; "
                                        "analyst values are unavailable until it is closed")
                .arg(m_path));
    case FileKind::Foreign:
        break;
    }
    return refuse(QStringLiteral("%1 is not a Trendboard analyst database: %2; it was left "
                                 "untouched")
                      .arg(m_path, probe.why));
}

void AnalystDatabase::open()
{
    bool damaged = false;
    if (!recognise(&damaged))
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (m_access != Access::ReadOnly && !QDir().mkpath(folder)) {
        m_state = State::Unavailable;
        m_error =
            QCoreApplication::translate("trendboard::AnalystDatabase",
                                        "cannot create the folder %1 for the analyst database")
                .arg(folder);
        return;
    }
    // A file moved aside is replaced by a new one; a second failure is not retried.
    QString problem;
    for (int attempt = 0; attempt < 2 && m_state == State::Ready; ++attempt) {
        QString damage;
        QString suffix;
        if (damaged) {
            damage = QCoreApplication::translate("trendboard::AnalystDatabase", "is damaged (%1)")
                         .arg(m_error);
            suffix = QStringLiteral("damaged");
            m_error.clear();
            damaged = false;
        } else {
            // A second Trendboard (the GUI and a command) may hold a write for a moment.
            m_connection = std::make_unique<ScopedConnection>(
                m_path, m_access == Access::ReadOnly ? OpenMode::ReadOnly : OpenMode::Create,
                QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
            if (prepareSchema(&problem, &damage, &suffix))
                return;
        }
        if (damage.isEmpty())
            break;
        // Only the app's own layer is moved aside, and only by a command that writes it: any
        // other file the user named stays as it is, and the command fails.
        if (m_access != Access::OwnDefault) {
            m_state = State::Unavailable;
            m_error =
                QCoreApplication::translate("trendboard::AnalystDatabase",
                                            "the analyst database %1 %2; it was left as it is")
                    .arg(m_path, damage);
            break;
        }
        // Moved only now, once every query on the file is gone.
        moveAside(damage, suffix);
    }
    m_state = State::Unavailable;
    if (m_error.isEmpty())
        m_error = problem;
    m_connection.reset();
}

bool AnalystDatabase::prepareSchema(QString* problem, QString* damage, QString* suffix)
{
    QSqlDatabase db = m_connection->database();
    const auto fail = [&](const QSqlError& error, const QString& doing) {
        const int code = error.nativeErrorCode().toInt() & 0xff; // primary of an extended code
        if (code == kSqliteBusy || code == kSqliteLocked) {
            m_state = State::Unavailable;
            m_error =
                QCoreApplication::translate("trendboard::AnalystDatabase",
                                            "the analyst database %1 is locked by another program; "
                                            "analyst values are unavailable until it is closed")
                    .arg(m_path);
        } else if (code == kSqliteCorrupt || code == kSqliteNotADb) {
            *damage = QCoreApplication::translate("trendboard::AnalystDatabase", "is damaged (%1)")
                          .arg(error.text());
            *suffix = QStringLiteral("damaged");
        } else {
            m_state = State::Unavailable;
            m_error = QCoreApplication::translate("trendboard::AnalystDatabase",
                                                  "cannot open the analyst database %1 (%2): %3")
                          .arg(m_path, doing, error.text());
        }
        *problem = m_error;
        return false;
    };
    if (!db.isOpen())
        return fail(db.lastError(), QStringLiteral("open"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError(), QStringLiteral("version"));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion()) {
        *damage = QCoreApplication::translate(
                      "trendboard::AnalystDatabase",
                      "was written by a newer Trendboard (schema version %1, this "
                      "one knows %2)")
                      .arg(version)
                      .arg(schemaVersion());
        *suffix = QStringLiteral("newer");
        return false;
    }
    // The whole file is read once: a damaged page would otherwise show as missing values.
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(q.lastError(), QStringLiteral("integrity check"));
    QStringList findings;
    while (q.next())
        findings << q.value(0).toString();
    if (q.lastError().isValid())
        return fail(q.lastError(), QStringLiteral("integrity check"));
    q.finish();
    if (findings != QStringList{QStringLiteral("ok")}) {
        *damage = QCoreApplication::translate("trendboard::AnalystDatabase", "is damaged (%1)")
                      .arg(findings.join(QStringLiteral("; ")).simplified().left(200));
        *suffix = QStringLiteral("damaged");
        return false;
    }
    if (m_access == Access::ReadOnly) {
        if (version < schemaVersion()) {
            m_state = State::Unavailable;
            m_error = QCoreApplication::translate(
                          "trendboard::AnalystDatabase",
                          "the analyst database %1 has schema version %2 and needs "
                          "upgrading to %3; open it once in the window")
                          .arg(m_path)
                          .arg(version)
                          .arg(schemaVersion());
            *problem = m_error;
            return false;
        }
        return checkTables(problem);
    }
    // A file at the current version is checked before anything is written to it (the WAL
    // switch included); an older one once its migrations have brought its tables up to date.
    if (version == schemaVersion() && !checkTables(problem))
        return false;
    return migrate(version, problem) && checkTables(problem);
}

bool AnalystDatabase::migrate(int version, QString* problem)
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    const auto fail = [&](const QSqlError& error, const QString& doing) {
        m_state = State::Unavailable;
        m_error = QCoreApplication::translate("trendboard::AnalystDatabase",
                                              "cannot open the analyst database %1 (%2): %3")
                      .arg(m_path, doing, error.text());
        *problem = m_error;
        return false;
    };
    // WAL: a commit is durable once its frames are written; FULL syncs them at each commit,
    // so even a power cut (not only a killed process) keeps every committed change.
    if (!switchToWal(q))
        return fail(q.lastError(), QStringLiteral("journal mode"));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(q.lastError(), QStringLiteral("synchronous"));
    // PRAGMA takes no bound parameters; the numbers are ours, never input.
    const QString stamp =
        QStringLiteral("PRAGMA application_id = %1").arg(qint32(AnalystDatabase::kApplicationId));
    // From here on, a write waits for another program's writes (a burst of edits, an import,
    // its migration of the same new file) rather than fail with 'database is locked': SQLite's
    // wait polls, and a busy writer can hold it off for more than a second. Opening kept the
    // shorter wait, so that a file held by a stuck program is reported promptly.
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = 10000")))
        return fail(q.lastError(), QStringLiteral("busy timeout"));
    // Each step reads the version again under the write lock: two programs creating the same
    // new layer at once would otherwise both run step 1 ('table analyst_value already exists').
    for (int from = version; from < schemaVersion(); ++from) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(q.lastError(), QStringLiteral("migration"));
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return fail(error, QStringLiteral("migration"));
        }
        from = q.value(0).toInt();
        q.finish();
        if (from >= schemaVersion()) {
            db.rollback();
            break;
        }
        QStringList statements = migrations().at(from);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(from + 1) << stamp;
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                const QSqlError error = q.lastError();
                db.rollback();
                return fail(error, QStringLiteral("migration to version %1").arg(from + 1));
            }
        }
        if (!db.commit()) {
            const QSqlError error = db.lastError();
            db.rollback();
            return fail(error, QStringLiteral("migration to version %1").arg(from + 1));
        }
    }
    // A database of a Trendboard before the marker, recognised by its tables: marked now.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return fail(q.lastError(), QStringLiteral("application id"));
    const quint32 applicationId = q.value(0).toUInt();
    q.finish();
    if (applicationId != AnalystDatabase::kApplicationId && !q.exec(stamp))
        return fail(q.lastError(), QStringLiteral("application id"));
    // No statement prepared before the migration is run on the tables it changed.
    m_connection->clearStatements();
    return true;
}

bool AnalystDatabase::checkTables(QString* problem)
{
    QSqlQuery q(m_connection->database());
    for (const auto& table : requiredTables()) {
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(table.second, table.first))) {
            m_state = State::Unavailable;
            m_error =
                QCoreApplication::translate("trendboard::AnalystDatabase",
                                            "the analyst database %1 does not have the tables this "
                                            "Trendboard reads (%2: %3); it was left as it is")
                    .arg(m_path, table.first, q.lastError().databaseText());
            *problem = m_error;
            return false;
        }
        q.finish();
    }
    return true;
}

void AnalystDatabase::moveAside(const QString& why, const QString& suffix)
{
    m_connection.reset(); // the file must be closed before it is renamed
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = QStringLiteral("%1.%2-%3").arg(m_path, suffix, stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = QStringLiteral("%1.%2-%3-%4").arg(m_path, suffix, stamp).arg(n);
    if (!QFile::rename(m_path, backup)) {
        m_state = State::Unavailable;
        m_error =
            QCoreApplication::translate("trendboard::AnalystDatabase",
                                        "the analyst database %1 %2 and could not be moved aside; "
                                        "analyst values are unavailable")
                .arg(m_path, why);
        return;
    }
    // Its write-ahead log belongs to it: left behind, SQLite would apply it to the new file.
    for (const char* side : {"-wal", "-shm"}) {
        if (QFileInfo::exists(m_path + QLatin1String(side)))
            QFile::rename(m_path + QLatin1String(side), backup + QLatin1String(side));
    }
    m_backupPath = backup;
    m_warning =
        QCoreApplication::translate("trendboard::AnalystDatabase",
                                    "the analyst database %1 %2; it was moved to %3 and an empty "
                                    "analyst layer was started")
            .arg(m_path, why, backup);
}

} // namespace trendboard
