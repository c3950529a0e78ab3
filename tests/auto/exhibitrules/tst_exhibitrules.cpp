// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chartplan.h"
#include "models/exhibittablemodel.h"
#include "reportdb.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace trendboard;

namespace {
struct Located
{
    const SeriesRecord* series = nullptr;
    const PointRecord* point = nullptr;
    QString entity() const { return point->entity.isEmpty() ? series->entity : point->entity; }
};

// The points of an exhibit with this x label and value as printed (and series, when named).
QVector<Located> find(const ExhibitData& data, const QString& series, const QString& xLabel,
                      double value, const QString& unit)
{
    QVector<Located> found;
    for (const SeriesRecord& s : data.series) {
        if (!series.isEmpty() && s.name != series)
            continue;
        for (const PointRecord& p : s.points) {
            if (p.xLabel == xLabel && p.value && std::abs(*p.value - value) < 1e-9 &&
                p.unit == unit)
                found.append({&s, &p});
        }
    }
    return found;
}

// Small exhibits for the plan of each chart kind: a series of points (x label, value) in one
// unit, with its measure and axis.
qlonglong g_nextPoint = 1;

SeriesRecord series(const QString& name, const QString& unit, const QString& measure,
                    const QVector<QPair<QString, double>>& points, const QString& axis = "primary")
{
    static const QHash<QString, QPair<QString, QString>> units{
        {"$B", {"USD", "level"}},
        {"$MM", {"USD", "level"}},
        {"MM", {"count", "level"}},
        {"%", {"percent", "share"}},
        {"% Y/Y", {"percent growth", "growth"}},
        {"x", {"multiple", "multiple"}}};
    static const QHash<QString, double> factors{{"$B", 1e9}, {"$MM", 1e6}, {"MM", 1e6}};
    SeriesRecord s;
    s.id = g_nextPoint++;
    s.name = name;
    s.unit = unit;
    s.unitBase = units.value(unit).first;
    s.unitQuantity = units.value(unit).second;
    s.measure = measure;
    s.axis = axis;
    for (const auto& [label, value] : points) {
        PointRecord p;
        p.id = g_nextPoint++;
        p.xLabel = label;
        p.value = value;
        p.unit = unit;
        p.baseUnit = s.unitBase;
        p.baseValue = value * factors.value(unit, 1.0);
        p.status = QStringLiteral("reported");
        p.quote = label;
        bool year = false;
        const int y = label.toInt(&year);
        if (year) {
            p.periodStart = QStringLiteral("%1-01-01").arg(y);
            p.periodEnd = QStringLiteral("%1-12-31").arg(y);
            p.granularity = QStringLiteral("year");
        }
        s.points.append(p);
    }
    return s;
}

ExhibitData exhibit(ChartKind kind, const QString& xKind, const QString& unit,
                    const QVector<SeriesRecord>& all)
{
    ExhibitData data;
    data.info.id = QStringLiteral("p001-plan");
    data.info.kind = kind;
    data.info.xKind = xKind;
    data.info.unit = unit;
    data.info.unitBase = unit == "$B"   ? "USD"
                         : unit == "MM" ? "count"
                         : unit == "%"  ? "percent"
                                        : "";
    data.info.unitFactor = unit == "$B" ? 1e9 : unit == "MM" ? 1e6 : 1;
    if (xKind == QLatin1String("period")) {
        data.info.periodStart = QStringLiteral("2020-01-01");
        data.info.periodEnd = QStringLiteral("2024-12-31");
    }
    data.series = all;
    return data;
}

const QVector<QPair<QString, double>> kYears{{"2022", 10}, {"2023", 20}, {"2024", 40}};
const QVector<QPair<QString, double>> kCountries{{"USA", 50}, {"India", 30}, {"Brazil", 20}};

bool sameFigure(const Located& a, const Located& b)
{
    return a.point->measure == b.point->measure && a.entity() == b.entity() &&
           a.point->periodStart == b.point->periodStart &&
           a.point->periodEnd == b.point->periodEnd && a.point->baseUnit == b.point->baseUnit &&
           a.point->baseValue && b.point->baseValue &&
           std::abs(*a.point->baseValue - *b.point->baseValue) <=
               1e-9 * std::abs(*a.point->baseValue);
}
} // namespace

Q_DECLARE_METATYPE(trendboard::ExhibitData)
Q_DECLARE_METATYPE(trendboard::ChartPlan::Shape)

// Rules every exhibit of the bundled database keeps, walked exhibit by exhibit; and the plan
// (shape, axes, series) of a small exhibit of each chart kind.
class tst_ExhibitRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void alsoStatedIsTheSameFigure();
    void oneMeasurePerAxis();
    void planPerKind_data();
    void planPerKind();

private:
    QVector<ExhibitData> m_exhibits;
};

void tst_ExhibitRules::initTestCase()
{
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    for (const ReportInfo& report : db.reports()) {
        for (const ExhibitInfo& e : db.exhibits(std::nullopt, report.id)) {
            const auto data = db.exhibitData(e.id);
            QVERIFY2(data, qPrintable(e.id));
            m_exhibits.append(*data);
        }
    }
    QVERIFY(m_exhibits.size() > 200);
}

// "Also stated on p. N" pairs only the same figure stated twice: the same measure (one that
// says what it measures), entity, period and value in base units; a value not stated here is
// one of a series this exhibit draws without stating it, and the only such figure on its page.
void tst_ExhibitRules::alsoStatedIsTheSameFigure()
{
    QHash<QString, const ExhibitData*> byId;
    for (const ExhibitData& e : std::as_const(m_exhibits))
        byId.insert(e.info.id, &e);
    QStringList wrong;
    int pairs = 0;
    for (const ExhibitData& here : std::as_const(m_exhibits)) {
        for (const OtherReportValue& o : here.alsoOnPages) {
            ++pairs;
            const QString what = QStringLiteral("p. %1 %2 (%3) with %4 %5 %6 (%7)")
                                     .arg(here.info.page)
                                     .arg(o.hereValue)
                                     .arg(o.hereLabel, o.otherShort)
                                     .arg(o.value)
                                     .arg(o.unit, o.label);
            const ExhibitData* other = byId.value(o.otherExhibit);
            const QVector<Located> there =
                other ? find(*other, o.otherSeries, o.label, o.value, o.unit) : QVector<Located>{};
            if (there.size() != 1) {
                wrong.append(what + QStringLiteral(": the other value is not found once"));
                continue;
            }
            const Located b = there.first();
            if (isCatchAllMeasure(b.point->measure)) {
                wrong.append(what + QStringLiteral(": catch-all measure ") + b.point->measure);
                continue;
            }
            if (!o.hereUnit.isEmpty()) {
                bool matched = false;
                for (const Located& a : find(here, {}, o.hereLabel, o.hereValue, o.hereUnit))
                    matched = matched || sameFigure(a, b);
                if (!matched)
                    wrong.append(what + QStringLiteral(": not the same figure"));
                continue;
            }
            // Not stated here: a series drawn without its values, of that measure and entity.
            bool drawn = false;
            for (const SeriesRecord& s : here.series)
                drawn =
                    drawn || (!s.stated && s.measure == b.point->measure && s.entity == b.entity());
            if (!drawn)
                wrong.append(what + QStringLiteral(": no unstated series of its measure here"));
            for (const SeriesRecord& s : other->series) {
                for (const PointRecord& p : s.points) {
                    const Located c{&s, &p};
                    if (p.value && p.measure == b.point->measure && c.entity() == b.entity() &&
                        p.periodStart == b.point->periodStart &&
                        p.periodEnd == b.point->periodEnd && !sameFigure(b, c))
                        wrong.append(
                            what +
                            QStringLiteral(": its page splits it (%1 %2)").arg(s.name, p.xLabel));
                }
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY2(pairs > 10, "the same figures stated on several pages are no longer found");
}

// One value axis holds one measure (a measure that does not say what it measures, in one
// unit as printed) of one quantity, and its title names the unit its labels print: p. 179's
// $3.7B revenue is no bar on the revenue-per-user axis, p. 225's 50T records none on the deals
// axis, p. 132's title says $MM, p. 160's axis is in the $B its values are stated in.
void tst_ExhibitRules::oneMeasurePerAxis()
{
    QStringList wrong;
    int axes = 0;
    for (const ExhibitData& exhibit : std::as_const(m_exhibits)) {
        ExhibitTableModel model;
        model.setExhibit(exhibit);
        const ChartPlan plan = planChart(model);
        const QString where =
            QStringLiteral("%1 (p. %2)").arg(exhibit.info.id).arg(exhibit.info.page);
        for (const bool secondary : {false, true}) {
            QSet<QString> measures;
            QSet<QString> baseUnits;
            QSet<QString> units;
            for (const ChartPlan::Plotted& p : plan.plotted) {
                if (p.secondary != secondary)
                    continue;
                const SeriesRecord& series = exhibit.series.at(p.series);
                for (const PointRecord& point : series.points) {
                    if (!plan.plots(point))
                        continue;
                    const QString measure =
                        point.measure.isEmpty() ? series.measure : point.measure;
                    measures.insert(isCatchAllMeasure(measure)
                                        ? measure + QStringLiteral(" in ") + series.unit
                                        : measure);
                    baseUnits.insert(point.baseUnit);
                    units.insert(point.unit);
                }
            }
            if (measures.isEmpty())
                continue;
            ++axes;
            const QString axis = secondary ? QStringLiteral("y2") : QStringLiteral("y");
            if (measures.size() > 1)
                wrong.append(QStringLiteral("%1 %2: measures %3")
                                 .arg(where, axis, QStringList(measures.values()).join(", ")));
            if (baseUnits.size() > 1)
                wrong.append(QStringLiteral("%1 %2: quantities %3")
                                 .arg(where, axis, QStringList(baseUnits.values()).join(", ")));
            if (secondary || plan.shape == ChartPlan::Shape::Pie)
                continue;
            if (units.size() == 1 && plan.unit != *units.begin())
                wrong.append(QStringLiteral("%1: axis in %2, every value printed in %3")
                                 .arg(where, plan.unit, *units.begin()));
            const QString named = titleUnit(plan.yTitle);
            if (!named.isEmpty() && named != plan.unit)
                wrong.append(QStringLiteral("%1: title '%2' over labels in %3")
                                 .arg(where, plan.yTitle, plan.unit));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    QVERIFY(axes > 100);
}

void tst_ExhibitRules::planPerKind_data()
{
    QTest::addColumn<ExhibitData>("data");
    QTest::addColumn<ChartPlan::Shape>("shape");
    QTest::addColumn<QString>("axes"); // each axis' measures, "y:...; y2:..."
    QTest::addColumn<int>("plotted");
    QTest::addColumn<int>("callouts");
    QTest::addColumn<QString>("xAxis"); // "years FIRST-LAST", "dates" or "categories"
    QTest::addColumn<QStringList>("categories");
    using Shape = ChartPlan::Shape;
    const SeriesRecord capexA = series("Alphabet", "$B", "capex", kYears);
    const SeriesRecord capexM = series("Microsoft", "$B", "capex", kYears);
    const SeriesRecord growth = series("Growth", "% Y/Y", "capex_growth", {{"2024", 63}});
    const SeriesRecord share = series("Share", "%", "share_of_users", kYears, "secondary");
    const SeriesRecord users = series("Users", "MM", "monthly_active_users", kCountries);

    QTest::newRow("line") << exhibit(ChartKind::Line, "period", "$B", {capexA, capexM}) << Shape::XY
                          << "y:capex" << 2 << 0 << "years 2020-2024" << QStringList();
    // A growth rate is not a level: a callout, never a second measure on the axis.
    QTest::newRow("line and a growth rate")
        << exhibit(ChartKind::Line, "period", "$B", {capexA, growth}) << Shape::XY << "y:capex" << 1
        << 1 << "years 2020-2024" << QStringList();
    QTest::newRow("line, secondary axis")
        << exhibit(ChartKind::Line, "period", "$B", {capexA, share}) << Shape::XY
        << "y:capex; y2:share_of_users" << 2 << 0 << "years 2020-2024" << QStringList();
    QTest::newRow("scatter") << exhibit(ChartKind::Scatter, "period", "$B", {capexA}) << Shape::XY
                             << "y:capex" << 1 << 0 << "years 2020-2024" << QStringList();
    QTest::newRow("bar, categories") << exhibit(ChartKind::Bar, "category", "MM", {users})
                                     << Shape::Bars << "y:monthly_active_users" << 1 << 0
                                     << "categories" << QStringList{"USA", "India", "Brazil"};
    QTest::newRow("bar of periods")
        << exhibit(ChartKind::Bar, "period", "$B", {capexA}) << Shape::Bars << "y:capex" << 1 << 0
        << "categories" << QStringList{"2020", "2021", "2022", "2023", "2024"};
    QTest::newRow("stacked bar") << exhibit(ChartKind::StackedBar, "period", "$B", {capexA, capexM})
                                 << Shape::Bars << "y:capex" << 2 << 0 << "categories"
                                 << QStringList{"2020", "2021", "2022", "2023", "2024"};
    QTest::newRow("grouped bar, growth as callout")
        << exhibit(ChartKind::GroupedBar, "period", "$B", {capexA, capexM, growth}) << Shape::Bars
        << "y:capex" << 2 << 1 << "categories"
        << QStringList{"2020", "2021", "2022", "2023", "2024"};
    QTest::newRow("column (other, categories)")
        << exhibit(ChartKind::Other, "category", "MM", {users}) << Shape::Bars
        << "y:monthly_active_users" << 1 << 0 << "categories"
        << QStringList{"USA", "India", "Brazil"};
    // One ring: the first series only.
    QTest::newRow("pie") << exhibit(ChartKind::Pie, "category", "MM", {users, users}) << Shape::Pie
                         << "y:monthly_active_users" << 1 << 0 << "categories"
                         << QStringList{"USA", "India", "Brazil"};
    QTest::newRow("table") << exhibit(ChartKind::Table, "category", "MM", {users}) << Shape::Table
                           << "" << 0 << 0 << "categories" << QStringList();
    // Months: a time axis, labelled by month.
    SeriesRecord monthly =
        series("Users", "MM", "weekly_active_users", {{"1/24", 100}, {"4/25", 800}});
    for (int i = 0; i < monthly.points.size(); ++i) {
        PointRecord& p = monthly.points[i];
        p.periodStart = i == 0 ? "2024-01-01" : "2025-04-01";
        p.periodEnd = i == 0 ? "2024-01-31" : "2025-04-30";
        p.granularity = "month";
    }
    ExhibitData months = exhibit(ChartKind::Line, "period", "MM", {monthly});
    months.info.periodStart = "2024-01-01";
    months.info.periodEnd = "2025-04-30";
    QTest::newRow("line of months")
        << months << Shape::XY << "y:weekly_active_users" << 1 << 0 << "dates" << QStringList();
    SeriesRecord events = series("Launches", "MM", "monthly_active_users", {{"2023", 100}});
    PointRecord text;
    text.id = g_nextPoint++;
    text.xLabel = QStringLiteral("2022");
    text.text = QStringLiteral("ChatGPT launched");
    events.points.prepend(text);
    QTest::newRow("timeline: values are callouts")
        << exhibit(ChartKind::Timeline, "period", "MM", {events}) << Shape::Timeline << "" << 0 << 1
        << "categories" << QStringList();
}

void tst_ExhibitRules::planPerKind()
{
    QFETCH(ExhibitData, data);
    QFETCH(ChartPlan::Shape, shape);
    QFETCH(QString, axes);
    QFETCH(int, plotted);
    QFETCH(int, callouts);
    QFETCH(QString, xAxis);
    QFETCH(QStringList, categories);
    ExhibitTableModel model;
    model.setExhibit(data);
    const ChartPlan plan = planChart(model);
    QCOMPARE(plan.kind, data.info.kind);
    QCOMPARE(int(plan.shape), int(shape));
    QCOMPARE(plan.plotted.size(), plotted);
    QVERIFY2(plan.callouts.size() == callouts, qPrintable(plan.callouts.join(" / ")));
    QCOMPARE(plan.yearAxis   ? QStringLiteral("years %1-%2").arg(plan.firstYear).arg(plan.lastYear)
             : plan.dateAxis ? QStringLiteral("dates")
                             : QStringLiteral("categories"),
             xAxis);
    if (!categories.isEmpty())
        QCOMPARE(plan.categories, categories);
    // The measures each axis holds, from the points the plan draws.
    QStringList perAxis;
    for (const bool secondary : {false, true}) {
        QStringList measures;
        for (const ChartPlan::Plotted& p : plan.plotted) {
            if (p.secondary != secondary)
                continue;
            for (const PointRecord& point : data.series.at(p.series).points) {
                const QString m = data.series.at(p.series).measure;
                if (plan.plots(point) && !measures.contains(m))
                    measures.append(m);
            }
        }
        if (!measures.isEmpty())
            perAxis.append((secondary ? "y2:" : "y:") + measures.join(","));
    }
    QCOMPARE(perAxis.join("; "), axes);
    if (axes.contains("y2:"))
        QVERIFY(plan.hasSecondary() && !plan.y2Unit.isEmpty());
    if (!axes.isEmpty())
        QCOMPARE(plan.unit, data.info.unit);
}

QTEST_MAIN(tst_ExhibitRules)
#include "tst_exhibitrules.moc"
