// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace trendboard
