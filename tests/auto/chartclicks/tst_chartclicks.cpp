// SPDX-License-Identifier: GPL-3.0-or-later
// Clicking the marks of every exhibit, as a user does with the mouse and the keyboard, on the
// real data: no crash, and every click selects the datapoint's row in the data table.
#include "chart/chartcanvas.h"
#include "chart/chartplan.h"
#include "chartview.h"
#include "datatableview.h"
#include "figure/exhibitfigure.h"
#include "figure/keyfigureview.h"
#include "mainwindow.h"
#include "models/exhibitlistmodel.h"
#include "models/exhibittablemodel.h"
#include "overviewtab.h"
#include "reportdb.h"
#include "sectiontab.h"

#include <QListView>
#include <QMenu>
#include <QTabWidget>
#include <QTest>

using namespace trendboard;

class tst_ChartClicks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void clickEveryMark_data();
    void clickEveryMark();
    void keyboardWalkWhileClicking();
    void legendHidesAndShowsASeries_data();
    void legendHidesAndShowsASeries();
    void pileOffersAChooser();

private:
    // The chooser a click on overlapping marks opens, if one is open.
    static QMenu* openChooser();
    SectionTab* showInWindow(const QString& id);
    // Clicks the mark with the mouse (press and release at its centre) and lets the queued
    // activation run; returns the data table's selected row afterwards.
    static int click(ChartCanvas* canvas, const ChartCanvas::Mark& mark);
    std::unique_ptr<ReportDatabase> m_db;
    std::unique_ptr<MainWindow> m_window; // after m_db: closed before the database
    // Exhibits whose values the plan puts on a value axis (they must draw marks), and those of
    // them that drew marks when clicked: a canvas that draws none cannot pass as skipped rows.
    QStringList m_charted;
    QStringList m_clicked;
    QStringList m_ran;
};

namespace {
// Whether the exhibit's table holds a stated value its chart draws on a value axis (a line's
// point, a bar, a slice): then the canvas must offer marks to click.
bool drawsMarks(const ExhibitData& data)
{
    if (data.info.kind == ChartKind::Table || data.info.kind == ChartKind::Timeline)
        return false;
    ExhibitTableModel model;
    model.setExhibit(data);
    const ChartPlan plan = planChart(model);
    for (const ChartPlan::Plotted& p : plan.plotted) {
        for (const PointRecord& point : data.series.at(p.series).points) {
            if (plan.plots(point) && point.value)
                return true;
        }
    }
    return false;
}
} // namespace

void tst_ChartClicks::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void tst_ChartClicks::cleanupTestCase()
{
    // Only a run of every row can count them all (a single row named on the command line
    // cannot).
    QStringList missing;
    for (const QString& id : std::as_const(m_charted)) {
        if (m_ran.contains(id) && !m_clicked.contains(id))
            missing.append(id);
    }
    QVERIFY2(missing.isEmpty(), qPrintable("no marks drawn for: " + missing.join(", ")));
    // The floor, on a run of every row: most exhibits of both reports chart their values, so a
    // plan that charted nothing cannot lower it to zero.
    const bool everyRow = std::all_of(m_charted.cbegin(), m_charted.cend(),
                                      [this](const QString& id) { return m_ran.contains(id); });
    if (everyRow && m_ran.size() > 1)
        QVERIFY2(m_charted.size() >= 100 && m_clicked.size() >= m_charted.size(),
                 qPrintable(QStringLiteral("%1 exhibits drew marks, %2 chart stated values")
                                .arg(m_clicked.size())
                                .arg(m_charted.size())));
    m_window.reset();
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

QMenu* tst_ChartClicks::openChooser()
{
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    return menu && menu->objectName() == QLatin1String("markChooser") ? menu : nullptr;
}

SectionTab* tst_ChartClicks::showInWindow(const QString& id)
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->resize(1400, 900);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
    }
    if (!m_window->openExhibit(id))
        return nullptr;
    QCoreApplication::processEvents();
    return m_window->currentSectionTab();
}

void tst_ChartClicks::clickEveryMark_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("charted");
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    m_charted.clear();
    for (const ReportInfo& report : db.reports()) {
        // A second report is one tab, whose section number is -1.
        const bool bond = report.id == QLatin1String("bond-ai-2025");
        for (const ExhibitInfo& e : db.exhibits(std::nullopt, report.id)) {
            const auto data = db.exhibitData(e.id);
            const bool charted = data && drawsMarks(*data);
            if (charted)
                m_charted.append(e.id);
            QTest::newRow(qPrintable(e.id)) << (bond ? e.section : -1) << e.id << charted;
        }
    }
}

void tst_ChartClicks::clickEveryMark()
{
    QFETCH(int, section);
    QFETCH(QString, id);
    QFETCH(bool, charted);
    m_ran.append(id);
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
    // The summary charts are the Overview's second page: shown there, not as a tab of their own
    // (they were never on show, so their rows skipped as having no marks).
    if (section == 0 && window.overview()) {
        window.tabs()->setCurrentWidget(window.overview());
        window.overview()->showSummary();
    } else {
        window.tabs()->setCurrentWidget(tab);
    }
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
    // A chart lays its marks out once it is shown and sized: wait for them where the table
    // holds values the chart draws, rather than skip the exhibit as having none.
    if (charted)
        QTRY_VERIFY2_WITH_TIMEOUT(!canvas->marks().isEmpty(),
                                  "the chart draws stated values but offers no marks to click",
                                  1000);
    const QVector<ChartCanvas::Mark> drawn = canvas->marks();
    if (!drawn.isEmpty())
        m_clicked.append(id);
    QVector<ChartCanvas::Mark> marks;
    for (const ChartCanvas::Mark& m : drawn) {
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
        // Marks on one another: the click offers them all, and the user picks this one.
        if (QMenu* chooser = openChooser()) {
            QAction* pick = nullptr;
            for (QAction* action : chooser->actions())
                pick = action->data().toInt() == mark.row ? action : pick;
            QVERIFY2(pick,
                     qPrintable(
                         QStringLiteral("%1: row %2 is not in the chooser").arg(id).arg(mark.row)));
            pick->trigger();
            chooser->close();
            QCoreApplication::processEvents();
            QCOMPARE(tab->dataTable()->currentIndex().row(), mark.row);
        }
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

void tst_ChartClicks::legendHidesAndShowsASeries_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("lines, p. 316") << "p316-chatgpt-app-mau-top-countries";
    QTest::newRow("grouped bars, p. 20") << "p020-annual-searches";
}

// A click on a legend entry hides its series (its marks go, its table rows grey), a second
// click shows it again.
void tst_ChartClicks::legendHidesAndShowsASeries()
{
    QFETCH(QString, id);
    SectionTab* tab = showInWindow(id);
    QVERIFY(tab);
    ChartCanvas* canvas = tab->chartView()->figure()->canvas();
    const QVector<ChartCanvas::LegendEntry> entries = canvas->legendEntries();
    QVERIFY2(entries.size() >= 2, qPrintable(QString::number(entries.size())));
    const ChartCanvas::LegendEntry entry = entries.first();
    QVERIFY(entry.shown);
    const auto marksOf = [canvas, tab](int series) {
        int n = 0;
        for (const ChartCanvas::Mark& m : canvas->marks())
            n += tab->exhibitModel()->seriesOfRow(m.row) == series ? 1 : 0;
        return n;
    };
    QVERIFY(marksOf(entry.series) > 0);
    const auto clickEntry = [canvas](const ChartCanvas::LegendEntry& e) {
        QWidget* target = canvas->childAt(e.centre);
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(canvas, e.centre));
    };
    clickEntry(entry);
    QTRY_VERIFY(canvas->hiddenSeries().contains(entry.series));
    QCOMPARE(marksOf(entry.series), 0);
    QCOMPARE(tab->dataTable()->dimmedSeries(), (QSet<int>{entry.series}));
    // The entry stays, to be clicked again.
    QTRY_VERIFY(canvas->legendEntries().size() == entries.size());
    ChartCanvas::LegendEntry again;
    for (const ChartCanvas::LegendEntry& e : canvas->legendEntries())
        again = e.series == entry.series ? e : again;
    QCOMPARE(again.series, entry.series);
    QVERIFY(!again.shown);
    clickEntry(again);
    QTRY_VERIFY(canvas->hiddenSeries().isEmpty());
    QVERIFY(marksOf(entry.series) > 0);
    QVERIFY(tab->dataTable()->dimmedSeries().isEmpty());
}

// p. 316 draws ten countries' users; eight of them lie at 4/25 on one another. A click there
// offers every one of them; picking one selects its row.
void tst_ChartClicks::pileOffersAChooser()
{
    SectionTab* tab = showInWindow(QStringLiteral("p316-chatgpt-app-mau-top-countries"));
    QVERIFY(tab);
    ChartCanvas* canvas = tab->chartView()->figure()->canvas();
    const QVector<ChartCanvas::Mark> marks = canvas->marks();
    // The mark with the most others drawn over it (their disks overlap).
    int most = 0;
    ChartCanvas::Mark at;
    for (const ChartCanvas::Mark& m : marks) {
        int over = 0;
        for (const ChartCanvas::Mark& other : marks)
            over += QLineF(other.centre, m.centre).length() < m.size.width() ? 1 : 0;
        if (over > most) {
            most = over;
            at = m;
        }
    }
    QVERIFY2(most >= 3, qPrintable(QString::number(most)));
    click(canvas, at);
    QMenu* chooser = nullptr;
    QTRY_VERIFY((chooser = openChooser()));
    // The whole pile: the marks over this one and those over them (14MM to 21MM).
    QVector<ChartCanvas::Mark> chain{at};
    for (int i = 0; i < chain.size(); ++i) {
        for (const ChartCanvas::Mark& m : marks) {
            const bool in =
                std::any_of(chain.cbegin(), chain.cend(),
                            [&m](const ChartCanvas::Mark& c) { return c.row == m.row; });
            // Disks that overlap or all but touch (a gap under 4 pixels).
            if (!in && QLineF(m.centre, chain.at(i).centre).length() < m.size.width() + 4)
                chain.append(m);
        }
    }
    QList<int> expected;
    for (const ChartCanvas::Mark& m : std::as_const(chain))
        expected.append(m.row);
    QList<int> offered;
    for (const QAction* action : chooser->actions())
        offered.append(action->data().toInt());
    std::sort(expected.begin(), expected.end());
    std::sort(offered.begin(), offered.end());
    QCOMPARE(offered, expected);
    QVERIFY2(offered.size() >= 5, qPrintable(QString::number(offered.size())));
    QAction* last = chooser->actions().last();
    const int row = last->data().toInt();
    QVERIFY(row != at.row);
    last->trigger();
    chooser->close();
    QTRY_COMPARE(tab->dataTable()->currentIndex().row(), row);
}

QTEST_MAIN(tst_ChartClicks)
#include "tst_chartclicks.moc"
