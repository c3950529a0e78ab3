// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchlayout.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace trendboard {

QString layOutSearchRows(QSqlDatabase& db)
{
    static const QStringList steps{
        // Each tab's scope (kept where they are: a copy with more exhibits has the same tabs).
        QStringLiteral("INSERT OR IGNORE INTO exhibit_search_scope(report_id, section_no) "
                       "SELECT DISTINCT report_id, section_no FROM exhibit ORDER BY 1, 2"),
        QStringLiteral("CREATE TEMP TABLE search_laid_out AS SELECT * FROM exhibit_search_rows"),
        QStringLiteral("DELETE FROM exhibit_search"),
        QStringLiteral("INSERT INTO exhibit_search(rowid, exhibit_id, title, headline, note, "
                       "source, series, entities) SELECT * FROM temp.search_laid_out"),
        QStringLiteral("DROP TABLE temp.search_laid_out"),
        QStringLiteral("INSERT INTO exhibit_search(exhibit_search) VALUES ('optimize')"),
        // Each row's place: a keystroke's ranking reads whether its exhibit states values by
        // the row's rowid instead of joining exhibit.
        QStringLiteral("DELETE FROM exhibit_search_place"),
        QStringLiteral(
            "INSERT INTO exhibit_search_place(search_rowid, exhibit_id, report_id, section_no, "
            "has_values) SELECT f.rowid, e.id, e.report_id, e.section_no, EXISTS (SELECT 1 "
            "FROM series s JOIN datapoint d ON d.series_id = s.id WHERE s.exhibit_id = e.id) "
            "FROM exhibit_search f JOIN exhibit e ON e.id = f.exhibit_id"),
    };
    QSqlQuery q(db);
    for (const QString& sql : steps) {
        if (!q.exec(sql))
            return QStringLiteral("%1\n  in: %2").arg(q.lastError().text(), sql);
    }
    return {};
}

} // namespace trendboard
