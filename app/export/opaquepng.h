// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QImage;
class QIODevice;
QT_END_NAMESPACE

namespace trendboard {

// Whether writeOpaquePng takes the image: an opaque RGB32 image without text chunks.
bool canWriteOpaquePng(const QImage& image);

// Writes an image canWriteOpaquePng() takes as an 8-bit RGB PNG, with the pixel-resolution
// chunk QImageWriter writes (pHYs), every row unfiltered, deflated by zlib at zlibLevel (a
// large image in two bands on two threads). Why not QImageWriter: Qt's PNG writer leaves
// libpng's adaptive filtering on, which tries all five filters on each row; for slides and
// window snapshots (flat colour, text) unfiltered rows compress as well or better (section
// 2's slides: 9% smaller at level 1) in a quarter of the time. Reentrant; sets *error on
// failure.
bool writeOpaquePng(const QImage& image, QIODevice& device, int zlibLevel, QString* error);

// The same PNG, given a band of rows at a time as they are drawn (--snapshot draws the window
// in bands): each band is deflated on a thread of its own while the next one is drawn, at most
// two at once, and joined into one zlib stream as pigz does. Drawn whole and then encoded, a
// window's image was its own size in memory touched for the first time, and its encoding
// waited for the last pixel (a third of a --snapshot's time). Bands come top to bottom, each
// an opaque RGB32 image of the same width.
class OpaquePngBands
{
public:
    explicit OpaquePngBands(int zlibLevel);
    ~OpaquePngBands();
    OpaquePngBands(const OpaquePngBands&) = delete;
    OpaquePngBands& operator=(const OpaquePngBands&) = delete;

    // Rows [first, end) of the image, deflated on another thread where it is large enough to
    // be worth one (the image is shared, not copied: it must not be drawn on again).
    void add(const QImage& rows, int first, int end);
    void add(const QImage& rows);
    // Waits for every band and writes the PNG; false with *error set on failure.
    bool write(QIODevice& device, QString* error);

private:
    struct Band;

    int m_level;
    QSize m_size{0, 0}; // the width of the first band, the rows of all
    QString m_problem;
    int m_dotsPerMeterX = 0;
    int m_dotsPerMeterY = 0;
    std::vector<std::unique_ptr<Band>> m_bands;
};

} // namespace trendboard
