// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/exhibitfilter.h"
#include "reportdb.h"

#include <QTest>

using namespace trendboard;

// The filter bar's model: each filter alone and combined, the counts it lists, ranking and the
// state it keeps.
class tst_ExhibitFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noFilterKeepsEverything();
    void eachFilterAlone_data();
    void eachFilterAlone();
    void combinedFiltersIntersect();
    void searchIsRanked();
    void textAloneReadsNoFacets();
    void badPeriodIsNamedAndFiltersNothing();
    void countsSayWhatAChoiceLeaves();
    void countsPerSection();
    void sourceNames_data();
    void sourceNames();
    void keptBetweenRuns();

private:
    std::unique_ptr<ReportDatabase> m_db;
    std::unique_ptr<FilterService> m_service;
    int m_all = 0;
};

void tst_ExhibitFilter::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_service = std::make_unique<FilterService>(*m_db);
    m_all = int(m_db->exhibits(std::nullopt, ReportScope::all()).size());
}

void tst_ExhibitFilter::noFilterKeepsEverything()
{
    const ExhibitFilter none;
    QVERIFY(!none.isActive());
    QCOMPARE(m_service->matching(none).size(), m_all);
}

void tst_ExhibitFilter::eachFilterAlone_data()
{
    QTest::addColumn<ExhibitFilter>("filter");
    QTest::addColumn<QString>("kept");    // an exhibit the filter keeps
    QTest::addColumn<QString>("dropped"); // one it drops
    ExhibitFilter f;
    f.text = "developers";
    QTest::newRow("text") << f << "p038-nvidia-developers"
                          << "p004-big-six-capex";
    f = {};
    f.entities = {"NVIDIA"};
    QTest::newRow("entity") << f << "p160-nvidia-revenue"
                            << "p055-chatgpt-weekly-users";
    // A summary chart is found by the entities of the page it details.
    QTest::newRow("entity of a summary chart") << f << "p004-chipmaker-developers"
                                               << "p004-big-six-capex";
    f = {};
    f.periodFrom = "2025";
    QTest::newRow("period from") << f << "p038-nvidia-developers"
                                 << "p040-usa-computing-patents";
    f = {};
    f.periodTo = "1999";
    QTest::newRow("period to") << f << "p040-usa-computing-patents"
                               << "p055-chatgpt-weekly-users";
    f = {};
    f.periodFrom = "Q1:24";
    f.periodTo = "Q2:24";
    // An exhibit without any period is outside every range.
    QTest::newRow("period range") << f << "p004-big-six-capex"
                                  << "p011-global-gdp";
    f = {};
    f.quantities = {"share"};
    QTest::newRow("kind") << f << "p109-dc-capex-nvidia-share"
                          << "p038-nvidia-developers";
    f = {};
    f.units = {"$B"};
    QTest::newRow("unit") << f << "p004-big-six-capex"
                          << "p038-nvidia-developers";
    f = {};
    f.sources = {"Morgan Stanley"};
    QTest::newRow("source") << f << "p004-big-six-capex"
                            << "p038-nvidia-developers";
    f = {};
    f.onlyWithValues = true;
    QTest::newRow("with values") << f << "p004-big-six-capex"
                                 << "p011-global-gdp";
}

void tst_ExhibitFilter::eachFilterAlone()
{
    QFETCH(ExhibitFilter, filter);
    QFETCH(QString, kept);
    QFETCH(QString, dropped);
    QVERIFY(filter.isActive());
    QString problem;
    const QStringList ids = m_service->matching(filter, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(ids.contains(kept), qPrintable(kept));
    QVERIFY2(!ids.contains(dropped), qPrintable(dropped));
    QVERIFY(ids.size() < m_all);
}

void tst_ExhibitFilter::combinedFiltersIntersect()
{
    ExhibitFilter entity;
    entity.entities = {"NVIDIA"};
    ExhibitFilter kind;
    kind.quantities = {"share"};
    ExhibitFilter both;
    both.entities = entity.entities;
    both.quantities = kind.quantities;
    const QStringList a = m_service->matching(entity);
    const QStringList b = m_service->matching(kind);
    const QStringList ab = m_service->matching(both);
    QVERIFY(!ab.isEmpty());
    QVERIFY(ab.size() < a.size() && ab.size() < b.size());
    for (const QString& id : ab)
        QVERIFY(a.contains(id) && b.contains(id));
    for (const QString& id : a) {
        if (b.contains(id))
            QVERIFY2(ab.contains(id), qPrintable(id));
    }
    // Values within one filter are alternatives: NVIDIA or OpenAI keeps more than NVIDIA.
    ExhibitFilter either;
    either.entities = {"NVIDIA", "OpenAI"};
    QVERIFY(m_service->matching(either).size() > a.size());
}

void tst_ExhibitFilter::searchIsRanked()
{
    ExhibitFilter f;
    f.text = "ChatGPT weekly users";
    const QStringList ids = m_service->matching(f);
    QVERIFY(!ids.isEmpty());
    // The order is the full-text index's, not page order.
    QCOMPARE(ids, m_db->search(f.text));
}

// Issue 25: search text alone is answered by the full-text hits (each with its section), not
// by every exhibit's facets (seconds and hundreds of MB at 1000 times the data); each section
// gets its own hits in rank order. A facet filter reads the facets, once.
void tst_ExhibitFilter::textAloneReadsNoFacets()
{
    const FilterService service(*m_db);
    ExhibitFilter f;
    f.text = "nvidia";
    const FilterMatches matches = service.matches(f);
    QCOMPARE(service.facetReads(), 0);
    // Counted per tab at once, ranked a list at a time when it is asked for.
    QCOMPARE(matches.listsRanked(), 0);
    const QStringList ranked = m_db->search(f.text);
    QCOMPARE(matches.count(), ranked.size());
    // Each section's share in the same order, and every hit in one section.
    int shared = 0;
    for (int section = 0; section <= 8; ++section) {
        const QStringList own = matches.of(kBondReportId, section);
        QStringList expected;
        for (const QString& id : ranked) {
            if (m_db->exhibit(id)->section == section && m_db->exhibit(id)->reportId == kBondReportId)
                expected.append(id);
        }
        QCOMPARE(own, expected);
        QCOMPARE(matches.countOf(kBondReportId, section), own.size());
        shared += int(own.size());
    }
    QVERIFY(matches.of(kBondReportId, 2).size() >= 3);
    QCOMPARE(shared + matches.of(QStringLiteral("broker-ai-tokens-2025"), std::nullopt).size(),
             ranked.size());
    QCOMPARE(matches.of(kBondReportId, std::nullopt).size(), shared);
    QCOMPARE(matches.countOf(kBondReportId, std::nullopt), shared);
    QCOMPARE(matches.ids(), ranked);
    // A facet filter needs the facets: read once, then kept.
    f.units = {"$B"};
    const QStringList narrowed = service.matching(f);
    QCOMPARE(service.facetReads(), 1);
    QVERIFY(!narrowed.isEmpty() && narrowed.size() < ranked.size());
    service.counts(Facet::Entity, f);
    QCOMPARE(service.facetReads(), 1);
}

void tst_ExhibitFilter::badPeriodIsNamedAndFiltersNothing()
{
    ExhibitFilter f;
    f.periodFrom = "sometime";
    QString problem;
    QCOMPARE(m_service->matching(f, &problem).size(), m_all);
    QVERIFY2(problem.contains("'sometime'"), qPrintable(problem));
}

void tst_ExhibitFilter::countsSayWhatAChoiceLeaves()
{
    ExhibitFilter f;
    f.onlyWithValues = true;
    const QVector<FacetCount> entities = m_service->counts(Facet::Entity, f);
    QVERIFY(entities.size() > 50);
    // Most exhibits first, and each count is what choosing the value would leave.
    for (int i = 1; i < entities.size(); ++i)
        QVERIFY(entities.at(i - 1).exhibits >= entities.at(i).exhibits);
    for (const FacetCount& c : entities.mid(0, 5)) {
        ExhibitFilter chosen = f;
        chosen.entities = {c.value};
        QCOMPARE(m_service->matching(chosen).size(), c.exhibits);
    }
    // A facet's own choice does not narrow its counts: the other values stay choosable.
    ExhibitFilter nvidia = f;
    nvidia.entities = {"NVIDIA"};
    QCOMPARE(m_service->counts(Facet::Entity, nvidia).size(), entities.size());
    // Other facets' counts follow the filter.
    int shares = 0;
    for (const FacetCount& c : m_service->counts(Facet::Quantity, nvidia))
        shares += c.value == "share" ? c.exhibits : 0;
    nvidia.quantities = {"share"};
    QCOMPARE(m_service->matching(nvidia).size(), shares);
}

void tst_ExhibitFilter::countsPerSection()
{
    ExhibitFilter f;
    f.entities = {"NVIDIA"};
    const QStringList ids = m_service->matching(f);
    int total = 0;
    for (int section = 0; section <= 8; ++section) {
        int inSection = 0;
        for (const ExhibitInfo& e : m_db->exhibits(section, kBondReportId)) {
            if (ids.contains(e.id))
                ++inSection;
        }
        total += inSection;
        if (section == 1)
            QVERIFY(inSection >= 1); // p038
        if (section == 2)
            QVERIFY(inSection >= 3); // p106, p107, p109, ...
        if (section == 4)
            QVERIFY(inSection >= 2); // p160, p161
    }
    QCOMPARE(total, ids.size()); // NVIDIA is not in the brokerage note
}

void tst_ExhibitFilter::sourceNames_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("two, dated") << "Capital IQ (3/25), Morgan Stanley"
                                << QStringList{"Capital IQ", "Morgan Stanley"};
    QTest::newRow("semicolon") << "UN / ITU (3/25); Sensor Tower (5/25)"
                               << QStringList{"UN / ITU", "Sensor Tower"};
    QTest::newRow("via") << "Papers With Code via Stanford HAI"
                         << QStringList{"Papers With Code", "Stanford HAI"};
    QTest::newRow("one") << "YipitData (5/25)" << QStringList{"YipitData"};
}

void tst_ExhibitFilter::sourceNames()
{
    QFETCH(QString, source);
    QFETCH(QStringList, names);
    QCOMPARE(FilterService::sourceNames(source), names);
}

void tst_ExhibitFilter::keptBetweenRuns()
{
    ExhibitFilter f;
    f.text = "tokens";
    f.entities = {"Google", "Microsoft"};
    f.periodFrom = "2023";
    f.periodTo = "Q1:25";
    f.quantities = {"level"};
    f.units = {"T"};
    f.sources = {"Microsoft"};
    f.onlyWithValues = true;
    QCOMPARE(ExhibitFilter::fromMap(f.toMap()), f);
    QCOMPARE(ExhibitFilter::fromMap({}), ExhibitFilter());
    QVERIFY(f.describe().contains("“tokens”"));
    QVERIFY(f.describe().contains("Google or Microsoft"));
}

QTEST_GUILESS_MAIN(tst_ExhibitFilter)
#include "tst_exhibitfilter.moc"
