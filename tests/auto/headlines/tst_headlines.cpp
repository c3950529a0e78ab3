// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/headlines.h"
#include "period.h"
#include "reportdb.h"
#include "text/displaylanguage.h"
#include "../common/queryplans.h"
#include "text/valueformat.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

// The rule that picks the Overview's headline figures.
class tst_Headlines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachExhibitOffersItsLatestLevel_data();
    void eachExhibitOffersItsLatestLevel();
    void exhibitsWithoutValuesOfferNothing();
    void everySectionHasFigures();
    void oneFigurePerEntityAndMeasure();
    void bestScoresAreChosen();
    void captionsInThePagesWords();
    void captionDropsTheValue_data();
    void captionDropsTheValue();
    void candidatesFollowTheRuleOverEveryValue();
    void boardReadsByIndex();
    void boardAtScaleIsTheReportsBoard();

private:
    std::unique_ptr<ReportDatabase> m_db;
    QVector<HeadlineTile> m_candidates;
    QVector<HeadlineSection> m_sections;
};

void tst_Headlines::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_candidates = headlineCandidates(*m_db);
    m_sections = chooseHeadlines(*m_db, 4);
}

void tst_Headlines::eachExhibitOffersItsLatestLevel_data()
{
    QTest::addColumn<QString>("exhibit");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("callout");
    QTest::addColumn<bool>("derived");
    // The latest level, not the derived 100MM of 11/23; its multiple as the callout.
    QTest::newRow("p055") << "p055-chatgpt-weekly-users"
                          << "800MM"
                          << "4/25"
                          << "8x" << false;
    // The latest quarter's revenue with its growth, not the derived prior year.
    QTest::newRow("p160") << "p160-nvidia-revenue"
                          << "$39B"
                          << "FQ4:25"
                          << "+78% Y/Y" << false;
}

void tst_Headlines::eachExhibitOffersItsLatestLevel()
{
    QFETCH(QString, exhibit);
    QFETCH(QString, value);
    QFETCH(QString, period);
    QFETCH(QString, callout);
    QFETCH(bool, derived);
    const auto it = std::find_if(m_candidates.begin(), m_candidates.end(),
                                 [&](const HeadlineTile& t) { return t.exhibitId == exhibit; });
    QVERIFY(it != m_candidates.end());
    QCOMPARE(it->value, value);
    QCOMPARE(it->period, period);
    QCOMPARE(it->callout, callout);
    QCOMPARE(it->derived, derived);
    QVERIFY(it->score > 0);
}

void tst_Headlines::exhibitsWithoutValuesOfferNothing()
{
    QSet<QString> offered;
    for (const HeadlineTile& t : std::as_const(m_candidates)) {
        QVERIFY2(!offered.contains(t.exhibitId), qPrintable(t.exhibitId)); // one per exhibit
        offered.insert(t.exhibitId);
        QVERIFY(t.section >= 1 && t.section <= 8); // BOND's sections, not the summary charts
    }
    for (const ExhibitInfo& e : m_db->exhibits(std::nullopt, kBondReportId)) {
        if (e.statedValues == 0)
            QVERIFY2(!offered.contains(e.id), qPrintable(e.id));
    }
}

void tst_Headlines::everySectionHasFigures()
{
    QCOMPARE(m_sections.size(), 8);
    for (const HeadlineSection& s : std::as_const(m_sections)) {
        QVERIFY2(s.tiles.size() >= 2 && s.tiles.size() <= 4,
                 qPrintable(QString::number(s.section.number)));
        for (const HeadlineTile& t : s.tiles) {
            QCOMPARE(t.section, s.section.number);
            QVERIFY(!t.value.isEmpty() && !t.period.isEmpty() && t.page > 0);
        }
    }
}

void tst_Headlines::oneFigurePerEntityAndMeasure()
{
    for (const HeadlineSection& s : std::as_const(m_sections)) {
        QSet<QString> entities, measures;
        for (const HeadlineTile& t : s.tiles) {
            if (!t.entity.isEmpty()) {
                QVERIFY2(!entities.contains(t.entity), qPrintable(t.entity));
                entities.insert(t.entity);
            }
            QVERIFY2(!measures.contains(t.measure), qPrintable(t.measure));
            measures.insert(t.measure);
        }
    }
}

// A candidate left out scores no more than the figures chosen, unless its entity or measure
// is already on the board.
void tst_Headlines::bestScoresAreChosen()
{
    for (const HeadlineSection& s : std::as_const(m_sections)) {
        if (s.tiles.size() < 4)
            continue;
        int lowest = INT_MAX;
        QSet<QString> chosen, entities, measures;
        for (const HeadlineTile& t : s.tiles) {
            lowest = std::min(lowest, t.score);
            chosen.insert(t.exhibitId);
            entities.insert(t.entity);
            measures.insert(t.measure);
        }
        for (const HeadlineTile& c : std::as_const(m_candidates)) {
            if (c.section != s.section.number || chosen.contains(c.exhibitId))
                continue;
            const bool blocked = (!c.entity.isEmpty() && entities.contains(c.entity)) ||
                                 measures.contains(c.measure);
            if (!blocked)
                QVERIFY2(c.score <= lowest, qPrintable(c.exhibitId));
        }
    }
}

// Each Overview tile says what it shows in its page's words: every word of its caption is in
// its value's quote or its exhibit's title or headline.
void tst_Headlines::captionsInThePagesWords()
{
    static const QRegularExpression word(QStringLiteral("[\\w%$.,+~-]+"));
    const auto words = [](const QString& text) {
        QSet<QString> out;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
            out.insert(it.next().captured());
        return out;
    };
    int tiles = 0;
    for (const HeadlineSection& section : std::as_const(m_sections)) {
        for (const HeadlineTile& t : section.tiles) {
            ++tiles;
            const auto info = m_db->exhibit(t.exhibitId);
            QVERIFY(info);
            QVERIFY2(!t.caption.isEmpty(), qPrintable(t.exhibitId));
            const QSet<QString> page = words(t.quote) + words(info->title) + words(info->headline);
            for (const QString& w : words(t.caption))
                QVERIFY2(
                    page.contains(w),
                    qPrintable(QStringLiteral("%1: '%2' of '%3'").arg(t.exhibitId, w, t.caption)));
            // Not the value again: the tile prints it large above the caption.
            QVERIFY2(!t.caption.startsWith(t.value), qPrintable(t.caption));
        }
    }
    QVERIFY(tiles >= 20);
}

void tst_Headlines::captionDropsTheValue_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("caption");
    QTest::newRow("patents") << "+6,000 more patents granted in 2024 vs. 2023 (1 year)"
                             << "more patents granted in 2024 vs. 2023 (1 year)";
    QTest::newRow("to") << "+6x to 6MM Developers | +6x to 6MM Developers Over Seven Years"
                        << "Developers Over Seven Years";
    QTest::newRow("decline") << "-105,000x Decline in Energy Required to Generate Token"
                             << "Decline in Energy Required to Generate Token";
    QTest::newRow("leans on the value") << "68% vs. 16% Nineteen Years Ago"
                                        << "Title";
    QTest::newRow("only the value") << "7K"
                                    << "Title";
}

void tst_Headlines::captionDropsTheValue()
{
    QFETCH(QString, quote);
    QFETCH(QString, caption);
    QCOMPARE(tileCaption(quote, QStringLiteral("Title")), caption);
}

namespace {

// The rule as the app applied it before the compiler chose the candidates: every value of
// datapoint_flat read, each exhibit's best kept (the reference the candidates must equal).
struct FlatRow
{
    QString exhibit, title, series, entity, xLabel, start, end, granularity, unit, quantity,
        measure, quote;
    int section = 0, page = 0;
    double value = 0, base = 0;
    bool derived = false;
};

int quantityRank(const QString& quantity)
{
    static const QStringList order{"level", "share", "multiple", "growth"};
    const int i = int(order.indexOf(quantity));
    return i < 0 ? 99 : i;
}

bool better(const FlatRow& a, const FlatRow& b)
{
    if (quantityRank(a.quantity) != quantityRank(b.quantity))
        return quantityRank(a.quantity) < quantityRank(b.quantity);
    if (a.end != b.end)
        return a.end > b.end;
    if (a.derived != b.derived)
        return !a.derived;
    return a.base > b.base;
}

QVector<HeadlineTile> referenceCandidates(const ReportDatabase& db)
{
    const FlatTable flat = db.flat(FlatScope::All);
    const auto c = [&](const char* name) { return int(flat.columns.indexOf(name)); };
    QHash<QString, QSet<QString>> ofEntity, ofMeasure;
    QHash<QString, QVector<FlatRow>> rowsOf;
    QStringList order;
    for (const QVector<QVariant>& r : flat.rows) {
        FlatRow row;
        row.exhibit = r.at(c("exhibit_id")).toString();
        row.entity = r.at(c("entity")).toString();
        row.measure = r.at(c("measure")).toString();
        if (!row.entity.isEmpty())
            ofEntity[row.entity].insert(row.exhibit);
        ofMeasure[row.measure].insert(row.exhibit);
        row.section = r.at(c("section_no")).toInt();
        if (r.at(c("report")).toString() != kBondReportId || r.at(c("value")).isNull() ||
            row.section == 0)
            continue;
        row.title = r.at(c("exhibit_title")).toString();
        row.page = r.at(c("page")).toInt();
        row.series = r.at(c("series")).toString();
        row.xLabel = r.at(c("x_label")).toString();
        row.start = r.at(c("period_start")).toString();
        row.end = r.at(c("period_end")).toString();
        row.granularity = r.at(c("granularity")).toString();
        row.value = r.at(c("value")).toDouble();
        row.base = r.at(c("base_value")).toDouble();
        row.unit = r.at(c("unit")).toString();
        row.quantity = r.at(c("quantity")).toString();
        row.quote = r.at(c("quote")).toString();
        row.derived = r.at(c("status")).toString() == QLatin1String("derived");
        if (quantityRank(row.quantity) == 99 || row.measure == QLatin1String("sample_size"))
            continue;
        if (!rowsOf.contains(row.exhibit))
            order.append(row.exhibit);
        rowsOf[row.exhibit].append(row);
    }
    QVector<HeadlineTile> out;
    for (const QString& exhibit : std::as_const(order)) {
        const QVector<FlatRow>& rows = rowsOf[exhibit];
        const FlatRow* best = &rows.first();
        for (const FlatRow& r : rows) {
            if (better(r, *best))
                best = &r;
        }
        const auto info = db.exhibit(exhibit);
        HeadlineTile t;
        t.exhibitId = exhibit;
        t.exhibitTitle = displayTitle(*info);
        t.section = best->section;
        t.page = best->page;
        t.value = formatValue(best->value, best->unit);
        t.measureId = best->measure;
        t.series = best->series;
        t.entity = best->entity;
        t.period = parsePeriod(best->xLabel.toStdString(), FiscalCalendar{}).period
                       ? best->xLabel
                       : printedPeriod(best->start, best->end, best->granularity);
        if (t.period.isEmpty())
            t.period = info->periodLabel;
        t.derived = best->derived;
        t.quote = best->quote;
        t.caption = tileCaption(best->quote, best->title);
        t.score = int(ofEntity.value(best->entity).size() + ofMeasure.value(best->measure).size());
        if (quantityRank(best->quantity) < 2) {
            for (const FlatRow& r : rows) {
                if (quantityRank(r.quantity) >= 2 && r.entity == best->entity &&
                    r.end == best->end) {
                    t.callout = formatValue(r.value, r.unit);
                    break;
                }
            }
        }
        out.append(t);
    }
    return out;
}

QString describe(const HeadlineTile& t, bool withScore = true)
{
    return QStringList{t.exhibitId,
                       t.exhibitTitle,
                       QString::number(t.section),
                       QString::number(t.page),
                       t.value,
                       t.measureId,
                       t.series,
                       t.entity,
                       t.period,
                       t.derived ? "derived" : "reported",
                       t.quote,
                       t.caption,
                       withScore ? QString::number(t.score) : QString(),
                       t.callout}
        .join(QLatin1Char('|'));
}

// Without scores: every exhibit copied cites each entity and measure as many times more.
QStringList describe(const QVector<HeadlineSection>& board)
{
    QStringList out;
    for (const HeadlineSection& s : board) {
        for (const HeadlineTile& t : s.tiles)
            out.append(QString::number(s.section.number) + QLatin1Char(':') + describe(t, false));
    }
    return out;
}

// The bundled database with every exhibit, series and point copied `copies` times under new
// ids (as benchmarks/scale_db.py copies them) and headline_candidate written again by the
// schema's view.
QString scaledCopy(const QString& dir, int copies, QString* problem)
{
    const QString path = dir + QStringLiteral("/scaled.sqlite");
    if (!QFile::copy(QStringLiteral(TRENDBOARD_BUNDLED_DB), path)) {
        *problem = QStringLiteral("cannot copy the bundled database");
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "scaled");
        db.setDatabaseName(path);
        if (!db.open()) {
            *problem = db.lastError().text();
            return {};
        }
        QSqlQuery q(db);
        const auto columns = [&](const QString& table, const QStringList& skip) {
            QStringList out;
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (q.next()) {
                if (!skip.contains(q.value(1).toString()))
                    out.append(q.value(1).toString());
            }
            return out.join(QLatin1Char(','));
        };
        const QString ex = columns("exhibit", {"id"});
        const QString se = columns("series", {"id", "exhibit_id"});
        const QString dp = columns("datapoint", {"id", "series_id"});
        QStringList statements;
        for (int k = 1; k <= copies; ++k) {
            const QString s = QString::number(k * 1000000);
            statements << QStringLiteral("INSERT INTO exhibit(id, %1) SELECT id || '~%2', %1 "
                                         "FROM exhibit WHERE id NOT LIKE '%~%'")
                              .arg(ex)
                              .arg(k)
                       << QStringLiteral("INSERT INTO series(id, exhibit_id, %1) SELECT id + %2, "
                                         "exhibit_id || '~%3', %1 FROM series WHERE id < 1000000")
                              .arg(se, s)
                              .arg(k)
                       << QStringLiteral("INSERT INTO datapoint(id, series_id, %1) SELECT id + "
                                         "%2, series_id + %2, %1 FROM datapoint WHERE id < 1000000")
                              .arg(dp, s);
        }
        statements << "DELETE FROM headline_candidate"
                   << "INSERT INTO headline_candidate SELECT * FROM headline_candidate_rows";
        for (const QString& sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                *problem = q.lastError().text() + QStringLiteral(": ") + sql;
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scaled"));
    return problem->isEmpty() ? path : QString();
}

} // namespace

// The compiler's candidates are the rule applied to every value of the report: the same figure,
// period, callout, caption and score for every exhibit.
void tst_Headlines::candidatesFollowTheRuleOverEveryValue()
{
    QStringList expected;
    for (const HeadlineTile& t : referenceCandidates(*m_db))
        expected.append(describe(t));
    QStringList actual;
    for (const HeadlineTile& t : std::as_const(m_candidates))
        actual.append(describe(t));
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    QVERIFY(actual.size() > 100);
}

// The board reads a few rows by index: no statement it runs scans exhibit, series or datapoint
// (it read every value of datapoint_flat: 3.3 GB at 1000 times the data).
void tst_Headlines::boardReadsByIndex()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QVERIFY(db.isOpen());
    const QHash<QString, QVariantList> before = db.statementsRun();
    QVERIFY(!chooseHeadlines(db, 4).isEmpty());
    QSqlDatabase plans = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "plans");
    plans.setDatabaseName(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    plans.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(plans.open());
    QHash<QString, QVariantList> ran = db.statementsRun();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        ran.remove(it.key());
    QString error;
    const QVector<queryplans::PlanRow> rows =
        queryplans::planRows(plans, ran, {"exhibit", "series", "datapoint"}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList scans;
    for (const queryplans::PlanRow& row : rows) {
        if (queryplans::scansWatched(row) || row.sql.contains(QLatin1String("datapoint_flat")))
            scans.append(queryplans::describe(row));
    }
    plans.close();
    plans = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plans"));
    QVERIFY2(scans.isEmpty(), qPrintable(scans.join(QLatin1Char('\n'))));
}

// With every exhibit copied, the board reads as many candidates as the report has distinct
// figures (not one per copy) and shows what it shows at the report's size.
void tst_Headlines::boardAtScaleIsTheReportsBoard()
{
    QTemporaryDir dir;
    QString problem;
    const QString path = scaledCopy(dir.path(), 3, &problem);
    QVERIFY2(!path.isEmpty(), qPrintable(problem));
    const ReportDatabase scaled(path);
    QVERIFY2(scaled.isOpen(), qPrintable(scaled.errorString()));
    QCOMPARE(scaled.headlineCandidates(kBondReportId, false).size(), 4 * m_candidates.size());
    QCOMPARE(scaled.headlineCandidates(kBondReportId, true).size(),
             m_db->headlineCandidates(kBondReportId, true).size());
    QCOMPARE(describe(chooseHeadlines(scaled, 4)), describe(m_sections));
}

QTEST_GUILESS_MAIN(tst_Headlines)
#include "tst_headlines.moc"
