// SPDX-License-Identifier: GPL-3.0-or-later
// ReportDatabase::forEachFlat: datapoint_flat streamed row by row, for CSV files of any size;
// flat() is the same rows held in one table.
#include "reportdb.h"

#include <QSqlError>
#include <QSqlRecord>

namespace trendboard {

bool ReportDatabase::forEachFlat(FlatScope scope, const QVariant& key,
                                 const std::function<void(const QStringList& columns)>& columns,
                                 const std::function<bool(const QVector<QVariant>& row)>& row) const
{
    if (!isOpen())
        return false;
    // The scopes and the order of flat(), which a CSV of either way must match byte for byte.
    QString where;
    QVariantList binds;
    switch (scope) {
    case FlatScope::All:
        where = QStringLiteral("1");
        break;
    case FlatScope::Section:
        where = QStringLiteral("section_no = ?");
        binds << key;
        break;
    case FlatScope::Page:
        // A page of a report that has pages: a note without pages has every value on "1".
        where =
            QStringLiteral("page = ? AND report IN (SELECT id FROM report WHERE page_count > 1)");
        binds << key;
        break;
    case FlatScope::Exhibit:
        where = QStringLiteral("exhibit_id = ?");
        binds << key;
        break;
    }
    // Forward only (run()): the driver keeps the current row, not every row fetched.
    Statement q =
        run(QStringLiteral("SELECT * FROM datapoint_flat WHERE ") + where +
                QStringLiteral(" ORDER BY report, section_no, page, exhibit_id, datapoint_id"),
            binds);
    if (!q.isActive())
        return false; // run() told readError()
    const QSqlRecord record = q.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    columns(names);
    QVector<QVariant> cells(record.count());
    while (q.next()) {
        for (int i = 0; i < record.count(); ++i)
            cells[i] = q.value(i);
        if (!row(cells))
            return true;
    }
    checkFetch(q);
    return !q.lastError().isValid();
}

FlatTable ReportDatabase::flat(FlatScope scope, const QVariant& key) const
{
    FlatTable table;
    forEachFlat(
        scope, key, [&table](const QStringList& columns) { table.columns = columns; },
        [&table](const QVector<QVariant>& row) {
            table.rows.append(row);
            return true;
        });
    return table;
}

} // namespace trendboard
