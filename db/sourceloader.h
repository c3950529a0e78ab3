#pragma once

#include "domain.h"

#include <QString>
#include <QStringList>

namespace trendboard {

// One problem in a data source, located as precisely as the format allows.
struct SourceError
{
    QString file;
    int line = 0; // 1-based, 0 when unknown
    QString exhibit;
    QString message;

    QString toString() const;
};

struct LoadResult
{
    Catalog catalog;
    QVector<SourceError> errors;
    bool ok() const { return errors.isEmpty(); }
};

// Reads and validates the YAML data sources of a folder: report.yaml, units.yaml, entities.yaml
// and every other *.yaml as a section file. Collects every error rather than stopping at the
// first, so that one build run lists them all.
LoadResult loadSources(const QString& dataDir);

} // namespace trendboard
