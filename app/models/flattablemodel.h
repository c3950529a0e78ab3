// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QAbstractTableModel>

namespace trendboard {

// Rows of a FlatTable (a comparison's values, a profile) for a table view: the same cells a
// CSV export of it writes, numbers as numbers.
class FlatTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit FlatTableModel(QObject* parent = nullptr);

    void setTable(FlatTable table);
    // The same table with some cells changed (an analyst's edit of a value compared): the rows
    // that changed are redrawn, not the whole table reset and every row measured again. A
    // table of other columns or rows is set as by setTable.
    void updateTable(FlatTable table);
    // Headers to show instead of the column ids (a dialog's human names); ids where empty.
    void setHeaders(const QStringList& headers);
    const FlatTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A column's header in the display language ("entity" reads 实体 in Chinese).
    static QString columnTitle(const QString& column);
    // A cell as shown: statuses, entities, kinds and granularities in the display language.
    static QString displayedText(const QString& column, const QString& text);

private:
    FlatTable m_table;
    QStringList m_headers;
    int m_analystColumn = -1; // 'edited'/'filled' rows are drawn as the analyst's
};

} // namespace trendboard
