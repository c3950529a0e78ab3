#pragma once

#include "reportdb.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace trendboard {

// One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is
// prefixed with an apostrophe; numbers are written as numbers.
QString csvField(const QVariant& value);

// Writes the table as CSV (RFC 4180, UTF-8, header row) through QSaveFile: the target is
// replaced only when the whole file is written. Returns an empty string or what went wrong.
QString writeCsv(const FlatTable& table, const QString& path);

// Parses CSV text into rows of fields (quoted fields, doubled quotes, embedded newlines).
// Sets *error to where the text is malformed.
QVector<QStringList> parseCsv(const QString& text, QString* error = nullptr);

// Undoes csvField's formula guard on a text field read back.
QString unguardCsvText(const QString& field);

} // namespace trendboard
