// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batchexport.h"

#include "export/csv.h"
#include "export/exportservice.h"
#include "export/fileerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

namespace trendboard {

namespace {

const QString kIndex = QStringLiteral("index.csv");
const QString kReadme = QStringLiteral("README.txt");

// What each CSV column means, for the README beside the files (the datapoint_flat view).
const char* const kColumns[][2] = {
    {"report", "report id (bond-ai-2025, or the brokerage note's)"},
    {"section_no", "report section, 0 = front matter"},
    {"page", "report page the value is on"},
    {"exhibit_id, exhibit_title, exhibit_kind", "the chart or table"},
    {"series, series_stated", "series name; 0 when the report text does not state its values"},
    {"entity, entity_kind", "the company, country, region, product or organisation"},
    {"x_label", "the x label as printed (Q1:25, 4/25, 2024, USA)"},
    {"period_start, period_end, granularity", "ISO dates the label covers"},
    {"value, unit", "the value as printed (a plain number, '.' decimal) and its unit ($B, %)"},
    {"text_value", "a text cell (tables, timelines) instead of a value"},
    {"base_value, base_unit, quantity",
     "the value in base units (USD, count) and its quantity (level, share, growth, multiple)"},
    {"status", "reported (as printed) or derived (fixed by stated values, see derivation); "
               "with an analyst layer also edited or analyst, never the report's"},
    {"quote", "short verbatim quote from the page that shows the value"},
    {"source", "the exhibit's source line"},
    {"datapoint_id", "stable within a build of the database"},
    {"measure", "what the value measures, from one vocabulary (revenue, capex, ...)"},
    {"derivation", "for a derived value: how it follows from stated values"},
};

// With an analyst layer: what it changed (analystColumns()); its values replace the report's
// in value, unit and base_value, and status says edited or analyst.
const char* const kAnalystColumns[][2] = {
    {"analyst", "edited (the analyst changed the report's value) or filled (the analyst's "
                "value where the report states none); empty: the report's"},
    {"report_value, report_unit", "an edited value: the report's value and unit"},
    {"citation", "where the analyst's value comes from"},
    {"note", "the analyst's note on the value"},
};

QByteArray readme(const BatchRequest& request)
{
    QString text;
    const QString cite =
        request.exhibits.isEmpty() ? QString() : request.exhibits.first().reportCite;
    text += QStringLiteral("Datapoints of %1, exported by Trendboard on %2.\n\n")
                .arg(cite, QDate::currentDate().toString(Qt::ISODate));
    text +=
        QStringLiteral(
            "Cite as: Source: <the exhibit's source>, %1, p. <page>.\n"
            "One CSV file per exhibit (<exhibit id>.csv), UTF-8, RFC 4180, one row per datapoint.\n"
            "Numbers are plain (no thousands separators, '.' decimal). Text cells that a\n"
            "spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) start with "
            "an\n"
            "apostrophe. index.csv lists every file written (file, exhibit, page, title).\n\n"
            "Columns:\n")
            .arg(cite);
    for (const auto& column : kColumns)
        text += QStringLiteral("  %1: %2\n")
                    .arg(QString::fromUtf8(column[0]), QString::fromUtf8(column[1]));
    if (request.overlay) {
        for (const auto& column : kAnalystColumns)
            text += QStringLiteral("  %1: %2\n")
                        .arg(QString::fromUtf8(column[0]), QString::fromUtf8(column[1]));
    }
    return text.toUtf8();
}

// A PDF deck written page by page into a QSaveFile: it appears in the folder only when complete.
class Deck
{
public:
    Deck(const QString& path, const SlideRenderer& renderer) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return;
        m_writer = std::make_unique<QPdfWriter>(&m_file);
        renderer.setUpPdf(*m_writer);
        m_writer->setTitle(QStringLiteral("Trendboard slides"));
    }
    ~Deck() { cancel(); }
    QString openError() const { return m_writer ? QString() : fileWriteError(m_file); }

    void addSlide(SlideRenderer& renderer, const ExhibitData& data)
    {
        if (!m_painter.isActive())
            m_painter.begin(m_writer.get());
        else
            m_writer->newPage();
        renderer.paintPdfPage(m_painter, data, *m_writer);
    }
    QString commit()
    {
        m_painter.end();
        m_writer.reset();
        return m_file.commit() ? QString() : fileWriteError(m_file);
    }
    void cancel()
    {
        if (m_painter.isActive())
            m_painter.end();
        m_writer.reset();
        m_file.cancelWriting();
    }

private:
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
};

} // namespace

QString batchFileName(const ExhibitInfo& exhibit, const QString& suffix)
{
    static const QRegularExpression paged(QStringLiteral("^p\\d{3}-"));
    QString base = exhibit.id;
    if (!paged.match(base).hasMatch())
        base = QStringLiteral("p%1-%2").arg(exhibit.page, 3, 10, QLatin1Char('0')).arg(base);
    // Ids are ASCII slugs; anything else would be a path, never written as one.
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return base + QLatin1Char('.') + suffix;
}

QStringList batchTargets(const BatchRequest& request)
{
    QStringList names;
    const std::pair<bool, QString> perExhibit[] = {
        {request.png, QStringLiteral("png")},
        {request.svg, QStringLiteral("svg")},
        {request.pdf && !request.deck, QStringLiteral("pdf")},
        {request.csv, QStringLiteral("csv")}};
    for (const ExhibitInfo& e : request.exhibits) {
        for (const auto& [wanted, suffix] : perExhibit) {
            if (wanted)
                names.append(batchFileName(e, suffix));
        }
    }
    if (request.pdf && request.deck)
        names.append(request.deckName);
    names.append(kIndex);
    if (request.csv)
        names.append(kReadme);
    return names;
}

BatchResult runBatchExport(const ReportDatabase& db, const BatchRequest& request,
                           const BatchProgress& progress, const BatchWritten& written)
{
    BatchResult result;
    if (request.exhibits.isEmpty()) {
        result.error =
            QCoreApplication::translate("trendboard::ExportService", "no exhibits to export");
        return result;
    }
    if (!request.png && !request.svg && !request.pdf && !request.csv) {
        result.error = QCoreApplication::translate("trendboard::ExportService",
                                                   "no format chosen (PNG, SVG, PDF or CSV)");
        return result;
    }
    // The folder is checked before anything is rendered: a wrong one writes nothing.
    const QFileInfo folder(request.folder);
    if (request.folder.isEmpty()) {
        result.error = QCoreApplication::translate("trendboard::ExportService", "no folder given");
        return result;
    }
    if (folder.exists() && !folder.isDir()) {
        result.error = QStringLiteral("%1 is not a folder").arg(request.folder);
        return result;
    }
    if (!folder.exists() && !QDir().mkpath(request.folder)) {
        result.error =
            QCoreApplication::translate("trendboard::ExportService", "cannot create the folder %1")
                .arg(request.folder);
        return result;
    }
    if (!QFileInfo(request.folder).isWritable()) {
        result.error =
            QCoreApplication::translate("trendboard::ExportService",
                                        "cannot write in the folder %1: permission denied")
                .arg(request.folder);
        return result;
    }
    const QDir dir(request.folder);
    // Every file is checked before anything is written: a link or a folder planted under one
    // of the names fails the batch with nothing written.
    for (const QString& name : batchTargets(request)) {
        result.error = checkExportTarget(dir.filePath(name));
        if (!result.error.isEmpty())
            return result;
    }

    QVector<SlideFormat> formats;
    if (request.png)
        formats.append(SlideFormat::Png);
    if (request.svg)
        formats.append(SlideFormat::Svg);
    if (request.pdf && !request.deck)
        formats.append(SlideFormat::Pdf);
    const int perExhibit = formats.size() + int(request.csv) + int(request.pdf && request.deck);
    const int total = perExhibit * request.exhibits.size();
    int done = 0;

    SlideRenderer renderer(request.slide);
    FlatTable index{{QStringLiteral("file"), QStringLiteral("exhibit"), QStringLiteral("page"),
                     QStringLiteral("title")},
                    {}};
    QVector<QVector<QVariant>> deckRows;
    std::unique_ptr<Deck> deck;
    if (request.pdf && request.deck) {
        SlideOptions pdf = request.slide;
        pdf.format = SlideFormat::Pdf;
        renderer.setOptions(pdf);
        deck = std::make_unique<Deck>(dir.filePath(request.deckName), renderer);
        if (!deck->openError().isEmpty()) {
            result.error =
                QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2")
                    .arg(dir.filePath(request.deckName), deck->openError());
            return result;
        }
    }
    auto stepDone = [&] {
        ++done;
        if (progress && !progress(done, total))
            result.cancelled = true;
        return !result.cancelled;
    };
    auto fileDone = [&](const ExhibitInfo& e, const QString& name) {
        index.rows.append({name, e.id, e.page, e.title});
        result.written.append(name);
        if (written)
            written(name);
        return stepDone();
    };

    bool csvWritten = false;
    for (const ExhibitInfo& e : request.exhibits) {
        if (result.cancelled || !result.error.isEmpty())
            break;
        std::optional<ExhibitData> data = db.exhibitData(e.id);
        if (!data) {
            result.error =
                db.readError().isEmpty()
                    ? QCoreApplication::translate("trendboard::ExportService", "no exhibit '%1'")
                          .arg(e.id)
                    : db.readError();
            break;
        }
        if (request.overlay)
            request.overlay(*data);
        for (SlideFormat format : std::as_const(formats)) {
            SlideOptions options = request.slide;
            options.format = format;
            renderer.setOptions(options);
            const QString name = batchFileName(e, formatSuffix(format));
            result.error = saveBytes(renderer.bytes(*data), dir.filePath(name));
            if (!result.error.isEmpty() || !fileDone(e, name))
                break;
        }
        if (request.csv && result.error.isEmpty() && !result.cancelled) {
            const QString name = batchFileName(e, QStringLiteral("csv"));
            // With a layer, the analyst's values and columns, as the slides beside show them.
            const FlatTable table =
                request.overlay ? withAnalystLayer(db.flat(FlatScope::Exhibit, e.id), {*data})
                                : db.flat(FlatScope::Exhibit, e.id);
            result.error =
                db.readError().isEmpty() ? writeCsv(table, dir.filePath(name)) : db.readError();
            if (!result.error.isEmpty())
                break;
            csvWritten = true;
            if (!fileDone(e, name))
                break;
        }
        if (deck && result.error.isEmpty() && !result.cancelled) {
            SlideOptions pdf = request.slide;
            pdf.format = SlideFormat::Pdf;
            renderer.setOptions(pdf);
            deck->addSlide(renderer, *data);
            deckRows.append({request.deckName, e.id, e.page, e.title});
            stepDone();
        }
    }
    // A deck is one file: complete with every slide, or not written at all.
    if (deck) {
        if (result.cancelled || !result.error.isEmpty()) {
            deck->cancel();
        } else if (const QString problem = deck->commit(); !problem.isEmpty()) {
            result.error =
                QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2")
                    .arg(dir.filePath(request.deckName), problem);
        } else {
            index.rows += deckRows;
            result.written.append(request.deckName);
            if (written)
                written(request.deckName);
        }
    }
    // The CSV files' README is a file of the batch like any other: listed as it lands and in
    // the index (with no exhibit of its own).
    if (csvWritten) {
        const QString problem = saveBytes(readme(request), dir.filePath(kReadme));
        if (problem.isEmpty()) {
            index.rows.append(
                {kReadme, QString(), QVariant(), QStringLiteral("About the CSV files")});
            result.written.append(kReadme);
            if (written)
                written(kReadme);
        } else if (result.error.isEmpty()) {
            result.error = problem;
        }
    }
    // The index lists exactly the files that are complete in the folder, also after a cancel
    // or a failure.
    const QString problem = writeCsv(index, dir.filePath(kIndex));
    if (result.error.isEmpty())
        result.error = problem;
    return result;
}

} // namespace trendboard
