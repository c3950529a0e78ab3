// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese of an exhibit's note, axis titles and source line: a table of its own, as few
// exhibits have all of them and lists never need them.
#include "reportdb.h"

#include <QSqlQuery>

namespace trendboard {

void ReportDatabase::readChinese(ExhibitData& data) const
{
    ExhibitInfo& info = data.info;
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

    QHash<qlonglong, PointRecord*> points;
    for (SeriesRecord& series : data.series) {
        for (PointRecord& point : series.points)
            points.insert(point.id, &point);
    }
    QSqlQuery p = run(QStringLiteral("SELECT z.datapoint_id, z.field, z.text, z.ours "
                                     "FROM series s JOIN datapoint d ON d.series_id = s.id "
                                     "JOIN datapoint_zh z ON z.datapoint_id = d.id "
                                     "WHERE s.exhibit_id = ?"),
                      {info.id});
    while (p.next()) {
        PointRecord* point = points.value(p.value(QStringLiteral("datapoint_id")).toLongLong());
        if (!point)
            continue;
        const QString field = p.value(QStringLiteral("field")).toString();
        ChineseText& text = field == QLatin1String("x") ? point->xLabelZh : point->textZh;
        text.text = p.value(QStringLiteral("text")).toString();
        text.ours = p.value(QStringLiteral("ours")).toBool();
    }
    checkFetch(p);
}

} // namespace trendboard
