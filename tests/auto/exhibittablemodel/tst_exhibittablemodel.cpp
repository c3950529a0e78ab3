// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exhibitlistmodel.h"
#include "models/exhibittablemodel.h"
#include "models/flattablemodel.h"
#include "models/pivotmodel.h"
#include "text/valueformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace trendboard;

namespace {
ExhibitData sample()
{
    ExhibitData d;
    d.info.id = "p001-x";
    d.info.unit = "$B";
    d.info.unitBase = "USD";
    d.info.unitFactor = 1e9;
    SeriesRecord capex{1,     "CapEx", {},        "Alphabet", "company", "$B",
                       "USD", "level", "primary", true,       {}};
    PointRecord a;
    a.xLabel = "2023";
    a.periodStart = "2023-01-01";
    a.periodEnd = "2023-12-31";
    a.value = 500;
    a.unit = "$MM";
    a.baseValue = 5e8;
    a.baseUnit = "USD";
    a.quote = "$500MM";
    a.page = 1;
    PointRecord b = a;
    b.xLabel = "2024";
    b.periodStart = "2024-01-01";
    b.periodEnd = "2024-12-31";
    b.value = 2;
    b.unit = "$B";
    b.baseValue = 2e9;
    b.quote = "$2B";
    capex.points = {a, b};
    SeriesRecord growth{2,        "Growth",  {},   "", "", "% Y/Y", "percent growth",
                        "growth", "primary", true, {}};
    PointRecord g = b;
    g.value = 300;
    g.unit = "% Y/Y";
    g.baseValue = 300;
    g.baseUnit = "percent growth";
    g.quote = "+300%";
    growth.points = {g};
    d.series = {capex, growth};
    return d;
}
} // namespace

class tst_ExhibitTableModel : public QObject
{
    Q_OBJECT
private slots:
    void modelContract();
    void rowsMapToPoints();
    void updateInPlace_data();
    void updateInPlace();
    void valuesConvertIntoExhibitUnit();
    void pivot();
    void formatValue_data();
    void formatValue();
    void pointToolTip();
    void listModel();
    void flatTableUnderTester();
    void listModelFetchesInBatches();
    void listModelFiltersAgainFromRowsReadBefore();
};

// The exhibit read again after an edit: the same rows update in place, only the changed cells
// reported; other rows (a fill-in), another exhibit or none reset the model.
void tst_ExhibitTableModel::updateInPlace_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("inPlace");
    QTest::addColumn<int>("firstRow");
    QTest::addColumn<int>("lastRow");
    QTest::addColumn<int>("firstColumn");
    QTest::addColumn<int>("lastColumn");
    QTest::newRow("edited value") << 0 << true << 1 << 1 << int(ExhibitTableModel::ValueColumn)
                                  << int(ExhibitTableModel::StatusColumn);
    QTest::newRow("base value") << 1 << true << 2 << 2 << int(ExhibitTableModel::BaseValueColumn)
                                << int(ExhibitTableModel::BaseValueColumn);
    QTest::newRow("point note") << 2 << true << 0 << 0 << int(ExhibitTableModel::SeriesColumn)
                                << int(ExhibitTableModel::QuoteColumn);
    QTest::newRow("filled-in row") << 3 << false << -1 << -1 << -1 << -1;
    QTest::newRow("another exhibit") << 4 << false << -1 << -1 << -1 << -1;
    QTest::newRow("exhibit note") << 5 << false << -1 << -1 << -1 << -1;
}

void tst_ExhibitTableModel::updateInPlace()
{
    QFETCH(int, change);
    QFETCH(bool, inPlace);
    ExhibitTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExhibit(sample());
    ExhibitData next = sample();
    PointRecord& edited = next.series[0].points[1];
    switch (change) {
    case 0:
        edited.value = 3;
        edited.analyst = AnalystMark::Edited;
        edited.reportValue = 2;
        edited.reportUnit = "$B";
        break;
    case 1:
        next.series[1].points[0].baseValue = 301;
        break;
    case 2:
        next.series[0].points[0].annotation = "check";
        break;
    case 3:
        next.series[1].points.append(next.series[1].points.at(0));
        next.series[1].points.last().xLabel = "2025";
        break;
    case 4:
        next.info.id = "p002-y";
        break;
    default:
        next.annotation = "a note";
        break;
    }
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.updateExhibit(next), inPlace);
    QCOMPARE(resets.count(), inPlace ? 0 : 1);
    QCOMPARE(changes.count(), inPlace ? 1 : 0);
    QCOMPARE(model.exhibit().series.at(1).points.size(), next.series.at(1).points.size());
    QCOMPARE(model.exhibit().series.at(0).points.at(1).value, next.series[0].points[1].value);
    if (!inPlace)
        return;
    const auto from = changes.at(0).at(0).value<QModelIndex>();
    const auto to = changes.at(0).at(1).value<QModelIndex>();
    QTEST(from.row(), "firstRow");
    QTEST(to.row(), "lastRow");
    QTEST(from.column(), "firstColumn");
    QTEST(to.column(), "lastColumn");
}

void tst_ExhibitTableModel::modelContract()
{
    ExhibitTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExhibit(sample());
    model.setExhibit(std::nullopt);
    model.setExhibit(sample());
    QCOMPARE(model.rowCount(), 3);
}

void tst_ExhibitTableModel::rowsMapToPoints()
{
    ExhibitTableModel model;
    model.setExhibit(sample());
    QCOMPARE(model.rowFor(0, 1), 1);
    QCOMPARE(model.rowFor(1, 0), 2);
    QCOMPARE(model.rowFor(1, 1), -1);
    QCOMPARE(model.seriesOfRow(2), 1);
    QCOMPARE(model.pointOfRow(1), 1);
    QCOMPARE(model.index(2, ExhibitTableModel::SeriesColumn).data().toString(),
             QStringLiteral("Growth"));
    QCOMPARE(model.index(0, ExhibitTableModel::ValueColumn).data().toString(),
             QStringLiteral("$500MM"));
    QCOMPARE(model.index(0, ExhibitTableModel::ValueColumn).data(Qt::EditRole).toDouble(), 500.0);
    QCOMPARE(model.index(0, ExhibitTableModel::QuoteColumn).data().toString(),
             QStringLiteral("$500MM"));
}

void tst_ExhibitTableModel::valuesConvertIntoExhibitUnit()
{
    const ExhibitData d = sample();
    const SeriesRecord& capex = d.series.at(0);
    const SeriesRecord& growth = d.series.at(1);
    // $500MM plots as 0.5 on a $B axis; the growth rate keeps its own value.
    QCOMPARE(*ExhibitTableModel::chartValue(d, capex, capex.points.at(0)), 0.5);
    QCOMPARE(*ExhibitTableModel::chartValue(d, capex, capex.points.at(1)), 2.0);
    QCOMPARE(*ExhibitTableModel::chartValue(d, growth, growth.points.at(0)), 300.0);
    const auto mid = ExhibitTableModel::periodMidpoint(capex.points.at(0));
    QVERIFY(mid.has_value());
    QCOMPARE(mid->date().year(), 2023);
}

void tst_ExhibitTableModel::pivot()
{
    ExhibitTableModel model;
    PivotTableModel pivot(&model);
    QAbstractItemModelTester tester(&pivot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExhibit(sample());
    QCOMPARE(pivot.rowCount(), 2);    // 2023, 2024
    QCOMPARE(pivot.columnCount(), 2); // CapEx, Growth
    QCOMPARE(pivot.headerData(1, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("2024"));
    QCOMPARE(pivot.index(1, 1).data().toString(), QStringLiteral("+300% Y/Y"));
    QCOMPARE(pivot.sourceRow(pivot.index(0, 1)), -1); // no growth stated for 2023
    QCOMPARE(pivot.cellOf(2), pivot.index(1, 1));
}

void tst_ExhibitTableModel::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("$B") << 212.0 << "$B"
                        << "$212B";
    QTest::newRow("-$B") << -5.0 << "$B"
                         << "-$5B";
    QTest::newRow("$B decimal") << 3.7 << "$B"
                                << "$3.7B";
    QTest::newRow("MM") << 800.0 << "MM"
                        << "800MM";
    QTest::newRow("%") << 73.0 << "%"
                       << "73%";
    QTest::newRow("growth") << 63.0 << "% Y/Y"
                            << "+63% Y/Y";
    QTest::newRow("negative change") << -9.0 << "% change"
                                     << "-9% change";
    QTest::newRow("x") << 6.0 << "x"
                       << "6x";
    QTest::newRow("thousands") << 25000.0 << "#"
                               << "25,000";
    QTest::newRow("count change") << 6300.0 << "# change"
                                  << "+6,300";
    QTest::newRow("days") << 122.0 << "days"
                          << "122 days";
    QTest::newRow("small") << 0.25 << "$"
                           << "$0.25";
}

void tst_ExhibitTableModel::formatValue()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QCOMPARE(trendboard::formatValue(value, unit), expected);
}

void tst_ExhibitTableModel::listModel()
{
    ExhibitListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExhibitInfo a;
    a.id = "p038-x";
    a.page = 38;
    a.title = "Developers";
    list.setExhibits({a});
    QCOMPARE(list.index(0).data().toString(), QStringLiteral("p. 38   Developers"));
    QCOMPARE(list.rowOf("p038-x"), 0);
    QCOMPARE(list.rowOf("nope"), -1);
}

// A section of a large database reaches the view a batch at a time; asking for an exhibit's
// row fetches up to it.
void tst_ExhibitTableModel::listModelFetchesInBatches()
{
    QVector<ExhibitInfo> many;
    const int total = ExhibitListModel::kBatch * 2 + 7;
    for (int i = 0; i < total; ++i) {
        ExhibitInfo e;
        e.id = QStringLiteral("x%1").arg(i);
        e.page = i;
        e.title = QStringLiteral("Exhibit %1").arg(i);
        many.append(e);
    }
    {
        // The model's contract holds while a view fetches (the tester fetches all it can).
        ExhibitListModel tested;
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.setExhibits(many);
        tested.setExhibits(many.mid(0, 3));
    }
    ExhibitListModel list;
    list.setExhibits(many);
    QCOMPARE(list.rowCount(), ExhibitListModel::kBatch);
    QVERIFY(list.canFetchMore({}));
    list.fetchMore({});
    QCOMPARE(list.rowCount(), ExhibitListModel::kBatch * 2);
    QCOMPARE(list.rowOf(QStringLiteral("x%1").arg(total - 1)), total - 1);
    QCOMPARE(list.rowCount(), total);
    QVERIFY(!list.canFetchMore({}));
    QCOMPARE(list.index(total - 1).data(ExhibitListModel::ExhibitIdRole).toString(),
             QStringLiteral("x%1").arg(total - 1));
}

// Typing narrows a filter's matches: the next filter takes the rows the last one read rather
// than reading them again. Each row is still its own exhibit, in the new order; an id the
// database lacks keeps its row; the section's own list reads in page order again.
void tst_ExhibitTableModel::listModelFiltersAgainFromRowsReadBefore()
{
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    const ReportDatabase::ListScope scope{kBondReportId, 2};
    const QVector<ExhibitInfo> section = db.exhibitsAfter(scope, nullptr, 6);
    QCOMPARE(section.size(), 6);
    ExhibitListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setSection(db, scope);
    const auto shown = [&list](int row) { return list.index(row).data().toString(); };
    const auto titled = [](const ExhibitInfo& e) { return QStringLiteral("p. %1   ").arg(e.page); };
    list.showOnly({section[0].id, section[1].id, section[2].id, section[3].id});
    for (int row = 0; row < 4; ++row)
        QVERIFY2(shown(row).startsWith(titled(section[row])), qPrintable(shown(row)));
    // Two read before, in another order, one not read yet and one the database lacks.
    list.showOnly({section[3].id, section[5].id, section[1].id, QStringLiteral("p999-none")});
    QCOMPARE(list.rowCount(), 4);
    QCOMPARE(list.index(0).data(ExhibitListModel::ExhibitIdRole).toString(), section[3].id);
    QCOMPARE(list.index(0).data(ExhibitListModel::PageRole).toInt(), section[3].page);
    QCOMPARE(list.index(1).data(ExhibitListModel::PageRole).toInt(), section[5].page);
    QCOMPARE(list.index(2).data(ExhibitListModel::ExhibitIdRole).toString(), section[1].id);
    QVERIFY2(shown(2).startsWith(titled(section[1])), qPrintable(shown(2)));
    QCOMPARE(list.index(2).data(ExhibitListModel::StatedValuesRole).toInt(),
             section[1].statedValues);
    QCOMPARE(list.index(3).data(ExhibitListModel::ExhibitIdRole).toString(),
             QStringLiteral("p999-none"));
    list.showAll();
    for (int row = 0; row < 6; ++row)
        QCOMPARE(list.index(row).data(ExhibitListModel::ExhibitIdRole).toString(), section[row].id);
}

void tst_ExhibitTableModel::pointToolTip()
{
    SeriesRecord series;
    series.name = QStringLiteral("Big Six CapEx");
    PointRecord p;
    p.xLabel = QStringLiteral("2023");
    p.periodStart = QStringLiteral("2023-01-01");
    p.periodEnd = QStringLiteral("2023-12-31");
    p.value = 130;
    p.unit = QStringLiteral("$B");
    p.status = QStringLiteral("derived");
    p.derivation = QStringLiteral("$212B / 1.63");
    p.page = 4;
    const QString tip = trendboard::pointToolTip(series, p);
    QCOMPARE(tip, QStringLiteral("Big Six CapEx\n$130B · 2023 (2023-01-01 – 2023-12-31)\n"
                                 "derived: $212B / 1.63\np. 4"));
    p.status = QStringLiteral("reported");
    p.page = 0;
    QVERIFY(trendboard::pointToolTip(series, p).endsWith(QStringLiteral("\nreported")));
}

// A comparison's or profile's rows under Qt's model tester (Fatal: any breach of the model
// contract aborts), alone and behind a proxy that filters and sorts them, while the table is
// replaced by one of other rows and columns, emptied and given headers.
void tst_ExhibitTableModel::flatTableUnderTester()
{
    FlatTableModel model;
    QAbstractItemModelTester direct(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setSortRole(Qt::UserRole); // the cell itself: numbers sort as numbers
    QAbstractItemModelTester behind(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    FlatTable table;
    table.columns = {"entity", "x_label", "value", "unit", "status", "analyst"};
    table.rows = {{"NVIDIA", "FQ4:25", 39.3, "$B", "reported", ""},
                  {"Microsoft", "2024", 245.1, "$B", "reported", ""},
                  {"Alphabet", "2024", 350.0, "$B", "edited", "edited"},
                  {"Apple", "2024", 391.0, "$B", "derived", ""},
                  {"Meta", "2023", 134.9, "$B", "analyst", "filled"}};
    model.setTable(table);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(proxy.rowCount(), 5);

    proxy.sort(2, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Apple"));
    QCOMPARE(proxy.index(4, 0).data().toString(), QStringLiteral("NVIDIA"));
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Alphabet"));

    proxy.setFilterFixedString(QStringLiteral("2024"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterFixedString(QStringLiteral("no such text"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 5);

    // Replaced while sorted and filtered: fewer rows, other columns.
    proxy.setFilterFixedString(QStringLiteral("NVIDIA"));
    FlatTable other;
    other.columns = {"measure", "entity", "value"};
    other.rows = {{"revenue", "NVIDIA", 130.5}, {"market_cap", "NVIDIA", 2800.0}};
    model.setTable(other);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.sort(2, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("revenue"));
    model.setHeaders({"Measure", "Entity", "Value"});
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Measure"));
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    model.setTable(table);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

QTEST_GUILESS_MAIN(tst_ExhibitTableModel)
#include "tst_exhibittablemodel.moc"
