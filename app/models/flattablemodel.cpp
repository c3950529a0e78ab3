// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/flattablemodel.h"

#include "text/valueformat.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace trendboard {

FlatTableModel::FlatTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FlatTableModel::setTable(FlatTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_analystColumn = int(m_table.columns.indexOf(QStringLiteral("analyst")));
    endResetModel();
}

void FlatTableModel::setHeaders(const QStringList& headers)
{
    m_headers = headers;
    if (!m_table.columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_table.columns.size()) - 1);
}

int FlatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int FlatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant FlatTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const QVector<QVariant>& row = m_table.rows.at(index.row());
    const QVariant& cell = row.value(index.column());
    // The analyst's values stand out from the report's, as in an exhibit's table.
    if (m_analystColumn >= 0 && !row.value(m_analystColumn).toString().isEmpty()) {
        if (role == Qt::ForegroundRole)
            return analystInk();
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        // Every digit the value has (a table is read for exact figures; 1.997 is not 2).
        if (cell.typeId() == QMetaType::Double)
            return std::abs(cell.toDouble()) >= 1e6
                       ? formatNumber(cell.toDouble())
                       : QLocale(QLocale::English, QLocale::UnitedStates)
                             .toString(cell.toDouble(), 'g', 12);
        return printableText(cell.toString());
    case Qt::ToolTipRole:
        return printableText(cell.toString());
    case Qt::TextAlignmentRole:
        return cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        return cell;
    default:
        return {};
    }
}

QVariant FlatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section).isEmpty() ? m_table.columns.value(section)
                                                  : m_headers.value(section);
    return section + 1;
}

} // namespace trendboard
