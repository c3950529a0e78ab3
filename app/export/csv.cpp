#include "export/csv.h"
#include "export/fileerror.h"

#include "export/exportservice.h"

#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace trendboard {

namespace {
bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// A text needs the guard when it looks like a formula, or is already an apostrophe before one
// (so that unguarding restores exactly what was written).
bool needsGuard(const QString& text)
{
    return startsLikeFormula(text) ||
           (text.startsWith(QLatin1Char('\'')) && needsGuard(text.mid(1)));
}
} // namespace

QString csvField(const QVariant& value)
{
    if (value.isNull())
        return {};
    const int type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::Float) {
        const double d = value.toDouble();
        return std::isfinite(d) ? QString::number(d, 'g', 15) : QString();
    }
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
        type == QMetaType::ULongLong)
        return value.toString();
    QString text = value.toString();
    if (needsGuard(text))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
        text.startsWith(QLatin1Char(' ')))
        text = QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}

FlatTable pointTable(const ExhibitData& data)
{
    FlatTable table;
    // The analyst's values carry the report's value and the analyst's citation and note beside
    // them, so a spreadsheet shows both values as the window does.
    table.columns = {"exhibit",      "series",      "entity",     "x_label",   "period",
                     "value",        "unit",        "base_value", "base_unit", "text_value",
                     "status",       "page",        "derivation", "analyst",   "quote",
                     "report_value", "report_unit", "citation",   "note"};
    for (const SeriesRecord& s : data.series) {
        for (const PointRecord& p : s.points) {
            const QVariant value = p.value ? QVariant(*p.value) : QVariant();
            const QVariant base = p.baseValue ? QVariant(*p.baseValue) : QVariant();
            const QString analyst = analystMarkName(p.analyst);
            table.rows.append({data.info.id, s.name, p.entity.isEmpty() ? s.entity : p.entity,
                               p.xLabel, printedPeriod(p.periodStart, p.periodEnd, p.granularity),
                               value, p.unit, base, p.baseUnit, p.text, p.status,
                               p.page > 0 ? p.page : data.info.page, p.derivation, analyst, p.quote,
                               p.reportValue ? QVariant(*p.reportValue) : QVariant(), p.reportUnit,
                               p.citation, p.annotation});
        }
    }
    return table;
}

QString toTabSeparated(const FlatTable& table)
{
    auto field = [](const QVariant& v) {
        QString text = csvField(v);
        // csvField quotes what holds a comma or a quote; a tab-separated cell needs neither.
        if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')) &&
            text.size() >= 2)
            text =
                text.mid(1, text.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        for (QChar& c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return text;
    };
    QStringList lines;
    lines.append(table.columns.join(QLatin1Char('\t')));
    for (const auto& row : table.rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells.append(field(v));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString unguardCsvText(const QString& field)
{
    if (field.startsWith(QLatin1Char('\'')) && needsGuard(field.mid(1)))
        return field.mid(1);
    return field;
}

QString writeCsv(const FlatTable& table, const QString& path)
{
    const QString refused = checkExportTarget(path);
    if (!refused.isEmpty())
        return refused;
    QSaveFile file(path);
    // Binary mode: the line ends are RFC 4180's CRLF on every platform (a text-mode device
    // would turn them into CR CR LF on Windows).
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, fileWriteError(file));
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    QStringList header;
    for (const QString& c : table.columns)
        header.append(csvField(c));
    // RFC 4180's record end, CRLF, after every record (the last one too, as the LF was): what
    // spreadsheets expect whatever system wrote the file.
    const QLatin1String crlf("\r\n");
    out << header.join(QLatin1Char(',')) << crlf;
    for (const auto& row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant& v : row)
            fields.append(csvField(v));
        out << fields.join(QLatin1Char(',')) << crlf;
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, fileWriteError(file));
    return {};
}

QVector<QStringList> parseCsv(const QString& text, QString* error)
{
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted && error)
        *error = QStringLiteral("line %1: a quoted field is not closed").arg(line);
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace trendboard
