// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exhibitlistmodel.h"

#include "text/displaylanguage.h"

#include <QHash>

#include <algorithm>

namespace trendboard {

ExhibitListModel::ExhibitListModel(QObject* parent) : QAbstractListModel(parent) {}

void ExhibitListModel::reset(Source source, int total)
{
    // A view that asks for more while it hears of the reset waits for the reset to end.
    m_resetting = true;
    beginResetModel();
    m_source = source;
    m_total = total;
    m_fetched = std::min(kBatch, total);
    endResetModel();
    m_resetting = false;
}

void ExhibitListModel::keepReadRows()
{
    if (m_readBefore.size() + m_rows.size() > kKeptRows)
        m_readBefore.clear();
    for (ExhibitInfo& e : m_rows) {
        if (m_readBefore.size() >= kKeptRows)
            break;
        m_readBefore.insert(e.id, std::move(e));
    }
    m_rows.clear();
}

void ExhibitListModel::setSection(const ReportDatabase& db, const ReportDatabase::ListScope& scope)
{
    m_readBefore.clear();
    m_db = &db;
    m_scope = scope;
    m_sectionTotal = db.sectionStats(scope).exhibits;
    showAll();
}

void ExhibitListModel::showOnly(const QStringList& ids)
{
    m_ids = ids;
    keepReadRows();
    reset(Source::Ids, int(m_ids.size()));
}

void ExhibitListModel::showAll()
{
    if (!m_db)
        return;
    m_ids.clear();
    keepReadRows();
    reset(Source::Section, m_sectionTotal);
}

void ExhibitListModel::setExhibits(QVector<ExhibitInfo> exhibits)
{
    m_db = nullptr;
    m_ids.clear();
    m_readBefore.clear();
    m_rows = std::move(exhibits);
    reset(Source::Fixed, int(m_rows.size()));
}

const ExhibitInfo* ExhibitListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    if (row >= m_rows.size() && m_db) {
        const int have = int(m_rows.size());
        const int want = std::min(m_total, std::max(row + 1, have + kChunk));
        if (m_source == Source::Section) {
            m_rows +=
                m_db->exhibitsAfter(m_scope, have > 0 ? &m_rows.last() : nullptr, want - have);
        } else if (m_source == Source::Ids) {
            const QStringList ids = m_ids.mid(have, want - have);
            QHash<QString, ExhibitInfo> read;
            QStringList unread;
            for (const QString& id : ids) {
                const auto before = m_readBefore.constFind(id);
                if (before != m_readBefore.cend())
                    read.insert(id, *before);
                else
                    unread.append(id);
            }
            if (!unread.isEmpty()) {
                for (ExhibitInfo& e : m_db->exhibitsByIds(unread))
                    read.insert(e.id, std::move(e));
            }
            // In the list's order; an id no longer in the database keeps its row, with its id.
            for (const QString& id : ids) {
                ExhibitInfo e = read.take(id);
                e.id = id;
                m_rows.append(std::move(e));
            }
        }
    }
    return row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ExhibitListModel::rowOf(const QString& exhibitId)
{
    int row = -1;
    if (m_source == Source::Ids) {
        row = int(m_ids.indexOf(exhibitId));
    } else {
        for (int i = 0; i < m_rows.size() && row < 0; ++i)
            row = m_rows.at(i).id == exhibitId ? i : -1;
        // Not read yet: its place by the index, not by reading the rows before it.
        if (row < 0 && m_source == Source::Section && m_db)
            row = m_db->rowInList(m_scope, exhibitId);
    }
    if (row >= m_total)
        return -1;
    if (row >= 0)
        fetchTo(row + 1);
    return row;
}

int ExhibitListModel::shownRowOf(const QString& exhibitId) const
{
    if (m_source == Source::Ids) {
        const int row = int(m_ids.indexOf(exhibitId));
        return row < m_fetched ? row : -1;
    }
    for (int i = 0; i < std::min<int>(m_fetched, m_rows.size()); ++i) {
        if (m_rows.at(i).id == exhibitId)
            return i;
    }
    return -1;
}

int ExhibitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

bool ExhibitListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && m_fetched < m_total;
}

void ExhibitListModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        fetchTo(m_fetched + kBatch);
}

void ExhibitListModel::fetchTo(int rows)
{
    rows = std::min(rows, m_total);
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
    // A filter's ids are known without reading their rows (the current exhibit, a count).
    if (role == ExhibitIdRole && m_source == Source::Ids)
        return m_ids.at(index.row());
    const ExhibitInfo* row = rowAt(index.row());
    if (!row)
        return {};
    const ExhibitInfo& e = *row;
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
