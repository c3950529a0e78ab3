// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exhibitlistmodel.h"

#include "text/displaylanguage.h"
namespace trendboard {

ExhibitListModel::ExhibitListModel(QObject* parent) : QAbstractListModel(parent) {}

void ExhibitListModel::setExhibits(QVector<ExhibitInfo> exhibits)
{
    beginResetModel();
    m_exhibits = std::move(exhibits);
    endResetModel();
}

int ExhibitListModel::rowOf(const QString& exhibitId) const
{
    for (int i = 0; i < m_exhibits.size(); ++i) {
        if (m_exhibits.at(i).id == exhibitId)
            return i;
    }
    return -1;
}

int ExhibitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_exhibits.size();
}

QVariant ExhibitListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_exhibits.size())
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
