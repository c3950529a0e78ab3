// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

class tst_Csv : public QObject
{
    Q_OBJECT
private slots:
    void field_data();
    void field();
    void recordsEndInCrlf_data();
    void recordsEndInCrlf();
    void roundTrip();
    void injectionRoundTrip();
    void unwritablePath();
    void malformed();
};

void tst_Csv::field_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant("ChatGPT") << "ChatGPT";
    QTest::newRow("comma") << QVariant("Apple, NVIDIA") << "\"Apple, NVIDIA\"";
    QTest::newRow("quote") << QVariant("say \"hi\"") << "\"say \"\"hi\"\"\"";
    QTest::newRow("formula =") << QVariant("=HYPERLINK(\"x\")") << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << QVariant("+63% Y/Y") << "'+63% Y/Y";
    QTest::newRow("formula -") << QVariant("-$5B") << "'-$5B";
    QTest::newRow("formula @") << QVariant("@SUM(A1)") << "'@SUM(A1)";
    QTest::newRow("negative number stays a number") << QVariant(-5.0) << "-5";
    QTest::newRow("negative integer stays a number") << QVariant(qlonglong(-35)) << "-35";
    QTest::newRow("negative as text is guarded") << QVariant("-35") << "'-35";
    QTest::newRow("formula tab") << QVariant("\tcmd") << "'\tcmd";
    QTest::newRow("formula CR") << QVariant("\rcmd") << "\"'\rcmd\"";
    QTest::newRow("apostrophe before formula") << QVariant("'=1") << "''=1";
    QTest::newRow("large number, no separators") << QVariant(1500000000000.0) << "1500000000000";
    QTest::newRow("decimal point") << QVariant(0.25) << "0.25";
    QTest::newRow("integer") << QVariant(38) << "38";
    QTest::newRow("null") << QVariant() << "";
    QTest::newRow("newline") << QVariant("a\nb") << "\"a\nb\"";
}

void tst_Csv::field()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(csvField(value), expected);
}

void tst_Csv::recordsEndInCrlf_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QVector<QVariantList>>("rows");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("header only") << QStringList{"a", "b"} << QVector<QVariantList>{}
                                 << QByteArray("a,b\r\n");
    QTest::newRow("two rows") << QStringList{"name", "value"}
                              << QVector<QVariantList>{{"ChatGPT", 800.0}, {"Gemini", 400.0}}
                              << QByteArray("name,value\r\nChatGPT,800\r\nGemini,400\r\n");
    QTest::newRow("guarded and quoted")
        << QStringList{"text", "note"} << QVector<QVariantList>{{"=1+1", "a, b"}}
        << QByteArray("text,note\r\n'=1+1,\"a, b\"\r\n");
    QTest::newRow("empty fields") << QStringList{"a", "b", "c"}
                                  << QVector<QVariantList>{{QVariant(), QVariant(), QVariant()}}
                                  << QByteArray("a,b,c\r\n,,\r\n");
    // A line break inside a quoted field is the field's own text, kept as it is.
    QTest::newRow("line break in a field")
        << QStringList{"quote"} << QVector<QVariantList>{{"line\nbreak"}, {"next"}}
        << QByteArray("quote\r\n\"line\nbreak\"\r\nnext\r\n");
    QTest::newRow("UTF-8") << QStringList{"title"} << QVector<QVariantList>{{"人工智能 – AI"}}
                           << QByteArray("title\r\n\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83"
                                         "\xbd \xe2\x80\x93 AI\r\n");
}

void tst_Csv::recordsEndInCrlf()
{
    QFETCH(QStringList, columns);
    QFETCH(QVector<QVariantList>, rows);
    QFETCH(QByteArray, expected);
    FlatTable table;
    table.columns = columns;
    table.rows = rows;
    QTemporaryDir dir;
    const QString path = dir.filePath("out.csv");
    QCOMPARE(writeCsv(table, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expected);
}

void tst_Csv::roundTrip()
{
    FlatTable table;
    table.columns = {"name", "value", "quote"};
    table.rows = {{"a, b", 1.5, "+6x to 6MM"}, {"'=already", QVariant(), "line\nbreak \"q\""}};
    QTemporaryDir dir;
    const QString path = dir.filePath("out.csv");
    QCOMPARE(writeCsv(table, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const auto rows = parseCsv(QString::fromUtf8(f.readAll()), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList{"name", "value", "quote"}));
    QCOMPARE(unguardCsvText(rows.at(1).at(0)), QStringLiteral("a, b"));
    QCOMPARE(rows.at(1).at(1).toDouble(), 1.5);
    QCOMPARE(unguardCsvText(rows.at(1).at(2)), QStringLiteral("+6x to 6MM"));
    QCOMPARE(unguardCsvText(rows.at(2).at(0)), QStringLiteral("'=already"));
    QCOMPARE(rows.at(2).at(1), QString());
    QCOMPARE(unguardCsvText(rows.at(2).at(2)), QStringLiteral("line\nbreak \"q\""));
}

void tst_Csv::injectionRoundTrip()
{
    // Every guarded text comes back as written; numbers come back as numbers.
    const QStringList texts{"=1+1", "+63% Y/Y", "-$5B", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y"};
    FlatTable table;
    table.columns = {"text", "value"};
    for (const QString& t : texts)
        table.rows.append({t, -35.0});
    QTemporaryDir dir;
    const QString path = dir.filePath("guard.csv");
    QCOMPARE(writeCsv(table, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto rows = parseCsv(QString::fromUtf8(f.readAll()));
    QCOMPARE(rows.size(), texts.size() + 1);
    for (int i = 0; i < texts.size(); ++i) {
        const QString cell = rows.at(i + 1).at(0);
        static const QStringList formulaStarts{"=", "+", "-", "@", "\t", "\r"};
        QVERIFY2(!formulaStarts.contains(cell.left(1)), qPrintable(cell));
        QCOMPARE(unguardCsvText(cell), texts.at(i));
        QCOMPARE(rows.at(i + 1).at(1), QStringLiteral("-35"));
    }
}

void tst_Csv::unwritablePath()
{
    FlatTable table;
    table.columns = {"a"};
    const QString problem = writeCsv(table, "/nonexistent-dir/x.csv");
    QVERIFY(problem.contains("/nonexistent-dir/x.csv"));
    QVERIFY(!QFile::exists("/nonexistent-dir/x.csv"));
}

void tst_Csv::malformed()
{
    QString error;
    parseCsv("a,\"b\nc", &error);
    QVERIFY(error.contains("not closed"));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
