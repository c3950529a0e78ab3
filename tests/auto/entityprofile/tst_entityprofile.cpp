// SPDX-License-Identifier: GPL-3.0-or-later
// Entity profiles: every value about an entity across exhibits and both reports, by measure;
// nearest names for a mistyped one; the profile dialog shows the same rows.
#include "browse/entityprofile.h"
#include "models/flattablemodel.h"
#include "profiledialog.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace trendboard;

class tst_EntityProfile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void profiles_data();
    void profiles();
    void aliasAndCase();
    void unknownSuggests_data();
    void unknownSuggests();
    void tableRowsAreTheValues();
    void dialogShowsTheProfile();
    void dialogReadsAsPeopleDo();

private:
    std::unique_ptr<ReportDatabase> m_db;
};

void tst_EntityProfile::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(m_db->isOpen());
}

void tst_EntityProfile::profiles_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("value"); // a value of that measure the reports state
    QTest::newRow("NVIDIA revenue") << "NVIDIA"
                                    << "revenue" << 39.0;
    QTest::newRow("ChatGPT weekly users") << "ChatGPT"
                                          << "weekly_active_users" << 800.0;
    QTest::newRow("China app users") << "China"
                                     << "share_of_app_users" << 33.9;
    QTest::newRow("Alphabet tokens, both reports") << "Alphabet"
                                                   << "tokens_processed" << 480.0;
}

void tst_EntityProfile::profiles()
{
    QFETCH(QString, entity);
    QFETCH(QString, measure);
    QFETCH(double, value);
    const EntityProfile p = entityProfile(*m_db, entity);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.entity.name, entity);
    bool found = false;
    for (int i = 0; i < p.groups.size(); ++i) {
        const EntityProfile::Group& g = p.groups.at(i);
        if (i > 0)
            QVERIFY(p.groups.at(i - 1).values.size() >= g.values.size()); // biggest first
        for (const MeasureValue& v : g.values) {
            QCOMPARE(v.measure, g.measure.id);
            QCOMPARE(v.entity, entity);
            found = found || (g.measure.id == measure && qFuzzyCompare(v.value, value));
        }
    }
    QVERIFY(found);
}

void tst_EntityProfile::aliasAndCase()
{
    QCOMPARE(entityProfile(*m_db, QStringLiteral("google")).entity.name,
             QStringLiteral("Alphabet"));
}

void tst_EntityProfile::unknownSuggests_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("a letter off") << "nvida"
                                  << "NVIDIA";
    QTest::newRow("part of a name") << "Anthrop"
                                    << "Anthropic";
    QTest::newRow("two letters swapped") << "Micorsoft"
                                         << "Microsoft";
}

void tst_EntityProfile::unknownSuggests()
{
    QFETCH(QString, typed);
    QFETCH(QString, suggested);
    const EntityProfile p = entityProfile(*m_db, typed);
    QVERIFY(p.groups.isEmpty());
    QVERIFY2(p.error.contains(QStringLiteral("did you mean")), qPrintable(p.error));
    QCOMPARE(nearestEntities(*m_db, typed).value(0), suggested);
}

void tst_EntityProfile::tableRowsAreTheValues()
{
    const EntityProfile p = entityProfile(*m_db, QStringLiteral("OpenAI"));
    const FlatTable t = profileTable(p);
    QCOMPARE(t.rows.size(), p.valueCount());
    QVERIFY(t.columns.contains(QStringLiteral("page")));
    QVERIFY(t.columns.contains(QStringLiteral("quote")));
}

void tst_EntityProfile::dialogShowsTheProfile()
{
    ProfileDialog dialog(*m_db, QStringLiteral("NVIDIA"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("NVIDIA")));
    QCOMPARE(dialog.table()->rowCount(), dialog.profile().valueCount());
    QVERIFY(dialog.summary().contains(QStringLiteral("company")));
    ProfileDialog unknown(*m_db, QStringLiteral("nvida"));
    QVERIFY(unknown.summary().contains(QStringLiteral("NVIDIA")));
    QCOMPARE(unknown.table()->rowCount(), 0);
}

// Human column names and measure names (as --list-measures prints them), the page and quote
// in view at the dialog's own size, and a row that opens its exhibit.
void tst_EntityProfile::dialogReadsAsPeopleDo()
{
    ProfileDialog dialog(*m_db, QStringLiteral("NVIDIA"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const FlatTableModel* model = dialog.table();
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    for (const char* raw : {"efficiency_multiple", "base_value", "exhibit_id", "measure", "page"})
        QVERIFY2(!headers.contains(QLatin1String(raw)), qPrintable(headers.join(", ")));
    for (const char* human : {"Measure", "Period", "Value", "Page", "Quote", "Exhibit"})
        QVERIFY2(headers.contains(QLatin1String(human)), qPrintable(headers.join(", ")));
    // Every measure cell is a measure's name, never its id.
    QSet<QString> names;
    for (const MeasureInfo& m : m_db->measures())
        names.insert(m.name);
    const int measure = int(headers.indexOf("Measure"));
    QVERIFY(model->rowCount() > 5);
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString cell = model->index(r, measure).data().toString();
        QVERIFY2(names.contains(cell) && !cell.contains('_'), qPrintable(cell));
    }
    // The page and the start of the quote are in view without scrolling or maximising.
    QTableView* view = dialog.view();
    const int viewport = view->viewport()->width();
    for (const QString& column : {QStringLiteral("Page"), QStringLiteral("Quote")}) {
        const int c = int(headers.indexOf(column));
        const int left = view->horizontalHeader()->sectionViewportPosition(c);
        QVERIFY2(left >= 0 && left + std::min(view->columnWidth(c), 200) <= viewport,
                 qPrintable(QString("%1 at %2 of %3").arg(column).arg(left).arg(viewport)));
    }
    // A row opens its exhibit.
    QSignalSpy requested(&dialog, &ProfileDialog::exhibitRequested);
    const QModelIndex cell = model->index(0, measure);
    view->setCurrentIndex(cell);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    const EntityProfile& p = dialog.profile();
    QCOMPARE(requested.first().first().toString(), p.groups.first().values.first().exhibitId);
}

QTEST_MAIN(tst_EntityProfile)
#include "tst_entityprofile.moc"
