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

QTEST_MAIN(tst_ExhibitRules)
#include "tst_exhibitrules.moc"
