// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the files of QtChartsCanvas share (qtchartscanvas.cpp, qtchartsxy.cpp, qtchartsbars.cpp,
// qtchartsannotations.cpp): private to this folder.

#include "reportdb.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>

QT_BEGIN_NAMESPACE
class QFontMetricsF;
class QValueAxis;
QT_END_NAMESPACE

namespace trendboard::chartdetail {

// The longest label handed to Qt Charts: its own eliding takes memory quadratic in a label's
// length, so a longer one is cut here first, with an ellipsis.
constexpr int kMaxChartLabelLength = 120;
QString elidedLabel(const QString& text);
// Qt Charts reads titles, legend names, category and slice labels as rich text: '<b>' would
// vanish and '&' could start an entity. Our texts are plain, so they are escaped for it, and
// control characters (never valid in an SVG) become visible replacement marks.
// Long texts are elided (elidedLabel).
QString chartText(const QString& text);
QStringList chartTexts(const QStringList& texts);
// An axis title for Qt Charts (escaped), broken into lines no wider than `width`.
QString wrappedTitle(const QString& title, const QFontMetricsF& metrics, double width);

// BOND's palette: deep blue first, then red, grey, light blue, orange.
inline const QList<QColor> kPalette{QColor(0x1f, 0x4e, 0x9a), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x7f, 0x7f, 0x7f), QColor(0x5d, 0xa5, 0xda),
                                    QColor(0xf1, 0x8f, 0x1f), QColor(0x2c, 0xa0, 0x2c),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b)};

// A Qt Charts label format that prints a value with its unit: "$@yPointB", "@value%". Qt
// prints the number's own sign, so where values go negative the unit follows the number.
QString labelFormat(const QString& unit, const QString& placeholder, bool hasNegatives);
bool anyNegative(const QVector<double>& values);
// Whether the analyst layer edits or fills in any point of the series.
inline bool anyAnalystValue(const SeriesRecord& record)
{
    return std::any_of(record.points.begin(), record.points.end(),
                       [](const PointRecord& p) { return p.analyst != AnalystMark::None; });
}
void niceRange(QValueAxis* axis, double lo, double hi);

} // namespace trendboard::chartdetail
