// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/slideexport.h"
#include "reportdb.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace trendboard {

// Many exhibits to one folder, as slides (PNG, SVG, PDF, or one PDF deck) and data (CSV),
// with an index.csv of what was written. Called alike by the GUI and the command line.

struct BatchRequest
{
    QVector<ExhibitInfo> exhibits; // in the order of the deck and the index
    QString folder;                // created when missing
    bool png = false;
    bool svg = false;
    bool pdf = false;
    bool csv = false;
    bool deck = false; // PDF as one file, one slide a page, instead of one file each
    QString deckName = QStringLiteral("trendboard-deck.pdf");
    SlideOptions slide; // size, pixel ratio and theme; its format is set per file
    // The analyst layer over each exhibit's data, when the caller has one.
    std::function<void(ExhibitData&)> overlay;
};

// Called after each file (or deck page): false cancels the batch.
using BatchProgress = std::function<bool(int done, int total)>;
// Called with each file name once it is complete in the folder.
using BatchWritten = std::function<void(const QString& fileName)>;

struct BatchResult
{
    QStringList written; // file names in the folder, complete, as index.csv lists them
    QStringList failed;  // file names that could not be written; the batch went on without them
    bool cancelled = false;
    // What went wrong, a line each (each file that failed, named): the files written stay, and
    // are indexed.
    QString error;
};

// p097-capex-big-six.png: the exhibit ids already start with their page.
QString batchFileName(const ExhibitInfo& exhibit, const QString& suffix);

// The file names a batch writes (index.csv and README.txt included), to ask before replacing.
QStringList batchTargets(const BatchRequest& request);

// Each file goes through QSaveFile: a cancelled or failed batch leaves complete files only,
// and index.csv lists exactly those. A file that cannot be written is named in the error and
// the others are still written; a database that fails stops the batch. Slides are painted on
// the calling thread (widgets); their PNG encoding and the writing run on a bounded pool of
// workers, and progress, written and the index follow the exhibits' order.
BatchResult runBatchExport(const ReportDatabase& db, const BatchRequest& request,
                           const BatchProgress& progress = {}, const BatchWritten& written = {});

} // namespace trendboard
