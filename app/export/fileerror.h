// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDevice>
#include <QString>

#include <cerrno>

namespace trendboard {

// Why writing `file` failed, in words. Qt reports some failures of the system as 'Unknown
// error' (a full disk, once QSaveFile has removed its temporary file): the system's own error,
// `systemError` (errno right after the failing call), names them ('no space left on device').
QString fileWriteError(const QFileDevice& file, int systemError = errno);

} // namespace trendboard
