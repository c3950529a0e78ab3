// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace trendboard {

class ExhibitTableModel;

// An exhibit's datapoints laid out as the report's table: one row per x label, one column per
// series. It reads the ExhibitTableModel, so a table exhibit shows exactly the stored cells.
class PivotTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PivotTableModel(ExhibitTableModel* source, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Source row of a cell, -1 for an empty cell; and the cell of a source row.
    int sourceRow(const QModelIndex& index) const;
    QModelIndex cellOf(int sourceRow) const;

private:
    void rebuild();

    QPointer<ExhibitTableModel> m_source;
    QStringList m_rowLabels;
    QStringList m_columnLabels;
    QVector<QVector<int>> m_cells; // [row][column] -> source row or -1
    bool m_transposed = false;     // series down the side when there are more series than labels
};

} // namespace trendboard
