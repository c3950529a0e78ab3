// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison workspace on the real data, offscreen: presets, the chart and table it shows,
// the CSV it writes (the rows the table shows), saved comparisons, transforms.
#include "chart/chartcanvas.h"
#include "chartview.h"
#include "comparisontab.h"
#include "export/csv.h"
#include "figure/exhibitfigure.h"
#include "mainwindow.h"
#include "models/exhibittablemodel.h"
#include "models/flattablemodel.h"

#include <QCheckBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

class tst_ComparisonTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensOnAComparison();
    void presets_data();
    void presets();
    void csvIsWhatTheTableShows();
    void savedComparisonsReopen();
    void transformsChangeTheChart();
    void tooFewEntitiesSaySo();
    void logWithZerosSaysWhy();
    void mainWindowHasTheTab();
    void barLabelsCoverNoOtherBar_data();
    void barLabelsCoverNoOtherBar();

private:
    std::unique_ptr<ReportDatabase> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_ComparisonTab::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(m_db->isOpen());
    m_settings = std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
}

void tst_ComparisonTab::opensOnAComparison()
{
    ComparisonTab tab(*m_db, *m_settings);
    QCOMPARE(tab.comparison().measure.id, QStringLiteral("market_cap"));
    QCOMPARE(tab.comparison().entities.size(), 6);
    QVERIFY(!tab.comparison().values.isEmpty());
    QVERIFY(tab.tableModel()->rowCount() > 0);
    QVERIFY(tab.chartView()->figure()->canvas() != nullptr);
}

void tst_ComparisonTab::presets_data()
{
    QTest::addColumn<QString>("preset");
    for (const QString& name : ComparisonTab::presetNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_ComparisonTab::presets()
{
    QFETCH(QString, preset);
    ComparisonTab tab(*m_db, *m_settings);
    SavedComparison c;
    c.request = {QStringLiteral("monthly_active_users"),
                 {QStringLiteral("India"), QStringLiteral("USA")}};
    tab.setComparison(c);
    tab.applyPreset(preset);
    const SavedComparison now = tab.currentComparison();
    QVERIFY2(now.request.entities.size() >= 2 || !tab.statusText().isEmpty(), qPrintable(preset));
    QVERIFY(now.request.entities.size() <= 12);
}

void tst_ComparisonTab::csvIsWhatTheTableShows()
{
    ComparisonTab tab(*m_db, *m_settings);
    SavedComparison c;
    c.request = {QStringLiteral("tokens_processed"),
                 {QStringLiteral("Google"), QStringLiteral("Microsoft")}};
    tab.setComparison(c);
    const FlatTable shown = tab.tableModel()->table();
    QVERIFY(shown.rows.size() >= 4);
    const QString path = m_dir.filePath("tokens.csv");
    QCOMPARE(writeCsv(shown, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Records end in CRLF (RFC 4180), whatever the system.
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown.rows.size() + 1);
    QCOMPARE(lines.first(), shown.columns.join(','));
    // The same request from the command line's service gives the same rows.
    const Comparison again = compare(*m_db, c.request);
    QCOMPARE(comparisonTable(again).rows, shown.rows);
}

void tst_ComparisonTab::savedComparisonsReopen()
{
    {
        ComparisonTab tab(*m_db, *m_settings);
        SavedComparison c;
        c.request = {QStringLiteral("annualized_revenue"),
                     {QStringLiteral("OpenAI"), QStringLiteral("Anthropic")}};
        c.transform = Transform::Indexed;
        c.name = QStringLiteral("ARR ramps");
        ComparisonStore(*m_settings).save(c);
    }
    ComparisonTab tab(*m_db, *m_settings);
    QVERIFY(tab.savedNames().contains(QStringLiteral("ARR ramps")));
    const auto saved = ComparisonStore(*m_settings).find(QStringLiteral("ARR ramps"));
    QVERIFY(saved);
    tab.setComparison(*saved);
    const SavedComparison now = tab.currentComparison();
    QCOMPARE(now.request.measure, QStringLiteral("annualized_revenue"));
    QCOMPARE(now.transform, Transform::Indexed);
    QCOMPARE(QSet<QString>(now.request.entities.cbegin(), now.request.entities.cend()),
             (QSet<QString>{QStringLiteral("OpenAI"), QStringLiteral("Anthropic")}));
}

void tst_ComparisonTab::transformsChangeTheChart()
{
    ComparisonTab tab(*m_db, *m_settings);
    SavedComparison c;
    c.request = {QStringLiteral("tokens_processed"),
                 {QStringLiteral("Alphabet"), QStringLiteral("Microsoft")}};
    c.transform = Transform::Indexed;
    tab.setComparison(c);
    QVERIFY(tab.figureModel()->hasExhibit());
    const ExhibitData& drawn = tab.figureModel()->exhibit();
    QCOMPARE(drawn.info.unit, QStringLiteral("index"));
    QVERIFY(!drawn.series.isEmpty());
    for (const SeriesRecord& s : drawn.series)
        QCOMPARE(*s.points.first().value, 100.0);
    c.transform = Transform::Growth;
    tab.setComparison(c);
    QCOMPARE(tab.figureModel()->exhibit().info.unit, QStringLiteral("% change"));
    // The table keeps the stated values whatever the chart shows.
    bool stated480 = false;
    const FlatTable t = tab.tableModel()->table();
    const int value = t.columns.indexOf(QStringLiteral("stated_value"));
    for (const auto& row : t.rows)
        stated480 = stated480 || row.at(value).toDouble() == 480.0;
    QVERIFY(stated480);
}

void tst_ComparisonTab::tooFewEntitiesSaySo()
{
    ComparisonTab tab(*m_db, *m_settings);
    SavedComparison c;
    c.request = {QStringLiteral("revenue"), {QStringLiteral("NVIDIA")}};
    tab.setComparison(c);
    QVERIFY2(tab.statusText().contains(QStringLiteral("two to twelve")),
             qPrintable(tab.statusText()));
    QCOMPARE(tab.tableModel()->rowCount(), 0);
    c.request = {QStringLiteral("tokens_processed"),
                 {QStringLiteral("Tesla"), QStringLiteral("Netflix")}};
    tab.setComparison(c);
    QVERIFY2(tab.statusText().contains(QStringLiteral("no value")), qPrintable(tab.statusText()));
}

void tst_ComparisonTab::logWithZerosSaysWhy()
{
    ComparisonTab tab(*m_db, *m_settings);
    SavedComparison c;
    // Cursor's ARR ramp starts at a stated $0 (p. 233): no log axis, and the box says why.
    c.request = {QStringLiteral("annualized_revenue"),
                 {QStringLiteral("Cursor"), QStringLiteral("Anthropic")}};
    c.log = true;
    tab.setComparison(c);
    QVERIFY(tab.figureModel()->hasExhibit());
    auto* box = tab.chartView()->findChild<QCheckBox*>();
    QVERIFY(box);
    QVERIFY(!box->isEnabled());
    QVERIFY(!box->isChecked());
    QVERIFY2(box->toolTip().contains(QStringLiteral("above zero")), qPrintable(box->toolTip()));
    QVERIFY(tab.figureModel()->rowCount() > 0); // the chart still draws every value
    // Without the zero, the log axis is on offer.
    c.request.entities = {QStringLiteral("OpenAI"), QStringLiteral("Anthropic")};
    tab.setComparison(c);
    QVERIFY(box->isEnabled());
    QVERIFY(box->isChecked());
}

void tst_ComparisonTab::mainWindowHasTheTab()
{
    MainWindow window(*m_db);
    QVERIFY(window.comparisonTab());
    window.showComparison();
    const QImage shot = window.snapshot(QSize(1200, 800));
    QCOMPARE(shot.size(), QSize(1200, 800));
}

void tst_ComparisonTab::barLabelsCoverNoOtherBar_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

// The Big Six's market caps of 5/15/25: six bars side by side, labels wider than the bars.
// Each drawn label covers no other bar and no other label (they covered the $2,178B and
// $3,288B bars); at the large size every value is labelled.
void tst_ComparisonTab::barLabelsCoverNoOtherBar()
{
    QFETCH(QSize, size);
    MainWindow window(*m_db);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ComparisonTab* tab = window.comparisonTab();
    SavedComparison c;
    c.request.measure = QStringLiteral("market_cap");
    c.request.entities = {QStringLiteral("Apple"),     QStringLiteral("NVIDIA"),
                          QStringLiteral("Microsoft"), QStringLiteral("Alphabet"),
                          QStringLiteral("Amazon"),    QStringLiteral("Meta Platforms")};
    tab->setComparison(c);
    window.showComparison();
    QCoreApplication::processEvents();
    ChartCanvas* canvas = tab->chartView()->figure()->canvas();
    const QVector<ChartCanvas::Mark> bars = canvas->marks();
    const QVector<ChartCanvas::ValueLabel> labels = canvas->valueLabels();
    QVERIFY(bars.size() >= 6);
    QVERIFY(!labels.isEmpty());
    QStringList texts;
    for (const ChartCanvas::ValueLabel& label : labels) {
        texts.append(label.text);
        for (const ChartCanvas::Mark& bar : bars) {
            const QRect drawn(bar.centre - QPoint(bar.size.width() / 2, bar.size.height() / 2),
                              bar.size);
            QVERIFY2(
                bar.row == label.row || !drawn.intersects(label.rect),
                qPrintable(
                    QStringLiteral("%1 covers the bar of row %2").arg(label.text).arg(bar.row)));
        }
        for (const ChartCanvas::ValueLabel& other : labels)
            QVERIFY2(&other == &label || !other.rect.intersects(label.rect),
                     qPrintable(label.text + QStringLiteral(" covers ") + other.text));
    }
    if (size.width() >= 1600) {
        for (const char* value : {"$1,997B", "$2,178B", "$3,288B"})
            QVERIFY2(texts.contains(QLatin1String(value)), qPrintable(texts.join(", ")));
    }
}

QTEST_MAIN(tst_ComparisonTab)
#include "tst_comparisontab.moc"
