// SPDX-License-Identifier: GPL-3.0-or-later
// A checked-in analyst database of schema version 1, written before the 'TBND' marker existed
// (fixtures/analyst_v1.sqlite, made by make_v1_fixture.py), opened by today's code: its values,
// annotations and audit trail survive; reading it changes nothing; opening it for writing marks
// it and it takes new entries.
#include "analystdb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

namespace {

const PointKey kEdited{"p055-chatgpt-weekly-users", "ChatGPT", "4/25", ""};
const PointKey kFilled{"p061-chatgpt-users-by-country", "Users", "2023", "India"};

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

quint32 applicationId(const QString& path)
{
    quint32 id = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "probe");
        db.setDatabaseName(path);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec("PRAGMA application_id") && q.next())
                id = q.value(0).toUInt();
        }
    }
    QSqlDatabase::removeDatabase("probe");
    return id;
}

} // namespace

class tst_AnalystMigration : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void readOnlyLeavesItAsItWas();
    void version1Survives();
    void takesNewEntries();

private:
    void checkContents(const AnalystDatabase& db);
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_AnalystMigration::init()
{
    // A copy: the checked-in file is never opened for writing.
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(QStringLiteral(TRENDBOARD_ANALYST_V1), m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(applicationId(m_path), 0u); // written before the marker
}

void tst_AnalystMigration::checkContents(const AnalystDatabase& db)
{
    QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
    const QVector<AnalystValue> values = db.values();
    QCOMPARE(values.size(), 2);
    const auto edited = db.value(kEdited);
    QVERIFY(edited);
    QCOMPARE(edited->kind, AnalystValueKind::Edit);
    QCOMPARE(edited->value, 810.0);
    QCOMPARE(edited->unit, QStringLiteral("MM"));
    QCOMPARE(edited->reportValue, std::optional<double>(800.0));
    QCOMPARE(edited->citation, QStringLiteral("OpenAI, 4/25 keynote"));
    const auto filled = db.value(kFilled);
    QVERIFY(filled);
    QCOMPARE(filled->kind, AnalystValueKind::Fill);
    QCOMPARE(filled->value, 42.5);
    QCOMPARE(filled->periodLabel, QStringLiteral("2023"));
    QVERIFY(!filled->reportValue);

    QCOMPARE(db.annotations().size(), 3);
    const auto onExhibit = db.annotation(PointKey{kEdited.exhibitId, {}, {}, {}});
    QVERIFY(onExhibit);
    QCOMPARE(onExhibit->text, QStringLiteral("Checked against the keynote"));
    const auto onSeries = db.annotation(PointKey{kEdited.exhibitId, kEdited.series, {}, {}});
    QVERIFY(onSeries);
    QCOMPARE(onSeries->text, QStringLiteral("Weekly, not monthly, users"));
    const auto onPoint = db.annotation(kEdited);
    QVERIFY(onPoint);
    QCOMPARE(onPoint->text, QStringLiteral("Rounded in the report"));

    const QVector<AuditEntry> audit = db.audit();
    QVERIFY(audit.size() >= 6);
    QStringList actions;
    for (const AuditEntry& e : audit) {
        if (e.whenUtc.startsWith(QLatin1String("2025-06-02")))
            actions.append(auditActionName(e.action));
    }
    actions.sort();
    QCOMPARE(actions, (QStringList{"annotate", "annotate", "annotate", "edit", "fill", "remove"}));
    bool removal = false;
    for (const AuditEntry& e : audit) {
        if (e.action == AuditAction::Remove) {
            removal = true;
            QCOMPARE(e.target, (PointKey{kEdited.exhibitId, kEdited.series, "1/25", ""}));
            QCOMPARE(e.oldValue, QStringLiteral("350"));
            QCOMPARE(e.who, QStringLiteral("analyst"));
        }
    }
    QVERIFY(removal);
}

// A command that only reads opens it as it is: the same bytes after, no marker, no WAL files.
void tst_AnalystMigration::readOnlyLeavesItAsItWas()
{
    const QByteArray before = digest(m_path);
    {
        const AnalystDatabase db(m_path, AnalystDatabase::Access::ReadOnly);
        checkContents(db);
    }
    QCOMPARE(digest(m_path), before);
    QCOMPARE(applicationId(m_path), 0u);
}

// Opened for writing: recognised by its tables and version, marked, and every value,
// annotation and audit row is still there, at the schema version this build writes.
void tst_AnalystMigration::version1Survives()
{
    {
        const AnalystDatabase db(m_path, AnalystDatabase::Access::ReadWrite);
        QVERIFY2(db.warning().isEmpty(), qPrintable(db.warning()));
        checkContents(db);
    }
    QCOMPARE(applicationId(m_path), AnalystDatabase::kApplicationId);
    QVERIFY(!QFile::exists(m_path + QStringLiteral(".damaged")));
    // Again, as the next start opens it.
    const AnalystDatabase again(m_path, AnalystDatabase::Access::ReadWrite);
    checkContents(again);
}

// The upgraded layer takes an edit and an annotation, with their audit rows after the old ones.
void tst_AnalystMigration::takesNewEntries()
{
    AnalystDatabase db(m_path, AnalystDatabase::Access::ReadWrite);
    QVERIFY2(db.isAvailable(), qPrintable(db.errorString()));
    db.setUnits({{"MM", "count", 1e6, "level"}}); // what validation checks units against
    AnalystValue value = *db.value(kEdited);
    value.value = 820.0;
    QCOMPARE(db.setValue(value), QString());
    QCOMPARE(db.setAnnotation(kFilled, QStringLiteral("From the 1/24 estimate")), QString());
    QCOMPARE(db.value(kEdited)->value, 820.0);
    QCOMPARE(db.value(kEdited)->reportValue, std::optional<double>(800.0));
    QCOMPARE(db.annotations().size(), 4);
    const QVector<AuditEntry> audit = db.audit();
    QCOMPARE(audit.size(), 8);
    qlonglong last = 0;
    for (const AuditEntry& e : audit)
        last = std::max(last, e.id);
    QVERIFY(last >= 8); // new rows after the six of version 1, none replaced
    QCOMPARE(db.value(kFilled)->value, 42.5);
}

QTEST_GUILESS_MAIN(tst_AnalystMigration)
#include "tst_analystmigration.moc"
