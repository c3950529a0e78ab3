// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli.h"
#include "reportdb.h"

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

// --export-csv FILE (--page N | --section N | --exhibit ID | --all) [--user-db DB]: the
// datapoint_flat rows of that scope; with a layer, its values and the analyst columns
// (withAnalystLayer, as the window's and a batch's CSV). Exit 0, or 1 when nothing was written.
int runExportCsv(const ReportDatabase& db, const CliRequest& request, QTextStream& out,
                 QTextStream& err);

} // namespace trendboard
