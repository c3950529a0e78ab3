// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystcommands.h"
#include "analyst/analystservice.h"
#include "analystactions.h"
#include "analystdb.h"
#include "annotationsdialog.h"
#include "chartview.h"
#include "comparisontab.h"
#include "datatableview.h"
#include "fillseriesdialog.h"
#include "mainwindow.h"
#include "models/exhibittablemodel.h"
#include "models/flattablemodel.h"
#include "profiledialog.h"
#include "provenancepanel.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"
#include "valuedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace trendboard;

// The analyst's editing as a user does it in the window: dialogs filled in, OK pressed, the
// table and chart model following, undo and redo from the window's stack, a restart.
class tst_AnalystEditing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void parseNumber_data();
    void parseNumber();
    void editAValueUndoRedo();
    void anEditUpdatesCellsInPlace();
    void badValueIsRefusedAtTheField();
    void aCategoryValueIsEditable();
    void fillInANotStatedSeries();
    void fillInRefusesABadRowAndStoresNothing();
    void fillInOffersTheExhibitsOwnPeriods_data();
    void fillInOffersTheExhibitsOwnPeriods();
    void fillInIsNotOfferedForStatedText();
    void annotateAndRevert();
    void survivesARestart();
    void importFromTheWindow();
    void importFromTheWindowIsUndoneFirst();
    void comparisonAndProfileShowAnalystValues();
    void editWhileCompareHiddenDoesNotCompare();
    void compareFollowsOnlyItsOwnValues();
    void orphansAreListedNotLost();

private:
    // Runs `fill` on the next modal dialog of type T as soon as it opens.
    template <typename T> void onNextDialog(std::function<void(T*)> fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
            // A failed check inside fill() returns early: never leave the dialog open.
            if (dialog->isVisible())
                dialog->reject();
        });
    }
    SectionTab* open(const QString& exhibit);
    int rowOf(const QString& series, const QString& xLabel) const;

    std::unique_ptr<ReportDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AnalystDatabase> m_analyst;
    std::unique_ptr<AnalystService> m_service;
    std::unique_ptr<MainWindow> m_window;
    SectionTab* m_tab = nullptr;
};

void tst_AnalystEditing::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("tst_analystediting"));
    // The English plural forms ("1 value", "2 values"), as the app installs them.
    QVERIFY(installTranslations(*QCoreApplication::instance(), DisplayLanguage::English));
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void tst_AnalystEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_analyst = std::make_unique<AnalystDatabase>(m_dir->filePath("analyst.sqlite"));
    QVERIFY(m_analyst->isAvailable());
    m_service = std::make_unique<AnalystService>(*m_db, *m_analyst);
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->enableAnalystLayer(*m_service);
}

void tst_AnalystEditing::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_analyst.reset();
    m_dir.reset();
}

SectionTab* tst_AnalystEditing::open(const QString& exhibit)
{
    if (!m_window->openExhibit(exhibit))
        return nullptr;
    m_tab = m_window->currentSectionTab();
    return m_tab;
}

int tst_AnalystEditing::rowOf(const QString& series, const QString& xLabel) const
{
    const ExhibitTableModel* model = m_tab->exhibitModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, ExhibitTableModel::SeriesColumn).data().toString() == series &&
            model->index(r, ExhibitTableModel::LabelColumn).data().toString() == xLabel)
            return r;
    }
    return -1;
}

void tst_AnalystEditing::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value"); // NaN: not a number
    QTest::newRow("plain") << "812" << 812.0;
    QTest::newRow("decimal") << "3.75" << 3.75;
    QTest::newRow("thousands") << "1,234.5" << 1234.5;
    QTest::newRow("decimal comma") << "3,5" << 3.5;
    QTest::newRow("thousands comma only") << "1,234" << 1234.0;
    QTest::newRow("percent sign") << "12 %" << 12.0;
    QTest::newRow("negative") << "-35" << -35.0;
    QTest::newRow("words") << "eight hundred" << qQNaN();
    QTest::newRow("empty") << "  " << qQNaN();
    QTest::newRow("infinite") << "1e999" << qQNaN();
}

void tst_AnalystEditing::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const auto parsed = ValueDialog::parseNumber(text);
    if (qIsNaN(value))
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(qQNaN()), value);
}

void tst_AnalystEditing::editAValueUndoRedo()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const int row = rowOf("ChatGPT weekly active users", "4/25");
    QVERIFY(row >= 0);
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        d->valueField()->setText("812");
        d->citationField()->setText("OpenAI, 4/25 TED talk transcript");
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        d->accept();
    });
    m_tab->analystActions()->editRow(row);
    ExhibitTableModel* model = m_tab->exhibitModel();
    const int edited = rowOf("ChatGPT weekly active users", "4/25");
    QCOMPARE(model->index(edited, ExhibitTableModel::ValueColumn).data().toString(),
             QStringLiteral("812MM"));
    QVERIFY2(model->index(edited, ExhibitTableModel::StatusColumn)
                 .data()
                 .toString()
                 .contains("report: 800MM"),
             qPrintable(model->index(edited, ExhibitTableModel::StatusColumn).data().toString()));
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(
        model->index(rowOf("ChatGPT weekly active users", "4/25"), ExhibitTableModel::ValueColumn)
            .data()
            .toString(),
        QStringLiteral("800MM"));
    m_window->undoStack()->redo();
    QCOMPARE(
        model->index(rowOf("ChatGPT weekly active users", "4/25"), ExhibitTableModel::ValueColumn)
            .data()
            .toString(),
        QStringLiteral("812MM"));
}

// An edit changes a few cells: the table and the chart's copy are updated in place (no reset:
// the selection, scroll and the other columns' widths stay), the chart and provenance panel
// show the new value at once, and the table's columns are as a fresh read of the exhibit's.
void tst_AnalystEditing::anEditUpdatesCellsInPlace()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const int row = rowOf("ChatGPT weekly active users", "4/25");
    QVERIFY(row >= 0);
    DataTableView* table = m_tab->dataTable();
    table->selectModelRow(row);
    ExhibitTableModel* model = m_tab->exhibitModel();
    ExhibitTableModel* shown = m_tab->chartView()->shownModel();
    QSignalSpy tableResets(model, &QAbstractItemModel::modelReset);
    QSignalSpy tableChanges(model, &QAbstractItemModel::dataChanged);
    QSignalSpy chartResets(shown, &QAbstractItemModel::modelReset);
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        d->valueField()->setText("812");
        d->citationField()->setText("OpenAI, 4/25 TED talk transcript");
        d->accept();
    });
    m_tab->analystActions()->editRow(row);
    QCOMPARE(tableResets.count(), 0);
    QCOMPARE(chartResets.count(), 0);
    QVERIFY(!tableChanges.isEmpty());
    QCOMPARE(table->currentIndex().row(), row);
    QCOMPARE(shown->index(row, ExhibitTableModel::ValueColumn).data().toString(),
             QStringLiteral("812MM"));
    QVERIFY2(m_tab->provenance()->text().contains(QStringLiteral("812")),
             qPrintable(m_tab->provenance()->text()));
    QVector<int> widths;
    for (int c = 0; c < ExhibitTableModel::ColumnCount; ++c)
        widths.append(table->columnWidth(c));
    // The same exhibit read anew (another of its tab between): the same column widths.
    QVERIFY(open("p056-users-outside-north-america"));
    QVERIFY(open("p055-chatgpt-weekly-users"));
    QCOMPARE(m_tab->dataTable(), table);
    for (int c = 0; c < ExhibitTableModel::QuoteColumn; ++c)
        QCOMPARE(table->columnWidth(c), widths.at(c));
}

void tst_AnalystEditing::badValueIsRefusedAtTheField()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const int row = rowOf("ChatGPT weekly active users", "4/25");
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        d->valueField()->setText("lots");
        QVERIFY(!ok->isEnabled());
        QVERIFY2(d->problem().contains("not a number"), qPrintable(d->problem()));
        d->valueField()->setText("");
        QVERIFY(!ok->isEnabled());
        d->reject();
    });
    m_tab->analystActions()->editRow(row);
    QCOMPARE(m_window->undoStack()->count(), 0);
    QVERIFY(m_analyst->values().isEmpty());
}

// A category's bar (p. 58: "TiVo (1999)", no period) is edited as any value: its label was put
// in the period field, and every edit was refused.
void tst_AnalystEditing::aCategoryValueIsEditable()
{
    QVERIFY(open("p058-days-to-1mm-users"));
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        QVERIFY(d->periodField()->text().isEmpty()); // read-only, saying why
        QVERIFY2(d->periodField()->placeholderText().contains("TiVo (1999)"),
                 qPrintable(d->periodField()->placeholderText()));
        d->valueField()->setText("1,700");
        d->citationField()->setText("a test");
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        d->accept();
    });
    m_tab->analystActions()->editRow(rowOf("Days to reach 1MM customers / users", "TiVo (1999)"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QCOMPARE(m_analyst->values().size(), 1);
    QVERIFY(m_analyst->values().first().value == 1700 &&
            m_analyst->values().first().periodLabel.isEmpty());
    // A period exhibit's value keeps its period (p. 55: "4/25").
    QVERIFY(open("p055-chatgpt-weekly-users"));
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        QCOMPARE(d->periodField()->text(), QStringLiteral("4/25"));
        d->reject();
    });
    m_tab->analystActions()->editRow(rowOf("ChatGPT weekly active users", "4/25"));
}

void tst_AnalystEditing::fillInANotStatedSeries()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const QVector<int> unstated = m_tab->analystActions()->fillableSeries();
    QVERIFY(!unstated.isEmpty());
    const int before = m_tab->exhibitModel()->rowCount();
    onNextDialog<FillSeriesDialog>([](FillSeriesDialog* d) {
        QTableWidget* grid = d->grid();
        // A row for each month of the exhibit's span, the report's own values locked.
        QVERIFY(grid->rowCount() >= 30);
        int filled = 0;
        for (int r = 0; r < grid->rowCount(); ++r) {
            const QString period = grid->item(r, 0)->text();
            if (period == "2/23" || period == "8/24") {
                QVERIFY(grid->item(r, 1)->flags() & Qt::ItemIsEditable);
                grid->item(r, 1)->setText(period == "2/23" ? "100" : "200");
                ++filled;
            }
            if (period == "4/25")
                QVERIFY(!(grid->item(r, 1)->flags() & Qt::ItemIsEditable));
        }
        QCOMPARE(filled, 2);
        d->commonCitation()->setText("OpenAI press releases");
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_tab->analystActions()->fillSeries(unstated.first());
    QCOMPARE(m_tab->exhibitModel()->rowCount(), before + 2);
    const int row = rowOf("ChatGPT weekly active users", "8/24");
    QVERIFY(row >= 0);
    QVERIFY(m_tab->exhibitModel()
                ->index(row, ExhibitTableModel::StatusColumn)
                .data()
                .toString()
                .startsWith("analyst: OpenAI press releases"));
    // The whole grid is one step to undo.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_tab->exhibitModel()->rowCount(), before);
}

void tst_AnalystEditing::fillInRefusesABadRowAndStoresNothing()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const int series = m_tab->analystActions()->fillableSeries().first();
    onNextDialog<FillSeriesDialog>([](FillSeriesDialog* d) {
        QTableWidget* grid = d->grid();
        grid->item(2, 1)->setText("150");
        grid->item(3, 1)->setText("n/a");
        d->commonCitation()->setText("a filing");
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        // Still open: the bad row is named, nothing is stored.
        QVERIFY(d->isVisible());
        QStringList problems;
        QVERIFY(d->values(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains("row 4") && problems.first().contains("'n/a'"),
                 qPrintable(problems.first()));
        // Without a citation a filled value is refused too.
        grid->item(3, 1)->setText(QString());
        d->commonCitation()->clear();
        QVERIFY(d->values(&problems).isEmpty());
        QVERIFY2(problems.value(0).contains("citation"), qPrintable(problems.value(0)));
        d->reject();
    });
    m_tab->analystActions()->fillSeries(series);
    QVERIFY(m_analyst->values().isEmpty());
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void tst_AnalystEditing::fillInOffersTheExhibitsOwnPeriods_data()
{
    QTest::addColumn<QString>("exhibit");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QStringList>("ends"); // the grid's first and last period
    QTest::addColumn<int>("rows");
    QTest::addColumn<QStringList>("missing"); // the rows open for a value
    QTest::addColumn<QStringList>("locked");  // the report's own values
    QTest::newRow("p. 19, monthly 10/22-4/25, not stated")
        << "p019-chatgpt-users"
        << "ChatGPT weekly active users" << QStringList{"10/22", "4/25"} << 31
        << QStringList{"10/22", "11/22", "1/24", "4/25"} << QStringList{};
    QTest::newRow("p. 61, yearly, stated with gaps")
        << "p061-nvidia-ecosystem-developers"
        << "Developers" << QStringList{"2021", "2025"} << 5 << QStringList{"2022", "2023", "2024"}
        << QStringList{"2021", "2025"};
    QTest::newRow("p. 19, yearly 2022-2024")
        << "p019-chatgpt-revenue"
        << "ChatGPT revenue" << QStringList{"2022", "2024"} << 3
        << QStringList{"2022", "2023", "2024"} << QStringList{};
}

// The grid offers the exhibit's own granularity and span, and a stated series with gaps is
// offered for a fill-in of its missing periods, in one step to undo.
void tst_AnalystEditing::fillInOffersTheExhibitsOwnPeriods()
{
    QFETCH(QString, exhibit);
    QFETCH(QString, series);
    QFETCH(QStringList, ends);
    QFETCH(int, rows);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, locked);
    QVERIFY(open(exhibit));
    int index = -1;
    for (int s : m_tab->analystActions()->fillableSeries()) {
        if (m_tab->exhibitModel()->exhibit().series.at(s).name == series)
            index = s;
    }
    QVERIFY2(index >= 0, "the series is not offered for a fill-in");
    onNextDialog<FillSeriesDialog>([&](FillSeriesDialog* d) {
        QTableWidget* grid = d->grid();
        QCOMPARE(grid->rowCount(), rows);
        QCOMPARE(grid->item(0, 0)->text(), ends.first());
        QCOMPARE(grid->item(rows - 1, 0)->text(), ends.last());
        QStringList open;
        QStringList shown;
        for (int r = 0; r < grid->rowCount(); ++r) {
            const bool editable = grid->item(r, 1)->flags() & Qt::ItemIsEditable;
            (editable ? open : shown) << grid->item(r, 0)->text();
        }
        for (const QString& period : missing)
            QVERIFY2(open.contains(period), qPrintable(period + " is not open for a value"));
        QCOMPARE(shown, locked);
        for (int r = 0; r < grid->rowCount(); ++r) {
            if (grid->item(r, 0)->text() == missing.first() ||
                grid->item(r, 0)->text() == missing.last())
                grid->item(r, 1)->setText("4");
        }
        d->commonCitation()->setText("a filing");
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    m_tab->analystActions()->fillSeries(index);
    QCOMPARE(m_analyst->values().size(), 2);
    QVERIFY(rowOf(series, missing.last()) >= 0);
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QVERIFY(m_analyst->values().isEmpty());
}

// A timeline's events are stated text between dates, not a series with gaps: no fill-in.
void tst_AnalystEditing::fillInIsNotOfferedForStatedText()
{
    QVERIFY(open("p028-ai-milestones"));
    QVERIFY(m_tab->analystActions()->fillableSeries().isEmpty());
}

void tst_AnalystEditing::annotateAndRevert()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const PointKey exhibit{"p055-chatgpt-weekly-users", {}, {}, {}};
    onNextDialog<QInputDialog>([](QInputDialog* d) {
        d->setTextValue("Check against the 10-K");
        d->accept();
    });
    m_tab->analystActions()->annotate(exhibit, "the exhibit");
    QCOMPARE(m_tab->exhibitModel()->exhibit().annotation, QStringLiteral("Check against the 10-K"));
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        d->valueField()->setText("810");
        d->accept();
    });
    m_tab->analystActions()->editRow(rowOf("ChatGPT weekly active users", "4/25"));
    QCOMPARE(m_analyst->values().size(), 1);
    m_tab->analystActions()->revert(exhibit);
    QVERIFY(m_analyst->values().isEmpty());
    QCOMPARE(
        m_tab->exhibitModel()
            ->index(rowOf("ChatGPT weekly active users", "4/25"), ExhibitTableModel::ValueColumn)
            .data()
            .toString(),
        QStringLiteral("800MM"));
    m_window->undoStack()->undo(); // the revert
    QCOMPARE(m_analyst->values().size(), 1);
    QCOMPARE(m_window->undoStack()->count(), 3);
    // Nothing is lost: the audit trail has every step.
    QVERIFY(m_analyst->audit().size() >= 4);
}

void tst_AnalystEditing::survivesARestart()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        d->valueField()->setText("805");
        d->accept();
    });
    m_tab->analystActions()->editRow(rowOf("ChatGPT weekly active users", "4/25"));
    const QString path = m_analyst->path();
    m_window.reset();
    m_service.reset();
    m_analyst.reset();
    m_analyst = std::make_unique<AnalystDatabase>(path);
    m_service = std::make_unique<AnalystService>(*m_db, *m_analyst);
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->enableAnalystLayer(*m_service);
    QVERIFY(open("p055-chatgpt-weekly-users"));
    QCOMPARE(
        m_tab->exhibitModel()
            ->index(rowOf("ChatGPT weekly active users", "4/25"), ExhibitTableModel::ValueColumn)
            .data()
            .toString(),
        QStringLiteral("805MM"));
}

// Edit > Import analyst layer: a file with a bad entry applies nothing and says why; a good
// one shows its values at once.
void tst_AnalystEditing::importFromTheWindow()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const auto write = [this](const QString& name, const QByteArray& value) {
        QFile file(m_dir->filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(R"({"format": "trendboard-analyst-layer", "version": 1, "annotations": [],
            "values": [{"exhibit": "p055-chatgpt-weekly-users",
                        "series": "ChatGPT weekly active users", "x_label": "2/23", "entity": "",
                        "kind": "fill", "value": )" +
                   value + R"(, "unit": "MM", "period": "2/23", "citation": "a filing"}]})");
        return file.fileName();
    };
    QString shown;
    onNextDialog<QMessageBox>([&shown](QMessageBox* box) {
        shown = box->detailedText();
        box->accept();
    });
    QVERIFY(!m_window->importAnalystLayerFrom(write("bad.json", "\"lots\"")));
    QVERIFY2(shown.contains("values[0].value"), qPrintable(shown));
    QVERIFY(m_analyst->values().isEmpty());
    QVERIFY(m_window->importAnalystLayerFrom(write("good.json", "100")));
    QVERIFY(rowOf("ChatGPT weekly active users", "2/23") >= 0);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QString("Imported 1 value and 0 annotations from good.json"));
}

// An import from the window is one step on the window's stack: undoing the revert before it
// can no longer put back the old edit over the imported value; the import is undone first,
// exactly, then the revert.
void tst_AnalystEditing::importFromTheWindowIsUndoneFirst()
{
    QVERIFY(open("p055-chatgpt-weekly-users"));
    const PointKey april{"p055-chatgpt-weekly-users", "ChatGPT weekly active users", "4/25", {}};
    onNextDialog<ValueDialog>([](ValueDialog* d) {
        d->valueField()->setText("810");
        d->accept();
    });
    m_tab->analystActions()->editRow(rowOf("ChatGPT weekly active users", "4/25"));
    m_tab->analystActions()->revert(april);
    QVERIFY(!m_analyst->value(april));
    QFile file(m_dir->filePath("april.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "trendboard-analyst-layer", "version": 1, "annotations": [],
        "values": [{"exhibit": "p055-chatgpt-weekly-users",
                    "series": "ChatGPT weekly active users", "x_label": "4/25", "entity": "",
                    "kind": "edit", "value": 820, "unit": "MM", "citation": "OpenAI"}]})");
    file.close();
    QVERIFY(m_window->importAnalystLayerFrom(file.fileName()));
    QCOMPARE(m_analyst->value(april)->value, 820.0);
    QUndoStack* stack = m_window->undoStack();
    QCOMPARE(stack->count(), 3);
    QCOMPARE(stack->undoText(), QString("Import april.json"));
    stack->undo(); // the import: the report's 800MM shows again
    QVERIFY(!m_analyst->value(april));
    QCOMPARE(
        m_tab->exhibitModel()
            ->index(rowOf("ChatGPT weekly active users", "4/25"), ExhibitTableModel::ValueColumn)
            .data()
            .toString(),
        QStringLiteral("800MM"));
    stack->undo(); // the revert: the edit is back
    QCOMPARE(m_analyst->value(april)->value, 810.0);
    stack->redo();
    stack->redo();
    QCOMPARE(m_analyst->value(april)->value, 820.0);
}

// The Compare tab and the profile show the analyst's values, marked, follow an edit and its
// undo, and hide them with "Include analyst values" off (remembered).
void tst_AnalystEditing::comparisonAndProfileShowAnalystValues()
{
    // On show: a hidden Compare tab compares again only when shown (editWhileCompareHidden...).
    m_window->setAttribute(Qt::WA_DontShowOnScreen, true);
    m_window->show();
    m_window->showComparison();
    ComparisonTab* compare = m_window->comparisonTab();
    QVERIFY(compare->includeAnalystBox()->isVisibleTo(compare));
    compare->includeAnalystBox()->setChecked(true);
    SavedComparison wanted;
    wanted.request = {"revenue", {"NVIDIA", "Microsoft"}, {}, {}};
    compare->setComparison(wanted);
    QCOMPARE(compare->comparison().analystValues, 0);
    const int before = int(compare->comparison().values.size());

    AnalystValue edit;
    edit.key = {"p160-nvidia-revenue", "Total quarterly revenue", "FQ4:25", {}};
    edit.value = 39.3;
    edit.citation = "NVIDIA 10-K FY2025";
    QVERIFY(m_service->complete(edit).isEmpty());
    m_window->undoStack()->push(new EditValueCommand(*m_service, edit));
    // The tab compares again once the change is through (queued, one for a whole import).
    QTRY_COMPARE(compare->comparison().analystValues, 1);
    QCOMPARE(int(compare->comparison().values.size()), before);
    QVERIFY(compare->statusText().contains("analyst"));
    const FlatTableModel* table = compare->tableModel();
    const int analystColumn = int(table->table().columns.indexOf("analyst"));
    int marked = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->index(r, analystColumn).data().toString() == "edited")
            marked = r;
    }
    QVERIFY(marked >= 0);
    QCOMPARE(table->index(marked, 0).data(Qt::ForegroundRole).value<QColor>(), analystInk());
    QVERIFY(table->index(marked, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!table->index(marked == 0 ? 1 : 0, 0).data(Qt::FontRole).isValid());
    bool drawnMarked = false;
    for (const SeriesRecord& s : compare->figureModel()->exhibit().series) {
        for (const PointRecord& p : s.points)
            drawnMarked |= p.analyst == AnalystMark::Edited && p.reportValue.has_value();
    }
    QVERIFY(drawnMarked);

    ProfileDialog* profile = compare->openProfile("NVIDIA");
    QVERIFY(profile);
    QCOMPARE(profile->profile().analystValues, 1);
    QVERIFY(profile->summary().contains("analyst"));
    profile->includeAnalystBox()->setChecked(false);
    QCOMPARE(profile->profile().analystValues, 0);
    profile->close();

    compare->includeAnalystBox()->setChecked(false);
    QCOMPARE(compare->comparison().analystValues, 0);
    QVERIFY(!compare->statusText().contains("analyst"));
    QCOMPARE(QSettings().value("compare/includeAnalyst").toBool(), false);
    compare->includeAnalystBox()->setChecked(true);
    QCOMPARE(compare->comparison().analystValues, 1);

    m_window->undoStack()->undo();
    QTRY_COMPARE(compare->comparison().analystValues, 0);

    // A row of the profile opens its exhibit in the window.
    ProfileDialog* again = compare->openProfile("NVIDIA");
    QVERIFY(again);
    const QString exhibit = profileRowExhibits(again->profile()).value(3);
    QVERIFY(!exhibit.isEmpty());
    again->openRow(3);
    QVERIFY(m_window->currentSectionTab());
    QCOMPARE(m_window->currentSectionTab()->currentExhibit(), exhibit);
    again->close();
}

// An entry whose exhibit a data update removed is listed under Not shown, and the window says so.
// An edit in a section tab costs the Compare tab nothing while it is hidden: it notes that it
// is stale and compares once when shown (an edit used to wait for a comparison of the whole
// layer that nobody saw, slower with every value the layer held).
void tst_AnalystEditing::editWhileCompareHiddenDoesNotCompare()
{
    m_window->setAttribute(Qt::WA_DontShowOnScreen, true);
    m_window->show();
    ComparisonTab* compare = m_window->comparisonTab();
    compare->includeAnalystBox()->setChecked(true);
    SavedComparison wanted;
    wanted.request = {"revenue", {"NVIDIA", "Microsoft"}, {}, {}};
    compare->setComparison(wanted);
    QVERIFY(open("p160-nvidia-revenue"));
    QVERIFY(!compare->isVisible());
    const int compared = compare->refreshCount();

    AnalystValue edit;
    edit.key = {"p160-nvidia-revenue", "Total quarterly revenue", "FQ4:25", {}};
    edit.value = 39.3;
    edit.citation = "NVIDIA 10-K FY2025";
    QVERIFY(m_service->complete(edit).isEmpty());
    m_window->undoStack()->push(new EditValueCommand(*m_service, edit));
    m_window->undoStack()->undo();
    m_window->undoStack()->redo();
    QCoreApplication::processEvents();
    QCOMPARE(compare->refreshCount(), compared);
    QVERIFY(compare->isStale());

    m_window->showComparison();
    QCOMPARE(compare->refreshCount(), compared + 1);
    QVERIFY(!compare->isStale());
    QCOMPARE(compare->comparison().analystValues, 1);
    // Shown, it follows each change (queued: one comparison for an import's many changes).
    m_window->undoStack()->undo();
    QTRY_COMPARE(compare->comparison().analystValues, 0);
    QCOMPARE(compare->refreshCount(), compared + 2);
    // An edit of an exhibit that states no revenue (weekly users) does not compare again.
    QVERIFY(!compare->touches(
        {{"p055-chatgpt-weekly-users", "ChatGPT weekly active users", "4/25", {}}}));
    QVERIFY(compare->touches({edit.key}));
    AnalystValue users;
    users.key = {"p055-chatgpt-weekly-users", "ChatGPT weekly active users", "4/25", {}};
    users.value = 812;
    users.citation = "OpenAI, 4/25 TED talk transcript";
    QVERIFY(m_service->complete(users).isEmpty());
    m_window->undoStack()->push(new EditValueCommand(*m_service, users));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(compare->refreshCount(), compared + 2);
    m_window->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(compare->refreshCount(), compared + 2);
}

// The Compare tab compares again only for a value of its measure about an entity it compares:
// revenue of a company not compared, shown or hidden, costs it nothing (it used to compare
// again for any exhibit of the measure, and to go stale for any change while hidden).
void tst_AnalystEditing::compareFollowsOnlyItsOwnValues()
{
    m_window->setAttribute(Qt::WA_DontShowOnScreen, true);
    m_window->show();
    ComparisonTab* compare = m_window->comparisonTab();
    compare->includeAnalystBox()->setChecked(true);
    SavedComparison wanted;
    wanted.request = {"revenue", {"NVIDIA", "Microsoft"}, {}, {}};
    compare->setComparison(wanted);
    m_window->showComparison();
    QVERIFY(compare->isVisible());
    int compared = compare->refreshCount();
    const auto push = [this](const PointKey& key, double value) {
        AnalystValue v;
        v.key = key;
        v.value = value;
        v.citation = "a filing";
        QVERIFY2(m_service->complete(v).isEmpty(), qPrintable(key.toString()));
        m_window->undoStack()->push(new EditValueCommand(*m_service, v));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    };
    const PointKey coreweave{"p165-coreweave-revenue", "CoreWeave revenue", "2024", {}};
    const PointKey nvidia{"p160-nvidia-revenue", "Total quarterly revenue", "FQ4:25", {}};
    QVERIFY(!compare->touches({coreweave}));
    QVERIFY(compare->touches({nvidia}));
    push(coreweave, 2.0);
    QCOMPARE(compare->refreshCount(), compared);
    // An edit of a value it draws: the comparison on show has it at once. It reads none of the
    // report's values again (kept since it first compared): what is asked of the report is
    // the edited point's measure, by the tab and by the layer index, one query each.
    AnalystValue v;
    v.key = nvidia;
    v.value = 39.3;
    v.citation = "a filing";
    QVERIFY(m_service->complete(v).isEmpty());
    const int statements = m_db->statementCount();
    m_window->undoStack()->push(new EditValueCommand(*m_service, v));
    QTRY_COMPARE(compare->comparison().analystValues, 1);
    QCOMPARE(compare->refreshCount(), compared + 1);
    QVERIFY2(m_db->statementCount() - statements <= 2,
             qPrintable(QString::number(m_db->statementCount() - statements)));
    // Another edit of it changes one row of the table: that row is redrawn, the table is not
    // reset (every row measured again).
    QSignalSpy resets(compare->tableModel(), &QAbstractItemModel::modelReset);
    QSignalSpy rowsChanged(compare->tableModel(), &QAbstractItemModel::dataChanged);
    v.value = 39.35;
    m_window->undoStack()->push(new EditValueCommand(*m_service, v));
    QTRY_COMPARE(rowsChanged.count(), 1);
    QCOMPARE(resets.count(), 0);
    const QModelIndex row = rowsChanged.first().first().toModelIndex();
    QCOMPARE(row, rowsChanged.first().at(1).toModelIndex().siblingAtColumn(0));
    const int valueColumn = int(compare->tableModel()->table().columns.indexOf("stated_value"));
    QCOMPARE(row.siblingAtColumn(valueColumn).data(Qt::UserRole).toDouble(), 39.35);
    m_window->undoStack()->undo();
    QTRY_COMPARE(rowsChanged.count(), 2);
    QCOMPARE(compare->refreshCount(), compared + 3);
    compared += 2;

    // Hidden: another company's revenue leaves it as it is, its own goes stale until shown.
    QVERIFY(open("p160-nvidia-revenue"));
    QVERIFY(!compare->isVisible());
    push(coreweave, 2.1);
    QVERIFY(!compare->isStale());
    m_window->showComparison();
    QCOMPARE(compare->refreshCount(), compared + 1);
    QVERIFY(open("p160-nvidia-revenue"));
    push(nvidia, 39.4);
    QVERIFY(compare->isStale());
    QCOMPARE(compare->refreshCount(), compared + 1);
    m_window->showComparison();
    QCOMPARE(compare->refreshCount(), compared + 2);
    QCOMPARE(compare->comparison().analystValues, 1);
    const MeasureValue* shown = nullptr;
    for (const MeasureValue& v : compare->comparison().values) {
        if (v.exhibitId == nvidia.exhibitId && v.pointLabel == nvidia.xLabel)
            shown = &v;
    }
    QVERIFY(shown);
    QCOMPARE(shown->value, 39.4);
}

void tst_AnalystEditing::orphansAreListedNotLost()
{
    {
        AnnotationsDialog dialog(*m_service);
        QCOMPARE(dialog.orphanTable()->rowCount(), 0);
    }
    AnalystValue gone;
    gone.key = {"p999-removed", "Old series", "2024", {}};
    gone.value = 1.5;
    gone.unit = "MM";
    gone.periodLabel = "2024";
    gone.citation = "a filing";
    QCOMPARE(m_analyst->setValue(gone), QString()); // stored before the data update
    AnnotationsDialog dialog(*m_service);
    QCOMPARE(dialog.orphanTable()->rowCount(), 1);
    QCOMPARE(dialog.orphanTable()->item(0, 1)->text(), QString("p999-removed"));
    QCOMPARE(dialog.orphanTable()->item(0, 5)->text(), QString("a filing"));
    // A window opening on this layer tells the user where to find it.
    MainWindow window(*m_db);
    window.enableAnalystLayer(*m_service);
    QVERIFY2(window.statusBar()->currentMessage().contains("Not shown"),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(tst_AnalystEditing)
#include "tst_analystediting.moc"
