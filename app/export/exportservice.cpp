// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportservice.h"
#include "export/fileerror.h"
#include "export/opaquepng.h"
#include "export/slideexport.h"

#include "figure/exhibitfigure.h"
#include "models/exhibittablemodel.h"
#include "text/valueformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>
#include <vector>

namespace trendboard {

QString checkExportTarget(const QString& path)
{
    if (path.isEmpty())
        return QCoreApplication::translate("trendboard::ExportService", "no file name given");
    const QFileInfo info(path);
    // QSaveFile writes to the file a link points at: a link planted in a shared folder would
    // have an export replace another user's file. The named path itself must not be a link
    // (the O_NOFOLLOW rule); the user who means the target names the target.
    if (info.isSymLink())
        return QCoreApplication::translate(
                   "trendboard::ExportService",
                   "%1 is a symbolic link (to %2); an export does not write through "
                   "a link: name the file itself or choose another name")
            .arg(path, info.symLinkTarget());
    if (info.exists() && !info.isFile())
        return QCoreApplication::translate(
                   "trendboard::ExportService",
                   "%1 exists and is not a regular file (%2); choose another name")
            .arg(path, info.isDir()
                           ? QCoreApplication::translate("trendboard::ExportService", "a folder")
                           : QCoreApplication::translate("trendboard::ExportService",
                                                         "a device, pipe or socket"));
    return {};
}

QString writeStandardOutput(const QByteArray& bytes)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return QCoreApplication::translate("trendboard::ExportService",
                                           "cannot write to standard output: %1")
            .arg(out.errorString());
    return {};
}

QString saveAll(const QVector<ExportFile>& files)
{
    for (const ExportFile& f : files) {
        if (!isStandardOutput(f.path))
            continue;
        if (files.size() > 1)
            return QStringLiteral("%1 files cannot all go to standard output ('-'); name a file")
                .arg(files.size());
        return f.bytes.isEmpty()
                   ? QCoreApplication::translate("trendboard::ExportService",
                                                 "nothing was rendered for standard output")
                   : writeStandardOutput(f.bytes);
    }
    for (const ExportFile& f : files) {
        if (f.bytes.isEmpty())
            return QCoreApplication::translate("trendboard::ExportService",
                                               "nothing was rendered for %1")
                .arg(f.path);
        const QString refused = checkExportTarget(f.path);
        if (!refused.isEmpty())
            return refused;
    }
    // Write all, then commit all: a file that cannot be written cancels every other one.
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const ExportFile& f : files) {
        auto file = std::make_unique<QSaveFile>(f.path);
        if (!file->open(QIODevice::WriteOnly) || file->write(f.bytes) != f.bytes.size()) {
            const QString why = fileWriteError(*file);
            for (auto& p : pending)
                p->cancelWriting();
            file->cancelWriting();
            return QCoreApplication::translate("trendboard::ExportService",
                                               "cannot write %1: %2; nothing was written")
                .arg(f.path, why);
        }
        pending.push_back(std::move(file));
    }
    QStringList committed;
    for (auto& file : pending) {
        if (!file->commit()) {
            // Renames in one folder fail only when the disk does; say what is there.
            return QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2%3")
                .arg(file->fileName(), fileWriteError(*file),
                     committed.isEmpty()
                         ? QString()
                         : QStringLiteral(" (already written: %1)").arg(committed.join(", ")));
        }
        committed.append(file->fileName());
    }
    return {};
}

QByteArray scrubXmlControls(QByteArray xml)
{
    for (char& c : xml) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r')
            c = '?';
    }
    return xml;
}

QByteArray paintSvg(const QSize& size, const QString& title, const QString& description,
                    const std::function<void(QPainter&)>& paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setResolution(96);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // QSvgGenerator writes these verbatim into the XML: escape '&' and '<'.
    generator.setTitle(printableText(title).toHtmlEscaped());
    generator.setDescription(printableText(description).toHtmlEscaped());
    {
        QPainter painter(&generator);
        paint(painter);
    }
    return scrubXmlControls(buffer.data());
}

QString saveBytes(const QByteArray& bytes, const QString& path)
{
    return saveAll({{path, bytes}});
}

QString savePng(const QImage& image, const QString& path)
{
    if (image.isNull())
        return QCoreApplication::translate("trendboard::ExportService",
                                           "nothing was rendered for %1")
            .arg(path);
    // The slides' encoder, at their zlib level: about a quarter less encoding than Qt's
    // default level, which was a quarter of a --snapshot's time.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!writeSlidePng(image, buffer))
        return QCoreApplication::translate("trendboard::ExportService", "cannot encode PNG for %1")
            .arg(path);
    return saveBytes(bytes, path);
}

QString savePngInBands(const QString& path,
                       const std::function<void(const std::function<void(const QImage&)>&)>& draw)
{
    OpaquePngBands png(slidePngZlibLevel());
    draw([&png](const QImage& rows) { png.add(rows); });
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!png.write(buffer, &why))
        return QCoreApplication::translate("trendboard::ExportService",
                                           "cannot encode PNG for %1: %2")
            .arg(path, why);
    return saveBytes(bytes, path);
}

FigureExport renderFigures(const ReportDatabase& db, const QVector<ExhibitInfo>& exhibits,
                           const QString& file, ImageFormat format, const QSize& size,
                           const std::function<void(ExhibitData&)>& overlay, bool annotations)
{
    FigureExport result;
    const QFileInfo target(file);
    const bool svg = format == ImageFormat::Svg;
    const QString suffix = target.suffix().isEmpty()
                               ? (svg ? QStringLiteral("svg") : QStringLiteral("png"))
                               : target.suffix();
    for (const ExhibitInfo& info : exhibits) {
        QString path = file;
        if (exhibits.size() > 1)
            path = target.dir().filePath(
                QStringLiteral("%1-%2.%3").arg(target.completeBaseName(), info.id, suffix));
        auto data = db.exhibitData(info.id);
        if (!data) {
            result.error =
                db.readError().isEmpty()
                    ? QCoreApplication::translate("trendboard::ExportService", "no exhibit '%1'")
                          .arg(info.id)
                    : db.readError();
            result.files.clear();
            return result;
        }
        if (overlay)
            overlay(*data);
        result.files.append({path, renderFigure(*data, format, size, annotations)});
    }
    return result;
}

QByteArray renderFigure(const ExhibitData& data, ImageFormat format, const QSize& size,
                        bool annotations)
{
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setAnnotationsVisible(annotations);
    figure.setForSlide(true); // an exported image is shown without the app
    figure.setModel(&model);
    if (format == ImageFormat::Svg)
        return figure.renderSvg(size);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    figure.render(size).save(&buffer, "PNG");
    return bytes;
}

} // namespace trendboard
