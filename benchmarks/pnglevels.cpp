// SPDX-License-Identifier: GPL-3.0-or-later
// trendboard-pnglevels: what a batch's PNG encoding costs by pixel format and zlib level
// (issue 25), to choose them: renders the slides of one section once, then encodes every
// slide in premultiplied ARGB32 and in RGB32 at Qt's default level and at zlib levels 1..6, and
// prints "format<TAB>level<TAB>CPU milliseconds<TAB>bytes" for all slides together.
//   trendboard-pnglevels [--section N] [--size WxH] [--levels -1,1,2,...]
// Not a test: nothing here is run by ctest or CI.
#include "export/slideexport.h"
#include "reportdb.h"

#include <QApplication>
#include <QBuffer>
#include <QImageWriter>
#include <QTextStream>

#include <ctime>

using namespace trendboard;

namespace {
// This thread's CPU time: on a loaded, shared machine wall time measures the neighbours.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}
// QImageWriter's PNG "compression" is 0..100, mapped to zlib's level as value * 9 / 91.
int compressionFor(int zlibLevel)
{
    return zlibLevel < 0 ? -1 : (zlibLevel * 91 + 8) / 9;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int section = option(QStringLiteral("--section"), QStringLiteral("2")).toInt();
    const QStringList size =
        option(QStringLiteral("--size"), QStringLiteral("1920x1080")).split('x');
    QVector<int> levels;
    for (const QString& l :
         option(QStringLiteral("--levels"), QStringLiteral("-1,1,2,3,4,5,6")).split(','))
        levels.append(l.toInt());
    ReportDatabase db(ReportDatabase::bundledPath());
    if (!db.isOpen() || size.size() != 2)
        return 1;
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(size.at(0).toInt(), size.at(1).toInt());
    SlideRenderer renderer(options);
    QVector<QImage> slides;
    for (const ExhibitInfo& e : db.exhibits(section, ReportScope::all())) {
        if (const auto data = db.exhibitData(e.id))
            slides.append(renderer.image(*data));
    }
    QTextStream out(stdout);
    out << "format\tlevel\tms\tbytes (" << slides.size() << " slides)\n";
    for (const QImage::Format format :
         {QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB32}) {
        QVector<QImage> converted;
        for (const QImage& slide : std::as_const(slides))
            converted.append(slide.convertToFormat(format));
        for (const int level : levels) {
            qint64 bytes = 0;
            const double start = cpuMs();
            for (const QImage& slide : std::as_const(converted)) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                QImageWriter writer(&buffer, "png");
                writer.setCompression(compressionFor(level));
                writer.write(slide);
                bytes += png.size();
            }
            out << (format == QImage::Format_RGB32 ? "RGB32" : "ARGB32pm") << '\t'
                << (level < 0 ? QStringLiteral("default") : QString::number(level)) << '\t'
                << qRound(cpuMs() - start) << '\t' << bytes << Qt::endl;
        }
    }
    return 0;
}
