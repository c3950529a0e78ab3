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

// The analyst layer a command shows: the file --user-db names (which must exist: a typo must
// neither quietly give the report's values only nor create an empty file), else with
// `orDefault` (--annotations asks for the analyst's notes) the default database when there is
// one, else none: the command line otherwise shows the report as it is.
class AnalystLayer
{
public:
    AnalystLayer(const ReportDatabase& report, const QString& userDb, bool orDefault,
                 QTextStream& err);
    ~AnalystLayer();
    AnalystLayer(const AnalystLayer&) = delete;
    AnalystLayer& operator=(const AnalystLayer&) = delete;
    // --user-db named no file, or one that could not be opened: said on `err`.
    bool failed() const { return m_failed; }
    const AnalystService* service() const { return m_service.get(); }
    // Lays the layer over an exhibit's data; empty without a layer.
    std::function<void(ExhibitData&)> overlay() const;

private:
    std::unique_ptr<AnalystDatabase> m_database;
    std::unique_ptr<AnalystService> m_service;
    bool m_failed = false;
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
