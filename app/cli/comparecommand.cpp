// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/comparecommand.h"

#include "analyst/analystcli.h"
#include "browse/entityprofile.h"
#include "export/csv.h"
#include "export/exportservice.h"
#include "models/flattablemodel.h"
#include "period.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QCoreApplication>
#include <QTextStream>

namespace trendboard {

namespace {

bool parses(const QString& label)
{
    return label.isEmpty() || parsePeriod(label.trimmed().toStdString()).period.has_value();
}

int readFailure(const ReportDatabase& db, QTextStream& err)
{
    err << "trendboard: " << db.readError() << '\n';
    return 1;
}

} // namespace

QString splitPeriodRange(const QString& range, QString* from, QString* to)
{
    QStringList splits;
    for (int i = 0; i < range.size(); ++i) {
        if (range.at(i) != QLatin1Char(':'))
            continue;
        const QString left = range.left(i).trimmed();
        const QString right = range.mid(i + 1).trimmed();
        if ((left.isEmpty() && right.isEmpty()) || !parses(left) || !parses(right))
            continue;
        *from = left;
        *to = right;
        splits.append(QString::number(i));
    }
    if (splits.size() == 1)
        return {};
    if (splits.isEmpty())
        return QStringLiteral("--period takes FROM:TO with period labels such as 2020:2024, "
                              "Q1:24:Q4:24 or 2023: , not '%1'")
            .arg(range);
    return QStringLiteral("--period '%1' can be split in more than one way").arg(range);
}

int listMeasures(const ReportDatabase& db, QTextStream& out, QTextStream& err)
{
    const QVector<MeasureInfo> measures = db.measures();
    if (!db.readError().isEmpty())
        return readFailure(db, err);
    out << "id\tquantity\tbase unit\tvalues\tentities\tname\n";
    for (const MeasureInfo& m : measures) {
        out << m.id << '\t' << m.quantity << '\t' << m.baseUnit << '\t' << m.datapoints << '\t'
            << m.entities << '\t' << m.name << '\n';
    }
    return 0;
}

int listEntities(const ReportDatabase& db, const QString& kind, QTextStream& out, QTextStream& err)
{
    static const QStringList kinds{"company", "product", "country", "region", "organisation"};
    if (!kind.isEmpty() && !kinds.contains(kind)) {
        err << "trendboard: --kind takes one of " << kinds.join(QStringLiteral(", ")) << ", not '"
            << kind << "'\n";
        return 2;
    }
    const QVector<EntityInfo> entities = db.entities(kind);
    if (!db.readError().isEmpty())
        return readFailure(db, err);
    out << "name\tkind\tparent\tvalues\taliases\n";
    for (const EntityInfo& e : entities) {
        out << e.name << '\t' << e.kind << '\t' << e.parent << '\t' << e.datapoints << '\t'
            << e.aliases.join(QStringLiteral("; ")) << '\n';
    }
    return 0;
}

namespace {
// English prints the CSV's columns and values (scripts read them); Chinese (--lang zh) the
// Compare tab's: its columns' titles, and entities, statuses and reports by their names.
void printTable(const FlatTable& t, QTextStream& out)
{
    const bool chinese = displayLanguage() == DisplayLanguage::Chinese;
    QStringList titles;
    for (const QString& column : t.columns)
        titles.append(chinese ? FlatTableModel::columnTitle(column) : column);
    out << titles.join(QLatin1Char('\t')) << '\n';
    for (const QVector<QVariant>& row : t.rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            const QString text = row.at(i).toString();
            const QString shown =
                chinese ? FlatTableModel::displayedText(t.columns.value(i), text) : text;
            cells.append(printableText(shown).replace(QLatin1Char('\t'), QLatin1Char(' ')));
        }
        out << cells.join(QLatin1Char('\t')) << '\n';
    }
}
} // namespace

int runSearch(const ReportDatabase& db, const QString& text, QTextStream& out, QTextStream& err)
{
    // Each match is read and written in turn (its prepared statement kept): no list of every
    // match's exhibit is held, however many there are.
    const QStringList ids = db.search(text);
    int written = 0;
    for (const QString& id : ids) {
        const auto e = db.exhibit(id);
        if (!e)
            continue;
        if (written++ == 0)
            out << "id\treport\tsection\tpage\ttitle\n";
        out << e->id << '\t' << e->reportId << '\t' << e->section << '\t' << e->page << '\t'
            << printableText(e->title) << '\n';
    }
    if (!db.readError().isEmpty())
        return readFailure(db, err);
    if (written == 0) {
        err << "trendboard: no exhibit matches '" << text << "'\n";
        return 1;
    }
    return 0;
}

int runProfile(const ReportDatabase& db, const QString& entity, const QString& csvFile,
               const QString& userDb, QTextStream& out, QTextStream& err)
{
    const AnalystLayer layer(db, userDb, false, err);
    if (layer.failed())
        return 1;
    const EntityProfile profile = entityProfile(db, entity, layer.service());
    if (!db.readError().isEmpty())
        return readFailure(db, err);
    if (!profile.error.isEmpty()) {
        err << "trendboard: " << profile.error << '\n';
        return 2;
    }
    const FlatTable table = profileTable(profile);
    if (csvFile.isEmpty()) {
        printTable(table, out);
        return 0;
    }
    const QString problem = writeCsv(table, csvFile);
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    noteStream(csvFile, out, err) << csvFile << ": " << table.rows.size() << " values of "
                                  << profile.entity.name << '\n';
    return 0;
}

int runComparison(const ReportDatabase& db, const ComparisonRequest& request, CompareOutput output,
                  const QString& file, const QSize& size, const QString& userDb, QTextStream& out,
                  QTextStream& err)
{
    const AnalystLayer layer(db, userDb, false, err);
    if (layer.failed())
        return 1;
    const Comparison c = compare(db, request, layer.service());
    if (!c.error.isEmpty()) {
        // An unknown measure or entity, or a bad period, is a bad argument (exit 2).
        err << "trendboard: " << c.error << '\n';
        return c.badRequest ? 2 : 1;
    }
    for (const QString& e : c.withoutValues)
        err << "trendboard: "
            << QCoreApplication::translate("trendboard::CompareCommand",
                                           "no stated value of %1 for %2")
                   .arg(displayMeasureName(c.measure.id, c.measure.id), displayEntityName(e))
            << '\n';
    if (c.values.isEmpty()) {
        err << "trendboard: "
            << QCoreApplication::translate("trendboard::CompareCommand", "nothing to compare")
            << '\n';
        return 1;
    }
    QString problem;
    switch (output) {
    case CompareOutput::Table:
        printTable(comparisonTable(c), out);
        return 0;
    case CompareOutput::Csv:
        problem = writeCsv(comparisonTable(c), file);
        break;
    case CompareOutput::Png:
    case CompareOutput::Svg:
        problem = checkExportTarget(file);
        if (problem.isEmpty())
            problem = saveBytes(
                renderFigure(comparisonExhibit(c),
                             output == CompareOutput::Svg ? ImageFormat::Svg : ImageFormat::Png,
                             size),
                file);
        break;
    }
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    // "FILE: 4 values of revenue"; under --lang zh the measure by its Chinese name.
    noteStream(file, out, err) << QCoreApplication::translate("trendboard::CompareCommand",
                                                              "%1: %2 values of %3")
                                      .arg(file)
                                      .arg(c.values.size())
                                      .arg(displayMeasureName(c.measure.id, c.measure.id))
                               << '\n';
    return 0;
}

} // namespace trendboard
