// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

QT_BEGIN_NAMESPACE
class QSettings;
class QWidget;
QT_END_NAMESPACE

namespace trendboard {

class MainWindow;

// Where a window goes: its frame's top left corner (move) and its client area's size (resize).
struct WindowPlacement
{
    QPoint frameTopLeft;
    QSize clientSize;
};
// A window whose frame and client area were `frame` and `client` (the difference is the window
// manager's title bar and borders), fitted into a screen's available area: the whole frame on
// the screen (never larger than it), moved no more than it must.
WindowPlacement fitWindow(const QRect& frame, const QRect& client, const QRect& available);

// What the window looked like when it was closed, for the next run: its frame and client area,
// toolbars, the tab on show, each tab's exhibit and splitter sizes, the Compare tab's
// selection (the window keys of settings/preferences.h).
void saveWindowState(const MainWindow& window, QSettings& settings);
// Puts it back: the frame where it was, inside the screen the window opens on, an exhibit only
// if the database still has it, a tab only if it still exists.
void restoreWindowState(MainWindow& window, QSettings& settings);
// Moves and shrinks a shown window so that its frame (as the window manager drew it) is inside
// its screen's available area. False when it was already.
bool fitFrameToScreen(QWidget& window);

} // namespace trendboard
