// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QAbstractListModel>

namespace trendboard {

// The exhibits of one section, in page order: "p. 38  Global Developers in NVIDIA Ecosystem".
class ExhibitListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ExhibitIdRole = Qt::UserRole + 1,
        PageRole,
        SearchTextRole,
        // The number of values (and text cells) the report's text states for the exhibit: the
        // list marks those with none.
        StatedValuesRole
    };

    explicit ExhibitListModel(QObject* parent = nullptr);

    // Rows reach the view kBatch at a time (canFetchMore/fetchMore), as it scrolls: a section
    // of a large database is not laid out whole. A report's section fits in the first batch.
    static constexpr int kBatch = 500;

    void setExhibits(QVector<ExhibitInfo> exhibits);
    const QVector<ExhibitInfo>& exhibits() const { return m_exhibits; }
    // Every row at once: a filter, a count or a batch export reads them all.
    void fetchAll() { fetchTo(m_exhibits.size()); }
    // The exhibit's row, its batch fetched first where it was not yet; -1 when it is not here.
    int rowOf(const QString& exhibitId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void fetchTo(int rows);

    QVector<ExhibitInfo> m_exhibits;
    int m_fetched = 0; // rows the view has been given
    bool m_resetting = false;
};

} // namespace trendboard
