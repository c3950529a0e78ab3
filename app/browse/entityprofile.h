// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QStringList>
#include <QVector>

namespace trendboard {

// Everything the reports state about one company, product, country or region, grouped by
// measure: called alike by the profile dialog and by `--profile`.
struct EntityProfile
{
    EntityInfo entity;
    struct Group
    {
        MeasureInfo measure;
        QVector<MeasureValue> values; // in period order
    };
    QVector<Group> groups; // measures with the most values first
    QString error;         // an unknown entity: what was asked and the nearest names
    int analystValues = 0; // values the analyst layer edited or filled in
    int valueCount() const;
};

class AnalystService;

// With an analyst layer, its edited and filled-in values of the entity count too, marked.
EntityProfile entityProfile(const ReportDatabase& db, const QString& nameOrAlias,
                            const AnalystService* analyst = nullptr);

// Entity names nearest to what was typed (a prefix, a part, or a few letters off), best first.
QStringList nearestEntities(const ReportDatabase& db, const QString& typed, int count = 5);

// measure, period, value, unit, base value and unit, status, report, exhibit, page, series,
// quote; for analyst values 'edited' or 'filled', the report's value and the citation.
FlatTable profileTable(const EntityProfile& profile);

// The profile as the dialog shows it: a row a value, in the order of profileTable's rows,
// with the measure's name (as --list-measures prints it), the value as the report prints it
// ('$3.7B'), the exhibit's title and the report's short name. Its columns keep ids
// (measure, period, value, page, quote, exhibit, report, status, series, analyst,
// report_value, citation); profileColumnTitles() gives their headers.
FlatTable profileDisplayTable(const EntityProfile& profile);
// The headers of profileDisplayTable's columns, in the display language.
QStringList profileColumnTitles();
// The exhibit of each of profileDisplayTable's rows.
QStringList profileRowExhibits(const EntityProfile& profile);

} // namespace trendboard
