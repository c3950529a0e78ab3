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
    FlatTable table;
    if (request.all)
        table = db.flat(FlatScope::All);
    else if (request.section)
        table = db.flat(FlatScope::Section, *request.section);
    else if (request.page)
        table = db.flat(FlatScope::Page, *request.page);
    else
        table = db.flat(FlatScope::Exhibit, request.exhibit);
    const AnalystLayer layer(db, request.userDb, false, err);
    if (layer.failed())
        return 1;
    if (const auto overlay = layer.overlay())
        table = withAnalystLayer(table, overlaidExhibits(db, request, overlay));
    if (!db.readError().isEmpty()) {
        err << "trendboard: " << db.readError() << '\n';
        return 1;
    }
    const QString problem = writeCsv(table, request.file);
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    noteStream(request.file, out, err)
        << request.file << ": " << countOf(table.rows.size(), "datapoint", "datapoints") << '\n';
    return 0;
}

} // namespace trendboard
