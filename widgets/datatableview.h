// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

signals:
    void rowSelected(int row);
};

} // namespace trendboard
