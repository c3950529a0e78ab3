#pragma once

#include "reportdb.h"

#include <QString>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

class AnalystDatabase;
class AnalystService;
struct CliRequest;

// The analyst layer over the command line's image exports: opened when --user-db names one or
// --annotations asks for its notes (then the default one), as the snapshot shows it. A layer
// that cannot be opened is said on `err`; the exports then show the report as it is.
class AnalystLayer
{
public:
    AnalystLayer(const ReportDatabase& report, const CliRequest& request, QTextStream& err);
    ~AnalystLayer();
    AnalystLayer(const AnalystLayer&) = delete;
    AnalystLayer& operator=(const AnalystLayer&) = delete;
    // Lays the layer over an exhibit's data; empty without a layer.
    std::function<void(ExhibitData&)> overlay() const;

private:
    std::unique_ptr<AnalystDatabase> m_database;
    std::unique_ptr<AnalystService> m_service;
};

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
