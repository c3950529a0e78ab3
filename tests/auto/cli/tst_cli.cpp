// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: help, lists, search, profiles, CSV, and bad arguments or databases.
#include "clifixture.h"

#include "analystdb.h"
#include "export/csv.h"
#include "export/fileerror.h"
#include "reportdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace trendboard;

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void help();
    void version();
    void dbPath();
    void list();
    void badArguments_data();
    void badArguments();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void damagedDatabase_data();
    void damagedDatabase();
    void lockedDatabase();
    void vocabularyLists();
    void profile();
    void search();
    void searchChinese_data();
    void searchChinese();
    void pageWithoutExhibitsIsAnError_data();
    void pageWithoutExhibitsIsAnError();
    void compareInChinese();

private:
    // The Chinese fixture, compiled once for every searchChinese row (the compiler's run is
    // most of a row's time, and under the sanitizers seconds).
    QTemporaryDir m_chineseDir;
    QString m_chineseDb;
};

void tst_Cli::help()
{
    const Run r = run({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("Usage: trendboard [options]\n"), qPrintable(r.out));
    QVERIFY(r.out.contains("--export-png <FILE>"));
}

void tst_Cli::version()
{
    const Run r = run({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("trendboard "));
}

void tst_Cli::dbPath()
{
    const Run r = run({"--db-path"});
    QCOMPARE(r.code, 0);
    QCOMPARE(QFileInfo(r.out.trimmed()).canonicalFilePath(),
             QFileInfo(TRENDBOARD_BUNDLED_DB).canonicalFilePath());
}

void tst_Cli::list()
{
    // Every report's exhibits, the brokerage note's too, under a header naming the columns.
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const QString broker = QStringLiteral("broker-ai-tokens-2025");
    const Run all = run({"--list"});
    QCOMPARE(all.code, 0);
    QStringList lines = all.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("id\treport\tsection\tpage\ttitle"));
    QCOMPARE(lines.size() - 1, db.exhibits(std::nullopt, ReportScope::all()).size());
    const QVector<ExhibitInfo> notes = db.exhibits(std::nullopt, broker);
    QCOMPARE(notes.size(), 9);
    for (const ExhibitInfo& e : notes) {
        QVERIFY2(lines.contains(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                    .arg(e.id, broker)
                                    .arg(e.section)
                                    .arg(e.page)
                                    .arg(e.title)),
                 qPrintable(e.id));
    }
    // A section of each report: BOND's section 2 and the note's.
    const Run r = run({"--list", "--section", "2"});
    QCOMPARE(r.code, 0);
    lines = r.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("id\treport\tsection\tpage\ttitle"));
    QCOMPARE(lines.size() - 1,
             db.exhibits(2, kBondReportId).size() + db.exhibits(2, broker).size());
    QVERIFY(r.out.contains("n2-microsoft-tokens\tbroker-ai-tokens-2025\t2\t1\t"));
    const Run one = run({"--list", "--section", "1"});
    QVERIFY(one.out.contains("p038-nvidia-developers\tbond-ai-2025\t1\t38\t"));
}

void tst_Cli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("section out of range")
        << QStringList{"--list", "--section", "12"} << "--section";
    QTest::newRow("section not a number") << QStringList{"--list", "--section", "two"} << "'two'";
    QTest::newRow("png without page") << QStringList{"--export-png", "x.png"} << "--page";
    QTest::newRow("csv without scope") << QStringList{"--export-csv", "x.csv"} << "exactly one";
    QTest::newRow("csv two scopes")
        << QStringList{"--export-csv", "x.csv", "--all", "--page", "4"} << "exactly one";
    QTest::newRow("bad size") << QStringList{"--export-png", "x.png",  "--page",
                                             "38",           "--size", "big"}
                              << "--size";
    // A slide past 8K a side costs gigabytes for nothing (10000x10000 at 3x: 3.6 GB a slide).
    QTest::newRow("size past 8K") << QStringList{"--export-png", "x.png",  "--page",
                                                 "38",           "--size", "10000x10000"}
                                  << "7680x7680 (8K)";
    QTest::newRow("size at scale past 8K")
        << QStringList{"--export-all", "/tmp/x", "--size", "3000x2000", "--scale", "3"}
        << "9000x6000 pixels";
    QTest::newRow("two commands") << QStringList{"--list", "--version"} << "one of";
    QTest::newRow("stray argument") << QStringList{"--list", "extra"} << "extra";
    QTest::newRow("page without command") << QStringList{"--page", "3"} << "go with a command";
    QTest::newRow("annotations without command")
        << QStringList{"--annotations"} << "go with a command";
    QTest::newRow("annotations with list")
        << QStringList{"--list", "--annotations"} << "--annotations does not apply";
    QTest::newRow("annotations with csv")
        << QStringList{"--export-csv", "x.csv", "--all", "--annotations"}
        << "--annotations does not apply";
    // Options that do not apply to a command are errors, not silently ignored.
    QTest::newRow("list with page")
        << QStringList{"--list", "--page", "5"} << "--page does not apply";
    QTest::newRow("snapshot with page")
        << QStringList{"--snapshot", "x.png", "--page", "4"} << "--page does not apply";
    QTest::newRow("csv with size")
        << QStringList{"--export-csv", "x.csv", "--all", "--size", "800x600"}
        << "--size does not apply";
    QTest::newRow("png with page and exhibit")
        << QStringList{"--export-png",          "x.png", "--page", "5", "--exhibit",
                       "p005-industrial-robots"}
        << "not both";
    QTest::newRow("version with section")
        << QStringList{"--version", "--section", "1"} << "does not apply";
    QTest::newRow("compare one entity")
        << QStringList{"--compare", "revenue", "--entities", "NVIDIA"} << "--entities";
    QTest::newRow("compare with page")
        << QStringList{"--compare", "revenue", "--entities", "NVIDIA,OpenAI", "--page", "5"}
        << "--page does not apply";
    QTest::newRow("compare two outputs")
        << QStringList{"--compare",    "revenue", "--entities",   "NVIDIA,OpenAI",
                       "--export-csv", "x.csv",   "--export-png", "x.png"}
        << "one of";
    QTest::newRow("compare bad period")
        << QStringList{"--compare", "revenue", "--entities", "NVIDIA,OpenAI", "--period", "soon"}
        << "--period";
    QTest::newRow("lang unknown") << QStringList{"--lang", "fr"} << "--lang takes zh";
    QTest::newRow("lang empty") << QStringList{"--snapshot", "x.png", "--lang", ""}
                                << "--lang takes zh";
    QTest::newRow("lang with list")
        << QStringList{"--list", "--lang", "zh"} << "--lang does not apply to --list";
    QTest::newRow("list with kind")
        << QStringList{"--list", "--kind", "country"} << "--kind does not apply";
    QTest::newRow("entities without compare")
        << QStringList{"--list-entities", "--entities", "A,B"} << "--entities does not apply";
    QTest::newRow("unknown kind") << QStringList{"--list-entities", "--kind", "planet"} << "planet";
    QTest::newRow("profile with page") << QStringList{"--profile", "NVIDIA", "--page", "3"}
                                       << "--page does not apply to --profile";
    QTest::newRow("profile with png") << QStringList{"--profile", "NVIDIA", "--export-png", "x.png"}
                                      << "--profile takes an entity";
    QTest::newRow("user-db with list")
        << QStringList{"--list", "--user-db", "a.sqlite"} << "--user-db does not apply to --list";
    QTest::newRow("user-db with search")
        << QStringList{"--search", "NVIDIA", "--user-db", "a"} << "--user-db does not apply";
    QTest::newRow("export and import layer")
        << QStringList{"--export-analyst-layer", "a.json", "--import-analyst-layer", "b.json"}
        << "one of";
    QTest::newRow("import layer with page")
        << QStringList{"--import-analyst-layer", "a.json", "--page", "4"}
        << "--page does not apply to --import-analyst-layer";
    QTest::newRow("import layer, empty file name")
        << QStringList{"--import-analyst-layer", ""} << "--import-analyst-layer needs a file name";
    QTest::newRow("export-all bad format")
        << QStringList{"--export-all", "/tmp/x", "--format", "png,gif"} << "--format takes";
    QTest::newRow("export-all bad scale")
        << QStringList{"--export-all", "/tmp/x", "--scale", "4"} << "--scale takes 1, 2 or 3";
    QTest::newRow("export-all bad theme")
        << QStringList{"--export-all", "/tmp/x", "--theme", "neon"} << "--theme takes";
    QTest::newRow("export-all deck without pdf")
        << QStringList{"--export-all", "/tmp/x", "--deck"} << "--deck needs --format pdf";
    QTest::newRow("export-all with page") << QStringList{"--export-all", "/tmp/x", "--page", "4"}
                                          << "--page does not apply to --export-all";
    QTest::newRow("format without export-all")
        << QStringList{"--list", "--format", "png"} << "--format does not apply to --list";
    QTest::newRow("profile unknown, nearest named")
        << QStringList{"--profile", "nvida"} << "did you mean NVIDIA";
}

void tst_Cli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::csvRoundTrip_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<int>("flatScope");
    QTest::addColumn<QVariant>("key");
    QTest::newRow("all") << QStringList{"--all"} << int(FlatScope::All) << QVariant();
    QTest::newRow("section 1") << QStringList{"--section", "1"} << int(FlatScope::Section)
                               << QVariant(1);
    QTest::newRow("page 4") << QStringList{"--page", "4"} << int(FlatScope::Page) << QVariant(4);
}

void tst_Cli::csvRoundTrip()
{
    QFETCH(QStringList, scope);
    QFETCH(int, flatScope);
    QFETCH(QVariant, key);
    QTemporaryDir dir;
    const QString path = dir.filePath("out.csv");
    const Run r = run(QStringList{"--export-csv", path} + scope);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QString error;
    const auto rows = parseCsv(text, &error);
    QVERIFY(error.isEmpty());
    // Every record ends in CRLF (RFC 4180); a line break inside a quote is not a record end.
    QCOMPARE(text.count("\r\n"), rows.size());

    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const FlatTable table = db.flat(FlatScope(flatScope), key);
    QVERIFY(!table.rows.isEmpty());
    QCOMPARE(rows.size(), table.rows.size() + 1);
    QCOMPARE(rows.first(), table.columns);
    for (int i = 0; i < table.rows.size(); ++i) {
        const auto& expected = table.rows.at(i);
        const QStringList& got = rows.at(i + 1);
        QCOMPARE(got.size(), expected.size());
        for (int c = 0; c < expected.size(); ++c) {
            const QVariant& v = expected.at(c);
            if (v.isNull())
                QCOMPARE(got.at(c), QString());
            else if (v.typeId() == QMetaType::Double)
                QVERIFY2(qFuzzyCompare(got.at(c).toDouble() + 1.0, v.toDouble() + 1.0),
                         qPrintable(got.at(c)));
            else
                QCOMPARE(unguardCsvText(got.at(c)), v.toString());
        }
    }
}

// A copy of the bundled database with its middle 8 KB overwritten: every command that reads it
// fails with exit 1 and says it is damaged; nothing is written.
void tst_Cli::damagedDatabase_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList{"--list"};
    QTest::newRow("csv all") << QStringList{"--export-csv", "OUT", "--all"};
    QTest::newRow("png") << QStringList{"--export-png", "OUT", "--page", "5"};
    QTest::newRow("snapshot") << QStringList{"--snapshot", "OUT", "--section", "2"};
    QTest::newRow("list measures") << QStringList{"--list-measures"};
    QTest::newRow("compare") << QStringList{"--compare",       "market_cap",   "--entities",
                                            "Microsoft,Apple", "--export-csv", "OUT"};
}

void tst_Cli::damagedDatabase()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString copy = dir.filePath("damaged.sqlite");
    QVERIFY(QFile::copy(TRENDBOARD_BUNDLED_DB, copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() / 2 - 4096));
    file.write(QByteArray(8192, '\0'));
    file.close();
    const QString out = dir.filePath("out");
    args.replaceInStrings("OUT", out);
    const Run r = run(args, copy);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("damaged") && r.err.contains(copy), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{"damaged.sqlite"});
}

void tst_Cli::lockedDatabase()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath("locked.sqlite");
    QVERIFY(QFile::copy(TRENDBOARD_BUNDLED_DB, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    {
        // Another program holds an exclusive lock while the command runs.
        QSqlDatabase holder = QSqlDatabase::addDatabase("QSQLITE", "holder");
        holder.setDatabaseName(copy);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec("BEGIN EXCLUSIVE"));
        QVERIFY(q.exec("CREATE TABLE held(x)"));
        const Run r = run({"--list"}, copy);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("locked"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("not a Trendboard database"), qPrintable(r.err));
        q.exec("ROLLBACK");
        q.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase("holder");
}

void tst_Cli::vocabularyLists()
{
    const Run measures = run({"--list-measures"});
    QCOMPARE(measures.code, 0);
    QVERIFY(measures.out.startsWith("id\tquantity\tbase unit"));
    QVERIFY(measures.out.contains("\ntokens_processed\tlevel\ttokens\t"));
    const Run countries = run({"--list-entities", "--kind", "country"});
    QCOMPARE(countries.code, 0);
    const QStringList lines = countries.out.split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split('\t');
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(1), QStringLiteral("country"));
        QVERIFY2(!cells.at(2).isEmpty(), qPrintable(line)); // every country has its region
    }
}

void tst_Cli::profile()
{
    const Run r = run({"--profile", "nvidia"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("measure\tperiod\tvalue\tunit"));
    QVERIFY2(r.out.contains("revenue\tFQ4:25\t39\t$B"), qPrintable(r.out.left(400)));
    QTemporaryDir dir;
    const QString csv = dir.filePath("china.csv");
    const Run e = run({"--profile", "China", "--export-csv", csv});
    QCOMPARE(e.code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith("measure,period,value,unit"));
    QCOMPARE(text.count("\r\n"), parseCsv(text).size());
    QVERIFY(text.contains("share_of_app_users"));
}

void tst_Cli::search()
{
    // Ranked matches over both reports; the Overview's "Leading Chipmaker" chart by NVIDIA.
    const Run r = run({"--search", "NVIDIA"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("id\treport\tsection\tpage\ttitle\n"));
    QVERIFY2(r.out.contains("\tbond-ai-2025\t0\t4\t"), qPrintable(r.out.left(600)));
    QVERIFY(r.out.contains("p160-nvidia-revenue\t"));
    const Run note = run({"--search", "optical"});
    QCOMPARE(note.code, 0);
    QVERIFY(note.out.contains("broker-ai-tokens-2025"));
    const Run none = run({"--search", "zzzz-no-such-thing"});
    QCOMPARE(none.code, 1);
    QVERIFY(none.err.contains("no exhibit matches"));
}

namespace {
// A database of one exhibit with Chinese titles and names of our own (no page text needed).
QString chineseFixture(const QTemporaryDir& dir)
{
    const QString data = dir.filePath("data");
    QDir().mkpath(data);
    for (const char* name : {"report.yaml", "units.yaml", "measures.yaml", "entities.yaml"})
        QFile::copy(QStringLiteral(TRENDBOARD_DATA_DIR "/") + name, data + "/" + name);
    QFile section(data + "/s.yaml");
    if (!section.open(QIODevice::WriteOnly))
        return {};
    section.write("report: bond-ai-2025\nsection: 2\nexhibits:\n"
                  "  - {id: p055-zh, page: 55, title: 'Fastest App', kind: bar,\n"
                  "     title_zh_ours: '用户增长最快的应用', headline_zh_ours: '八亿周活跃用户',\n"
                  "     x_kind: category, unit: MM, source: OpenAI,\n"
                  "     series: [{name: 'Weekly users', name_zh: '每周使用者', entity: ChatGPT,\n"
                  "               measure: weekly_active_users,\n"
                  "               points: [{x: '4/25', value: 800, quote: 800MM}]}]}\n"
                  // Of another measure: weekly active users' Chinese name (每周活跃用户) would
                  // match 用户, as it should.
                  "  - {id: p056-en, page: 56, title: 'Other App', kind: bar,\n"
                  "     x_kind: category, unit: $B, source: OpenAI,\n"
                  "     series: [{name: 'Revenue', measure: revenue,\n"
                  "               points: [{x: '2024', value: 8, quote: $8B}]}]}\n");
    section.close();
    const QString db = dir.filePath("zh.sqlite");
    QProcess compile;
    compile.start(TRENDBOARD_COMPILER, {data, db});
    if (!compile.waitForFinished(60000) || compile.exitCode() != 0) {
        qWarning() << compile.readAllStandardError();
        return {};
    }
    return db;
}
} // namespace

// Chinese has no spaces between words and FTS5's unicode61 does not split it: the Chinese
// titles, headlines and names are found by the trigram index, words of one or two characters
// (most Chinese words) by the fallback.
void tst_Cli::searchChinese_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("two characters, title") << "用户" << true;
    QTest::newRow("one character") << "快" << true;
    QTest::newRow("four characters, title") << "增长最快" << true;
    QTest::newRow("headline") << "八亿周活" << true;
    QTest::newRow("series name") << "使用者" << true;
    QTest::newRow("two words") << "用户 应用" << true;
    QTest::newRow("English entity beside Chinese") << "ChatGPT 用户" << true;
    QTest::newRow("short English word beside Chinese") << "GPT 用户" << true;
    QTest::newRow("absent, two characters") << "汽车" << false;
    QTest::newRow("absent, long") << "自动驾驶汽车" << false;
    QTest::newRow("one word absent") << "用户 汽车" << false;
    QTest::newRow("quote in the query") << "用户\"" << false;
}

void tst_Cli::searchChinese()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    if (m_chineseDb.isEmpty())
        m_chineseDb = chineseFixture(m_chineseDir);
    QVERIFY(!m_chineseDb.isEmpty());
    const Run r = run({"--search", query}, m_chineseDb);
    QCOMPARE(r.code, found ? 0 : 1);
    QCOMPARE(r.out.contains("p055-zh\t"), found);
    QVERIFY(!r.out.contains("p056-en"));
}

void tst_Cli::pageWithoutExhibitsIsAnError_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("csv") << "--export-csv";
    QTest::newRow("png") << "--export-png";
}

// --page N with no exhibit on the page fails alike for every export (a bad argument: exit 2),
// writing nothing.
void tst_Cli::pageWithoutExhibitsIsAnError()
{
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString out = dir.filePath("out");
    const Run r = run({option, out, "--page", "9999"});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QString("trendboard: page 9999 has no exhibit in the database\n"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

// --lang zh --compare prints the table as the Compare tab shows it: Chinese column titles,
// entities, statuses and reports by their names; English keeps the CSV's columns and ids.
void tst_Cli::compareInChinese()
{
    const QStringList args{"--compare", "revenue", "--entities", "NVIDIA,Microsoft"};
    const Run zh = run(args + QStringList{"--lang", "zh"});
    QVERIFY2(zh.code == 0, qPrintable(zh.err));
    const QString header = zh.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(!header.contains(QLatin1String("entity")) && header.contains(QStringLiteral("实体")),
             qPrintable(header));
    QVERIFY2(zh.out.contains(QStringLiteral("英伟达")), qPrintable(zh.out));
    for (const char* english : {"bond-ai-2025", "\treported\t", "\tderived\t", "\tNVIDIA\t"})
        QVERIFY2(!zh.out.contains(QLatin1String(english)), english);
    QVERIFY2(zh.out.contains(QStringLiteral("\tBOND\t")), qPrintable(zh.out));
    const Run en = run(args);
    QVERIFY2(en.code == 0, qPrintable(en.err));
    QVERIFY2(en.out.startsWith(QLatin1String("entity\tperiod\t")), qPrintable(en.out));
    QVERIFY(en.out.contains(QLatin1String("\treported\tbond-ai-2025\t")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
