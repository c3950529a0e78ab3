// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace trendboard {

class ReportDatabase;

struct ShortcutEntry
{
    QString what; // the action's text, without its mnemonic
    QKeySequence keys;
    const QAction* action = nullptr;
};

// Every shortcut of the window's actions (menus, the tab keys), read from the actions
// themselves so that Help > Keyboard shortcuts cannot drift from what the keys do.
QVector<ShortcutEntry> windowShortcuts(const QWidget& window);
void showShortcutsDialog(QWidget* window);
// F1, Help > User guide: resources/help/guide.html in a browser dialog.
void showUserGuide(QWidget* parent);
// Version, the report and the data it holds, the licences.
QString aboutText(const ReportDatabase& db);
void showAboutDialog(QWidget* parent, const ReportDatabase& db);

} // namespace trendboard
