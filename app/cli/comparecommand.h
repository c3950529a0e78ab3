// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparisonservice.h"

#include <QSize>

QT_BEGIN_NAMESPACE
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

// The command line's vocabulary and comparison commands, on the same services as the GUI.

// "FROM:TO", either end optional; period labels may hold colons themselves (Q1:24:Q4:24), so
// the split is the one colon where both sides parse. Returns an error message or empty.
QString splitPeriodRange(const QString& range, QString* from, QString* to);

int listMeasures(const ReportDatabase& db, QTextStream& out, QTextStream& err);
int listEntities(const ReportDatabase& db, const QString& kind, QTextStream& out, QTextStream& err);

enum class CompareOutput
{
    Table, // tab-separated rows on stdout
    Csv,
    Png,
    Svg
};

// --profile ENTITY: every value stated about it, by measure; an unknown name exits 2 with the
// nearest names. With a file: the same rows as CSV. With --user-db FILE, the analyst's values
// too, marked in the analyst column.
int runProfile(const ReportDatabase& db, const QString& entity, const QString& csvFile,
               const QString& userDb, QTextStream& out, QTextStream& err);

// --search TEXT: the matching exhibits of both reports (id, report, section, page, title),
// ranked as the tabs' search ranks them.
int runSearch(const ReportDatabase& db, const QString& text, QTextStream& out, QTextStream& err);

// --compare MEASURE --entities A,B: with --user-db FILE, the analyst's values too, marked.
int runComparison(const ReportDatabase& db, const ComparisonRequest& request, CompareOutput output,
                  const QString& file, const QSize& size, const QString& userDb, QTextStream& out,
                  QTextStream& err);

} // namespace trendboard
