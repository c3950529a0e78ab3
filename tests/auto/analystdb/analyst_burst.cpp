// Helper of tst_analystdb's crash test: commits 1000 values to the analyst database at argv[1],
// one transaction each, printing 'committed N' after each commit returns. The test kills it
// partway and checks that every printed value is in the file.
#include "analystdb.h"

#include <QCoreApplication>

#include <cstdio>

using namespace trendboard;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: analyst_burst DB\n", stderr);
        return 2;
    }
    AnalystDatabase db(QString::fromLocal8Bit(argv[1]));
    db.setUnits({{QStringLiteral("$B"), QStringLiteral("USD"), 1e9, QStringLiteral("level")}});
    if (!db.isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    for (int i = 0; i < 1000; ++i) {
        AnalystValue v;
        v.key = {QStringLiteral("burst"), QStringLiteral("s"), QString::number(i), {}};
        v.kind = AnalystValueKind::Fill;
        v.value = i + 0.5;
        v.unit = QStringLiteral("$B");
        v.citation = QStringLiteral("burst test");
        const QString problem = db.setValue(v);
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 1;
        }
        std::printf("committed %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
