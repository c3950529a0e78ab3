// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace trendboard {

// A text line of a figure (title, headline, notes, source): wrapped plain text in the default
// font scaled by `scale`; coloured when `colour` is valid.
QLabel* makeFigureLabel(QWidget* parent, qreal scale, bool bold, const QColor& colour = QColor());

// The style sheet that gives a figure label its text colour.
QString textColourSheet(const QColor& colour);

} // namespace trendboard
