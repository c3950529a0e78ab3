// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's conventions, as a shell user relies on them: errors on stdout are
// failures, a batch that is interrupted keeps what it wrote and says so in its exit code, each
// file of a batch is named as it lands, and the window without a display says what to do.
#include "analystdb.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
QProcessEnvironment commandEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM");
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    return env;
}

// The files index.csv lists, in its first column.
QStringList indexedFiles(const QString& folder)
{
    QFile index(QDir(folder).filePath("index.csv"));
    if (!index.open(QIODevice::ReadOnly))
        return {};
    QStringList files;
    const QList<QByteArray> lines = index.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty())
            files.append(QString::fromUtf8(lines.at(i).split(',').first()));
    return files;
}
} // namespace

class tst_CliConventions : public QObject
{
    Q_OBJECT
private slots:
    void noDisplay();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void measureByName();
    void dashIsStandardOutput_data();
    void dashIsStandardOutput();
    void writeErrorOnStdout_data();
    void writeErrorOnStdout();
    void interruptedBatchKeepsCompleteFiles_data();
    void interruptedBatchKeepsCompleteFiles();
    void readmeIsIndexed();
    void windowClosesCleanlyOnSigterm();
    void oldSettingsPlaceAdoptedOnce();
};

void tst_CliConventions::badArgumentsExitTwo_data()
{
    // A row per command: an id, name or page that is not there is a bad argument, as the man
    // page says (exit 2, the message on stderr), whichever command reads it.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("--export-png --exhibit")
        << QStringList{"--export-png", "x.png", "--exhibit", "nope"} << "no exhibit 'nope'";
    QTest::newRow("--export-svg --page")
        << QStringList{"--export-svg", "x.svg", "--page", "1"} << "page 1 has no exhibit";
    QTest::newRow("--export-csv --exhibit")
        << QStringList{"--export-csv", "x.csv", "--exhibit", "nope"} << "no exhibit 'nope'";
    QTest::newRow("--snapshot --exhibit")
        << QStringList{"--snapshot", "x.png", "--exhibit", "nope"} << "no exhibit 'nope'";
    QTest::newRow("--snapshot --compare")
        << QStringList{"--snapshot", "x.png", "--compare", "revenu", "--entities", "Apple,Tesla"}
        << "no measure 'revenu'";
    QTest::newRow("--compare measure")
        << QStringList{"--compare", "revenu", "--entities", "Apple,Tesla"}
        << "no measure 'revenu'; did you mean revenue";
    QTest::newRow("--compare entity")
        << QStringList{"--compare", "revenue", "--entities", "Apple,Teslaa"}
        << "no entity 'Teslaa'; did you mean Tesla";
    QTest::newRow("--profile") << QStringList{"--profile", "Nvidiaa"} << "no entity 'Nvidiaa'";
    QTest::newRow("--list-entities --kind")
        << QStringList{"--list-entities", "--kind", "planet"} << "--kind takes one of";
    QTest::newRow("--section") << QStringList{"--list", "--section", "9"} << "--section takes";
    QTest::newRow("unknown option") << QStringList{"--exhibits", "x"} << "Unknown option";
}

void tst_CliConventions::badArgumentsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess p;
    p.setWorkingDirectory(dir.path());
    QProcessEnvironment env = commandEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    env.insert("XDG_DATA_HOME", dir.filePath("data"));
    p.setProcessEnvironment(env);
    p.start(TRENDBOARD_EXE, args);
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(QDir(dir.path()).entryList(QDir::Files).isEmpty(), "nothing is written");
}

// --compare takes a measure by id or by name, in any case, spaces for underscores.
void tst_CliConventions::measureByName()
{
    for (const QString& typed : {"market cap", "Market_Cap", "market capitalisation"}) {
        QProcess p;
        p.setProcessEnvironment(commandEnvironment());
        p.start(TRENDBOARD_EXE, {"--compare", typed, "--entities", "Microsoft,Apple"});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, qPrintable(typed + ": " + p.readAllStandardError()));
        QVERIFY(p.readAllStandardOutput().startsWith("entity\tperiod"));
    }
}

void tst_CliConventions::noDisplay()
{
    QProcess p;
    p.setProcessEnvironment(commandEnvironment());
    p.start(TRENDBOARD_EXE, {});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not SIGABRT from the xcb plugin
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains("no display") && err.contains("see --help"), qPrintable(err));
}

void tst_CliConventions::dashIsStandardOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("start"); // of stdout, or of stderr when the code is 2
    QTest::newRow("csv") << QStringList{"--export-csv", "-", "--page", "38"} << 0 << "report,";
    QTest::newRow("svg") << QStringList{"--export-svg", "-", "--page", "38"} << 0 << "<?xml";
    QTest::newRow("png refused") << QStringList{"--export-png", "-", "--page", "38"} << 2
                                 << "trendboard: '-' (standard output) is for the text formats";
    QTest::newRow("export-all refused")
        << QStringList{"--export-all", "-"} << 2 << "trendboard: '-' (standard output)";
}

// "-" is standard output for the text formats, as in other tools; nothing named "-" is made.
void tst_CliConventions::dashIsStandardOutput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, start);
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(commandEnvironment());
    p.setWorkingDirectory(dir.path());
    p.start(TRENDBOARD_EXE, args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), code);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2((code == 0 ? out : err).startsWith(start), qPrintable(out.left(200) + err));
    QVERIFY(!QFileInfo::exists(dir.filePath("-")));
}

void tst_CliConventions::writeErrorOnStdout_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("version") << QStringList{"--version"};
    QTest::newRow("list") << QStringList{"--list"};
    QTest::newRow("list-measures") << QStringList{"--list-measures"};
}

// `trendboard --list > /dev/full`: the lines are lost, so the command failed.
void tst_CliConventions::writeErrorOnStdout()
{
    QFETCH(QStringList, args);
    if (!QFileInfo::exists("/dev/full"))
        QSKIP("/dev/full is not there");
    QProcess p;
    p.setProcessEnvironment(commandEnvironment());
    p.setStandardOutputFile("/dev/full");
    p.start(TRENDBOARD_EXE, args);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains("write error"), qPrintable(err));
}

void tst_CliConventions::interruptedBatchKeepsCompleteFiles_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT) << 130;
}

// The first file's path reaches a pipe as soon as the file is complete (not at the end); a
// signal then stops the batch between two files, and index.csv lists exactly the files there.
void tst_CliConventions::interruptedBatchKeepsCompleteFiles()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString out = dir.filePath("slides");
    QProcess p;
    p.setProcessEnvironment(commandEnvironment());
    p.start(TRENDBOARD_EXE, {"--export-all", out, "--format", "png"});
    QVERIFY(p.waitForStarted());
    QByteArray first;
    while (!first.contains('\n') && p.waitForReadyRead(60000))
        first += p.readAllStandardOutput();
    const QString firstFile = QString::fromUtf8(first.left(first.indexOf('\n')));
    QVERIFY2(firstFile.endsWith(".png"), first.constData());
    QVERIFY2(p.state() == QProcess::Running, "the batch ended before it was interrupted");
    QVERIFY(!QImage(firstFile).isNull()); // complete when named
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("interrupted"));
    QStringList present = QDir(out).entryList(QDir::Files, QDir::Name);
    present.removeAll("index.csv");
    QStringList indexed = indexedFiles(out);
    indexed.sort();
    QCOMPARE(indexed, present);
    QVERIFY(!present.isEmpty());
    QVERIFY(present.size() < 100); // stopped, not finished
    for (const QString& file : present)
        QVERIFY2(!QImage(QDir(out).filePath(file)).isNull(), qPrintable(file));
}

void tst_CliConventions::readmeIsIndexed()
{
    QTemporaryDir dir;
    QProcess p;
    p.setProcessEnvironment(commandEnvironment());
    p.start(TRENDBOARD_EXE, {"--export-all", dir.path(), "--section", "6", "--format", "csv"});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(indexedFiles(dir.path()).contains("README.txt"));
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains("README.txt"));
}

// SIGTERM to the window (a logout, `kill`) saves its state as closing it does.
void tst_CliConventions::windowClosesCleanlyOnSigterm()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    QProcess p;
    p.setProcessEnvironment(env);
    const QString layer = home.filePath("layer.sqlite");
    p.start(TRENDBOARD_EXE, {"--user-db", layer});
    // The window opens its analyst database once it is up.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(layer), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::Running, 1000);
    p.terminate();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QFile saved(home.filePath("config/trendboard.org/Trendboard.conf"));
    QVERIFY2(saved.open(QIODevice::ReadOnly), "no settings were saved");
    // The window's frame, saved on close (see windowstate.cpp).
    QVERIFY(saved.readAll().contains("frame="));
}

// Earlier versions kept Trendboard/Trendboard.conf and share/Trendboard/Trendboard/: the first
// start takes the settings over (the old file stays) and moves the analyst database up, once.
void tst_CliConventions::oldSettingsPlaceAdoptedOnce()
{
    QTemporaryDir home;
    const QString config = home.filePath("config");
    const QString data = home.filePath("data");
    QVERIFY(QDir().mkpath(config + "/Trendboard") && QDir().mkpath(data + "/Trendboard/Trendboard"));
    {
        QFile old(config + "/Trendboard/Trendboard.conf");
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("[view]\ntheme=dark\n");
    }
    const QString oldLayer = data + "/Trendboard/Trendboard/analyst.sqlite";
    {
        const trendboard::AnalystDatabase layer(oldLayer);
        QVERIFY2(layer.isAvailable(), qPrintable(layer.errorString()));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", config);
    env.insert("XDG_DATA_HOME", data);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(TRENDBOARD_EXE, {});
    const QString newConf = config + "/trendboard.org/Trendboard.conf";
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(data + "/Trendboard/analyst.sqlite"), 60000);
    p.terminate();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFileInfo::exists(config + "/Trendboard/Trendboard.conf")); // left as it was
    QFile conf(newConf);
    QVERIFY2(conf.open(QIODevice::ReadOnly), qPrintable(newConf));
    const QByteArray text = conf.readAll();
    QVERIFY2(text.contains("theme=dark"), text.constData());
    QVERIFY(!QFileInfo::exists(oldLayer));
}

QTEST_GUILESS_MAIN(tst_CliConventions)
#include "tst_cliconventions.moc"
