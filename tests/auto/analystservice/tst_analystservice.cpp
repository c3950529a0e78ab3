#include "analystservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

Q_DECLARE_METATYPE(trendboard::AnalystValue)

namespace {
const QString kExhibit = QStringLiteral("p038-nvidia-developers");
const QString kSeries = QStringLiteral("Developers in NVIDIA ecosystem"); // not stated
const PointKey kReported{kExhibit, kSeries, QStringLiteral("2025"), {}};  // 6MM in the report
const PointKey kUnstated{kExhibit, kSeries, QStringLiteral("2021"), {}};

AnalystValue valueAt(const PointKey& key, double value, const QString& citation = {})
{
    AnalystValue v;
    v.key = key;
    v.value = value;
    v.citation = citation;
    return v;
}

const PointRecord* pointAt(const ExhibitData& data, const PointKey& key)
{
    for (const SeriesRecord& s : data.series) {
        for (const PointRecord& p : s.points) {
            if (s.name == key.series && p.xLabel == key.xLabel && p.entity == key.entity)
                return &p;
        }
    }
    return nullptr;
}
} // namespace

class tst_AnalystService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withoutAnalystValuesTheReportShows();
    void editOverlaysAndKeepsReportValue();
    void fillAddsPointInPeriodOrder();
    void refusals_data();
    void refusals();
    void annotationsOverlay();
    void importChecksAgainstReport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReportDatabase> m_report;
    std::unique_ptr<AnalystDatabase> m_analyst;
    std::unique_ptr<AnalystService> m_service;
};

void tst_AnalystService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_report = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY(m_report->isOpen());
    m_analyst = std::make_unique<AnalystDatabase>(m_dir->filePath("analyst.sqlite"));
    m_service = std::make_unique<AnalystService>(*m_report, *m_analyst);
}

void tst_AnalystService::cleanup()
{
    m_service.reset();
    m_analyst.reset();
    m_report.reset();
    m_dir.reset();
}

void tst_AnalystService::withoutAnalystValuesTheReportShows()
{
    const auto report = m_report->exhibitData(kExhibit);
    const auto shown = m_service->exhibitData(kExhibit);
    QVERIFY(report && shown);
    QCOMPARE(shown->pointCount(), report->pointCount());
    for (const SeriesRecord& s : shown->series) {
        for (const PointRecord& p : s.points)
            QVERIFY(p.analyst == AnalystMark::None && !p.reportValue);
    }
}

void tst_AnalystService::editOverlaysAndKeepsReportValue()
{
    QSignalSpy changed(m_service.get(), &AnalystService::changed);
    QCOMPARE(m_service->setValue(valueAt(kReported, 6.1)), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), kExhibit);
    const auto stored = m_analyst->value(kReported);
    QVERIFY(stored && stored->kind == AnalystValueKind::Edit);
    QCOMPARE(stored->unit, QString("MM")); // the report's unit when none is given
    QCOMPARE(*stored->reportValue, 6.0);

    const auto shown = m_service->exhibitData(kExhibit);
    const PointRecord* p = pointAt(*shown, kReported);
    QVERIFY(p);
    QVERIFY(p->analyst == AnalystMark::Edited);
    QCOMPARE(*p->value, 6.1);
    QCOMPARE(*p->reportValue, 6.0);
    QCOMPARE(p->reportUnit, QString("MM"));
    QCOMPARE(*p->baseValue, 6.1e6);
    QCOMPARE(shown->pointCount(), m_report->exhibitData(kExhibit)->pointCount());
}

void tst_AnalystService::fillAddsPointInPeriodOrder()
{
    QCOMPARE(m_service->setValue(valueAt(kUnstated, 3.5, "NVIDIA GTC 2021 keynote")), QString());
    QVERIFY(m_analyst->value(kUnstated)->kind == AnalystValueKind::Fill);
    QCOMPARE(m_analyst->value(kUnstated)->periodLabel, QString("2021"));
    const auto shown = m_service->exhibitData(kExhibit);
    const SeriesRecord& series = shown->series.first();
    QCOMPARE(series.name, kSeries);
    QStringList labels;
    for (const PointRecord& p : series.points)
        labels << p.xLabel;
    QCOMPARE(labels, QStringList({"2018", "2021", "2025"}));
    const PointRecord& filled = series.points.at(1);
    QVERIFY(filled.analyst == AnalystMark::Filled);
    QCOMPARE(filled.status, QString("analyst"));
    QCOMPARE(filled.citation, QString("NVIDIA GTC 2021 keynote"));
    QCOMPARE(filled.periodStart, QString("2021-01-01"));
    QCOMPARE(filled.periodEnd, QString("2021-12-31"));
    QCOMPARE(*filled.baseValue, 3.5e6);
}

void tst_AnalystService::refusals_data()
{
    QTest::addColumn<int>("call"); // 0 setValue, 1 fillValue, 2 editValue
    QTest::addColumn<AnalystValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown exhibit")
        << 0 << valueAt({"p999-none", kSeries, "2020", {}}, 1, "c") << "exhibit: no exhibit";
    QTest::newRow("unknown series")
        << 0 << valueAt({kExhibit, "Nope", "2020", {}}, 1, "c") << "series: exhibit";
    QTest::newRow("fill-in without citation") << 0 << valueAt(kUnstated, 1) << "citation:";
    QTest::newRow("fill-in of a reported point")
        << 1 << valueAt(kReported, 7, "c") << "key: the report states";
    QTest::newRow("edit of an unstated point")
        << 2 << valueAt(kUnstated, 7, "c") << "key: the report states no value";
    AnalystValue share = valueAt({"p004-llm-users-outside-na", "LLM", "USA", {}}, 101, "a survey");
    QTest::newRow("share above 100") << 0 << share << "value: 101 is outside 0 to 100";
}

void tst_AnalystService::refusals()
{
    QFETCH(int, call);
    QFETCH(AnalystValue, value);
    QFETCH(QString, message);
    QSignalSpy failed(m_service.get(), &AnalystService::failed);
    QSignalSpy changed(m_service.get(), &AnalystService::changed);
    QVERIFY(m_service->validate(value).startsWith(message) || call != 0);
    const QString problem = call == 0   ? m_service->setValue(value)
                            : call == 1 ? m_service->fillValue(value)
                                        : m_service->editValue(value);
    QVERIFY2(problem.startsWith(message), qPrintable(problem));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_analyst->values().isEmpty());
    QVERIFY(m_analyst->audit().isEmpty());
}

void tst_AnalystService::annotationsOverlay()
{
    QCOMPARE(m_service->annotate({kExhibit, {}, {}, {}}, "Chart note"), QString());
    QCOMPARE(m_service->annotate({kExhibit, kSeries, {}, {}}, "Series note"), QString());
    QCOMPARE(m_service->annotate(kReported, "Point note"), QString());
    QVERIFY(m_service->annotate({kExhibit, "Nope", {}, {}}, "x").startsWith("series:"));
    QVERIFY(m_service->annotate(kUnstated, "x").startsWith("x_label:"));
    const auto shown = m_service->exhibitData(kExhibit);
    QCOMPARE(shown->annotation, QString("Chart note"));
    QCOMPARE(shown->series.first().annotation, QString("Series note"));
    QCOMPARE(pointAt(*shown, kReported)->annotation, QString("Point note"));
}

void tst_AnalystService::importChecksAgainstReport()
{
    const auto entry = [](const PointKey& key, double value, const QString& kind) {
        return QJsonObject{
            {"exhibit", key.exhibitId}, {"series", key.series}, {"x_label", key.xLabel},
            {"value", value},           {"kind", kind},         {"citation", "src"}};
    };
    QJsonObject root{{"format", "trendboard-analyst-layer"},
                     {"version", 1},
                     {"values", QJsonArray{entry(kReported, 6.5, "fill"),
                                           entry({"p999-gone", kSeries, "2020", {}}, 1, "fill")}}};
    ImportReport report = m_service->importLayer(QJsonDocument(root).toJson());
    QVERIFY(!report.applied);
    QCOMPARE(report.errors, QStringList{"values[1].exhibit: no exhibit 'p999-gone' in the report"});
    QVERIFY(m_analyst->values().isEmpty());

    root["values"] = QJsonArray{entry(kReported, 6.5, "fill"), entry(kUnstated, 3, "edit")};
    QSignalSpy changed(m_service.get(), &AnalystService::changed);
    report = m_service->importLayer(QJsonDocument(root).toJson());
    QVERIFY2(report.applied, qPrintable(report.problems().join('\n')));
    QCOMPARE(changed.size(), 1);
    // The kind is the report's, whatever the file says.
    QVERIFY(m_analyst->value(kReported)->kind == AnalystValueKind::Edit);
    QCOMPARE(*m_analyst->value(kReported)->reportValue, 6.0);
    QVERIFY(m_analyst->value(kUnstated)->kind == AnalystValueKind::Fill);
}

QTEST_GUILESS_MAIN(tst_AnalystService)
#include "tst_analystservice.moc"
