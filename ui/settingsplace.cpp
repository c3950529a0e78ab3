// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsplace.h"

#include "analystdb.h"
#include "settings/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace trendboard {

namespace {
const QString kOldName = QStringLiteral("Trendboard");
} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Trendboard"));
    // With no organisation name, QSettings and QStandardPaths use the domain (settings) or
    // nothing (data): trendboard.org/Trendboard.conf and share/Trendboard.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("trendboard.org"));
}

QString adoptOldSettingsPlace()
{
    QSettings settings;
    Preferences prefs(settings);
    if (prefs.adoptedOldPlace())
        return {};
    QStringList done;
    QSettings old(kOldName, kOldName); // native format: Trendboard/Trendboard.conf
    if (settings.allKeys().isEmpty() && QFileInfo::exists(old.fileName())) {
        const QStringList keys = old.allKeys();
        for (const QString& key : keys)
            settings.setValue(key, old.value(key));
        done.append(QStringLiteral("settings copied from %1").arg(old.fileName()));
    }
    // The old data folder was <data>/Trendboard/Trendboard; the new one is <data>/Trendboard.
    const QString newPath = AnalystDatabase::defaultPath();
    const QString oldPath =
        QFileInfo(newPath).dir().filePath(kOldName + QStringLiteral("/analyst.sqlite"));
    if (QFileInfo(oldPath).isFile() && !QFileInfo::exists(newPath)) {
        // A database not checkpointed at its last close has its newest pages in -wal: it
        // moves with the file, or those edits would be lost.
        bool moved = QFile::rename(oldPath, newPath);
        if (moved && QFileInfo::exists(oldPath + QStringLiteral("-wal")))
            moved = QFile::rename(oldPath + QStringLiteral("-wal"), newPath + QStringLiteral("-wal"));
        QFile::remove(oldPath + QStringLiteral("-shm"));
        done.append(moved ? QStringLiteral("analyst database moved from %1 to %2").arg(oldPath, newPath)
                          : QStringLiteral("the analyst database %1 could not be moved to %2")
                                .arg(oldPath, newPath));
    }
    prefs.setAdoptedOldPlace(true);
    return done.join(QStringLiteral("; "));
}

} // namespace trendboard
