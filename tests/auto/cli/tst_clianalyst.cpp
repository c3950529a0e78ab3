// SPDX-License-Identifier: GPL-3.0-or-later
// The command line with an analyst layer: --user-db, importing and exporting layers,
// analyst values and notes in comparisons, profiles, CSV and slides.
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

class tst_CliAnalyst : public QObject
{
    Q_OBJECT
private slots:
    void analystLayerRoundTrip();
    void annotationsInExports_data();
    void annotationsInExports();
    void analystImportErrors_data();
    void analystImportErrors();
    void analystValuesInComparisonsAndProfiles();
    void userDbNotALayer_data();
    void userDbNotALayer();
    void importRefusesSpecialFiles();
    void analystValuesInCsvAndSlides();
};

void tst_CliAnalyst::annotationsInExports_data()
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
void tst_CliAnalyst::annotationsInExports()
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
void tst_CliAnalyst::analystLayerRoundTrip()
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

void tst_CliAnalyst::analystImportErrors_data()
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
void tst_CliAnalyst::analystImportErrors()
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
void tst_CliAnalyst::analystValuesInComparisonsAndProfiles()
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

void tst_CliAnalyst::userDbNotALayer_data()
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
void tst_CliAnalyst::userDbNotALayer()
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

// A device or FIFO to import is refused at once, never read (/dev/zero never ends, a FIFO
// blocks until a writer comes).
void tst_CliAnalyst::importRefusesSpecialFiles()
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
void tst_CliAnalyst::analystValuesInCsvAndSlides()
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

QTEST_GUILESS_MAIN(tst_CliAnalyst)
#include "tst_clianalyst.moc"
