// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/chartcanvas.h"
#include "reportdb.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
class QPainter;
class QPdfWriter;
QT_END_NAMESPACE

namespace trendboard {

class ExhibitFigure;
class ExhibitTableModel;

// Exhibits as slides: title, headline, the chart (or key figures, or table) and the source
// line, in a slide's size, theme and pixel ratio. Painted through the widgets' own painting
// onto an image, SVG or PDF, never grabbed from a screen.

enum class SlideFormat
{
    Png,
    Svg,
    Pdf
};

enum class SlideTheme
{
    Light,
    Dark,
    Transparent // light ink, no background: for a slide template's own
};

enum class SlidePreset
{
    Wide1080,    // 16:9 1920×1080
    Wide2160,    // 16:9 3840×2160
    Classic1200, // 4:3 1600×1200
    Square1080,  // 1080×1080
    Custom
};

struct SlideOptions
{
    SlideFormat format = SlideFormat::Png;
    SlidePreset preset = SlidePreset::Wide1080;
    QSize customSize{1920, 1080}; // with SlidePreset::Custom
    int pixelRatio = 1;           // 1, 2 or 3: a PNG has logicalSize() × pixelRatio pixels
    SlideTheme theme = SlideTheme::Light;
    // The analyst's notes as markers and callouts on the chart and listed under it. Off unless
    // asked for: a presenter exports the report's figures.
    bool annotations = false;

    QSize logicalSize() const;
    QSize pixelSize() const { return logicalSize() * pixelRatio; }
};

// Sizes a custom slide may take, in logical pixels.
inline constexpr int kMinSlideSide = 200;
// 8K (7680 pixels) a side, the pixel ratio included, is more than any screen or projector shows;
// past it a slide costs gigabytes of memory for nothing (10000x10000 at 3x: 3.6 GB).
inline constexpr int kMaxSlideSide = 7680;

QSize presetSize(SlidePreset preset);
QString presetLabel(SlidePreset preset);
QString formatSuffix(SlideFormat format); // png, svg, pdf
QString themeName(SlideTheme theme);      // light, dark, transparent
std::optional<SlideFormat> slideFormatFromName(const QString& name);
std::optional<SlideTheme> slideThemeFromName(const QString& name);
CanvasLook lookFor(SlideTheme theme);

// Writes the image as PNG at the zlib level slides are written with (see kPngZlibLevel in
// slideexport.cpp). Reentrant: a batch encodes on worker threads. Sets *error when it fails.
bool writeSlidePng(const QImage& image, QIODevice& device, QString* error = nullptr);
// That zlib level, for an encoder given the image a band at a time (OpaquePngBands).
int slidePngZlibLevel();

// Renders slides with one figure, reused from slide to slide (a batch lays out one widget
// tree, not one per exhibit).
class SlideRenderer
{
public:
    explicit SlideRenderer(const SlideOptions& options = {});
    ~SlideRenderer();
    SlideRenderer(const SlideRenderer&) = delete;
    SlideRenderer& operator=(const SlideRenderer&) = delete;

    void setOptions(const SlideOptions& options);
    const SlideOptions& options() const { return m_options; }

    // The slide in options().pixelSize(), its device pixel ratio set: RGB32 when the theme is
    // opaque (no alpha channel to premultiply and write), premultiplied ARGB32 when transparent.
    // `reuse`, when of that size and format, is painted over instead of a new image (a
    // batch's recycled slides: BatchQueue::recycledImage).
    QImage image(const ExhibitData& data, QImage reuse = {});
    QByteArray png(const ExhibitData& data);
    QByteArray svg(const ExhibitData& data);
    // One page, the slide's aspect and size.
    QByteArray pdf(const ExhibitData& data);
    // In options().format.
    QByteArray bytes(const ExhibitData& data);

    // A PDF deck page by page: sets the writer's page to the slide (1/96 in per logical
    // pixel, no margins), then paints one slide per call on the painter opened on it.
    void setUpPdf(QPdfWriter& writer) const;
    void paintPdfPage(QPainter& painter, const ExhibitData& data, const QPdfWriter& writer);
    // On an image or SVG: the figure laid out at its layout size and painted scaled to the slide.
    void paintSlide(QPainter& painter, const ExhibitData& data, const QSize& logicalSize);

private:
    void paintLaidOut(QPainter& painter, const ExhibitData& data, const QSize& layout,
                      const QSize& slide);

    SlideOptions m_options;
    std::unique_ptr<ExhibitTableModel> m_model;
    std::unique_ptr<ExhibitFigure> m_figure;
};

} // namespace trendboard
