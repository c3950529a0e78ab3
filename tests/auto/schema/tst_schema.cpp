// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdb.h"
#include "../common/queryplans.h"
#include "sqlutil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void rejectsNumbersThatAreNotFinite_data();
    void rejectsNumbersThatAreNotFinite();
    void walCopyInReadOnlyFolderOpens();
    void quickCheckOncePerFile();
    void statementsKeptPrepared();
    void valueKeyHasEveryValue();
    void exhibitDataServedByIndexes();
    void exhibitDataStatementsPerSwitch();
    void searchReadsOnlyTheIndexAndPlaces();
};

void tst_Schema::userVersion()
{
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    QVERIFY(q.exec("PRAGMA user_version") && q.next());
    QCOMPARE(q.value(0).toInt(), schemaVersion());
    QVERIFY(schemaVersion() >= 1);
    // The version compiled in is the schema file's own.
    const QStringList pragmas =
        schemaStatements().filter(QRegularExpression(QStringLiteral("^PRAGMA user_version")));
    QCOMPARE(pragmas.size(), 1);
    QCOMPARE(pragmas.first(), QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion()));
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

    // At equal relevance an exhibit stating values ranks above one stating none: page 19's
    // ChatGPT revenue (no value in the text) matches "chatgpt" a hair better than page 135's.
    const QStringList chatgpt = db.search("chatgpt");
    QVERIFY(chatgpt.contains("p019-chatgpt-revenue") &&
            chatgpt.contains("p135-tokens-equivalents"));
    QVERIFY(chatgpt.indexOf("p135-tokens-equivalents") < chatgpt.indexOf("p019-chatgpt-revenue"));
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

namespace {

// A copy of the bundled database in `dir`, changed by `sql` (empty: unchanged).
QString changedCopy(const QTemporaryDir& dir, const QString& sql)
{
    const QString copy = dir.filePath("copy.sqlite");
    if (!QFile::copy(TRENDBOARD_BUNDLED_DB, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    if (!sql.isEmpty()) {
        ScopedConnection c(copy, OpenMode::Create);
        QSqlQuery q(c.database());
        // As a damaged or hand-made file would have them, whatever the schema's checks say.
        if (!q.exec("PRAGMA ignore_check_constraints = ON") || !q.exec(sql))
            return {};
    }
    return copy;
}

} // namespace

void tst_Schema::rejectsNumbersThatAreNotFinite_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    // NaN is stored as NULL; 9e999 is infinity.
    const QString one = "WHERE id = (SELECT MIN(id) FROM datapoint WHERE value IS NOT NULL)";
    QTest::newRow("NaN") << "UPDATE datapoint SET value = NULL, text_value = NULL " + one
                         << "has no value, not a finite number";
    QTest::newRow("+Inf") << "UPDATE datapoint SET value = 9e999 " + one << "has value Inf";
    QTest::newRow("-Inf") << "UPDATE datapoint SET value = -9e999 " + one << "has value -Inf";
    QTest::newRow("text") << "UPDATE datapoint SET value = 'lots' " + one << "has value 'lots'";
    QTest::newRow("base Inf") << "UPDATE datapoint SET base_value = 9e999 " + one
                              << "has base value Inf";
    QTest::newRow("unit factor") << "UPDATE unit SET factor = 9e999 WHERE symbol = '$B'"
                                 << "unit $B has factor Inf";
}

// A read-only connection's quick_check does not evaluate CHECK constraints: the loader refuses
// numbers that would reach tables, CSV files and charts as NaN or infinity, naming the point.
void tst_Schema::rejectsNumbersThatAreNotFinite()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString copy = changedCopy(dir, sql);
    QVERIFY(!copy.isEmpty());
    const ReportDatabase db(copy);
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().contains(message) && db.errorString().contains(copy),
             qPrintable(db.errorString()));
    if (!QTest::currentDataTag() || QByteArray(QTest::currentDataTag()) != "unit factor")
        QVERIFY2(db.errorString().contains(" / "), qPrintable(db.errorString())); // the point
}

// A WAL-mode database in a folder the user cannot write (an installed share folder) opens for
// reading, and nothing is written beside it.
void tst_Schema::walCopyInReadOnlyFolderOpens()
{
    QTemporaryDir dir;
    const QString copy = changedCopy(dir, "PRAGMA journal_mode = WAL");
    QVERIFY(!copy.isEmpty());
    QFile::setPermissions(copy, QFile::ReadOwner);
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const QStringList before = QDir(dir.path()).entryList(QDir::Files);
    {
        const ReportDatabase db(copy);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(!db.exhibits(std::nullopt, ReportScope::all()).isEmpty());
        QVERIFY2(db.readError().isEmpty(), qPrintable(db.readError()));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// PRAGMA quick_check reads every page (0.7 s at a thousand times the report): it runs when a
// file is new to the user or changed, not on every open; a file damaged since is checked again.
void tst_Schema::quickCheckOncePerFile()
{
    QStandardPaths::setTestModeEnabled(true); // the cache of checked files is the test's own
    QTemporaryDir dir;
    const QString copy = changedCopy(dir, {});
    QVERIFY(!copy.isEmpty());
    {
        const ReportDatabase first(copy);
        QVERIFY2(first.isOpen(), qPrintable(first.errorString()));
        QVERIFY(first.quickChecked());
    }
    {
        const ReportDatabase again(copy);
        QVERIFY(again.isOpen());
        QVERIFY(!again.quickChecked());
    }
    // Damaged in place (same size): its modification time and first page tell it apart.
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2 - 4096));
    file.write(QByteArray(8192, '\0'));
    file.close();
    const ReportDatabase damaged(copy);
    QVERIFY(damaged.quickChecked());
    QVERIFY(!damaged.isOpen());
    QVERIFY2(damaged.errorString().contains("damaged"), qPrintable(damaged.errorString()));
}

// Statements are prepared once per connection and kept; one still being read when the same
// SQL runs again (nested) is not reset under its reader: a second one is prepared.
void tst_Schema::statementsKeptPrepared()
{
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    const QString sql = "SELECT id FROM exhibit WHERE page >= ? ORDER BY id";
    QStringList all;
    {
        Statement q = c.run(sql, {0});
        while (q.next())
            all.append(q.value(0).toString());
    }
    QVERIFY(all.size() > 3);
    QCOMPARE(c.statementsPrepared(), 1);
    {
        Statement outer = c.run(sql, {0});
        QVERIFY(outer.next());
        QCOMPARE(outer.value(0).toString(), all.at(0));
        {
            Statement inner = c.run(sql, {0});
            QStringList innerRows;
            while (inner.next())
                innerRows.append(inner.value(0).toString());
            QCOMPARE(innerRows, all);
        }
        QCOMPARE(c.statementsPrepared(), 2);
        QVERIFY(outer.next());
        QCOMPARE(outer.value(0).toString(), all.at(1)); // not reset by the nested run
    }
    // Both kept: neither the same SQL again nor with other values prepares anything.
    for (int page : {0, 300}) {
        Statement q = c.run(sql, {page});
        QVERIFY(q.next());
        QVERIFY(!q.lastError().isValid());
    }
    QCOMPARE(c.statementsPrepared(), 2);
    // A statement that fails to prepare says why and is not kept.
    Statement bad = c.run("SELECT nope FROM nothing", {});
    QVERIFY(bad.lastError().isValid());
    QCOMPARE(c.statementsPrepared(), 2);
    // The cache is bounded: old statements make room for new ones.
    for (int i = 0; i < ScopedConnection::kStatementCacheSize + 10; ++i)
        Statement q = c.run(QStringLiteral("SELECT %1").arg(i), {});
    const int before = c.statementsPrepared();
    {
        Statement q = c.run(sql, {0});
    } // evicted long ago: prepared again
    QCOMPARE(c.statementsPrepared(), before + 1);
}

QTEST_GUILESS_MAIN(tst_Schema)
// value_key is what exhibitData reads other pages' values by: the compiler writes one row per
// numeric value, and the first exhibits of each figure are ranked 1 and 2.
void tst_Schema::valueKeyHasEveryValue()
{
    ScopedConnection c(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QSqlQuery q(c.database());
    QVERIFY(q.exec("SELECT (SELECT COUNT(*) FROM value_key), "
                   "(SELECT COUNT(*) FROM datapoint WHERE value IS NOT NULL), "
                   "(SELECT COUNT(*) FROM value_key WHERE figure_rank = 1), "
                   "(SELECT COUNT(*) FROM value_key k JOIN datapoint d ON d.id = k.datapoint_id "
                   " JOIN series s ON s.id = d.series_id WHERE k.exhibit_id <> s.exhibit_id "
                   " OR k.page <> d.page "
                   " OR k.measure_id <> COALESCE(d.measure_id, s.measure_id))"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 500);
    QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
    QVERIFY(q.value(2).toInt() > 300);
    QCOMPARE(q.value(3).toInt(), 0);
}

namespace {
// The statements exhibitData ran for every exhibit of both reports, with the values first
// bound to each (ReportDatabase::statementsRun, less those of opening and of the list).
QHash<QString, QVariantList> exhibitDataStatements(const ReportDatabase& db)
{
    const QVector<ExhibitInfo> all = db.exhibits(std::nullopt, ReportScope::all());
    const QHash<QString, QVariantList> before = db.statementsRun();
    for (const ExhibitInfo& e : all) {
        if (!db.exhibitData(e.id))
            return {};
    }
    QHash<QString, QVariantList> ran = db.statementsRun();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        ran.remove(it.key());
    return ran;
}
} // namespace

// Every statement of an exhibit switch finds its rows by an index: a SCAN of exhibit, series,
// datapoint or value_key (or an automatic index, a scan too) would slow the switch with the
// data (at a thousand times the report, the same figure's copies made it 0.8 s).
void tst_Schema::exhibitDataServedByIndexes()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(db.isOpen());
    const QHash<QString, QVariantList> ran = exhibitDataStatements(db);
    QVERIFY2(db.readError().isEmpty(), qPrintable(db.readError()));
    QVERIFY(ran.size() >= 8);
    ScopedConnection plans(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    // Every exhibit (or value) of a report is a scan by another name: a join that reaches the
    // other side through the report alone (the old self-join of datapoint_flat did).
    static const QRegularExpression wholeReport(
        QStringLiteral(R"(^SEARCH (\w+) USING (?:COVERING )?INDEX \w+ \(report_id=\?\)$)"));
    QString error;
    const QVector<queryplans::PlanRow> rows = queryplans::planRows(
        plans.database(), ran, {"exhibit", "series", "datapoint", "value_key"}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList scans;
    for (const queryplans::PlanRow& row : rows) {
        const auto m = wholeReport.match(row.detail);
        if (queryplans::scansWatched(row) || (m.hasMatch() && row.watched.contains(m.captured(1))))
            scans.append(queryplans::describe(row));
    }
    QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QStringLiteral("\n"))));
}

// One statement per list, never one per series or entity: p. 310 draws internet users of
// nine regions (nine series, eight entities).
void tst_Schema::exhibitDataStatementsPerSwitch()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(db.isOpen());
    int most = 0;
    QString where;
    for (const ExhibitInfo& e : db.exhibits(std::nullopt, ReportScope::all())) {
        const int before = db.statementCount();
        QVERIFY(db.exhibitData(e.id));
        if (db.statementCount() - before > most) {
            most = db.statementCount() - before;
            where = e.id;
        }
    }
    // The exhibit, its series, their points, two of Chinese, another report, two of other
    // pages, and for few values: the page, the entities' regions and other pages.
    QVERIFY2(most <= 11, qPrintable(QStringLiteral("%1 statements for %2").arg(most).arg(where)));
}

// Issue 25: a keystroke's statements read the full-text index, the tabs' scopes and each
// ranked hit's place by the row's rowid (exhibit_search_place), nothing else: a join with
// exhibit and a NOT EXISTS over series and datapoint per hit cost 250 ms at 1000 times the
// data. Every place is written, and every row's rowid names its exhibit's tab.
void tst_Schema::searchReadsOnlyTheIndexAndPlaces()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(db.isOpen());
    const QHash<QString, QVariantList> before = db.statementsRun();
    const QString words = QStringLiteral("nvidia users");
    QVERIFY(!db.searchCounts(words).isEmpty());
    QVERIFY(!db.searchIn(words, {kBondReportId, 2}).isEmpty());
    db.searchIn(words, {QStringLiteral("broker-ai-tokens-2025"), std::nullopt});
    QVERIFY(!db.searchHits(words).isEmpty());
    QHash<QString, QVariantList> ran = db.statementsRun();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        ran.remove(it.key());
    QVERIFY(ran.size() >= 3);
    // The counts' subquery (c) has a row a tab with hits: bounded by the tabs, not the data.
    static const QRegularExpression allowed(QStringLiteral(
        R"(^(?:SCAN f VIRTUAL TABLE INDEX \d+:M|SEARCH (?:p|sc) USING INTEGER PRIMARY )"
        R"(KEY \(rowid=\?\)$|USE TEMP B-TREE FOR (?:ORDER|GROUP) BY$|MATERIALIZE c$|SCAN c$|)"
        R"(SEARCH exhibit_search_scope USING COVERING INDEX \w+ \(report_id=\? AND section_no=\?\)$))"));
    ScopedConnection plans(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
    QString error;
    const QVector<queryplans::PlanRow> rows = queryplans::planRows(plans.database(), ran, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList other;
    for (const queryplans::PlanRow& row : rows) {
        if (!allowed.match(row.detail).hasMatch())
            other.append(queryplans::describe(row));
    }
    QVERIFY2(other.isEmpty(), qPrintable(other.join(QLatin1Char('\n'))));
    QSqlQuery q(plans.database());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM exhibit_search), (SELECT COUNT(*) FROM exhibit_search_place "
        "p JOIN exhibit_search f ON f.rowid = p.search_rowid AND f.exhibit_id = p.exhibit_id "
        "JOIN exhibit e ON e.id = p.exhibit_id AND e.report_id = p.report_id "
        "AND e.section_no = p.section_no)")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 200);
    QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM exhibit_search f JOIN exhibit e ON e.id = f.exhibit_id "
        "JOIN exhibit_search_scope sc ON sc.scope = f.rowid >> 24 "
        "AND sc.report_id = e.report_id AND sc.section_no = e.section_no")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(db.exhibits(std::nullopt, ReportScope::all()).size()));
}

#include "tst_schema.moc"
