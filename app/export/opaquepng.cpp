// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/opaquepng.h"

#include <QIODevice>
#include <QImage>
#include <QtEndian>

#include <png.h>

#include <csetjmp>

namespace trendboard {

namespace {

// What libpng's callbacks share with the caller. libpng reports errors by longjmp, so no
// C++ object with a destructor lives between the setjmp and a png_* call.
struct PngSink
{
    QIODevice* device = nullptr;
    bool deviceFailed = false;
    char message[200] = {};
};

void writeBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto* sink = static_cast<PngSink*>(png_get_io_ptr(png));
    if (sink->device->write(reinterpret_cast<const char*>(data), qint64(length)) !=
        qint64(length)) {
        sink->deviceFailed = true;
        png_error(png, "write error");
    }
}

void flushNothing(png_structp) {}

void onError(png_structp png, png_const_charp message)
{
    auto* sink = static_cast<PngSink*>(png_get_error_ptr(png));
    qstrncpy(sink->message, message, sizeof sink->message);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// The encoding itself, apart so that its locals are plain C data around the setjmp.
bool encode(const QImage& image, PngSink& sink, int zlibLevel)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onError, onWarning);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, &sink, writeBytes, flushNothing);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 || image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, zlibLevel);
    png_write_info(png, info);
    // B, G, R, 0xff in memory: libpng drops the fourth byte and swaps the other three.
    png_set_filler(png, 0, PNG_FILLER_AFTER);
    png_set_bgr(png);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

bool canWriteOpaquePng(const QImage& image)
{
    return QSysInfo::ByteOrder == QSysInfo::LittleEndian &&
           image.format() == QImage::Format_RGB32 && !image.isNull() &&
           image.textKeys().isEmpty();
}

bool writeOpaquePng(const QImage& image, QIODevice& device, int zlibLevel, QString* error)
{
    PngSink sink;
    sink.device = &device;
    if (encode(image, sink, zlibLevel))
        return true;
    if (error) {
        *error = sink.deviceFailed ? device.errorString()
                                   : QStringLiteral("PNG encoding failed: %1")
                                         .arg(QString::fromLatin1(sink.message));
    }
    return false;
}

} // namespace trendboard
