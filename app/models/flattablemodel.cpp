// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/flattablemodel.h"

#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace trendboard {

namespace {
// The columns' names as the CSV writes them; the table's headers read them in the display
// language (a name not here stays as it is).
const char* const kColumnNames[] = {
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "entity"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "period"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "period_start"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "period_end"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "value"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "unit"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "base_value"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "base_unit"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "status"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "report"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "exhibit_id"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "page"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "stated_value"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "stated_unit"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "quote"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "derivation"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "analyst"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "report_value"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "citation"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "also_stated"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "section_no"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "exhibit_title"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "exhibit_kind"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "series"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "series_stated"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "entity_kind"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "x_label"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "granularity"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "text_value"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "quantity"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "source"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "datapoint_id"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "measure"),
    QT_TRANSLATE_NOOP("trendboard::FlatTableModel", "annotation")};
} // namespace

QString FlatTableModel::columnTitle(const QString& column)
{
    for (const char* name : kColumnNames) {
        if (column == QLatin1String(name))
            return tr(name);
    }
    return column;
}

// The data's words that the display language has names for: statuses, entities, kinds.
QString FlatTableModel::displayedText(const QString& column, const QString& text)
{
    if (column == QLatin1String("status"))
        return statusText(text);
    if (column == QLatin1String("entity"))
        return displayEntityName(text);
    if (column == QLatin1String("entity_kind"))
        return entityKindText(text);
    if (column == QLatin1String("quantity"))
        return quantityText(text);
    if (column == QLatin1String("granularity"))
        return granularityText(text);
    if (column == QLatin1String("base_unit"))
        return baseUnitText(text);
    // A report by its name, not its id (the CSV keeps the id).
    if (column == QLatin1String("report"))
        return displayReportName(text);
    return text;
}

FlatTableModel::FlatTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FlatTableModel::setTable(FlatTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_analystColumn = int(m_table.columns.indexOf(QStringLiteral("analyst")));
    endResetModel();
}

void FlatTableModel::updateTable(FlatTable table)
{
    if (table.columns != m_table.columns || table.rows.size() != m_table.rows.size() ||
        m_table.columns.isEmpty()) {
        setTable(std::move(table));
        return;
    }
    const int last = int(m_table.columns.size()) - 1;
    for (int row = 0; row < m_table.rows.size(); ++row) {
        if (table.rows.at(row) == m_table.rows.at(row))
            continue;
        m_table.rows[row] = std::move(table.rows[row]);
        emit dataChanged(index(row, 0), index(row, last));
    }
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
        return printableText(displayedText(m_table.columns.value(index.column()), cell.toString()));
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
        return m_headers.value(section).isEmpty() ? columnTitle(m_table.columns.value(section))
                                                  : m_headers.value(section);
    return section + 1;
}

} // namespace trendboard
