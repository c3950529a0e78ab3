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

std::optional<int> positiveInt(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

CliRequest failure(const QString& message)
{
    CliRequest r;
    r.mode = CliRequest::Mode::Error;
    r.error = message;
    return r;
}

} // namespace

CliRequest parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Trendboard: BOND's Trends – Artificial Intelligence (5/25), offline."));
    const QCommandLineOption help(QStringList{"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringList{"v", "version"},
                                     QStringLiteral("Print the version."));
    const QCommandLineOption dbPath(QStringLiteral("db-path"),
                                    QStringLiteral("Print the bundled database's path."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Read this database (the bundled one's format, e.g. a larger one) instead "
                       "of the bundled one; also TRENDBOARD_DB."),
        QStringLiteral("PATH"));
    const QCommandLineOption list(
        QStringLiteral("list"),
        QStringLiteral("List the exhibits of both reports: id, report, section, "
                       "page, title."));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QStringLiteral("Report section 0-8 (0: overview)."),
                                     QStringLiteral("N"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Report page."),
                                  QStringLiteral("N"));
    const QCommandLineOption exhibit(QStringLiteral("exhibit"),
                                     QStringLiteral("Exhibit id (see --list)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Every datapoint (with --export-csv)."));
    const QCommandLineOption exportPng(
        QStringLiteral("export-png"),
        QStringLiteral("Render the exhibits of --page (or --exhibit) to PNG."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportSvg(
        QStringLiteral("export-svg"),
        QStringLiteral("Render the exhibits of --page (or --exhibit) to SVG (vector)."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportCsv(
        QStringLiteral("export-csv"),
        QStringLiteral("Write datapoints of --page, --section or --all as CSV."),
        QStringLiteral("FILE"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"), QStringLiteral("Render the main window (at --section) to PNG."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Image size for --export-png and --snapshot."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption listMeasures(
        QStringLiteral("list-measures"),
        QStringLiteral("List the measures: id, quantity, base unit, values, entities, name."));
    const QCommandLineOption listEntities(
        QStringLiteral("list-entities"),
        QStringLiteral("List companies, products, countries and regions (see --kind)."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("company, product, country, region or "
                                                 "organisation (with --list-entities)."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QStringLiteral("Compare a measure across entities (with --entities); prints a table, "
                       "or writes --export-csv, --export-png or --export-svg."),
        QStringLiteral("MEASURE"));
    const QCommandLineOption entities(QStringLiteral("entities"),
                                      QStringLiteral("2 to 12 entities, comma-separated."),
                                      QStringLiteral("A,B,..."));
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("Periods to compare, e.g. 2020:2024."),
                                    QStringLiteral("FROM:TO"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QStringLiteral("Every value the reports state about an entity, by measure (or "
                       "--export-csv FILE)."),
        QStringLiteral("ENTITY"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QStringLiteral("Exhibits whose titles, notes, sources, series or entities match, ranked."),
        QStringLiteral("TEXT"));
    const QCommandLineOption userDb(
        QStringLiteral("user-db"),
        QStringLiteral("The analyst database to use instead of the default one; with --snapshot, "
                       "--export-png, --export-svg, --export-csv, --export-all, --compare or "
                       "--profile, its values are shown, marked."),
        QStringLiteral("PATH"));
    const QCommandLineOption exportLayer(
        QStringLiteral("export-analyst-layer"),
        QStringLiteral("Write the analyst's values and annotations as JSON."),
        QStringLiteral("FILE"));
    const QCommandLineOption importLayer(
        QStringLiteral("import-analyst-layer"),
        QStringLiteral("Add the values and annotations of an exported JSON file: all or none."),
        QStringLiteral("FILE"));
    const QCommandLineOption annotations(
        QStringLiteral("annotations"),
        QStringLiteral("With --export-png, --export-svg, --export-all or --snapshot: draw the "
                       "analyst's notes as markers and callouts (from --user-db, else the default "
                       "analyst database)."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Language of the window and --snapshot: zh (Simplified Chinese) or en "
                       "(default: the one chosen in View > Language, else the system's)."),
        QStringLiteral("zh|en"));
    const QCommandLineOption exportAll(
        QStringLiteral("export-all"),
        QStringLiteral("Export every exhibit (or those of --section) to a folder as slides "
                       "and data, with an index.csv."),
        QStringLiteral("DIR"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("With --export-all: png, svg, pdf and/or csv, comma-separated (png)."),
        QStringLiteral("LIST"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral("With --export-all: pixel ratio 1, 2 or 3 (PNG pixels = size x N)."),
        QStringLiteral("N"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("With --export-all: light, dark or transparent."),
                                   QStringLiteral("T"));
    const QCommandLineOption deck(
        QStringLiteral("deck"),
        QStringLiteral("With --export-all --format pdf: one PDF, a slide a page."));
    parser.addOptions(
        {help,         version,     dbPath,      list,      section,  page,    exhibit,
         all,          exportPng,   exportSvg,   exportCsv, snapshot, size,    listMeasures,
         listEntities, kind,        compare,     entities,  period,   profile, search,
         userDb,       exportLayer, importLayer, exportAll, format,   scale,   theme,
         deck,         lang,        annotations, db});

    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    // Named on the command line, the database must exist: a typo is a bad argument, not a
    // window without data.
    const QString database = parser.value(db);
    if (parser.isSet(db) && !QFileInfo(database).isFile())
        return failure(database.isEmpty()
                           ? QStringLiteral("--db needs a database file")
                           : QStringLiteral("--db: no database file at '%1'").arg(database));
    CliRequest r;
    r.database = database;
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang).trimmed().toLower();
        if (code != QLatin1String("zh") && code != QLatin1String("en"))
            return failure(QStringLiteral("--lang takes zh (Simplified Chinese) or en, not '%1'")
                               .arg(parser.value(lang)));
        r.language = code;
    }
    if (parser.isSet(section)) {
        r.section = positiveInt(parser.value(section));
        if (!r.section || *r.section > 8)
            return failure(QStringLiteral("--section takes a section number 0-8, not '%1'")
                               .arg(parser.value(section)));
    }
    if (parser.isSet(page)) {
        r.page = positiveInt(parser.value(page));
        if (!r.page || *r.page < 1)
            return failure(
                QStringLiteral("--page takes a page number, not '%1'").arg(parser.value(page)));
    }
    r.exhibit = parser.value(exhibit);
    r.all = parser.isSet(all);
    if (parser.isSet(size)) {
        static const QRegularExpression form(QStringLiteral(R"(^(\d{2,5})x(\d{2,5})$)"));
        const auto m = form.match(parser.value(size));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 200 || h < 150 || w > kMaxSlideSide || h > kMaxSlideSide)
            return failure(QStringLiteral("--size takes WxH between 200x150 and %1x%1 (8K), "
                                          "not '%2'")
                               .arg(kMaxSlideSide)
                               .arg(parser.value(size)));
        r.size = QSize(w, h);
        r.sizeGiven = true;
    }
    if (parser.isSet(format)) {
        r.formats.clear();
        for (const QString& f : parser.value(format).split(QLatin1Char(','))) {
            const QString name = f.trimmed().toLower();
            if (!QStringList{"png", "svg", "pdf", "csv"}.contains(name))
                return failure(QStringLiteral("--format takes png, svg, pdf and/or csv "
                                              "(comma-separated), not '%1'")
                                   .arg(parser.value(format)));
            if (!r.formats.contains(name))
                r.formats.append(name);
        }
    }
    if (parser.isSet(scale)) {
        const auto n = positiveInt(parser.value(scale));
        if (!n || *n < 1 || *n > 3)
            return failure(
                QStringLiteral("--scale takes 1, 2 or 3, not '%1'").arg(parser.value(scale)));
        r.scale = *n;
        if (r.sizeGiven && std::max(r.size.width(), r.size.height()) * r.scale > kMaxSlideSide)
            return failure(QStringLiteral("--size %1x%2 at --scale %3 is %4x%5 pixels; a slide is "
                                          "at most %6 pixels a side (8K)")
                               .arg(r.size.width())
                               .arg(r.size.height())
                               .arg(r.scale)
                               .arg(r.size.width() * r.scale)
                               .arg(r.size.height() * r.scale)
                               .arg(kMaxSlideSide));
    }
    if (parser.isSet(theme)) {
        const auto t = slideThemeFromName(parser.value(theme));
        if (!t)
            return failure(QStringLiteral("--theme takes light, dark or transparent, not '%1'")
                               .arg(parser.value(theme)));
        r.theme = *t;
    }
    r.deck = parser.isSet(deck);
    if (r.deck && !r.formats.contains(QStringLiteral("pdf")))
        return failure(QStringLiteral("--deck needs --format pdf"));

    // --compare writes through one of the export options, which then name its output.
    // --snapshot --compare renders the comparison workspace instead of a section.
    const bool comparing = parser.isSet(compare) && !parser.isSet(snapshot);
    // --profile writes its CSV through --export-csv.
    if (parser.isSet(profile)) {
        if (parser.isSet(exportPng) || parser.isSet(exportSvg) || parser.isSet(compare) ||
            parser.isSet(list) || parser.isSet(snapshot) || parser.isSet(listMeasures) ||
            parser.isSet(listEntities) || parser.isSet(help) || parser.isSet(version) ||
            parser.isSet(search) || parser.isSet(dbPath))
            return failure(QStringLiteral("--profile takes an entity and optionally "
                                          "--export-csv FILE, with no other command"));
        for (const QCommandLineOption* option :
             {&section, &page, &exhibit, &all, &size, &kind, &entities, &period, &exportLayer,
              &importLayer, &lang}) {
            if (parser.isSet(*option))
                return failure(QStringLiteral("--%1 does not apply to --profile")
                                   .arg(option->names().constFirst()));
        }
        CliRequest r;
        r.database = database;
        r.mode = CliRequest::Mode::Profile;
        r.profile = parser.value(profile);
        r.file = parser.value(exportCsv);
        if (parser.isSet(exportCsv) && r.file.isEmpty())
            return failure(QStringLiteral("an output file name is required"));
        r.userDb = parser.value(userDb);
        if (parser.isSet(userDb) && r.userDb.isEmpty())
            return failure(QStringLiteral("--user-db needs a file name"));
        return r;
    }
    const int exports =
        int(parser.isSet(exportPng)) + int(parser.isSet(exportSvg)) + int(parser.isSet(exportCsv));
    const int modes = int(parser.isSet(search)) + int(parser.isSet(help)) +
                      int(parser.isSet(version)) + int(parser.isSet(dbPath)) +
                      int(parser.isSet(list)) + int(parser.isSet(snapshot)) +
                      int(parser.isSet(listMeasures)) + int(parser.isSet(listEntities)) +
                      int(parser.isSet(exportLayer)) + int(parser.isSet(importLayer)) +
                      int(parser.isSet(exportAll)) + int(comparing) +
                      (comparing ? std::min(exports, 1) - 1 : exports);
    if (modes > 1 || (comparing && exports > 1))
        return failure(QStringLiteral("give one of --help, --version, --db-path, --list, "
                                      "--list-measures, --list-entities, --compare, --search, "
                                      "--export-png, --export-svg, --export-csv, --export-all, "
                                      "--snapshot, --export-analyst-layer, "
                                      "--import-analyst-layer"));
    r.kind = parser.value(kind);
    r.userDb = parser.value(userDb);
    r.annotations = parser.isSet(annotations);
    if (parser.isSet(userDb) && r.userDb.isEmpty())
        return failure(QStringLiteral("--user-db needs a file name"));
    if (parser.isSet(exportAll)) {
        r.mode = CliRequest::Mode::ExportAll;
        r.file = parser.value(exportAll);
        if (r.file.isEmpty())
            return failure(QStringLiteral("--export-all needs a folder"));
    } else if (parser.isSet(exportLayer) || parser.isSet(importLayer)) {
        const bool exporting = parser.isSet(exportLayer);
        r.mode =
            exporting ? CliRequest::Mode::ExportAnalystLayer : CliRequest::Mode::ImportAnalystLayer;
        r.file = parser.value(exporting ? exportLayer : importLayer);
        if (r.file.isEmpty())
            return failure(QStringLiteral("%1 needs a file name")
                               .arg(exporting ? QStringLiteral("--export-analyst-layer")
                                              : QStringLiteral("--import-analyst-layer")));
    } else if (parser.isSet(search)) {
        r.mode = CliRequest::Mode::Search;
        r.search = parser.value(search).trimmed();
        if (r.search.isEmpty())
            return failure(QStringLiteral("--search needs some text"));
    } else if (comparing) {
        r.mode = CliRequest::Mode::Compare;
        r.measure = parser.value(compare);
        for (const QString& e : parser.value(entities).split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.entities.append(e.trimmed());
        if (r.entities.size() < 2)
            return failure(QStringLiteral("--compare needs --entities A,B,... (2 to 12)"));
        if (parser.isSet(period)) {
            const QString problem =
                splitPeriodRange(parser.value(period), &r.periodFrom, &r.periodTo);
            if (!problem.isEmpty())
                return failure(problem);
        }
        r.compareOutput = parser.isSet(exportCsv)   ? CliRequest::CompareOutput::Csv
                          : parser.isSet(exportPng) ? CliRequest::CompareOutput::Png
                          : parser.isSet(exportSvg) ? CliRequest::CompareOutput::Svg
                                                    : CliRequest::CompareOutput::Table;
        r.file = parser.isSet(exportCsv)   ? parser.value(exportCsv)
                 : parser.isSet(exportPng) ? parser.value(exportPng)
                                           : parser.value(exportSvg);
        if (r.compareOutput != CliRequest::CompareOutput::Table && r.file.isEmpty())
            return failure(QStringLiteral("an output file name is required"));
    } else if (parser.isSet(listMeasures)) {
        r.mode = CliRequest::Mode::ListMeasures;
    } else if (parser.isSet(listEntities)) {
        r.mode = CliRequest::Mode::ListEntities;
    } else if (parser.isSet(help)) {
        r.mode = CliRequest::Mode::Help;
        // The command line is parsed before any QCoreApplication exists, so the parser cannot
        // name the executable and prints a placeholder in its place.
        r.helpText = parser.helpText().replace(QLatin1String("<executable_name>"),
                                               QLatin1String("trendboard"));
    } else if (parser.isSet(version)) {
        r.mode = CliRequest::Mode::Version;
    } else if (parser.isSet(dbPath)) {
        r.mode = CliRequest::Mode::DbPath;
    } else if (parser.isSet(list)) {
        r.mode = CliRequest::Mode::List;
    } else if (parser.isSet(exportPng) || parser.isSet(exportSvg)) {
        const bool png = parser.isSet(exportPng);
        r.mode = png ? CliRequest::Mode::ExportPng : CliRequest::Mode::ExportSvg;
        r.file = parser.value(png ? exportPng : exportSvg);
        if (!r.page && r.exhibit.isEmpty())
            return failure(
                QStringLiteral("%1 needs --page N or --exhibit ID")
                    .arg(png ? QStringLiteral("--export-png") : QStringLiteral("--export-svg")));
    } else if (parser.isSet(exportCsv)) {
        r.mode = CliRequest::Mode::ExportCsv;
        r.file = parser.value(exportCsv);
        const int scopes = int(r.page.has_value()) + int(r.section.has_value()) + int(r.all) +
                           int(!r.exhibit.isEmpty());
        if (scopes != 1)
            return failure(QStringLiteral(
                "--export-csv needs exactly one of --page N, --section N, --exhibit ID, --all"));
    } else if (parser.isSet(snapshot)) {
        r.mode = CliRequest::Mode::Snapshot;
        r.file = parser.value(snapshot);
        if (parser.isSet(compare)) {
            r.measure = parser.value(compare);
            for (const QString& e :
                 parser.value(entities).split(QLatin1Char(','), Qt::SkipEmptyParts))
                r.entities.append(e.trimmed());
            if (parser.isSet(period)) {
                const QString problem =
                    splitPeriodRange(parser.value(period), &r.periodFrom, &r.periodTo);
                if (!problem.isEmpty())
                    return failure(problem);
            }
            if (parser.isSet(section))
                return failure(
                    QStringLiteral("--snapshot takes --section N or --compare, not both"));
        }
    }
    // Options that do not apply to the command are mistakes, never silently ignored.
    using Mode = CliRequest::Mode;
    const QHash<Mode, QStringList> applies{
        {Mode::Gui, {QStringLiteral("user-db")}},
        {Mode::Help, {}},
        {Mode::Version, {}},
        {Mode::DbPath, {}},
        {Mode::List, {QStringLiteral("section")}},
        {Mode::ExportPng,
         {QStringLiteral("page"), QStringLiteral("exhibit"), QStringLiteral("size"),
          QStringLiteral("user-db"), QStringLiteral("annotations")}},
        {Mode::ExportSvg,
         {QStringLiteral("page"), QStringLiteral("exhibit"), QStringLiteral("size"),
          QStringLiteral("user-db"), QStringLiteral("annotations")}},
        {Mode::ExportCsv,
         {QStringLiteral("page"), QStringLiteral("section"), QStringLiteral("exhibit"),
          QStringLiteral("all"), QStringLiteral("user-db")}},
        {Mode::Snapshot,
         {QStringLiteral("section"), QStringLiteral("size"), QStringLiteral("entities"),
          QStringLiteral("period"), QStringLiteral("exhibit"), QStringLiteral("user-db"),
          QStringLiteral("lang"), QStringLiteral("annotations")}},
        {Mode::ListMeasures, {}},
        {Mode::Search, {}},
        {Mode::ListEntities, {QStringLiteral("kind")}},
        {Mode::Compare,
         {QStringLiteral("entities"), QStringLiteral("period"), QStringLiteral("size"),
          QStringLiteral("user-db")}},
        {Mode::ExportAnalystLayer, {QStringLiteral("user-db")}},
        {Mode::ImportAnalystLayer, {QStringLiteral("user-db")}},
        {Mode::ExportAll,
         {QStringLiteral("section"), QStringLiteral("size"), QStringLiteral("format"),
          QStringLiteral("scale"), QStringLiteral("theme"), QStringLiteral("deck"),
          QStringLiteral("user-db"), QStringLiteral("annotations")}},
    };
    const QString command = parser.isSet(exportAll)      ? QStringLiteral("--export-all")
                            : parser.isSet(exportLayer)  ? QStringLiteral("--export-analyst-layer")
                            : parser.isSet(importLayer)  ? QStringLiteral("--import-analyst-layer")
                            : parser.isSet(search)       ? QStringLiteral("--search")
                            : comparing                  ? QStringLiteral("--compare")
                            : parser.isSet(listMeasures) ? QStringLiteral("--list-measures")
                            : parser.isSet(listEntities) ? QStringLiteral("--list-entities")
                            : parser.isSet(help)         ? QStringLiteral("--help")
                            : parser.isSet(version)      ? QStringLiteral("--version")
                            : parser.isSet(dbPath)       ? QStringLiteral("--db-path")
                            : parser.isSet(list)         ? QStringLiteral("--list")
                            : parser.isSet(exportPng)    ? QStringLiteral("--export-png")
                            : parser.isSet(exportSvg)    ? QStringLiteral("--export-svg")
                            : parser.isSet(exportCsv)    ? QStringLiteral("--export-csv")
                                                         : QStringLiteral("--snapshot");
    if (r.mode != Mode::Gui) {
        for (const QCommandLineOption* option :
             {&section, &page, &exhibit, &all, &size, &kind, &entities, &period, &userDb, &format,
              &scale, &theme, &deck, &lang, &annotations}) {
            const QString name = option->names().constFirst();
            if (parser.isSet(*option) && !applies.value(r.mode).contains(name))
                return failure(QStringLiteral("--%1 does not apply to %2").arg(name, command));
        }
    }
    if (r.mode == Mode::ExportPng || r.mode == Mode::ExportSvg) {
        if (r.page && !r.exhibit.isEmpty())
            return failure(
                QStringLiteral("%1 takes --page N or --exhibit ID, not both").arg(command));
    }
    if ((r.mode == CliRequest::Mode::ExportPng || r.mode == CliRequest::Mode::ExportSvg ||
         r.mode == CliRequest::Mode::ExportCsv || r.mode == CliRequest::Mode::Snapshot) &&
        r.file.isEmpty())
        return failure(QStringLiteral("an output file name is required"));
    // "-" is standard output for the text formats; an image or a folder needs a name.
    const bool binary = r.mode == CliRequest::Mode::ExportPng ||
                        r.mode == CliRequest::Mode::Snapshot ||
                        r.mode == CliRequest::Mode::ExportAll ||
                        (r.mode == CliRequest::Mode::Compare &&
                         r.compareOutput == CliRequest::CompareOutput::Png);
    if (binary && isStandardOutput(r.file))
        return failure(QStringLiteral("'-' (standard output) is for the text formats "
                                      "(--export-csv, --export-svg, --export-analyst-layer); "
                                      "name a file"));
    if (r.mode == CliRequest::Mode::Gui &&
        (r.page || r.section || r.all || !r.exhibit.isEmpty() || parser.isSet(size) ||
         parser.isSet(kind) || parser.isSet(entities) || parser.isSet(period) ||
         parser.isSet(format) || parser.isSet(scale) || parser.isSet(theme) || r.deck ||
         r.annotations))
        return failure(QStringLiteral("--page, --section, --exhibit, --all, --size, --kind, "
                                      "--entities, --period, --format, --scale, --theme, "
                                      "--deck and --annotations go with a command such as "
                                      "--export-png"));
    return r;
}

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
        if (!request.exhibit.isEmpty())
            err << "trendboard: no exhibit '" << request.exhibit << "' (see --list)\n";
        else
            err << "trendboard: page " << *request.page << " has no exhibit in the database\n";
        return 1;
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
    switch (request.mode) {
    case CliRequest::Mode::List: {
        // Every report's exhibits (a section number picks that section of each), with a header
        // and a report column as the other lists have.
        const QVector<ExhibitInfo> exhibits = db.exhibits(request.section, ReportScope::all());
        if (!db.readError().isEmpty()) {
            err << "trendboard: " << db.readError() << '\n';
            return 1;
        }
        out << "id\treport\tsection\tpage\ttitle\n";
        for (const ExhibitInfo& e : exhibits)
            out << e.id << '\t' << e.reportId << '\t' << e.section << '\t' << e.page << '\t'
                << printableText(e.title) << '\n';
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
    case CliRequest::Mode::Compare: {
        const CompareOutput output =
            request.compareOutput == CliRequest::CompareOutput::Csv   ? CompareOutput::Csv
            : request.compareOutput == CliRequest::CompareOutput::Png ? CompareOutput::Png
            : request.compareOutput == CliRequest::CompareOutput::Svg ? CompareOutput::Svg
                                                                      : CompareOutput::Table;
        return runComparison(
            db, {request.measure, request.entities, request.periodFrom, request.periodTo}, output,
            request.file, request.size, request.userDb, out, err);
    }
    case CliRequest::Mode::ExportCsv:
        return runExportCsv(db, request, out, err);
    default:
        err << "trendboard: this command needs the main window\n";
        return 2;
    }
}

} // namespace trendboard
