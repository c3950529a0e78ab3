// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "analyst/analystcli.h"
#include "analyst/analystservice.h"
#include "cli/batchcommand.h"
#include "cli/comparecommand.h"
#include "cli/csvcommand.h"
#include "export/csv.h"
#include "export/exportservice.h"
#include "export/slideexport.h"
#include "reportdb.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace trendboard {

namespace {

int exportFigures(const CliRequest& request, const ReportDatabase& db, QTextStream& out,
                  QTextStream& err)
{
    QVector<ExhibitInfo> exhibits;
    if (!request.exhibit.isEmpty()) {
        if (const auto e = db.exhibit(request.exhibit))
            exhibits.append(*e);
    } else {
        // A page of every report that has pages (a note without pages has no page N).
        for (const ExhibitInfo& e : db.exhibitsOnPage(*request.page, ReportScope::all())) {
            if (e.reportPages > 1)
                exhibits.append(e);
        }
    }
    if (!db.readError().isEmpty()) {
        err << "trendboard: " << db.readError() << '\n';
        return 1;
    }
    if (exhibits.isEmpty()) {
        // An exhibit or page that is not there is a bad argument, as everywhere (exit 2).
        if (!request.exhibit.isEmpty())
            err << "trendboard: no exhibit '" << request.exhibit << "' (see --list)\n";
        else
            err << "trendboard: page " << *request.page << " has no exhibit in the database\n";
        return 2;
    }
    // The analyst's layer, as the snapshot shows it: with --user-db, or --annotations.
    const AnalystLayer layer(db, request.userDb, request.annotations, err);
    if (layer.failed())
        return 1;
    const FigureExport rendered = renderFigures(
        db, exhibits, request.file,
        request.mode == CliRequest::Mode::ExportSvg ? ImageFormat::Svg : ImageFormat::Png,
        request.size, layer.overlay(), request.annotations);
    const QString problem = rendered.error.isEmpty() ? saveAll(rendered.files) : rendered.error;
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    for (const ExportFile& f : rendered.files)
        noteStream(f.path, out, err) << f.path << '\n';
    return 0;
}

} // namespace

int runCommand(const CliRequest& request, QTextStream& out, QTextStream& err)
{
    switch (request.mode) {
    case CliRequest::Mode::Error:
        err << "trendboard: " << request.error << "\nTry 'trendboard --help'.\n";
        return 2;
    case CliRequest::Mode::Help:
        out << request.helpText;
        return 0;
    case CliRequest::Mode::Version:
        out << "trendboard " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case CliRequest::Mode::DbPath:
        out << ReportDatabase::bundledPath() << '\n';
        return 0;
    default:
        break;
    }
    const ReportDatabase db(ReportDatabase::bundledPath());
    if (!db.isOpen()) {
        err << "trendboard: " << db.errorString() << '\n';
        return request.database.isEmpty() ? 1 : 2; // --db named a file that is not one
    }
    // --lang zh: what a command draws (titles, names, axes, the source line) and says is Chinese;
    // without it commands stay English, whatever the window was set to, with English plural
    // forms ("2 exhibits", not "2 exhibit(s)").
    const DisplayLanguage language =
        displayLanguageFromCode(request.language).value_or(DisplayLanguage::English);
    setDisplayLanguage(language);
    if (language == DisplayLanguage::Chinese)
        setChineseNames(db.chineseNames());
    setReportNames(db.reports());
    if (!installTranslations(*QCoreApplication::instance(), language))
        err << "trendboard: the Chinese translation cannot be loaded; the slides are in English\n";
    switch (request.mode) {
    case CliRequest::Mode::List: {
        // Every report's exhibits (a section number picks that section of each), with a header
        // and a report column as the other lists have.
        // Streamed, row by row: a list of any length in constant memory. A read that fails
        // part way is an error after the rows already written (exit 1, the message on stderr).
        out << "id\treport\tsection\tpage\ttitle\n";
        db.visitExhibits(request.section, ReportScope::all(), [&out](const ExhibitInfo& e) {
            out << e.id << '\t' << e.reportId << '\t' << e.section << '\t' << e.page << '\t'
                << printableText(e.title) << '\n';
            return true;
        });
        if (!db.readError().isEmpty()) {
            err << "trendboard: " << db.readError() << '\n';
            return 1;
        }
        return 0;
    }
    case CliRequest::Mode::ExportPng:
    case CliRequest::Mode::ExportSvg:
        return exportFigures(request, db, out, err);
    case CliRequest::Mode::ExportAll:
        return runExportAll(db, request, out, err);
    case CliRequest::Mode::ListMeasures:
        return listMeasures(db, out, err);
    case CliRequest::Mode::Search:
        return runSearch(db, request.search, out, err);
    case CliRequest::Mode::Profile:
        return runProfile(db, request.profile, request.file, request.userDb, out, err);
    case CliRequest::Mode::ExportAnalystLayer:
        return exportAnalystLayer(db, request.userDb, request.file, out, err);
    case CliRequest::Mode::ImportAnalystLayer:
        return importAnalystLayer(db, request.userDb, request.file, out, err);
    case CliRequest::Mode::ListEntities:
        return listEntities(db, request.kind, out, err);
    case CliRequest::Mode::Compare:
        return runComparison(
            db, {request.measure, request.entities, request.periodFrom, request.periodTo},
            request.compareOutput, request.file, request.size, request.userDb, out, err);
    case CliRequest::Mode::ExportCsv:
        return runExportCsv(db, request, out, err);
    default:
        err << "trendboard: this command needs the main window\n";
        return 2;
    }
}

} // namespace trendboard
