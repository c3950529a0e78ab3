// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/opaquepng.h"

#include <QIODevice>
#include <QImage>
#include <QThread>
#include <QtEndian>

#include <zlib.h>

#include <memory>
#include <system_error>
#include <thread>
#include <vector>

namespace trendboard {

namespace {

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
// Bands deflated at once (CI and the benchmarks have two cores).
constexpr int kBandsInFlight = 2;

} // namespace

// One band of rows, deflated on its own (raw deflate, no zlib wrapper), ending on a full flush
// (byte-aligned, no back-reference across): write() ends the stream with an empty final block.
struct OpaquePngBands::Band
{
    QImage image;
    int first = 0;
    int end = 0;
    std::thread thread;
    std::unique_ptr<unsigned char[]> out;
    size_t size = 0;
    uLong adler = 1;
    bool ok = false;

    void deflateRows(int level);
};

void OpaquePngBands::Band::deflateRows(int level)
{
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    const int width = image.width();
    const size_t rowBytes = 1 + 3 * size_t(width);
    // Room for the band however badly it compresses; only the pages written are touched.
    const size_t room = deflateBound(&z, uLong(rowBytes * size_t(end - first))) + 64;
    out.reset(new unsigned char[room]);
    z.next_out = out.get();
    z.avail_out = uInt(room);
    std::vector<unsigned char> row(rowBytes);
    row[0] = 0; // filter type: none
    uLong sum = adler32(0, nullptr, 0);
    bool fine = true;
    for (int y = first; fine && y < end; ++y) {
        const auto* pixels = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        unsigned char* rgb = row.data() + 1;
        for (int x = 0; x < width; ++x) {
            *rgb++ = uchar(qRed(pixels[x]));
            *rgb++ = uchar(qGreen(pixels[x]));
            *rgb++ = uchar(qBlue(pixels[x]));
        }
        sum = adler32(sum, row.data(), uInt(rowBytes));
        z.next_in = row.data();
        z.avail_in = uInt(rowBytes);
        const int result = deflate(&z, y + 1 == end ? Z_FULL_FLUSH : Z_NO_FLUSH);
        fine = z.avail_in == 0 && result == Z_OK;
    }
    size = room - z.avail_out;
    adler = sum;
    ok = fine;
    deflateEnd(&z);
    image = QImage(); // its memory back to the heap for the next band to draw into
}

namespace {
// Lets a band's thread end (it may have ended already).
template <typename Band> void join(Band& band)
{
    if (band.thread.joinable())
        band.thread.join();
}
} // namespace

OpaquePngBands::OpaquePngBands(int zlibLevel) : m_level(zlibLevel) {}

OpaquePngBands::~OpaquePngBands()
{
    for (const auto& band : m_bands)
        join(*band);
}

void OpaquePngBands::add(const QImage& rows, int first, int end)
{
    if (!m_problem.isEmpty())
        return;
    if (m_bands.empty()) {
        m_size.setWidth(rows.width());
        m_dotsPerMeterX = rows.dotsPerMeterX();
        m_dotsPerMeterY = rows.dotsPerMeterY();
    }
    if (!canWriteOpaquePng(rows) || rows.width() != m_size.width() || first < 0 ||
        end > rows.height() || first >= end) {
        m_problem = QStringLiteral("PNG encoding: rows %1-%2 of a %3x%4 image of format %5 "
                                   "do not continue a %6 pixels wide opaque one")
                        .arg(first)
                        .arg(end)
                        .arg(rows.width())
                        .arg(rows.height())
                        .arg(int(rows.format()))
                        .arg(m_size.width());
        return;
    }
    auto band = std::make_unique<Band>();
    band->image = rows;
    band->first = first;
    band->end = end;
    m_size.setHeight(m_size.height() + end - first);
    // The oldest band still deflating is waited for: at most kBandsInFlight at once.
    int running = 0;
    for (auto it = m_bands.rbegin(); it != m_bands.rend(); ++it) {
        if ((*it)->thread.joinable() && ++running >= kBandsInFlight)
            join(**it);
    }
    Band* b = band.get();
    // A band worth a thread: half a slide, or one of a snapshot's (kSplitPixels / 8).
    const bool threaded =
        QThread::idealThreadCount() > 1 && qint64(rows.width()) * (end - first) >= kSplitPixels / 8;
    m_bands.push_back(std::move(band));
    if (threaded) {
        try {
            b->thread = std::thread([b, level = m_level] { b->deflateRows(level); });
            return;
        } catch (const std::system_error&) {
            // No thread to be had: deflated here, as a small image is.
        }
    }
    b->deflateRows(m_level);
}

void OpaquePngBands::add(const QImage& rows)
{
    add(rows, 0, rows.height());
}

bool OpaquePngBands::write(QIODevice& device, QString* error)
{
    for (const auto& band : m_bands)
        join(*band);
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_problem.isEmpty())
        return fail(m_problem);
    if (m_bands.empty())
        return fail(QStringLiteral("PNG encoding: no rows were drawn"));
    for (const auto& band : m_bands) {
        if (!band->ok)
            return fail(QStringLiteral("PNG encoding failed (zlib)"));
    }
    // The zlib stream: its header (deflate, 32 KB window, fastest), the bands, and the Adler-32
    // of every row's bytes.
    const size_t rowBytes = 1 + 3 * size_t(m_size.width());
    uLong adler = m_bands.front()->adler;
    for (size_t i = 1; i < m_bands.size(); ++i) {
        const Band& band = *m_bands[i];
        adler =
            adler32_combine(adler, band.adler, z_off_t(rowBytes * size_t(band.end - band.first)));
    }
    static const unsigned char zlibHeader[2] = {0x78, 0x01};
    // The stream's end: an empty final block (fixed codes: its end-of-block code alone), then
    // the Adler-32, as zlib's Z_FINISH writes after a full flush.
    unsigned char streamEnd[6] = {0x03, 0x00};
    qToBigEndian<quint32>(quint32(adler), streamEnd + 2);

    unsigned char ihdr[13];
    qToBigEndian<quint32>(quint32(m_size.width()), ihdr);
    qToBigEndian<quint32>(quint32(m_size.height()), ihdr + 4);
    ihdr[8] = 8;  // bits per sample
    ihdr[9] = 2;  // colour type: truecolour, no alpha
    ihdr[10] = 0; // deflate
    ihdr[11] = 0; // adaptive filtering (each row names its filter: here none)
    ihdr[12] = 0; // not interlaced
    static const char signature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    bool ok = device.write(signature, 8) == 8 && writeChunk(device, "IHDR", ihdr, sizeof ihdr);
    // The pixel resolution QImageWriter writes (pHYs, dots per metre).
    if (ok && (m_dotsPerMeterX > 0 || m_dotsPerMeterY > 0)) {
        unsigned char phys[9];
        qToBigEndian<quint32>(quint32(std::max(0, m_dotsPerMeterX)), phys);
        qToBigEndian<quint32>(quint32(std::max(0, m_dotsPerMeterY)), phys + 4);
        phys[8] = 1; // the unit is the metre
        ok = writeChunk(device, "pHYs", phys, sizeof phys);
    }
    ok = ok && writeChunk(device, "IDAT", zlibHeader, sizeof zlibHeader);
    for (const auto& band : m_bands)
        ok = ok && writeChunk(device, "IDAT", band->out.get(), band->size);
    ok = ok && writeChunk(device, "IDAT", streamEnd, sizeof streamEnd) &&
         writeChunk(device, "IEND", nullptr, 0);
    if (!ok && error)
        *error = device.errorString();
    return ok;
}

bool canWriteOpaquePng(const QImage& image)
{
    return image.format() == QImage::Format_RGB32 && !image.isNull() && image.textKeys().isEmpty();
}

bool writeOpaquePng(const QImage& image, QIODevice& device, int zlibLevel, QString* error)
{
    OpaquePngBands png(zlibLevel);
    const int height = image.height();
    const bool split = QThread::idealThreadCount() > 1 &&
                       qint64(image.width()) * height >= kSplitPixels && height >= 2;
    if (split) {
        png.add(image, 0, height / 2);
        png.add(image, height / 2, height);
    } else {
        png.add(image);
    }
    return png.write(device, error);
}

} // namespace trendboard
