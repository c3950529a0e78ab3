// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystdb.h"
#include "export/csv.h"
#include "export/fileerror.h"
#include "reportdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args, const QString& database = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!database.isEmpty())
        env.insert("TRENDBOARD_DB", database);
    env.remove("QT_QPA_PLATFORM"); // the commands must pick offscreen themselves
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    p.setProcessEnvironment(env);
    p.start(TRENDBOARD_EXE, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

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
    void exportPng();
    void exportPngSeveralOnPage();
    void exportSvg();
    void unwritablePath();
    void exportAllSection();
    void snapshot();
    void slidesInChinese();
    void damagedDatabase_data();
    void damagedDatabase();
    void lockedDatabase();
    void specialTargetsRefused_data();
    void specialTargetsRefused();
    void blockedSecondOutputWritesNone();
    void textIsPlainInSvgAndCharts();
    void vocabularyLists();
    void compareExports();
    void profile();
    void search();
    void searchChinese_data();
    void searchChinese();
    void analystLayerRoundTrip();
    void annotationsInExports_data();
    void annotationsInExports();
    void analystImportErrors_data();
    void analystImportErrors();
    void analystValuesInComparisonsAndProfiles();
    void userDbNotALayer_data();
    void userDbNotALayer();
    void symlinkTargetsRefused_data();
    void symlinkTargetsRefused();
    void importRefusesSpecialFiles();
    void analystValuesInCsvAndSlides();
    void pageWithoutExhibitsIsAnError_data();
    void pageWithoutExhibitsIsAnError();
    void fullDiskIsNamed();
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

void tst_Cli::exportPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p38.png");
    const Run r = run({"--export-png", path, "--page", "38", "--size", "1280x720"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
}

void tst_Cli::exportPngSeveralOnPage()
{
    QTemporaryDir dir;
    const Run r = run({"--export-png", dir.filePath("p19.png"), "--page", "19"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const auto onPage = db.exhibitsOnPage(19, kBondReportId);
    QVERIFY(onPage.size() > 1);
    for (const ExhibitInfo& e : onPage)
        QVERIFY2(QFile::exists(dir.filePath("p19-" + e.id + ".png")), qPrintable(e.id));
}

void tst_Cli::exportSvg()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p61.svg");
    const Run r = run({"--export-svg", path, "--exhibit", "p061-nvidia-ecosystem-developers",
                       "--size", "1200x675"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    // Well-formed XML (the source line's '&' is escaped) with the values as text, not pixels.
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(svg.contains("NVIDIA (2021 &amp; 2025)"));
    QVERIFY(svg.contains("6MM"));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().size(), QSize(1200, 675));
}

void tst_Cli::unwritablePath()
{
    const Run png = run({"--export-png", "/nonexistent-dir/x.png", "--page", "38"});
    QCOMPARE(png.code, 1);
    QVERIFY(png.err.contains("/nonexistent-dir/x.png"));
    const Run csv = run({"--export-csv", "/nonexistent-dir/x.csv", "--all"});
    QCOMPARE(csv.code, 1);
    QVERIFY(csv.err.contains("/nonexistent-dir/x.csv"));
    const Run unknown = run({"--export-csv", "/tmp/x.csv", "--exhibit", "p999-nothing"});
    QCOMPARE(unknown.code, 2); // a bad argument
    QVERIFY(unknown.err.contains("p999-nothing"));
    const Run empty = run({"--export-png", "/tmp/x.png", "--page", "7"});
    QCOMPARE(empty.code, 2);
    QVERIFY(empty.err.contains("page 7"));
}

void tst_Cli::exportAllSection()
{
    QTemporaryDir dir;
    const QString out = dir.filePath("slides");
    const Run r = run({"--export-all", out, "--section", "8", "--format", "png,pdf", "--size",
                       "480x270", "--scale", "2", "--theme", "dark", "--deck"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const QVector<ExhibitInfo> section = db.exhibits(8, kBondReportId);
    // A PNG per exhibit at twice the slide size, one deck, the index.
    for (const ExhibitInfo& e : section) {
        const QImage image(QDir(out).filePath(e.id + ".png"));
        QCOMPARE(image.size(), QSize(960, 540));
    }
    QVERIFY(QFile::exists(QDir(out).filePath("section-8-deck.pdf")));
    QVERIFY(QFile::exists(QDir(out).filePath("index.csv")));
    // Progress on stderr, a line per file or slide; the files on stdout.
    QCOMPARE(r.err.count(QRegularExpression("\\[\\d+/\\d+\\]")), 2 * section.size());
    QVERIFY(r.out.contains("section-8-deck.pdf"));
    // An unwritable folder: a message and nothing written.
    QFile file(dir.filePath("file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run bad = run({"--export-all", dir.filePath("file/sub"), "--section", "8"});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(dir.filePath("file/sub")), qPrintable(bad.err));
    // Every exhibit is both reports': the brokerage note's files too, each in the index.
    const QString csvs = dir.filePath("csv");
    const Run every = run({"--export-all", csvs, "--format", "csv"});
    QVERIFY2(every.code == 0, qPrintable(every.err));
    QFile index(QDir(csvs).filePath("index.csv"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString indexText = QString::fromUtf8(index.readAll());
    const QVector<ExhibitInfo> notes =
        db.exhibits(std::nullopt, QStringLiteral("broker-ai-tokens-2025"));
    QVERIFY(!notes.isEmpty());
    for (const ExhibitInfo& e : notes) {
        const QString name = QStringLiteral("p001-%1.csv").arg(e.id);
        QVERIFY2(QFile::exists(QDir(csvs).filePath(name)), qPrintable(name));
        QVERIFY2(indexText.contains(name + ',' + e.id), qPrintable(name));
    }
    // A row per exhibit of both reports, and one for the CSV files' README.txt.
    QCOMPARE(parseCsv(indexText).size() - 2, db.exhibits(std::nullopt, ReportScope::all()).size());
    QVERIFY(indexText.contains("README.txt,"));
}

void tst_Cli::snapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("window.png");
    const Run r = run({"--snapshot", path, "--section", "1", "--size", "1400x900"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QImage(path).size(), QSize(1400, 900));
    // In both languages (the Chinese interface is embedded; it never falls back silently).
    for (const char* lang : {"zh", "en"}) {
        const QString shot = dir.filePath(QStringLiteral("window-%1.png").arg(lang));
        const Run inLang = run({"--snapshot", shot, "--section", "2", "--lang", lang});
        QVERIFY2(inLang.code == 0, qPrintable(inLang.err));
        QVERIFY2(!inLang.err.contains("cannot be loaded"), qPrintable(inLang.err));
        QCOMPARE(QImage(shot).size(), QSize(1600, 900));
    }
}

// --lang zh with a command that draws: the slide is Chinese, source line included; without
// it, commands stay English.
void tst_Cli::slidesInChinese()
{
    QTemporaryDir dir;
    const QString page = dir.filePath("p55.svg");
    const QString compared = dir.filePath("compare.svg");
    for (const QStringList& args :
         {QStringList{"--export-svg", page, "--exhibit", "p055-chatgpt-weekly-users", "--lang",
                      "zh"},
          QStringList{"--compare", "revenue", "--entities", "NVIDIA,Microsoft", "--export-svg",
                      compared, "--lang", "zh"}}) {
        const Run r = run(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(' ') + ": " + r.err));
    }
    const auto text = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QVERIFY2(text(page).contains(QStringLiteral("来源:OpenAI 披露")), qPrintable(text(page)));
    QVERIFY(!text(page).contains(QStringLiteral("Source:")));
    QVERIFY(text(compared).contains(QStringLiteral("英伟达")));
    QVERIFY(!text(compared).contains(QStringLiteral("NVIDIA")));
    const Run english = run({"--export-svg", page, "--exhibit", "p055-chatgpt-weekly-users"});
    QVERIFY2(english.code == 0, qPrintable(english.err));
    QVERIFY(text(page).contains(QStringLiteral("Source: OpenAI disclosures")));
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

void tst_Cli::specialTargetsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("png") << "--export-png";
    QTest::newRow("svg") << "--export-svg";
    QTest::newRow("csv") << "--export-csv";
}

// A device, FIFO or folder as the target is refused (exit 1), never replaced by a file.
void tst_Cli::specialTargetsRefused()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath("link-to-null");
    QVERIFY(QFile::link("/dev/null", link));
    for (const QString& target : {fifo, link, QStringLiteral("/dev/null"), dir.path()}) {
        const Run r = run({command, target, "--exhibit", "p005-industrial-robots"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(target == link ? "symbolic link" : "not a regular file"),
                 qPrintable(r.err));
    }
    QVERIFY(!QFileInfo(fifo).isFile() && QFileInfo(fifo).exists());
    QVERIFY(QFileInfo(link).isSymLink());
}

// Page 5 has four exhibits; when the second one's file cannot be written, none is.
void tst_Cli::blockedSecondOutputWritesNone()
{
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const QVector<ExhibitInfo> onPage = db.exhibitsOnPage(5, kBondReportId);
    QVERIFY(onPage.size() >= 2);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("deck-%1.png").arg(onPage.at(1).id)));
    const Run r = run({"--export-png", dir.filePath("deck.png"), "--page", "5"});
    QCOMPARE(r.code, 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList());
}

// Titles, axis titles and series names are plain text: '<b>' is drawn as written, '&' stays,
// a control character cannot make the SVG invalid.
void tst_Cli::textIsPlainInSvgAndCharts()
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    QVERIFY(QDir().mkpath(data));
    for (const char* name : {"report.yaml", "units.yaml", "measures.yaml", "entities.yaml"})
        QVERIFY(QFile::copy(QStringLiteral(TRENDBOARD_DATA_DIR "/") + name, data + "/" + name));
    QFile section(data + "/s.yaml");
    QVERIFY(section.open(QIODevice::WriteOnly));
    section.write("report: bond-ai-2025\nsection: 2\nexhibits:\n"
                  "  - {id: p055-x, page: 55, title: 'Title <b>bold</b> & co', kind: bar,\n"
                  "     x_kind: category, y_axis: '<b>Revenue</b>', unit: MM, source: S & P,\n"
                  "     series: [{name: 'A <b>B</b>', measure: weekly_active_users,\n"
                  "               points: [{x: 'C&D', value: 800, quote: 800MM}]}]}\n");
    section.close();
    const QString db = dir.filePath("t.sqlite");
    QProcess compile;
    compile.start(TRENDBOARD_COMPILER, {data, db});
    QVERIFY(compile.waitForFinished(60000));
    QVERIFY2(compile.exitCode() == 0, compile.readAllStandardError().constData());
    {
        // A control character the compiler would reject, put in by hand.
        QSqlDatabase h = QSqlDatabase::addDatabase("QSQLITE", "edit");
        h.setDatabaseName(db);
        QVERIFY(h.open());
        QSqlQuery q(h);
        QVERIFY(q.exec("UPDATE exhibit SET title = title || char(1) || char(27)"));
        q.finish();
        h.close();
    }
    QSqlDatabase::removeDatabase("edit");
    const QString svg = dir.filePath("x.svg");
    const Run r = run({"--export-svg", svg, "--exhibit", "p055-x"}, db);
    QCOMPARE(r.code, 0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(text.contains("<b>Revenue</b>"), qPrintable(text.left(2000)));
    QVERIFY(text.contains("A <b>B</b>"));
    QVERIFY(text.contains("C&D"));
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

void tst_Cli::compareExports()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath("tokens.csv");
    const Run r = run(
        {"--compare", "tokens_processed", "--entities", "Google,Microsoft", "--export-csv", csv});
    QCOMPARE(r.code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith("entity,period,period_start,period_end,value,unit,base_value"));
    QCOMPARE(text.count("\r\n"), parseCsv(text).size());
    QVERIFY(text.count("\r\n") >= 5);
    QVERIFY(text.contains("Alphabet"));

    const QString png = dir.filePath("caps.png");
    const Run image = run({"--compare", "market_cap", "--entities", "Microsoft,NVIDIA,Apple",
                           "--period", "2025:", "--export-png", png, "--size", "800x500"});
    QCOMPARE(image.code, 0);
    QCOMPARE(QImage(png).size(), QSize(800, 500));

    const Run table = run({"--compare", "market_cap", "--entities", "Microsoft,Apple"});
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith("entity\tperiod"));

    const Run unknown = run({"--compare", "nope", "--entities", "A,B"});
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains("no measure 'nope'"), qPrintable(unknown.err));
    const Run none = run({"--compare", "tokens_processed", "--entities", "Tesla,Netflix"});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains("no stated value of tokens_processed for Tesla"),
             qPrintable(none.err));
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
    QTemporaryDir dir;
    const QString db = chineseFixture(dir);
    QVERIFY(!db.isEmpty());
    const Run r = run({"--search", query}, db);
    QCOMPARE(r.code, found ? 0 : 1);
    QCOMPARE(r.out.contains("p055-zh\t"), found);
    QVERIFY(!r.out.contains("p056-en"));
}

namespace {
QByteArray layerFile(const QJsonArray& values)
{
    return QJsonDocument(QJsonObject{{"format", "trendboard-analyst-layer"},
                                     {"version", 1},
                                     {"values", values}})
        .toJson();
}

QJsonObject layerEntry(const QString& x, const QJsonValue& value,
                       const QString& exhibit = "p038-nvidia-developers")
{
    return {{"exhibit", exhibit},
            {"series", "Developers in NVIDIA ecosystem"},
            {"x_label", x},
            {"value", value},
            {"citation", "NVIDIA GTC keynote"}};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

void tst_Cli::annotationsInExports_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file"); // relative to the output folder
    QTest::addColumn<bool>("drawn");
    const QStringList svg{"--export-svg", "OUT/a.svg", "--exhibit", "p038-nvidia-developers"};
    QTest::newRow("svg, layer without --annotations") << svg << "a.svg" << false;
    QTest::newRow("svg with --annotations")
        << svg + QStringList{"--annotations"} << "a.svg" << true;
    const QStringList all{"--export-all", "OUT", "--section", "1", "--format", "svg"};
    QTest::newRow("export-all, layer without --annotations")
        << all << "p038-nvidia-developers.svg" << false;
    QTest::newRow("export-all with --annotations")
        << all + QStringList{"--annotations"} << "p038-nvidia-developers.svg" << true;
}

// --annotations draws the notes of the layer --user-db names in image exports; without it the
// figures are the report's.
void tst_Cli::annotationsInExports()
{
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QFETCH(bool, drawn);
    QTemporaryDir dir;
    const QString db = dir.filePath("analyst.sqlite");
    const QString in = dir.filePath("in.json");
    const QJsonObject note{{"exhibit", "p038-nvidia-developers"},
                           {"series", "Developers in NVIDIA ecosystem"},
                           {"x_label", "2025"},
                           {"text", "Registered developers only"}};
    QVERIFY(writeFile(in, QJsonDocument(QJsonObject{{"format", "trendboard-analyst-layer"},
                                                    {"version", 1},
                                                    {"annotations", QJsonArray{note}}})
                              .toJson()));
    const Run imported = run({"--import-analyst-layer", in, "--user-db", db});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QDir().mkpath(dir.filePath("out"));
    for (QString& a : args)
        a.replace("OUT", dir.filePath("out"));
    const Run r = run(args + QStringList{"--user-db", db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(QDir(dir.filePath("out")).filePath(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).contains("Registered developers only"), drawn);
}

// --import-analyst-layer and --export-analyst-layer on the analyst database --user-db names.
void tst_Cli::analystLayerRoundTrip()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("analyst.sqlite");
    const QString in = dir.filePath("in.json");
    QVERIFY(writeFile(in, layerFile({layerEntry("2021", 3.5), layerEntry("2025", 6.1)})));
    const Run imported = run({"--import-analyst-layer", in, "--user-db", db});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains("imported 2 values"), qPrintable(imported.out));

    const QString out = dir.filePath("out.json");
    const Run exported = run({"--export-analyst-layer", out, "--user-db", db});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray values =
        QJsonDocument::fromJson(f.readAll()).object().value("values").toArray();
    QCOMPARE(values.size(), 2);
    QStringList kinds;
    for (const QJsonValue& v : values)
        kinds << v.toObject().value("x_label").toString() + ":" +
                     v.toObject().value("kind").toString();
    kinds.sort();
    QCOMPARE(kinds, QStringList({"2021:fill", "2025:edit"})); // the report states 2025
}

void tst_Cli::analystImportErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("not JSON") << QByteArray("{\"values\": [") << QStringList{"file: not JSON"};
    QTest::newRow("bad entry and conflict")
        << layerFile({layerEntry("2019", 2.0), layerEntry("2021", 4.0), layerEntry("2022", "many")})
        << QStringList{"values[1]: conflict", "values[2].value: not a number"};
    QTest::newRow("unknown exhibit") << layerFile({layerEntry("2022", 1.0, "p999-none")})
                                     << QStringList{"values[0].exhibit: no exhibit 'p999-none'"};
    QTest::newRow("fill-in without citation")
        << layerFile({QJsonObject{{"exhibit", "p038-nvidia-developers"},
                                  {"series", "Developers in NVIDIA ecosystem"},
                                  {"x_label", "2019"},
                                  {"value", 2}}})
        << QStringList{"values[0].citation: required"};
}

// Any bad entry or conflict: exit 1, each named by its position, and nothing applied.
void tst_Cli::analystImportErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, messages);
    QTemporaryDir dir;
    const QString db = dir.filePath("analyst.sqlite");
    const QString first = dir.filePath("first.json");
    QVERIFY(writeFile(first, layerFile({layerEntry("2021", 3.5)})));
    QCOMPARE(run({"--import-analyst-layer", first, "--user-db", db}).code, 0);
    const QString bad = dir.filePath("bad.json");
    QVERIFY(writeFile(bad, file));
    const Run r = run({"--import-analyst-layer", bad, "--user-db", db});
    QCOMPARE(r.code, 1);
    for (const QString& message : messages)
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains("nothing was imported"));
    AnalystDatabase analyst(db);
    QCOMPARE(analyst.values().size(), 1);
    const PointKey key{"p038-nvidia-developers", "Developers in NVIDIA ecosystem", "2021", {}};
    QCOMPARE(analyst.value(key)->value, 3.5);
}

// --compare and --profile show the report's values; with --user-db, the analyst's too, marked
// in the analyst column. A --user-db that names no file is an error, not an empty layer.
void tst_Cli::analystValuesInComparisonsAndProfiles()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("analyst.sqlite");
    const QString in = dir.filePath("in.json");
    QVERIFY(writeFile(in, layerFile({layerEntry("2021", 3.5), layerEntry("2025", 6.1)})));
    QCOMPARE(run({"--import-analyst-layer", in, "--user-db", db}).code, 0);

    const Run plain = run({"--profile", "NVIDIA"});
    QCOMPARE(plain.code, 0);
    QVERIFY(!plain.out.contains("\tedited\t"));
    const Run profile = run({"--profile", "NVIDIA", "--user-db", db});
    QVERIFY2(profile.code == 0, qPrintable(profile.err));
    QVERIFY2(profile.out.contains("\t6.1\tMM\t") && profile.out.contains("\tedited\t6\t"),
             qPrintable(profile.out.left(2000)));
    QVERIFY(profile.out.contains("\tfilled\t\tNVIDIA GTC keynote"));

    const QString csv = dir.filePath("developers.csv");
    const Run compared = run({"--compare", "developers", "--entities", "NVIDIA,GitHub",
                              "--export-csv", csv, "--user-db", db});
    QVERIFY2(compared.code == 0, qPrintable(compared.err));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(",filled,,NVIDIA GTC keynote"), qPrintable(text));
    QVERIFY(text.contains(",edited,6,NVIDIA GTC keynote"));

    const Run missing = run({"--profile", "NVIDIA", "--user-db", dir.filePath("typo.sqlite")});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains("no such analyst database"), qPrintable(missing.err));
    QVERIFY(!QFile::exists(dir.filePath("typo.sqlite")));
}

namespace {
QByteArray sha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
}

// Runs statements on an SQLite file through a connection of its own.
bool execSql(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "fixture");
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements)
            ok = ok && q.exec(sql);
    }
    QSqlDatabase::removeDatabase("fixture");
    return ok;
}

// An analyst database made by this build, in rollback-journal mode so that a fixture's bytes
// are all in the one file.
bool makeLayer(const QString& path, const QStringList& then = {})
{
    {
        const AnalystDatabase layer(path);
        if (!layer.isAvailable())
            return false;
    }
    return execSql(path, QStringList{"PRAGMA journal_mode = DELETE"} + then);
}
} // namespace

void tst_Cli::userDbNotALayer_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("args"); // OUT: a file in the test's folder
    QTest::addColumn<QString>("message");
    const QString notOurs = "is not a Trendboard analyst database";
    QTest::newRow("report database, export layer")
        << "report" << QStringList{"--export-analyst-layer", "OUT"} << notOurs;
    QTest::newRow("report database, import layer")
        << "report" << QStringList{"--import-analyst-layer", "IN"} << notOurs;
    QTest::newRow("csv, snapshot")
        << "csv" << QStringList{"--snapshot", "OUT", "--section", "1"} << notOurs;
    QTest::newRow("foreign sqlite, profile")
        << "foreign" << QStringList{"--profile", "NVIDIA"} << notOurs;
    QTest::newRow("wrong schema, export layer")
        << "wrong schema" << QStringList{"--export-analyst-layer", "OUT"} << "annotation";
    QTest::newRow("wrong schema, png")
        << "wrong schema"
        << QStringList{"--export-png", "OUT", "--exhibit", "p038-nvidia-developers"}
        << "annotation";
    QTest::newRow("damaged, export layer")
        << "damaged" << QStringList{"--export-analyst-layer", "OUT"} << "is damaged";
    QTest::newRow("damaged, import layer")
        << "damaged" << QStringList{"--import-analyst-layer", "IN"} << "is damaged";
    QTest::newRow("newer, compare")
        << "newer" << QStringList{"--compare", "developers", "--entities", "NVIDIA,GitHub"}
        << "newer Trendboard";
}

// --user-db naming a file that is not a usable analyst layer: exit 1 with a message, the file
// byte for byte as it was, nothing moved aside or written beside it, no output.
void tst_Cli::userDbNotALayer()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath("layer.sqlite");
    if (kind == "report") {
        QVERIFY(QFile::copy(TRENDBOARD_BUNDLED_DB, db));
    } else if (kind == "csv") {
        QVERIFY(writeFile(db, "exhibit,value\r\np038,6\r\n"));
    } else if (kind == "foreign") {
        QVERIFY(execSql(db, {"CREATE TABLE notes(x)", "INSERT INTO notes VALUES (1)"}));
    } else if (kind == "wrong schema") {
        QVERIFY(makeLayer(db, {"DROP TABLE annotation"}));
    } else if (kind == "newer") {
        QVERIFY(makeLayer(db, {"PRAGMA user_version = 99"}));
    } else {
        QVERIFY(
            makeLayer(db, {"CREATE TABLE filler(x)",
                           "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                           "WHERE i < 2000) INSERT INTO filler SELECT randomblob(100) FROM c"}));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.size() > 8 * 4096 && f.seek(3 * 4096));
        f.write(QByteArray(3 * 4096, char(0x5a)));
    }
    const QString in = dir.filePath("in.json");
    QVERIFY(writeFile(in, layerFile({layerEntry("2021", 3.5)})));
    const QByteArray before = sha256(db);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    for (QString& a : args) {
        a.replace("OUT", dir.filePath("out.file"));
        a.replace("IN", in);
    }
    const Run r = run(args + QStringList{"--user-db", db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message) && r.err.contains(db), qPrintable(r.err));
    QCOMPARE(sha256(db), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files);
}

void tst_Cli::symlinkTargetsRefused_data()
{
    QTest::addColumn<QStringList>("args"); // LINK: the link's path; DIR: the folder it is in
    QTest::addColumn<QString>("linkName");
    const QString exhibit = "p005-industrial-robots";
    QTest::newRow("png") << QStringList{"--export-png", "LINK", "--exhibit", exhibit} << "a.png";
    QTest::newRow("svg") << QStringList{"--export-svg", "LINK", "--exhibit", exhibit} << "a.svg";
    QTest::newRow("csv") << QStringList{"--export-csv", "LINK", "--exhibit", exhibit} << "a.csv";
    QTest::newRow("snapshot") << QStringList{"--snapshot", "LINK", "--section", "1"} << "a.png";
    QTest::newRow("analyst layer")
        << QStringList{"--export-analyst-layer", "LINK", "--user-db", "LAYER"} << "a.json";
    QTest::newRow("profile csv") << QStringList{"--profile", "NVIDIA", "--export-csv", "LINK"}
                                 << "a.csv";
    QTest::newRow("compare csv") << QStringList{"--compare",     "developers",   "--entities",
                                                "NVIDIA,GitHub", "--export-csv", "LINK"}
                                 << "a.csv";
    QTest::newRow("export-all, a link in the folder")
        << QStringList{"--export-all", "DIR", "--section", "1", "--format", "csv"} << "index.csv";
}

// A symbolic link as the target (one planted in a shared folder) is refused, never written
// through: the file it points at keeps its bytes.
void tst_Cli::symlinkTargetsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, linkName);
    QTemporaryDir dir;
    const QString victim = dir.filePath("victim.txt");
    QVERIFY(writeFile(victim, "another user's file\n"));
    const QString shared = dir.filePath("shared");
    QVERIFY(QDir().mkpath(shared));
    const QString link = QDir(shared).filePath(linkName);
    QVERIFY(QFile::link(victim, link));
    const QString layer = dir.filePath("layer.sqlite");
    QVERIFY(makeLayer(layer));
    for (QString& a : args) {
        a.replace("LINK", link);
        a.replace("DIR", shared);
        a.replace("LAYER", layer);
    }
    const Run r = run(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(link + " is a symbolic link"), qPrintable(r.err));
    QVERIFY(QFileInfo(link).isSymLink());
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("another user's file\n"));
    QCOMPARE(QDir(shared).entryList(QDir::Files | QDir::System), QStringList{linkName});
}

// A device or FIFO to import is refused at once, never read (/dev/zero never ends, a FIFO
// blocks until a writer comes).
void tst_Cli::importRefusesSpecialFiles()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath("pipe");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString db = dir.filePath("layer.sqlite");
    for (const QString& source : {QStringLiteral("/dev/zero"), fifo}) {
        const Run r = run({"--import-analyst-layer", source, "--user-db", db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(source + " is not a regular file"), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(db));
}

// Every CSV written with a layer carries the window's analyst columns, and no file calls an
// analyst's value stated: p. 19's ChatGPT weekly users for 2024 filled in (300MM).
void tst_Cli::analystValuesInCsvAndSlides()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("analyst.sqlite");
    const QString in = dir.filePath("in.json");
    const QJsonObject p19{{"exhibit", "p019-chatgpt-users"},
                          {"series", "ChatGPT weekly active users"},
                          {"x_label", "2024"},
                          {"value", 300},
                          {"unit", "MM"},
                          {"citation", "OpenAI, 12/24"}};
    QVERIFY(writeFile(in, layerFile({layerEntry("2021", 3.5), layerEntry("2025", 6.1), p19})));
    const Run imported = run({"--import-analyst-layer", in, "--user-db", db});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    const auto readCsv = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? parseCsv(QString::fromUtf8(f.readAll()))
                                           : QVector<QStringList>{};
    };
    const QStringList analystColumns{"analyst", "report_value", "report_unit", "citation", "note"};

    // --export-csv --user-db: the layer's values with the analyst columns.
    const QString p38 = dir.filePath("p38.csv");
    const Run csv = run({"--export-csv", p38, "--page", "38", "--user-db", db});
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    QVector<QStringList> rows = readCsv(p38);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().mid(rows.first().size() - 5), analystColumns);
    const QStringList header = rows.first();
    const auto cell = [&header](const QStringList& row, const char* column) {
        return row.value(int(header.indexOf(QLatin1String(column))));
    };
    bool edited = false;
    bool filled = false;
    for (const QStringList& row : std::as_const(rows)) {
        if (cell(row, "series") != "Developers in NVIDIA ecosystem")
            continue;
        if (cell(row, "x_label") == "2025") {
            edited = true;
            QCOMPARE(cell(row, "value"), QStringLiteral("6.1"));
            QCOMPARE(cell(row, "status"), QStringLiteral("edited"));
            QCOMPARE(cell(row, "analyst"), QStringLiteral("edited"));
            QCOMPARE(cell(row, "report_value"), QStringLiteral("6"));
            QCOMPARE(cell(row, "citation"), QStringLiteral("NVIDIA GTC keynote"));
        }
        if (cell(row, "x_label") == "2021") {
            filled = true;
            QCOMPARE(cell(row, "analyst"), QStringLiteral("filled"));
            QCOMPARE(cell(row, "status"), QStringLiteral("analyst"));
        }
    }
    QVERIFY(edited && filled);
    // Without a layer: the report's rows and columns only.
    QCOMPARE(run({"--export-csv", p38, "--page", "38"}).code, 0);
    rows = readCsv(p38);
    QVERIFY(!rows.isEmpty() && !rows.first().contains("analyst"));

    // --export-all --user-db: the batch's CSV files as --export-csv's, p. 19's analyst row too.
    const QString out = dir.filePath("out");
    const Run batch =
        run({"--export-all", out, "--section", "1", "--format", "csv", "--user-db", db});
    QVERIFY2(batch.code == 0, qPrintable(batch.err));
    rows = readCsv(QDir(out).filePath("p019-chatgpt-users.csv"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().mid(rows.first().size() - 5), analystColumns);
    const QStringList row = rows.at(1);
    const QStringList batchHeader = rows.first();
    QCOMPARE(row.value(int(batchHeader.indexOf("value"))), QStringLiteral("300"));
    QCOMPARE(row.value(int(batchHeader.indexOf("status"))), QStringLiteral("analyst"));
    QCOMPARE(row.value(int(batchHeader.indexOf("analyst"))), QStringLiteral("filled"));
    QCOMPARE(row.value(int(batchHeader.indexOf("citation"))), QStringLiteral("OpenAI, 12/24"));
    rows = readCsv(QDir(out).filePath("p038-nvidia-developers.csv"));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().mid(rows.first().size() - 5), analystColumns);

    // The slide: the key figure says analyst value, never stated.
    const QString svg = dir.filePath("p19.svg");
    const Run slide =
        run({"--export-svg", svg, "--exhibit", "p019-chatgpt-users", "--user-db", db});
    QVERIFY2(slide.code == 0, qPrintable(slide.err));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains("300MM"));
    QVERIFY2(text.contains("analyst value: OpenAI, 12/24"), qPrintable(text.left(3000)));
    QVERIFY(text.contains("The analyst&apos;s values: 300MM (2024)") ||
            text.contains("The analyst's values: 300MM (2024)"));
    QVERIFY(!text.contains("stated, p. 19"));
    QVERIFY(!text.contains("states only these values"));
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

// A full disk is named as such, not as Qt's 'Unknown error'.
void tst_Cli::fullDiskIsNamed()
{
    QFile full("/dev/full");
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("no /dev/full on this system");
    errno = 0;
    QVERIFY(full.write(QByteArray(4096, 'x')) < 0 || !full.flush());
    QCOMPARE(fileWriteError(full), QString("no space left on device"));
    QCOMPARE(fileWriteError(full, ENOSPC), QString("no space left on device"));
    QFile plain;
    QCOMPARE(fileWriteError(plain, 0), plain.errorString()); // Qt's words otherwise
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
