// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese of an exhibit's note, axis titles and source line: a table of its own, as few
// exhibits have all of them and lists never need them.
#include "reportdb.h"

#include <QSqlQuery>

namespace trendboard {

void ReportDatabase::readChinese(ExhibitInfo& info) const
{
    QSqlQuery q = run(
        QStringLiteral("SELECT field, text, ours FROM exhibit_zh WHERE exhibit_id = ?"), {info.id});
    const QHash<QString, ChineseText*> fields{{QStringLiteral("note"), &info.noteZh},
                                              {QStringLiteral("x_axis"), &info.xAxisZh},
                                              {QStringLiteral("y_axis"), &info.yAxisZh},
                                              {QStringLiteral("y2_axis"), &info.y2AxisZh},
                                              {QStringLiteral("source"), &info.sourceZh}};
    while (q.next()) {
        if (ChineseText* text = fields.value(q.value(QStringLiteral("field")).toString())) {
            text->text = q.value(QStringLiteral("text")).toString();
            text->ours = q.value(QStringLiteral("ours")).toBool();
        }
    }
    checkFetch(q);
}

} // namespace trendboard
