// trendboard-compile: validates the YAML data sources and builds the bundled SQLite file.
// Runs at build time; any error fails the build with file, line and exhibit.
#include "catalogwriter.h"
#include "sourceloader.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: trendboard-compile DATA_DIR OUTPUT.sqlite\n";
        return 2;
    }
    const trendboard::LoadResult loaded = trendboard::loadSources(args.at(1));
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
