// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/csvcommand.h"

#include "analyst/analystcli.h"
#include "export/csv.h"
#include "export/exportservice.h"

#include <QTextStream>

namespace trendboard {

namespace {

// The exhibits of --export-csv's scope with the analyst layer laid over: those the report
// states no value of too, whose rows only the analyst gives.
QVector<ExhibitData> overlaidExhibits(const ReportDatabase& db, const CliRequest& request,
                                      const std::function<void(ExhibitData&)>& overlay)
{
    QVector<ExhibitInfo> exhibits;
    if (!request.exhibit.isEmpty()) {
        if (const auto e = db.exhibit(request.exhibit))
            exhibits.append(*e);
    } else if (request.page) {
        for (const ExhibitInfo& e : db.exhibitsOnPage(*request.page, ReportScope::all())) {
            if (e.reportPages > 1) // as FlatScope::Page: a note without pages has no page N
                exhibits.append(e);
        }
    } else {
        exhibits = db.exhibits(request.all ? std::nullopt : request.section, ReportScope::all());
    }
    QVector<ExhibitData> out;
    for (const ExhibitInfo& e : std::as_const(exhibits)) {
        if (std::optional<ExhibitData> data = db.exhibitData(e.id)) {
            overlay(*data);
            out.append(std::move(*data));
        }
    }
    return out;
}

} // namespace

int runExportCsv(const ReportDatabase& db, const CliRequest& request, QTextStream& out,
                 QTextStream& err)
{
    if (!request.exhibit.isEmpty() && !db.exhibit(request.exhibit)) {
        err << "trendboard: no exhibit '" << request.exhibit << "' (see --list)\n";
        return 2;
    }
    // A page without exhibits is the error --export-png gives, not a header-only file.
    if (request.page) {
        bool any = false;
        for (const ExhibitInfo& e : db.exhibitsOnPage(*request.page, ReportScope::all()))
            any = any || e.reportPages > 1;
        if (!any && db.readError().isEmpty()) {
            err << "trendboard: page " << *request.page << " has no exhibit in the database\n";
            return 2;
        }
    }
    const AnalystLayer layer(db, request.userDb, false, err);
    if (layer.failed())
        return 1;
    FlatScope scope = FlatScope::Exhibit;
    QVariant key = request.exhibit;
    if (request.all) {
        scope = FlatScope::All;
        key = {};
    } else if (request.section) {
        scope = FlatScope::Section;
        key = *request.section;
    } else if (request.page) {
        scope = FlatScope::Page;
        key = *request.page;
    }
    int rows = 0;
    QString problem;
    if (const auto overlay = layer.overlay()) {
        // The layer's rows go among the report's, by exhibit: built as a table (an analyst's
        // scope, the report's size).
        const FlatTable table =
            withAnalystLayer(db.flat(scope, key), overlaidExhibits(db, request, overlay));
        rows = int(table.rows.size());
        problem = db.readError().isEmpty() ? writeCsv(table, request.file) : db.readError();
    } else {
        // Row by row from the query to the file: memory stays flat however large the database.
        problem = writeCsvWith(request.file, [&](CsvWriter& writer) {
            const bool read = db.forEachFlat(
                scope, key, [&writer](const QStringList& columns) { writer.header(columns); },
                [&writer](const QVector<QVariant>& row) {
                    writer.row(row);
                    return true;
                });
            rows = writer.rows();
            return read ? QString()
                        : (db.readError().isEmpty() ? QStringLiteral("cannot read the datapoints")
                                                    : db.readError());
        });
    }
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    noteStream(request.file, out, err)
        << request.file << ": " << countOf(rows, "datapoint", "datapoints") << '\n';
    return 0;
}

} // namespace trendboard
