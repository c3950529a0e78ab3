// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chartcanvas.h"
#include "chartview.h"
#include "checklistbutton.h"
#include "datatableview.h"
#include "figure/exhibitfigure.h"
#include "filterbar.h"
#include "headlineboard.h"
#include "longsection.h"
#include "mainwindow.h"
#include "models/exhibitlistmodel.h"
#include "models/exhibittablemodel.h"
#include "overviewtab.h"
#include "provenancepanel.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "text/displaylanguage.h"

#include "browse/exhibitfilter.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXYSeries>

using namespace trendboard;

class tst_SectionTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tabs();
    void selectingRowHighlightsPoint();
    void clickingPointSelectsRow();
    void detailsLinkOpensSection();
    void searchFiltersExhibits();
    void overviewFoundByDetailedEntities_data();
    void overviewFoundByDetailedEntities();
    void searchRanksAndHighlights();
    void downFromSearchWalksTheList();
    void backAndForward();
    void headlineTileOpensItsExhibit();
    void filterSurvivesRestart();
    void snapshotIsDrawn();
    void listTitlesFitTheirRows();
    void listTagsExhibitsWithoutValues();
    void provenanceOfTheSelectedValue();
    void windowFitsSmallScreens();
    void goToPage_data();
    void goToPage();
    void chineseInterface();
    void tabsBuiltWhenFirstShown();
    void hiddenTabReadsWhenShown();
    void facetListsCountWhenOpened();
    void longSectionReadABatchAtATime();
    void manyHitsRankedWhenTypingPauses();
    void searchRanksOnlyTheListOnShow();

private:
    std::unique_ptr<ReportDatabase> m_db;
};

void tst_SectionTab::initTestCase()
{
    // The window keeps its filter between runs: tests keep theirs apart from the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("TrendboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sectiontab"));
    QSettings().clear();
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void tst_SectionTab::tabs()
{
    MainWindow window(*m_db);
    // overview + eight sections + the brokerage note + the comparison workspace
    QCOMPARE(window.tabCount(), 11);
    auto* tabs = window.tabs();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Overview"));
    QVERIFY(tabs->tabText(1).startsWith("1 · "));
    QVERIFY(tabs->tabText(8).startsWith("8 · "));
    QCOMPARE(tabs->tabText(9), QStringLiteral("Brokerage note"));
    QVERIFY(window.sectionTab(-1)->exhibitCount() >= 8);
    QCOMPARE(window.sectionTab(0)->exhibitCount(), 11);
    QVERIFY(window.sectionTab(1)->exhibitCount() >= 19);
    // The first exhibit is shown on opening.
    QVERIFY(!window.sectionTab(1)->currentExhibit().isEmpty());
}

void tst_SectionTab::selectingRowHighlightsPoint()
{
    MainWindow window(*m_db);
    SectionTab* tab = window.sectionTab(1);
    QVERIFY(tab->showExhibit("p039-gemini-developers"));
    ExhibitTableModel* model = tab->exhibitModel();
    QVERIFY(model->rowCount() >= 2);
    tab->dataTable()->selectModelRow(1);
    // Bars: the selected bar set has the bar of row 1 selected.
    auto* view = tab->chartView()->figure()->findChild<QChartView*>();
    QVERIFY(view);
    bool selected = false;
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets())
                selected = selected || !set->selectedBars().isEmpty();
        }
        if (auto* xy = qobject_cast<QXYSeries*>(s))
            selected = selected || !xy->selectedPoints().isEmpty();
    }
    QVERIFY(selected);
}

void tst_SectionTab::clickingPointSelectsRow()
{
    MainWindow window(*m_db);
    SectionTab* tab = window.sectionTab(1);
    QVERIFY(tab->showExhibit("p039-gemini-developers"));
    emit tab->chartView()->figure()->canvas()->rowActivated(1);
    QCOMPARE(tab->dataTable()->currentIndex().row(), 1);
}

void tst_SectionTab::detailsLinkOpensSection()
{
    MainWindow window(*m_db);
    QVERIFY(window.sectionTab(0)->showExhibit("p004-chipmaker-developers"));
    emit window.sectionTab(0)->chartView()->detailsRequested(38);
    auto* tabs = window.tabs();
    QCOMPARE(tabs->currentWidget(), window.sectionTab(1));
    QCOMPARE(window.sectionTab(1)->currentExhibit(), QStringLiteral("p038-nvidia-developers"));
    QVERIFY(!window.openPage(7)); // front matter, no section tab
}

void tst_SectionTab::searchFiltersExhibits()
{
    MainWindow window(*m_db);
    SectionTab* tab = window.sectionTab(1);
    QLineEdit* search = window.filterBar()->searchBox();
    auto* list = tab->findChild<QListView*>();
    QVERIFY(search && list);
    const int all = list->model()->rowCount();
    // 'NVIDIA' is an entity of p038's series, not only a word of its title.
    QTest::keyClicks(search, "NVIDIA");
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < all);
    bool found = false;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        found =
            found || list->model()->index(r, 0).data(ExhibitListModel::ExhibitIdRole).toString() ==
                         "p038-nvidia-developers";
    QVERIFY(found);
    // The tab's title counts its matches (when the typing pauses: MainWindow::relabelTabsNow).
    QTRY_VERIFY2(window.tabs()->tabText(1).endsWith(
                     QStringLiteral("(%1/%2)").arg(list->model()->rowCount()).arg(all)),
                 qPrintable(window.tabs()->tabText(1)));
    // The exhibit on show follows the search: the first match, never a hidden exhibit.
    QCOMPARE(tab->currentExhibit(),
             list->model()->index(0, 0).data(ExhibitListModel::ExhibitIdRole).toString());
    search->setText("zzzz-no-such-thing");
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(tab->currentExhibit().isEmpty());
    // Said in the chart's place, with no exhibit left in the table.
    QVERIFY2(tab->nothingMatchesText().startsWith("No exhibit of this tab matches"),
             qPrintable(tab->nothingMatchesText()));
    QVERIFY(!tab->exhibitModel()->hasExhibit());
    QTRY_VERIFY(window.tabs()->tabText(1).endsWith(QStringLiteral("(0/%1)").arg(all)));
    window.filterBar()->clear();
    QCOMPARE(list->model()->rowCount(), all);
    QVERIFY(!tab->currentExhibit().isEmpty());
    QVERIFY(!window.tabs()->tabText(1).contains('/'));
}

// The Overview's summary charts name their subjects only as "Leading USA-Based LLM" and
// "Leading Chipmaker": they are found by the entities of the exhibits they detail.
void tst_SectionTab::overviewFoundByDetailedEntities_data()
{
    QTest::addColumn<QString>("words");
    QTest::newRow("ChatGPT") << "ChatGPT";
    QTest::newRow("NVIDIA") << "NVIDIA";
}

void tst_SectionTab::overviewFoundByDetailedEntities()
{
    QFETCH(QString, words);
    MainWindow window(*m_db);
    SectionTab* tab = window.sectionTab(0);
    auto* list = tab->findChild<QListView*>();
    window.filterBar()->searchBox()->setText(words);
    QVERIFY2(list->model()->rowCount() >= 1, qPrintable(words));
    window.filterBar()->clear();
}

// With search words a tab lists its matches best first, the words highlighted in the titles.
void tst_SectionTab::searchRanksAndHighlights()
{
    MainWindow window(*m_db);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    window.showSection(2);
    auto* list = window.sectionTab(2)->findChild<QListView*>();
    window.filterBar()->searchBox()->setText("ChatGPT users");
    QVERIFY(list->model()->rowCount() >= 2);
    const QStringList ranked = m_db->search("ChatGPT users");
    int previous = -1;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const int rank = int(ranked.indexOf(
            list->model()->index(r, 0).data(ExhibitListModel::ExhibitIdRole).toString()));
        QVERIFY(rank > previous);
        previous = rank;
    }
    QApplication::processEvents();
    const QImage shown = list->viewport()->grab().toImage();
    bool highlighted = false;
    for (int y = 0; y < shown.height() && !highlighted; ++y) {
        for (int x = 0; x < shown.width() && !highlighted; ++x)
            highlighted = shown.pixelColor(x, y) == QColor(0xff, 0xe8, 0x80);
    }
    QVERIFY(highlighted);
    // Without words the list is in page order again.
    window.filterBar()->clear();
    int page = 0;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const int p = list->model()->index(r, 0).data(ExhibitListModel::PageRole).toInt();
        QVERIFY(p >= page);
        page = p;
    }
}

// Down in the search box moves into the list of the tab on show; arrow keys walk it and the
// chart follows.
void tst_SectionTab::downFromSearchWalksTheList()
{
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(2);
    SectionTab* tab = window.sectionTab(2);
    auto* list = tab->findChild<QListView*>();
    window.filterBar()->focusSearch();
    QTest::keyClick(window.filterBar()->searchBox(), Qt::Key_Down);
    QVERIFY(list->hasFocus());
    const QString first = tab->currentExhibit();
    QTest::keyClick(list, Qt::Key_Down);
    QVERIFY(tab->currentExhibit() != first);
    QCOMPARE(tab->exhibitModel()->exhibit().info.id, tab->currentExhibit());
}

// Back and forward return to the tabs and exhibits seen, as a browser does.
void tst_SectionTab::backAndForward()
{
    MainWindow window(*m_db);
    window.showSection(1);
    const QString firstOfOne = window.sectionTab(1)->currentExhibit();
    QVERIFY(window.goToPage(55));
    QVERIFY(window.goToPage(149));
    QCOMPARE(window.currentSectionTab()->section().number, 3);
    QVERIFY(window.goBack());
    QCOMPARE(window.currentSectionTab()->section().number, 2);
    QVERIFY(window.currentSectionTab()->currentExhibit().startsWith("p055"));
    QVERIFY(window.goBack());
    QCOMPARE(window.currentSectionTab()->section().number, 1);
    QCOMPARE(window.currentSectionTab()->currentExhibit(), firstOfOne);
    QVERIFY(window.goForward());
    QVERIFY(window.currentSectionTab()->currentExhibit().startsWith("p055"));
    // A new visit drops what was ahead.
    QVERIFY(window.goToPage(329));
    QVERIFY(!window.goForward());
}

// The Overview opens on headline tiles; a tile opens its exhibit.
void tst_SectionTab::headlineTileOpensItsExhibit()
{
    MainWindow window(*m_db);
    window.tabs()->setCurrentIndex(0);
    QVERIFY(!window.overview()->showingSummary());
    // The summary charts' tab gives the pages they are on, not the front matter's.
    auto* pages = window.overview()->findChild<QTabWidget*>();
    QVERIFY(pages);
    QCOMPARE(pages->tabText(1), QStringLiteral("Summary charts (pages 4–6)"));
    const auto tiles = window.overview()->board()->tiles();
    QVERIFY(tiles.size() >= 16); // at least two figures in each of the eight sections
    HeadlineTileWidget* tile = tiles.at(5);
    const QString id = tile->tile().exhibitId;
    QTest::mouseClick(tile, Qt::LeftButton);
    SectionTab* tab = window.currentSectionTab();
    QVERIFY(tab);
    QCOMPARE(tab->section().number, tile->tile().section);
    QCOMPARE(tab->currentExhibit(), id);
    // Back returns to the tiles.
    QVERIFY(window.goBack());
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QVERIFY(!window.overview()->showingSummary());
}

void tst_SectionTab::filterSurvivesRestart()
{
    ExhibitFilter chosen;
    chosen.entities = QStringList{"NVIDIA"};
    chosen.onlyWithValues = true;
    {
        MainWindow window(*m_db);
        window.filterBar()->setFilter(chosen);
        QVERIFY(window.tabs()->tabText(1).contains('/'));
    }
    MainWindow again(*m_db);
    QCOMPARE(again.filterBar()->filter(), chosen);
    QVERIFY(again.tabs()->tabText(1).contains('/'));
    again.filterBar()->clear();
}

void tst_SectionTab::snapshotIsDrawn()
{
    MainWindow window(*m_db);
    window.showSection(1);
    const QImage image = window.snapshot(QSize(1400, 900));
    QCOMPARE(image.size(), QSize(1400, 900));
    // Not a blank window: many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
}

// With the language set to Chinese: the embedded translation names the tabs, and an exhibit
// whose Chinese title the report's text gives (p. 160) shows it in the list and the chart.
void tst_SectionTab::chineseInterface()
{
    auto* translator = new QTranslator(qApp);
    QVERIFY(translator->load(QStringLiteral(":/i18n/trendboard_zh_CN.qm")));
    QCoreApplication::installTranslator(translator);
    QCOMPARE(QCoreApplication::translate("trendboard::MainWindow", "Overview"),
             QStringLiteral("概览"));
    setDisplayLanguage(DisplayLanguage::Chinese);
    {
        MainWindow window(*m_db);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("概览"));
        QCOMPARE(window.tabs()->tabToolTip(0), QStringLiteral("图表胜过千言万语"));
        SectionTab* tab = window.sectionTab(4);
        QVERIFY(tab->showExhibit("p160-nvidia-revenue"));
        const QString title = QStringLiteral("NVIDIA 各业务线季度收入(十亿美元)");
        bool inList = false;
        for (const QListView* list : tab->findChildren<QListView*>()) {
            for (int row = 0; row < list->model()->rowCount(); ++row)
                inList = inList || list->model()->index(row, 0).data().toString().contains(title);
        }
        QVERIFY(inList);
        bool onChart = false;
        for (const QLabel* label : tab->findChildren<QLabel*>())
            onChart = onChart || label->text().contains(title);
        QVERIFY(onChart);
    }
    setDisplayLanguage(DisplayLanguage::English);
    QCoreApplication::removeTranslator(translator);
    delete translator;
}

QTEST_MAIN(tst_SectionTab)
// Every exhibit title in every tab's list fits the row it is painted in: wrapped at the width
// it is painted at, never over its neighbour (the width a scroll bar takes included).
void tst_SectionTab::listTitlesFitTheirRows()
{
    MainWindow window(*m_db);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int n = 0; n <= 8; ++n) {
        window.showSection(n);
        QCoreApplication::processEvents();
        auto* list = window.sectionTab(n)->findChild<QListView*>();
        QVERIFY(list);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const QRect rect = list->visualRect(index);
            // What of the row is visible: the viewport clips a row wider than it is.
            const int visible =
                std::min(rect.right(), list->viewport()->width() - 1) - rect.left() + 1;
            // A row of no values keeps room for its tag.
            QFont tagFont = list->font();
            tagFont.setPointSizeF(tagFont.pointSizeF() * 0.8);
            const int tag =
                index.data(ExhibitListModel::StatedValuesRole).toInt() == 0
                    ? QFontMetrics(tagFont).horizontalAdvance(QStringLiteral("no values")) + 16
                    : 0;
            const QRect text = list->fontMetrics().boundingRect(
                QRect(0, 0, visible - 6 - tag, 10000), Qt::TextWordWrap, index.data().toString());
            QVERIFY2(text.height() + 6 <= rect.height(),
                     qPrintable(QStringLiteral("section %1 row %2: %3 needs %4 px, has %5")
                                    .arg(n)
                                    .arg(row)
                                    .arg(index.data().toString())
                                    .arg(text.height() + 6)
                                    .arg(rect.height())));
        }
    }
}

// An exhibit whose page states no values carries a small grey "no values" tag at its row's end.
void tst_SectionTab::listTagsExhibitsWithoutValues()
{
    MainWindow window(*m_db);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSection(7);
    QCoreApplication::processEvents();
    auto* list = window.sectionTab(7)->findChild<QListView*>();
    QVERIFY(list);
    QModelIndex empty;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(ExhibitListModel::ExhibitIdRole).toString() ==
            QLatin1String("p310-internet-users-by-region"))
            empty = index;
    }
    QVERIFY(empty.isValid());
    QCOMPARE(empty.data(ExhibitListModel::StatedValuesRole).toInt(), 0);
    QVERIFY(empty.data(Qt::ToolTipRole).toString().contains("states no values"));
    list->scrollTo(empty);
    QCoreApplication::processEvents();
    // The row's short title ends far from the right edge: ink there is the tag.
    const QRect rect = list->visualRect(empty);
    const int right = std::min(rect.right(), list->viewport()->width() - 1);
    const QImage shot = list->viewport()->grab().toImage();
    const QRgb base = shot.pixel(right - 2, rect.top() + 1);
    int ink = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = right - 50; x < right - 4; ++x)
            ink += shot.pixel(x, y) != base ? 1 : 0;
    }
    QVERIFY2(ink > 20, "no tag drawn");
}

void tst_SectionTab::provenanceOfTheSelectedValue()
{
    MainWindow window(*m_db);
    SectionTab* tab = window.sectionTab(2);
    QVERIFY(tab->showExhibit(QStringLiteral("p055-chatgpt-weekly-users")));
    QVERIFY(tab->provenance()->text().startsWith(QStringLiteral("Select a value")));
    const ExhibitData& data = tab->exhibitModel()->exhibit();
    int derivedRow = -1;
    for (int row = 0; row < tab->exhibitModel()->rowCount(); ++row) {
        const PointRecord& p = data.series.at(tab->exhibitModel()->seriesOfRow(row))
                                   .points.at(tab->exhibitModel()->pointOfRow(row));
        if (p.status == QLatin1String("derived"))
            derivedRow = row;
    }
    QVERIFY(derivedRow >= 0);
    tab->dataTable()->selectModelRow(derivedRow);
    const QString text = tab->provenance()->text();
    QVERIFY2(text.contains(QStringLiteral("page 55")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Status: derived — ")));
    QVERIFY(text.contains(QStringLiteral("Period as parsed: 2023-11-01 to 2023-11-30")));
    QVERIFY(text.contains(QStringLiteral("In base units: 100,000,000 count")));
    QVERIFY(text.contains(QStringLiteral("Quote: “")));
}

// The window shrinks to 1024x700 (a small laptop screen): no control holds it wider.
void tst_SectionTab::windowFitsSmallScreens()
{
    MainWindow window(*m_db);
    for (int tab = 0; tab < window.tabCount(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(least.width() <= 1024 && least.height() <= 700,
                 qPrintable(QStringLiteral("tab %1 needs at least %2x%3")
                                .arg(tab)
                                .arg(least.width())
                                .arg(least.height())));
    }
}

void tst_SectionTab::goToPage_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("section"); // -2: no exhibit there
    QTest::newRow("overview") << 4 << 0;
    QTest::newRow("section 2") << 55 << 2;
    QTest::newRow("section 5 table") << 274 << 5;
    QTest::newRow("section 8") << 329 << 8;
    QTest::newRow("a page of prose") << 154 << -2;
}

void tst_SectionTab::goToPage()
{
    QFETCH(int, page);
    QFETCH(int, section);
    MainWindow window(*m_db);
    window.showSection(1);
    const bool opened = window.goToPage(page);
    QCOMPARE(opened, section != -2);
    if (!opened)
        return;
    auto* tabs = window.tabs();
    SectionTab* tab = window.currentSectionTab();
    QVERIFY(tab);
    QCOMPARE(tab->section().number, section);
    QVERIFY(
        tab->currentExhibit().startsWith(QStringLiteral("p%1").arg(page, 3, 10, QLatin1Char('0'))));
}

// Issue 25: the window builds the tab it shows; another tab, the Overview's headline figures
// and the Compare tab are built when first shown, or when code asks for them.
void tst_SectionTab::tabsBuiltWhenFirstShown()
{
    MainWindow window(*m_db);
    window.showSection(2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const SectionTab* tab : window.sectionTabs())
        QCOMPARE(tab->isBuilt(), tab->section().number == 2);
    QVERIFY(!window.overview()->isBoardBuilt());
    QVERIFY(!window.isComparisonBuilt());
    // Its counts need no tab built.
    window.filterBar()->searchBox()->setText(QStringLiteral("NVIDIA"));
    QVERIFY(window.tabs()->tabText(1).contains('/'));
    QVERIFY(!window.sectionTabs().at(1)->isBuilt());
    window.filterBar()->clear();
    // Asked for: built, on its first exhibit.
    SectionTab* three = window.sectionTab(3);
    QVERIFY(three->isBuilt());
    QVERIFY(three->findChild<QListView*>());
    QVERIFY(!three->currentExhibit().isEmpty());
    // Shown: built, and painted with its exhibit read.
    window.tabs()->setCurrentWidget(window.sectionTabs().at(4));
    QVERIFY(window.sectionTabs().at(4)->isBuilt());
    QVERIFY(window.sectionTabs().at(4)->exhibitModel()->hasExhibit());
    // An exhibit of a tab not built: read when its tab is shown.
    SectionTab* six = window.sectionTabs().at(6);
    QVERIFY(!six->isBuilt());
    const QString last = m_db->exhibits(6, kBondReportId).last().id;
    QVERIFY(window.openExhibit(last));
    QVERIFY(six->isBuilt());
    QCOMPARE(window.currentSectionTab(), six);
    QCOMPARE(six->exhibitModel()->exhibit().info.id, last);
    window.tabs()->setCurrentIndex(0);
    QVERIFY(window.overview()->isBoardBuilt());
    window.showComparison();
    QVERIFY(window.isComparisonBuilt());
}

// A keystroke does not read a hidden tab's exhibit (nor draw its 'nothing matches'): it is
// marked stale and read when the tab is shown.
void tst_SectionTab::hiddenTabReadsWhenShown()
{
    MainWindow window(*m_db);
    window.showSection(3);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SectionTab* three = window.sectionTab(3);
    QVERIFY(three->exhibitModel()->hasExhibit());
    window.showSection(2);
    window.filterBar()->searchBox()->setText(QStringLiteral("zzzz-no-such-thing"));
    QVERIFY(three->isStale());
    QVERIFY(three->currentExhibit().isEmpty());
    QVERIFY(three->exhibitModel()->hasExhibit()); // not touched while hidden
    QVERIFY(three->nothingMatchesText().isEmpty());
    window.showSection(3);
    QVERIFY(!three->isStale());
    QVERIFY(three->nothingMatchesText().startsWith(QStringLiteral("No exhibit of this tab")));
    QVERIFY(!three->exhibitModel()->hasExhibit());
    window.showSection(2);
    window.filterBar()->clear();
    QVERIFY(three->isStale());
    QVERIFY(!three->currentExhibit().isEmpty());
    QVERIFY(!three->exhibitModel()->hasExhibit()); // read when shown, not before
    window.showSection(3);
    QVERIFY(!three->isStale());
    QCOMPARE(three->exhibitModel()->exhibit().info.id, three->currentExhibit());
    QVERIFY(three->nothingMatchesText().isEmpty());
}

// A keystroke does not fill the facet lists again: a list counts when it is opened, and the
// same counts again leave it as it is.
void tst_SectionTab::facetListsCountWhenOpened()
{
    MainWindow window(*m_db);
    CheckListButton* entities = window.filterBar()->entityButton();
    const auto rows = [entities] {
        QStringList texts;
        for (int r = 0; r < entities->listView()->model()->rowCount(); ++r)
            texts.append(entities->listView()->model()->index(r, 0).data().toString());
        return texts;
    };
    emit entities->menu()->aboutToShow();
    const int fills = entities->fillCount();
    const QStringList all = rows();
    QVERIFY(all.size() > 10);
    QTest::keyClicks(window.filterBar()->searchBox(), QStringLiteral("nvidia"));
    QCOMPARE(entities->fillCount(), fills);
    emit entities->menu()->aboutToShow();
    QCOMPARE(entities->fillCount(), fills + 1);
    QVERIFY(rows() != all); // counted under the search
    emit entities->menu()->aboutToShow();
    QCOMPARE(entities->fillCount(), fills + 1);
    // The same items again: the list stays.
    CheckListButton button(QStringLiteral("Unit"));
    const QVector<CheckListButton::Item> items{{"$B", {}, 3}, {"%", {}, 5}};
    button.setItems(items);
    button.setItems(items);
    QCOMPARE(button.fillCount(), 1);
    button.setItems({{"$B", {}, 2}, {"%", {}, 5}});
    QCOMPARE(button.fillCount(), 2);
    QCOMPARE(button.listView()->model()->index(0, 0).data().toString(), QStringLiteral("$B (2)"));
}

// Issue 25: a section longer than a batch is never read whole, neither to build its tab
// (counts from section_stats, rows as the list shows them) nor to filter it (the search's
// hits, in rank order, read by id a batch at a time); search text reads no facets.
void tst_SectionTab::longSectionReadABatchAtATime()
{
    QTemporaryDir dir;
    const QString path = longsection::copy(dir.path(), 30);
    QVERIFY(!path.isEmpty());
    ReportDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    const int total = db.sectionStats({kBondReportId, 2}).exhibits;
    QVERIFY(total > 2 * ExhibitListModel::kBatch);
    // What reads a section's list whole, or every exhibit's facets.
    const auto wholeReads = [&db] {
        QStringList whole;
        for (auto it = db.statementsRun().cbegin(); it != db.statementsRun().cend(); ++it) {
            const QString& sql = it.key();
            if ((sql.contains(QLatin1String("e.section_no = ?")) &&
                 sql.contains(QLatin1String("FROM exhibit e JOIN report")) &&
                 !sql.contains(QLatin1String("LIMIT"))) ||
                sql.contains(QLatin1String("FROM exhibit x ORDER BY")))
                whole.append(sql.simplified().left(160));
        }
        return whole.join('\n');
    };
    QSettings().clear(); // no filter of an earlier test restored
    MainWindow window(db);
    QCOMPARE(wholeReads(), QString());
    window.showSection(2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SectionTab* tab = window.sectionTab(2);
    QCOMPARE(tab->exhibitCount(), total);
    auto* model = tab->findChild<ExhibitListModel*>();
    QVERIFY(model);
    QCOMPARE(model->totalCount(), total);
    QVERIFY(model->rowsRead() > 0);
    QVERIFY2(model->rowsRead() <= ExhibitListModel::kBatch,
             qPrintable(QString::number(model->rowsRead())));
    QVERIFY(!tab->currentExhibit().isEmpty());
    // The last exhibit, by its row from the index: the rows up to it reach the view.
    const QString last = db.exhibitsAfter({kBondReportId, 2}, nullptr, total).last().id;
    QVERIFY(tab->showExhibit(last));
    QCOMPARE(tab->currentExhibit(), last);
    QCOMPARE(model->rowOf(last), total - 1);
    QVERIFY(window.goToPage(55));
    QVERIFY(tab->currentExhibit().startsWith(QStringLiteral("p055")));
    // A search: the section's hits in rank order, a batch of them read; no facets.
    ExhibitFilter text;
    text.text = QStringLiteral("AI");
    const QStringList hits = FilterService(db).matches(text).of(kBondReportId, 2);
    QVERIFY(hits.size() > ExhibitListModel::kBatch);
    window.filterBar()->searchBox()->setText(text.text);
    QVERIFY(model->isFiltered());
    QCOMPARE(model->totalCount(), int(hits.size()));
    QVERIFY(model->rowsRead() <= ExhibitListModel::kBatch);
    QCOMPARE(model->rowCount(), ExhibitListModel::kBatch);
    for (int row = 0; row < model->rowCount(); row += 37)
        QCOMPARE(model->index(row).data(ExhibitListModel::ExhibitIdRole).toString(), hits.at(row));
    QVERIFY2(
        window.tabs()->tabText(2).endsWith(QStringLiteral("(%1/%2)").arg(hits.size()).arg(total)),
        qPrintable(window.tabs()->tabText(2)));
    QCOMPARE(wholeReads(), QString());
    window.filterBar()->clear();
    QVERIFY(!model->isFiltered());
    QCOMPARE(model->totalCount(), total);
}

// Issue 25: a keystroke counts every tab's hits but ranks and reads only the list on show; a
// hidden tab's list follows the filter when the tab is shown: its own hits, in rank order.
void tst_SectionTab::searchRanksOnlyTheListOnShow()
{
    QSettings().clear();
    MainWindow window(*m_db);
    window.showSection(3);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SectionTab* hidden = window.sectionTab(3);
    auto* hiddenModel = hidden->findChild<ExhibitListModel*>();
    QVERIFY(hiddenModel);
    window.showSection(2);
    QVERIFY(!hidden->isVisible());
    auto* shownModel = window.sectionTab(2)->findChild<ExhibitListModel*>();
    QVERIFY(shownModel);
    ExhibitFilter text;
    text.text = QStringLiteral("users");
    const FilterMatches expected = FilterService(*m_db).matches(text);
    const QStringList hiddenHits = expected.of(kBondReportId, 3);
    QVERIFY(!hiddenHits.isEmpty());
    window.filterBar()->searchBox()->setText(text.text);
    QVERIFY(shownModel->isFiltered());
    QCOMPARE(shownModel->shownIds(), expected.of(kBondReportId, 2));
    QVERIFY(!hiddenModel->isFiltered());
    // The hidden tab's label counts its hits all the same.
    const int hiddenIndex = window.tabs()->indexOf(hidden);
    QVERIFY2(
        window.tabs()
            ->tabText(hiddenIndex)
            .contains(QStringLiteral("(%1/%2)").arg(hiddenHits.size()).arg(hidden->exhibitCount())),
        qPrintable(window.tabs()->tabText(hiddenIndex)));
    window.showSection(3);
    QVERIFY(hiddenModel->isFiltered());
    QCOMPARE(hiddenModel->shownIds(), hiddenHits);
    QCOMPARE(hidden->currentExhibit(), hiddenHits.first());
    window.filterBar()->clear();
}

// Thousands of hits in the tab on show (a database many times the report's): a keystroke
// counts them at once and ranks them when the typing pauses, or at once when the user goes to
// the list.
void tst_SectionTab::manyHitsRankedWhenTypingPauses()
{
    QTemporaryDir dir;
    const QString path = longsection::copy(dir.path(), 75); // 29 hits a copy
    QVERIFY(!path.isEmpty());
    ReportDatabase db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    ExhibitFilter text;
    text.text = QStringLiteral("AI");
    const int hits = FilterService(db).matches(text).countOf(kBondReportId, 2);
    QVERIFY2(hits > SectionTab::kRankAtOnce, qPrintable(QString::number(hits)));
    QSettings().clear();
    MainWindow window(db);
    window.showSection(2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SectionTab* tab = window.sectionTab(2);
    auto* model = tab->findChild<ExhibitListModel*>();
    QVERIFY(model);
    QLineEdit* search = window.filterBar()->searchBox();
    search->setText(text.text);
    QCOMPARE(tab->matchCount(), hits); // counted at once
    QVERIFY(!model->isFiltered());     // ranked when the typing pauses
    QTRY_VERIFY(model->isFiltered());
    QCOMPARE(model->totalCount(), hits);
    // Typed, then straight to the list: ranked then.
    search->clear();
    QVERIFY(!model->isFiltered());
    search->setText(text.text);
    QVERIFY(!model->isFiltered());
    tab->focusList();
    QVERIFY(model->isFiltered());
    QCOMPARE(model->totalCount(), hits);
    QVERIFY(!tab->currentExhibit().isEmpty());
}

#include "tst_sectiontab.moc"
