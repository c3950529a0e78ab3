// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchexportdialog.h"
#include "chart/chartcanvas.h"
#include "chartview.h"
#include "comparisontab.h"
#include "exportdialog.h"
#include "figure/exhibitfigure.h"
#include "filterbar.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "overviewtab.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "settingsplace.h"
#include "text/displaylanguage.h"
#include "theme.h"
#include "windowstate.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace trendboard;

// The window as a desktop application: it reopens as it was left, its keys are listed where
// they are defined, its controls are named for screen readers, and it fits small screens.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reopensWhereItWasLeft();
    void forgottenExhibitIsIgnored();
    void everyListedShortcutIsAnAction();
    void ctrlTabFromATable();
    void guideAndAbout();
    void aboutAgreesWithCopyright_data();
    void aboutAgreesWithCopyright();
    void statusBarCounts();
    void everyControlHasAName();
    void fitsSmallAndLargeScreens_data();
    void fitsSmallAndLargeScreens();
    void fitWindow_data();
    void fitWindow();
    void frameReopensWhereItWasLeft();
    void restoredWindowFitsTheScreen();
    void frameStaysUnderAWindowManager();
    void menuShortcutsFromTheSearchBox();
    void goToPageStartsAtTheExhibitsPage();
    void exportEverythingSaysHowMuchFirst();
    void compareSelectionReopens();
    void darkThemeDrawsTheChartDark();

private:
    // Answers the modal dialogs the next steps open, in turn: each handler gets the dialog on
    // top and closes it. Returns how many were answered once the steps are done.
    static int answerDialogs(const QVector<std::function<void(QWidget*)>>& handlers,
                             const std::function<void()>& steps);
    std::unique_ptr<ReportDatabase> m_db;
};

int tst_MainWindow::answerDialogs(const QVector<std::function<void(QWidget*)>>& handlers,
                                  const std::function<void()>& steps)
{
    int answered = 0;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || answered >= handlers.size())
            return;
        handlers.at(answered++)(modal);
    });
    timer.start();
    steps();
    timer.stop();
    return answered;
}

void tst_MainWindow::initTestCase()
{
    // tests/CMakeLists.txt points XDG_CONFIG_HOME into the build tree: never the user's file.
    QCoreApplication::setOrganizationName(QStringLiteral("TrendboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(installTranslations(*QCoreApplication::instance(), DisplayLanguage::English));
    QSettings().clear();
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void tst_MainWindow::reopensWhereItWasLeft()
{
    QString third;
    QByteArray splitters;
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(3);
        SectionTab* tab = window.sectionTab(3);
        // The third exhibit of section 3, not the one it opens on.
        third = m_db->exhibits(3, kBondReportId).at(2).id;
        QVERIFY(third != tab->currentExhibit());
        QVERIFY(tab->showExhibit(third));
        auto* splitter = tab->findChild<QSplitter*>();
        QVERIFY(splitter);
        splitter->setSizes({150, 850});
        splitters = tab->saveSplitters();
        QVERIFY(window.sectionTab(2)->showExhibit(QStringLiteral("p055-chatgpt-weekly-users")));
        window.showSection(3);
        window.resize(5000, 4000); // larger than any screen it reopens on
        window.close();
    }
    MainWindow again(*m_db);
    again.restoreSession();
    QCOMPARE(again.currentSectionTab(), again.sectionTab(3));
    QCOMPARE(again.sectionTab(3)->currentExhibit(), third);
    QCOMPARE(again.sectionTab(2)->currentExhibit(), QStringLiteral("p055-chatgpt-weekly-users"));
    QCOMPARE(again.sectionTab(3)->saveSplitters(), splitters);
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(again.width() <= screen.width() && again.height() <= screen.height(),
             qPrintable(QStringLiteral("%1x%2").arg(again.width()).arg(again.height())));
    // Back starts from the restored place: nothing before it.
    QVERIFY(!again.goBack());
    QSettings().remove(QStringLiteral("window"));
}

void tst_MainWindow::forgottenExhibitIsIgnored()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/tab"), 2);
    settings.setValue(QStringLiteral("window/tabs/bond-ai-2025-2/exhibit"),
                      QStringLiteral("p999-no-longer-there"));
    settings.setValue(QStringLiteral("window/tabs/bond-ai-2025-2/splitters"), QByteArray("junk"));
    settings.sync();
    MainWindow window(*m_db);
    const QString first = window.sectionTab(2)->currentExhibit();
    window.restoreSession();
    QCOMPARE(window.tabs()->currentIndex(), 2);
    QCOMPARE(window.sectionTab(2)->currentExhibit(), first);
    settings.remove(QStringLiteral("window"));
}

void tst_MainWindow::everyListedShortcutIsAnAction()
{
    MainWindow window(*m_db);
    const QVector<ShortcutEntry> entries = windowShortcuts(window);
    const QList<QAction*> actions = window.findChildren<QAction*>();
    QStringList listed;
    for (const ShortcutEntry& entry : entries) {
        QVERIFY(!entry.what.isEmpty());
        bool found = false;
        for (const QAction* action : actions)
            found = found || action->shortcuts().contains(entry.keys);
        QVERIFY2(found, qPrintable(entry.keys.toString()));
        listed.append(entry.keys.toString(QKeySequence::PortableText));
    }
    for (const char* keys : {"Ctrl+F", "Ctrl+E", "Ctrl+G", "Ctrl+1", "Ctrl+9", "Ctrl+Tab",
                             "Ctrl+Shift+Tab", "Alt+Left", "Alt+Right", "F1", "Ctrl+Q"})
        QVERIFY2(listed.contains(QLatin1String(keys)), keys);
}

void tst_MainWindow::ctrlTabFromATable()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(2);
    const int two = window.tabs()->currentIndex();
    QTableView* table = window.sectionTab(2)->findChild<QTableView*>();
    QVERIFY(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), two + 1);
    QTest::keyClick(window.tabs()->currentWidget(), Qt::Key_Backtab,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.tabs()->currentIndex(), two);
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), 2);
}

void tst_MainWindow::guideAndAbout()
{
    QFile guide(QStringLiteral(":/trendboard/help/guide.html"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    for (const char* feature : {"Overview", "filter bar", "Ctrl+G", "Compare", "provenance",
                                "Export chart", "Double-click a value", "context menu", "Undo"})
        QVERIFY2(html.contains(QLatin1String(feature)), feature);
    const QString about = aboutText(*m_db);
    for (const char* part :
         {"May 2025", "schema version", "exhibits", "stated values", "pages", "Brokerage"})
        QVERIFY2(about.contains(QLatin1String(part)), part);
}

// The About box says of the licences what the package's copyright file says.
void tst_MainWindow::aboutAgreesWithCopyright_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("own code") << "2026 The Trendboard developers";
    QTest::newRow("licence") << "GPL-3.0-or-later";
    QTest::newRow("report") << "BOND";
    QTest::newRow("note") << "Overseas AI Tokens / Users Surge";
    QTest::newRow("Qt") << "LGPL-3 or GPL-2";
    QTest::newRow("Qt Charts") << "GPL-3+";
    QTest::newRow("SQLite") << "public domain";
    QTest::newRow("Boost") << "BSL-1.0";
    QTest::newRow("where") << "/usr/share/doc/trendboard/copyright";
}

void tst_MainWindow::aboutAgreesWithCopyright()
{
    QFETCH(QString, text);
    QFile file(QStringLiteral(TRENDBOARD_DATA_DIR "/../../packaging/copyright"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The copyright file wraps its lines; compare with its white space folded.
    const QString copyright = QString::fromUtf8(file.readAll()).simplified();
    const QString about = aboutText(*m_db);
    QVERIFY2(about.contains(text), qPrintable(about));
    if (text != QLatin1String("/usr/share/doc/trendboard/copyright"))
        QVERIFY2(copyright.contains(text), qPrintable(text));
}

void tst_MainWindow::statusBarCounts()
{
    MainWindow window(*m_db);
    window.showSection(1);
    const QString counts = window.countsLabel()->text();
    QVERIFY2(counts.startsWith(
                 QStringLiteral("%1 exhibits · ").arg(window.sectionTab(1)->exhibitCount())),
             qPrintable(counts));
    QVERIFY(counts.endsWith(QStringLiteral("values")));
    QVERIFY(!window.matchesLabel()->isVisibleTo(&window));
    window.filterBar()->searchBox()->setText(QStringLiteral("NVIDIA"));
    QVERIFY(window.matchesLabel()->isVisibleTo(&window));
    QVERIFY2(window.matchesLabel()->text().contains(QStringLiteral("match")),
             qPrintable(window.matchesLabel()->text()));
    window.filterBar()->clear();
    QVERIFY(!window.matchesLabel()->isVisibleTo(&window));
}

// Every control a screen reader lands on says what it is: its own accessible name, its text,
// or a label that names it (a buddy).
void tst_MainWindow::everyControlHasAName()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSet<const QWidget*> buddies;
    QStringList unnamed;
    for (int tab = 0; tab < window.tabCount(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (const QLabel* label : window.findChildren<QLabel*>())
            buddies.insert(label->buddy());
        QList<QWidget*> controls;
        for (QWidget* w : window.findChildren<QAbstractButton*>())
            controls.append(w);
        for (QWidget* w : window.findChildren<QLineEdit*>())
            controls.append(w);
        for (QWidget* w : window.findChildren<QComboBox*>())
            controls.append(w);
        for (QWidget* w : window.findChildren<QAbstractItemView*>())
            controls.append(w);
        for (const QWidget* w : std::as_const(controls)) {
            // Qt's own parts of a control: named by the control they belong to.
            const QString cls = QString::fromLatin1(w->metaObject()->className());
            if (cls == QLatin1String("QTableCornerButton") ||
                cls == QLatin1String("QLineEditIconButton") ||
                qobject_cast<const QHeaderView*>(w) ||
                qobject_cast<const QMenuBar*>(w->parentWidget()) ||
                qobject_cast<const QComboBox*>(w->parentWidget()) ||
                w->parentWidget()->inherits("QComboBoxPrivateContainer") ||
                qobject_cast<const QTabBar*>(w->parentWidget()))
                continue;
            const auto* button = qobject_cast<const QAbstractButton*>(w);
            const bool named = !w->accessibleName().isEmpty() ||
                               (button && !button->text().isEmpty()) || buddies.contains(w);
            if (!named)
                unnamed.append(
                    QStringLiteral("%1 %2 in %3")
                        .arg(cls, w->objectName(),
                             QString::fromLatin1(w->parentWidget()->metaObject()->className())));
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
}

void tst_MainWindow::fitsSmallAndLargeScreens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("section");
    QTest::newRow("1024x700 Overview") << QSize(1024, 700) << 0;
    QTest::newRow("1024x700 section 2") << QSize(1024, 700) << 2;
    QTest::newRow("1440x900 Overview") << QSize(1440, 900) << 0;
    QTest::newRow("1440x900 section 2") << QSize(1440, 900) << 2;
}

// Nothing essential is cut: every tab shows its label (a section at least its number and a
// word, "Overview" whole), and the filter bar fits.
void tst_MainWindow::fitsSmallAndLargeScreens()
{
    QFETCH(QSize, size);
    QFETCH(int, section);
    MainWindow window(*m_db);
    window.showSection(section);
    const QImage image = window.snapshot(size);
    QCOMPARE(image.size(), size);
    QTabBar* bar = window.tabs()->tabBar();
    QCOMPARE(bar->tabText(0), QStringLiteral("Overview"));
    // Every tab as wide as its label wants: nothing elided.
    QVERIFY2(bar->sizeHint().width() <= bar->width(),
             qPrintable(QStringLiteral("tabs want %1 px, have %2")
                            .arg(bar->sizeHint().width())
                            .arg(bar->width())));
    for (int i = 0; i < bar->count(); ++i)
        QVERIFY2(bar->tabText(i).size() >= 5, qPrintable(bar->tabText(i)));
    QVERIFY(bar->tabText(1).startsWith(QStringLiteral("1 · ")));
    QVERIFY2(window.filterBar()->sizeHint().width() <= 1024,
             qPrintable(QString::number(window.filterBar()->sizeHint().width())));
    QVERIFY(window.filterBar()->width() >= window.filterBar()->minimumSizeHint().width());
}

void tst_MainWindow::fitWindow_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QRect>("client");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QPoint>("frameAt");
    QTest::addColumn<QSize>("clientSize");
    // Openbox: a 20-pixel title bar and 1-pixel borders.
    QTest::newRow("fits: unchanged")
        << QRect(79, 37, 1442, 925) << QRect(80, 57, 1440, 900) << QRect(0, 0, 1600, 1000)
        << QPoint(79, 37) << QSize(1440, 900);
    QTest::newRow("1600x1000 window on 1024x700")
        << QRect(79, 37, 1442, 925) << QRect(80, 57, 1440, 900) << QRect(0, 0, 1024, 700)
        << QPoint(0, 0) << QSize(1022, 675);
    QTest::newRow("off the bottom right: moved back")
        << QRect(900, 600, 602, 325) << QRect(901, 620, 600, 300) << QRect(0, 0, 1024, 700)
        << QPoint(422, 375) << QSize(600, 300);
    QTest::newRow("second screen, panel on top")
        << QRect(1500, 0, 802, 625) << QRect(1501, 20, 800, 600) << QRect(1600, 30, 1280, 994)
        << QPoint(1600, 30) << QSize(800, 600);
    QTest::newRow("no decorations known")
        << QRect(0, 0, 1440, 900) << QRect(0, 0, 1440, 900) << QRect(0, 0, 1024, 700)
        << QPoint(0, 0) << QSize(1024, 700);
}

void tst_MainWindow::fitWindow()
{
    QFETCH(QRect, frame);
    QFETCH(QRect, client);
    QFETCH(QRect, available);
    QFETCH(QPoint, frameAt);
    QFETCH(QSize, clientSize);
    const WindowPlacement placed = trendboard::fitWindow(frame, client, available);
    QCOMPARE(placed.frameTopLeft, frameAt);
    QCOMPARE(placed.clientSize, clientSize);
    // The whole frame, status bar included, is on the screen.
    const QSize decorations = frame.size() - client.size();
    QVERIFY(available.contains(QRect(placed.frameTopLeft, placed.clientSize + decorations)));
}

// The offscreen platform frames windows with a 2-pixel border: restoring the client area's
// corner as the frame's moves the window by the border at each start, as a window manager's
// title bar moved it by 20 pixels.
void tst_MainWindow::frameReopensWhereItWasLeft()
{
    // The offscreen screen (800 pixels) is narrower than the window may be: it keeps to the
    // left edge, and has some room below.
    const QPoint corner(0, 10);
    for (int run = 0; run < 3; ++run) {
        MainWindow window(*m_db);
        if (run == 0) {
            window.resize(600, 400);
            window.move(corner);
        } else {
            window.restoreSession();
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.frameGeometry().topLeft(), corner);
        QVERIFY2(window.frameGeometry() != window.geometry(), "the platform draws no frame");
        window.close();
    }
    QSettings().remove(windowkey::group);
}

// A window saved on a large screen reopens with its status bar (the match counts) on a small
// one.
void tst_MainWindow::restoredWindowFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        QSettings settings;
        settings.setValue(windowkey::group + QStringLiteral("/") + windowkey::frame,
                          QRect(79, 37, 2442, 1925));
        settings.setValue(windowkey::group + QStringLiteral("/") + windowkey::client,
                          QRect(80, 57, 2440, 1900));
    }
    MainWindow window(*m_db);
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The window is never narrower than 1,020 pixels (it fits a 1024-pixel screen): on the
    // offscreen platform's narrower screen only its height can fit.
    QTRY_VERIFY2(window.frameGeometry().top() >= available.top() &&
                     window.frameGeometry().bottom() <= available.bottom(),
                 qPrintable(QStringLiteral("frame %1,%2 %3x%4 on a %5x%6 screen")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
    QCOMPARE(window.frameGeometry().left(), available.left());
    const QStatusBar* bar = window.statusBar();
    const QRect barOnScreen(bar->mapToGlobal(QPoint(0, 0)), bar->size());
    QVERIFY(barOnScreen.top() >= available.top() && barOnScreen.bottom() <= available.bottom());
    window.close();
    QSettings().remove(windowkey::group);
}

// The real thing: the application under Xvfb with Openbox, started and quit twice; the second
// run's frame is where the first one's was (it was 20 pixels lower). Skipped where those tools are
// missing.
void tst_MainWindow::frameStaysUnderAWindowManager()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    const QString wm = QStandardPaths::findExecutable(QStringLiteral("openbox"));
    const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    const QString app = QStringLiteral(TRENDBOARD_EXE);
    if (xvfb.isEmpty() || wm.isEmpty() || xdotool.isEmpty())
        QSKIP("needs Xvfb, openbox and xdotool (apt-get install xvfb openbox xdotool)");
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A display of its own, and settings in the temporary folder only.
    const QString display =
        QStringLiteral(":%1").arg(90 + QCoreApplication::applicationPid() % 400);
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess server;
    server.start(xvfb, {display, QStringLiteral("-screen"), QStringLiteral("0"),
                        QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
    QVERIFY(server.waitForStarted());
    QProcess manager;
    manager.setProcessEnvironment(env);
    const auto stop = qScopeGuard([&] {
        manager.kill();
        manager.waitForFinished();
        server.kill();
        server.waitForFinished();
    });
    const auto run = [&](const QStringList& args) {
        QProcess tool;
        tool.setProcessEnvironment(env);
        tool.start(xdotool, args);
        tool.waitForFinished();
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!run({QStringLiteral("getdisplaygeometry")}).isEmpty(), 10000);
    manager.start(wm, {});
    QVERIFY(manager.waitForStarted());
    const QString settingsFile =
        home.filePath(QStringLiteral("config/trendboard.org/Trendboard.conf"));
    QVector<QRect> frames;
    for (int start = 0; start < 2; ++start) {
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(app, {});
        QVERIFY(window.waitForStarted());
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(id = run({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                        QStringLiteral("--name"), QStringLiteral("Trendboard —")})
                       .section(QLatin1Char('\n'), 0, 0))
                 .isEmpty(),
            20000);
        QTest::qWait(700); // the window manager frames it (nothing to wait on from here)
        run({QStringLiteral("windowactivate"), QStringLiteral("--sync"), id, QStringLiteral("key"),
             QStringLiteral("ctrl+q")});
        QVERIFY(window.waitForFinished(20000));
        const QSettings saved(settingsFile, QSettings::IniFormat);
        frames.append(
            saved.value(windowkey::group + QStringLiteral("/") + windowkey::frame).toRect());
    }
    QVERIFY(frames.first().isValid());
    QCOMPARE(frames.at(1).topLeft(), frames.first().topLeft());
}

// Ctrl+E with the focus in the search box (where it starts) opens the chart's export: the
// line edit's own Ctrl+E (end of line) no longer swallows it.
void tst_MainWindow::menuShortcutsFromTheSearchBox()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(2);
    QLineEdit* search = window.filterBar()->searchBox();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QString opened;
    const int answered =
        answerDialogs({[&](QWidget* dialog) {
                          opened = QString::fromLatin1(dialog->metaObject()->className());
                          static_cast<QDialog*>(dialog)->reject();
                      }},
                      [&] { QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier); });
    QCOMPARE(answered, 1);
    QCOMPARE(opened, QStringLiteral("trendboard::ExportDialog"));
    // The other menu keys from there too; editing keys stay the box's.
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    search->setFocus();
    QTest::keyClick(search, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.comparisonTab());
    search->setFocus();
    search->setText(QStringLiteral("abc"));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(search->selectedText(), QStringLiteral("abc"));
    search->clear();
}

void tst_MainWindow::goToPageStartsAtTheExhibitsPage()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.openExhibit(QStringLiteral("p055-chatgpt-weekly-users")));
    QCOMPARE(window.currentPage(), 55);
    int shown = 0;
    const int answered =
        answerDialogs({[&](QWidget* dialog) {
                          auto* box = qobject_cast<QInputDialog*>(dialog);
                          shown = box ? box->intValue() : -1;
                          static_cast<QDialog*>(dialog)->reject();
                      }},
                      [&] { QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier); });
    QCOMPARE(answered, 1);
    QCOMPARE(shown, 55);
}

// "Export everything…" says how many exhibits and files before it writes one; Cancel there
// writes nothing.
void tst_MainWindow::exportEverythingSaysHowMuchFirst()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QAction* everything = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("Export &everything…"))
            everything = action;
    }
    QVERIFY(everything);
    int exhibits = 0;
    for (const ReportInfo& report : m_db->reports())
        exhibits += int(m_db->exhibits(std::nullopt, report.id).size());
    QString question;
    const int answered =
        answerDialogs({[&](QWidget* dialog) {
                           // The batch dialog: PNG only, into the temporary folder.
                           for (QCheckBox* box : dialog->findChildren<QCheckBox*>())
                               box->setChecked(box->text() == QLatin1String("PNG"));
                           for (QLineEdit* edit : dialog->findChildren<QLineEdit*>())
                               edit->setText(folder.path());
                           static_cast<QDialog*>(dialog)->accept();
                       },
                       [&](QWidget* dialog) {
                           auto* box = qobject_cast<QMessageBox*>(dialog);
                           QVERIFY(box);
                           QCOMPARE(box->objectName(), QStringLiteral("confirmBatchExport"));
                           question = box->text();
                           box->button(QMessageBox::Cancel)->click();
                       }},
                      [&] { everything->trigger(); });
    QCOMPARE(answered, 2);
    QVERIFY2(question.contains(QStringLiteral("Export %1 exhibits").arg(exhibits)),
             qPrintable(question));
    // One PNG an exhibit and the index.
    QVERIFY2(question.contains(QStringLiteral("files in %1").arg(folder.path())),
             qPrintable(question));
    QVERIFY(QDir(folder.path()).entryList(QDir::Files).isEmpty());
}

void tst_MainWindow::compareSelectionReopens()
{
    SavedComparison chosen;
    chosen.request = {
        QStringLiteral("market_cap"),
        {QStringLiteral("NVIDIA"), QStringLiteral("Microsoft"), QStringLiteral("Apple")},
        QStringLiteral("2020"),
        QStringLiteral("2025")};
    chosen.transform = Transform::Indexed;
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.comparisonTab()->setComparison(chosen);
        window.showComparison();
        window.close();
    }
    MainWindow again(*m_db);
    again.restoreSession();
    const SavedComparison restored = again.comparisonTab()->currentComparison();
    QCOMPARE(restored.request.measure, chosen.request.measure);
    QStringList entities = restored.request.entities;
    entities.sort();
    QCOMPARE(entities, (QStringList{QStringLiteral("Apple"), QStringLiteral("Microsoft"),
                                    QStringLiteral("NVIDIA")}));
    QCOMPARE(restored.request.periodFrom, QStringLiteral("2020"));
    QCOMPARE(restored.request.periodTo, QStringLiteral("2025"));
    QCOMPARE(restored.transform, Transform::Indexed);
    QCOMPARE(again.tabs()->currentWidget(), again.comparisonTab());
    QSettings().remove(windowkey::group);
}

// View > Theme > Dark draws the chart panel dark on screen, as a dark slide is.
void tst_MainWindow::darkThemeDrawsTheChartDark()
{
    MainWindow window(*m_db);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openExhibit(QStringLiteral("p055-chatgpt-weekly-users")));
    ChartCanvas* canvas = window.currentSectionTab()->chartView()->figure()->canvas();
    const auto lightness = [canvas] {
        QCoreApplication::processEvents();
        const QImage image = canvas->grab().toImage();
        qint64 sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7, ++n)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        return n ? int(sum / n) : -1;
    };
    const auto restore = qScopeGuard([] { applyTheme(Theme::System); });
    applyTheme(Theme::Dark);
    const int dark = lightness();
    QVERIFY2(dark < 90, qPrintable(QString::number(dark)));
    applyTheme(Theme::Light);
    const int light = lightness();
    QVERIFY2(light > 180, qPrintable(QString::number(light)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
