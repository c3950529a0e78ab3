// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QStringList>

namespace trendboard {

// Views of a chart's values that answer other questions than the levels do: indexed to a
// common start (which grew faster?) and the change between consecutive stated periods.
// Applied to any exhibit or comparison; the stated values themselves are never changed, and
// the report's own growth rates stay beside the computed ones.
enum class Transform
{
    AsStated,
    Indexed, // each series' first stated value = 100
    Growth   // % change from the previous stated period of the same series
};

QString transformName(Transform transform);

struct TransformResult
{
    ExhibitData data;
    QStringList notes; // what was computed from what, and what could not be
};

TransformResult applyTransform(const ExhibitData& exhibit, Transform transform);

} // namespace trendboard
