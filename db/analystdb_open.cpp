// Opening the analyst database: schema migrations, and files that are damaged, newer or locked.
#include "analystdb.h"
#include "analystdb_p.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

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

AnalystDatabase::AnalystDatabase(const QString& path) : m_path(path)
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

void AnalystDatabase::open()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_state = State::Unavailable;
        m_error =
            QStringLiteral("cannot create the folder %1 for the analyst database").arg(folder);
        return;
    }
    // A file moved aside is replaced by a new one; a second failure is not retried.
    QString problem;
    for (int attempt = 0; attempt < 2 && m_state == State::Ready; ++attempt) {
        // A second Trendboard (the GUI and a command) may hold a write for a moment.
        m_connection = std::make_unique<ScopedConnection>(
            m_path, OpenMode::Create, QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        QString damage;
        QString suffix;
        if (prepareSchema(&problem, &damage, &suffix))
            return;
        // Moved only now, once every query on the file is gone.
        if (!damage.isEmpty())
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
            m_error = QStringLiteral("the analyst database %1 is locked by another program; "
                                     "analyst values are unavailable until it is closed")
                          .arg(m_path);
        } else if (code == kSqliteCorrupt || code == kSqliteNotADb) {
            *damage = QStringLiteral("is damaged (%1)").arg(error.text());
            *suffix = QStringLiteral("damaged");
        } else {
            m_state = State::Unavailable;
            m_error = QStringLiteral("cannot open the analyst database %1 (%2): %3")
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
        *damage = QStringLiteral("was written by a newer Trendboard (schema version %1, this "
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
        *damage = QStringLiteral("is damaged (%1)")
                      .arg(findings.join(QStringLiteral("; ")).simplified().left(200));
        *suffix = QStringLiteral("damaged");
        return false;
    }
    // WAL: a commit is durable once its frames are written; FULL syncs them at each commit,
    // so even a power cut (not only a killed process) keeps every committed change.
    if (!switchToWal(q))
        return fail(q.lastError(), QStringLiteral("journal mode"));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(q.lastError(), QStringLiteral("synchronous"));
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
        // PRAGMA takes no bound parameters; the number is ours, never input.
        statements << QStringLiteral("PRAGMA user_version = %1").arg(from + 1);
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
        m_error = QStringLiteral("the analyst database %1 %2 and could not be moved aside; "
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
    m_warning = QStringLiteral("the analyst database %1 %2; it was moved to %3 and an empty "
                               "analyst layer was started")
                    .arg(m_path, why, backup);
}

} // namespace trendboard
