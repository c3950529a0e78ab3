// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace trendboard {

// The application's style with the standard icons a window builds at start (the search
// box's clear button, the menu bar's extension arrows) decoded when first drawn, not when
// asked for. Qt 6.4 decodes such an icon's PNG through QImageReader, which loads every
// image-format plugin (SVG, GIF, ICO, JPEG) to ask each whether it reads PNG: a few
// milliseconds of a start, and a snapshot or a window that never shows those icons pays
// them for nothing. The icons drawn are the base style's own, pixel for pixel.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Takes ownership of base, as QProxyStyle does.
    explicit DeferredIconStyle(QStyle* base);

    QIcon standardIcon(StandardPixmap which, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    // The standard icons deferred: each a style draws from a resource that is never empty.
    static bool defers(StandardPixmap which);
};

// Wraps the application's current style in a DeferredIconStyle (once: a style that already
// is one is left as it is).
void deferStandardIcons();

// The name of the application's style (QStyleFactory's key), looking through the wrapper.
QString applicationStyleName();

} // namespace trendboard
