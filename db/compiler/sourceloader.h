// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiler/chinesetext.h"
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
// first, so that one build run lists them all. With the reports' texts (by report id), every
// Chinese title (title_zh, headline_zh) must be on its page (or the page before or after).
LoadResult loadSources(const QString& dataDir, const ReportTexts* reportTexts = nullptr);

} // namespace trendboard
