// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystcommands.h"
#include "analyst/analystservice.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace trendboard;

namespace {
const QString kExhibit = QStringLiteral("p038-nvidia-developers");
const QString kSeries = QStringLiteral("Developers in NVIDIA ecosystem");
const PointKey kReported{kExhibit, kSeries, QStringLiteral("2025"), {}}; // 6MM in the report
const PointKey kUnstated{kExhibit, kSeries, QStringLiteral("2021"), {}};

AnalystValue valueAt(const PointKey& key, double value, const QString& citation = {})
{
    AnalystValue v;
    v.key = key;
    v.value = value;
    v.citation = citation;
    return v;
}

std::optional<double> stored(const AnalystDatabase& db, const PointKey& key)
{
    const auto v = db.value(key);
    return v ? std::optional<double>(v->value) : std::nullopt;
}
} // namespace

// Every command kind through a QUndoStack: the database after each push, undo and redo, and
// one audit row for each of them.
class tst_AnalystCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void fill();
    void edit();
    void editTwiceUndoesToFirst();
    void remove();
    void revert();
    void annotate();
    void removeAnnotation();
    void failedRedoIsDropped();
    void fillManyIsOneCommand();
    void fillManyWritesAllOrNone_data();
    void fillManyWritesAllOrNone();
    void importIsOneCommand();
    void importUndoRefusesAChangedValue();

private:
    std::optional<AuditAction> lastAction() const;
    // Makes every write of a value at `xLabel` fail inside the transaction (a trigger, as a
    // full disk or an I/O error would fail it), through a connection of the test's own.
    void failWritesAt(const QString& xLabel);
    QByteArray layerFile(double value2019, const QString& note) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReportDatabase> m_report;
    std::unique_ptr<AnalystDatabase> m_db;
    std::unique_ptr<AnalystService> m_service;
    std::unique_ptr<QUndoStack> m_stack;
};

void tst_AnalystCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_report = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    m_db = std::make_unique<AnalystDatabase>(m_dir->filePath("analyst.sqlite"));
    m_service = std::make_unique<AnalystService>(*m_report, *m_db);
    m_stack = std::make_unique<QUndoStack>();
}

void tst_AnalystCommands::cleanup()
{
    m_stack.reset();
    m_service.reset();
    m_db.reset();
    m_report.reset();
    m_dir.reset();
}

std::optional<AuditAction> tst_AnalystCommands::lastAction() const
{
    const QVector<AuditEntry> audit = m_db->audit();
    return audit.isEmpty() ? std::nullopt : std::optional<AuditAction>(audit.last().action);
}

void tst_AnalystCommands::fill()
{
    m_stack->push(new FillValueCommand(*m_service, valueAt(kUnstated, 3.5, "GTC 2021")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(stored(*m_db, kUnstated), std::optional<double>(3.5));
    m_stack->undo();
    QVERIFY(!stored(*m_db, kUnstated));
    QVERIFY(lastAction() == AuditAction::Remove);
    m_stack->redo();
    QCOMPARE(stored(*m_db, kUnstated), std::optional<double>(3.5));
    QVERIFY(lastAction() == AuditAction::Fill);
    QCOMPARE(m_db->audit().size(), 3);
}

void tst_AnalystCommands::edit()
{
    QSignalSpy changed(m_service.get(), &AnalystService::changed);
    m_stack->push(new EditValueCommand(*m_service, valueAt(kReported, 6.1)));
    QCOMPARE(stored(*m_db, kReported), std::optional<double>(6.1));
    m_stack->undo();
    QVERIFY(!stored(*m_db, kReported)); // the report's 6 shows again
    QVERIFY(lastAction() == AuditAction::Revert);
    QCOMPARE(*m_service->exhibitData(kExhibit)->series.first().points.last().value, 6.0);
    m_stack->redo();
    QCOMPARE(stored(*m_db, kReported), std::optional<double>(6.1));
    QCOMPARE(m_db->audit().size(), 3);
    QCOMPARE(changed.size(), 3);
}

void tst_AnalystCommands::editTwiceUndoesToFirst()
{
    m_stack->push(new EditValueCommand(*m_service, valueAt(kReported, 6.1)));
    m_stack->push(new EditValueCommand(*m_service, valueAt(kReported, 6.3)));
    QCOMPARE(stored(*m_db, kReported), std::optional<double>(6.3));
    m_stack->undo();
    QCOMPARE(stored(*m_db, kReported), std::optional<double>(6.1));
    QVERIFY(lastAction() == AuditAction::Edit);
    m_stack->undo();
    QVERIFY(!stored(*m_db, kReported));
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(stored(*m_db, kReported), std::optional<double>(6.3));
    QCOMPARE(m_db->audit().size(), 6);
}

void tst_AnalystCommands::remove()
{
    QCOMPARE(m_service->setValue(valueAt(kUnstated, 3.5, "GTC 2021")), QString());
    m_stack->push(new RemoveValueCommand(*m_service, kUnstated));
    QVERIFY(!stored(*m_db, kUnstated));
    QVERIFY(lastAction() == AuditAction::Remove);
    m_stack->undo();
    QCOMPARE(stored(*m_db, kUnstated), std::optional<double>(3.5));
    QCOMPARE(m_db->value(kUnstated)->citation, QString("GTC 2021"));
    QVERIFY(lastAction() == AuditAction::Fill);
    m_stack->redo();
    QVERIFY(!stored(*m_db, kUnstated));
    QCOMPARE(m_db->audit().size(), 4);
}

void tst_AnalystCommands::revert()
{
    QCOMPARE(m_service->setValue(valueAt(kUnstated, 3.5, "GTC 2021")), QString());
    QCOMPARE(m_service->setValue(valueAt(kReported, 6.1)), QString());
    m_stack->push(new RevertCommand(*m_service, {kExhibit, kSeries, {}, {}}));
    QVERIFY(m_db->values().isEmpty());
    QVERIFY(lastAction() == AuditAction::Revert);
    m_stack->undo();
    QCOMPARE(stored(*m_db, kUnstated), std::optional<double>(3.5));
    QCOMPARE(stored(*m_db, kReported), std::optional<double>(6.1));
    QVERIFY(m_db->value(kReported)->kind == AnalystValueKind::Edit);
    m_stack->redo();
    QVERIFY(m_db->values().isEmpty());
    QCOMPARE(m_db->audit().size(), 2 + 2 + 2 + 2);
}

void tst_AnalystCommands::annotate()
{
    const PointKey series{kExhibit, kSeries, {}, {}};
    m_stack->push(new AnnotateCommand(*m_service, series, "First"));
    m_stack->push(new AnnotateCommand(*m_service, series, "Second"));
    QCOMPARE(m_db->annotation(series)->text, QString("Second"));
    m_stack->undo();
    QCOMPARE(m_db->annotation(series)->text, QString("First"));
    QVERIFY(lastAction() == AuditAction::Annotate);
    m_stack->undo();
    QVERIFY(!m_db->annotation(series));
    QVERIFY(lastAction() == AuditAction::Unannotate);
    m_stack->redo();
    QCOMPARE(m_db->annotation(series)->text, QString("First"));
    QCOMPARE(m_db->audit().size(), 5);
}

void tst_AnalystCommands::removeAnnotation()
{
    QCOMPARE(m_service->annotate(kReported, "Checked against the 10-K"), QString());
    m_stack->push(new RemoveAnnotationCommand(*m_service, kReported));
    QVERIFY(!m_db->annotation(kReported));
    QVERIFY(lastAction() == AuditAction::Unannotate);
    m_stack->undo();
    QCOMPARE(m_db->annotation(kReported)->text, QString("Checked against the 10-K"));
    QVERIFY(lastAction() == AuditAction::Annotate);
    m_stack->redo();
    QVERIFY(!m_db->annotation(kReported));
    QCOMPARE(m_db->audit().size(), 4);
}

// A change the service refuses never reaches the stack: nothing to undo, nothing stored.
void tst_AnalystCommands::failedRedoIsDropped()
{
    QSignalSpy failed(m_service.get(), &AnalystService::failed);
    m_stack->push(new FillValueCommand(*m_service, valueAt(kUnstated, 3.5))); // no citation
    m_stack->push(new EditValueCommand(*m_service, valueAt(kUnstated, 3.5))); // not reported
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.first().first().toString().startsWith("citation:"));
    QVERIFY(m_db->values().isEmpty());
    QVERIFY(m_db->audit().isEmpty());
}

void tst_AnalystCommands::failWritesAt(const QString& xLabel)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "inject");
        db.setDatabaseName(m_db->path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        // x_label is ours; a test string, never input.
        QVERIFY2(q.exec(QString("CREATE TRIGGER inject BEFORE INSERT ON analyst_value WHEN "
                                "NEW.x_label = '%1' BEGIN SELECT RAISE(ABORT, 'injected "
                                "failure'); END")
                            .arg(xLabel)),
                 qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase("inject");
}

QByteArray tst_AnalystCommands::layerFile(double value2019, const QString& note) const
{
    return QString(R"({"format": "trendboard-analyst-layer", "version": 1,
        "values": [{"exhibit": "%1", "series": "%2", "x_label": "2019", "value": %3,
                    "unit": "MM", "citation": "NVIDIA 10-K"}],
        "annotations": [{"exhibit": "%1", "text": "%4"}]})")
        .arg(kExhibit, kSeries, QString::number(value2019), note)
        .toUtf8();
}

// A fill-in grid of N rows is one command: one undo step that takes out exactly its rows and
// puts back what the layer held at them.
void tst_AnalystCommands::fillManyIsOneCommand()
{
    const PointKey y2019{kExhibit, kSeries, "2019", {}};
    const PointKey y2020{kExhibit, kSeries, "2020", {}};
    QCOMPARE(m_service->setValue(valueAt(y2019, 1.5, "an earlier filing")), QString());
    const int auditBefore = m_db->audit().size();
    QSignalSpy changed(m_service.get(), &AnalystService::changed);
    m_stack->push(new FillValuesCommand(
        *m_service,
        {valueAt(y2019, 1.7, "GTC"), valueAt(y2020, 2.0, "GTC"), valueAt(kUnstated, 3.5, "GTC")},
        "Fill in 3 values"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(changed.size(), 1); // one exhibit changed, once
    QCOMPARE(stored(*m_db, y2019), std::optional<double>(1.7));
    QCOMPARE(stored(*m_db, y2020), std::optional<double>(2.0));
    QCOMPARE(m_db->audit().size(), auditBefore + 3);
    m_stack->undo();
    QCOMPARE(stored(*m_db, y2019), std::optional<double>(1.5));
    QCOMPARE(m_db->value(y2019)->citation, QString("an earlier filing"));
    QVERIFY(!stored(*m_db, y2020));
    QVERIFY(!stored(*m_db, kUnstated));
    m_stack->redo();
    QCOMPARE(stored(*m_db, kUnstated), std::optional<double>(3.5));
    QCOMPARE(m_db->values().size(), 3);
}

void tst_AnalystCommands::fillManyWritesAllOrNone_data()
{
    QTest::addColumn<QString>("failingRow");
    QTest::newRow("first row") << "2019";
    QTest::newRow("middle row") << "2020";
    QTest::newRow("last row") << "2021";
}

// The rows are written in one transaction: a write that fails on row k (after the checks
// passed) leaves none of the rows before it, and nothing reaches the stack.
void tst_AnalystCommands::fillManyWritesAllOrNone()
{
    QFETCH(QString, failingRow);
    failWritesAt(failingRow);
    QSignalSpy failed(m_service.get(), &AnalystService::failed);
    QVector<AnalystValue> rows;
    for (const char* year : {"2019", "2020", "2021"})
        rows.append(valueAt({kExhibit, kSeries, year, {}}, 2.0, "GTC"));
    m_stack->push(new FillValuesCommand(*m_service, rows, "Fill in 3 values"));
    QCOMPARE(m_db->values().size(), 0);
    QVERIFY(m_db->audit().isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(failed.size(), 1);
    // The message names the row that failed.
    QVERIFY2(failed.first().first().toString().contains("injected failure"),
             qPrintable(failed.first().first().toString()));
    QVERIFY2(failed.first().first().toString().contains(failingRow),
             qPrintable(failed.first().first().toString()));
}

// An import is one command on the stack: undoing it takes out exactly what it wrote; an
// earlier command is undone only after it, so it can never overwrite or take out an imported
// value.
void tst_AnalystCommands::importIsOneCommand()
{
    const PointKey y2019{kExhibit, kSeries, "2019", {}};
    const PointKey exhibit{kExhibit, {}, {}, {}};
    m_stack->push(new FillValueCommand(*m_service, valueAt(y2019, 1.5, "an estimate")));
    m_stack->undo(); // the point is empty again; the fill-in could be redone
    QVERIFY(m_stack->canRedo());
    ImportReport report;
    m_stack->push(
        new ImportLayerCommand(*m_service, layerFile(1.9, "From the 10-K"), "layer.json", &report));
    QVERIFY2(report.applied, qPrintable(report.problems().join('\n')));
    QCOMPARE(report.values, 1);
    // The import replaced the fill-in's redo: redoing it can no longer overwrite 1.9.
    QVERIFY(!m_stack->canRedo());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(stored(*m_db, y2019), std::optional<double>(1.9));
    QCOMPARE(m_db->annotation(exhibit)->text, QString("From the 10-K"));
    m_stack->undo();
    QVERIFY(!stored(*m_db, y2019));
    QVERIFY(!m_db->annotation(exhibit));
    QVERIFY(lastAction() == AuditAction::Unannotate);
    m_stack->redo();
    QCOMPARE(stored(*m_db, y2019), std::optional<double>(1.9));
    QCOMPARE(m_db->annotation(exhibit)->text, QString("From the 10-K"));
    QVERIFY(lastAction() == AuditAction::Import);
    // A later edit is undone first, back to the imported value, then the import.
    m_stack->push(new EditValueCommand(*m_service, valueAt(kReported, 6.2)));
    m_stack->push(new FillValueCommand(*m_service, valueAt(y2019, 2.1, "a later filing")));
    m_stack->undo();
    QCOMPARE(stored(*m_db, y2019), std::optional<double>(1.9));
    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_db->values().isEmpty());
    QVERIFY(m_db->annotations().isEmpty());
}

// What the import wrote and another program changed since is not the import's to take out:
// the undo says so and changes nothing.
void tst_AnalystCommands::importUndoRefusesAChangedValue()
{
    const PointKey y2019{kExhibit, kSeries, "2019", {}};
    ImportReport report;
    m_stack->push(
        new ImportLayerCommand(*m_service, layerFile(1.9, "From the 10-K"), "layer.json", &report));
    QVERIFY(report.applied);
    AnalystDatabase other(m_db->path());
    other.setUnits(m_db->units());
    AnalystValue changed = valueAt(y2019, 2.4, "another window");
    changed.unit = "MM";
    QCOMPARE(other.setValue(changed), QString());
    QSignalSpy failed(m_service.get(), &AnalystService::failed);
    m_stack->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().startsWith("conflict:"),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(stored(*m_db, y2019), std::optional<double>(2.4));
    QVERIFY(m_db->annotation({kExhibit, {}, {}, {}}));
}

QTEST_GUILESS_MAIN(tst_AnalystCommands)
#include "tst_analystcommands.moc"
