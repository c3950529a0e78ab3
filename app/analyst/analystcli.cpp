#include "analyst/analystcli.h"

#include "analyst/analystservice.h"
#include "export/exportservice.h"
#include "export/fileerror.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
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
    m_database = std::make_unique<AnalystDatabase>(path);
    if (openLayer(*m_database, err))
        m_service = std::make_unique<AnalystService>(report, *m_database);
    else
        m_failed = !userDb.isEmpty();
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
    AnalystDatabase analyst(analystDatabasePath(userDb));
    if (!openLayer(analyst, err))
        return 1;
    const AnalystService service(report, analyst);
    const QString refused = checkExportTarget(file);
    if (!refused.isEmpty()) {
        err << "trendboard: " << refused << '\n';
        return 1;
    }
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly) || target.write(service.exportLayer()) < 0 ||
        !target.commit()) {
        err << "trendboard: cannot write " << file << ": " << fileWriteError(target) << '\n';
        return 1;
    }
    out << file << ": " << analyst.values().size() << " values, " << analyst.annotations().size()
        << " annotations\n";
    return 0;
}

int importAnalystLayer(const ReportDatabase& report, const QString& userDb, const QString& file,
                       QTextStream& out, QTextStream& err)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        err << "trendboard: cannot read " << file << ": " << source.errorString() << '\n';
        return 1;
    }
    const QByteArray json = source.readAll();
    AnalystDatabase analyst(analystDatabasePath(userDb));
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
    out << file << ": imported " << result.values << " values and " << result.annotations
        << " annotations into " << analyst.path() << '\n';
    return 0;
}

} // namespace trendboard
