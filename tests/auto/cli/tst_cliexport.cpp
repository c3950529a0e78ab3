// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's exports: PNG, SVG and PDF slides, snapshots, comparisons, and the
// targets it refuses (devices, links, a full disk).
#include "clifixture.h"

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

class tst_CliExport : public QObject
{
    Q_OBJECT
private slots:
    void exportPng();
    void exportPngSeveralOnPage();
    void exportSvg();
    void unwritablePath();
    void exportAllSection();
    void snapshot();
    void slidesInChinese();
    void specialTargetsRefused_data();
    void specialTargetsRefused();
    void blockedSecondOutputWritesNone();
    void textIsPlainInSvgAndCharts();
    void compareExports();
    void symlinkTargetsRefused_data();
    void symlinkTargetsRefused();
    void fullDiskIsNamed();
};

void tst_CliExport::exportPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("p38.png");
    const Run r = run({"--export-png", path, "--page", "38", "--size", "1280x720"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1280, 720));
}

void tst_CliExport::exportPngSeveralOnPage()
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

void tst_CliExport::exportSvg()
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

void tst_CliExport::unwritablePath()
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

void tst_CliExport::exportAllSection()
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

void tst_CliExport::snapshot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("window.png");
    const Run r = run({"--snapshot", path, "--section", "1", "--size", "1400x900"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QImage(path).size(), QSize(1400, 900));
    // The window is opaque: written as RGB (IHDR's colour type 2), no alpha channel.
    QFile png(path);
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(int(png.read(26).at(25)), 2);
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
void tst_CliExport::slidesInChinese()
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

void tst_CliExport::specialTargetsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("png") << "--export-png";
    QTest::newRow("svg") << "--export-svg";
    QTest::newRow("csv") << "--export-csv";
}

// A device, FIFO or folder as the target is refused (exit 1), never replaced by a file.
void tst_CliExport::specialTargetsRefused()
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
void tst_CliExport::blockedSecondOutputWritesNone()
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
void tst_CliExport::textIsPlainInSvgAndCharts()
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

void tst_CliExport::compareExports()
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

void tst_CliExport::symlinkTargetsRefused_data()
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
void tst_CliExport::symlinkTargetsRefused()
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

// A full disk is named as such, not as Qt's 'Unknown error'.
void tst_CliExport::fullDiskIsNamed()
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

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
