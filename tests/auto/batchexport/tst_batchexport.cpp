// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batchexport.h"
#include "export/csv.h"
#include "reportdb.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

namespace {
QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

// Every entry of the folder, hidden ones (a QSaveFile's temporary) included.
QStringList entries(const QString& folder)
{
    QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System);
    names.sort();
    return names;
}

// The file's records; none when it is not well-formed CSV or a record does not end in CRLF
// (RFC 4180; a line break inside a quoted field is not a record end).
QVector<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QString error;
    const auto rows = parseCsv(text, &error);
    if (!error.isEmpty() || text.count(QStringLiteral("\r\n")) != rows.size())
        return {};
    return rows;
}

QStringList indexedFiles(const QString& folder)
{
    QStringList files;
    const auto rows = readCsv(QDir(folder).filePath("index.csv"));
    for (int i = 1; i < rows.size(); ++i) {
        if (!files.contains(rows.at(i).first()))
            files.append(rows.at(i).first());
    }
    files.sort();
    return files;
}
} // namespace

class tst_BatchExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileNames();
    void sectionWritesOneFileEach();
    void cancelLeavesCompleteFiles_data();
    void cancelLeavesCompleteFiles();
    void deck();
    void cancelledDeckIsNotWritten();
    void unwritableFolder_data();
    void unwritableFolder();
    void csvRoundTripAndReadme();
    void csvWithAnalystLayer();

private:
    BatchRequest request(const QString& folder) const;
    std::unique_ptr<ReportDatabase> m_db;
    QVector<ExhibitInfo> m_section; // section 8: ten exhibits
};

void tst_BatchExport::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY(m_db->isOpen());
    m_section = m_db->exhibits(8, kBondReportId);
    QVERIFY(m_section.size() >= 5);
}

BatchRequest tst_BatchExport::request(const QString& folder) const
{
    BatchRequest r;
    r.exhibits = m_section;
    r.folder = folder;
    r.png = true;
    r.slide.preset = SlidePreset::Custom;
    r.slide.customSize = QSize(480, 270); // small: the test is about files, not pixels
    return r;
}

void tst_BatchExport::fileNames()
{
    ExhibitInfo e;
    e.id = QStringLiteral("p097-big-six-capex-vs-data-generation");
    e.page = 97;
    QCOMPARE(batchFileName(e, "png"), QStringLiteral("p097-big-six-capex-vs-data-generation.png"));
    e.id = QStringLiteral("n2-chatgpt-users");
    e.page = 1;
    QCOMPARE(batchFileName(e, "csv"), QStringLiteral("p001-n2-chatgpt-users.csv"));
    e.id = QStringLiteral("../evil/x");
    QVERIFY(!batchFileName(e, "png").contains(QLatin1Char('/')));
}

void tst_BatchExport::sectionWritesOneFileEach()
{
    QTemporaryDir dir;
    BatchRequest r = request(dir.filePath("out")); // created
    int calls = 0;
    const BatchResult result = runBatchExport(*m_db, r, [&](int done, int total) {
        ++calls;
        return done <= total;
    });
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(calls, m_section.size());
    QStringList expected;
    for (const ExhibitInfo& e : std::as_const(m_section))
        expected.append(batchFileName(e, "png"));
    expected.sort();
    QCOMPARE(indexedFiles(r.folder), expected);
    QCOMPARE(entries(r.folder), sorted(expected + QStringList{"index.csv"}));
    const QImage first(QDir(r.folder).filePath(expected.first()));
    QCOMPARE(first.size(), QSize(480, 270));
    // The index names exhibit, page and title of each file.
    const auto rows = readCsv(QDir(r.folder).filePath("index.csv"));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), (QStringList{"file", "exhibit", "page", "title"}));
    QCOMPARE(rows.at(1).at(1), m_section.first().id);
    QCOMPARE(rows.at(1).at(2).toInt(), m_section.first().page);
}

void tst_BatchExport::cancelLeavesCompleteFiles_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("after 1") << 1;
    QTest::newRow("after 3") << 3;
}

void tst_BatchExport::cancelLeavesCompleteFiles()
{
    QFETCH(int, k);
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    r.svg = true; // two files an exhibit: a cancel may fall between them
    const BatchResult result = runBatchExport(*m_db, r, [k](int done, int) { return done < k; });
    QVERIFY(result.cancelled);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.written.size(), k);
    QStringList written = result.written;
    written.sort();
    QCOMPARE(indexedFiles(dir.path()), written);
    // Exactly those and the index: no temporary file left behind.
    QCOMPARE(entries(dir.path()), sorted(written + QStringList{"index.csv"}));
    for (const QString& name : std::as_const(written)) {
        if (name.endsWith(".png"))
            QVERIFY(!QImage(dir.filePath(name)).isNull());
    }
}

void tst_BatchExport::deck()
{
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    r.exhibits = m_section.mid(0, 3);
    r.png = false;
    r.pdf = true;
    r.deck = true;
    r.deckName = "deck.pdf";
    const BatchResult result = runBatchExport(*m_db, r);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.written, QStringList{"deck.pdf"});
    QFile f(dir.filePath("deck.pdf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    QCOMPARE(QString::fromLatin1(pdf).count(page), 3);
    // One index row per slide, all naming the deck.
    QCOMPARE(readCsv(dir.filePath("index.csv")).size(), 1 + 3);
}

void tst_BatchExport::cancelledDeckIsNotWritten()
{
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    r.exhibits = m_section.mid(0, 3);
    r.pdf = true;
    r.deck = true;
    // PNGs of each exhibit and a deck page: cancel after the first exhibit's PNG and page.
    const BatchResult result = runBatchExport(*m_db, r, [](int done, int) { return done < 2; });
    QVERIFY(result.cancelled);
    QCOMPARE(result.written, QStringList{batchFileName(m_section.first(), "png")});
    QCOMPARE(entries(dir.path()), (QStringList{"index.csv", result.written.first()}));
}

void tst_BatchExport::unwritableFolder_data()
{
    QTest::addColumn<QString>("sub");
    // Under a regular file: no folder can be made there, not even by root.
    QTest::newRow("under a file") << "file.txt/out";
    QTest::newRow("is a file") << "file.txt";
}

void tst_BatchExport::unwritableFolder()
{
    QFETCH(QString, sub);
    QTemporaryDir dir;
    QFile file(dir.filePath("file.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const BatchResult result = runBatchExport(*m_db, request(dir.filePath(sub)));
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(dir.filePath(sub)), qPrintable(result.error));
    QVERIFY(result.written.isEmpty());
    QCOMPARE(entries(dir.path()), QStringList{"file.txt"});
}

void tst_BatchExport::csvRoundTripAndReadme()
{
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    r.png = false;
    r.csv = true;
    const BatchResult result = runBatchExport(*m_db, r);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    // A CSV per exhibit, and the README, which the index lists too.
    QCOMPARE(result.written.size(), m_section.size() + 1);
    QCOMPARE(result.written.last(), QStringLiteral("README.txt"));
    QVERIFY(QFile::exists(dir.filePath("README.txt")));
    const auto index = readCsv(dir.filePath("index.csv"));
    QCOMPARE(index.last().first(), QStringLiteral("README.txt"));
    QFile readme(dir.filePath("README.txt"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains(m_section.first().reportCite));
    QVERIFY(text.contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(text.contains("base_value"));
    for (const ExhibitInfo& e : std::as_const(m_section)) {
        const FlatTable table = m_db->flat(FlatScope::Exhibit, e.id);
        const auto rows = readCsv(dir.filePath(batchFileName(e, "csv")));
        QCOMPARE(rows.size(), table.rows.size() + 1);
        QCOMPARE(rows.first(), table.columns);
        for (int i = 0; i < table.rows.size(); ++i) {
            for (int c = 0; c < table.columns.size(); ++c) {
                const QVariant& v = table.rows.at(i).at(c);
                const QString got = rows.at(i + 1).at(c);
                if (v.isNull())
                    QCOMPARE(got, QString());
                else if (v.typeId() == QMetaType::Double)
                    // A number, never '-35: only text cells are guarded.
                    QVERIFY2(qFuzzyCompare(got.toDouble() + 1.0, v.toDouble() + 1.0),
                             qPrintable(got));
                else
                    QCOMPARE(unguardCsvText(got), v.toString());
            }
        }
    }
}

// With a layer, each CSV carries the analyst columns (as the window's), its edited value with
// the report's beside it, and the README says what they mean.
void tst_BatchExport::csvWithAnalystLayer()
{
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    r.png = false;
    r.csv = true;
    const auto exhibit = m_db->exhibit(QStringLiteral("p329-change-usa-firms-using-ai"));
    QVERIFY(exhibit);
    r.exhibits = {*exhibit};
    QString edited; // the series of the point the overlay edits
    r.overlay = [&edited](ExhibitData& data) {
        for (SeriesRecord& s : data.series) {
            for (PointRecord& p : s.points) {
                if (!p.value || !edited.isEmpty())
                    continue;
                edited = s.name + QLatin1Char('|') + p.xLabel;
                p.reportValue = p.value;
                p.reportUnit = p.unit;
                p.value = 4242;
                p.status = QStringLiteral("edited");
                p.analyst = AnalystMark::Edited;
                p.citation = QStringLiteral("my source");
            }
        }
    };
    const BatchResult result = runBatchExport(*m_db, r);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!edited.isEmpty());
    const auto rows = readCsv(dir.filePath(batchFileName(*exhibit, "csv")));
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(header.size() - analystColumns().size()), analystColumns());
    bool found = false;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList& row = rows.at(i);
        if (row.at(int(header.indexOf("value"))) != QLatin1String("4242"))
            continue;
        found = true;
        QCOMPARE(row.at(int(header.indexOf("status"))), QStringLiteral("edited"));
        QCOMPARE(row.at(int(header.indexOf("analyst"))), QStringLiteral("edited"));
        QCOMPARE(row.at(int(header.indexOf("citation"))), QStringLiteral("my source"));
        QVERIFY(!row.at(int(header.indexOf("report_value"))).isEmpty());
    }
    QVERIFY(found);
    QFile readme(dir.filePath("README.txt"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(readme.readAll()).contains("report_value, report_unit"));
}

QTEST_MAIN(tst_BatchExport)
#include "tst_batchexport.moc"
