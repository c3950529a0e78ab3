// SPDX-License-Identifier: GPL-3.0-or-later
// Chart transforms (indexed, change from the previous period) and the store of named
// comparisons.
#include "figure/charttransform.h"
#include "compare/comparisonstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

namespace {

PointRecord point(const QString& x, const QString& start, double value,
                  const QString& granularity = QStringLiteral("year"))
{
    PointRecord p;
    p.xLabel = x;
    p.periodStart = start;
    p.periodEnd = start;
    p.granularity = granularity;
    p.value = value;
    p.unit = QStringLiteral("$B");
    p.baseValue = value * 1e9;
    p.baseUnit = QStringLiteral("USD");
    p.status = QStringLiteral("reported");
    return p;
}

SeriesRecord series(const QString& name, QVector<PointRecord> points,
                    const QString& quantity = QStringLiteral("level"))
{
    SeriesRecord s;
    s.name = name;
    s.unit = QStringLiteral("$B");
    s.unitBase = QStringLiteral("USD");
    s.unitQuantity = quantity;
    s.points = std::move(points);
    return s;
}

ExhibitData twoCompanies()
{
    ExhibitData d;
    d.info.kind = ChartKind::Line;
    d.info.unit = QStringLiteral("$B");
    d.info.unitBase = QStringLiteral("USD");
    d.series.append(series("A", {point("2022", "2022-01-01", 50), point("2020", "2020-01-01", 10),
                                 point("2021", "2021-01-01", 20)}));
    // B starts a year later than A: indexed to its own first period, and said so.
    d.series.append(series("B", {point("2021", "2021-01-01", 4), point("2022", "2022-01-01", 6)}));
    return d;
}

} // namespace

class tst_ChartTransform : public QObject
{
    Q_OBJECT
private slots:
    void asStatedIsUnchanged();
    void indexed_data();
    void indexed();
    void indexedMissingFirstPeriodIsNoted();
    void indexedSkipsNonPositiveBase();
    void growthBetweenConsecutivePeriods();
    void growthNeverAcrossGranularities();
    void ratesAreLeftAsStated();
    void storeRoundTrip();
    void storeRefusesBadInput();
    void storeSkipsDamagedEntries();
};

void tst_ChartTransform::asStatedIsUnchanged()
{
    const ExhibitData d = twoCompanies();
    const TransformResult r = applyTransform(d, Transform::AsStated);
    QCOMPARE(r.data.pointCount(), d.pointCount());
    QVERIFY(r.notes.isEmpty());
}

void tst_ChartTransform::indexed_data()
{
    QTest::addColumn<int>("series");
    QTest::addColumn<QVector<double>>("expected");
    QTest::newRow("A in period order") << 0 << QVector<double>{100, 200, 500};
    QTest::newRow("B from its own start") << 1 << QVector<double>{100, 150};
}

void tst_ChartTransform::indexed()
{
    QFETCH(int, series);
    QFETCH(QVector<double>, expected);
    const TransformResult r = applyTransform(twoCompanies(), Transform::Indexed);
    QCOMPARE(r.data.info.unit, QStringLiteral("index"));
    const SeriesRecord& s = r.data.series.at(series);
    QCOMPARE(s.points.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(*s.points.at(i).value, expected.at(i));
}

void tst_ChartTransform::indexedMissingFirstPeriodIsNoted()
{
    const TransformResult r = applyTransform(twoCompanies(), Transform::Indexed);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY2(r.notes.first().startsWith("B has no value in the first period"),
             qPrintable(r.notes.first()));
}

void tst_ChartTransform::indexedSkipsNonPositiveBase()
{
    ExhibitData d = twoCompanies();
    d.series.append(
        series("Zero", {point("2020", "2020-01-01", 0), point("2021", "2021-01-01", 3)}));
    const TransformResult r = applyTransform(d, Transform::Indexed);
    QCOMPARE(r.data.series.size(), 2); // never a division by zero drawn as a value
    QVERIFY(r.notes.join(' ').contains("Zero: its first value is not positive"));
}

void tst_ChartTransform::growthBetweenConsecutivePeriods()
{
    const TransformResult r = applyTransform(twoCompanies(), Transform::Growth);
    const SeriesRecord& a = r.data.series.at(0);
    QCOMPARE(a.points.size(), 2);
    QCOMPARE(*a.points.at(0).value, 100.0); // 10 -> 20
    QCOMPARE(*a.points.at(1).value, 150.0); // 20 -> 50
    QCOMPARE(a.points.at(1).status, QStringLiteral("derived"));
    QVERIFY(a.points.at(1).derivation.contains("$20B (2021) to $50B (2022)"));
    QCOMPARE(r.data.info.unitBase, QStringLiteral("percent growth"));
}

void tst_ChartTransform::growthNeverAcrossGranularities()
{
    ExhibitData d;
    d.series.append(series("Mixed", {point("Q1:25", "2025-01-01", 100, "quarter"),
                                     point("3/25", "2025-03-01", 50, "month")}));
    const TransformResult r = applyTransform(d, Transform::Growth);
    QVERIFY(r.data.series.isEmpty());
    QVERIFY(r.notes.join(' ').contains("no two consecutive periods of one kind"));
}

void tst_ChartTransform::ratesAreLeftAsStated()
{
    ExhibitData d = twoCompanies();
    SeriesRecord rate = series("Growth", {point("2022", "2022-01-01", 63)}, "growth");
    rate.unit = QStringLiteral("% Y/Y");
    d.series.append(rate);
    const TransformResult r = applyTransform(d, Transform::Indexed);
    QCOMPARE(r.data.series.last().name, QStringLiteral("Growth"));
    QCOMPARE(*r.data.series.last().points.first().value, 63.0);
}

void tst_ChartTransform::storeRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("t.ini"), QSettings::IniFormat);
    ComparisonStore store(settings);
    SavedComparison c;
    c.name = "Big Six caps";
    c.request = {"market_cap", {"Apple", "NVIDIA"}, "2025", ""};
    c.transform = Transform::Indexed;
    c.log = true;
    QCOMPARE(store.save(c), QString());
    QCOMPARE(store.rename("Big Six caps", "Caps"), QString());
    {
        QSettings reread(dir.filePath("t.ini"), QSettings::IniFormat);
        const auto found = ComparisonStore(reread).find("Caps");
        QVERIFY(found);
        QCOMPARE(found->request.entities, (QStringList{"Apple", "NVIDIA"}));
        QCOMPARE(found->request.periodFrom, QStringLiteral("2025"));
        QCOMPARE(found->transform, Transform::Indexed);
        QVERIFY(found->log);
    }
    c.name = "Other";
    QCOMPARE(store.save(c), QString());
    QVERIFY(store.rename("Caps", "Other").contains("exists already"));
    QVERIFY(store.remove("Caps"));
    QVERIFY(!store.remove("Caps"));
    QCOMPARE(store.all().size(), 1);
}

void tst_ChartTransform::storeRefusesBadInput()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("t.ini"), QSettings::IniFormat);
    ComparisonStore store(settings);
    SavedComparison c;
    c.name = "  ";
    c.request = {"market_cap", {"Apple", "NVIDIA"}, {}, {}};
    QVERIFY(store.save(c).contains("needs a name"));
    c.name = "One";
    c.request.entities = {"Apple"};
    QVERIFY(store.save(c).contains("two or more"));
    QVERIFY(store.all().isEmpty());
}

void tst_ChartTransform::storeSkipsDamagedEntries()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("t.ini"), QSettings::IniFormat);
    settings.setValue("comparisons/saved",
                      QByteArray(R"([{"name":"ok","measure":"capex","entities":["A","B"]},)"
                                 R"({"name":"","measure":"x"}, 7, "junk"])"));
    ComparisonStore store(settings);
    QCOMPARE(store.all().size(), 1);
    settings.setValue("comparisons/saved", QByteArray("not json at all"));
    QVERIFY(store.all().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ChartTransform)
#include "tst_charttransform.moc"
