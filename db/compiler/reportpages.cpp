// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/reportpages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendboard {

std::optional<ReportPages> readReportPages(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: not a JSON object of pages: %2")
                         .arg(path, parseError.errorString());
        return std::nullopt;
    }
    ReportPages pages;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList lines;
        for (const QJsonValue& line : it.value().toArray())
            lines.append(line.toString());
        pages.insert(it.key().toInt(), lines);
    }
    return pages;
}

} // namespace trendboard
