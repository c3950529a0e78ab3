// SPDX-License-Identifier: GPL-3.0-or-later
// The long section of tst_sectiontab's tests at scale, in a copy of the bundled database.
#pragma once

#include "searchlayout.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace longsection {

// A copy of the bundled database whose section 2 is `copies` + 1 times as long (its exhibits
// and their search rows copied under new ids, after the originals on each page, as
// benchmarks/scale_db.py copies them), its count in section_stats to match.
inline QString copy(const QString& dir, int copies)
{
    const QString path = dir + QStringLiteral("/long.sqlite");
    if (!QFile::copy(QStringLiteral(TRENDBOARD_BUNDLED_DB), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "long");
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        QStringList columns;
        q.exec(QStringLiteral("PRAGMA table_info(exhibit)"));
        while (q.next()) {
            if (q.value(1).toString() != QLatin1String("id"))
                columns.append(q.value(1).toString());
        }
        const QString section =
            QStringLiteral("report_id = 'bond-ai-2025' AND section_no = 2 AND id NOT LIKE '%~%'");
        db.transaction(); // one commit, not one a statement
        for (int k = 1; k <= copies; ++k) {
            QStringList values;
            for (const QString& column : std::as_const(columns))
                values.append(column == QLatin1String("ordinal")
                                  ? QStringLiteral("ordinal + %1").arg(k * 10000)
                                  : column);
            q.exec(QStringLiteral("INSERT INTO exhibit(id, %1) SELECT id || '~%2', %3 FROM "
                                  "exhibit WHERE %4")
                       .arg(columns.join(','))
                       .arg(k)
                       .arg(values.join(','), section));
            q.exec(QStringLiteral("INSERT INTO exhibit_search(exhibit_id, title, headline, note, "
                                  "source, series, entities) SELECT exhibit_id || '~%1', title, "
                                  "headline, note, source, series, entities FROM exhibit_search "
                                  "WHERE exhibit_id IN (SELECT id FROM exhibit WHERE %2)")
                       .arg(k)
                       .arg(section));
        }
        // Laid out under their tabs, each with its place, as the compiler writes them.
        if (!trendboard::layOutSearchRows(db).isEmpty())
            return {};
        q.exec(QStringLiteral("UPDATE section_stats SET exhibits = (SELECT COUNT(*) FROM exhibit "
                              "WHERE report_id = 'bond-ai-2025' AND section_no = 2) "
                              "WHERE report_id = 'bond-ai-2025' AND section_no = 2"));
        if (!db.commit())
            return {};
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("long"));
    return path;
}

} // namespace longsection
