// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/catalogwriter.h"
#include "compiler/sourceloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

namespace {

const char* kReport = R"(reports:
  - id: r
    title: Test report
    publisher: BOND
    published: 5/25
    cite: Test (5/25)
    pages: 20
    sections:
      - {number: 1, short: One, title: Section one, first: 5, last: 10}
)";
const char* kUnits = R"(units:
  - {symbol: $B, base: USD, factor: 1e9, quantity: level}
  - {symbol: MM, base: count, factor: 1e6, quantity: level}
  - {symbol: '%', base: percent, factor: 1, quantity: share}
  - {symbol: '% Y/Y', base: percent growth, factor: 1, quantity: growth}
)";
const char* kMeasures = R"(measures:
  - {id: capex, name: CapEx, quantity: level, base: USD}
  - {id: capex_growth, name: CapEx growth, quantity: growth}
  - {id: users, name: Users, quantity: level, base: count}
)";
const char* kEntities = R"(entities:
  - {name: NVIDIA, kind: company, fiscal_year_end: 01-31}
  - {name: Alphabet, kind: company, aliases: [Google]}
)";

// A valid exhibit; rows of the error table replace one line of it.
const char* kValid = R"(report: r
section: 1
exhibits:
  - id: p006-capex
    page: 6
    title: CapEx
    kind: bar
    unit: $B
    period: 2014-2024
    source: Capital IQ
    series:
      - name: CapEx
        entity: Google
        measure: capex
        points:
          - x: '2024'
            value: 212
            quote: CapEx $212B in 2024
)";

// kValid with a growth series and a derived point: +63% Y/Y to $212B fixes 2023's $130B.
const char* kDerived = R"(
      - name: Growth
        measure: capex_growth
        unit: '% Y/Y'
        points:
          - x: '2024'
            value: 63
            quote: +63% Y/Y
      - name: CapEx before
        measure: capex
        points:
          - x: '2023'
            value: 130
            status: derived
            derivation: $212B / 1.63, a year before 2024
            formula: a / (1 + b / 100)
            inputs:
              a: {series: CapEx, x: '2024'}
              b: {series: Growth, x: '2024'}
)";

void write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

struct Fixture
{
    QTemporaryDir dir;
    explicit Fixture(const QByteArray& section, const QByteArray& entities = kEntities)
    {
        write(dir.filePath("report.yaml"), kReport);
        write(dir.filePath("units.yaml"), kUnits);
        write(dir.filePath("measures.yaml"), kMeasures);
        write(dir.filePath("entities.yaml"), entities);
        write(dir.filePath("section-1.yaml"), section);
    }
};

} // namespace

class tst_SourceLoader : public QObject
{
    Q_OBJECT
private slots:
    void validFixtureLoads();
    void errors_data();
    void errors();
    void duplicateIdAcrossFiles();
    void writerReplacesOnlyWhenComplete();
    void bundledSourcesLoad();
    void derivedPointChecked_data();
    void derivedPointChecked();
    void malformedSources_data();
    void malformedSources();
    void writerReplacesAtomically();
    void chineseTitles_data();
    void chineseTitles();
    void everySectionFileLoads_data();
    void everySectionFileLoads();
    void quoteOnItsPage_data();
    void quoteOnItsPage();
};

void tst_SourceLoader::validFixtureLoads()
{
    Fixture f(kValid);
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY2(r.ok(), qPrintable(r.errors.value(0).toString()));
    QCOMPARE(r.catalog.exhibits.size(), 1);
    const Exhibit& e = r.catalog.exhibits.first();
    QCOMPARE(e.series.first().entity, QStringLiteral("Alphabet")); // alias resolved
    QCOMPARE(*e.series.first().points.first().value, 212.0);
    QCOMPARE(e.series.first().points.first().page, 6);
}

void tst_SourceLoader::errors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");

    QTest::newRow("same_as within one report")
        << "quote: CapEx $212B in 2024"
        << "quote: CapEx $212B in 2024\n            same_as: [{exhibit: p006-capex, series: CapEx, "
           "x: '2024'}]"
        << "is in the same report" << 0;
    QTest::newRow("same_as to no point") << "quote: CapEx $212B in 2024"
                                         << "quote: CapEx $212B in 2024\n            same_as: "
                                            "[{exhibit: p099-none, series: CapEx, x: '2024'}]"
                                         << "is not a point of the database" << 0;
    QTest::newRow("page outside section") << "page: 6"
                                          << "page: 11"
                                          << "page 11 is outside section 1 (pages 5-10)" << 5;
    QTest::newRow("missing title") << "title: CapEx"
                                   << "headline: x"
                                   << "missing title" << 4;
    QTest::newRow("missing source") << "source: Capital IQ"
                                    << "note: none"
                                    << "missing source" << 4;
    QTest::newRow("unknown unit") << "unit: $B"
                                  << "unit: $Z"
                                  << "unknown unit '$Z'" << 8;
    QTest::newRow("unknown entity") << "entity: Google"
                                    << "entity: Googol"
                                    << "unknown entity 'Googol'" << 13;
    QTest::newRow("unparseable period") << "period: 2014-2024"
                                        << "period: sometime"
                                        << "unparseable period 'sometime'" << 9;
    QTest::newRow("unparseable x") << "x: '2024'"
                                   << "x: '13/24'"
                                   << "unparseable period '13/24'" << 16;
    QTest::newRow("no quote") << "quote: CapEx $212B in 2024"
                              << "status: reported"
                              << "datapoint without a quote" << 16;
    QTest::newRow("quote does not show value") << "value: 212"
                                               << "value: 213"
                                               << "does not show the value 213" << 18;
    QTest::newRow("non-numeric value") << "value: 212"
                                       << "value: lots"
                                       << "value 'lots' is not a number" << 17;
    QTest::newRow("unknown point entity") << "            value: 212"
                                          << "            value: 212\n            entity: Nobody"
                                          << "unknown entity 'Nobody'" << 18;
    QTest::newRow("unknown kind") << "kind: bar"
                                  << "kind: bars"
                                  << "unknown kind 'bars'" << 7;
    QTest::newRow("bad yaml") << "title: CapEx"
                              << "title: [CapEx"
                              << "not valid YAML" << 0;
    QTest::newRow("missing measure") << "        measure: capex\n"
                                     << ""
                                     << "series 'CapEx': missing measure" << 12;
    QTest::newRow("unknown measure") << "measure: capex"
                                     << "measure: capx"
                                     << "unknown measure 'capx'" << 14;
    QTest::newRow("growth unit in a level measure")
        << "measure: capex"
        << "measure: capex_growth"
        << "is a level, but measure 'capex_growth'" << 0;
    QTest::newRow("level in another base unit") << "measure: capex"
                                                << "measure: users"
                                                << "unit '$B' is in USD, but measure 'users'" << 0;
    QTest::newRow("stated without points")
        << "        entity: Google"
        << "        stated: true\n        points: []\n      - name: Other\n        stated: true"
        << "marked stated but has no points" << 0;
    // Texts are bounded: Qt Charts takes memory quadratic in a label's length.
    QTest::newRow("title too long") << "    title: CapEx"
                                    << "    title: " + QString(kMaxTextLength + 1, 'T')
                                    << "'title' is 2001 characters long (at most 2000)" << 6;
    QTest::newRow("x label too long") << "          - x: '2024'"
                                      << "          - x: " + QString(kMaxLabelLength + 1, 'X')
                                      << "'x' is 501 characters long (at most 500)" << 0;
}

void tst_SourceLoader::errors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QFETCH(int, line);
    QString text = QString::fromUtf8(kValid);
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(text.indexOf(from), from.size(), to);
    Fixture f(text.toUtf8());
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY(!r.ok());
    QStringList all;
    bool found = false;
    for (const SourceError& e : r.errors) {
        all.append(e.toString());
        if (e.message.contains(message)) {
            found = true;
            QVERIFY2(e.file.endsWith("section-1.yaml"), qPrintable(e.toString()));
            if (line > 0)
                QCOMPARE(e.line, line);
            if (!message.startsWith("not valid YAML"))
                QVERIFY2(e.toString().contains("p006-capex"), qPrintable(e.toString()));
        }
    }
    QVERIFY2(found, qPrintable(all.join('\n')));
}

void tst_SourceLoader::duplicateIdAcrossFiles()
{
    Fixture f(kValid);
    write(f.dir.filePath("section-1b.yaml"), kValid);
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY(!r.ok());
    QVERIFY(r.errors.first().message.contains("duplicate id"));
    QVERIFY(r.errors.first().file.endsWith("section-1b.yaml"));
}

void tst_SourceLoader::writerReplacesOnlyWhenComplete()
{
    Fixture f(kValid);
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY(r.ok());
    const QString target = f.dir.filePath("out.sqlite");
    QCOMPARE(writeCatalog(r.catalog, target), QString());
    QVERIFY(QFile::exists(target));
    const qint64 size = QFileInfo(target).size();

    // A catalog that violates the schema (unknown entity kind) fails and leaves the old file.
    Catalog broken = r.catalog;
    broken.entities.first().kind = "planet";
    const QString problem = writeCatalog(broken, target);
    QVERIFY(!problem.isEmpty());
    QCOMPARE(QFileInfo(target).size(), size);
    QVERIFY(!QFile::exists(target + ".partial"));

    // An unwritable place names the path.
    const QString nowhere = f.dir.filePath("no/such/dir/out.sqlite");
    QVERIFY(writeCatalog(r.catalog, nowhere).contains(nowhere));
}

void tst_SourceLoader::bundledSourcesLoad()
{
    const LoadResult r = loadSources(TRENDBOARD_DATA_DIR);
    QStringList all;
    for (const SourceError& e : r.errors)
        all.append(e.toString());
    QVERIFY2(r.ok(), qPrintable(all.join('\n')));
    QVERIFY(r.catalog.exhibits.size() > 20);
}

void tst_SourceLoader::derivedPointChecked_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << ""
                           << ""
                           << "";
    QTest::newRow("does not round") << "value: 130"
                                    << "value: 140"
                                    << "does not round to 140";
    QTest::newRow("missing input") << "x: '2024'}\n              b:"
                                   << "x: '2022'}\n              b:"
                                   << "is not a point of the database";
    QTest::newRow("unknown name in formula") << "a / (1 + b / 100)"
                                             << "a / (1 + c / 100)"
                                             << "not one of its inputs";
    QTest::newRow("no derivation") << "            derivation: $212B / 1.63, a year before 2024\n"
                                   << ""
                                   << "needs a derivation";
    QTest::newRow("own quote") << "            status: derived\n"
                               << "            status: derived\n            quote: 130\n"
                               << "not its own";
    QTest::newRow("derivation in Chinese")
        << "            derivation: $212B / 1.63, a year before 2024\n"
        << "            derivation: $212B / 1.63, a year before 2024\n"
           "            derivation_zh: 2024 年的 $212B 除以 1.63\n"
        << "";
    QTest::newRow("derivation in Chinese not Chinese")
        << "            derivation: $212B / 1.63, a year before 2024\n"
        << "            derivation: $212B / 1.63, a year before 2024\n"
           "            derivation_zh: 212 / 1.63\n"
        << "derivation_zh: '212 / 1.63' has no Chinese";
    QTest::newRow("derivation in Chinese on a reported point")
        << "            quote: CapEx $212B in 2024\n"
        << "            quote: CapEx $212B in 2024\n            derivation_zh: 报告值\n"
        << "derivation_zh on a point that is not derived";
    QTest::newRow("category label in Chinese, ours")
        << "            quote: CapEx $212B in 2024\n"
        << "            quote: CapEx $212B in 2024\n            x_zh_ours: 二〇二四年\n"
        << "";
    QTest::newRow("text cell in Chinese on a value")
        << "            quote: CapEx $212B in 2024\n"
        << "            quote: CapEx $212B in 2024\n            text_zh_ours: 资本支出\n"
        << "text_zh on a point without a text";
    QTest::newRow("deep formula") << "a / (1 + b / 100)"
                                  << QString(200, '(') + "a" + QString(200, ')') << "formula";
}

void tst_SourceLoader::derivedPointChecked()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QString text = QString::fromUtf8(kValid) + QString::fromUtf8(kDerived).mid(1);
    if (!from.isEmpty()) {
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
    }
    Fixture f(text.toUtf8());
    const LoadResult r = loadSources(f.dir.path());
    QStringList all;
    for (const SourceError& e : r.errors)
        all.append(e.toString());
    if (message.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(all.join('\n')));
        const Datapoint& derived = r.catalog.exhibits.first().series.at(2).points.first();
        QCOMPARE(derived.status, QStringLiteral("derived"));
        QCOMPARE(derived.inputs.size(), 2);
        QCOMPARE(r.catalog.exhibits.first().series.first().points.first().xLabelZh.ours,
                 to.contains("x_zh_ours"));
        QCOMPARE(derived.derivationZh, to.contains("derivation_zh")
                                           ? QStringLiteral("2024 年的 $212B 除以 1.63")
                                           : QString());
        // The writer stores the inputs and the inputs' quotes.
        const QString db = f.dir.filePath("out.sqlite");
        QCOMPARE(writeCatalog(r.catalog, db), QString());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(all.join('\n').contains(message), qPrintable(all.join('\n')));
}

// Wrongly shaped and hostile sources: each is an error naming file and line, never a crash,
// an abort or minutes of work.
void tst_SourceLoader::malformedSources_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QByteArray>("entities");
    QTest::addColumn<QString>("message");
    const QByteArray head = "report: r\nsection: 1\n";
    const QByteArray ex = "  - {id: p006-a, page: 6, title: T, kind: bar, source: S";
    QTest::newRow("exhibit as string") << head + "exhibits:\n  - just a string\n"
                                       << QByteArray(kEntities) << "must be a map of fields";
    QTest::newRow("series as map") << head + "exhibits:\n" + ex + ", series: {a: b}}\n"
                                   << QByteArray(kEntities) << "'series' must be a list";
    QTest::newRow("series item as string") << head + "exhibits:\n" + ex + ", series: [plain]}\n"
                                           << QByteArray(kEntities) << "must be a map of fields";
    QTest::newRow("point as string")
        << head + "exhibits:\n" + ex + ", series: [{name: a, measure: capex, points: [p]}]}\n"
        << QByteArray(kEntities) << "must be a map of fields";
    QTest::newRow("title as list") << head + "exhibits:\n" + ex + ", headline: [a, b]}\n"
                                   << QByteArray(kEntities) << "must be a single value";
    QTest::newRow("alias entry as map")
        << head + "exhibits: []\n"
        << QByteArray("entities:\n  - {name: X, kind: company, aliases: [{a: b}]}\n")
        << "an alias must be a name";
    QTest::newRow("aliases as map")
        << head + "exhibits: []\n"
        << QByteArray("entities:\n  - {name: X, kind: company, aliases: {a: b}}\n")
        << "aliases must be a list";
    QTest::newRow("top level a list") << QByteArray("- 1\n- 2\n") << QByteArray(kEntities)
                                      << "must be a map of fields at its top level";
    QTest::newRow("long period") << head + "exhibits:\n" + ex + ", period: '2014" +
                                        QByteArray(30000, ' ') + "2024'}\n"
                                 << QByteArray(kEntities) << "is too long";
    QTest::newRow("anchors and aliases")
        << head + "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\nexhibits: []\n"
        << QByteArray(kEntities) << "anchors";
    QTest::newRow("duplicate key") << head + "exhibits:\n" + ex + ", title: U}\n"
                                   << QByteArray(kEntities) << "duplicate key 'title'";
    QTest::newRow("invalid utf-8") << head + "exhibits:\n" + ex + ", note: \"caf\xe9\"}\n"
                                   << QByteArray(kEntities) << "not valid UTF-8";
    QTest::newRow("control character") << head + "exhibits:\n" + ex + ", note: \"a\x01b\"}\n"
                                       << QByteArray(kEntities) << "control character";
    QTest::newRow("escaped control character")
        << head + "exhibits:\n" + ex + ", note: \"a\\x01b\"}\n"
        << QByteArray(kEntities) << "control character";
    QTest::newRow("two documents") << head + "exhibits: []\n---\nx: 1\n"
                                   << QByteArray(kEntities) << "one YAML document";
    QTest::newRow("long unknown unit")
        << head + "exhibits:\n" + ex + ", unit: " + QByteArray(5000, 'u') + "}\n"
        << QByteArray(kEntities) << "unknown unit";
    QTest::newRow("misspelt exhibit key")
        << head + "exhibits:\n" + ex + ", colour: red}\n"
        << QByteArray(kEntities) << "exhibit: unknown key 'colour'";
    QTest::newRow("misspelt point key")
        << head + "exhibits:\n" + ex +
               ", series: [{name: a, measure: capex, points: [{x: '2024', value: 1, quote: 1, "
               "qoute: 1}]}]}\n"
        << QByteArray(kEntities) << "point: unknown key 'qoute'";
    // An unquoted comma in a flow map splits the value: 'people)' becomes a key.
    QTest::newRow("comma splits a flow value")
        << head + "exhibits: []\n"
        << QByteArray("entities:\n  - {name: X, kind: company, parent: A, B}\n")
        << "entity: unknown key 'B'";
}

void tst_SourceLoader::malformedSources()
{
    QFETCH(QByteArray, section);
    QFETCH(QByteArray, entities);
    QFETCH(QString, message);
    Fixture f(section, entities);
    QElapsedTimer timer;
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY(!r.ok());
    QStringList all;
    for (const SourceError& e : r.errors) {
        all.append(e.toString());
        QVERIFY2(e.line > 0, qPrintable(e.toString()));
        // Messages quote at most a short prefix of a long input.
        QVERIFY2(e.toString().size() < 400, qPrintable(e.toString().left(400)));
    }
    QVERIFY2(all.join('\n').contains(message), qPrintable(all.join('\n')));
}

void tst_SourceLoader::writerReplacesAtomically()
{
    Fixture f(kValid);
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY(r.ok());
    const QString target = f.dir.filePath("out.sqlite");
    QCOMPARE(writeCatalog(r.catalog, target), QString());
    // A reader holding the old file keeps reading it: the new one is renamed over it, the
    // old inode is never removed first.
    QFile old(target);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(writeCatalog(r.catalog, target), QString());
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(target + ".partial"));
    // A target that is a folder: the move fails, names it, and leaves no partial file.
    const QString folder = f.dir.filePath("folder.sqlite");
    QVERIFY(QDir().mkpath(folder + "/inside"));
    const QString problem = writeCatalog(r.catalog, folder);
    QVERIFY2(problem.contains(folder), qPrintable(problem));
    QVERIFY(!QFile::exists(folder + ".partial"));
}

void tst_SourceLoader::chineseTitles_data()
{
    QTest::addColumn<QString>("keys");    // added after the exhibit's title
    QTest::addColumn<QString>("section"); // the section's title_zh, if any
    QTest::addColumn<QString>("message"); // empty: loads

    QTest::newRow("on its page") << "title_zh: 资本支出(十亿美元)"
                                 << ""
                                 << "";
    // The extraction spaces out phrases and mixes full- and half-width brackets.
    QTest::newRow("spaces and punctuation folded") << "title_zh: '资本支出 (十亿美元)'"
                                                   << ""
                                                   << "";
    QTest::newRow("on the next page") << "headline_zh: 资本支出=增长"
                                      << ""
                                      << "";
    QTest::newRow("not on its page") << "title_zh: 全球数据生成量"
                                     << ""
                                     << "'全球数据生成量' is not on page 6/5/7";
    QTest::newRow("not Chinese") << "title_zh: CapEx"
                                 << ""
                                 << "has no Chinese characters";
    // Our own translation, where the page prints none: form only, never beside the report's.
    QTest::newRow("our translation") << "title_zh_ours: 全球数据生成量"
                                     << ""
                                     << "";
    QTest::newRow("our translation beside the report's")
        << "title_zh: 资本支出(十亿美元)\n    title_zh_ours: 资本支出"
        << ""
        << "title_zh and title_zh_ours";
    QTest::newRow("our translation not Chinese") << "headline_zh_ours: CapEx"
                                                 << ""
                                                 << "headline_zh_ours: 'CapEx' has no Chinese";
    QTest::newRow("unknown key") << "title_cn: 资本支出"
                                 << ""
                                 << "unknown key 'title_cn'";
    // The note, axis titles and source line take Chinese the same way, with longer limits.
    QTest::newRow("axis title on its page") << "y_axis_zh: '资本支出(十亿美元)'"
                                            << ""
                                            << "";
    QTest::newRow("axis title not on its page") << "y_axis_zh: 全球数据生成量"
                                                << ""
                                                << "y_axis_zh: '全球数据生成量' is not on page";
    QTest::newRow("note, our translation") << "note_zh_ours: " + QString(300, QChar(0x8d44))
                                           << ""
                                           << "";
    QTest::newRow("note too long") << "note_zh_ours: " + QString(401, QChar(0x8d44))
                                   << ""
                                   << "longer than 400 characters";
    QTest::newRow("source, our translation not Chinese") << "source_zh_ours: Company filings"
                                                         << ""
                                                         << "source_zh_ours: 'Company filings'";
    QTest::newRow("note, ours beside the report's")
        << "note_zh: 资本支出=增长\n    note_zh_ours: 资本支出"
        << ""
        << "note_zh and note_zh_ours";
    QTest::newRow("section on its page") << ""
                                         << "第一部分"
                                         << "";
    QTest::newRow("section not on its pages") << ""
                                              << "第二部分"
                                              << "section 1: title_zh";
}

void tst_SourceLoader::chineseTitles()
{
    QFETCH(QString, keys);
    QFETCH(QString, section);
    QFETCH(QString, message);
    QString text = QString::fromUtf8(kValid);
    if (!keys.isEmpty())
        text.replace("    title: CapEx\n", "    title: CapEx\n    " + keys + "\n");
    Fixture f(text.toUtf8());
    if (!section.isEmpty()) {
        QString report = QString::fromUtf8(kReport);
        report.replace("title: Section one,", "title: Section one, title_zh: " + section + ",");
        write(f.dir.filePath("report.yaml"), report.toUtf8());
    }
    // Pages 6 and 7 of a report text; page 9 is no neighbour of page 6.
    const ReportTexts texts{
        {QStringLiteral("r"),
         ReportText::fromPages({{5, QStringLiteral("第一部分")},
                                {6, QStringLiteral("资本支出( 十亿\uE601美元 ) 2014‑2024 "
                                                   "CapEx $212B in 2024")},
                                {7, QStringLiteral("资本支出= 增长")},
                                {9, QStringLiteral("全球数据生成量")}})}};
    const LoadResult r = loadSources(f.dir.path(), &texts);
    QStringList all;
    for (const SourceError& e : r.errors)
        all.append(e.toString());
    if (message.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(all.join('\n')));
        const Exhibit& exhibit = r.catalog.exhibits.first();
        QCOMPARE(exhibit.titleZhOurs, keys.startsWith("title_zh_ours"));
        QCOMPARE(exhibit.noteZh.ours, keys.startsWith("note_zh_ours"));
        QCOMPARE(exhibit.noteZh.text.size(), keys.startsWith("note_zh_ours") ? 300 : 0);
        QCOMPARE(exhibit.yAxisZh.text.isEmpty(), !keys.startsWith("y_axis_zh"));
        return;
    }
    QVERIFY2(all.join('\n').contains(message), qPrintable(all.join('\n')));
}

void tst_SourceLoader::everySectionFileLoads_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("dangling link") << "dangling"
                                   << "is a symbolic link to nothing";
    QTest::newRow("link loop") << "loop"
                               << "is a symbolic link to nothing";
    QTest::newRow("folder") << "folder"
                            << "is a folder, not a section file";
}

// A section file that cannot load is an error, never a section silently left out.
void tst_SourceLoader::everySectionFileLoads()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    Fixture f(kValid);
    const QString path = f.dir.filePath("section-2.yaml");
    if (kind == QLatin1String("dangling"))
        QVERIFY(QFile::link(f.dir.filePath("gone.yaml"), path));
    else if (kind == QLatin1String("loop"))
        QVERIFY(QFile::link(path, path));
    else
        QVERIFY(QDir().mkdir(path));
    const LoadResult r = loadSources(f.dir.path());
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().file.endsWith("section-2.yaml") &&
                 r.errors.first().message.contains(message),
             qPrintable(r.errors.first().toString()));
}

void tst_SourceLoader::quoteOnItsPage_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("ok");
    QTest::newRow("on its page") << 6 << true;
    QTest::newRow("on the next page") << 7 << true;
    QTest::newRow("on no page near") << 9 << false;
}

// With the report's text, a quote must be on its page (or a neighbour, as the text's page
// breaks are approximate), as the provenance check has it: a file:line error otherwise.
void tst_SourceLoader::quoteOnItsPage()
{
    QFETCH(int, page);
    QFETCH(bool, ok);
    Fixture f(kValid);
    const ReportTexts texts{
        {QStringLiteral("r"),
         ReportText::fromPages({{page, QStringLiteral("Capital expenditure: CapEx $212B in 2024")},
                                {20, QStringLiteral("another chart")}})}};
    const LoadResult r = loadSources(f.dir.path(), &texts);
    QStringList all;
    for (const SourceError& e : r.errors)
        all.append(e.toString());
    if (ok) {
        QVERIFY2(r.ok(), qPrintable(all.join('\n')));
        // Without the report's text (the brokerage note has none), quotes are not looked up.
        return;
    }
    QCOMPARE(r.errors.size(), 1);
    QVERIFY2(r.errors.first().message.contains("quote 'CapEx $212B in 2024' is not on page 6"),
             qPrintable(all.join('\n')));
    QVERIFY(r.errors.first().file.endsWith("section-1.yaml"));
    QCOMPARE(r.errors.first().line, 18); // the quote's line
    QVERIFY(loadSources(f.dir.path()).ok());
}

QTEST_GUILESS_MAIN(tst_SourceLoader)
#include "tst_sourceloader.moc"
