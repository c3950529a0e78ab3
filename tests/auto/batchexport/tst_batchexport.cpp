// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batchexport.h"
#include "export/batchqueue.h"
#include "export/csv.h"
#include "reportdb.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <numeric>

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
    void opaqueSlidesHaveNoAlpha_data();
    void opaqueSlidesHaveNoAlpha();
    void unwritableFileInTheMiddle();
    void queueFinishesEveryJob();
    void queueHoldsNoSecondFullSlide();
    void encodedSlidesArePaintedOver();

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

void tst_BatchExport::opaqueSlidesHaveNoAlpha_data()
{
    QTest::addColumn<SlideTheme>("theme");
    QTest::addColumn<bool>("alpha");
    QTest::newRow("light") << SlideTheme::Light << false;
    QTest::newRow("dark") << SlideTheme::Dark << false;
    QTest::newRow("transparent") << SlideTheme::Transparent << true;
}

// An opaque slide is painted into RGB32 and written as an RGB PNG (no alpha channel to
// un-premultiply and encode); a transparent one keeps its alpha.
void tst_BatchExport::opaqueSlidesHaveNoAlpha()
{
    QFETCH(SlideTheme, theme);
    QFETCH(bool, alpha);
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    r.exhibits = m_section.mid(0, 2);
    r.slide.theme = theme;
    const BatchResult result = runBatchExport(*m_db, r);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.written.size(), 2);
    for (const QString& name : result.written) {
        const QImage png(dir.filePath(name));
        QVERIFY2(!png.isNull(), qPrintable(name));
        QCOMPARE(png.hasAlphaChannel(), alpha);
        if (alpha) // the corner is the template's: nothing painted there
            QCOMPARE(qAlpha(png.pixel(0, 0)), 0);
        else
            QCOMPARE(qAlpha(png.pixel(0, 0)), 255);
    }
    SlideOptions options = r.slide;
    SlideRenderer renderer(options);
    const auto data = m_db->exhibitData(m_section.first().id);
    QVERIFY(data);
    QCOMPARE(renderer.image(*data).format(),
             alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
}

// A file that cannot be written in the middle of a batch (a folder appeared under its name
// after the batch began) is named in the error; every other file is written and indexed, in
// order, and no temporary file is left.
void tst_BatchExport::unwritableFileInTheMiddle()
{
    QTemporaryDir dir;
    BatchRequest r = request(dir.path());
    QVERIFY(m_section.size() >= 5);
    const QString blocked = batchFileName(m_section.at(3), "png");
    QStringList landed;
    QVector<int> progress;
    const BatchResult result = runBatchExport(
        *m_db, r,
        [&](int done, int) {
            progress.append(done);
            return true;
        },
        [&](const QString& name) {
            if (landed.isEmpty())
                QDir(dir.path()).mkdir(blocked);
            landed.append(name);
        });
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(dir.filePath(blocked)), qPrintable(result.error));
    QCOMPARE(result.error.count(QLatin1Char('\n')), 0); // that file only
    QCOMPARE(result.failed, QStringList{blocked});
    QStringList expected;
    for (const ExhibitInfo& e : std::as_const(m_section)) {
        if (batchFileName(e, "png") != blocked)
            expected.append(batchFileName(e, "png"));
    }
    QCOMPARE(result.written, expected); // in the exhibits' order
    QCOMPARE(landed, expected);
    QVector<int> steps(m_section.size());
    std::iota(steps.begin(), steps.end(), 1);
    QCOMPARE(progress, steps); // the failed file is a step too
    QCOMPARE(indexedFiles(dir.path()), sorted(expected));
    // The folder planted under the blocked name, and nothing half-written beside the files.
    QCOMPARE(entries(dir.path()), sorted(expected + QStringList{"index.csv"}));
    QVERIFY(QFileInfo(dir.filePath(blocked)).isDir());
    for (const QString& name : std::as_const(expected))
        QVERIFY2(!QImage(dir.filePath(name)).isNull(), qPrintable(name));
}

// The queue runs every job it was given to its end, also those after a stop, and leaves
// only the files committed before the stop.
void tst_BatchExport::queueFinishesEveryJob()
{
    QTemporaryDir dir;
    // Half a slide with some detail: each job takes a while, so several still run when the
    // queue stops.
    QImage image(960, 540, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(x * y % 251, (x + y) % 253, 0x8b));
    }
    const int jobs = 12;
    int calls = 0;
    {
        BatchQueue queue;
        QVERIFY(queue.workers() >= 1 && queue.workers() <= QThread::idealThreadCount());
        // All queued before any commit: the workers run them while the first are committed.
        for (int i = 0; i < jobs; ++i) {
            const QString path =
                dir.filePath(QStringLiteral("f%1.png").arg(i, 2, 10, QLatin1Char('0')));
            queue.addPng(path, image, [&calls, i](const QString& error) {
                if (!error.isEmpty())
                    qWarning("%s", qPrintable(error));
                ++calls;
                return i < 4; // stops after the fifth file
            });
        }
        QVERIFY(!queue.commitAll());
        QVERIFY(queue.stopped());
        QCOMPARE(queue.finishedJobs(), jobs);
        QCOMPARE(calls, 5);
        QCOMPARE(entries(dir.path()),
                 (QStringList{"f00.png", "f01.png", "f02.png", "f03.png", "f04.png"}));
    }
    // With no stop, every job runs and is committed in order.
    QStringList order;
    BatchQueue queue(image.sizeInBytes()); // a budget of one image: it waits on its workers
    for (int i = 0; i < jobs; ++i) {
        const QString name = QStringLiteral("g%1.png").arg(i, 2, 10, QLatin1Char('0'));
        queue.addPng(dir.filePath(name), image, [&order, name](const QString& error) {
            order.append(error.isEmpty() ? name : error);
            return true;
        });
        queue.commitReady();
    }
    QVERIFY(queue.commitAll());
    QCOMPARE(queue.finishedJobs(), jobs);
    QCOMPARE(order.size(), jobs);
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    QCOMPARE(QImage(dir.filePath("g11.png")).pixel(3, 3), image.pixel(3, 3));
}

// At the default budget a 1080p slide is encoded and committed before the next is painted: a
// batch holds one slide's pixels (8.3 MB), not one queued beside the one being painted.
void tst_BatchExport::queueHoldsNoSecondFullSlide()
{
    QTemporaryDir dir;
    QImage slide(1920, 1080, QImage::Format_RGB32);
    slide.fill(Qt::white);
    BatchQueue queue;
    int done = 0;
    queue.addPng(dir.filePath("a.png"), slide, [&done](const QString& error) {
        ++done;
        return error.isEmpty();
    });
    slide = QImage();
    QVERIFY(queue.commitReady());
    QCOMPARE(done, 1);
    QVERIFY(QFile::exists(dir.filePath("a.png")));
    // The budget still lets small files (SVG, CSV) be written while the next is drawn.
    QVERIFY(BatchQueue::kDefaultBudget >= 1024 * 1024);
}

// An image the workers have encoded is painted over by a later slide, its pixels in place: a
// batch holds a few slides' pixels, not a fresh (and fragmenting) 8 MB allocation each.
void tst_BatchExport::encodedSlidesArePaintedOver()
{
    QTemporaryDir dir;
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(640, 360);
    SlideRenderer renderer(options);
    const auto first = m_db->exhibitData(m_section.at(0).id);
    const auto second = m_db->exhibitData(m_section.at(1).id);
    QVERIFY(first && second);
    BatchQueue queue;
    QVERIFY(queue.recycledImage().isNull()); // nothing encoded yet
    const uchar* pixels = nullptr;
    QImage expected;
    {
        QImage slide = renderer.image(*first);
        pixels = slide.constBits();
        expected = slide.copy();
        queue.addPng(dir.filePath("a.png"), slide, [](const QString& error) {
            return error.isEmpty();
        });
    }
    QVERIFY(queue.commitAll());
    QCOMPARE(QImage(dir.filePath("a.png")).convertToFormat(QImage::Format_RGB32), expected);
    QImage recycled = queue.recycledImage();
    QCOMPARE(recycled.constBits(), pixels);
    const QImage next = renderer.image(*second, std::move(recycled));
    QCOMPARE(next.constBits(), pixels);
    QCOMPARE(next, renderer.image(*second)); // painted over: nothing of the first slide left
    // A recycled image of another size is not used.
    options.customSize = QSize(320, 180);
    renderer.setOptions(options);
    QCOMPARE(renderer.image(*second, next).size(), QSize(320, 180));
}

QTEST_MAIN(tst_BatchExport)
#include "tst_batchexport.moc"
