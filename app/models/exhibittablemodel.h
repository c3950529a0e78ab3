// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace trendboard {

// The datapoints of one exhibit, one row per datapoint, series after series. The data table
// shows it and the chart canvas reads the same model, so both always agree.
class ExhibitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeriesColumn,
        EntityColumn,
        LabelColumn,
        PeriodColumn,
        ValueColumn,
        UnitColumn,
        BaseValueColumn,
        StatusColumn,
        PageColumn,
        QuoteColumn,
        ColumnCount
    };
    enum Role
    {
        SeriesIndexRole = Qt::UserRole + 1,
        PointIndexRole,
        PointIdRole
    };

    explicit ExhibitTableModel(QObject* parent = nullptr);

    void setExhibit(std::optional<ExhibitData> exhibit);
    // The exhibit on show read again (an edit, an undo, an annotation): where its rows are the
    // same points in the same order, only the cells that differ are reported (dataChanged), so
    // the table keeps its selection, scroll and the widths of the columns nothing changed in,
    // and every view redraws without a reset (issue 25: an edit's refresh). Anything else (rows
    // added or gone, another exhibit, a note on the exhibit or a series) resets the model as
    // setExhibit does. Returns whether the cells were updated in place.
    bool updateExhibit(std::optional<ExhibitData> exhibit);
    bool hasExhibit() const { return m_exhibit.has_value(); }
    const ExhibitData& exhibit() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // What the report's unit letters mean (MM = million): the header's tooltip, since the units
    // stay as printed in the Chinese interface too.
    static QString unitsLegend();

    int rowFor(int series, int point) const;
    int firstRowOf(int series) const;
    int seriesOfRow(int row) const;
    int pointOfRow(int row) const;

    // Value of a point converted for plotting: into the exhibit's unit when the point's unit
    // shares its base unit, else the point's own value.
    static std::optional<double> chartValue(const ExhibitData& exhibit, const SeriesRecord& series,
                                            const PointRecord& point);
    static std::optional<QDateTime> periodMidpoint(const PointRecord& point);
    static QString periodText(const PointRecord& point);

private:
    std::optional<ExhibitData> m_exhibit;
    QVector<QPair<int, int>> m_rows; // (series, point)
    QVector<int> m_firstRow;         // per series
};

} // namespace trendboard
