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
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { fitColumns(0, ExhibitTableModel::ColumnCount - 1); });
    // An edit changes a few cells of a few columns: only those columns are measured again, to
    // the widths a new exhibit's would have (issue 25: an edit's refresh).
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                fitColumns(from.column(), to.column());
            });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit rowSelected(current.row());
            });
}

void DataTableView::fitColumns(int first, int last)
{
    // Each to its contents, up to a limit but for the quote, the last column, which stretches:
    // with it, all of them at once, as the header stretches its last section then.
    if (last >= ExhibitTableModel::QuoteColumn) {
        first = 0;
        resizeColumnsToContents();
    } else {
        for (int c = first; c <= last; ++c)
            resizeColumnToContents(c);
    }
    for (int c = first; c <= last && c < ExhibitTableModel::QuoteColumn; ++c)
        setColumnWidth(c, std::min(columnWidth(c), 260));
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
