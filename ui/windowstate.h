// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace trendboard {

class MainWindow;

// What the window looked like when it was closed, for the next run: its geometry and
// toolbars, the tab on show, each tab's exhibit and splitter sizes (group "window").
void saveWindowState(const MainWindow& window, QSettings& settings);
// Puts it back: never larger than the screen the window opens on, an exhibit only if the
// database still has it, a tab only if it still exists.
void restoreWindowState(MainWindow& window, QSettings& settings);

} // namespace trendboard
