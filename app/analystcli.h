#pragma once

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

class AnalystDatabase;
class AnalystService;
class ReportDatabase;

// The analyst layer a reading command shows (--compare, --profile with --user-db FILE): none
// without --user-db, as the command line otherwise shows the report as it is.
class ReadingLayer
{
public:
    // A file that does not exist, or cannot be opened, is said on `err` and failed() is true:
    // a typo must not quietly give the report's values only, nor create an empty file.
    ReadingLayer(const ReportDatabase& report, const QString& userDb, QTextStream& err);
    ~ReadingLayer();
    bool failed() const { return m_failed; }
    const AnalystService* service() const { return m_service.get(); }

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
