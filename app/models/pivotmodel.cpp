// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pivotmodel.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"

namespace trendboard {

PivotTableModel::PivotTableModel(ExhibitTableModel* source, QObject* parent)
    : QAbstractTableModel(parent), m_source(source)
{
    connect(source, &QAbstractItemModel::modelReset, this, &PivotTableModel::rebuild);
    connect(source, &QAbstractItemModel::dataChanged, this, &PivotTableModel::rebuild);
    rebuild();
}

void PivotTableModel::rebuild()
{
    beginResetModel();
    m_rowLabels.clear();
    m_columnLabels.clear();
    m_cells.clear();
    m_transposed = false;
    if (m_source && m_source->hasExhibit()) {
        for (const SeriesRecord& s : m_source->exhibit().series)
            m_columnLabels.append(displaySeriesName(s));
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QString label =
                m_source->index(row, ExhibitTableModel::LabelColumn).data().toString();
            int r = m_rowLabels.indexOf(label);
            if (r < 0) {
                r = m_rowLabels.size();
                m_rowLabels.append(label);
                m_cells.append(QVector<int>(m_columnLabels.size(), -1));
            }
            m_cells[r][m_source->seriesOfRow(row)] = row;
        }
        // The longer dimension runs down the page, as a report table does.
        m_transposed = m_columnLabels.size() > m_rowLabels.size();
        if (m_transposed) {
            QVector<QVector<int>> cells(m_columnLabels.size(),
                                        QVector<int>(m_rowLabels.size(), -1));
            for (int r = 0; r < m_cells.size(); ++r)
                for (int c = 0; c < m_cells.at(r).size(); ++c)
                    cells[c][r] = m_cells.at(r).at(c);
            m_cells = cells;
            std::swap(m_rowLabels, m_columnLabels);
        }
    }
    endResetModel();
}

int PivotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowLabels.size();
}

int PivotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnLabels.size();
}

int PivotTableModel::sourceRow(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_cells.size() ||
        index.column() >= m_cells.at(index.row()).size())
        return -1;
    return m_cells.at(index.row()).at(index.column());
}

QModelIndex PivotTableModel::cellOf(int sourceRow) const
{
    for (int r = 0; r < m_cells.size(); ++r) {
        const int c = m_cells.at(r).indexOf(sourceRow);
        if (c >= 0)
            return index(r, c);
    }
    return {};
}

QVariant PivotTableModel::data(const QModelIndex& index, int role) const
{
    const int row = sourceRow(index);
    if (row < 0 || !m_source)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QModelIndex value = m_source->index(row, ExhibitTableModel::ValueColumn);
        return role == Qt::DisplayRole
                   ? value.data()
                   : m_source->index(row, ExhibitTableModel::QuoteColumn).data(Qt::ToolTipRole);
    }
    return {};
}

QVariant PivotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columnLabels.size() ? m_columnLabels.at(section) : QVariant();
    return section < m_rowLabels.size() ? m_rowLabels.at(section) : QVariant();
}

} // namespace trendboard
