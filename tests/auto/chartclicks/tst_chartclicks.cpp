// SPDX-License-Identifier: GPL-3.0-or-later
// Clicking the marks of every exhibit, as a user does with the mouse and the keyboard, on the
// real data: no crash, and every click selects the datapoint's row in the data table.
#include "chart/chartcanvas.h"
#include "chartview.h"
#include "datatableview.h"
#include "figure/exhibitfigure.h"
#include "models/exhibitlistmodel.h"
#include "figure/keyfigureview.h"
#include "mainwindow.h"
#include "reportdb.h"
#include "sectiontab.h"

#include <QListView>
#include <QTabWidget>
#include <QTest>

using namespace trendboard;

class tst_ChartClicks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clickEveryMark_data();
    void clickEveryMark();
    void keyboardWalkWhileClicking();

private:
    // Clicks the mark with the mouse (press and release at its centre) and lets the queued
    // activation run; returns the data table's selected row afterwards.
    static int click(ChartCanvas* canvas, const ChartCanvas::Mark& mark);
    std::unique_ptr<ReportDatabase> m_db;
    std::unique_ptr<MainWindow> m_window; // after m_db: closed before the database
};

void tst_ChartClicks::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

int tst_ChartClicks::click(ChartCanvas* canvas, const ChartCanvas::Mark& mark)
{
    QWidget* target = canvas->childAt(mark.centre);
    if (!target)
        return -2;
    const QPoint at = target->mapFrom(canvas, mark.centre);
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    QCoreApplication::processEvents();
    return -1;
}

void tst_ChartClicks::clickEveryMark_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("id");
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    for (const ReportInfo& report : db.reports()) {
        // A second report is one tab, whose section number is -1.
        const bool bond = report.id == QLatin1String("bond-ai-2025");
        for (const ExhibitInfo& e : db.exhibits(std::nullopt, report.id))
            QTest::newRow(qPrintable(e.id)) << (bond ? e.section : -1) << e.id;
    }
}

void tst_ChartClicks::clickEveryMark()
{
    QFETCH(int, section);
    QFETCH(QString, id);
    // One window for every exhibit, as a user clicks through them (building a window per
    // exhibit made this test the slowest of all).
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    MainWindow& window = *m_window;
    SectionTab* tab = window.sectionTab(section);
    QVERIFY(tab);
    window.findChild<QTabWidget*>()->setCurrentWidget(tab);
    // The previous exhibit of this tab may have asked for its chart: start as a user would.
    tab->chartView()->figure()->setPreferChart(false);
    QVERIFY(tab->showExhibit(id));
    QCoreApplication::processEvents();
    ExhibitFigure* figure = tab->chartView()->figure();
    if (figure->showsKeyFigures()) {
        // Key figures: a click on each tile selects its row; then the chart, drawn on request.
        KeyFigureView* tiles = figure->keyFigures();
        const QVector<QRectF> rects = tiles->tileRects();
        QCOMPARE(rects.size(), tiles->figures().size());
        for (int i = rects.size() - 1; i >= 0; --i) {
            QTest::mouseClick(tiles, Qt::LeftButton, {}, rects.at(i).center().toPoint());
            QCoreApplication::processEvents();
            QCOMPARE(tab->dataTable()->currentIndex().row(), tiles->figures().at(i).row);
        }
        figure->setPreferChart(true);
        QCoreApplication::processEvents();
    }
    ChartCanvas* canvas = figure->canvas();
    QVector<ChartCanvas::Mark> marks;
    for (const ChartCanvas::Mark& m : canvas->marks()) {
        // A bar of a pixel or two (5 days beside 2,500) cannot be hit with a mouse; its row is
        // reached through the table.
        if (m.size.width() >= 3 && m.size.height() >= 3)
            marks.append(m);
    }
    if (marks.isEmpty())
        QSKIP("no marks to click: a table, a timeline or no stated value on the chart");
    // In sequence, then back, then alternating first and last: the selection changes from
    // every mark to every other kind of neighbour.
    QVector<int> order;
    for (int i = 0; i < marks.size(); ++i)
        order.append(i);
    for (int i = marks.size() - 1; i >= 0; --i)
        order.append(i);
    for (int i = 0; i < marks.size(); ++i)
        order.append(i % 2 ? marks.size() - 1 - i : i);
    for (int i : order) {
        // Marks move when a selection relayouts the chart; ask for the current place.
        ChartCanvas::Mark mark = marks.at(i);
        for (const ChartCanvas::Mark& now : canvas->marks()) {
            if (now.row == mark.row)
                mark = now;
        }
        click(canvas, mark);
        const int selected = tab->dataTable()->currentIndex().row();
        // Marks that overlap (two series at one point) may select the one drawn on top; the
        // row must be one of the marks at that place.
        bool atThatPlace = false;
        for (const ChartCanvas::Mark& other : canvas->marks())
            atThatPlace = atThatPlace || (other.row == selected &&
                                          (other.centre - mark.centre).manhattanLength() <= 12);
        QVERIFY2(atThatPlace, qPrintable(QStringLiteral("%1: click on mark of row %2 at (%3,%4) "
                                                        "selected row %5")
                                             .arg(id)
                                             .arg(mark.row)
                                             .arg(mark.centre.x())
                                             .arg(mark.centre.y())
                                             .arg(selected)));
    }
}

void tst_ChartClicks::keyboardWalkWhileClicking()
{
    MainWindow window(*m_db);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        auto* tab = qobject_cast<SectionTab*>(tabs->widget(index));
        if (!tab)
            continue; // the comparison workspace has its own test
        if (tab->exhibitCount() == 0)
            continue; // a section whose data has not landed says so, and has no list
        auto* list = tab->findChild<QListView*>();
        QVERIFY(list);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        const int rows = list->model()->rowCount();
        for (int r = 0; r < rows; ++r) {
            QCOMPARE(list->currentIndex().row(), r);
            QCOMPARE(tab->currentExhibit(),
                     list->currentIndex().data(ExhibitListModel::ExhibitIdRole).toString());
            ChartCanvas* canvas = tab->chartView()->figure()->canvas();
            const QVector<ChartCanvas::Mark> marks = canvas->marks();
            if (!marks.isEmpty()) {
                click(canvas, marks.last());
                click(canvas, marks.first());
            }
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Down);
        }
        // Up the list again, clicking as it goes.
        for (int r = rows - 1; r > 0; --r) {
            QTest::keyClick(list, Qt::Key_Up);
            ChartCanvas* canvas = tab->chartView()->figure()->canvas();
            const QVector<ChartCanvas::Mark> marks = canvas->marks();
            if (!marks.isEmpty())
                click(canvas, marks.value(marks.size() / 2));
            list->setFocus();
        }
    }
}

QTEST_MAIN(tst_ChartClicks)
#include "tst_chartclicks.moc"
