// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpath.h"

#include "settings/preferences.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace trendboard {

QString askExportPath(QWidget* parent, const QString& caption, const QString& fileName,
                      const QString& filter)
{
    Preferences prefs;
    const QString folder = prefs.exportFolder();
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        prefs.setExportFolder(QFileInfo(path).absolutePath());
    return path;
}

} // namespace trendboard
