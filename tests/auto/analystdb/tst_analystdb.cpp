// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst database's values, notes and audit trail: writing, reverting, checking, and
// exporting and importing layers.
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

class tst_AnalystDb : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultPathIsAppData();
    void auditNamesTheAccountWithoutUserVariables();
    void bundledPointKeyIsUnique();
    void roundTrip_data();
    void roundTrip();
    void editKeepsCreatedAndAudits();
    void revertScopes_data();
    void revertScopes();
    void validation_data();
    void validation();
    void annotations();
    void layerFileLimits();
    void exportImportRoundTrip();
    void importAllOrNothing();
    void importBoundsTexts();
    void importIsCapped();

private:
    QVector<UnitInfo> m_units;
};

void tst_AnalystDb::initTestCase()
{
    loadBundledUnits(m_units);
}

void tst_AnalystDb::defaultPathIsAppData()
{
    QVERIFY(AnalystDatabase::defaultPath().endsWith("/analyst.sqlite"));
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
