// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"
#include "export/slideexport.h"

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
    bool cancelled = false;
    QString error; // what went wrong; the files written before it stay, and are indexed
};

// p097-capex-big-six.png: the exhibit ids already start with their page.
QString batchFileName(const ExhibitInfo& exhibit, const QString& suffix);

// The file names a batch writes (index.csv and README.txt included), to ask before replacing.
QStringList batchTargets(const BatchRequest& request);

// Each file goes through QSaveFile: a cancelled or failed batch leaves complete files only,
// and index.csv lists exactly those.
BatchResult runBatchExport(const ReportDatabase& db, const BatchRequest& request,
                           const BatchProgress& progress = {}, const BatchWritten& written = {});

} // namespace trendboard
