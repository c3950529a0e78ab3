// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_analystdb's crash and concurrency tests: commits COUNT (1000) values to the
// analyst database at argv[1], one transaction each, printing 'committed N' after each commit
// returns; their x labels start with PREFIX (none). The crash test kills it partway and checks
// that every printed value is in the file; the concurrency test runs two at once.
#include "analystdb.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace trendboard;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2 || argc > 4) {
        std::fputs("usage: analyst_burst DB [COUNT [PREFIX]]\n", stderr);
        return 2;
    }
    const int count = argc > 2 ? std::atoi(argv[2]) : 1000;
    const QString prefix = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    AnalystDatabase db(QString::fromLocal8Bit(argv[1]));
    db.setUnits({{QStringLiteral("$B"), QStringLiteral("USD"), 1e9, QStringLiteral("level")}});
    if (!db.isAvailable()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        AnalystValue v;
        v.key = {QStringLiteral("burst"), QStringLiteral("s"), prefix + QString::number(i), {}};
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
