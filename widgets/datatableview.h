// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTableView>

namespace trendboard {

class ExhibitTableModel;

// The datapoints of the selected exhibit, with their quotes; selecting a row reports it.
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget* parent = nullptr);
    void setExhibitModel(ExhibitTableModel* model);
    void selectModelRow(int row);
    // Rows of these series (hidden on the chart through its legend) are drawn greyed, so that
    // the table says what the chart leaves out while keeping every value at hand.
    void setDimmedSeries(const QSet<int>& series);
    const QSet<int>& dimmedSeries() const { return m_dimmed; }

signals:
    void rowSelected(int row);

private:
    // Sizes the columns first to last to their contents (a new exhibit: all of them).
    void fitColumns(int first, int last);

    QSet<int> m_dimmed;
};

} // namespace trendboard
