// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/csvcommand.h"
#include "export/csv.h"
#include "reportdb.h"

#include <QFile>

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
    void streamedEqualsTable_data();
    void streamedEqualsTable();
    void streamStopsOnProduceError();
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

void tst_Csv::streamedEqualsTable_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QVariant>("key");
    QTest::newRow("all") << "all" << QVariant();
    QTest::newRow("section 2") << "section" << QVariant(2);
    QTest::newRow("page 97") << "page" << QVariant(97);
    QTest::newRow("exhibit") << "exhibit" << QVariant("p055-chatgpt-weekly-users");
}

// --export-csv streams rows from the query to the file; the file is the one the whole table
// (ReportDatabase::flat, writeCsv) gives, byte for byte, formula guard included.
void tst_Csv::streamedEqualsTable()
{
    QFETCH(QString, scope);
    QFETCH(QVariant, key);
    ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    QVERIFY(db.isOpen());
    CliRequest request;
    FlatScope flatScope = FlatScope::Exhibit;
    if (scope == "all") {
        request.all = true;
        flatScope = FlatScope::All;
    } else if (scope == "section") {
        request.section = key.toInt();
        flatScope = FlatScope::Section;
    } else if (scope == "page") {
        request.page = key.toInt();
        flatScope = FlatScope::Page;
    } else {
        request.exhibit = key.toString();
    }
    QTemporaryDir dir;
    request.file = dir.filePath("streamed.csv");
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(runExportCsv(db, request, out, err), 0);
    const FlatTable table = db.flat(flatScope, key);
    QVERIFY(table.rows.size() > 0);
    out.flush();
    QVERIFY2(outText.contains(QString::number(table.rows.size()) + " datapoint"),
             qPrintable(outText));
    QVERIFY(writeCsv(table, dir.filePath("table.csv")).isEmpty());
    QFile streamed(request.file);
    QFile whole(dir.filePath("table.csv"));
    QVERIFY(streamed.open(QIODevice::ReadOnly) && whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = streamed.readAll();
    QCOMPARE(bytes.size(), whole.size());
    QVERIFY(bytes == whole.readAll());
    if (scope == "all") // the guard is there: the report's '+63% quote starts a text cell
        QVERIFY(bytes.contains(",'+"));
}

// A read that fails midway leaves no file: the earlier one stays as it was.
void tst_Csv::streamStopsOnProduceError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("x.csv");
    QVERIFY(writeCsv(FlatTable{{"a"}, {{1}}}, path).isEmpty());
    const QString problem = writeCsvWith(path, [](CsvWriter& writer) {
        writer.header({"a", "b"});
        for (int i = 0; i < 50000; ++i)
            writer.row({i, QStringLiteral("row")});
        return QStringLiteral("the database failed at row 50000");
    });
    QCOMPARE(problem, QStringLiteral("the database failed at row 50000"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("a\r\n1\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"x.csv"});
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
