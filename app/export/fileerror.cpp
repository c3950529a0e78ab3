// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/fileerror.h"

#include <QCoreApplication>

#include <cstring>

namespace trendboard {

QString fileWriteError(const QFileDevice& file, int systemError)
{
    switch (systemError) {
    case ENOSPC:
        return QCoreApplication::translate("trendboard::ExportService", "no space left on device");
#ifdef EDQUOT
    case EDQUOT:
        return QCoreApplication::translate("trendboard::ExportService", "disk quota exceeded");
#endif
    case EFBIG:
        return QCoreApplication::translate("trendboard::ExportService", "file too large");
    default:
        break;
    }
    const QString qt = file.errorString();
    if ((qt.isEmpty() || qt == QLatin1String("Unknown error")) && systemError != 0)
        return QString::fromLocal8Bit(std::strerror(systemError));
    return qt;
}

} // namespace trendboard
