// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/batchcommand.h"

#include "analyst/analystcli.h"
#include "cli/interrupt.h"
#include "export/batchexport.h"

#include <QDir>
#include <QTextStream>

namespace trendboard {

int runExportAll(const ReportDatabase& db, const CliRequest& request, QTextStream& out,
                 QTextStream& err)
{
    BatchRequest batch;
    // Both reports: "every exhibit" is the brokerage note's too, as in the window's
    // Export everything.
    batch.exhibits = db.exhibits(request.section, ReportScope::all());
    if (!db.readError().isEmpty()) {
        err << "trendboard: " << db.readError() << '\n';
        return 1;
    }
    batch.folder = request.file;
    batch.png = request.formats.contains(QStringLiteral("png"));
    batch.svg = request.formats.contains(QStringLiteral("svg"));
    batch.pdf = request.formats.contains(QStringLiteral("pdf"));
    batch.csv = request.formats.contains(QStringLiteral("csv"));
    batch.deck = request.deck;
    if (request.section)
        batch.deckName = QStringLiteral("section-%1-deck.pdf").arg(*request.section);
    batch.slide.preset = request.sizeGiven ? SlidePreset::Custom : SlidePreset::Wide1080;
    batch.slide.customSize = request.size;
    batch.slide.pixelRatio = request.scale;
    batch.slide.theme = request.theme;
    batch.slide.annotations = request.annotations;
    // The analyst's layer, as the snapshot shows it: with --user-db, or --annotations.
    const AnalystLayer layer(db, request.userDb, request.annotations, err);
    if (layer.failed())
        return 1;
    batch.overlay = layer.overlay();

    // A line per file (or deck page) on stderr as it lands, so that a long batch shows where
    // it is, and the file's path on stdout, flushed at once, so that a pipe sees each file
    // when it is complete. Ctrl-C or SIGTERM stops the batch between two files: the files
    // written stay, and index.csv lists exactly them.
    catchInterrupts();
    QString last;
    const BatchResult result = runBatchExport(
        db, batch,
        [&](int done, int total) {
            err << "trendboard: [" << done << '/' << total << "] "
                << (last.isEmpty() ? QStringLiteral("slide added to %1").arg(batch.deckName) : last)
                << '\n';
            err.flush();
            last.clear();
            return interruptSignal() == 0;
        },
        [&](const QString& file) {
            last = file;
            out << QDir(batch.folder).filePath(file) << '\n';
            out.flush();
        });
    if (!result.error.isEmpty()) {
        // A line per file that failed: the others are written, and listed in index.csv.
        for (const QString& line : result.error.split(QLatin1Char('\n')))
            err << "trendboard: " << line << '\n';
        return 1;
    }
    out << QDir(batch.folder).filePath(QStringLiteral("index.csv")) << '\n';
    if (const int signal = interruptSignal(); signal != 0) {
        err << "trendboard: interrupted; " << result.written.size()
            << " complete files kept, listed in index.csv\n";
        return interruptExitCode(signal);
    }
    return 0;
}

} // namespace trendboard
