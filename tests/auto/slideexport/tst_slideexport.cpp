// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportservice.h"
#include "export/opaquepng.h"
#include "export/slideexport.h"
#include "reportdb.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

using namespace trendboard;

namespace {
const QString kExhibit = QStringLiteral("p061-nvidia-ecosystem-developers");

// Pixels in a band of rows that differ from the background: something is drawn there.
int inkedPixels(const QImage& image, int top, int bottom, const QColor& background)
{
    int inked = 0;
    for (int y = top; y < bottom; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 0 && (std::abs(c.red() - background.red()) > 40 ||
                                  std::abs(c.green() - background.green()) > 40 ||
                                  std::abs(c.blue() - background.blue()) > 40))
                ++inked;
        }
    }
    return inked;
}

// Inked pixels in a grid of cells over the image: where on the slide something is drawn.
QVector<int> inkGrid(const QImage& image, int columns, int rows)
{
    QVector<int> cells(columns * rows, 0);
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qGray(line[x]) < 160)
                ++cells[(y * rows / rgb.height()) * columns + x * columns / rgb.width()];
        }
    }
    return cells;
}

// The rightmost inked column of a band of rows (the end of its text), or -1.
int inkRight(const QImage& image, int top, int bottom)
{
    const QImage rgb = image.convertToFormat(QImage::Format_ARGB32);
    for (int x = rgb.width() - 1; x >= 0; --x) {
        for (int y = top; y < bottom; ++y) {
            const QRgb c = rgb.pixel(x, y);
            if (qAlpha(c) > 128 && qGray(c) < 160)
                return x;
        }
    }
    return -1;
}

// Runs a converter; empty when it fails (the message says why).
QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2 %3")
            .arg(program, process.errorString(),
                 QString::fromLocal8Bit(process.readAllStandardError()));
    return QString();
}

int pdfPages(const QByteArray& pdf)
{
    // Page objects, not the /Pages tree.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return int(QString::fromLatin1(pdf).count(page));
}
} // namespace

class tst_SlideExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sizes_data();
    void sizes();
    void bands_data();
    void bands();
    void darkAndTransparentBackgrounds();
    void svgWellFormed();
    void pdfPageHasSlideAspect();
    void pdfDrawsWhatPngDraws_data();
    void pdfDrawsWhatPngDraws();
    void svgHasPngSize();
    void keyFiguresAndTables_data();
    void keyFiguresAndTables();
    void analystValuesNamedInFooter();
    void noAppHintsOnSlides_data();
    void noAppHintsOnSlides();
    void savePngEncodesAsSlides();
    void opaqueSlideRowsUnfiltered_data();
    void opaqueSlideRowsUnfiltered();
    void slidePngReportsWriteError();
    void pngInBands_data();
    void pngInBands();
    void pngInBandsRefusesBandsThatDoNotFit();

private:
    std::optional<ExhibitData> m_data;
    std::unique_ptr<ReportDatabase> m_db;
};

void tst_SlideExport::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY(m_db->isOpen());
    m_data = m_db->exhibitData(kExhibit);
    QVERIFY(m_data);
}

void tst_SlideExport::sizes_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QSize>("custom");
    QTest::addColumn<int>("ratio");
    QTest::addColumn<QSize>("logical");
    const QSize none;
    QTest::newRow("16:9 1080p 1x") << int(SlidePreset::Wide1080) << none << 1 << QSize(1920, 1080);
    QTest::newRow("16:9 1080p 2x") << int(SlidePreset::Wide1080) << none << 2 << QSize(1920, 1080);
    QTest::newRow("16:9 4K 1x") << int(SlidePreset::Wide2160) << none << 1 << QSize(3840, 2160);
    QTest::newRow("4:3 1x") << int(SlidePreset::Classic1200) << none << 1 << QSize(1600, 1200);
    QTest::newRow("square 1x") << int(SlidePreset::Square1080) << none << 1 << QSize(1080, 1080);
    QTest::newRow("custom 3x") << int(SlidePreset::Custom) << QSize(640, 360) << 3
                               << QSize(640, 360);
}

void tst_SlideExport::sizes()
{
    QFETCH(int, preset);
    QFETCH(QSize, custom);
    QFETCH(int, ratio);
    QFETCH(QSize, logical);
    SlideOptions options;
    options.preset = SlidePreset(preset);
    options.customSize = custom;
    options.pixelRatio = ratio;
    QCOMPARE(options.logicalSize(), logical);
    SlideRenderer renderer(options);
    const QImage image = renderer.image(*m_data);
    QCOMPARE(image.size(), logical * ratio);
    QCOMPARE(image.devicePixelRatio(), qreal(ratio));
    QCOMPARE(image.deviceIndependentSize().toSize(), logical);
    // The PNG keeps the pixels.
    const QImage png = QImage::fromData(renderer.png(*m_data), "PNG");
    QCOMPARE(png.size(), logical * ratio);
}

void tst_SlideExport::bands_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<QColor>("background");
    QTest::newRow("light") << int(SlideTheme::Light) << QColor(Qt::white);
    QTest::newRow("dark") << int(SlideTheme::Dark) << lookFor(SlideTheme::Dark).background;
}

void tst_SlideExport::bands()
{
    QFETCH(int, theme);
    QFETCH(QColor, background);
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(960, 540);
    options.theme = SlideTheme(theme);
    SlideRenderer renderer(options);
    const QImage image = renderer.image(*m_data);
    const int h = image.height();
    // The title band (top tenth) and the footer band (bottom twelfth) carry text.
    QVERIFY2(inkedPixels(image, 0, h / 10, background) > 200, "no title drawn");
    QVERIFY2(inkedPixels(image, h - h / 12, h, background) > 200, "no footer drawn");
    // The corners are the theme's background.
    QCOMPARE(image.pixelColor(1, 1).rgb(), background.rgb());
    QCOMPARE(image.pixelColor(image.width() - 2, h - 2).rgb(), background.rgb());
}

void tst_SlideExport::darkAndTransparentBackgrounds()
{
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(800, 450);
    options.theme = SlideTheme::Dark;
    SlideRenderer renderer(options);
    const QImage dark = renderer.image(*m_data);
    QVERIFY(dark.pixelColor(2, 2).lightness() < 60);
    QCOMPARE(dark.pixelColor(2, 2).alpha(), 255);
    options.theme = SlideTheme::Transparent;
    renderer.setOptions(options);
    const QImage clear = renderer.image(*m_data);
    QCOMPARE(clear.pixelColor(2, 2).alpha(), 0);
    QCOMPARE(clear.pixelColor(clear.width() - 3, clear.height() - 3).alpha(), 0);
    // Still something drawn: the title.
    QVERIFY(inkedPixels(clear, 0, clear.height() / 10, QColor(Qt::white)) > 200);
}

void tst_SlideExport::svgWellFormed()
{
    SlideOptions options;
    options.format = SlideFormat::Svg;
    options.theme = SlideTheme::Dark;
    SlideRenderer renderer(options);
    const QByteArray svg = renderer.bytes(*m_data);
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QSvgRenderer check(svg);
    QVERIFY(check.isValid());
    QCOMPARE(check.viewBox().size(), QSize(1920, 1080));
    QVERIFY(svg.contains("BOND"));
}

void tst_SlideExport::pdfPageHasSlideAspect()
{
    SlideOptions options;
    options.format = SlideFormat::Pdf;
    options.preset = SlidePreset::Classic1200;
    SlideRenderer renderer(options);
    const QByteArray pdf = renderer.bytes(*m_data);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdfPages(pdf), 1);
    // 1600×1200 logical pixels at 96 an inch: 1200×900 points.
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
    const auto m = box.match(QString::fromLatin1(pdf));
    QVERIFY(m.hasMatch());
    QVERIFY(qAbs(m.captured(1).toDouble() / m.captured(2).toDouble() - 4.0 / 3.0) < 0.01);
}

void tst_SlideExport::pdfDrawsWhatPngDraws_data()
{
    QTest::addColumn<QString>("exhibit");
    // A legend under the plot (two series) and one right of it (ten).
    QTest::newRow("p. 20") << QStringLiteral("p020-annual-searches");
    QTest::newRow("p. 316") << QStringLiteral("p316-chatgpt-app-mau-top-countries");
}

void tst_SlideExport::pdfDrawsWhatPngDraws()
{
    QFETCH(QString, exhibit);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: PDF slides are not rasterised");
    const auto data = m_db->exhibitData(exhibit);
    QVERIFY(data);
    SlideRenderer renderer;
    const QImage png = renderer.image(*data);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdfPath = dir.filePath(QStringLiteral("slide.pdf"));
    {
        QFile file(pdfPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(renderer.pdf(*data));
    }
    // 96 dpi: the page's 1440×810 points become the slide's 1920×1080 pixels.
    const QString error = runTool(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"),
                                             QStringLiteral("96"), QStringLiteral("-singlefile"),
                                             pdfPath, dir.filePath(QStringLiteral("page"))});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage page(dir.filePath(QStringLiteral("page.png")));
    QCOMPARE(page.size(), png.size());
    // Region by region, the PDF draws what the PNG draws: a legend clipped away leaves cells
    // with a fraction of the PNG's ink. Cells are coarse, so text a few pixels apart in the
    // two renderers (hinting, layout rounding) still falls into the same cells mostly.
    constexpr int kColumns = 8;
    constexpr int kRows = 8;
    const QVector<int> want = inkGrid(png, kColumns, kRows);
    const QVector<int> got = inkGrid(page, kColumns, kRows);
    for (int i = 0; i < want.size(); ++i) {
        const int tolerance = 300 + want[i] / 3;
        QVERIFY2(std::abs(got[i] - want[i]) <= tolerance,
                 qPrintable(QStringLiteral("cell (%1, %2) of %3: %4 dark pixels in the PDF, %5 in "
                                           "the PNG")
                                .arg(i % kColumns)
                                .arg(i / kColumns)
                                .arg(exhibit)
                                .arg(got[i])
                                .arg(want[i])));
    }
}

void tst_SlideExport::svgHasPngSize()
{
    SlideOptions options;
    options.format = SlideFormat::Svg;
    SlideRenderer renderer(options);
    const QByteArray svg = renderer.bytes(*m_data);
    // 1920×1080 px at 96 an inch.
    QXmlStreamReader xml(svg);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QStringLiteral("svg"));
    const auto mm = [&xml](const QString& attribute) {
        QString value = xml.attributes().value(attribute).toString();
        return value.endsWith(QStringLiteral("mm")) ? value.chopped(2).toDouble() : -1.0;
    };
    QVERIFY2(std::abs(mm(QStringLiteral("width")) - 508.0) < 0.01,
             qPrintable(xml.attributes().value(QStringLiteral("width")).toString()));
    QVERIFY2(std::abs(mm(QStringLiteral("height")) - 285.75) < 0.01,
             qPrintable(xml.attributes().value(QStringLiteral("height")).toString()));

    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    if (rsvg.isEmpty())
        QSKIP("rsvg-convert (librsvg2-bin) is not installed: the SVG is not rendered");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString svgPath = dir.filePath(QStringLiteral("slide.svg"));
    {
        QFile file(svgPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(svg);
    }
    const QString out = dir.filePath(QStringLiteral("slide.png"));
    // At its natural size (96 dpi, rsvg's default), as a viewer shows it.
    const QString error = runTool(rsvg, {QStringLiteral("-o"), out, svgPath});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage drawn(out);
    const QImage png = renderer.image(*m_data);
    QCOMPARE(drawn.size(), png.size());
    // The title ends where the PNG's does: the text is drawn at the PNG's size.
    const int title = png.height() / 20;
    const int wantRight = inkRight(png, 0, title);
    QVERIFY(wantRight > png.width() / 4);
    QVERIFY2(std::abs(inkRight(drawn, 0, title) - wantRight) < png.width() / 50,
             qPrintable(QStringLiteral("the title ends at x = %1 in the SVG, %2 in the PNG")
                            .arg(inkRight(drawn, 0, title))
                            .arg(wantRight)));
}

void tst_SlideExport::keyFiguresAndTables_data()
{
    QTest::addColumn<QString>("exhibit");
    // Key figures (a chart whose text states two values), a table, a timeline.
    QTest::newRow("key figures") << QStringLiteral("p097-big-six-capex-vs-data-generation");
    QTest::newRow("table") << QStringLiteral("p106-nvidia-gpu-performance");
    QTest::newRow("timeline") << QStringLiteral("p076-education-government-ai");
}

void tst_SlideExport::keyFiguresAndTables()
{
    QFETCH(QString, exhibit);
    const auto data = m_db->exhibitData(exhibit);
    QVERIFY(data);
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(960, 540);
    options.theme = SlideTheme::Dark;
    SlideRenderer renderer(options);
    const QImage image = renderer.image(*data);
    const QColor background = lookFor(SlideTheme::Dark).background;
    QVERIFY(inkedPixels(image, 0, 54, background) > 200);
    QVERIFY(inkedPixels(image, 540 - 45, 540, background) > 200);
    // The middle holds the chart, table or figures.
    QVERIFY(inkedPixels(image, 100, 300, background) > 2000);
}

void tst_SlideExport::analystValuesNamedInFooter()
{
    ExhibitData data = *m_data;
    SlideOptions options;
    options.format = SlideFormat::Svg;
    SlideRenderer renderer(options);
    QVERIFY(!renderer.bytes(data).contains("includes analyst values"));
    data.series[0].points[0].analyst = AnalystMark::Edited;
    QVERIFY(renderer.bytes(data).contains("includes analyst values"));
}

void tst_SlideExport::noAppHintsOnSlides_data()
{
    QTest::addColumn<QString>("exhibit");
    QTest::newRow("no values") << QStringLiteral("p310-internet-users-by-region");
    QTest::newRow("key figures") << QStringLiteral("p097-big-six-capex-vs-data-generation");
    QTest::newRow("series not stated") << QStringLiteral("p004-big-six-capex");
}

// What the app lets an analyst do belongs on screen; a slide says only what its values are.
void tst_SlideExport::noAppHintsOnSlides()
{
    QFETCH(QString, exhibit);
    const auto data = m_db->exhibitData(exhibit);
    QVERIFY(data);
    SlideOptions options;
    options.format = SlideFormat::Svg;
    SlideRenderer renderer(options);
    const QString svg = QString::fromUtf8(renderer.bytes(*data));
    QVERIFY(svg.contains("BOND"));
    for (const char* hint : {"analysts can", "fill in the rest", "add the values"})
        QVERIFY2(!svg.contains(QLatin1String(hint), Qt::CaseInsensitive), hint);
    QVERIFY(svg.contains(QStringLiteral("Values as stated in the report") + QChar(0x2019) +
                         QStringLiteral("s text")) ||
            svg.contains(QStringLiteral("Values as stated in the report&apos;s text")) ||
            svg.contains(QStringLiteral("Values as stated in the report's text")));
}

QTEST_MAIN(tst_SlideExport)
// savePng (the window's snapshot) writes what a batch's slide encoder writes: RGB at the
// slides' zlib level, not Qt's default level (a quarter of a --snapshot's time).
void tst_SlideExport::savePngEncodesAsSlides()
{
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(800, 450);
    const QImage slide = SlideRenderer(options).image(*m_data);
    QCOMPARE(slide.format(), QImage::Format_RGB32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slide.png"));
    QVERIFY2(savePng(slide, path).isEmpty(), qPrintable(savePng(slide, path)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeSlidePng(slide, buffer));
    QCOMPARE(written, encoded);
    // IHDR's colour type (byte 25): 2, truecolour without alpha.
    QCOMPARE(int(written.at(25)), 2);
    QCOMPARE(QImage::fromData(written, "PNG"), slide);
}

// PNG chunks' data of one type, in order.
static QByteArray chunkData(const QByteArray& png, const char* type)
{
    QByteArray data;
    for (int at = 8; at + 12 <= png.size();) {
        const int length = qFromBigEndian<qint32>(png.constData() + at);
        if (png.mid(at + 4, 4) == type)
            data += png.mid(at + 8, length);
        at += 12 + length;
    }
    return data;
}

void tst_SlideExport::opaqueSlideRowsUnfiltered_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("small: one band") << QSize(320, 180);
    QTest::newRow("large: two bands on two threads") << QSize(1280, 721);
}

// An opaque slide is written with every row unfiltered (filter byte 0) at a fast zlib level,
// a quarter of the time of libpng's adaptive filters, with the same pixels and resolution.
void tst_SlideExport::opaqueSlideRowsUnfiltered()
{
    QFETCH(QSize, size);
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = size;
    const QImage slide = SlideRenderer(options).image(*m_data);
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeSlidePng(slide, buffer));
    const int rowBytes = 1 + 3 * slide.width();
    QByteArray sized(4, '\0');
    qToBigEndian<qint32>(rowBytes * slide.height(), sized.data());
    const QByteArray rows = qUncompress(sized + chunkData(encoded, "IDAT"));
    QCOMPARE(rows.size(), rowBytes * slide.height());
    for (int y = 0; y < slide.height(); ++y)
        QVERIFY2(rows.at(y * rowBytes) == 0, qPrintable(QStringLiteral("row %1 filtered").arg(y)));
    const QImage decoded = QImage::fromData(encoded, "PNG");
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), slide);
    QCOMPARE(decoded.dotsPerMeterX(), slide.dotsPerMeterX());
    QCOMPARE(decoded.dotsPerMeterY(), slide.dotsPerMeterY());
}

// A device that takes no bytes fails the encoding with its reason, not a truncated file.
void tst_SlideExport::slidePngReportsWriteError()
{
    QImage opaque(64, 32, QImage::Format_RGB32);
    opaque.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    QVERIFY(!writeSlidePng(opaque, readOnly, &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
}

void tst_SlideExport::pngInBands_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QVector<int>>("bands"); // rows of each band, top to bottom
    QTest::newRow("one band") << QSize(64, 40) << QVector<int>{40};
    QTest::newRow("a snapshot's: equal bands, a short last one, on threads")
        << QSize(1200, 300) << QVector<int>{64, 64, 64, 64, 44};
    QTest::newRow("bands of one row and of many") << QSize(700, 130) << QVector<int>{1, 100, 29};
}

// --snapshot's encoder: the window drawn a band at a time, each band deflated on its own
// thread and joined into one PNG, decodes to the image drawn whole, with its resolution.
void tst_SlideExport::pngInBands()
{
    QFETCH(QSize, size);
    QFETCH(QVector<int>, bands);
    QImage whole(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(whole.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x * 7 + y) & 0xff, (y * 3) & 0xff, ((x ^ y) * 5) & 0xff);
    }
    whole.setDotsPerMeterX(5000);
    whole.setDotsPerMeterY(4000);
    OpaquePngBands png(1);
    int top = 0;
    for (const int rows : bands) {
        // Each band its own image, as the window draws them (the one before may be encoding).
        png.add(whole.copy(0, top, size.width(), rows));
        top += rows;
    }
    QCOMPARE(top, size.height());
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(png.write(buffer, &error), qPrintable(error));
    QCOMPARE(int(encoded.at(25)), 2); // truecolour, no alpha
    // zlib checks the whole stream, the Adler-32 of every row joined from the bands' included.
    const int rowBytes = 1 + 3 * size.width();
    QByteArray sized(4, '\0');
    qToBigEndian<qint32>(rowBytes * size.height(), sized.data());
    QCOMPARE(qUncompress(sized + chunkData(encoded, "IDAT")).size(), rowBytes * size.height());
    const QImage decoded = QImage::fromData(encoded, "PNG");
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), whole);
    QCOMPARE(decoded.dotsPerMeterX(), 5000);
    QCOMPARE(decoded.dotsPerMeterY(), 4000);
}

// Bands that cannot be one image: nothing is written, and the reason says which rows.
void tst_SlideExport::pngInBandsRefusesBandsThatDoNotFit()
{
    QImage first(100, 10, QImage::Format_RGB32);
    first.fill(Qt::white);
    const auto written = [](OpaquePngBands& png, QString* error) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool ok = png.write(buffer, error);
        return ok || !bytes.isEmpty();
    };
    QString error;
    {
        OpaquePngBands none(1);
        QVERIFY(!written(none, &error));
        QVERIFY2(error.contains(QLatin1String("no rows")), qPrintable(error));
    }
    {
        OpaquePngBands narrower(1);
        narrower.add(first);
        QImage second(90, 10, QImage::Format_RGB32);
        second.fill(Qt::black);
        narrower.add(second);
        QVERIFY(!written(narrower, &error));
        QVERIFY2(error.contains(QLatin1String("90x10")) && error.contains(QLatin1String("100")),
                 qPrintable(error));
    }
    {
        OpaquePngBands translucent(1);
        translucent.add(first);
        translucent.add(first.convertToFormat(QImage::Format_ARGB32));
        QVERIFY(!written(translucent, &error));
        QVERIFY2(error.contains(QLatin1String("opaque")), qPrintable(error));
    }
}

#include "tst_slideexport.moc"
