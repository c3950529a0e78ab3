// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "deferrediconstyle.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace trendboard {

namespace {

struct PlatformLook
{
    QString style;
    QPalette palette;
};

const PlatformLook& platformLook()
{
    static const PlatformLook look{applicationStyleName(), QApplication::palette()};
    return look;
}

// Fusion's dark palette, as Qt's own examples draw it: light text on dark grey, a blue
// highlight, links light enough to read.
QPalette darkPalette()
{
    const QColor window(53, 53, 53);
    const QColor base(35, 35, 35);
    const QColor text(230, 230, 230);
    const QColor disabled(127, 127, 127);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    p.setColor(QPalette::ToolTipBase, QColor(25, 25, 25));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::LinkVisited, QColor(180, 150, 255));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(80, 80, 80));
    p.setColor(QPalette::Midlight, QColor(66, 66, 66));
    p.setColor(QPalette::Mid, QColor(40, 40, 40));
    p.setColor(QPalette::Dark, QColor(25, 25, 25));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

QString themeCode(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromCode(const QString& code)
{
    if (code == QLatin1String("light"))
        return Theme::Light;
    if (code == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme savedTheme()
{
    return themeFromCode(Preferences().themeCode());
}

void saveTheme(Theme theme)
{
    Preferences().setThemeCode(themeCode(theme));
}

void applyTheme(Theme theme)
{
    const PlatformLook& platform = platformLook();
    // Each style wrapped so that its standard icons load when drawn (deferrediconstyle.h).
    if (theme == Theme::System) {
        if (QStyle* style = QStyleFactory::create(platform.style))
            QApplication::setStyle(new DeferredIconStyle(style));
        QApplication::setPalette(platform.palette);
        return;
    }
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = theme == Theme::Dark ? darkPalette() : fusion->standardPalette();
    QApplication::setStyle(new DeferredIconStyle(fusion)); // the application takes ownership
    QApplication::setPalette(palette);
}

} // namespace trendboard
