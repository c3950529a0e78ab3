// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/chinesetext.h"
#include "compiler/reportpages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

Q_DECLARE_METATYPE(ReportPages)

class tst_ReportPages : public QObject
{
    Q_OBJECT
private slots:
    void read_data();
    void read();
    void missingFile();
    void chineseTitlesReadTheSamePages();
};

void tst_ReportPages::read_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<ReportPages>("expected");
    QTest::addColumn<QString>("error");
    QTest::newRow("pages, lines in order")
        << QByteArray(R"({"4": ["AI User + Usage", "800MM"], "12": ["Section 1"]})") << true
        << ReportPages{{4, {"AI User + Usage", "800MM"}}, {12, {"Section 1"}}} << QString();
    QTest::newRow("a page without lines")
        << QByteArray(R"({"7": []})") << true << ReportPages{{7, {}}} << QString();
    QTest::newRow("no pages") << QByteArray("{}") << true << ReportPages{} << QString();
    QTest::newRow("Chinese text") << QByteArray(R"({"5": ["第一部分"]})") << true
                                  << ReportPages{{5, {QStringLiteral("第一部分")}}} << QString();
    QTest::newRow("an array, not an object")
        << QByteArray(R"([["page 1"]])") << false << ReportPages{} << "not a JSON object of pages";
    QTest::newRow("malformed") << QByteArray(R"({"4": ["unclosed)") << false << ReportPages{}
                               << "not a JSON object of pages";
    QTest::newRow("empty file") << QByteArray() << false << ReportPages{}
                                << "not a JSON object of pages";
}

void tst_ReportPages::read()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(ReportPages, expected);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath("pages.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QString problem;
    const std::optional<ReportPages> pages = readReportPages(path, &problem);
    QCOMPARE(pages.has_value(), ok);
    if (ok) {
        QCOMPARE(*pages, expected);
        QVERIFY(problem.isEmpty());
    } else {
        QVERIFY2(problem.contains(error), qPrintable(problem));
        QVERIFY2(problem.contains(path), qPrintable(problem));
    }
}

void tst_ReportPages::missingFile()
{
    QString problem;
    QVERIFY(!readReportPages("/nonexistent-dir/pages.json", &problem));
    QVERIFY2(problem.startsWith("cannot read /nonexistent-dir/pages.json"), qPrintable(problem));
    QVERIFY(!ReportText::fromPagesJson("/nonexistent-dir/pages.json", nullptr));
}

void tst_ReportPages::chineseTitlesReadTheSamePages()
{
    // The compiler's check of Chinese titles reads the file through the same reader: a title
    // split over two lines of the extraction is still found on its page.
    QTemporaryDir dir;
    QFile file(dir.filePath("pages.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"json({"5": ["第一部", "分 ( 百万 )"], "6": ["其他"]})json");
    file.close();
    QString problem;
    const std::optional<ReportText> text = ReportText::fromPagesJson(file.fileName(), &problem);
    QVERIFY2(text, qPrintable(problem));
    QCOMPARE(text->pageCount(), 2);
    QVERIFY(text->containsOnAny(QStringLiteral("第一部分(百万)"), {5}));
    QVERIFY(!text->containsOnAny(QStringLiteral("第一部分"), {6}));
}

QTEST_GUILESS_MAIN(tst_ReportPages)
#include "tst_reportpages.moc"
