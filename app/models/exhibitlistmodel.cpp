// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exhibitlistmodel.h"

#include "text/displaylanguage.h"

#include <algorithm>

namespace trendboard {

ExhibitListModel::ExhibitListModel(QObject* parent) : QAbstractListModel(parent) {}

void ExhibitListModel::setExhibits(QVector<ExhibitInfo> exhibits)
{
    // A view that asks for more while it hears of the reset waits for the reset to end.
    m_resetting = true;
    beginResetModel();
    m_exhibits = std::move(exhibits);
    m_fetched = std::min<int>(kBatch, m_exhibits.size());
    endResetModel();
    m_resetting = false;
}

int ExhibitListModel::rowOf(const QString& exhibitId)
{
    for (int i = 0; i < m_exhibits.size(); ++i) {
        if (m_exhibits.at(i).id == exhibitId) {
            fetchTo(i + 1);
            return i;
        }
    }
    return -1;
}

int ExhibitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

bool ExhibitListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && m_fetched < m_exhibits.size();
}

void ExhibitListModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        fetchTo(m_fetched + kBatch);
}

void ExhibitListModel::fetchTo(int rows)
{
    rows = std::min<int>(rows, m_exhibits.size());
    if (m_resetting || rows <= m_fetched)
        return;
    beginInsertRows({}, m_fetched, rows - 1);
    m_fetched = rows;
    endInsertRows();
}

QVariant ExhibitListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const ExhibitInfo& e = m_exhibits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("p. %1   %2").arg(e.page).arg(displayTitle(e));
    case Qt::ToolTipRole: {
        const QString headline = displayHeadline(e);
        QString tip = headline.isEmpty() ? displayTitle(e)
                                         : QStringLiteral("%1\n%2").arg(displayTitle(e), headline);
        if (e.statedValues == 0)
            tip += QLatin1Char('\n') +
                   tr("The report's text states no values for this exhibit: it shows what the "
                      "page says.");
        return tip;
    }
    case ExhibitIdRole:
        return e.id;
    case PageRole:
        return e.page;
    case StatedValuesRole:
        return e.statedValues;
    case SearchTextRole:
        return QStringList{
            e.title, e.headline, e.titleZh, e.headlineZh, e.source, e.note, QString::number(e.page)}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

} // namespace trendboard
