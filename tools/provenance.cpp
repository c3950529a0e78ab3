// trendboard-provenance: checks that every datapoint's quote occurs on its page of the report
// text (or the page before or after, as the text's page breaks are approximate) and shows its
// value. Exit 0: all pass; 1: failures (listed); 77: the report text is absent (skipped).
#include "quotecheck.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    if (args.size() != 3) {
        err << "usage: trendboard-provenance DATABASE.sqlite PAGES.json\n";
        return 2;
    }
    QFile pagesFile(args.at(2));
    if (!pagesFile.exists()) {
        out << "SKIP: report text " << args.at(2) << " is not present\n";
        return 77;
    }
    if (!pagesFile.open(QIODevice::ReadOnly)) {
        err << "cannot read " << args.at(2) << '\n';
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(pagesFile.readAll(), &parseError);
    if (!doc.isObject()) {
        err << args.at(2) << ": not a JSON object of pages: " << parseError.errorString() << '\n';
        return 2;
    }
    QHash<int, QString> pages;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList lines;
        for (const QJsonValue& line : it.value().toArray())
            lines.append(line.toString());
        pages.insert(it.key().toInt(), foldWhitespace(lines.join(QLatin1Char(' '))));
    }
    if (!QFileInfo::exists(args.at(1))) {
        err << "database " << args.at(1) << " does not exist\n";
        return 2;
    }
    ScopedConnection connection(args.at(1), OpenMode::ReadOnly);
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT datapoint_id, exhibit_id, page, quote, value, text_value "
                               "FROM datapoint_flat WHERE report = 'bond-ai-2025'"))) {
        err << "cannot read datapoints from " << args.at(1) << '\n';
        return 2;
    }
    int checked = 0;
    int failures = 0;
    while (q.next()) {
        ++checked;
        const QString exhibit = q.value(1).toString();
        const int page = q.value(2).toInt();
        const QString quote = foldWhitespace(q.value(3).toString());
        bool onPage = false;
        for (int p : {page, page - 1, page + 1})
            onPage = onPage || pages.value(p).contains(quote);
        const bool shows = q.value(4).isNull() ? quoteShowsText(quote, q.value(5).toString())
                                               : quoteShowsValue(quote, q.value(4).toDouble());
        if (!onPage || !shows) {
            ++failures;
            err << "FAIL " << exhibit << " p." << page << " datapoint " << q.value(0).toString()
                << ": " << (onPage ? "quote does not show the value" : "quote not on the page")
                << ": \"" << quote << "\"\n";
        }
    }
    out << "provenance: " << checked << " datapoints checked, " << failures << " failed\n";
    if (checked == 0) {
        err << "no datapoints to check\n";
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
