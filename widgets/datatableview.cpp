// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatableview.h"

#include "models/exhibittablemodel.h"

#include <QHeaderView>

namespace trendboard {

DataTableView::DataTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setAccessibleName(tr("Values of this exhibit"));
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
}

void DataTableView::setExhibitModel(ExhibitTableModel* model)
{
    setModel(model);
    // Quote is the last column and stretches.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        resizeColumnsToContents();
        for (int c = 0; c < ExhibitTableModel::QuoteColumn; ++c)
            setColumnWidth(c, std::min(columnWidth(c), 260));
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit rowSelected(current.row());
            });
}

void DataTableView::selectModelRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    if (currentIndex().row() == row)
        return;
    setCurrentIndex(model()->index(row, ExhibitTableModel::SeriesColumn));
    scrollTo(currentIndex());
}

} // namespace trendboard
