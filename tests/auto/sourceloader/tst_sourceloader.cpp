#include "catalogwriter.h"
#include "sourceloader.h"

#include <QTemporaryDir>
#include <QtTest>

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
        points:
          - x: '2024'
            value: 212
            quote: CapEx $212B in 2024
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
                                   << "unparseable period '13/24'" << 15;
    QTest::newRow("no quote") << "quote: CapEx $212B in 2024"
                              << "status: reported"
                              << "datapoint without a quote" << 15;
    QTest::newRow("quote does not show value") << "value: 212"
                                               << "value: 213"
                                               << "does not show the value 213" << 17;
    QTest::newRow("non-numeric value") << "value: 212"
                                       << "value: lots"
                                       << "value 'lots' is not a number" << 16;
    QTest::newRow("unknown point entity") << "            value: 212"
                                          << "            value: 212\n            entity: Nobody"
                                          << "unknown entity 'Nobody'" << 17;
    QTest::newRow("unknown kind") << "kind: bar"
                                  << "kind: bars"
                                  << "unknown kind 'bars'" << 7;
    QTest::newRow("bad yaml") << "title: CapEx"
                              << "title: [CapEx"
                              << "not valid YAML" << 0;
    QTest::newRow("stated without points")
        << "        entity: Google"
        << "        stated: true\n        points: []\n      - name: Other\n        stated: true"
        << "marked stated but has no points" << 0;
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

QTEST_GUILESS_MAIN(tst_SourceLoader)
#include "tst_sourceloader.moc"
