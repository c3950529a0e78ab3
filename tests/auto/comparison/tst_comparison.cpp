// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison service on the bundled database: measures and entities resolved as the
// command line and the GUI resolve them, values in base units, one display scale, shapes,
// and every failure named.
#include "browse/entityprofile.h"
#include "browse/headlines.h"
#include "cli/comparecommand.h"
#include "compare/comparisonservice.h"
#include "export/slideexport.h"
#include "../common/queryplans.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace trendboard;

class tst_Comparison : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void subjectIsTheTitlesFirstProduct();
    void displayUnitDoesNotDependOnTheHashSeed();
    void vocabulary();
    void resolveEntity_data();
    void resolveEntity();
    void refused_data();
    void refused();
    void levelsInBaseUnits();
    void crossSectionIsRanked();
    void sameFigureListedOnce();
    void timeSeriesKeepsGranularitiesApart();
    void periodBounds();
    void entityWithoutValuesIsNamed();
    void tableHasEveryValue();
    void fiscalPeriodsAlignByRealDates();
    void regionStandsForItsCountries();
    void regionsDrawOneProductPerLegendEntry();
    void sameFigureOnOtherPages();
    void splitPeriodRange_data();
    void splitPeriodRange();
    void measureValueCountsAreTheValuesCounted();
    void everyQueryIsServedByAnIndex();

private:
    std::unique_ptr<ReportDatabase> m_db;
};

void tst_Comparison::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void tst_Comparison::vocabulary()
{
    const QVector<MeasureInfo> measures = m_db->measures();
    QVERIFY(!measures.isEmpty());
    static const QStringList quantities{"level", "share", "growth", "multiple", "index", "rank"};
    for (const MeasureInfo& m : measures) {
        QVERIFY2(quantities.contains(m.quantity), qPrintable(m.id));
        QCOMPARE(m.quantity == QLatin1String("level"), !m.baseUnit.isEmpty());
    }
    const auto tokens = m_db->measure(QStringLiteral("tokens_processed"));
    QVERIFY(tokens);
    QVERIFY(tokens->datapoints > 0);
    const QVector<EntityInfo> all = m_db->entities();
    QVERIFY(all.size() > 100);
    const QVector<EntityInfo> countries = m_db->entities(QStringLiteral("country"));
    QVERIFY(countries.size() < all.size());
    QVERIFY(!countries.isEmpty());
    for (const EntityInfo& e : countries) {
        QCOMPARE(e.kind, QStringLiteral("country"));
        QVERIFY2(!e.parent.isEmpty(), qPrintable(e.name + " has no region"));
    }
    QVERIFY(m_db->readError().isEmpty());
}

void tst_Comparison::resolveEntity_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("expected"); // empty: unknown
    QTest::newRow("name") << "NVIDIA"
                          << "NVIDIA";
    QTest::newRow("any case") << "nvidia"
                              << "NVIDIA";
    QTest::newRow("alias") << "Google"
                           << "Alphabet";
    QTest::newRow("spaces") << "  Microsoft "
                            << "Microsoft";
    QTest::newRow("unknown") << "Nope Inc"
                             << "";
    QTest::newRow("sql text") << "x' OR '1'='1"
                              << "";
}

void tst_Comparison::resolveEntity()
{
    QFETCH(QString, asked);
    QFETCH(QString, expected);
    const auto found = m_db->resolveEntity(asked);
    QCOMPARE(found.value_or(QString()), expected);
}

void tst_Comparison::refused_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QStringList>("entities");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    const QStringList two{"Alphabet", "Microsoft"};
    QTest::newRow("unknown measure") << "nope" << two << ""
                                     << ""
                                     << "no measure 'nope'";
    QTest::newRow("unknown entity") << "revenue" << QStringList{"NVIDIA", "Nope Inc"} << ""
                                    << ""
                                    << "no entity 'Nope Inc'";
    QTest::newRow("one entity") << "revenue" << QStringList{"NVIDIA"} << ""
                                << ""
                                << "2 to 12";
    QTest::newRow("same entity twice") << "revenue" << QStringList{"Google", "Alphabet"} << ""
                                       << ""
                                       << "not 1";
    QStringList thirteen{"USA",    "China",  "India",  "Japan", "UK",        "France",  "Germany",
                         "Brazil", "Mexico", "Russia", "Egypt", "Indonesia", "Pakistan"};
    QTest::newRow("thirteen") << "share_of_app_users" << thirteen << ""
                              << ""
                              << "not 13";
    QTest::newRow("bad period") << "revenue" << two << "2024Q9"
                                << ""
                                << "period '2024Q9'";
    QTest::newRow("reversed") << "revenue" << two << "2024"
                              << "2020"
                              << "ends before it starts";
}

void tst_Comparison::refused()
{
    QFETCH(QString, measure);
    QFETCH(QStringList, entities);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    const Comparison c = compare(*m_db, {measure, entities, from, to});
    QVERIFY2(c.error.contains(message), qPrintable(c.error));
    QVERIFY(c.values.isEmpty());
}

void tst_Comparison::levelsInBaseUnits()
{
    const Comparison c = compare(*m_db, {QStringLiteral("tokens_processed"),
                                         {QStringLiteral("Google"), QStringLiteral("Microsoft")}});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY(c.values.size() >= 4);
    QCOMPARE(c.entities, (QStringList{"Alphabet", "Microsoft"}));
    QCOMPARE(c.displayUnit, QStringLiteral("T tokens"));
    QCOMPARE(c.displayFactor, 1e12);
    bool found480 = false;
    for (const MeasureValue& v : c.values) {
        QCOMPARE(v.baseUnit, QStringLiteral("tokens"));
        QVERIFY(v.status == QLatin1String("reported") || v.status == QLatin1String("derived"));
        if (v.reportId == QLatin1String("bond-ai-2025"))
            QVERIFY(v.page >= 129);
        else
            QCOMPARE(v.page, 0); // the note has no pages
        if (v.entity == QLatin1String("Alphabet") && qFuzzyCompare(v.baseValue, 480e12)) {
            found480 = true;
            QCOMPARE(c.displayed(v), 480.0);
        }
    }
    QVERIFY(found480);
    // Both reports are compared: BOND's pages and the brokerage note.
    const ExhibitData figure = comparisonExhibit(c);
    QVERIFY2(figure.info.source.contains(QStringLiteral("BOND")), qPrintable(figure.info.source));
    QVERIFY2(figure.info.source.contains(QStringLiteral("Brokerage note")),
             qPrintable(figure.info.source));
}

void tst_Comparison::crossSectionIsRanked()
{
    const QStringList six{"Meta", "Microsoft", "NVIDIA", "Apple", "Amazon", "Alphabet"};
    const Comparison c =
        compare(*m_db, {QStringLiteral("market_cap"), six, QStringLiteral("2025"), {}});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.shape, Comparison::Shape::CrossSection);
    QCOMPARE(c.displayUnit, QStringLiteral("$B")); // as the tables print them: $3,368B
    const ExhibitData figure = comparisonExhibit(c);
    QCOMPARE(figure.info.kind, ChartKind::Bar);
    QCOMPARE(figure.series.size(), 1);
    const QVector<PointRecord>& bars = figure.series.first().points;
    QCOMPARE(bars.size(), six.size()); // one bar each, although two tables state each value
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(*bars.at(i - 1).value >= *bars.at(i).value);
}

// p. 274 and p. 277 both state the 2025 market caps: one row each, "also p. 277" beside it.
void tst_Comparison::sameFigureListedOnce()
{
    const QStringList six{"Meta", "Microsoft", "NVIDIA", "Apple", "Amazon", "Alphabet"};
    const Comparison c =
        compare(*m_db, {QStringLiteral("market_cap"), six, QStringLiteral("2025"), {}});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QHash<QString, int> rows;
    for (const MeasureValue& v : c.values) {
        if (v.page != 274 && v.page != 277)
            continue;
        ++rows[v.entity];
        QCOMPARE(v.page, 274);
        QCOMPARE(v.alsoOnPages, QVector<int>{277});
        QCOMPARE(alsoStatedText(v), QStringLiteral("also p. 277"));
    }
    QCOMPARE(rows.size(), six.size());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    const FlatTable table = comparisonTable(c);
    const int column = table.columns.indexOf(QStringLiteral("also_stated"));
    QVERIFY(column >= 0);
    int marked = 0;
    for (const QVector<QVariant>& row : table.rows)
        marked += row.at(column).toString() == QLatin1String("also p. 277");
    QCOMPARE(marked, six.size());
}

void tst_Comparison::timeSeriesKeepsGranularitiesApart()
{
    const Comparison c =
        compare(*m_db, {QStringLiteral("tokens_processed"),
                        {QStringLiteral("Alphabet"), QStringLiteral("Microsoft")}});
    QCOMPARE(c.shape, Comparison::Shape::TimeSeries);
    const ExhibitData figure = comparisonExhibit(c);
    QCOMPARE(figure.info.kind, ChartKind::Line);
    for (const SeriesRecord& s : figure.series) {
        QSet<QString> granularities;
        for (const PointRecord& p : s.points) {
            QVERIFY2(!p.periodStart.isEmpty(), qPrintable(s.name));
            granularities.insert(p.granularity);
        }
        QCOMPARE(granularities.size(), 1);
    }
    // Values the note states without a date are named under the chart, not dropped.
    bool undated = false;
    for (const MeasureValue& v : c.values)
        undated = undated || v.periodStart.isEmpty();
    QCOMPARE(figure.info.note.contains(QStringLiteral("without a date")), undated);
}

void tst_Comparison::periodBounds()
{
    const Comparison all =
        compare(*m_db, {QStringLiteral("tokens_processed"),
                        {QStringLiteral("Alphabet"), QStringLiteral("Microsoft")}});
    const Comparison bounded =
        compare(*m_db, {QStringLiteral("tokens_processed"),
                        {QStringLiteral("Alphabet"), QStringLiteral("Microsoft")},
                        QStringLiteral("2025"),
                        QStringLiteral("2025")});
    QVERIFY(bounded.error.isEmpty());
    QVERIFY(!bounded.values.isEmpty());
    QVERIFY(bounded.values.size() < all.values.size());
    for (const MeasureValue& v : bounded.values) {
        QVERIFY(v.periodEnd >= QLatin1String("2025-01-01"));
        QVERIFY(v.periodStart <= QLatin1String("2025-12-31"));
    }
}

void tst_Comparison::entityWithoutValuesIsNamed()
{
    const Comparison c = compare(*m_db, {QStringLiteral("tokens_processed"),
                                         {QStringLiteral("Alphabet"), QStringLiteral("Tesla")}});
    QVERIFY(c.error.isEmpty());
    QCOMPARE(c.withoutValues, QStringList{QStringLiteral("Tesla")});
    QVERIFY(comparisonExhibit(c).info.note.contains(QStringLiteral("Tesla")));
}

void tst_Comparison::tableHasEveryValue()
{
    const Comparison c = compare(*m_db, {QStringLiteral("annualized_revenue"),
                                         {QStringLiteral("OpenAI"), QStringLiteral("Anthropic")}});
    QVERIFY(c.error.isEmpty());
    const FlatTable t = comparisonTable(c);
    QCOMPARE(t.rows.size(), c.values.size());
    const int quote = t.columns.indexOf(QStringLiteral("quote"));
    const int status = t.columns.indexOf(QStringLiteral("status"));
    QVERIFY(quote >= 0 && status >= 0);
    for (const QVector<QVariant>& row : t.rows) {
        QCOMPARE(row.size(), t.columns.size());
        QVERIFY(!row.at(quote).toString().isEmpty());
    }
}

void tst_Comparison::fiscalPeriodsAlignByRealDates()
{
    // NVIDIA's fiscal year ends in January: FQ4:25 is November 2024 to January 2025.
    const Comparison c = compare(
        *m_db, {QStringLiteral("revenue"), {QStringLiteral("NVIDIA"), QStringLiteral("OpenAI")}});
    QVERIFY(c.error.isEmpty());
    bool found = false;
    for (const MeasureValue& v : c.values) {
        if (v.entity == QLatin1String("NVIDIA") && v.xLabel == QLatin1String("FQ4:25")) {
            found = true;
            QCOMPARE(v.periodStart, QStringLiteral("2024-11-01"));
            QCOMPARE(v.periodEnd, QStringLiteral("2025-01-31"));
        }
    }
    QVERIFY(found);
    for (int i = 1; i < c.values.size(); ++i) {
        if (!c.values.at(i).periodEnd.isEmpty())
            QVERIFY(c.values.at(i - 1).periodEnd <= c.values.at(i).periodEnd);
    }
}

void tst_Comparison::regionStandsForItsCountries()
{
    const Comparison c = compare(*m_db, {QStringLiteral("share_of_app_users"),
                                         {QStringLiteral("South Asia"), QStringLiteral("USA")}});
    QVERIFY(c.error.isEmpty());
    QVERIFY(c.withoutValues.isEmpty());
    QVERIFY(c.shown.contains(QStringLiteral("South Asia › India")));
    QVERIFY(c.shown.contains(QStringLiteral("USA")));
    for (const MeasureValue& v : c.values)
        QVERIFY2(v.entity == QLatin1String("USA") ||
                     v.entity.startsWith(QStringLiteral("South Asia › ")),
                 qPrintable(v.entity));
}

// The World Bank regions preset on monthly active users: the countries' ChatGPT (p. 316) and
// DeepSeek (p. 317) app users. A legend entry is one product, a category one country, and the
// categories ("East Asia & Pacific › Indonesia") are drawn in full, not as "…".
void tst_Comparison::regionsDrawOneProductPerLegendEntry()
{
    const QStringList regions{QStringLiteral("East Asia & Pacific"),
                              QStringLiteral("Europe & Central Asia"),
                              QStringLiteral("Latin America & Caribbean"),
                              QStringLiteral("Middle East & North Africa"),
                              QStringLiteral("North America"),
                              QStringLiteral("South Asia"),
                              QStringLiteral("Sub-Saharan Africa")};
    const Comparison c = compare(*m_db, {QStringLiteral("monthly_active_users"), regions});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.shape, Comparison::Shape::CrossSection);
    const ExhibitData figure = comparisonExhibit(c);
    QCOMPARE(figure.series.size(), 2);
    QVERIFY2(figure.series[0].name.startsWith(QStringLiteral("ChatGPT")),
             qPrintable(figure.series[0].name));
    QVERIFY2(figure.series[1].name.startsWith(QStringLiteral("DeepSeek")),
             qPrintable(figure.series[1].name));
    for (const SeriesRecord& s : figure.series) {
        QSet<QString> labels;
        for (const PointRecord& p : s.points) {
            QCOMPARE(p.page, s.points.first().page); // one exhibit a series
            QCOMPARE(p.xLabel, p.entity);            // a category is the entity, no page
            QVERIFY2(!labels.contains(p.xLabel), qPrintable(p.xLabel));
            labels.insert(p.xLabel);
        }
    }
    // India's two values are two bars of one category, in the two series.
    const QString india = QStringLiteral("South Asia › India");
    for (const SeriesRecord& s : figure.series)
        QVERIFY(std::any_of(s.points.cbegin(), s.points.cend(),
                            [&](const PointRecord& p) { return p.xLabel == india; }));

    // Drawn: the category labels left of the bars are text, not a column of "…". Count the
    // grey (unsaturated) dark pixels in the left third, where the labels are: bars are coloured.
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(1600, 900);
    SlideRenderer renderer(options);
    const QImage slide = renderer.image(figure).convertToFormat(QImage::Format_RGB32);
    int labelInk = 0;
    for (int y = slide.height() / 10; y < slide.height() * 3 / 4; ++y) {
        for (int x = 0; x < slide.width() / 3; ++x) {
            const QColor px = slide.pixelColor(x, y);
            const int spread = std::max({px.red(), px.green(), px.blue()}) -
                               std::min({px.red(), px.green(), px.blue()});
            if (qGray(px.rgb()) < 160 && spread < 40)
                ++labelInk;
        }
    }
    // Twelve labels of 15 to 35 characters: several thousand pixels; twelve "…" a few hundred.
    QVERIFY2(labelInk > 3000, qPrintable(QString::number(labelInk)));
}

// p. 97 charts Big Six CapEx 2014-2024 without stating 2024; p. 4 states $212B for 2024.
// The +63% Y/Y of p. 4 is a different definition from p. 97's +21% CAGR: never listed as it.
void tst_Comparison::sameFigureOnOtherPages()
{
    const auto data = m_db->exhibitData(QStringLiteral("p097-big-six-capex-vs-data-generation"));
    QVERIFY(data);
    bool capex212 = false;
    for (const OtherReportValue& o : data->alsoOnPages) {
        QVERIFY(o.otherExhibit != data->info.id);
        capex212 = capex212 || (o.otherShort == QLatin1String("p. 4") && o.value == 212.0 &&
                                o.hereUnit.isEmpty());
        QVERIFY2(!(o.unit == QLatin1String("% Y/Y") && o.hereUnit == QLatin1String("% CAGR")),
                 "a Y/Y rate listed as the same figure as a CAGR");
    }
    QVERIFY(capex212);
}

void tst_Comparison::splitPeriodRange_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");
    QTest::newRow("years") << "2020:2024"
                           << "2020"
                           << "2024" << true;
    QTest::newRow("quarters hold colons") << "Q1:24:Q4:24"
                                          << "Q1:24"
                                          << "Q4:24" << true;
    QTest::newRow("open end") << "2023:"
                              << "2023"
                              << "" << true;
    QTest::newRow("open start") << ":5/25"
                                << ""
                                << "5/25" << true;
    QTest::newRow("no bounds") << ":"
                               << ""
                               << "" << false;
    QTest::newRow("no colon") << "2024"
                              << ""
                              << "" << false;
    QTest::newRow("nonsense") << "soon:later"
                              << ""
                              << "" << false;
}

void tst_Comparison::splitPeriodRange()
{
    QFETCH(QString, range);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);
    QString gotFrom;
    QString gotTo;
    const QString problem = trendboard::splitPeriodRange(range, &gotFrom, &gotTo);
    QCOMPARE(problem.isEmpty(), ok);
    if (ok) {
        QCOMPARE(gotFrom, from);
        QCOMPARE(gotTo, to);
    }
}

// The product a country's app users are of is the one its exhibit's title names first, as a
// whole word ("DeepSeek" in p. 317's title; no company compared, no part of a word).
void tst_Comparison::subjectIsTheTitlesFirstProduct()
{
    const Comparison c = compare(*m_db, {"monthly_active_users", {"Brazil", "France"}, {}, {}});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.subjectOf.value("p316-chatgpt-app-mau-top-countries"), QString("ChatGPT"));
    QCOMPARE(c.subjectOf.value("p317-deepseek-app-mau-by-country"), QString("DeepSeek"));
}

QTEST_MAIN(tst_Comparison)
// The regions' growth rates are stated twice in % CAGR and twice in % change: the unit shown is
// the first stated, whatever order a hash keeps them in (it changed from one run to the next).
void tst_Comparison::displayUnitDoesNotDependOnTheHashSeed()
{
    const ComparisonRequest request{"growth_rate",
                                    {"East Asia & Pacific", "Europe & Central Asia",
                                     "Latin America & Caribbean", "Middle East & North Africa",
                                     "North America", "South Asia", "Sub-Saharan Africa"},
                                    {},
                                    {}};
    QSet<QString> units;
    for (int run = 0; run < 16; ++run) {
        QHashSeed::resetRandomGlobalSeed();
        const Comparison c = compare(*m_db, request);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        units.insert(c.displayUnit);
    }
    QHashSeed::setDeterministicGlobalSeed();
    QCOMPARE(units.size(), 1);
}

// The queries the app runs (ReportDatabase::statementsRun lists every one a walk through the
// app's readers ran) find exhibits, series and datapoints through an index or a table the
// compiler wrote: a SCAN of one of them is a query that slows with the data (entities() once
// counted the whole view per entity: 36 s at 1000 times the data). Statements that read every
// row by design are named here with why.
// The Compare tab's entity list counts each entity's values of the measure by index: for every
// measure of both reports, the counts are those of the values compare() would read.
void tst_Comparison::measureValueCountsAreTheValuesCounted()
{
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    QStringList names;
    for (const EntityInfo& e : db.entities())
        names.append(e.name);
    int measures = 0;
    for (const MeasureInfo& m : db.measures()) {
        QHash<QString, int> read;
        for (const MeasureValue& v : db.measureValues(m.id, names))
            ++read[v.entity];
        QCOMPARE(db.measureValueCounts(m.id), read);
        measures += read.isEmpty() ? 0 : 1;
    }
    QVERIFY(measures > 20);
    QVERIFY(db.measureValueCounts(QStringLiteral("no such measure")).isEmpty());
    QVERIFY(db.readError().isEmpty());
}

void tst_Comparison::everyQueryIsServedByAnIndex()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(db.isOpen());
    db.reports();
    db.sections(ReportScope::all());
    db.exhibits(2, kBondReportId);
    db.exhibitsOnPage(97, kBondReportId);
    db.exhibitsOnPage(97, ReportScope::all());
    for (const ExhibitInfo& e : db.exhibits(std::nullopt, ReportScope::all()))
        QVERIFY(db.exhibitData(e.id));
    db.search(QStringLiteral("nvidia users"));
    // A tab's list (issue 25): its counts, a batch after the last row, rows by id, a row's
    // place, the exhibit to open on, a page's first.
    const ReportDatabase::ListScope two{kBondReportId, 2};
    QCOMPARE(db.sectionStats(two).exhibits, int(db.exhibits(2, kBondReportId).size()));
    const QVector<ExhibitInfo> batch = db.exhibitsAfter(two, nullptr, 5);
    QCOMPARE(batch.size(), 5);
    QCOMPARE(db.exhibitsAfter(two, &batch.at(1), 2).first().id, batch.at(2).id);
    QCOMPARE(db.exhibitsByIds({batch.at(3).id}).size(), 1);
    QCOMPARE(db.rowInList(two, batch.at(4).id), 4);
    QCOMPARE(db.pageSpan(two)->first, batch.first().page);
    QVERIFY(!db.firstExhibitToShow(two).isEmpty());
    QVERIFY(db.firstExhibitOnPage(two, 55).startsWith(QStringLiteral("p055")));
    db.flat(FlatScope::Exhibit, QStringLiteral("p097-big-six-capex"));
    db.flat(FlatScope::Section, 2);
    db.flat(FlatScope::Page, 97);
    db.measures();
    QVERIFY(db.measure(QStringLiteral("revenue")));
    db.entities();
    db.entities(QStringLiteral("company"));
    QVERIFY(db.measureValueCounts(QStringLiteral("revenue")).value(QStringLiteral("NVIDIA")) > 0);
    db.units();
    db.resolveEntity(QStringLiteral("nvda"));
    db.pointMeasures({{QStringLiteral("p160-nvidia-revenue"),
                       QStringLiteral("Total quarterly revenue"),
                       QStringLiteral("FQ4:25"),
                       {}}});
    const Comparison c = compare(db,
                                 {QStringLiteral("revenue"),
                                  {QStringLiteral("NVIDIA"), QStringLiteral("Microsoft")},
                                  {},
                                  {}},
                                 nullptr);
    QVERIFY(!c.values.isEmpty());
    QVERIFY(entityProfile(db, QStringLiteral("NVIDIA")).error.isEmpty());
    QVERIFY(db.readError().isEmpty());

    // Read every row by design: the whole-report CSV (--export-csv --all), the targets of the
    // orphan check (every exhibit, series and point, once per check), the exhibit list of
    // --list and the window, what the filter bar filters every exhibit by, and the check of
    // every number when the database opens (checkNumbers).
    // The values of an entity or a measure (compare, profiles, an exhibit's "also stated on"
    // and related values) are read through the point's and its series' entity indexes, never
    // datapoint_flat's computed entity and measure: none of those is allowed here.
    static const QStringList everyRow{QStringLiteral("FROM datapoint_flat WHERE 1 "),
                                      QStringLiteral("SELECT x.id, '', '', '' FROM exhibit x"),
                                      QStringLiteral("e.unit WHERE 1 ORDER BY"),
                                      QStringLiteral("FROM exhibit x ORDER BY x.report_id"),
                                      QStringLiteral("THEN 'no value' WHEN")};
    QSqlDatabase plans =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plans"));
    plans.setDatabaseName(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    plans.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(plans.open());
    // Every exhibit of a report is a scan by another name: a join that reaches the other side
    // through the report alone (the old self-join of datapoint_flat did).
    static const QRegularExpression wholeReport(QStringLiteral(
        R"(^SEARCH \w+ USING (?:COVERING )?INDEX exhibit_by_section \(report_id=\?\)$)"));
    QHash<QString, QVariantList> ran = db.statementsRun();
    QVERIFY(ran.size() > 15);
    for (auto it = ran.begin(); it != ran.end();) {
        bool allowed = it.key().startsWith(QLatin1String("PRAGMA"));
        for (const QString& marker : everyRow)
            allowed |= it.key().contains(marker);
        it = allowed ? ran.erase(it) : std::next(it);
    }
    QString error;
    const QVector<queryplans::PlanRow> rows =
        queryplans::planRows(plans, ran, {"exhibit", "series", "datapoint", "value_key"},
                             &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList scans;
    for (const queryplans::PlanRow& row : rows) {
        if (queryplans::scansWatched(row) || wholeReport.match(row.detail).hasMatch())
            scans.append(queryplans::describe(row));
    }
    plans.close();
    QSqlDatabase::removeDatabase(QStringLiteral("plans"));
    QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QStringLiteral("\n"))));
}

#include "tst_comparison.moc"
