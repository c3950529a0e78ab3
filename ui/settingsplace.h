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

} // namespace trendboard
