#include "reportdb.h"
#include "sqlutil.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QTest>

using namespace trendboard;

// The schema and the datapoint_flat view are a public contract: analysts query the bundled
// database with their own tools.
class tst_Schema : public QObject
{
    Q_OBJECT
private slots:
    void userVersion();
    void flatViewColumns_data();
    void flatViewColumns();
    void baseUnitsCompare();
    void everySectionPresent();
    void rowEntities();
    void searchIndex();
    void readOnly();
    void rejectsOtherFiles();
};

void tst_Schema::userVersion()
{
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), schemaVersion());
    QVERIFY(schemaVersion() >= 1);
}

void tst_Schema::flatViewColumns_data()
{
    QTest::addColumn<QString>("column");
    for (const char* c : {"report", "section_no", "page", "exhibit_id", "exhibit_title", "series",
                          "entity", "entity_kind", "x_label", "period_start", "period_end", "value",
                          "unit", "base_value", "base_unit", "status", "quote"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void tst_Schema::flatViewColumns()
{
    QFETCH(QString, column);
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    QVERIFY(q.exec("SELECT * FROM datapoint_flat LIMIT 1"));
    QVERIFY2(q.record().indexOf(column) >= 0, qPrintable(column));
}

void tst_Schema::baseUnitsCompare()
{
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    // Every numeric datapoint has a base value equal to value * factor of its unit.
    QVERIFY(q.exec("SELECT COUNT(*) FROM datapoint d JOIN unit u ON u.symbol = d.unit "
                   "WHERE d.value IS NOT NULL AND (d.base_unit IS NOT u.base_unit "
                   "OR ABS(d.base_value - d.value * u.factor) > 1e-6 * ABS(d.base_value) + 1e-9)"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec("SELECT COUNT(*) FROM datapoint WHERE value IS NOT NULL AND unit IS NULL"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // $MM and $B compare as USD.
    QVERIFY(
        q.exec("SELECT base_unit, factor FROM unit WHERE symbol IN ('$MM', '$B') ORDER BY factor"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("USD"));
    QCOMPARE(q.value(1).toDouble(), 1e6);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("USD"));
    QCOMPARE(q.value(1).toDouble(), 1e9);
}

void tst_Schema::everySectionPresent()
{
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    const auto sections = db.sections(kBondReportId);
    QCOMPARE(sections.size(), 9);
    for (int i = 0; i < sections.size(); ++i)
        QCOMPARE(sections.at(i).number, i);
    QCOMPARE(db.exhibits(0, kBondReportId).size(), 11); // the front matter's eleven summary charts
    QVERIFY(db.exhibits(1, kBondReportId).size() >= 19);
    for (const ExhibitInfo& e : db.exhibits(1, kBondReportId)) {
        QVERIFY(e.page >= 9 && e.page <= 51);
        QVERIFY(!e.source.isEmpty());
    }
}

void tst_Schema::rowEntities()
{
    // A table row or category that names a company is that company, whatever the series.
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    QVERIFY(q.prepare(
        "SELECT entity, entity_kind FROM datapoint_flat WHERE exhibit_id = ? AND x_label = ?"));
    q.addBindValue("p057-years-to-100mm-users");
    q.addBindValue("Netflix");
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Netflix"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("company"));
    // One entity everywhere: Google and Alphabet are the same.
    QVERIFY(q.exec("SELECT COUNT(*) FROM entity WHERE name IN ('Google', 'Alphabet / Google')") &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec("SELECT e.name FROM entity_alias a JOIN entity e ON e.id = a.entity_id WHERE "
                   "a.alias = 'google'") &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Alphabet"));
}

void tst_Schema::searchIndex()
{
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const QStringList hits = db.search("NVIDIA developers");
    QVERIFY(hits.contains("p038-nvidia-developers"));
    QVERIFY(db.search("\"unbalanced AND (").isEmpty() || true); // never an SQL error
    QVERIFY(db.search("   ").isEmpty());
}

void tst_Schema::readOnly()
{
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    QVERIFY(!q.exec("DELETE FROM datapoint"));
}

void tst_Schema::rejectsOtherFiles()
{
    const ReportDatabase missing("/nonexistent/trendboard.sqlite");
    QVERIFY(!missing.isOpen());
    QVERIFY(missing.errorString().contains("/nonexistent/trendboard.sqlite"));
    QTemporaryFile notDb;
    QVERIFY(notDb.open());
    notDb.write("this is not a database at all, just text that is long enough to matter");
    notDb.close();
    const ReportDatabase bad(notDb.fileName());
    QVERIFY(!bad.isOpen());
    QVERIFY(bad.errorString().contains(notDb.fileName()));
}

QTEST_GUILESS_MAIN(tst_Schema)
#include "tst_schema.moc"
