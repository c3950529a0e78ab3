// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchexportdialog.h"
#include "browse/exhibitfilter.h"
#include "chart/chartcanvas.h"
#include "chartview.h"
#include "comparisontab.h"
#include "deferrediconstyle.h"
#include "exportdialog.h"
#include "figure/exhibitfigure.h"
#include "filterbar.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "overviewtab.h"
#include "quiettext.h"
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
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QRawFont>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QTimer>
#include <QToolButton>
#include <numeric>

#include "tst_mainwindow.h"

using namespace trendboard;

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

// The font files this process has mapped (FreeType maps each font it opens).
static QStringList mappedFontFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression fontFile(QStringLiteral("\\s(/\\S+\\.(ttf|otf|ttc|otc))$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QStringList files;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const auto m = fontFile.match(QString::fromLocal8Bit(line));
        if (m.hasMatch() && !files.contains(m.captured(1)))
            files.append(m.captured(1));
    }
    return files;
}

// An English window shows no Chinese: the brokerage note's heading is its English title (its
// Chinese title in brackets drew a CJK fallback font into memory, 3-5 MB, for one line).
void tst_MainWindow::englishWindowLoadsNoChineseFont()
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("needs /proc/self/maps to see which font files are loaded");
    QCOMPARE(displayLanguage(), DisplayLanguage::English);
    MainWindow window(*m_db);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>();
    QVERIFY(tabs);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QVERIFY(!window.grab().isNull()); // every visible text shaped and drawn
        for (const QLabel* label : tabs->currentWidget()->findChildren<QLabel*>()) {
            QVERIFY2(!label->isVisibleTo(&window) || !label->text().contains(han),
                     qPrintable(tabs->tabText(i) + ": " + label->text()));
        }
    }
    for (const QString& file : mappedFontFiles()) {
        const QRawFont font(file, 12);
        QVERIFY2(!font.isValid() || !font.supportsCharacter(QChar(0x4E2D)), qPrintable(file));
    }
}

// --snapshot decodes no image: the standard icons the window builds (the search box's clear
// button, the menu bar's extension arrows) wait for their first paint, so Qt loads none of
// its image-format plugins (it loads all four to decode one PNG).
void tst_MainWindow::snapshotLoadsNoImageFormatPlugin()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TRENDBOARD_EXE),
              {QStringLiteral("--snapshot"), home.filePath(QStringLiteral("s.png")),
               QStringLiteral("--section"), QStringLiteral("2")});
    QVERIFY(app.waitForFinished(60000));
    const QString err = QString::fromLocal8Bit(app.readAllStandardError());
    QVERIFY2(app.exitCode() == 0, qPrintable(err.right(2000)));
    static const QRegularExpression loaded(
        QStringLiteral("\\S+/(\\w+)/[^/\\s]+\\.so\"? loaded library"));
    QStringList plugins;
    for (auto it = loaded.globalMatch(err); it.hasNext();)
        plugins.append(it.next().captured(0));
    // The log is read: the database driver's plugin is in it.
    QVERIFY2(plugins.filter(QStringLiteral("/sqldrivers/")).size() == 1,
             qPrintable(err.right(2000)));
    QVERIFY2(plugins.filter(QStringLiteral("/imageformats/")).isEmpty(),
             qPrintable(plugins.join('\n')));
}

// The deferred clear button is the style's own: drawn the same, and it clears the box.
void tst_MainWindow::clearButtonDrawnAsTheStyleDrawsIt()
{
    const QString styleName = applicationStyleName();
    std::unique_ptr<QStyle> plain(QStyleFactory::create(styleName));
    DeferredIconStyle deferred(QStyleFactory::create(styleName));
    QVERIFY(plain);
    const auto draw = [](QStyle* style) {
        QLineEdit edit;
        edit.setStyle(style);
        edit.setText(QStringLiteral("nvidia")); // first: the button shows without fading in
        edit.setClearButtonEnabled(true);
        edit.resize(220, 30);
        return edit.grab().toImage();
    };
    const QImage expected = draw(plain.get());
    QCOMPARE(draw(&deferred), expected);
    // Not blank: the button drew something right of the text.
    const QImage empty = [&] {
        QLineEdit edit;
        edit.setStyle(plain.get());
        edit.setText(QStringLiteral("nvidia"));
        edit.resize(220, 30);
        return edit.grab().toImage();
    }();
    QVERIFY(expected != empty);

    QLineEdit edit;
    edit.setStyle(&deferred);
    edit.setText(QStringLiteral("nvidia"));
    edit.setClearButtonEnabled(true);
    edit.resize(220, 30);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QToolButton* button = edit.findChild<QToolButton*>();
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(edit.text().isEmpty());
}

// --snapshot paints the window once, into its image: never first into a backing store no one
// sees. The image is opaque RGB32, the window's size, and the window paints again after it.
void tst_MainWindow::snapshotPaintsOnce()
{
    MainWindow window(*m_db);
    window.showSection(2);
    int paints = 0;
    struct PaintCounter : QObject
    {
        int* count;
        explicit PaintCounter(int* c) : count(c) {}
        bool eventFilter(QObject*, QEvent* event) override
        {
            *count += event->type() == QEvent::Paint;
            return false;
        }
    } counter(&paints);
    window.installEventFilter(&counter);
    const QImage image = window.snapshot(QSize(1200, 800));
    QCOMPARE(paints, 1);
    QCOMPARE(image.format(), QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(1200, 800));
    QVERIFY(window.updatesEnabled());
    window.update();
    QTRY_COMPARE(paints, 2);
}

// --snapshot draws the window a band of rows at a time (each encoded while the next is drawn):
// bands of the asked height, top to bottom, that make up the picture snapshot() draws whole,
// but for the antialiasing of an edge here and there (a bar's top drawn under another clip).
void tst_MainWindow::snapshotInBandsDrawsTheSnapshot()
{
    MainWindow window(*m_db);
    window.showSection(2);
    const QImage whole = window.snapshot(QSize(1200, 800));
    QImage joined(whole.size(), QImage::Format_RGB32);
    joined.fill(Qt::magenta); // where no band draws
    QVector<int> heights;
    window.snapshotInBands(QSize(1200, 800), 64, [&](const QImage& band) {
        QCOMPARE(band.format(), QImage::Format_RGB32);
        QCOMPARE(band.width(), whole.width());
        QPainter painter(&joined);
        painter.drawImage(0, std::accumulate(heights.begin(), heights.end(), 0), band);
        heights.append(band.height());
    });
    QCOMPARE(std::accumulate(heights.begin(), heights.end(), 0), whole.height());
    QCOMPARE(heights.size(), (800 + 63) / 64);
    QCOMPARE(heights.last(), 800 - 64 * (heights.size() - 1));
    int differing = 0;
    for (int y = 0; y < whole.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(whole.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(joined.constScanLine(y));
        for (int x = 0; x < whole.width(); ++x)
            differing += a[x] != b[x];
    }
    // 960,000 pixels; a few hundred on antialiased edges differ (section 2: 288 at 1600x900).
    QVERIFY2(differing < whole.width() * whole.height() / 1000,
             qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
}

// Typing relabels the tabs with their counts when it pauses (each relabelling lays the whole
// window out again); the first letter, a cleared search and any other change of the filter
// relabel them at once. The status bar's count follows every keystroke.
void tst_MainWindow::tabCountsFollowTypingWhenItPauses()
{
    MainWindow window(*m_db);
    window.showSection(2);
    QLineEdit* search = window.filterBar()->searchBox();
    const auto countIn = [&window](int tab) {
        const QString text = window.tabs()->tabText(tab);
        return text.mid(text.lastIndexOf(QLatin1Char('(')));
    };
    const auto counted = [&window](int tab) {
        const SectionTab* section = window.sectionTab(tab);
        return QStringLiteral("(%1/%2)").arg(section->matchCount()).arg(section->exhibitCount());
    };
    search->setText(QStringLiteral("c"));
    QCOMPARE(countIn(2), counted(2)); // the first letter: at once
    QVERIFY(!window.relabelTabsNow());
    const QString before = countIn(2);
    search->setText(QStringLiteral("chatgpt"));
    QVERIFY2(counted(2) != before, "the test needs words that match differently");
    QCOMPARE(countIn(2), before); // typed: not yet
    QVERIFY2(window.matchesLabel()->text().contains(QString::number(
                 FilterService(*m_db).matches(window.filterBar()->filter()).count())),
             qPrintable(window.matchesLabel()->text()));
    QVERIFY(window.relabelTabsNow());
    QCOMPARE(countIn(2), counted(2));
    // A relabelling that waits waits on while the typing goes on, counts changed or not.
    search->setText(QStringLiteral("chatgpt user"));
    const int userMatches = window.sectionTab(2)->matchCount();
    search->setText(QStringLiteral("chatgpt users"));
    QCOMPARE(window.sectionTab(2)->matchCount(), userMatches); // prefixes: the same matches
    QVERIFY(window.relabelTabsNow());
    search->setText(QStringLiteral("capex"));
    QTRY_COMPARE(countIn(2), counted(2)); // when the typing pauses, with no call
    // Another field of the filter: at once.
    ExhibitFilter withValues = window.filterBar()->filter();
    withValues.onlyWithValues = true;
    window.filterBar()->setFilter(withValues);
    QCOMPARE(countIn(2), counted(2));
    QVERIFY(!window.relabelTabsNow());
    window.filterBar()->clear();
    QVERIFY(!window.tabs()->tabText(2).contains(QLatin1Char('/')));
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
    // Its counts (from section_stats and the index) are those of every exhibit of both reports.
    int exhibits = 0, values = 0;
    QSet<QString> pages;
    for (const ExhibitInfo& e : m_db->exhibits(std::nullopt, ReportScope::all())) {
        ++exhibits;
        values += e.statedValues;
        pages.insert(QStringLiteral("%1:%2").arg(e.reportId).arg(e.page));
    }
    const QString counts = QStringLiteral("%1 exhibits, %2 stated values, %3 pages")
                               .arg(exhibits)
                               .arg(values)
                               .arg(pages.size());
    QVERIFY2(about.contains(counts), qPrintable(counts + QStringLiteral(" in ") + about));
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

QTEST_MAIN(tst_MainWindow)
