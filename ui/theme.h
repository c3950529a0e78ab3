// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace trendboard {

// View > Theme. Qt 6.4 on Linux has no colour-scheme API: System keeps the palette and style
// the platform gives (a dark desktop theme included); Light and Dark are Qt's Fusion style
// with its light palette or a dark one.
enum class Theme
{
    System,
    Light,
    Dark
};

QString themeCode(Theme theme);
Theme themeFromCode(const QString& code);
// The theme chosen in View > Theme (Preferences::themeCode), System when none was.
Theme savedTheme();
void saveTheme(Theme theme);
// Applies a theme to the whole application at once; the first call remembers the platform's
// palette and style so that System can return to them.
void applyTheme(Theme theme);

} // namespace trendboard
