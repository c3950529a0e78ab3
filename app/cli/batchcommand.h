// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h"
#include "reportdb.h"

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

// --export-all DIR: the batch export of a section (or everything) with its progress on stderr,
// one line per file; the files written on stdout. Exit 0, or 1 when the batch failed.
int runExportAll(const ReportDatabase& db, const CliRequest& request, QTextStream& out,
                 QTextStream& err);

} // namespace trendboard
