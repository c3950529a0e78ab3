// SPDX-License-Identifier: GPL-3.0-or-later
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
// one, else none: the command line otherwise shows the report as it is. The layer is opened
// read-only: a command that shows it never creates, upgrades or moves aside a file. A file
// that is not an analyst database, or a damaged one or one of the wrong schema, fails the
// command (failed()), never reads as an empty layer. The one opener of every command that
// shows a layer (--export-*, --compare, --profile and --snapshot).
class AnalystLayer
{
public:
    AnalystLayer(const ReportDatabase& report, const QString& userDb, bool orDefault,
                 QTextStream& err);
    ~AnalystLayer();
    AnalystLayer(const AnalystLayer&) = delete;
    AnalystLayer& operator=(const AnalystLayer&) = delete;
    // The layer asked for could not be opened: said on `err`; the command exits 1.
    bool failed() const { return m_failed; }
    const AnalystService* service() const { return m_service.get(); }
    // The window of --snapshot takes a service it could edit with; a read-only layer refuses.
    AnalystService* service() { return m_service.get(); }
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
