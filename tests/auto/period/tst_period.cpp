// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <QTest>

using namespace trendboard;

class tst_Period : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void estimateFlag();
};

void tst_Period::parses_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("fiscalYearEnd");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("granularity");

    QTest::newRow("year") << "2024"
                          << ""
                          << "2024-01-01"
                          << "2024-12-31"
                          << "year";
    QTest::newRow("estimate year") << "2025E"
                                   << ""
                                   << "2025-01-01"
                                   << "2025-12-31"
                                   << "year";
    QTest::newRow("calendar year") << "C2023"
                                   << ""
                                   << "2023-01-01"
                                   << "2023-12-31"
                                   << "year";
    QTest::newRow("fiscal year NVIDIA") << "F2022"
                                        << "01-31"
                                        << "2021-02-01"
                                        << "2022-01-31"
                                        << "year";
    QTest::newRow("fiscal year Microsoft") << "F2024"
                                           << "06-30"
                                           << "2023-07-01"
                                           << "2024-06-30"
                                           << "year";
    QTest::newRow("fiscal year calendar") << "F2022"
                                          << "12-31"
                                          << "2022-01-01"
                                          << "2022-12-31"
                                          << "year";
    QTest::newRow("quarter") << "Q1:25"
                             << ""
                             << "2025-01-01"
                             << "2025-03-31"
                             << "quarter";
    QTest::newRow("quarter 4") << "Q4:24"
                               << ""
                               << "2024-10-01"
                               << "2024-12-31"
                               << "quarter";
    QTest::newRow("quarter 1Q25") << "1Q25"
                                  << ""
                                  << "2025-01-01"
                                  << "2025-03-31"
                                  << "quarter";
    QTest::newRow("fiscal Q4 NVIDIA") << "FQ4:25"
                                      << "01-31"
                                      << "2024-11-01"
                                      << "2025-01-31"
                                      << "quarter";
    QTest::newRow("fiscal Q1 NVIDIA") << "FQ1:25"
                                      << "01-31"
                                      << "2024-02-01"
                                      << "2024-04-30"
                                      << "quarter";
    QTest::newRow("fiscal Q3 Microsoft") << "FQ3:25"
                                         << "06-30"
                                         << "2025-01-01"
                                         << "2025-03-31"
                                         << "quarter";
    QTest::newRow("half") << "H1:24"
                          << ""
                          << "2024-01-01"
                          << "2024-06-30"
                          << "half";
    QTest::newRow("month") << "4/25"
                           << ""
                           << "2025-04-01"
                           << "2025-04-30"
                           << "month";
    QTest::newRow("month Feb leap") << "2/24"
                                    << ""
                                    << "2024-02-01"
                                    << "2024-02-29"
                                    << "month";
    QTest::newRow("month 1990s") << "10/95"
                                 << ""
                                 << "1995-10-01"
                                 << "1995-10-31"
                                 << "month";
    QTest::newRow("day") << "5/15/25"
                         << ""
                         << "2025-05-15"
                         << "2025-05-15"
                         << "day";
    QTest::newRow("day 1990s") << "12/31/95"
                               << ""
                               << "1995-12-31"
                               << "1995-12-31"
                               << "day";
    QTest::newRow("iso day") << "2024-03-31"
                             << ""
                             << "2024-03-31"
                             << "2024-03-31"
                             << "day";
    QTest::newRow("month range") << "1/19-1/25"
                                 << ""
                                 << "2019-01-01"
                                 << "2025-01-31"
                                 << "range";
    QTest::newRow("month range 10/22-4/25") << "10/22-4/25"
                                            << ""
                                            << "2022-10-01"
                                            << "2025-04-30"
                                            << "range";
    QTest::newRow("year range") << "2014-2024"
                                << ""
                                << "2014-01-01"
                                << "2024-12-31"
                                << "range";
    QTest::newRow("short year range") << "2023-25"
                                      << ""
                                      << "2023-01-01"
                                      << "2025-12-31"
                                      << "range";
    QTest::newRow("en-dash year range") << QString::fromUtf8("2014\u20132024") << ""
                                        << "2014-01-01"
                                        << "2024-12-31"
                                        << "range";
    QTest::newRow("en-dash month range") << QString::fromUtf8("1/19 \u2013 1/25") << ""
                                         << "2019-01-01"
                                         << "2025-01-31"
                                         << "range";
    QTest::newRow("spaces around") << "  2024 "
                                   << ""
                                   << "2024-01-01"
                                   << "2024-12-31"
                                   << "year";
    QTest::newRow("decade") << "1950s"
                            << ""
                            << "1950-01-01"
                            << "1959-12-31"
                            << "decade";
}

void tst_Period::parses()
{
    QFETCH(QString, label);
    QFETCH(QString, fiscalYearEnd);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, granularity);
    std::optional<FiscalCalendar> fiscal;
    if (!fiscalYearEnd.isEmpty())
        fiscal = FiscalCalendar::fromMonthDay(fiscalYearEnd.toStdString());
    const PeriodParse parsed = parsePeriod(label.toStdString(), fiscal);
    QVERIFY2(parsed.period.has_value(), parsed.error.c_str());
    QCOMPARE(QString::fromStdString(parsed.period->startIso()), start);
    QCOMPARE(QString::fromStdString(parsed.period->endIso()), end);
    QCOMPARE(QString::fromStdString(granularityName(parsed.period->granularity)), granularity);
}

void tst_Period::rejects_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("words") << "last year"
                           << "not a period form";
    QTest::newRow("month 13") << "13/25"
                              << "month 13";
    QTest::newRow("month 0") << "0/25"
                             << "month 0";
    QTest::newRow("quarter 5") << "Q5:25"
                               << "not a period form";
    QTest::newRow("no such day") << "2/30/25"
                                 << "no such date";
    QTest::newRow("fiscal without calendar") << "FQ4:25"
                                             << "fiscal year end";
    QTest::newRow("fiscal year without calendar") << "F2022"
                                                  << "fiscal year end";
    QTest::newRow("backwards range") << "2024-2014"
                                     << "ends before";
    QTest::newRow("backwards months") << "4/25-10/22"
                                      << "ends before";
    QTest::newRow("trailing junk") << "2024x"
                                   << "not a period form";
    QTest::newRow("iso bad day") << "2024-02-30"
                                 << "no such date";
    // 30 KB of spaces once overflowed the stack of std::regex_match.
    QTest::newRow("30 KB of spaces") << "2014" + QString(30000, ' ') + "2024"
                                     << "too long";
    QTest::newRow("long digits") << QString(1000, '1') << "too long";
    QTest::newRow("message quotes a prefix") << "x" + QString(500, 'y') << "yyy...";
}

void tst_Period::rejects()
{
    QFETCH(QString, label);
    QFETCH(QString, message);
    const PeriodParse parsed = parsePeriod(label.toStdString());
    QVERIFY(!parsed.period.has_value());
    QVERIFY2(QString::fromStdString(parsed.error).contains(message), parsed.error.c_str());
}

void tst_Period::estimateFlag()
{
    QVERIFY(parsePeriod("2025E").period->estimate);
    QVERIFY(!parsePeriod("2025").period->estimate);
}

QTEST_APPLESS_MAIN(tst_Period)
#include "tst_period.moc"
