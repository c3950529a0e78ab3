// SPDX-License-Identifier: GPL-3.0-or-later
// trendboard-compile: validates the YAML data sources and builds the bundled SQLite file.
// Runs at build time; any error fails the build with file, line and exhibit.
#include "compiler/catalogwriter.h"
#include "compiler/sourceloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        err << "usage: trendboard-compile DATA_DIR OUTPUT.sqlite [REPORT_ID=PAGES.json ...]\n"
               "  PAGES.json: a report's text split by page; Chinese titles must be on their "
               "page\n";
        return 2;
    }
    // The report text lives beside the clone, not in it: without it, Chinese titles are
    // checked by their form only (the build of a bare clone still works).
    trendboard::ReportTexts texts;
    for (int i = 3; i < args.size(); ++i) {
        const int eq = args.at(i).indexOf(QLatin1Char('='));
        const QString path = args.at(i).mid(eq + 1);
        if (eq <= 0 || !QFileInfo::exists(path)) {
            QTextStream(stdout) << "trendboard-compile: no report text " << args.at(i)
                                << "; Chinese titles checked by form only\n";
            continue;
        }
        QString problem;
        const auto text = trendboard::ReportText::fromPagesJson(path, &problem);
        if (!text) {
            err << "error: " << problem << '\n';
            return 1;
        }
        texts.insert(args.at(i).left(eq), *text);
    }
    const trendboard::LoadResult loaded = trendboard::loadSources(args.at(1), &texts);
    for (const trendboard::SourceError& e : loaded.errors)
        err << "error: " << e.toString() << '\n';
    if (!loaded.ok()) {
        err << loaded.errors.size() << " error(s) in the data sources; database not built\n";
        return 1;
    }
    const QString failure = trendboard::writeCatalog(loaded.catalog, args.at(2));
    if (!failure.isEmpty()) {
        err << "error: " << failure << '\n';
        return 1;
    }
    int points = 0;
    for (const auto& exhibit : loaded.catalog.exhibits) {
        for (const auto& series : exhibit.series)
            points += series.points.size();
    }
    QTextStream(stdout) << "trendboard-compile: " << loaded.catalog.exhibits.size() << " exhibits, "
                        << points << " datapoints -> " << args.at(2) << '\n';
    return 0;
}
