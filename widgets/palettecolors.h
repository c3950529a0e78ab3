// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace trendboard {

// The few colours the widgets choose themselves, readable on a light and on a dark palette
// (View > Theme > Dark, or a dark desktop theme).
inline bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A message that something is wrong (a value that does not parse).
inline QColor problemTextColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

// The background of a field whose text does not parse.
inline QColor problemBaseColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x6b, 0x2b, 0x2b) : QColor(0xfd, 0xe2, 0xe1);
}

// Growth the report prints beside a figure (+63% Y/Y).
inline QColor growthTextColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x6f, 0xcf, 0x8a) : QColor(0x1f, 0x7a, 0x3a);
}

inline QString colorStyleSheet(const QColor& color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace trendboard
