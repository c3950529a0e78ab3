// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpath.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace trendboard {

QString askExportPath(QWidget* parent, const QString& caption, const QString& fileName,
                      const QString& filter)
{
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace trendboard
