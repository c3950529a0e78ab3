// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, table-driven: every option once in kOptions (the order --help lists them),
// every command once in kCommands (what names it, its mode, the options that go with it, and
// what it checks). Adding a command is a row in each table and, where it needs one, a check.
#include "cli/cli.h"

#include "cli/comparecommand.h"
#include "export/exportservice.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace trendboard {

namespace {

using Mode = CliRequest::Mode;

struct OptionSpec
{
    const char* name;
    const char* shortName; // nullptr: none
    const char* valueName; // nullptr: a switch
    const char* help;
};

const OptionSpec kOptions[] = {
    {"help", "h", nullptr, "Show this help."},
    {"version", "v", nullptr, "Print the version."},
    {"db-path", nullptr, nullptr, "Print the bundled database's path."},
    {"db", nullptr, "PATH",
     "Read this database (the bundled one's format, e.g. a larger one) instead of the bundled "
     "one; also TRENDBOARD_DB."},
    {"list", nullptr, nullptr,
     "List the exhibits of both reports: id, report, section, page, title."},
    {"section", nullptr, "N", "Report section 0-8 (0: overview)."},
    {"page", nullptr, "N", "Report page."},
    {"exhibit", nullptr, "ID", "Exhibit id (see --list)."},
    {"all", nullptr, nullptr, "Every datapoint (with --export-csv)."},
    {"export-png", nullptr, "FILE", "Render the exhibits of --page (or --exhibit) to PNG."},
    {"export-svg", nullptr, "FILE",
     "Render the exhibits of --page (or --exhibit) to SVG (vector)."},
    {"export-csv", nullptr, "FILE", "Write datapoints of --page, --section or --all as CSV."},
    {"snapshot", nullptr, "FILE", "Render the main window (at --section) to PNG."},
    {"size", nullptr, "WxH", "Image size for --export-png and --snapshot."},
    {"list-measures", nullptr, nullptr,
     "List the measures: id, quantity, base unit, values, entities, name."},
    {"list-entities", nullptr, nullptr,
     "List companies, products, countries and regions (see --kind)."},
    {"kind", nullptr, "KIND",
     "company, product, country, region or organisation (with --list-entities)."},
    {"compare", nullptr, "MEASURE",
     "Compare a measure (id or name) across entities (with --entities); prints a table, or "
     "writes --export-csv, --export-png or --export-svg."},
    {"entities", nullptr, "A,B,...", "2 to 12 entities, comma-separated."},
    {"period", nullptr, "FROM:TO", "Periods to compare, e.g. 2020:2024."},
    {"profile", nullptr, "ENTITY",
     "Every value the reports state about an entity, by measure (or --export-csv FILE)."},
    {"search", nullptr, "TEXT",
     "Exhibits whose titles, notes, sources, series or entities match, ranked."},
    {"user-db", nullptr, "PATH",
     "The analyst database to use instead of the default one; with --snapshot, --export-png, "
     "--export-svg, --export-csv, --export-all, --compare or --profile, its values are shown, "
     "marked."},
    {"export-analyst-layer", nullptr, "FILE",
     "Write the analyst's values and annotations as JSON."},
    {"import-analyst-layer", nullptr, "FILE",
     "Add the values and annotations of an exported JSON file: all or none."},
    {"export-all", nullptr, "DIR",
     "Export every exhibit (or those of --section) to a folder as slides and data, with an "
     "index.csv."},
    {"format", nullptr, "LIST",
     "With --export-all: png, svg, pdf and/or csv, comma-separated (png)."},
    {"scale", nullptr, "N", "With --export-all: pixel ratio 1, 2 or 3 (PNG pixels = size x N)."},
    {"theme", nullptr, "T", "With --export-all: light, dark or transparent."},
    {"deck", nullptr, nullptr, "With --export-all --format pdf: one PDF, a slide a page."},
    {"lang", nullptr, "zh|en",
     "Language of the window, --snapshot and the slides of --export-png, --export-svg, "
     "--export-all and --compare: zh (Simplified Chinese) or en (the window's default: the one "
     "chosen in View > Language, else the system's; the commands' default: en)."},
    {"annotations", nullptr, nullptr,
     "With --export-png, --export-svg, --export-all or --snapshot: draw the analyst's notes as "
     "markers and callouts (from --user-db, else the default analyst database)."},
};

// The options that qualify a command: one the command does not take is a mistake, never
// silently ignored.
const char* const kModifiers[] = {"section", "page",     "exhibit", "all",     "size",
                                  "kind",    "entities", "period",  "user-db", "format",
                                  "scale",   "theme",    "deck",    "lang",    "annotations"};

class Args
{
public:
    explicit Args(const QCommandLineParser& parser) : m_parser(parser) {}
    bool has(const char* name) const { return m_parser.isSet(QString::fromLatin1(name)); }
    QString value(const char* name) const { return m_parser.value(QString::fromLatin1(name)); }
    const QCommandLineParser& parser() const { return m_parser; }

private:
    const QCommandLineParser& m_parser;
};

// A command's own checks: fills the request; returns what is wrong, or nothing.
using Finish = QString (*)(const Args&, CliRequest&);

QString entitiesAndPeriod(const Args& args, CliRequest& r)
{
    for (const QString& e : args.value("entities").split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.entities.append(e.trimmed());
    if (args.has("period"))
        return splitPeriodRange(args.value("period"), &r.periodFrom, &r.periodTo);
    return {};
}

QString finishExportAll(const Args& args, CliRequest& r)
{
    r.file = args.value("export-all");
    return r.file.isEmpty() ? QStringLiteral("--export-all needs a folder") : QString();
}

QString finishLayer(const Args& args, CliRequest& r)
{
    const char* option =
        r.mode == Mode::ExportAnalystLayer ? "export-analyst-layer" : "import-analyst-layer";
    r.file = args.value(option);
    return r.file.isEmpty() ? QStringLiteral("--%1 needs a file name").arg(QLatin1String(option))
                            : QString();
}

QString finishSearch(const Args& args, CliRequest& r)
{
    r.search = args.value("search").trimmed();
    return r.search.isEmpty() ? QStringLiteral("--search needs some text") : QString();
}

QString finishCompare(const Args& args, CliRequest& r)
{
    r.measure = args.value("compare");
    if (const QString problem = entitiesAndPeriod(args, r); !problem.isEmpty())
        return problem;
    if (r.entities.size() < 2)
        return QStringLiteral("--compare needs --entities A,B,... (2 to 12)");
    // The export option given names the output; none prints a table.
    const std::pair<const char*, CompareOutput> outputs[] = {{"export-csv", CompareOutput::Csv},
                                                             {"export-png", CompareOutput::Png},
                                                             {"export-svg", CompareOutput::Svg}};
    for (const auto& [option, output] : outputs) {
        if (args.has(option)) {
            r.compareOutput = output;
            r.file = args.value(option);
            if (r.file.isEmpty())
                return QStringLiteral("an output file name is required");
        }
    }
    return {};
}

QString finishHelp(const Args& args, CliRequest& r)
{
    // The command line is parsed before any QCoreApplication exists, so the parser cannot name
    // the executable and prints a placeholder in its place.
    r.helpText = args.parser().helpText().replace(QLatin1String("<executable_name>"),
                                                  QLatin1String("trendboard"));
    return {};
}

QString finishImage(const Args& args, CliRequest& r)
{
    const bool png = r.mode == Mode::ExportPng;
    r.file = args.value(png ? "export-png" : "export-svg");
    if (!r.page && r.exhibit.isEmpty())
        return QStringLiteral("%1 needs --page N or --exhibit ID")
            .arg(png ? QStringLiteral("--export-png") : QStringLiteral("--export-svg"));
    if (r.page && !r.exhibit.isEmpty())
        return QStringLiteral("%1 takes --page N or --exhibit ID, not both")
            .arg(png ? QStringLiteral("--export-png") : QStringLiteral("--export-svg"));
    return {};
}

QString finishCsv(const Args& args, CliRequest& r)
{
    r.file = args.value("export-csv");
    const int scopes = int(r.page.has_value()) + int(r.section.has_value()) + int(r.all) +
                       int(!r.exhibit.isEmpty());
    return scopes == 1 ? QString()
                       : QStringLiteral("--export-csv needs exactly one of --page N, --section N, "
                                        "--exhibit ID, --all");
}

QString finishSnapshot(const Args& args, CliRequest& r)
{
    r.file = args.value("snapshot");
    // --snapshot --compare renders the comparison workspace instead of a section.
    if (!args.has("compare"))
        return {};
    r.measure = args.value("compare");
    if (const QString problem = entitiesAndPeriod(args, r); !problem.isEmpty())
        return problem;
    return r.section ? QStringLiteral("--snapshot takes --section N or --compare, not both")
                     : QString();
}

struct CommandSpec
{
    const char* option; // the option that names the command
    Mode mode;
    const char* takes; // the modifiers that go with it, comma-separated
    Finish finish;     // nullptr: nothing more to check
};

// In precedence order: where two are given, the first names the command in messages.
const CommandSpec kCommands[] = {
    {"export-all", Mode::ExportAll, "section,size,format,scale,theme,deck,user-db,annotations,lang",
     finishExportAll},
    {"export-analyst-layer", Mode::ExportAnalystLayer, "user-db", finishLayer},
    {"import-analyst-layer", Mode::ImportAnalystLayer, "user-db", finishLayer},
    {"search", Mode::Search, "", finishSearch},
    {"compare", Mode::Compare, "entities,period,size,user-db,lang", finishCompare},
    {"list-measures", Mode::ListMeasures, "", nullptr},
    {"list-entities", Mode::ListEntities, "kind", nullptr},
    {"help", Mode::Help, "", finishHelp},
    {"version", Mode::Version, "", nullptr},
    {"db-path", Mode::DbPath, "", nullptr},
    {"list", Mode::List, "section", nullptr},
    {"export-png", Mode::ExportPng, "page,exhibit,size,user-db,annotations,lang", finishImage},
    {"export-svg", Mode::ExportSvg, "page,exhibit,size,user-db,annotations,lang", finishImage},
    {"export-csv", Mode::ExportCsv, "page,section,exhibit,all,user-db", finishCsv},
    {"snapshot", Mode::Snapshot, "section,size,entities,period,exhibit,user-db,lang,annotations",
     finishSnapshot},
};

CliRequest failure(const QString& message)
{
    CliRequest r;
    r.mode = Mode::Error;
    r.error = message;
    return r;
}

std::optional<int> positiveInt(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= 0 ? std::optional<int>(n) : std::nullopt;
}

// The values every command reads alike: language, section, page, size, formats, scale, theme.
QString readValues(const Args& args, CliRequest& r)
{
    if (args.has("lang")) {
        const QString code = args.value("lang").trimmed().toLower();
        if (code != QLatin1String("zh") && code != QLatin1String("en"))
            return QStringLiteral("--lang takes zh (Simplified Chinese) or en, not '%1'")
                .arg(args.value("lang"));
        r.language = code;
    }
    if (args.has("section")) {
        r.section = positiveInt(args.value("section"));
        if (!r.section || *r.section > 8)
            return QStringLiteral("--section takes a section number 0-8, not '%1'")
                .arg(args.value("section"));
    }
    if (args.has("page")) {
        r.page = positiveInt(args.value("page"));
        if (!r.page || *r.page < 1)
            return QStringLiteral("--page takes a page number, not '%1'").arg(args.value("page"));
    }
    r.exhibit = args.value("exhibit");
    r.all = args.has("all");
    r.kind = args.value("kind");
    r.userDb = args.value("user-db");
    r.annotations = args.has("annotations");
    r.deck = args.has("deck");
    if (args.has("user-db") && r.userDb.isEmpty())
        return QStringLiteral("--user-db needs a file name");
    if (args.has("size")) {
        static const QRegularExpression form(QStringLiteral(R"(^(\d{2,5})x(\d{2,5})$)"));
        const auto m = form.match(args.value("size"));
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 200 || h < 150 || w > kMaxSlideSide || h > kMaxSlideSide)
            return QStringLiteral("--size takes WxH between 200x150 and %1x%1 (8K), not '%2'")
                .arg(kMaxSlideSide)
                .arg(args.value("size"));
        r.size = QSize(w, h);
        r.sizeGiven = true;
    }
    if (args.has("format")) {
        r.formats.clear();
        for (const QString& f : args.value("format").split(QLatin1Char(','))) {
            const QString name = f.trimmed().toLower();
            if (!QStringList{"png", "svg", "pdf", "csv"}.contains(name))
                return QStringLiteral("--format takes png, svg, pdf and/or csv (comma-separated), "
                                      "not '%1'")
                    .arg(args.value("format"));
            if (!r.formats.contains(name))
                r.formats.append(name);
        }
    }
    if (args.has("scale")) {
        const auto n = positiveInt(args.value("scale"));
        if (!n || *n < 1 || *n > 3)
            return QStringLiteral("--scale takes 1, 2 or 3, not '%1'").arg(args.value("scale"));
        r.scale = *n;
        if (r.sizeGiven && std::max(r.size.width(), r.size.height()) * r.scale > kMaxSlideSide)
            return QStringLiteral("--size %1x%2 at --scale %3 is %4x%5 pixels; a slide is at most "
                                  "%6 pixels a side (8K)")
                .arg(r.size.width())
                .arg(r.size.height())
                .arg(r.scale)
                .arg(r.size.width() * r.scale)
                .arg(r.size.height() * r.scale)
                .arg(kMaxSlideSide);
    }
    if (args.has("theme")) {
        const auto t = slideThemeFromName(args.value("theme"));
        if (!t)
            return QStringLiteral("--theme takes light, dark or transparent, not '%1'")
                .arg(args.value("theme"));
        r.theme = *t;
    }
    if (r.deck && !r.formats.contains(QStringLiteral("pdf")))
        return QStringLiteral("--deck needs --format pdf");
    return {};
}

// --profile ENTITY [--export-csv FILE] [--user-db PATH] and nothing else.
CliRequest profileRequest(const Args& args, const CliRequest& values)
{
    for (const CommandSpec& command : kCommands) {
        if (args.has(command.option) && QLatin1String(command.option) != "export-csv")
            return failure(QStringLiteral("--profile takes an entity and optionally "
                                          "--export-csv FILE, with no other command"));
    }
    for (const char* option : kModifiers) {
        if (args.has(option) && QLatin1String(option) != "user-db")
            return failure(
                QStringLiteral("--%1 does not apply to --profile").arg(QLatin1String(option)));
    }
    CliRequest r;
    r.mode = Mode::Profile;
    r.profile = args.value("profile");
    r.userDb = values.userDb;
    r.database = values.database;
    r.file = args.value("export-csv");
    if (args.has("export-csv") && r.file.isEmpty())
        return failure(QStringLiteral("an output file name is required"));
    return r;
}

// The command given: the first of kCommands that is set. --compare with --snapshot is the
// snapshot's subject, and an export option with --compare is the comparison's output.
const CommandSpec* commandOf(const Args& args, QString* problem)
{
    const bool comparing = args.has("compare") && !args.has("snapshot");
    int given = 0;
    const CommandSpec* first = nullptr;
    for (const CommandSpec& command : kCommands) {
        const bool set =
            QLatin1String(command.option) == "compare" ? comparing : args.has(command.option);
        if (!set)
            continue;
        if (!first)
            first = &command;
        ++given;
    }
    const int exports =
        int(args.has("export-png")) + int(args.has("export-svg")) + int(args.has("export-csv"));
    // A comparison takes one export option as its output.
    const int commands = given - (comparing ? std::min(exports, 1) : 0);
    if (commands > 1 || (comparing && exports > 1)) {
        *problem = QStringLiteral(
            "give one of --help, --version, --db-path, --list, --list-measures, "
            "--list-entities, --compare, --search, --export-png, --export-svg, --export-csv, "
            "--export-all, --snapshot, --export-analyst-layer, --import-analyst-layer");
        return nullptr;
    }
    return first;
}

} // namespace

CliRequest parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Trendboard: BOND's Trends – Artificial Intelligence (5/25), offline."));
    for (const OptionSpec& spec : kOptions) {
        QStringList names{QString::fromLatin1(spec.name)};
        if (spec.shortName)
            names.prepend(QString::fromLatin1(spec.shortName));
        parser.addOption(spec.valueName ? QCommandLineOption(names, QString::fromUtf8(spec.help),
                                                             QString::fromLatin1(spec.valueName))
                                        : QCommandLineOption(names, QString::fromUtf8(spec.help)));
    }
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return failure(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const Args args(parser);
    CliRequest r;
    if (const QString problem = readValues(args, r); !problem.isEmpty())
        return failure(problem);
    // Named on the command line, the database must exist: a typo is a bad argument, not a
    // window without data. It goes with every command.
    r.database = args.value("db");
    if (args.has("db") && !QFileInfo(r.database).isFile())
        return failure(r.database.isEmpty()
                           ? QStringLiteral("--db needs a database file")
                           : QStringLiteral("--db: no database file at '%1'").arg(r.database));
    if (args.has("profile"))
        return profileRequest(args, r);
    QString problem;
    const CommandSpec* command = commandOf(args, &problem);
    if (!problem.isEmpty())
        return failure(problem);
    if (!command) {
        // The window: the options that qualify a command need one.
        for (const char* option : kModifiers) {
            if (args.has(option) && QLatin1String(option) != "user-db" &&
                QLatin1String(option) != "lang")
                return failure(QStringLiteral(
                    "--page, --section, --exhibit, --all, --size, --kind, --entities, --period, "
                    "--format, --scale, --theme, --deck and --annotations go with a command such "
                    "as --export-png"));
        }
        return r;
    }
    r.mode = command->mode;
    const QStringList takes =
        QString::fromLatin1(command->takes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const char* option : kModifiers) {
        if (args.has(option) && !takes.contains(QLatin1String(option)))
            return failure(QStringLiteral("--%1 does not apply to --%2")
                               .arg(QLatin1String(option), QLatin1String(command->option)));
    }
    if (command->finish) {
        if (const QString problem = command->finish(args, r); !problem.isEmpty())
            return failure(problem);
    }
    const bool toFile = r.mode == Mode::ExportPng || r.mode == Mode::ExportSvg ||
                        r.mode == Mode::ExportCsv || r.mode == Mode::Snapshot;
    if (toFile && r.file.isEmpty())
        return failure(QStringLiteral("an output file name is required"));
    // "-" is standard output for the text formats; an image or a folder needs a name.
    const bool binary = r.mode == Mode::ExportPng || r.mode == Mode::Snapshot ||
                        r.mode == Mode::ExportAll ||
                        (r.mode == Mode::Compare && r.compareOutput == CompareOutput::Png);
    if (binary && isStandardOutput(r.file))
        return failure(QStringLiteral("'-' (standard output) is for the text formats "
                                      "(--export-csv, --export-svg, --export-analyst-layer); "
                                      "name a file"));
    return r;
}

} // namespace trendboard
