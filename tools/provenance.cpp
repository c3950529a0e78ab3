// SPDX-License-Identifier: GPL-3.0-or-later
// trendboard-provenance: checks that every datapoint's quote occurs on its page of the report
// text (or the page before or after, as the text's page breaks are approximate) and shows its
// value. Exit 0: all pass; 1: failures (listed); 77: the report text is absent (skipped).
#include "compiler/derivation.h"
#include "compiler/quotecheck.h"
#include "compiler/reportpages.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

using namespace trendboard;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        err << "usage: trendboard-provenance DATABASE.sqlite PAGES.json [REPORT_ID=TEXT_FILE ...]\n"
               "  PAGES.json: BOND's report text split by page;\n"
               "  REPORT_ID=TEXT_FILE: a second report's whole text (a note without pages)\n";
        return 2;
    }
    // Second reports: their quotes must occur somewhere in their text.
    QHash<QString, QString> wholeTexts;
    for (int i = 3; i < args.size(); ++i) {
        const int eq = args.at(i).indexOf(QLatin1Char('='));
        QFile text(args.at(i).mid(eq + 1));
        if (eq <= 0 || !text.exists()) {
            out << "SKIP: text " << args.at(i) << " is not present\n";
            return 77;
        }
        if (!text.open(QIODevice::ReadOnly)) {
            err << "cannot read " << text.fileName() << '\n';
            return 2;
        }
        wholeTexts.insert(args.at(i).left(eq), foldWhitespace(QString::fromUtf8(text.readAll())));
    }
    if (!QFileInfo::exists(args.at(2))) {
        out << "SKIP: report text " << args.at(2) << " is not present\n";
        return 77;
    }
    QString problem;
    const std::optional<ReportPages> pageLines = readReportPages(args.at(2), &problem);
    if (!pageLines) {
        err << problem << '\n';
        return 2;
    }
    QHash<int, QString> pages;
    for (auto it = pageLines->begin(); it != pageLines->end(); ++it)
        pages.insert(it.key(), foldWhitespace(it.value().join(QLatin1Char(' '))));
    if (!QFileInfo::exists(args.at(1))) {
        err << "database " << args.at(1) << " does not exist\n";
        return 2;
    }
    ScopedConnection connection(args.at(1), OpenMode::ReadOnly);
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT f.datapoint_id, f.exhibit_id, f.page, f.quote, f.value, "
                               "f.text_value, f.status, d.formula, f.report "
                               "FROM datapoint_flat f JOIN datapoint d ON d.id = f.datapoint_id "
                               "ORDER BY f.datapoint_id"))) {
        err << "cannot read datapoints from " << args.at(1) << '\n';
        return 2;
    }
    const int reportColumn = 8;
    QSqlQuery inputs(connection.database());
    inputs.prepare(QStringLiteral("SELECT i.name, d.value, d.status FROM derivation_input i "
                                  "JOIN datapoint d ON d.id = i.input_datapoint_id "
                                  "WHERE i.datapoint_id = ?"));
    int checked = 0;
    int failures = 0;
    int derivations = 0;
    while (q.next()) {
        ++checked;
        const QString exhibit = q.value(1).toString();
        if (q.value(6).toString() == QLatin1String("derived")) {
            // A derived point is checked by its arithmetic; its inputs' quotes are checked as
            // the reported points they are.
            ++derivations;
            inputs.addBindValue(q.value(0));
            QHash<QString, double> values;
            QString problem;
            if (!inputs.exec())
                problem = QStringLiteral("cannot read its inputs");
            while (problem.isEmpty() && inputs.next()) {
                if (inputs.value(2).toString() != QLatin1String("reported") ||
                    inputs.value(1).isNull())
                    problem = QStringLiteral("input %1 is not a reported value")
                                  .arg(inputs.value(0).toString());
                values.insert(inputs.value(0).toString(), inputs.value(1).toDouble());
            }
            const FormulaResult result = evaluateFormula(q.value(7).toString(), values);
            if (problem.isEmpty() && values.isEmpty())
                problem = QStringLiteral("has no inputs");
            if (problem.isEmpty() && !result.value)
                problem = result.error;
            if (problem.isEmpty() && !roundsTo(*result.value, q.value(4).toString()))
                problem = QStringLiteral("formula gives %1").arg(*result.value);
            if (!problem.isEmpty()) {
                ++failures;
                err << "FAIL " << exhibit << " datapoint " << q.value(0).toString()
                    << ": derivation: " << problem << '\n';
            }
            continue;
        }
        const int page = q.value(2).toInt();
        const QString quote = foldWhitespace(q.value(3).toString());
        const QString report = q.value(reportColumn).toString();
        bool onPage = false;
        if (report == QLatin1String("bond-ai-2025")) {
            for (int p : {page, page - 1, page + 1})
                onPage = onPage || pages.value(p).contains(quote);
        } else if (wholeTexts.contains(report)) {
            onPage = wholeTexts.value(report).contains(quote);
        } else {
            ++failures;
            err << "FAIL " << exhibit << ": no text given for report " << report << '\n';
            continue;
        }
        const bool shows = q.value(4).isNull() ? quoteShowsText(quote, q.value(5).toString())
                                               : quoteShowsValue(quote, q.value(4).toDouble());
        if (!onPage || !shows) {
            ++failures;
            err << "FAIL " << exhibit << " p." << page << " datapoint " << q.value(0).toString()
                << ": " << (onPage ? "quote does not show the value" : "quote not on the page")
                << ": \"" << quote << "\"\n";
        }
    }
    out << "provenance: " << checked << " datapoints checked (" << derivations
        << " derivations recomputed), " << failures << " failed\n";
    if (checked == 0) {
        err << "no datapoints to check\n";
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
