#include "chart/chartcanvas.h"
#include "chartview.h"
#include "datatableview.h"
#include "exhibitfigure.h"
#include "exhibitlistmodel.h"
#include "exhibittablemodel.h"
#include "mainwindow.h"
#include "reportdb.h"
#include "sectiontab.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QXYSeries>
#include <QtTest>

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
    void snapshotIsDrawn();
    void listTitlesFitTheirRows();

private:
    std::unique_ptr<ReportDatabase> m_db;
};

void tst_SectionTab::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void tst_SectionTab::tabs()
{
    MainWindow window(*m_db);
    // overview + eight sections + the brokerage note + the comparison workspace
    QCOMPARE(window.tabCount(), 11);
    auto* tabs = window.findChild<QTabWidget*>();
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
    auto* tabs = window.findChild<QTabWidget*>();
    QCOMPARE(tabs->currentWidget(), window.sectionTab(1));
    QCOMPARE(window.sectionTab(1)->currentExhibit(), QStringLiteral("p038-nvidia-developers"));
    QVERIFY(!window.openPage(7)); // front matter, no section tab
}

void tst_SectionTab::searchFiltersExhibits()
{
    MainWindow window(*m_db);
    SectionTab* tab = window.sectionTab(1);
    auto* search = tab->findChild<QLineEdit*>();
    auto* list = tab->findChild<QListView*>();
    QVERIFY(search && list);
    const int all = list->model()->rowCount();
    // 'NVIDIA' is an entity of p038's series, not only a word of its title.
    search->setText("NVIDIA");
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < all);
    bool found = false;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        found =
            found || list->model()->index(r, 0).data(ExhibitListModel::ExhibitIdRole).toString() ==
                         "p038-nvidia-developers";
    QVERIFY(found);
    search->setText("zzzz-no-such-thing");
    QCOMPARE(list->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(list->model()->rowCount(), all);
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
            const QRect text = list->fontMetrics().boundingRect(
                QRect(0, 0, visible - 6, 10000), Qt::TextWordWrap, index.data().toString());
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

#include "tst_sectiontab.moc"
