// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csv.h"
#include "export/fileerror.h"

#include "export/exportservice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
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

const QStringList& analystColumns()
{
    static const QStringList columns{"analyst", "report_value", "report_unit", "citation", "note"};
    return columns;
}

QVector<QVariant> analystCells(const PointRecord& point)
{
    return {analystMarkName(point.analyst),
            point.reportValue ? QVariant(*point.reportValue) : QVariant(), point.reportUnit,
            point.citation, point.annotation};
}

FlatTable pointTable(const ExhibitData& data)
{
    FlatTable table;
    // The analyst's values carry the report's value and the analyst's citation and note beside
    // them, so a spreadsheet shows both values as the window does.
    table.columns = {"exhibit", "series", "entity",     "x_label",   "period",
                     "value",   "unit",   "base_value", "base_unit", "text_value",
                     "status",  "page",   "derivation", "analyst",   "quote"};
    table.columns += analystColumns().mid(1);
    for (const SeriesRecord& s : data.series) {
        for (const PointRecord& p : s.points) {
            const QVariant value = p.value ? QVariant(*p.value) : QVariant();
            const QVariant base = p.baseValue ? QVariant(*p.baseValue) : QVariant();
            const QVector<QVariant> analyst = analystCells(p);
            table.rows.append({data.info.id, s.name, p.entity.isEmpty() ? s.entity : p.entity,
                               p.xLabel, printedPeriod(p.periodStart, p.periodEnd, p.granularity),
                               value, p.unit, base, p.baseUnit, p.text, p.status,
                               p.page > 0 ? p.page : data.info.page, p.derivation, analyst.first(),
                               p.quote});
            table.rows.last() += analyst.mid(1);
        }
    }
    return table;
}

namespace {

// A datapoint_flat cell of a value the analyst filled in, which the view cannot hold: from the
// exhibit, its series and the point, by the view's column name.
QVariant flatCell(const QString& column, const ExhibitInfo& info, const SeriesRecord& series,
                  const PointRecord& p)
{
    const QString entity = p.entity.isEmpty() ? series.entity : p.entity;
    const auto text = [](const QString& t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    if (column == QLatin1String("report"))
        return info.reportId;
    if (column == QLatin1String("section_no"))
        return info.section;
    if (column == QLatin1String("page"))
        return p.page > 0 ? p.page : info.page;
    if (column == QLatin1String("exhibit_id"))
        return info.id;
    if (column == QLatin1String("exhibit_title"))
        return info.title;
    if (column == QLatin1String("exhibit_kind"))
        return chartKindName(info.kind);
    if (column == QLatin1String("series"))
        return series.name;
    if (column == QLatin1String("series_stated"))
        return int(series.stated);
    if (column == QLatin1String("entity"))
        return text(entity);
    if (column == QLatin1String("entity_kind")) // the series' entity's; a row's own is unknown
        return entity == series.entity ? text(series.entityKind) : QVariant();
    if (column == QLatin1String("x_label"))
        return p.xLabel;
    if (column == QLatin1String("period_start"))
        return text(p.periodStart);
    if (column == QLatin1String("period_end"))
        return text(p.periodEnd);
    if (column == QLatin1String("granularity"))
        return text(p.granularity);
    if (column == QLatin1String("text_value"))
        return text(p.text);
    if (column == QLatin1String("quantity"))
        return p.unit == series.unit ? text(series.unitQuantity) : QVariant();
    if (column == QLatin1String("quote"))
        return text(p.quote);
    if (column == QLatin1String("source"))
        return info.source;
    if (column == QLatin1String("measure"))
        return text(p.measure.isEmpty() ? series.measure : p.measure);
    return {}; // datapoint_id, derivation: none; value, unit and status: setAnalystValue
}

// The cells the layer changes in a row: the value, its unit and base, and the status.
void setAnalystValue(QVector<QVariant>& row, const QStringList& columns, const PointRecord& p)
{
    const auto set = [&](const char* name, const QVariant& value) {
        const int c = int(columns.indexOf(QLatin1String(name)));
        if (c >= 0)
            row[c] = value;
    };
    set("value", p.value ? QVariant(*p.value) : QVariant());
    set("unit", p.unit);
    set("base_value", p.baseValue ? QVariant(*p.baseValue) : QVariant());
    set("base_unit", p.baseUnit.isEmpty() ? QVariant() : QVariant(p.baseUnit));
    set("status", p.status);
}

} // namespace

FlatTable withAnalystLayer(const FlatTable& flat, const QVector<ExhibitData>& overlaid)
{
    FlatTable out{flat.columns + analystColumns(), {}};
    const int cExhibit = int(flat.columns.indexOf(QLatin1String("exhibit_id")));
    const int cId = int(flat.columns.indexOf(QLatin1String("datapoint_id")));
    QHash<QString, const ExhibitData*> byExhibit;
    for (const ExhibitData& data : overlaid)
        byExhibit.insert(data.info.id, &data);
    // The values the analyst filled in, as rows after their exhibit's last one.
    const auto filledRows = [&out, &flat](const ExhibitData& data) {
        for (const SeriesRecord& s : data.series) {
            for (const PointRecord& p : s.points) {
                if (p.id != 0)
                    continue; // the report's point: a row of the view
                QVector<QVariant> row;
                for (const QString& column : flat.columns)
                    row.append(flatCell(column, data.info, s, p));
                setAnalystValue(row, flat.columns, p);
                out.rows.append(row + analystCells(p));
            }
        }
    };
    QSet<QString> done;
    for (int r = 0; r < flat.rows.size(); ++r) {
        QVector<QVariant> row = flat.rows.at(r);
        const QString exhibit = cExhibit >= 0 ? row.at(cExhibit).toString() : QString();
        const ExhibitData* data = byExhibit.value(exhibit);
        const PointRecord* point = nullptr;
        for (int s = 0; data && !point && s < data->series.size(); ++s) {
            for (const PointRecord& p : data->series.at(s).points) {
                if (cId >= 0 && p.id != 0 && p.id == row.at(cId).toLongLong())
                    point = &p;
            }
        }
        if (point && point->analyst != AnalystMark::None)
            setAnalystValue(row, flat.columns, *point);
        out.rows.append(
            row + (point ? analystCells(*point) : QVector<QVariant>(analystColumns().size())));
        const bool lastOfExhibit =
            r + 1 == flat.rows.size() || flat.rows.at(r + 1).value(cExhibit).toString() != exhibit;
        if (data && lastOfExhibit && !done.contains(exhibit)) {
            filledRows(*data);
            done.insert(exhibit);
        }
    }
    // Exhibits the report states no value of (p. 19's): the analyst's rows only.
    for (const ExhibitData& data : overlaid) {
        if (!done.contains(data.info.id))
            filledRows(data);
    }
    return out;
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

CsvWriter::CsvWriter(QIODevice& device) : m_out(&device)
{
    m_out.setEncoding(QStringConverter::Utf8);
}

// RFC 4180 records, each ended by CRLF (the last one too): what spreadsheets expect whatever
// system wrote the file.
void CsvWriter::header(const QStringList& columns)
{
    QStringList fields;
    fields.reserve(columns.size());
    for (const QString& c : columns)
        fields.append(csvField(c));
    m_out << fields.join(QLatin1Char(',')) << QLatin1String("\r\n");
}

void CsvWriter::row(const QVector<QVariant>& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant& v : cells)
        fields.append(csvField(v));
    m_out << fields.join(QLatin1Char(',')) << QLatin1String("\r\n");
    ++m_rows;
}

bool CsvWriter::flush()
{
    m_out.flush();
    return m_out.status() == QTextStream::Ok;
}

namespace {
QString writeTable(const FlatTable& table, CsvWriter& writer)
{
    writer.header(table.columns);
    for (const auto& row : table.rows)
        writer.row(row);
    return {};
}
} // namespace

QByteArray csvBytes(const FlatTable& table)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writeTable(table, writer);
    writer.flush();
    return bytes;
}

QString writeCsv(const FlatTable& table, const QString& path)
{
    return writeCsvWith(path, [&table](CsvWriter& writer) { return writeTable(table, writer); });
}

QString writeCsvWith(const QString& path, const std::function<QString(CsvWriter&)>& produce)
{
    if (isStandardOutput(path)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return QCoreApplication::translate("trendboard::ExportService",
                                               "cannot write to standard output: %1").arg(out.errorString());
        CsvWriter writer(out);
        if (const QString problem = produce(writer); !problem.isEmpty())
            return problem;
        if (!writer.flush() || !out.flush())
            return QCoreApplication::translate("trendboard::ExportService",
                                               "cannot write to standard output: %1").arg(out.errorString());
        return {};
    }
    const QString refused = checkExportTarget(path);
    if (!refused.isEmpty())
        return refused;
    QSaveFile file(path);
    // Binary mode: the line ends are RFC 4180's CRLF on every platform (a text-mode device
    // would turn them into CR CR LF on Windows).
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2").arg(path, fileWriteError(file));
    CsvWriter writer(file);
    if (const QString problem = produce(writer); !problem.isEmpty()) {
        file.cancelWriting();
        return problem;
    }
    if (!writer.flush() || !file.commit())
        return QCoreApplication::translate("trendboard::ExportService", "cannot write %1: %2").arg(path, fileWriteError(file));
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
