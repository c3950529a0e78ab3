// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst database as a file: creating, migrating, recognising damaged, newer or foreign
// files, locks, and what several writers or a killed one leave.
#include "analystdbfixture.h"

#include "analystdb.h"
#include "reportdb.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <pwd.h>
#include <unistd.h>

#include <cmath>
#include <limits>

using namespace trendboard;

class tst_AnalystDbFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newFileHasSchemaAndWal();
    void damagedFile_data();
    void damagedFile();
    void newerVersionFile_data();
    void newerVersionFile();
    void foreignFileUntouched_data();
    void foreignFileUntouched();
    void emptyFileIsCreatedOnlyForWriting();
    void earlierFileIsRecognisedAndMarked();
    void wrongSchemaRefused();
    void lockedFile();
    void bundledDatabaseUnchanged();
    void killedDuringBurstKeepsEveryCommit();
    void importSeesWhatWasCommittedMeanwhile();
    void concurrentWritersAllCommit();

private:
    QVector<UnitInfo> m_units;
};

void tst_AnalystDbFile::initTestCase()
{
    loadBundledUnits(m_units);
}

void tst_AnalystDbFile::newFileHasSchemaAndWal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/folder/analyst.sqlite"); // the folder is created
    {
        AnalystDatabase db(path);
        QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
        QVERIFY(db.warning().isEmpty());
    }
    QCOMPARE(pragma(path, "PRAGMA user_version"),
             QStringList{QString::number(AnalystDatabase::schemaVersion())});
    QCOMPARE(pragma(path, "PRAGMA journal_mode"), QStringList{"wal"});
    QCOMPARE(pragma(path, "PRAGMA application_id"), QStringList{markerId()});
}

void tst_AnalystDbFile::damagedFile_data()
{
    using Access = AnalystDatabase::Access;
    QTest::addColumn<bool>("garbageOnly");
    QTest::addColumn<Access>("access");
    QTest::newRow("not a database, own default") << true << Access::OwnDefault;
    QTest::newRow("damaged pages, own default") << false << Access::OwnDefault;
    QTest::newRow("damaged pages, read-write") << false << Access::ReadWrite;
    QTest::newRow("damaged pages, read-only") << false << Access::ReadOnly;
}

// Only the app's own layer is moved aside when it is damaged, and only when it is
// recognisably an analyst database; anything else is refused and left as it was.
void tst_AnalystDbFile::damagedFile()
{
    QFETCH(bool, garbageOnly);
    QFETCH(AnalystDatabase::Access, access);
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    if (garbageOnly) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'x'));
    } else {
        {
            AnalystDatabase db(path);
            db.setUnits(m_units);
            for (int i = 0; i < 200; ++i) {
                AnalystValue v = fill(
                    {"e1", "s1", QString::number(2000 + i % 25), QString("entity %1").arg(i)}, i);
                v.citation = QString(200, QChar('c' + i % 20));
                QCOMPARE(db.setValue(v), QString());
            }
        }
        QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        QVERIFY(f.seek(3 * 4096));
        f.write(QByteArray(3 * 4096, char(0x5a)));
    }
    const QByteArray before = fileHash(path);
    const QStringList files = filesIn(dir.path());
    AnalystDatabase db(path, access);
    db.setUnits(m_units);
    if (garbageOnly || access != AnalystDatabase::Access::OwnDefault) {
        QVERIFY(!db.isAvailable());
        QVERIFY2(db.errorString().contains(path) &&
                     db.errorString().contains(garbageOnly ? "is not a Trendboard analyst database"
                                                           : "is damaged"),
                 qPrintable(db.errorString()));
        QVERIFY(db.backupPath().isEmpty());
        QCOMPARE(fileHash(path), before);
        QCOMPARE(filesIn(dir.path()), files);
        return;
    }
    QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
    QVERIFY2(db.warning().contains("damaged") && db.warning().contains(path),
             qPrintable(db.warning()));
    QVERIFY(db.backupPath().startsWith(path + ".damaged-"));
    QCOMPARE(fileHash(db.backupPath()), before); // the damaged file is kept as it was
    QVERIFY(db.warning().contains(db.backupPath()));
    QCOMPARE(db.values().size(), 0);
    QCOMPARE(db.setValue(fill(kPoint, 1)), QString());
}

void tst_AnalystDbFile::newerVersionFile_data()
{
    QTest::addColumn<AnalystDatabase::Access>("access");
    addAccessRows("newer");
}

// A newer Trendboard's file: moved aside only from the app's own default place.
void tst_AnalystDbFile::newerVersionFile()
{
    QFETCH(AnalystDatabase::Access, access);
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    makeSqlite(path, {"PRAGMA application_id = " + markerId(), "PRAGMA user_version = 99"});
    const QByteArray before = fileHash(path);
    AnalystDatabase db(path, access);
    if (access != AnalystDatabase::Access::OwnDefault) {
        QVERIFY(!db.isAvailable());
        QVERIFY2(db.errorString().contains("newer") && db.errorString().contains("99"),
                 qPrintable(db.errorString()));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(filesIn(dir.path()), QStringList{"analyst.sqlite"});
        return;
    }
    QVERIFY(db.isAvailable());
    QVERIFY2(db.warning().contains("newer") && db.warning().contains("99"),
             qPrintable(db.warning()));
    QVERIFY(db.backupPath().startsWith(path + ".newer-"));
    QCOMPARE(pragma(db.backupPath(), "PRAGMA user_version"), QStringList{"99"});
    QCOMPARE(pragma(path, "PRAGMA user_version"),
             QStringList{QString::number(AnalystDatabase::schemaVersion())});
}

void tst_AnalystDbFile::foreignFileUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<AnalystDatabase::Access>("access");
    for (const char* kind : {"report database", "csv", "sqlite version 0", "sqlite version 1",
                             "other application", "newer, no marker"}) {
        using Access = AnalystDatabase::Access;
        for (Access a : {Access::ReadOnly, Access::ReadWrite, Access::OwnDefault})
            QTest::addRow("%s, access %d", kind, int(a)) << QString(kind) << a;
    }
}

// A file that is not an analyst database is refused, whatever the access, and left byte for
// byte as it was: no rename, no WAL switch, no tables, nothing beside it.
void tst_AnalystDbFile::foreignFileUntouched()
{
    QFETCH(QString, kind);
    QFETCH(AnalystDatabase::Access, access);
    QTemporaryDir dir;
    const QString path = dir.filePath("layer.sqlite");
    if (kind == "report database") {
        QVERIFY(QFile::copy(TRENDBOARD_BUNDLED_DB, path));
    } else if (kind == "csv") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("exhibit,value\r\np038,6\r\n");
    } else if (kind == "sqlite version 0") {
        makeSqlite(path, {"CREATE TABLE notes(x)", "INSERT INTO notes VALUES (1)"});
    } else if (kind == "sqlite version 1") {
        makeSqlite(path, {"CREATE TABLE notes(x)", "PRAGMA user_version = 1"});
    } else if (kind == "other application") {
        // The analyst tables, but another program's marker.
        AnalystDatabase{path}; // (made by us, then claimed by another program)
        QCOMPARE(pragma(path, "PRAGMA journal_mode = DELETE"), QStringList{"delete"});
        makeSqlite(path, {"PRAGMA application_id = 7"});
    } else {
        makeSqlite(path, {"PRAGMA user_version = 99"});
    }
    const QByteArray before = fileHash(path);
    const QStringList journal = pragma(path, "PRAGMA journal_mode");
    const QStringList files = filesIn(dir.path());
    {
        AnalystDatabase db(path, access);
        QVERIFY(!db.isAvailable());
        QVERIFY2(db.errorString().contains(path + " is not a Trendboard analyst database"),
                 qPrintable(db.errorString()));
        QVERIFY(db.backupPath().isEmpty());
        QVERIFY(!db.setValue(fill(kPoint, 1)).isEmpty());
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesIn(dir.path()), files);
    QCOMPARE(pragma(path, "PRAGMA journal_mode"), journal);
}

// An empty or missing file becomes a new layer for writing; a command that only reads
// creates nothing.
void tst_AnalystDbFile::emptyFileIsCreatedOnlyForWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    {
        AnalystDatabase db(path, AnalystDatabase::Access::ReadOnly);
        QVERIFY(!db.isAvailable());
        QVERIFY2(db.errorString().contains("no analyst database"), qPrintable(db.errorString()));
    }
    QVERIFY(!QFile::exists(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    {
        AnalystDatabase db(path, AnalystDatabase::Access::ReadOnly);
        QVERIFY(!db.isAvailable());
        QVERIFY(db.errorString().contains("empty"));
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    {
        AnalystDatabase db(path);
        QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
    }
    QCOMPARE(pragma(path, "PRAGMA application_id"), QStringList{markerId()});
}

// A layer written before the marker is known by its tables and version, read as it is by a
// command that only reads, and marked when it is opened for writing.
void tst_AnalystDbFile::earlierFileIsRecognisedAndMarked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    {
        AnalystDatabase db(path);
        db.setUnits(m_units);
        QCOMPARE(db.setValue(fill(kPoint, 7)), QString());
    }
    QCOMPARE(pragma(path, "PRAGMA application_id"), QStringList{markerId()});
    makeSqlite(path, {"PRAGMA application_id = 0"});
    const QByteArray before = fileHash(path);
    {
        AnalystDatabase db(path, AnalystDatabase::Access::ReadOnly);
        QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
        QCOMPARE(db.values().size(), 1);
        QVERIFY(!db.setValue(fill(kPoint, 8)).isEmpty()); // read-only
    }
    QCOMPARE(fileHash(path), before);
    {
        AnalystDatabase db(path);
        QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
        QCOMPARE(db.values().size(), 1);
    }
    QCOMPARE(pragma(path, "PRAGMA application_id"), QStringList{markerId()});
}

// Our marker but not our tables: an error, never an empty layer, and the file is left alone.
void tst_AnalystDbFile::wrongSchemaRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    {
        AnalystDatabase db(path);
    }
    QCOMPARE(pragma(path, "PRAGMA journal_mode = DELETE"), QStringList{"delete"});
    makeSqlite(path, {"DROP TABLE annotation"});
    const QByteArray before = fileHash(path);
    using Access = AnalystDatabase::Access;
    for (Access access : {Access::ReadOnly, Access::ReadWrite, Access::OwnDefault}) {
        AnalystDatabase db(path, access);
        QVERIFY(!db.isAvailable());
        QVERIFY2(db.errorString().contains("annotation"), qPrintable(db.errorString()));
        QVERIFY(db.backupPath().isEmpty());
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{"analyst.sqlite"});
}

void tst_AnalystDbFile::lockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    {
        // Another program holds an exclusive lock on a rollback-journal file.
        QSqlDatabase holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec("BEGIN EXCLUSIVE"));
        QVERIFY(q.exec("CREATE TABLE held(x)"));
        {
            AnalystDatabase db(path);
            QCOMPARE(db.state(), AnalystDatabase::State::Unavailable);
            QVERIFY2(db.errorString().contains("locked"), qPrintable(db.errorString()));
            QVERIFY(db.backupPath().isEmpty()); // a locked file is never moved
            QVERIFY(!db.setValue(fill(kPoint, 1)).isEmpty());
            QVERIFY(db.values().isEmpty());
        }
        q.exec("ROLLBACK");
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase("holder");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"analyst.sqlite"});
}

// The bundled database is opened read-only: opening, reading and analyst work leave its bytes
// as they were and put no journal beside it.
void tst_AnalystDbFile::bundledDatabaseUnchanged()
{
    const QString bundled = TRENDBOARD_BUNDLED_DB;
    const QByteArray before = fileHash(bundled);
    QVERIFY(!before.isEmpty());
    QTemporaryDir dir;
    {
        const ReportDatabase report(bundled);
        QVERIFY(report.isOpen());
        QVERIFY(report.exhibitData(kPoint.exhibitId));
        QVERIFY(!report.flat(FlatScope::All).rows.isEmpty());
        AnalystDatabase analyst(dir.filePath("a.sqlite"));
        analyst.setUnits(report.units());
        QCOMPARE(analyst.setValue(edit(kPoint, 6.2, 6.0)), QString());
        QCOMPARE(analyst.setAnnotation(kPoint, "checked"), QString());
        QCOMPARE(analyst.revert(kPoint), QString());
        QVERIFY(analyst.importJson(analyst.exportJson()).applied);
        QVERIFY(!QFile::exists(bundled + "-journal"));
        QVERIFY(!QFile::exists(bundled + "-wal"));
    }
    QCOMPARE(fileHash(bundled), before);
}

// A process killed in the middle of committing keeps every change it reported committed.
void tst_AnalystDbFile::killedDuringBurstKeepsEveryCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("burst.sqlite");
    QProcess burst;
    burst.setProcessChannelMode(QProcess::SeparateChannels);
    burst.start(ANALYST_BURST_EXE, {path});
    QVERIFY2(burst.waitForStarted(), qPrintable(burst.errorString()));
    QByteArray output;
    // Waits on output, never on time: each line follows a returned commit.
    while (output.count('\n') < 50 && burst.state() == QProcess::Running) {
        if (!burst.waitForReadyRead(30000))
            break;
        output += burst.readAllStandardOutput();
    }
    QVERIFY2(output.count('\n') >= 50, burst.readAllStandardError().constData());
    burst.kill();
    QVERIFY(burst.waitForFinished(30000));
    output += burst.readAllStandardOutput();
    output.truncate(output.lastIndexOf('\n')); // a line cut short by the kill does not count
    QVector<int> committed;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("committed "))
            committed << line.mid(10).toInt();
    }
    QVERIFY(committed.size() >= 50);

    QCOMPARE(pragma(path, "PRAGMA integrity_check"), QStringList{"ok"});
    AnalystDatabase db(path);
    QVERIFY2(db.isAvailable() && db.warning().isEmpty(), qPrintable(db.warning()));
    for (int i : committed) {
        const auto v = db.value({"burst", "s", QString::number(i), {}});
        QVERIFY2(v, qPrintable(QString("value %1 was reported committed but is missing").arg(i)));
        QCOMPARE(v->value, i + 0.5);
    }
    QVERIFY(db.values().size() >= committed.size());
}

// Two writers on one layer (an import and the window): what the import compares with is read
// under the write lock, so a value committed after the file was checked is a conflict naming
// the point, never silently overwritten.
void tst_AnalystDbFile::importSeesWhatWasCommittedMeanwhile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("shared.sqlite");
    AnalystDatabase importer(path);
    AnalystDatabase window(path);
    importer.setUnits(m_units);
    window.setUnits(m_units);
    const PointKey other{"e1", "s1", "2021", {}};
    const auto entry = [](const PointKey& key, double value) {
        return QJsonObject{
            {"exhibit", key.exhibitId}, {"series", key.series}, {"x_label", key.xLabel},
            {"value", value},           {"unit", "MM"},         {"citation", "source"}};
    };
    const QJsonObject root{{"format", "trendboard-analyst-layer"},
                           {"version", 1},
                           {"values", QJsonArray{entry(kPoint, 1.0), entry(other, 2.0)}}};
    // The window commits kPoint while the importer is still checking the file's entries.
    const auto check = [&](AnalystValue& v) {
        if (v.key == other)
            return window.setValue(fill(kPoint, 5.0));
        return QString();
    };
    const ImportReport report = importer.importJson(QJsonDocument(root).toJson(), check);
    QVERIFY(!report.applied);
    QCOMPARE(report.conflicts.size(), 1);
    QVERIFY2(report.conflicts.first().startsWith("values[0]: conflict") &&
                 report.conflicts.first().contains(kPoint.toString()),
             qPrintable(report.conflicts.first()));
    QCOMPARE(window.value(kPoint)->value, 5.0);
    QVERIFY(!window.value(other));
    QCOMPARE(window.audit().size(), 1); // the window's own edit only
}

// Two programs writing to one new layer at once: both create it (one migrates, the other sees
// it migrated) and every commit of both succeeds, waiting for the other's lock, none refused
// with 'database is locked'.
void tst_AnalystDbFile::concurrentWritersAllCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("busy.sqlite");
    QProcess first;
    QProcess second;
    first.start(ANALYST_BURST_EXE, {path, "300", "a"});
    second.start(ANALYST_BURST_EXE, {path, "300", "b"});
    for (QProcess* p : {&first, &second}) {
        QVERIFY2(p->waitForFinished(120000), qPrintable(p->errorString()));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 p->readAllStandardError().constData());
    }
    AnalystDatabase db(path);
    QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
    QCOMPARE(db.values().size(), 600);
}

QTEST_GUILESS_MAIN(tst_AnalystDbFile)
#include "tst_analystdbfile.moc"
