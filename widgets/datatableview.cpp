// SPDX-License-Identifier: GPL-3.0-or-later
#include "datatableview.h"

#include "models/exhibittablemodel.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace trendboard {

namespace {

// Greys the cells of dimmed series: the disabled text colour, in italics.
class DimmedRowDelegate : public QStyledItemDelegate
{
public:
    DimmedRowDelegate(const QSet<int>& dimmed, QObject* parent)
        : QStyledItemDelegate(parent), m_dimmed(dimmed)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!m_dimmed.contains(index.data(ExhibitTableModel::SeriesIndexRole).toInt()))
            return;
        const QColor grey = option->palette.color(QPalette::Disabled, QPalette::Text);
        option->palette.setColor(QPalette::Text, grey);
        option->palette.setColor(QPalette::HighlightedText, grey);
        option->font.setItalic(true);
    }

private:
    const QSet<int>& m_dimmed;
};

} // namespace

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
    setItemDelegate(new DimmedRowDelegate(m_dimmed, this));
}

void DataTableView::setDimmedSeries(const QSet<int>& series)
{
    if (series == m_dimmed)
        return;
    m_dimmed = series;
    viewport()->update();
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
