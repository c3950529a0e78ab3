// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/quotecheck.h"

#include <QTest>

using namespace trendboard;

// The rule the compiler and the provenance check share: a quote shows its value.
class tst_QuoteCheck : public QObject
{
    Q_OBJECT
private slots:
    void showsValue_data();
    void showsValue();
    void showsText_data();
    void showsText();
};

void tst_QuoteCheck::showsValue_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("shows");
    QTest::newRow("dollars") << "CapEx $212B in 2024" << 212.0 << true;
    QTest::newRow("thousands separator") << "+6,300 more patents" << 6300.0 << true;
    QTest::newRow("decimal") << "+$3.7B -$5B" << 3.7 << true;
    QTest::newRow("negative shown unsigned") << "+$3.7B -$5B" << -5.0 << true;
    QTest::newRow("leading point") << "grew .5% a year" << 0.5 << true;
    QTest::newRow("tilde") << "~2,500" << 2500.0 << true;
    QTest::newRow("absent") << "800MM users" << 80.0 << false;
    QTest::newRow("spelled out") << "+8x to 800MM in Seventeen Months" << 17.0 << true;
    QTest::newRow("n-fold in words") << "a fivefold year-on-year increase" << 5.0 << true;
    QTest::newRow("twice") << "twice as fast" << 2.0 << true;
    QTest::newRow("word inside a word") << "someone" << 1.0 << false;
    QTest::newRow("digits inside a number do not count") << "2,500 days" << 500.0 << false;
    QTest::newRow("year is not the value") << "in 2024" << 24.0 << false;
}

void tst_QuoteCheck::showsValue()
{
    QFETCH(QString, quote);
    QFETCH(double, value);
    QFETCH(bool, shows);
    QCOMPARE(quoteShowsValue(quote, value), shows);
}

void tst_QuoteCheck::showsText_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("shows");
    QTest::newRow("exact") << "4/10: Apple acquires Siri"
                           << "Apple acquires Siri" << true;
    QTest::newRow("case and spaces") << "Apple  acquires\nSiri"
                                     << "apple acquires siri" << true;
    QTest::newRow("line-break hyphen") << "IBM’s chess- playing computer"
                                       << "IBM’s chess-playing computer" << true;
    QTest::newRow("different words") << "Apple acquires Siri"
                                     << "Apple buys Siri" << false;
}

void tst_QuoteCheck::showsText()
{
    QFETCH(QString, quote);
    QFETCH(QString, text);
    QFETCH(bool, shows);
    QCOMPARE(quoteShowsText(quote, text), shows);
}

QTEST_APPLESS_MAIN(tst_QuoteCheck)
#include "tst_quotecheck.moc"
