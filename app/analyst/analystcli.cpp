// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystcli.h"

#include "analyst/analystservice.h"
#include "export/exportservice.h"
#include "export/fileerror.h"

#include <QFileInfo>
#include <QTextStream>

namespace trendboard {

namespace {

// Opens the layer for a command; a moved-aside file is said on stderr, but the command runs.
bool openLayer(const AnalystDatabase& analyst, QTextStream& err)
{
    if (!analyst.warning().isEmpty())
        err << "trendboard: " << analyst.warning() << '\n';
    if (!analyst.isAvailable()) {
        err << "trendboard: " << analyst.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

QString analystDatabasePath(const QString& userDb)
{
    return userDb.isEmpty() ? AnalystDatabase::defaultPath() : userDb;
}

AnalystLayer::AnalystLayer(const ReportDatabase& report, const QString& userDb, bool orDefault,
                           QTextStream& err)
{
    QString path = userDb;
    if (!userDb.isEmpty() && !QFileInfo(userDb).isFile()) {
        err << "trendboard: --user-db " << userDb << ": no such analyst database\n";
        m_failed = true;
        return;
    }
    if (path.isEmpty() && orDefault && QFileInfo(AnalystDatabase::defaultPath()).isFile())
        path = AnalystDatabase::defaultPath();
    if (path.isEmpty())
        return;
    // A command that shows a layer only reads it: nothing is created, stamped or moved aside.
    m_database = std::make_unique<AnalystDatabase>(path, AnalystDatabase::Access::ReadOnly);
    if (openLayer(*m_database, err))
        m_service = std::make_unique<AnalystService>(report, *m_database);
    else
        m_failed = true; // a layer asked for and unreadable is never shown as an empty one
    err.flush();
}

AnalystLayer::~AnalystLayer()
{
    // The service reads the database until it goes: the service first.
    m_service.reset();
}

std::function<void(ExhibitData&)> AnalystLayer::overlay() const
{
    if (!m_service)
        return {};
    const AnalystService* service = m_service.get();
    return [service](ExhibitData& data) { data = service->overlay(std::move(data)); };
}

int exportAnalystLayer(const ReportDatabase& report, const QString& userDb, const QString& file,
                       QTextStream& out, QTextStream& err)
{
    const QString refused = checkExportTarget(file);
    if (!refused.isEmpty()) {
        err << "trendboard: " << refused << '\n';
        return 1;
    }
    AnalystDatabase analyst(analystDatabasePath(userDb), AnalystDatabase::Access::ReadOnly);
    if (!openLayer(analyst, err))
        return 1;
    const AnalystService service(report, analyst);
    const QByteArray json = service.exportLayer();
    // A read that failed half-way would otherwise export a layer with values missing.
    if (!analyst.readError().isEmpty()) {
        err << "trendboard: " << analyst.readError() << "; nothing was written\n";
        return 1;
    }
    const QString problem = saveBytes(json, file);
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    noteStream(file, out, err) << file << ": " << countOf(analyst.values().size(), "value", "values")
                               << ", "
                               << countOf(analyst.annotations().size(), "annotation", "annotations")
                               << '\n';
    return 0;
}

int importAnalystLayer(const ReportDatabase& report, const QString& userDb, const QString& file,
                       QTextStream& out, QTextStream& err)
{
    QByteArray json;
    if (const QString problem = AnalystDatabase::readLayerFile(file, &json); !problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    // Only the app's own layer is ever moved aside (damaged or newer): a file the user named
    // is refused as it is.
    AnalystDatabase analyst(analystDatabasePath(userDb), userDb.isEmpty()
                                                             ? AnalystDatabase::Access::OwnDefault
                                                             : AnalystDatabase::Access::ReadWrite);
    if (!openLayer(analyst, err))
        return 1;
    AnalystService service(report, analyst);
    const ImportReport result = service.importLayer(json);
    if (!result.applied) {
        for (const QString& problem : result.problems())
            err << "trendboard: " << file << ": " << problem << '\n';
        err << "trendboard: nothing was imported\n";
        return 1;
    }
    out << file << ": imported " << countOf(result.values, "value", "values") << " and "
        << countOf(result.annotations, "annotation", "annotations") << " into " << analyst.path()
        << '\n';
    return 0;
}

} // namespace trendboard
