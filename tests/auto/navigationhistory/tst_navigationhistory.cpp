// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/navigationhistory.h"

#include <QTest>

using namespace trendboard;

class tst_NavigationHistory : public QObject
{
    Q_OBJECT
private slots:
    void emptyHasNowhereToGo();
    void backAndForward();
    void visitAfterBackDropsForward();
    void repeatedVisitIsOneEntry();
    void keepsALimitedPast();
};

void tst_NavigationHistory::emptyHasNowhereToGo()
{
    NavigationHistory h;
    QVERIFY(!h.back());
    QVERIFY(!h.forward());
    QVERIFY(!h.current());
}

void tst_NavigationHistory::backAndForward()
{
    NavigationHistory h;
    h.visit({1, "a"});
    h.visit({2, "b"});
    h.visit({2, "c"});
    QCOMPARE(*h.back(), (Location{2, "b"}));
    QCOMPARE(*h.back(), (Location{1, "a"}));
    QVERIFY(!h.back());
    QCOMPARE(*h.forward(), (Location{2, "b"}));
    QCOMPARE(*h.forward(), (Location{2, "c"}));
    QVERIFY(!h.forward());
}

void tst_NavigationHistory::visitAfterBackDropsForward()
{
    NavigationHistory h;
    h.visit({1, "a"});
    h.visit({1, "b"});
    h.visit({1, "c"});
    h.back();
    h.back();
    h.visit({3, "x"});
    QVERIFY(!h.canGoForward());
    QCOMPARE(*h.back(), (Location{1, "a"}));
}

void tst_NavigationHistory::repeatedVisitIsOneEntry()
{
    NavigationHistory h;
    h.visit({1, "a"});
    h.visit({1, "a"});
    h.visit({1, "b"});
    QCOMPARE(*h.back(), (Location{1, "a"}));
    QVERIFY(!h.canGoBack());
}

void tst_NavigationHistory::keepsALimitedPast()
{
    NavigationHistory h;
    for (int i = 0; i < 1000; ++i)
        h.visit({0, QString::number(i)});
    int steps = 0;
    while (h.back())
        ++steps;
    QVERIFY(steps > 50 && steps < 1000);
    QCOMPARE(h.current()->exhibit, QString::number(999 - steps));
}

QTEST_GUILESS_MAIN(tst_NavigationHistory)
#include "tst_navigationhistory.moc"
