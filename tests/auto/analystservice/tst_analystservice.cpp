// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystservice.h"
#include "browse/entityprofile.h"
#include "compare/comparisonservice.h"
#include "export/csv.h"
#include "sqlutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
    void fiscalFillUsesCompanyCalendar();
    void comparisonIncludesAnalystValues();
    void profileIncludesAnalystValues();
    void orphansAreListed();
    void importChecksAnnotationTargets();
    void orphanCheckOfALargeLayerIsQuick();
    void overlayValuesReadsOnlyWhatIsWanted();
    void measureOverlayFollowsEveryWrite();
    void comparedAgainReadsNoReportValues();
    void editOfARepeatedFigureShowsAsAnEdit();
    void valuesChangedNamesThePoints();

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
    // The CSV of the exhibit says so, with the report's value beside the analyst's.
    const FlatTable csv = pointTable(*shown);
    const auto column = [&csv](const char* name) { return int(csv.columns.indexOf(name)); };
    bool found = false;
    for (const auto& row : csv.rows) {
        if (row.at(column("x_label")).toString() != kReported.xLabel ||
            row.at(column("series")).toString() != kSeries)
            continue;
        found = true;
        QCOMPARE(row.at(column("analyst")).toString(), QString("edited"));
        QCOMPARE(row.at(column("value")).toDouble(), 6.1);
        QCOMPARE(row.at(column("report_value")).toDouble(), 6.0);
        QCOMPARE(row.at(column("report_unit")).toString(), QString("MM"));
    }
    QVERIFY(found);
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

namespace {
const QString kNvidia = QStringLiteral("p160-nvidia-revenue");
const QString kNvidiaRevenue = QStringLiteral("Total quarterly revenue");
const PointKey kFq425{kNvidia, kNvidiaRevenue, QStringLiteral("FQ4:25"), {}}; // $39B, stated
const PointKey kFq225{kNvidia, kNvidiaRevenue, QStringLiteral("FQ2:25"), {}}; // not stated

const MeasureValue* valueIn(const QVector<MeasureValue>& values, const QString& exhibit,
                            const QString& label)
{
    for (const MeasureValue& v : values) {
        if (v.exhibitId == exhibit && v.pointLabel == label)
            return &v;
    }
    return nullptr;
}
} // namespace

void tst_AnalystService::fiscalFillUsesCompanyCalendar()
{
    // NVIDIA's fiscal year ends in January: its FQ2:25 is May to July 2024, not a calendar
    // quarter of 2025.
    QCOMPARE(m_service->setValue(valueAt(kFq225, 30.0, "NVIDIA 10-Q, Aug 2024")), QString());
    const auto shown = m_service->exhibitData(kNvidia);
    const PointRecord* p = pointAt(*shown, kFq225);
    QVERIFY(p);
    QCOMPARE(p->periodStart, QString("2024-05-01"));
    QCOMPARE(p->periodEnd, QString("2024-07-31"));
    QCOMPARE(p->granularity, QString("quarter"));
}

void tst_AnalystService::comparisonIncludesAnalystValues()
{
    const ComparisonRequest request{
        QStringLiteral("revenue"), {QStringLiteral("NVIDIA"), QStringLiteral("Microsoft")}, {}, {}};
    const Comparison before = compare(*m_report, request, m_service.get());
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    QCOMPARE(before.analystValues, 0);
    const MeasureValue* stated = valueIn(before.values, kNvidia, "FQ4:25");
    QVERIFY(stated);
    QCOMPARE(stated->value, 39.0);

    QCOMPARE(m_service->setValue(valueAt(kFq425, 39.3, "NVIDIA 10-K")), QString());
    QCOMPARE(m_service->setValue(valueAt(kFq225, 30.0, "NVIDIA 10-Q, Aug 2024")), QString());
    const Comparison c = compare(*m_report, request, m_service.get());
    QCOMPARE(c.analystValues, 2);
    QCOMPARE(c.values.size(), before.values.size() + 1);
    const MeasureValue* edited = valueIn(c.values, kNvidia, "FQ4:25");
    QVERIFY(edited);
    QVERIFY(edited->analyst == AnalystMark::Edited);
    QCOMPARE(edited->value, 39.3);
    QCOMPARE(*edited->reportValue, 39.0);
    QCOMPARE(edited->baseValue, 39.3e9);
    QCOMPARE(edited->citation, QString("NVIDIA 10-K"));
    QCOMPARE(edited->status, QString("edited"));
    const MeasureValue* filled = valueIn(c.values, kNvidia, "FQ2:25");
    QVERIFY(filled);
    QVERIFY(filled->analyst == AnalystMark::Filled);
    QCOMPARE(filled->status, QString("analyst"));
    QCOMPARE(filled->periodEnd, QString("2024-07-31"));
    QCOMPARE(filled->page, 160);
    // Still in period order.
    for (int i = 1; i < c.values.size(); ++i) {
        if (!c.values.at(i).periodEnd.isEmpty())
            QVERIFY(c.values.at(i - 1).periodEnd <= c.values.at(i).periodEnd);
    }
    // Drawn marked, with the report's value beside the edited one.
    const ExhibitData drawn = comparisonExhibit(c);
    int edits = 0;
    int fills = 0;
    for (const SeriesRecord& s : drawn.series) {
        for (const PointRecord& p : s.points) {
            if (p.analyst == AnalystMark::Edited) {
                ++edits;
                QVERIFY(p.reportValue);
                QVERIFY(std::abs(*p.reportValue * drawn.info.unitFactor - 39e9) < 1);
            }
            fills += p.analyst == AnalystMark::Filled;
        }
    }
    QCOMPARE(edits, 1);
    QCOMPARE(fills, 1);
    QVERIFY(drawn.hasAnalystValues()); // the source line says "includes analyst values"
    // The table says which rows are the analyst's.
    const FlatTable table = comparisonTable(c);
    const int analystColumn = int(table.columns.indexOf("analyst"));
    const int citationColumn = int(table.columns.indexOf("citation"));
    QVERIFY(analystColumn >= 0 && citationColumn >= 0);
    QStringList marks;
    for (const auto& row : table.rows) {
        if (!row.at(analystColumn).toString().isEmpty())
            marks << row.at(analystColumn).toString() + ":" + row.at(citationColumn).toString();
    }
    marks.sort();
    QCOMPARE(marks, QStringList({"edited:NVIDIA 10-K", "filled:NVIDIA 10-Q, Aug 2024"}));

    // The switch: the report's values only.
    ComparisonRequest reportOnly = request;
    reportOnly.includeAnalyst = false;
    const Comparison hidden = compare(*m_report, reportOnly, m_service.get());
    QCOMPARE(hidden.analystValues, 0);
    QCOMPARE(hidden.values.size(), before.values.size());
    QCOMPARE(valueIn(hidden.values, kNvidia, "FQ4:25")->value, 39.0);
    // Without a layer at all, the same.
    QCOMPARE(compare(*m_report, request).values.size(), before.values.size());
}

void tst_AnalystService::profileIncludesAnalystValues()
{
    const EntityProfile before = entityProfile(*m_report, "NVIDIA", m_service.get());
    QCOMPARE(before.analystValues, 0);
    QCOMPARE(m_service->setValue(valueAt(kFq225, 30.0, "NVIDIA 10-Q, Aug 2024")), QString());
    QCOMPARE(m_service->setValue(valueAt(kReported, 6.1)), QString()); // NVIDIA developers
    const EntityProfile after = entityProfile(*m_report, "NVIDIA", m_service.get());
    QCOMPARE(after.analystValues, 2);
    QCOMPARE(after.valueCount(), before.valueCount() + 1);
    const FlatTable table = profileTable(after);
    const int analystColumn = int(table.columns.indexOf("analyst"));
    const int reportColumn = int(table.columns.indexOf("report_value"));
    int edited = 0;
    for (const auto& row : table.rows) {
        if (row.at(analystColumn).toString() == "edited") {
            ++edited;
            QCOMPARE(row.at(reportColumn).toDouble(), 6.0);
            QCOMPARE(row.at(2).toDouble(), 6.1);
        }
    }
    QCOMPARE(edited, 1);
    // Another company's profile is untouched; without the layer, the report's values only.
    QCOMPARE(entityProfile(*m_report, "Microsoft", m_service.get()).analystValues, 0);
    QCOMPARE(entityProfile(*m_report, "NVIDIA").valueCount(), before.valueCount());
}

void tst_AnalystService::orphansAreListed()
{
    // Values and notes whose exhibit or series a data update removed stay in the layer and are
    // listed, never dropped silently.
    QCOMPARE(m_service->setValue(valueAt(kReported, 6.1)), QString());
    QVERIFY(m_service->orphanedValues().isEmpty());
    // The check reads the exhibit the layer names, found by its key, never every point of the
    // database (it runs as the window starts: 14 s at 1000x when it read them all).
    QString targetsSql;
    QVariantList bound;
    for (auto it = m_report->statementsRun().cbegin(); it != m_report->statementsRun().cend(); ++it)
        if (it.key().contains(QLatin1String("json_each")) && it.key().contains("datapoint"))
            std::tie(targetsSql, bound) = std::make_pair(it.key(), it.value());
    QVERIFY2(!targetsSql.isEmpty(), "no statement for the layer's exhibits");
    QCOMPARE(bound, QVariantList{QStringLiteral("[\"%1\"]").arg(kExhibit)});
    {
        ScopedConnection plans(TRENDBOARD_BUNDLED_DB, OpenMode::ReadOnly);
        QSqlQuery q(plans.database());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + targetsSql));
        q.addBindValue(bound.first());
        QVERIFY(q.exec());
        while (q.next()) {
            const QString detail = q.value(3).toString();
            // x, s and d: the statement's exhibit, series and datapoint.
            static const QRegularExpression scan(QStringLiteral(R"(^SCAN (x|s|d)\b)"));
            QVERIFY2(!scan.match(detail).hasMatch(), qPrintable(detail));
        }
    }
    AnalystValue gone = valueAt({"p999-removed", "Old series", "2024", {}}, 1.0, "a filing");
    gone.unit = QStringLiteral("MM");
    gone.periodLabel = QStringLiteral("2024");
    QCOMPARE(m_analyst->setValue(gone), QString()); // as if stored before the update
    QCOMPARE(m_analyst->setAnnotation({kExhibit, "Renamed series", {}, {}}, "a note"), QString());
    const QVector<AnalystValue> orphans = m_service->orphanedValues();
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans.first().key.exhibitId, QString("p999-removed"));
    const QVector<Annotation> notes = m_service->orphanedAnnotations();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().target.series, QString("Renamed series"));
    // The exhibit still shows; the orphan changes nothing in it.
    QVERIFY(m_service->exhibitData(kExhibit));
}

// An annotation names an exhibit, series or point of the report (or a point the file or layer
// fills in): one on anything else refuses the whole import, as a bad value does.
void tst_AnalystService::importChecksAnnotationTargets()
{
    const auto note = [](const PointKey& key) {
        return QJsonObject{{"exhibit", key.exhibitId},
                           {"series", key.series},
                           {"x_label", key.xLabel},
                           {"text", "a note"}};
    };
    const PointKey filledHere{kExhibit, kSeries, "2019", {}};
    QJsonObject root{{"format", "trendboard-analyst-layer"},
                     {"version", 1},
                     {"values", QJsonArray{QJsonObject{{"exhibit", kExhibit},
                                                       {"series", kSeries},
                                                       {"x_label", "2019"},
                                                       {"value", 1.0},
                                                       {"citation", "src"}}}},
                     {"annotations", QJsonArray{note({kExhibit, {}, {}, {}}), note(kReported),
                                                note(filledHere), note({"p999-gone", {}, {}, {}}),
                                                note({kExhibit, "No such series", {}, {}}),
                                                note({kExhibit, kSeries, "1999", {}})}}};
    ImportReport report = m_service->importLayer(QJsonDocument(root).toJson());
    QVERIFY(!report.applied);
    QCOMPARE(report.errors,
             QStringList(
                 {"annotations[3].exhibit: no exhibit 'p999-gone' in the report",
                  "annotations[4].series: exhibit " + kExhibit + " has no series 'No such series'",
                  "annotations[5].x_label: " + PointKey{kExhibit, kSeries, "1999", {}}.toString() +
                      " is neither a point of the report nor a filled-in one"}));
    QVERIFY(m_analyst->annotations().isEmpty());
    QVERIFY(m_analyst->values().isEmpty());
    QJsonArray good = root["annotations"].toArray();
    while (good.size() > 3)
        good.removeLast();
    root["annotations"] = good;
    report = m_service->importLayer(QJsonDocument(root).toJson());
    QVERIFY2(report.applied, qPrintable(report.problems().join('\n')));
    QCOMPARE(report.annotations, 3);
}

// The start-up orphan check reads the report's targets once, not an exhibit per entry: a layer
// of many notes opens at once.
void tst_AnalystService::orphanCheckOfALargeLayerIsQuick()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "bulk");
        db.setDatabaseName(m_analyst->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("BEGIN"));
        QVERIFY(q.prepare("INSERT INTO annotation (exhibit_id, series, x_label, entity, text, "
                          "created_utc, updated_utc) VALUES (?, ?, ?, '', 'n', 't', 't')"));
        const QVector<ExhibitInfo> exhibits = m_report->exhibits(std::nullopt, ReportScope::all());
        for (int i = 0; i < 20000; ++i) {
            const bool orphan = i % 1000 == 0;
            q.addBindValue(orphan ? QStringLiteral("p999-gone") : exhibits[i % exhibits.size()].id);
            q.addBindValue(QStringLiteral("series %1").arg(i)); // no exhibit has it
            q.addBindValue(QStringLiteral("")); // a series' note: no x label (NOT NULL)
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec("COMMIT"));
    }
    QSqlDatabase::removeDatabase("bulk");
    QElapsedTimer timer;
    timer.start();
    const QVector<Annotation> orphans = m_service->orphanedAnnotations();
    // Every note names a series no exhibit has, or an exhibit the report does not have.
    QCOMPARE(orphans.size(), 20000);
    // One exhibit load per note took minutes for 100,000 notes; one query takes well under this.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

// A comparison reads the exhibits that hold a value it wants, however large the layer: its
// statements do not grow with the values of other measures (it once loaded every exhibit the
// layer named, on every change).
void tst_AnalystService::overlayValuesReadsOnlyWhatIsWanted()
{
    QCOMPARE(m_service->setValue(valueAt(kFq425, 39.3, "NVIDIA 10-K")), QString());
    const QStringList entities{QStringLiteral("NVIDIA"), QStringLiteral("Microsoft")};
    const auto wanted = [&entities](const QString& measure, const QString& entity) {
        return measure == QLatin1String("revenue") && entities.contains(entity);
    };
    const auto statementsOfOverlay = [&] {
        QVector<MeasureValue> values = m_report->measureValues(QStringLiteral("revenue"), entities);
        const int before = m_report->statementCount();
        const int changed = m_service->overlayValues(values, wanted);
        return qMakePair(m_report->statementCount() - before, changed);
    };
    const auto small = statementsOfOverlay();
    QCOMPARE(small.second, 1);

    int others = 0;
    for (const ExhibitInfo& e : m_report->exhibits(std::nullopt, ReportScope::all())) {
        const auto data = m_report->exhibitData(e.id);
        QVERIFY(data);
        for (const SeriesRecord& s : data->series) {
            for (const PointRecord& p : s.points) {
                if (others >= 150 || !p.value || p.unit.isEmpty() || p.measure == "revenue")
                    continue;
                AnalystValue v;
                v.key = {e.id, s.name, p.xLabel, p.entity};
                v.value = *p.value + 1;
                v.unit = p.unit;
                v.periodLabel = p.xLabel;
                v.citation = QStringLiteral("elsewhere");
                if (m_service->setValue(v).isEmpty())
                    ++others;
            }
        }
    }
    QCOMPARE(others, 150);
    const auto large = statementsOfOverlay();
    QCOMPARE(large.second, 1);
    QCOMPARE(large.first, small.first);
}

// The overlay of one measure (a comparison's) reads the layer through its index: it gives what
// the overlay of the whole layer gives, after the service's writes and after a write around
// it (another window, a command: the layer's change stamp), and leaves other measures out.
void tst_AnalystService::measureOverlayFollowsEveryWrite()
{
    const QStringList entities{QStringLiteral("NVIDIA"), QStringLiteral("Microsoft")};
    const auto both = [&] {
        QVector<MeasureValue> indexed = m_report->measureValues("revenue", entities);
        QVector<MeasureValue> whole = indexed;
        const int changed = m_service->overlayValues(indexed, "revenue", entities);
        const int wholeChanged =
            m_service->overlayValues(whole, [&](const QString& m, const QString& e) {
                return m == QLatin1String("revenue") && entities.contains(e);
            });
        const auto text = [](const QVector<MeasureValue>& values) {
            QStringList out;
            for (const MeasureValue& v : values)
                out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                           .arg(v.exhibitId, v.pointLabel, v.entity, v.status)
                           .arg(v.value)
                           .arg(int(v.analyst));
            return out;
        };
        [&] { QCOMPARE(text(indexed), text(whole)); }();
        [&] { QCOMPARE(changed, wholeChanged); }();
        return changed;
    };
    QCOMPARE(both(), 0);
    QCOMPARE(m_service->setValue(valueAt(kFq425, 39.3, "NVIDIA 10-K")), QString());
    QCOMPARE(both(), 1);
    // Another measure of the same exhibit's entity, and revenue of an entity not compared.
    QCOMPARE(m_service->setValue(valueAt(kReported, 7, "NVIDIA GTC")), QString());
    AnalystValue coreweave =
        valueAt({"p165-coreweave-revenue", "CoreWeave revenue", "2024", {}}, 2.0, "CoreWeave S-1");
    QCOMPARE(m_service->setValue(coreweave), QString());
    QCOMPARE(both(), 1);
    // Written around the service, on its own connection: the index is read again.
    AnalystValue fill = valueAt(kFq225, 30.0, "NVIDIA 10-Q, Aug 2024");
    QVERIFY(m_service->complete(fill).isEmpty());
    QCOMPARE(m_analyst->setValue(fill), QString());
    QCOMPARE(both(), 2);
    // ... and on another connection (another window).
    {
        AnalystDatabase other(m_analyst->path());
        other.setUnits(m_report->units());
        QCOMPARE(other.removeValue(kFq225), QString());
    }
    QCOMPARE(both(), 1);
    QCOMPARE(m_service->revert(PointKey{kNvidia, {}, {}, {}}), QString());
    QCOMPARE(both(), 0);
    QCOMPARE(m_service->fillValues({valueAt(kFq225, 30.5, "NVIDIA 10-Q")}), QString());
    QCOMPARE(both(), 1);
}

// Value writes name their points, after changed() of their exhibit; annotations name none
// (no comparison shows them).
void tst_AnalystService::valuesChangedNamesThePoints()
{
    QSignalSpy changed(m_service.get(), &AnalystService::changed);
    QSignalSpy values(m_service.get(), &AnalystService::valuesChanged);
    QCOMPARE(m_service->setValue(valueAt(kFq425, 39.3, "NVIDIA 10-K")), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.last().at(0).value<QVector<PointKey>>(), QVector<PointKey>{kFq425});
    QCOMPARE(m_service->annotate(kFq425, QStringLiteral("checked")), QString());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(values.size(), 1);
    QCOMPARE(m_service->setValue(valueAt(kFq225, 30.0, "NVIDIA 10-Q")), QString());
    // A revert of the exhibit names each value it took out.
    QCOMPARE(m_service->revert(PointKey{kNvidia, {}, {}, {}}), QString());
    QCOMPARE(values.size(), 3);
    QVector<PointKey> reverted = values.last().at(0).value<QVector<PointKey>>();
    std::sort(reverted.begin(), reverted.end(),
              [](const PointKey& a, const PointKey& b) { return a.xLabel < b.xLabel; });
    QCOMPARE(reverted, (QVector<PointKey>{kFq225, kFq425}));
    // A failed write names nothing.
    QVERIFY(!m_service->setValue(valueAt({kNvidia, "no such series", "2024", {}}, 1)).isEmpty());
    QCOMPARE(values.size(), 3);
}

QTEST_GUILESS_MAIN(tst_AnalystService)
// The Compare tab compares again after each edit it draws: its ComparisonCache lays the layer
// over the report's values it read the first time, and reads none of them again (at 100 times
// the data every copy of each value was read again, and merged again, at every edit).
void tst_AnalystService::comparedAgainReadsNoReportValues()
{
    ComparisonCache cache(*m_report);
    const ComparisonRequest request{"revenue", {"NVIDIA", "Microsoft"}, {}, {}};
    QCOMPARE(cache.compare(request, m_service.get()).analystValues, 0);
    QCOMPARE(cache.valueReads(), 1);
    QCOMPARE(m_service->setValue(valueAt(kFq425, 39.3, "NVIDIA 10-K")), QString());
    // The layer index reads the change's measure from the report (one indexed query): that is
    // the layer's cost, not the comparison's.
    QVERIFY(m_service->exhibitsWithValuesOf("revenue").contains(kFq425.exhibitId));
    const int statements = m_report->statementCount();
    const Comparison edited = cache.compare(request, m_service.get());
    QCOMPARE(m_report->statementCount(), statements);
    QCOMPARE(cache.valueReads(), 1);
    QCOMPARE(edited.analystValues, 1);
    // The same answer as a comparison that reads everything afresh.
    const Comparison fresh = compare(*m_report, request, m_service.get());
    QCOMPARE(comparisonTable(edited).rows, comparisonTable(fresh).rows);
    QCOMPARE(edited.shown, fresh.shown);
    QCOMPARE(edited.displayUnit, fresh.displayUnit);
}

// p. 61 states NVIDIA's growth multiple in two exhibits (as every value is at 100 times the
// data): the second is folded into the first before the merge, until the layer edits it. Its
// edit then shows as the edit of a report value (status 'edited', the report's value kept),
// not as a value the report does not state.
void tst_AnalystService::editOfARepeatedFigureShowsAsAnEdit()
{
    const PointKey copy{"p061-nvidia-ecosystem-gpu-apps", "Growth 2021-2025", "2025", {}};
    const QStringList entities{"NVIDIA", "Microsoft"};
    ComparisonCache cache(*m_report);
    const QVector<MeasureValue> all = m_report->measureValues("growth_multiple", entities);
    const auto ofCopy = [&copy](const QVector<MeasureValue>& values) {
        return std::count_if(values.cbegin(), values.cend(), [&copy](const MeasureValue& v) {
            return v.exhibitId == copy.exhibitId && v.pointLabel == copy.xLabel;
        });
    };
    QCOMPARE(ofCopy(all), 1);
    const QVector<MeasureValue> folded = cache.reportValues("growth_multiple", entities, {});
    QCOMPARE(folded.size(), all.size() - 1);
    QCOMPARE(ofCopy(folded), 0);
    QCOMPARE(cache.reportValues("growth_multiple", entities, {copy.exhibitId}).size(), all.size());

    const ComparisonRequest request{"growth_multiple", entities, {}, {}};
    const Comparison before = cache.compare(request, m_service.get());
    QCOMPARE(m_service->setValue(valueAt(copy, 2.6, "NVIDIA GTC 2025")), QString());
    const Comparison after = cache.compare(request, m_service.get());
    QCOMPARE(after.values.size(), before.values.size() + 1);
    const MeasureValue* edited = nullptr;
    for (const MeasureValue& v : after.values) {
        if (v.exhibitId == copy.exhibitId && v.pointLabel == copy.xLabel)
            edited = &v;
    }
    QVERIFY(edited);
    QCOMPARE(edited->analyst, AnalystMark::Edited);
    QCOMPARE(edited->status, QString("edited"));
    QCOMPARE(edited->value, 2.6);
    QVERIFY(edited->reportValue);
    QCOMPARE(*edited->reportValue, 2.4);
}

#include "tst_analystservice.moc"
