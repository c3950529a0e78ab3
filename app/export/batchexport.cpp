// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/batchexport.h"

#include "export/batchqueue.h"
#include "export/csv.h"
#include "export/exportservice.h"
#include "export/fileerror.h"

#include <QDate>
#include <QCoreApplication>
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

namespace {

// The request and its folder before anything is rendered: a wrong one writes nothing.
QString checkRequest(const BatchRequest& request)
{
    if (request.exhibits.isEmpty())
        return QCoreApplication::translate("trendboard::ExportService", "no exhibits to export");
    if (!request.png && !request.svg && !request.pdf && !request.csv)
        return QCoreApplication::translate("trendboard::ExportService", "no format chosen (PNG, SVG, PDF or CSV)");
    const QFileInfo folder(request.folder);
    if (request.folder.isEmpty())
        return QCoreApplication::translate("trendboard::ExportService", "no folder given");
    if (folder.exists() && !folder.isDir())
        return QStringLiteral("%1 is not a folder").arg(request.folder);
    if (!folder.exists() && !QDir().mkpath(request.folder))
        return QCoreApplication::translate("trendboard::ExportService", "cannot create the folder %1").arg(request.folder);
    if (!QFileInfo(request.folder).isWritable())
        return QCoreApplication::translate("trendboard::ExportService", "cannot write in the folder %1: permission denied")
            .arg(request.folder);
    // Every file is checked before anything is written: a link or a folder planted under one
    // of the names fails the batch with nothing written.
    const QDir dir(request.folder);
    for (const QString& name : batchTargets(request)) {
        if (QString problem = checkExportTarget(dir.filePath(name)); !problem.isEmpty())
            return problem;
    }
    return {};
}

// One batch: slides rendered here, in order, their files written by a BatchQueue's workers and
// reported (progress, written, index) in order as they complete.
class BatchRun
{
public:
    BatchRun(const ReportDatabase& db, const BatchRequest& request, const BatchProgress& progress,
             const BatchWritten& written)
        : m_db(db), m_request(request), m_dir(request.folder), m_progress(progress),
          m_written(written), m_renderer(request.slide)
    {
        if (request.png)
            m_formats.append(SlideFormat::Png);
        if (request.svg)
            m_formats.append(SlideFormat::Svg);
        if (request.pdf && !request.deck)
            m_formats.append(SlideFormat::Pdf);
        const int perExhibit =
            m_formats.size() + int(request.csv) + int(request.pdf && request.deck);
        m_total = perExhibit * request.exhibits.size();
    }

    BatchResult run()
    {
        if (!openDeck())
            return m_result;
        for (const ExhibitInfo& e : m_request.exhibits) {
            if (m_stopped || !exportExhibit(e) || !m_queue.commitReady())
                break;
        }
        m_queue.commitAll();
        finishDeck();
        writeReadme();
        // The index lists exactly the files that are complete in the folder, also after a
        // cancel or a failure.
        fail(writeCsv(m_index, m_dir.filePath(kIndex)));
        m_result.error = m_errors.join(QLatin1Char('\n'));
        return m_result;
    }

private:
    void fail(const QString& error)
    {
        if (!error.isEmpty() && !m_errors.contains(error))
            m_errors.append(error);
    }
    // After each file or deck page, in order: false cancels the batch.
    bool stepDone()
    {
        ++m_done;
        if (m_progress && !m_progress(m_done, m_total))
            m_result.cancelled = true;
        return !m_result.cancelled;
    }
    bool fileDone(const ExhibitInfo& e, const QString& name, const QString& error)
    {
        if (!error.isEmpty()) {
            // One file that cannot be written is named, and the others are still written.
            fail(error);
            m_result.failed.append(name);
        } else {
            m_index.rows.append({name, e.id, e.page, e.title});
            m_result.written.append(name);
            m_csvWritten = m_csvWritten || name.endsWith(QLatin1String(".csv"));
            if (m_written)
                m_written(name);
        }
        return stepDone();
    }
    BatchQueue::Done whenDone(const ExhibitInfo& e, const QString& name)
    {
        return [this, e, name](const QString& error) { return fileDone(e, name, error); };
    }

    bool openDeck()
    {
        if (!m_request.pdf || !m_request.deck)
            return true;
        setFormat(SlideFormat::Pdf);
        m_deck = std::make_unique<Deck>(m_dir.filePath(m_request.deckName), m_renderer);
        if (m_deck->openError().isEmpty())
            return true;
        m_result.error = QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2")
                             .arg(m_dir.filePath(m_request.deckName), m_deck->openError());
        return false;
    }
    void setFormat(SlideFormat format)
    {
        SlideOptions options = m_request.slide;
        options.format = format;
        m_renderer.setOptions(options);
    }

    // Renders the exhibit's slides and CSV and queues their files; false when the database
    // fails (the batch stops: what follows would fail alike).
    bool exportExhibit(const ExhibitInfo& e)
    {
        std::optional<ExhibitData> data = m_db.exhibitData(e.id);
        if (!data) {
            m_stopped = true;
            fail(m_db.readError().isEmpty() ? QCoreApplication::translate("trendboard::ExportService", "no exhibit '%1'").arg(e.id)
                                            : m_db.readError());
            return false;
        }
        if (m_request.overlay)
            m_request.overlay(*data);
        for (SlideFormat format : std::as_const(m_formats)) {
            setFormat(format);
            const QString name = batchFileName(e, formatSuffix(format));
            // Only painting needs this thread: a PNG's encoding goes to the workers.
            if (format == SlideFormat::Png)
                m_queue.addPng(m_dir.filePath(name),
                               m_renderer.image(*data, m_queue.recycledImage()),
                               whenDone(e, name));
            else
                m_queue.addBytes(m_dir.filePath(name), m_renderer.bytes(*data), whenDone(e, name));
        }
        if (m_request.csv && !queueCsv(e, *data))
            return false;
        if (m_deck) {
            setFormat(SlideFormat::Pdf);
            m_deck->addSlide(m_renderer, *data);
            m_deckRows.append({m_request.deckName, e.id, e.page, e.title});
            m_queue.addStep([this](const QString&) { return stepDone(); });
        }
        return true;
    }
    bool queueCsv(const ExhibitInfo& e, const ExhibitData& data)
    {
        const QString name = batchFileName(e, QStringLiteral("csv"));
        // With a layer, the analyst's values and columns, as the slides beside show them.
        const FlatTable flat = m_db.flat(FlatScope::Exhibit, e.id);
        if (!m_db.readError().isEmpty()) {
            m_stopped = true;
            fail(m_db.readError());
            return false;
        }
        const FlatTable table = m_request.overlay ? withAnalystLayer(flat, {data}) : flat;
        m_queue.addBytes(m_dir.filePath(name), csvBytes(table), whenDone(e, name));
        return true;
    }

    // A deck is one file: complete with every slide, or not written at all.
    void finishDeck()
    {
        if (!m_deck)
            return;
        if (m_result.cancelled || m_stopped) {
            m_deck->cancel();
        } else if (const QString problem = m_deck->commit(); !problem.isEmpty()) {
            fail(QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2")
                     .arg(m_dir.filePath(m_request.deckName), problem));
        } else {
            m_index.rows += m_deckRows;
            m_result.written.append(m_request.deckName);
            if (m_written)
                m_written(m_request.deckName);
        }
    }
    // The CSV files' README is a file of the batch like any other: listed as it lands and in
    // the index (with no exhibit of its own).
    void writeReadme()
    {
        if (!m_csvWritten)
            return;
        const QString problem = saveBytes(readme(m_request), m_dir.filePath(kReadme));
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
        m_index.rows.append(
            {kReadme, QString(), QVariant(), QStringLiteral("About the CSV files")});
        m_result.written.append(kReadme);
        if (m_written)
            m_written(kReadme);
    }

    const ReportDatabase& m_db;
    const BatchRequest& m_request;
    const QDir m_dir;
    const BatchProgress& m_progress;
    const BatchWritten& m_written;
    SlideRenderer m_renderer;
    QVector<SlideFormat> m_formats;
    int m_total = 0;
    int m_done = 0;
    BatchResult m_result;
    QStringList m_errors;
    bool m_stopped = false; // the database failed: nothing more is rendered
    bool m_csvWritten = false;
    FlatTable m_index{{QStringLiteral("file"), QStringLiteral("exhibit"), QStringLiteral("page"),
                       QStringLiteral("title")},
                      {}};
    QVector<QVector<QVariant>> m_deckRows;
    std::unique_ptr<Deck> m_deck;
    // Last: its destructor waits for the workers, whose callbacks reach the members above.
    BatchQueue m_queue;
};

} // namespace

BatchResult runBatchExport(const ReportDatabase& db, const BatchRequest& request,
                           const BatchProgress& progress, const BatchWritten& written)
{
    BatchResult result;
    result.error = checkRequest(request);
    if (!result.error.isEmpty())
        return result;
    return BatchRun(db, request, progress, written).run();
}

} // namespace trendboard
