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

// Rules every exhibit of the bundled database keeps, walked exhibit by exhibit.
class tst_ExhibitRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void alsoStatedIsTheSameFigure();
    void oneMeasurePerAxis();

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

QTEST_MAIN(tst_ExhibitRules)
#include "tst_exhibitrules.moc"
