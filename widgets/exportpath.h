// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace trendboard {

// A save dialog that opens in the folder of the last export and remembers the new one.
// Empty when the user cancelled.
QString askExportPath(QWidget* parent, const QString& caption, const QString& fileName,
                      const QString& filter);

} // namespace trendboard
