// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/slideexport.h"

#include "chart/chartcanvas.h"
#include "export/exportservice.h"
#include "export/opaquepng.h"
#include "figure/exhibitfigure.h"
#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace trendboard {

namespace {

// The figure is laid out on a canvas of about this many logical pixels (a 1067×600 slide) and
// painted scaled up or down to the slide: text, lines and markers keep their share of the
// slide whatever its size, so a 4K slide reads from the back of a room as a 1080p one does.
constexpr double kLayoutArea = 1067.0 * 600.0;

QSize layoutSizeFor(const QSize& slide)
{
    const double scale = std::sqrt(double(slide.width()) * slide.height() / kLayoutArea);
    return QSize(std::max(1, int(std::lround(slide.width() / scale))),
                 std::max(1, int(std::lround(slide.height() / scale))));
}

// A PDF page is laid out at its own device size, never through a scaled painter: QWidget::render
// on a PDF engine scales the widgets' clip by the painter's transform a second time, which cut
// legends off. So the writer gets the resolution at which the slide's page holds about
// layoutSizeFor() device pixels (whole dots per inch: within a few percent of it).
int pdfResolutionFor(const QSize& slide)
{
    const double layoutWidth = layoutSizeFor(slide).width();
    return std::max(1, int(std::lround(96.0 * layoutWidth / slide.width())));
}

// zlib's level for slides' PNG files. Opaque slides are written unfiltered (opaquepng.h); on
// section 2's slides and a window snapshot at 1920x1080 (CPU time of the encoding, one thread,
// files' total size): Qt's writer (adaptive filters) at level 3: 1.65 s, 2.0 MB; unfiltered at
// level 1: 0.36 s, 1.8 MB; at level 3: 0.44 s, 1.7 MB; Sub or Up filters at level 1: 0.48 s,
// 2.1-2.2 MB. Level 1 is the fastest, with files smaller than the adaptive filters' at any
// level. Other images (a transparent slide) go through Qt's writer at the same level.
constexpr int kPngZlibLevel = 1;

// QImageWriter's PNG "compression" runs 0..100 and becomes zlib's level as value * 9 / 91.
constexpr int pngCompressionFor(int zlibLevel)
{
    return (zlibLevel * 91 + 8) / 9;
}
static_assert(pngCompressionFor(kPngZlibLevel) * 9 / 91 == kPngZlibLevel);

} // namespace

int slidePngZlibLevel()
{
    return kPngZlibLevel;
}

bool writeSlidePng(const QImage& image, QIODevice& device, QString* error)
{
    if (canWriteOpaquePng(image))
        return writeOpaquePng(image, device, kPngZlibLevel, error);
    QImageWriter writer(&device, "png");
    writer.setCompression(pngCompressionFor(kPngZlibLevel));
    if (writer.write(image))
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

QSize SlideOptions::logicalSize() const
{
    return preset == SlidePreset::Custom ? customSize : presetSize(preset);
}

QSize presetSize(SlidePreset preset)
{
    switch (preset) {
    case SlidePreset::Wide1080:
        return {1920, 1080};
    case SlidePreset::Wide2160:
        return {3840, 2160};
    case SlidePreset::Classic1200:
        return {1600, 1200};
    case SlidePreset::Square1080:
        return {1080, 1080};
    case SlidePreset::Custom:
        break;
    }
    return {1920, 1080};
}

QString presetLabel(SlidePreset preset)
{
    switch (preset) {
    case SlidePreset::Wide1080:
        return QStringLiteral("16:9 — 1920 × 1080");
    case SlidePreset::Wide2160:
        return QStringLiteral("16:9 — 3840 × 2160 (4K)");
    case SlidePreset::Classic1200:
        return QStringLiteral("4:3 — 1600 × 1200");
    case SlidePreset::Square1080:
        return QCoreApplication::translate("trendboard::SlideExport", "Square — 1080 × 1080");
    case SlidePreset::Custom:
        break;
    }
    return QCoreApplication::translate("trendboard::SlideExport", "Custom size");
}

QString formatSuffix(SlideFormat format)
{
    switch (format) {
    case SlideFormat::Png:
        return QStringLiteral("png");
    case SlideFormat::Svg:
        return QStringLiteral("svg");
    case SlideFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString themeName(SlideTheme theme)
{
    switch (theme) {
    case SlideTheme::Light:
        return QStringLiteral("light");
    case SlideTheme::Dark:
        return QStringLiteral("dark");
    case SlideTheme::Transparent:
        break;
    }
    return QStringLiteral("transparent");
}

std::optional<SlideFormat> slideFormatFromName(const QString& name)
{
    for (SlideFormat f : {SlideFormat::Png, SlideFormat::Svg, SlideFormat::Pdf}) {
        if (name.compare(formatSuffix(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

std::optional<SlideTheme> slideThemeFromName(const QString& name)
{
    for (SlideTheme t : {SlideTheme::Light, SlideTheme::Dark, SlideTheme::Transparent}) {
        if (name.compare(themeName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

CanvasLook lookFor(SlideTheme theme)
{
    CanvasLook look;
    if (theme == SlideTheme::Transparent) {
        look.background = Qt::transparent;
    } else if (theme == SlideTheme::Dark) {
        look.background = QColor(0x12, 0x1a, 0x26);
        look.ink = QColor(0xee, 0xf2, 0xf8);
        look.muted = QColor(0xaa, 0xb4, 0xc3);
        look.grid = QColor(0x3a, 0x46, 0x56);
        look.tile = QColor(0x1d, 0x28, 0x36);
        look.accent = QColor(0x8c, 0xb8, 0xff);
    }
    return look;
}

SlideRenderer::SlideRenderer(const SlideOptions& options)
    : m_model(std::make_unique<ExhibitTableModel>()), m_figure(std::make_unique<ExhibitFigure>())
{
    m_figure->setModel(m_model.get());
    m_figure->setLook(lookFor(options.theme));
    m_figure->setAnnotationsVisible(options.annotations);
    m_figure->setForSlide(true);
    setOptions(options);
}

SlideRenderer::~SlideRenderer()
{
    // The figure reads the model until it goes: the figure first.
    m_figure.reset();
}

void SlideRenderer::setOptions(const SlideOptions& options)
{
    // Restyling the figure costs a style pass: only when the theme changes.
    if (options.theme != m_options.theme)
        m_figure->setLook(lookFor(options.theme));
    if (options.annotations != m_figure->annotationsVisible())
        m_figure->setAnnotationsVisible(options.annotations);
    m_options = options;
    m_options.pixelRatio = std::clamp(options.pixelRatio, 1, 3);
}

void SlideRenderer::paintSlide(QPainter& painter, const ExhibitData& data, const QSize& logicalSize)
{
    paintLaidOut(painter, data, layoutSizeFor(logicalSize), logicalSize);
}

void SlideRenderer::paintPdfPage(QPainter& painter, const ExhibitData& data,
                                 const QPdfWriter& writer)
{
    const QSize page(writer.width(), writer.height());
    m_figure->canvas()->setLegendClipped(false);
    paintLaidOut(painter, data, page, page);
    m_figure->canvas()->setLegendClipped(true);
}

void SlideRenderer::paintLaidOut(QPainter& painter, const ExhibitData& data, const QSize& layout,
                                 const QSize& slide)
{
    m_model->setExhibit(data);
    m_figure->layOutOffscreen(layout);
    const CanvasLook look = lookFor(m_options.theme);
    const bool transparent = look.background.alpha() == 0;
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    if (!transparent)
        painter.fillRect(QRect(QPoint(0, 0), slide), look.background);
    if (layout != slide)
        painter.scale(double(slide.width()) / layout.width(),
                      double(slide.height()) / layout.height());
    const QWidget::RenderFlags flags =
        transparent ? QWidget::RenderFlags(QWidget::DrawChildren)
                    : QWidget::RenderFlags(QWidget::DrawChildren | QWidget::DrawWindowBackground);
    static_cast<QWidget*>(m_figure.get())->render(&painter, QPoint(), QRegion(), flags);
    painter.restore();
}

QImage SlideRenderer::image(const ExhibitData& data, QImage reuse)
{
    const QSize logical = m_options.logicalSize();
    // An opaque slide has no use for an alpha channel: in ARGB32 the PNG writer would
    // un-premultiply every pixel and write four bytes of each, a fifth of the encoding's time.
    const QColor background = lookFor(m_options.theme).background;
    const bool opaque = background.alpha() == 255;
    const QImage::Format format =
        opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied;
    QImage image = reuse.size() == m_options.pixelSize() && reuse.format() == format
                       ? std::move(reuse)
                       : QImage(m_options.pixelSize(), format);
    if (image.isNull())
        return image; // too large to allocate: the caller reports nothing rendered
    image.fill(opaque ? background : QColor(Qt::transparent));
    // Painted in logical pixels; the image holds pixelRatio device pixels for each.
    image.setDevicePixelRatio(m_options.pixelRatio);
    QPainter painter(&image);
    paintSlide(painter, data, logical);
    painter.end();
    return image;
}

QByteArray SlideRenderer::png(const ExhibitData& data)
{
    const QImage slide = image(data);
    QByteArray bytes;
    if (slide.isNull())
        return bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writeSlidePng(slide, buffer))
        bytes.clear();
    return bytes;
}

QByteArray SlideRenderer::svg(const ExhibitData& data)
{
    const QSize logical = m_options.logicalSize();
    return paintSvg(logical, displayTitle(data.info), displaySourceLine(data.info),
                    [&](QPainter& painter) { paintSlide(painter, data, logical); });
}

void SlideRenderer::setUpPdf(QPdfWriter& writer) const
{
    const QSize logical = m_options.logicalSize();
    // The page is the slide at 96 logical pixels an inch, as the screen; its device pixels are
    // the figure's layout (see pdfResolutionFor).
    writer.setResolution(pdfResolutionFor(logical));
    writer.setPageSize(QPageSize(QSizeF(logical) / 96.0, QPageSize::Inch, QStringLiteral("Slide"),
                                 QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Trendboard"));
}

QByteArray SlideRenderer::pdf(const ExhibitData& data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer);
        writer.setTitle(printableText(displayTitle(data.info)));
        QPainter painter(&writer);
        paintPdfPage(painter, data, writer);
    }
    return buffer.data();
}

QByteArray SlideRenderer::bytes(const ExhibitData& data)
{
    switch (m_options.format) {
    case SlideFormat::Png:
        return png(data);
    case SlideFormat::Svg:
        return svg(data);
    case SlideFormat::Pdf:
        break;
    }
    return pdf(data);
}

} // namespace trendboard
