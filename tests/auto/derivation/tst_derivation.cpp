// SPDX-License-Identifier: GPL-3.0-or-later
// Derived values: the compiler's formula evaluator (precedence, parentheses, errors), its
// rounding check, and the loader's checks of a derived point (inputs, formula, quote).
#include "compiler/catalogwriter.h"
#include "compiler/derivation.h"
#include "compiler/sourceloader.h"

#include "../sourceloader/sourcefixture.h"

#include <QTest>

using namespace trendboard;
using namespace sourcefixture;

class tst_Derivation : public QObject
{
    Q_OBJECT
private slots:
    void derivedPointChecked_data();
    void derivedPointChecked();
    void formulaArithmetic_data();
    void formulaArithmetic();
    void roundingLimits_data();
    void roundingLimits();
};

void tst_Derivation::derivedPointChecked_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << ""
                           << ""
                           << "";
    QTest::newRow("does not round") << "value: 130"
                                    << "value: 140"
                                    << "does not round to 140";
    QTest::newRow("missing input") << "x: '2024'}\n              b:"
                                   << "x: '2022'}\n              b:"
                                   << "is not a point of the database";
    QTest::newRow("unknown name in formula") << "a / (1 + b / 100)"
                                             << "a / (1 + c / 100)"
                                             << "not one of its inputs";
    QTest::newRow("no derivation") << "            derivation: $212B / 1.63, a year before 2024\n"
                                   << ""
                                   << "needs a derivation";
    QTest::newRow("own quote") << "            status: derived\n"
                               << "            status: derived\n            quote: 130\n"
                               << "not its own";
    // The error names the point (series and x) and the exhibit, not only the arithmetic.
    QTest::newRow("division by zero")
        << "a / (1 + b / 100)"
        << "a / (b - 63)"
        << "p006-capex: series 'CapEx before', x '2023': formula 'a / (b - 63)': division by zero";
    QTest::newRow("derivation in Chinese")
        << "            derivation: $212B / 1.63, a year before 2024\n"
        << "            derivation: $212B / 1.63, a year before 2024\n"
           "            derivation_zh: 2024 年的 $212B 除以 1.63\n"
        << "";
    QTest::newRow("derivation in Chinese not Chinese")
        << "            derivation: $212B / 1.63, a year before 2024\n"
        << "            derivation: $212B / 1.63, a year before 2024\n"
           "            derivation_zh: 212 / 1.63\n"
        << "derivation_zh: '212 / 1.63' has no Chinese";
    QTest::newRow("derivation in Chinese on a reported point")
        << "            quote: CapEx $212B in 2024\n"
        << "            quote: CapEx $212B in 2024\n            derivation_zh: 报告值\n"
        << "derivation_zh on a point that is not derived";
    QTest::newRow("category label in Chinese, ours")
        << "            quote: CapEx $212B in 2024\n"
        << "            quote: CapEx $212B in 2024\n            x_zh_ours: 二〇二四年\n"
        << "";
    QTest::newRow("text cell in Chinese on a value")
        << "            quote: CapEx $212B in 2024\n"
        << "            quote: CapEx $212B in 2024\n            text_zh_ours: 资本支出\n"
        << "text_zh on a point without a text";
    QTest::newRow("deep formula") << "a / (1 + b / 100)"
                                  << QString(200, '(') + "a" + QString(200, ')') << "formula";
}

void tst_Derivation::derivedPointChecked()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    QString text = QString::fromUtf8(kValid) + QString::fromUtf8(kDerived).mid(1);
    if (!from.isEmpty()) {
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
    }
    Fixture f(text.toUtf8());
    const LoadResult r = loadSources(f.dir.path());
    QStringList all;
    for (const SourceError& e : r.errors)
        all.append(e.toString());
    if (message.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(all.join('\n')));
        const Datapoint& derived = r.catalog.exhibits.first().series.at(2).points.first();
        QCOMPARE(derived.status, QStringLiteral("derived"));
        QCOMPARE(derived.inputs.size(), 2);
        QCOMPARE(r.catalog.exhibits.first().series.first().points.first().xLabelZh.ours,
                 to.contains("x_zh_ours"));
        QCOMPARE(derived.derivationZh, to.contains("derivation_zh")
                                           ? QStringLiteral("2024 年的 $212B 除以 1.63")
                                           : QString());
        QCOMPARE(writeCatalog(r.catalog, f.dir.filePath("out.sqlite")), QString());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(all.join('\n').contains(message), qPrintable(all.join('\n')));
}

// The derivations' arithmetic: precedence, parentheses, unary minus, and errors that say
// what is wrong.
void tst_Derivation::formulaArithmetic_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("error"); // empty: the formula gives `expected`
    QTest::newRow("number") << "42" << 42.0 << "";
    QTest::newRow("input") << "a" << 212.0 << "";
    QTest::newRow("* before +") << "1 + 2 * 3" << 7.0 << "";
    QTest::newRow("/ before -") << "10 - 6 / 2" << 7.0 << "";
    QTest::newRow("left to right -") << "10 - 4 - 3" << 3.0 << "";
    QTest::newRow("left to right /") << "64 / 4 / 2" << 8.0 << "";
    QTest::newRow("parentheses") << "(1 + 2) * 3" << 9.0 << "";
    QTest::newRow("nested") << "a / (1 + b / 100)" << 212.0 / 1.63 << "";
    QTest::newRow("unary minus") << "-a + 300" << 88.0 << "";
    QTest::newRow("minus parentheses") << "-(b - 3) * 2" << -120.0 << "";
    QTest::newRow("spaces") << "  a*2  " << 424.0 << "";
    QTest::newRow("decimal") << ".5 * 4" << 2.0 << "";
    QTest::newRow("division by zero") << "a / 0" << 0.0 << "division by zero";
    QTest::newRow("zero by subtraction") << "a / (b - 63)" << 0.0 << "division by zero";
    QTest::newRow("unknown name") << "a * c" << 0.0 << "'c', which is not one of its inputs";
    QTest::newRow("missing )") << "(a + 1" << 0.0 << "missing ')'";
    QTest::newRow("trailing") << "a 2" << 0.0 << "unexpected '2' at position 3";
    QTest::newRow("ends early") << "a +" << 0.0 << "ends too early";
    QTest::newRow("two dots") << "1.2.3" << 0.0 << "'1.2.3' is not a number";
    QTest::newRow("too deep") << QString(40, '(') + "a" + QString(40, ')') << 0.0
                              << "nested too deeply";
    QTest::newRow("too long") << "a" + QString(100, ' ') + "+" + QString(100, ' ') + "1" << 0.0
                              << "longer than 200 characters";
}

void tst_Derivation::formulaArithmetic()
{
    QFETCH(QString, formula);
    QFETCH(double, expected);
    QFETCH(QString, error);
    const FormulaResult r = evaluateFormula(formula, {{"a", 212.0}, {"b", 63.0}});
    if (error.isEmpty()) {
        QVERIFY2(r.value, qPrintable(r.error));
        QCOMPARE(*r.value, expected);
        QVERIFY(r.error.isEmpty());
    } else {
        QVERIFY(!r.value);
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
    }
}

// A derived value matches the value as written within half a unit of its last digit.
void tst_Derivation::roundingLimits_data()
{
    QTest::addColumn<double>("computed");
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("rounds");
    QTest::newRow("whole, exact") << 107.0 << "107" << true;
    QTest::newRow("whole, lower limit") << 106.5 << "107" << true;
    QTest::newRow("whole, upper limit") << 107.5 << "107" << true;
    QTest::newRow("whole, below") << 106.49 << "107" << false;
    QTest::newRow("whole, above") << 107.51 << "107" << false;
    QTest::newRow("one decimal, lower") << 2.45 << "2.5" << true;
    QTest::newRow("one decimal, upper") << 2.55 << "2.5" << true;
    QTest::newRow("one decimal, out") << 2.56 << "2.5" << false;
    QTest::newRow("two decimals") << 0.125 << "0.13" << true;
    QTest::newRow("two decimals, out") << 0.1249 << "0.13" << false;
    QTest::newRow("trailing zero is precise") << 2.04 << "2.0" << true;
    QTest::newRow("trailing zero, out") << 2.06 << "2.0" << false;
    QTest::newRow("exponent") << 1.23e9 << "1.23e9" << true;
    QTest::newRow("not a number") << 1.0 << "one" << false;
    QTest::newRow("infinite") << qInf() << "1" << false;
    QTest::newRow("212 / 1.63") << 212.0 / 1.63 << "130" << true;
}

void tst_Derivation::roundingLimits()
{
    QFETCH(double, computed);
    QFETCH(QString, written);
    QFETCH(bool, rounds);
    QCOMPARE(roundsTo(computed, written), rounds);
}

QTEST_GUILESS_MAIN(tst_Derivation)
#include "tst_derivation.moc"
