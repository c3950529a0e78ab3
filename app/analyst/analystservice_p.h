// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What analystservice.cpp and analystoverlay.cpp share; not for other files.

#include "analystdb.h"
#include "period.h"
#include "reportdb.h"

#include <QStringList>

#include <optional>

namespace trendboard {

inline const SeriesRecord* findSeries(const ExhibitData& data, const QString& name)
{
    for (const SeriesRecord& s : data.series) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

inline const PointRecord* findPoint(const SeriesRecord& series, const PointKey& key)
{
    for (const PointRecord& p : series.points) {
        if (p.xLabel == key.xLabel && p.entity == key.entity)
            return &p;
    }
    return nullptr;
}

inline const UnitInfo* findUnit(const QVector<UnitInfo>& units, const QString& symbol)
{
    for (const UnitInfo& u : units) {
        if (u.symbol == symbol)
            return &u;
    }
    return nullptr;
}

// A point key as one string, for hashes ('\x1f' is never in a name).
inline QString targetKey(const PointKey& key)
{
    return QStringList{key.exhibitId, key.series, key.xLabel, key.entity}.join(QChar(0x1f));
}

// The period of a label an analyst gives: with the company's fiscal calendar where it has one;
// a fiscal label of a company without one is read with a December year end.
std::optional<Period> analystPeriod(const QString& label,
                                    const std::optional<FiscalCalendar>& fiscal);

} // namespace trendboard
