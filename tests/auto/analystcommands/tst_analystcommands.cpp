// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystcommands.h"
#include "analyst/analystservice.h"

#include <QSignalSpy>
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

private:
    std::optional<AuditAction> lastAction() const;

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

QTEST_GUILESS_MAIN(tst_AnalystCommands)
#include "tst_analystcommands.moc"
