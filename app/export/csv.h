// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <functional>

namespace trendboard {

// One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
// prefixed with an apostrophe; numbers are written as numbers.
QString csvField(const QVariant& value);

// Writes the table as CSV (RFC 4180: records end in CRLF; UTF-8, header row) through QSaveFile: the
// target is replaced only when the whole file is written. Returns an empty string or what went
// wrong.
QString writeCsv(const FlatTable& table, const QString& path);

// The table as the bytes writeCsv writes.
QByteArray csvBytes(const FlatTable& table);

// CSV records written as they come (RFC 4180, as writeCsv): a header, then rows, never a
// whole table in memory.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device);
    void header(const QStringList& columns);
    void row(const QVector<QVariant>& cells);
    int rows() const { return m_rows; }
    bool flush(); // false when the device failed

private:
    QTextStream m_out;
    int m_rows = 0;
};

// Writes what `produce` gives the writer to path (or standard output for "-"), through
// QSaveFile: the target is replaced only when produce returns no error and every byte is
// written. Returns produce's error or what went wrong with the file.
QString writeCsvWith(const QString& path, const std::function<QString(CsvWriter&)>& produce);

// Parses CSV text into rows of fields (quoted fields, doubled quotes, embedded newlines).
// Sets *error to where the text is malformed.
QVector<QStringList> parseCsv(const QString& text, QString* error = nullptr);

// The points of an exhibit as drawn (the analyst layer and a chosen view included), one row
// each: series, entity, label, period, value, unit, base value and unit, text, status, page,
// derivation, analyst, quote. Numbers stay numbers.
FlatTable pointTable(const ExhibitData& data);

// The analyst's columns every CSV of values carries whenever a layer is in use (the window's,
// the command line's, a batch's): analyst (edited or filled), report_value, report_unit,
// citation, note.
const QStringList& analystColumns();
// A point's cells of those columns (empty for the report's own value without a note).
QVector<QVariant> analystCells(const PointRecord& point);

// datapoint_flat rows (ReportDatabase::flat) with the analyst layer laid over, from `overlaid`
// (exhibits after AnalystService::overlay, those of the rows and any others in scope): a value
// the analyst edited replaces the report's (status edited, the report's in report_value), one
// filled in is a row of its own after its exhibit's, and every row gains analystColumns().
// The one builder of those rows for the window and the command line.
FlatTable withAnalystLayer(const FlatTable& flat, const QVector<ExhibitData>& overlaid);

// The table as tab-separated text for the clipboard: a header row, numbers plain, text guarded
// as in CSV (a spreadsheet runs pasted formulas too); tabs and line breaks in text become spaces.
QString toTabSeparated(const FlatTable& table);

// Undoes csvField's formula guard on a text field read back.
QString unguardCsvText(const QString& field);

} // namespace trendboard
