#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

class ReportDatabase;

// The analyst database the app uses: --user-db PATH when given, else the default location
// (AnalystDatabase::defaultPath()).
QString analystDatabasePath(const QString& userDb);

// --export-analyst-layer FILE: the whole analyst layer as JSON, written through QSaveFile.
// Returns the exit code: 0, or 1 when the layer is unavailable or the file cannot be written.
int exportAnalystLayer(const ReportDatabase& report, const QString& userDb, const QString& file,
                       QTextStream& out, QTextStream& err);

// --import-analyst-layer FILE: applies every entry or none. Each bad entry and each conflict
// is named on `err` by its position ('values[3].value: not a number'); then exit 1.
int importAnalystLayer(const ReportDatabase& report, const QString& userDb, const QString& file,
                       QTextStream& out, QTextStream& err);

} // namespace trendboard
