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

    void setExhibits(QVector<ExhibitInfo> exhibits);
    const QVector<ExhibitInfo>& exhibits() const { return m_exhibits; }
    int rowOf(const QString& exhibitId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVector<ExhibitInfo> m_exhibits;
};

} // namespace trendboard
