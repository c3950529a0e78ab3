// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/headlines.h"
#include "reportdb.h"

#include <QRegularExpression>
#include <QSet>
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

QTEST_GUILESS_MAIN(tst_Headlines)
#include "tst_headlines.moc"
