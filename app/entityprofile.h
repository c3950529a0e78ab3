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
    int valueCount() const;
};

EntityProfile entityProfile(const ReportDatabase& db, const QString& nameOrAlias);

// Entity names nearest to what was typed (a prefix, a part, or a few letters off), best first.
QStringList nearestEntities(const ReportDatabase& db, const QString& typed, int count = 5);

// measure, period, value, unit, base value and unit, status, report, exhibit, page, quote.
FlatTable profileTable(const EntityProfile& profile);

} // namespace trendboard
