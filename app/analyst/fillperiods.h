// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QStringList>

namespace trendboard {

// The most rows a fill-in grid offers (twenty years of months); more are added by hand.
constexpr int kMaxFillInPeriods = 240;

// The periods a fill-in grid offers for an exhibit, as the report prints them: for a period
// axis, every period of its own granularity over its span — its points' granularity, else its
// period's ('10/22-4/25': the months 10/22 … 4/25, not the years 2022 … 2025) — from the
// exhibit's period and its points; for a category axis, the categories its series name.
QStringList fillInPeriods(const ExhibitData& exhibit);

// The grid's periods a series has no point at: for a series the report does not state, every
// one; for a stated series of numbers on a period axis, those between its first and last
// point (p. 61's developers, stated for 2021 and 2025: 2022, 2023, 2024); none for a stated
// table, timeline or category series.
QStringList missingPeriods(const ExhibitData& exhibit, int series);

// The series a fill-in can add to: those the report does not state, and stated series with
// gaps (missingPeriods).
QVector<int> fillableSeries(const ExhibitData& exhibit);

} // namespace trendboard
