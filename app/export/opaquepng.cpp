// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/opaquepng.h"

#include <QIODevice>
#include <QImage>
#include <QThread>
#include <QtEndian>

#include <zlib.h>

#include <memory>
#include <thread>
#include <vector>

namespace trendboard {

namespace {

// One band of rows, deflated on its own (raw deflate, no zlib wrapper): bands are deflated on
// two threads and joined into one zlib stream, as pigz does. A band that is not the last ends
// on a full flush (byte-aligned, no back-reference across), the last with the final block.
struct Band
{
    int first = 0;
    int end = 0;
    bool last = false;
    std::unique_ptr<unsigned char[]> out;
    size_t size = 0;
    uLong adler = 1;
    bool ok = false;
};

void deflateBand(const QImage& image, int level, Band& band)
{
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    const int width = image.width();
    const size_t rowBytes = 1 + 3 * size_t(width);
    // Room for the band however badly it compresses; only the pages written are touched.
    const size_t room = deflateBound(&z, uLong(rowBytes * size_t(band.end - band.first))) + 64;
    band.out.reset(new unsigned char[room]);
    z.next_out = band.out.get();
    z.avail_out = uInt(room);
    std::vector<unsigned char> row(rowBytes);
    row[0] = 0; // filter type: none
    uLong adler = adler32(0, nullptr, 0);
    bool ok = true;
    for (int y = band.first; ok && y < band.end; ++y) {
        const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        unsigned char* rgb = row.data() + 1;
        for (int x = 0; x < width; ++x) {
            *rgb++ = uchar(qRed(pixels[x]));
            *rgb++ = uchar(qGreen(pixels[x]));
            *rgb++ = uchar(qBlue(pixels[x]));
        }
        adler = adler32(adler, row.data(), uInt(rowBytes));
        z.next_in = row.data();
        z.avail_in = uInt(rowBytes);
        const bool lastRow = y + 1 == band.end;
        const int flush = !lastRow ? Z_NO_FLUSH : band.last ? Z_FINISH : Z_FULL_FLUSH;
        const int result = deflate(&z, flush);
        ok = z.avail_in == 0 && (result == Z_OK || result == Z_STREAM_END) &&
             (flush != Z_FINISH || result == Z_STREAM_END);
    }
    band.size = room - z.avail_out;
    band.adler = adler;
    band.ok = ok;
    deflateEnd(&z);
}

// A PNG chunk: length, type, data, and the CRC of type and data.
bool writeChunk(QIODevice& device, const char* type, const unsigned char* data, size_t size)
{
    unsigned char head[8];
    qToBigEndian<quint32>(quint32(size), head);
    memcpy(head + 4, type, 4);
    uLong crc = crc32(0, head + 4, 4);
    if (size > 0)
        crc = crc32(crc, data, uInt(size));
    unsigned char tail[4];
    qToBigEndian<quint32>(quint32(crc), tail);
    return device.write(reinterpret_cast<const char*>(head), 8) == 8 &&
           (size == 0 ||
            device.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size)) &&
           device.write(reinterpret_cast<const char*>(tail), 4) == 4;
}

// Images this large or larger are deflated in two bands on two threads: a window snapshot
// or a slide (about 1.3-2 M pixels) in half the time; a small image is not worth a thread.
constexpr qint64 kSplitPixels = 256 * 1024;

} // namespace

bool canWriteOpaquePng(const QImage& image)
{
    return image.format() == QImage::Format_RGB32 && !image.isNull() && image.textKeys().isEmpty();
}

bool writeOpaquePng(const QImage& image, QIODevice& device, int zlibLevel, QString* error)
{
    const int height = image.height();
    const bool split = QThread::idealThreadCount() > 1 &&
                       qint64(image.width()) * height >= kSplitPixels && height >= 2;
    std::vector<Band> bands(split ? 2 : 1);
    for (size_t i = 0; i < bands.size(); ++i) {
        bands[i].first = int(height * i / bands.size());
        bands[i].end = int(height * (i + 1) / bands.size());
    }
    bands.back().last = true;
    if (split) {
        std::thread second([&] { deflateBand(image, zlibLevel, bands[1]); });
        deflateBand(image, zlibLevel, bands[0]);
        second.join();
    } else {
        deflateBand(image, zlibLevel, bands[0]);
    }
    for (const Band& band : bands) {
        if (!band.ok) {
            if (error)
                *error = QStringLiteral("PNG encoding failed (zlib)");
            return false;
        }
    }
    // The zlib stream: its header (deflate, 32 KB window, fastest), the bands, and the Adler-32
    // of every row's bytes.
    const size_t rowBytes = 1 + 3 * size_t(image.width());
    uLong adler = bands.front().adler;
    for (size_t i = 1; i < bands.size(); ++i) {
        adler = adler32_combine(adler, bands[i].adler,
                                z_off_t(rowBytes * size_t(bands[i].end - bands[i].first)));
    }
    static const unsigned char zlibHeader[2] = {0x78, 0x01};
    unsigned char adlerBytes[4];
    qToBigEndian<quint32>(quint32(adler), adlerBytes);

    unsigned char ihdr[13];
    qToBigEndian<quint32>(quint32(image.width()), ihdr);
    qToBigEndian<quint32>(quint32(height), ihdr + 4);
    ihdr[8] = 8;  // bits per sample
    ihdr[9] = 2;  // colour type: truecolour, no alpha
    ihdr[10] = 0; // deflate
    ihdr[11] = 0; // adaptive filtering (each row names its filter: here none)
    ihdr[12] = 0; // not interlaced
    static const char signature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    bool ok = device.write(signature, 8) == 8 && writeChunk(device, "IHDR", ihdr, sizeof ihdr);
    // The pixel resolution QImageWriter writes (pHYs, dots per metre).
    if (ok && (image.dotsPerMeterX() > 0 || image.dotsPerMeterY() > 0)) {
        unsigned char phys[9];
        qToBigEndian<quint32>(quint32(std::max(0, image.dotsPerMeterX())), phys);
        qToBigEndian<quint32>(quint32(std::max(0, image.dotsPerMeterY())), phys + 4);
        phys[8] = 1; // the unit is the metre
        ok = writeChunk(device, "pHYs", phys, sizeof phys);
    }
    ok = ok && writeChunk(device, "IDAT", zlibHeader, sizeof zlibHeader);
    for (const Band& band : bands)
        ok = ok && writeChunk(device, "IDAT", band.out.get(), band.size);
    ok = ok && writeChunk(device, "IDAT", adlerBytes, sizeof adlerBytes) &&
         writeChunk(device, "IEND", nullptr, 0);
    if (!ok && error)
        *error = device.errorString();
    return ok;
}

} // namespace trendboard
