// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/figurelabels.h"

#include <QLabel>

namespace trendboard {

QLabel* makeFigureLabel(QWidget* parent, qreal scale, bool bold, const QColor& colour)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    if (colour.isValid())
        label->setStyleSheet(textColourSheet(colour));
    return label;
}

QString textColourSheet(const QColor& colour)
{
    return QStringLiteral("color: %1;").arg(colour.name());
}

} // namespace trendboard
