#include "exhibitbrowser.h"

#include "exhibitlistmodel.h"

#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace trendboard {

ExhibitBrowser::ExhibitBrowser(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search exhibits…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(1);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setFilterRole(ExhibitListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit exhibitSelected(current.data(ExhibitListModel::ExhibitIdRole).toString());
            });
}

void ExhibitBrowser::setExhibitModel(ExhibitListModel* model)
{
    m_model = model;
    m_filter->setSourceModel(model);
}

void ExhibitBrowser::selectExhibit(const QString& id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

QString ExhibitBrowser::currentExhibit() const
{
    return m_list->currentIndex().data(ExhibitListModel::ExhibitIdRole).toString();
}

} // namespace trendboard
