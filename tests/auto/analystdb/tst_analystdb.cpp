// SPDX-License-Identifier: GPL-3.0-or-later
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

Q_DECLARE_METATYPE(trendboard::AnalystValue)
Q_DECLARE_METATYPE(trendboard::PointKey)
Q_DECLARE_METATYPE(trendboard::AnalystDatabase::Access)

namespace {

const PointKey kPoint{QStringLiteral("p038-nvidia-developers"),
                      QStringLiteral("Developers in NVIDIA ecosystem"),
                      QStringLiteral("2025"),
                      {}};

AnalystValue fill(const PointKey& key, double value, const QString& unit = QStringLiteral("MM"))
{
    AnalystValue v;
    v.key = key;
    v.kind = AnalystValueKind::Fill;
    v.value = value;
    v.unit = unit;
    v.periodLabel = key.xLabel;
    v.citation = QStringLiteral("NVIDIA 10-K 2025, p. 4");
    return v;
}

AnalystValue edit(const PointKey& key, double value, double reported)
{
    AnalystValue v = fill(key, value);
    v.kind = AnalystValueKind::Edit;
    v.citation.clear();
    v.reportValue = reported;
    return v;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// Runs one statement on a separate connection and returns the first column of each row.
QStringList pragma(const QString& path, const QString& sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "pragma");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    rows << q.value(0).toString();
            } else {
                rows << "error: " + q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase("pragma");
    return rows;
}

// The files in a folder; SQLite's -wal and -shm beside a WAL-mode file are not counted (a
// read-only connection may leave them, empty, as SQLite's own).
QStringList filesIn(const QString& dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    files.removeIf([](const QString& f) { return f.endsWith("-wal") || f.endsWith("-shm"); });
    return files;
}

// An SQLite file with the given statements, in rollback-journal mode (as other programs make).
void makeSqlite(const QString& path, const QStringList& statements)
{
    for (const QString& sql : statements)
        QCOMPARE(pragma(path, sql), QStringList());
}

QString markerId()
{
    return QString::number(qint32(AnalystDatabase::kApplicationId));
}

void addAccessRows(const char* name)
{
    using Access = AnalystDatabase::Access;
    QTest::addRow("%s, read-only", name) << Access::ReadOnly;
    QTest::addRow("%s, read-write", name) << Access::ReadWrite;
    QTest::addRow("%s, own default", name) << Access::OwnDefault;
}

} // namespace

class tst_AnalystDb : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultPathIsAppData();
    void auditNamesTheAccountWithoutUserVariables();
    void newFileHasSchemaAndWal();
    void bundledPointKeyIsUnique();
    void roundTrip_data();
    void roundTrip();
    void editKeepsCreatedAndAudits();
    void revertScopes_data();
    void revertScopes();
    void validation_data();
    void validation();
    void annotations();
    void damagedFile_data();
    void damagedFile();
    void newerVersionFile_data();
    void newerVersionFile();
    void foreignFileUntouched_data();
    void foreignFileUntouched();
    void emptyFileIsCreatedOnlyForWriting();
    void earlierFileIsRecognisedAndMarked();
    void wrongSchemaRefused();
    void layerFileLimits();
    void lockedFile();
    void exportImportRoundTrip();
    void importAllOrNothing();
    void bundledDatabaseUnchanged();
    void killedDuringBurstKeepsEveryCommit();
    void importSeesWhatWasCommittedMeanwhile();
    void concurrentWritersAllCommit();
    void importBoundsTexts();
    void importIsCapped();

private:
    QVector<UnitInfo> m_units;
};

void tst_AnalystDb::initTestCase()
{
    const ReportDatabase report(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(report.isOpen(), qPrintable(report.errorString()));
    m_units = report.units();
    QVERIFY(!m_units.isEmpty());
}

void tst_AnalystDb::defaultPathIsAppData()
{
    QVERIFY(AnalystDatabase::defaultPath().endsWith("/analyst.sqlite"));
}

void tst_AnalystDb::newFileHasSchemaAndWal()
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

// The key (exhibit, series, x label, row entity) names one value of the bundled database:
// only timeline events (text, never values) share a label.
void tst_AnalystDb::bundledPointKeyIsUnique()
{
    const QStringList duplicates =
        pragma(TRENDBOARD_BUNDLED_DB,
               "SELECT s.exhibit_id || ' ' || s.name || ' ' || d.x_label FROM datapoint d "
               "JOIN series s ON s.id = d.series_id WHERE d.value IS NOT NULL "
               "GROUP BY s.exhibit_id, s.name, d.x_label, COALESCE(d.entity_id, 0) "
               "HAVING count(*) > 1");
    QCOMPARE(duplicates, QStringList());
}

void tst_AnalystDb::roundTrip_data()
{
    QTest::addColumn<AnalystValue>("value");
    QTest::newRow("fill-in of a not stated point")
        << fill({kPoint.exhibitId, kPoint.series, "2021", {}}, 3.5);
    QTest::newRow("edit of a reported point") << edit(kPoint, 6.2, 6.0);
    QTest::newRow("fill-in of a table row with an entity")
        << fill({"p999-table", "Users", "2024", "India"}, 42, "%");
}

void tst_AnalystDb::roundTrip()
{
    QFETCH(AnalystValue, value);
    QTemporaryDir dir;
    const QString path = dir.filePath("analyst.sqlite");
    {
        AnalystDatabase db(path);
        db.setUnits(m_units);
        QCOMPARE(db.setValue(value), QString());
    }
    AnalystDatabase db(path); // every change is on disk when setValue returns
    const auto stored = db.value(value.key);
    QVERIFY(stored);
    QCOMPARE(stored->key, value.key);
    QCOMPARE(stored->kind, value.kind);
    QCOMPARE(stored->value, value.value);
    QCOMPARE(stored->unit, value.unit);
    QCOMPARE(stored->periodLabel, value.periodLabel);
    QCOMPARE(stored->citation, value.citation);
    QCOMPARE(stored->reportValue, value.reportValue);
    QVERIFY(QDateTime::fromString(stored->createdUtc, Qt::ISODateWithMs).isValid());
    const QVector<AuditEntry> audit = db.audit();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action,
             value.kind == AnalystValueKind::Edit ? AuditAction::Edit : AuditAction::Fill);
    QCOMPARE(audit.first().newValue, QString::number(value.value));
}

void tst_AnalystDb::editKeepsCreatedAndAudits()
{
    qputenv("USER", "analyst-one");
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    QCOMPARE(db.setValue(edit(kPoint, 6.2, 6.0)), QString());
    const QString created = db.value(kPoint)->createdUtc;
    QCOMPARE(db.setValue(edit(kPoint, 6.4, 6.0)), QString());
    QCOMPARE(db.value(kPoint)->createdUtc, created);
    QCOMPARE(db.value(kPoint)->value, 6.4);
    QCOMPARE(db.revert(kPoint), QString());
    QVERIFY(!db.value(kPoint));
    // Nothing is deleted from the audit trail: report -> 6.2 -> 6.4 -> reverted to 6.
    const QVector<AuditEntry> audit = db.audit(kPoint);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(0).action, AuditAction::Edit);
    QCOMPARE(audit.at(0).oldValue, QString("6"));
    QCOMPARE(audit.at(1).oldValue, QString("6.2"));
    QCOMPARE(audit.at(1).newValue, QString("6.4"));
    QCOMPARE(audit.at(2).action, AuditAction::Revert);
    QCOMPARE(audit.at(2).oldValue, QString("6.4"));
    QCOMPARE(audit.at(2).newValue, QString("6"));
    QCOMPARE(audit.at(2).who, QString("analyst-one"));
    QCOMPARE(audit.at(2).target, kPoint);
}

void tst_AnalystDb::revertScopes_data()
{
    QTest::addColumn<PointKey>("scope");
    QTest::addColumn<int>("left");
    QTest::newRow("point") << PointKey{"e1", "s1", "2020", {}} << 3;
    QTest::newRow("series") << PointKey{"e1", "s1", {}, {}} << 2;
    QTest::newRow("exhibit") << PointKey{"e1", {}, {}, {}} << 1;
}

void tst_AnalystDb::revertScopes()
{
    QFETCH(PointKey, scope);
    QFETCH(int, left);
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    for (const PointKey& key : {PointKey{"e1", "s1", "2020", {}}, PointKey{"e1", "s1", "2021", {}},
                                PointKey{"e1", "s2", "2020", {}}, PointKey{"e2", "s1", "2020", {}}})
        QCOMPARE(db.setValue(fill(key, 1)), QString());
    QVector<AnalystValue> removed;
    QCOMPARE(db.revert(scope, &removed), QString());
    QCOMPARE(db.values().size(), left);
    QCOMPARE(removed.size(), 4 - left);
    for (const AnalystValue& v : removed)
        QVERIFY(v.key.within(scope));
    QCOMPARE(db.audit().size(), 4 + removed.size());
    QCOMPARE(db.restoreValues(removed), QString());
    QCOMPARE(db.values().size(), 4);
}

void tst_AnalystDb::validation_data()
{
    QTest::addColumn<AnalystValue>("value");
    QTest::addColumn<QString>("message");
    const PointKey key{"e1", "s1", "2024", {}};
    QTest::newRow("not a number") << fill(key, std::numeric_limits<double>::quiet_NaN())
                                  << "value: not a finite";
    QTest::newRow("infinite") << fill(key, std::numeric_limits<double>::infinity())
                              << "value: not a finite";
    QTest::newRow("share above 100") << fill(key, 120, "%") << "value: 120 is outside 0 to 100";
    QTest::newRow("share below 0") << fill(key, -1, "%") << "value: -1 is outside 0 to 100";
    QTest::newRow("no unit") << fill(key, 1, "") << "unit: required";
    QTest::newRow("unknown unit") << fill(key, 1, "furlongs") << "unit: 'furlongs' is not";
    AnalystValue badPeriod = fill(key, 1);
    badPeriod.periodLabel = "Q5:25";
    QTest::newRow("bad period") << badPeriod << "period: 'Q5:25' is not a period label";
    AnalystValue noCitation = fill(key, 1);
    noCitation.citation = "  ";
    QTest::newRow("fill-in without citation") << noCitation << "citation: required";
    QTest::newRow("key without x label") << fill({"e1", "s1", {}, {}}, 1) << "key: a value needs";
}

void tst_AnalystDb::validation()
{
    QFETCH(AnalystValue, value);
    QFETCH(QString, message);
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    const QString problem = db.setValue(value);
    QVERIFY2(problem.startsWith(message), qPrintable(problem));
    QCOMPARE(db.values().size(), 0);
    QCOMPARE(db.audit().size(), 0);
}

void tst_AnalystDb::annotations()
{
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    const PointKey exhibit{"e1", {}, {}, {}};
    const PointKey series{"e1", "s1", {}, {}};
    QCOMPARE(db.setAnnotation(exhibit, "Whole chart"), QString());
    QCOMPARE(db.setAnnotation(series, "One series"), QString());
    QCOMPARE(db.setAnnotation(kPoint, "One point"), QString());
    QVERIFY(db.setAnnotation(series, " ").startsWith("text: required"));
    QVERIFY(db.setAnnotation({"e1", {}, "2020", {}}, "x").startsWith("target:"));
    QCOMPARE(db.annotation(series)->text, QString("One series"));
    QCOMPARE(db.annotations(exhibit).size(), 2);
    QCOMPARE(db.removeAnnotation(series), QString());
    QVERIFY(!db.annotation(series));
    QVERIFY(db.removeAnnotation(series).startsWith("target:"));
    const QVector<AuditEntry> audit = db.audit();
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit.last().action, AuditAction::Unannotate);
    QCOMPARE(audit.last().oldValue, QString("One series"));
}

void tst_AnalystDb::damagedFile_data()
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
void tst_AnalystDb::damagedFile()
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

void tst_AnalystDb::newerVersionFile_data()
{
    QTest::addColumn<AnalystDatabase::Access>("access");
    addAccessRows("newer");
}

// A newer Trendboard's file: moved aside only from the app's own default place.
void tst_AnalystDb::newerVersionFile()
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

void tst_AnalystDb::foreignFileUntouched_data()
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
void tst_AnalystDb::foreignFileUntouched()
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
void tst_AnalystDb::emptyFileIsCreatedOnlyForWriting()
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
void tst_AnalystDb::earlierFileIsRecognisedAndMarked()
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
void tst_AnalystDb::wrongSchemaRefused()
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

// A layer file to import is a regular file of bounded size: a device, pipe or folder is
// refused before it is read (it could block or never end).
void tst_AnalystDb::layerFileLimits()
{
    QTemporaryDir dir;
    QByteArray bytes;
    QVERIFY(AnalystDatabase::readLayerFile("/dev/zero", &bytes).contains("not a regular file"));
    const QString fifo = dir.filePath("pipe");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(AnalystDatabase::readLayerFile(fifo, &bytes).contains("not a regular file"));
    QVERIFY(AnalystDatabase::readLayerFile(dir.path(), &bytes).contains("not a regular file"));
    QVERIFY(AnalystDatabase::readLayerFile(dir.filePath("none.json"), &bytes)
                .startsWith("cannot read"));
    QFile big(dir.filePath("big.json"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(AnalystDatabase::kMaxLayerFileSize + 1)); // sparse: nothing written
    big.close();
    QVERIFY(AnalystDatabase::readLayerFile(big.fileName(), &bytes).contains("too large"));
    QFile small(dir.filePath("small.json"));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("{}");
    small.close();
    QCOMPARE(AnalystDatabase::readLayerFile(small.fileName(), &bytes), QString());
    QCOMPARE(bytes, QByteArray("{}"));
}

void tst_AnalystDb::lockedFile()
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

void tst_AnalystDb::exportImportRoundTrip()
{
    QTemporaryDir dir;
    AnalystDatabase from(dir.filePath("from.sqlite"));
    from.setUnits(m_units);
    QCOMPARE(from.setValue(edit(kPoint, 6.2, 6.0)), QString());
    QCOMPARE(from.setValue(fill({"e1", "s1", "2020", "India"}, 12.5, "%")), QString());
    QCOMPARE(from.setAnnotation({"e1", "s1", {}, {}}, "Rural only"), QString());
    const QByteArray json = from.exportJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value("version").toInt(), 1);
    QCOMPARE(root.value("values").toArray().size(), 2);

    AnalystDatabase to(dir.filePath("to.sqlite"));
    to.setUnits(m_units);
    const ImportReport report = to.importJson(json);
    QVERIFY2(report.applied, qPrintable(report.problems().join('\n')));
    QCOMPARE(report.values, 2);
    QCOMPARE(report.annotations, 1);
    QCOMPARE(to.value(kPoint)->value, 6.2);
    QCOMPARE(to.value(kPoint)->reportValue, std::optional<double>(6.0));
    QCOMPARE(to.value({"e1", "s1", "2020", "India"})->citation, QString("NVIDIA 10-K 2025, p. 4"));
    QCOMPARE(to.annotation({"e1", "s1", {}, {}})->text, QString("Rural only"));
    QCOMPARE(to.audit().size(), 3);
    QCOMPARE(to.audit().first().action, AuditAction::Import);
    // Importing the same file again changes nothing and is no conflict.
    const ImportReport again = to.importJson(json);
    QVERIFY(again.applied);
    QCOMPARE(again.values, 0);
    QCOMPARE(to.audit().size(), 3);
}

void tst_AnalystDb::importAllOrNothing()
{
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    QCOMPARE(db.setValue(edit(kPoint, 6.2, 6.0)), QString());
    const auto entry = [](const PointKey& key, const QJsonValue& value) {
        return QJsonObject{
            {"exhibit", key.exhibitId}, {"series", key.series}, {"x_label", key.xLabel},
            {"value", value},           {"unit", "MM"},         {"citation", "source"}};
    };
    const QJsonObject root{
        {"format", "trendboard-analyst-layer"},
        {"version", 1},
        {"values", QJsonArray{entry({"e1", "s1", "2020", {}}, 1.0), // fine alone
                              entry(kPoint, 7.0),                   // conflicts with 6.2
                              entry({"e1", "s1", "2021", {}}, "lots")}},
        {"annotations", QJsonArray{QJsonObject{{"exhibit", "e1"}, {"text", ""}}}}};
    const ImportReport report = db.importJson(QJsonDocument(root).toJson());
    QVERIFY(!report.applied);
    QCOMPARE(report.errors,
             QStringList({"values[2].value: not a number", "annotations[0].text: required"}));
    QCOMPARE(report.conflicts.size(), 1);
    QVERIFY2(report.conflicts.first().startsWith("values[1]: conflict") &&
                 report.conflicts.first().contains("6.2") && report.conflicts.first().contains("7"),
             qPrintable(report.conflicts.first()));
    // Nothing of it was applied, not even the good entry.
    QCOMPARE(db.values().size(), 1);
    QCOMPARE(db.value(kPoint)->value, 6.2);
    QCOMPARE(db.audit().size(), 1);

    const ImportReport broken = db.importJson("{\"format\": ");
    QVERIFY(!broken.applied);
    QVERIFY(broken.errors.first().startsWith("file: not JSON"));
    QJsonObject newer = root;
    newer["version"] = 2;
    QVERIFY(db.importJson(QJsonDocument(newer).toJson()).errors.first().startsWith("version:"));
}

// The bundled database is opened read-only: opening, reading and analyst work leave its bytes
// as they were and put no journal beside it.
void tst_AnalystDb::bundledDatabaseUnchanged()
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
void tst_AnalystDb::killedDuringBurstKeepsEveryCommit()
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

// A process started without USER (a service, `env -i`) still records who: the account it runs
// as, never "unknown".
void tst_AnalystDb::auditNamesTheAccountWithoutUserVariables()
{
    const QByteArray saved = qgetenv("USER");
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        qunsetenv(name);
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    QCOMPARE(db.setValue(edit(kPoint, 6.2, 6.0)), QString());
    qputenv("USER", saved);
    const QVector<AuditEntry> audit = db.audit(kPoint);
    QCOMPARE(audit.size(), 1);
    const passwd* account = getpwuid(geteuid());
    QVERIFY(account);
    QCOMPARE(audit.first().who, QString::fromLocal8Bit(account->pw_name));
}

// Two writers on one layer (an import and the window): what the import compares with is read
// under the write lock, so a value committed after the file was checked is a conflict naming
// the point, never silently overwritten.
void tst_AnalystDb::importSeesWhatWasCommittedMeanwhile()
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
void tst_AnalystDb::concurrentWritersAllCommit()
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

// A text longer than Trendboard stores or draws is refused, naming the entry and field.
void tst_AnalystDb::importBoundsTexts()
{
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    const QString longLabel(100000, QLatin1Char('x'));
    const QJsonObject root{
        {"format", "trendboard-analyst-layer"},
        {"version", 1},
        {"values", QJsonArray{QJsonObject{{"exhibit", "e1"},
                                          {"series", "s1"},
                                          {"x_label", longLabel},
                                          {"value", 1.0},
                                          {"unit", "MM"},
                                          {"citation", QString(kMaxTextLength + 1, 'c')}}}},
        {"annotations",
         QJsonArray{QJsonObject{{"exhibit", "e1"}, {"text", QString(kMaxTextLength + 1, 't')}}}}};
    const ImportReport report = db.importJson(QJsonDocument(root).toJson());
    QVERIFY(!report.applied);
    QCOMPARE(report.errors,
             QStringList({"values[0].x_label: is 100000 characters long (at most 500)",
                          "annotations[0].text: is 2001 characters long (at most 2000)"}));
    QVERIFY(db.values().isEmpty());
    // The window's writes are bounded alike.
    AnalystValue v = fill(kPoint, 1);
    v.citation = QString(kMaxTextLength + 1, 'c');
    QCOMPARE(db.setValue(v), QString("citation: is 2001 characters long (at most 2000)"));
    QCOMPARE(db.setAnnotation({"e1", "s1", longLabel, {}}, "note"),
             QString("x_label: is 100000 characters long (at most 500)"));
    QVERIFY(db.annotations().isEmpty());
}

// However many entries a file has, an import checks no more than the cap.
void tst_AnalystDb::importIsCapped()
{
    QTemporaryDir dir;
    AnalystDatabase db(dir.filePath("a.sqlite"));
    db.setUnits(m_units);
    QJsonArray notes;
    for (int i = 0; i <= AnalystDatabase::kMaxImportEntries; ++i)
        notes.append(QJsonObject{{"exhibit", QStringLiteral("e%1").arg(i)}, {"text", "n"}});
    const ImportReport report =
        db.importJson(QJsonDocument(QJsonObject{{"format", "trendboard-analyst-layer"},
                                                {"version", 1},
                                                {"annotations", notes}})
                          .toJson());
    QVERIFY(!report.applied);
    QCOMPARE(report.errors,
             QStringList{"file: 0 values and 20001 annotations; an import takes at most 20000 "
                         "entries in all"});
    QVERIFY(db.annotations().isEmpty());
}

QTEST_GUILESS_MAIN(tst_AnalystDb)
#include "tst_analystdb.moc"
