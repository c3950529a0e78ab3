// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QTextStream>
#include <QVector>

#include <functional>

QT_BEGIN_NAMESPACE
class QImage;
QT_END_NAMESPACE

class QPainter;

namespace trendboard {

// Export of exhibits and data to files, called alike by the GUI and the command line.
// Every write goes through QSaveFile: a target is replaced only when complete.

// An empty string when `path` may be written: it does not exist or is a regular file. A device,
// FIFO, socket or folder is refused (writing would replace or block on it), and so is a
// symbolic link, whatever it points at (QSaveFile would replace the link's target). Every
// export checks its target here, the GUI's and the command line's alike.
QString checkExportTarget(const QString& path);

// "-" as a file name means standard output, as in other command-line tools: for the text
// formats (CSV, SVG, the layer's JSON), so that they can be piped.
inline bool isStandardOutput(const QString& path)
{
    return path == QLatin1String("-");
}
// Writes to standard output, flushed; an error names it.
QString writeStandardOutput(const QByteArray& bytes);
// "1 value", "2 values": a count in the command line's English messages (the window's go
// through Qt's %n plural forms).
inline QString countOf(qsizetype n, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}
// Where a command says what it wrote: beside the output, or on stderr when the output itself
// goes to standard output ("-").
inline QTextStream& noteStream(const QString& path, QTextStream& out, QTextStream& err)
{
    return isStandardOutput(path) ? err : out;
}

struct ExportFile
{
    QString path;
    QByteArray bytes;
};

// Writes every file, or none: all are written to temporary files first and renamed into place
// only when every one is complete. Returns an empty string or what went wrong.
QString saveAll(const QVector<ExportFile>& files);

// XML 1.0 allows no C0 control but tab and line breaks: each other one becomes '?', whichever
// text (a table cell, a timeline event) brought it into an SVG.
QByteArray scrubXmlControls(QByteArray xml);
// An SVG of `size` logical pixels that `paint` draws, declared at 96 dpi as the PNG is on a
// screen (QSvgGenerator's 72 dpi default made viewers draw it at 75 %), with a title and a
// description (plain text; escaped here), its XML free of control characters.
QByteArray paintSvg(const QSize& size, const QString& title, const QString& description,
                    const std::function<void(QPainter&)>& paint);

QString saveBytes(const QByteArray& bytes, const QString& path);
// As PNG, encoded as slides are (writeSlidePng): an RGB32 image is written as RGB.
QString savePng(const QImage& image, const QString& path);
// The same for an opaque image that `draw` draws a band of rows at a time, top to bottom,
// giving each band to the function it is passed: each is encoded while the next is drawn.
QString savePngInBands(const QString& path,
                       const std::function<void(const std::function<void(const QImage&)>&)>& draw);

enum class ImageFormat
{
    Png,
    Svg
};

struct FigureExport
{
    QVector<ExportFile> files;
    QString error; // set when nothing could be rendered (unknown exhibit, damaged database)
};

// Renders exhibits to PNG or SVG. One exhibit: the file as named; several (a page): one file
// each, named <base>-<exhibit id>.<suffix> beside it. `overlay` lays the analyst's layer over
// each exhibit's data, when the caller has one; `annotations` draws its notes.
FigureExport renderFigures(const ReportDatabase& db, const QVector<ExhibitInfo>& exhibits,
                           const QString& file, ImageFormat format, const QSize& size,
                           const std::function<void(ExhibitData&)>& overlay = {},
                           bool annotations = false);

// One figure (an exhibit, or a comparison drawn as one) as PNG or SVG bytes.
QByteArray renderFigure(const ExhibitData& data, ImageFormat format, const QSize& size,
                        bool annotations = false);

} // namespace trendboard
