// SPDX-License-Identifier: GPL-3.0-or-later
// The replay builds of the fuzz targets: each runs its inputs and leaves nothing behind in the
// temporary folder (fuzz_sources once left a qt_temp-* folder per run).
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_FuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void leavesNothingBehind_data();
    void leavesNothingBehind();
};

void tst_FuzzReplay::leavesNothingBehind_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("inputs");
    const QString fuzz = QStringLiteral(TRENDBOARD_FUZZ_DIR);
    QTest::newRow("period") << QStringLiteral(REPLAY_PERIOD_EXE)
                            << QStringList{fuzz + "/corpus/period", fuzz + "/regressions/period"};
    QTest::newRow("sources") << QStringLiteral(REPLAY_SOURCES_EXE)
                             << QStringList{QStringLiteral(TRENDBOARD_DATA_DIR),
                                            fuzz + "/regressions/sources"};
}

void tst_FuzzReplay::leavesNothingBehind()
{
    QFETCH(QString, program);
    QFETCH(QStringList, inputs);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcess replay;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    replay.setProcessEnvironment(env);
    replay.start(program, inputs);
    QVERIFY2(replay.waitForFinished(120000), qPrintable(program));
    QCOMPARE(replay.exitStatus(), QProcess::NormalExit);
    QVERIFY2(replay.exitCode() == 0, replay.readAllStandardError().constData());
    QVERIFY(replay.readAllStandardOutput().contains("inputs replayed"));
    const QStringList left =
        QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(", ")));
}

QTEST_GUILESS_MAIN(tst_FuzzReplay)
#include "tst_fuzzreplay.moc"
