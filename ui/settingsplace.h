// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trendboard {

// Where Trendboard keeps its settings and its analyst database. Organisation and application
// once shared the name "Trendboard", which made folders Trendboard/Trendboard; the organisation
// is now named by its domain, so the settings are ~/.config/trendboard.org/Trendboard.conf and
// the data folder ~/.local/share/Trendboard.
void setApplicationIdentity();

// Once, on the first start after the change: the settings of the old place are copied into an
// empty new one (the old file stays), and the analyst database of the old data folder moves to
// the new one when none is there yet. Returns what it did, for the log; empty when nothing.
QString adoptOldSettingsPlace();

// The names of what the window keeps between runs (windowstate.cpp), in the group "window".
namespace windowkey {
inline const QString group = QStringLiteral("window");
// QRect: the window's frame (its title bar and borders included), as the window manager placed
// it. Restoring the client area's rectangle as the frame's put it one title bar lower at each
// start.
inline const QString frame = QStringLiteral("frame");
// QRect: the client area at the same time; with the frame it gives the decorations' sizes.
inline const QString client = QStringLiteral("client");
inline const QString maximized = QStringLiteral("maximized");
// QWidget::saveGeometry of earlier versions: read when no frame was saved.
inline const QString oldGeometry = QStringLiteral("geometry");
// The Compare tab's selection: measure, entities, view and period (ComparisonStore::encode).
inline const QString comparison = QStringLiteral("comparison");
} // namespace windowkey

} // namespace trendboard
