#include "exhibitbrowser.h"

#include "exhibitlistmodel.h"

#include <QListView>
#include <QPainter>
#include <QResizeEvent>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace trendboard {

// Measures and paints each title wrapped at the list's own width. The standard delegate
// measures at one width and paints at another, eliding titles that just fit.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QListView* list) : QStyledItemDelegate(list), m_list(list) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // The item is as wide as the viewport less the list's spacing on both sides; its text,
        // painted inside the padding, wraps at exactly the width measured here.
        const int itemWidth = m_list->viewport()->width() - 2 * m_list->spacing();
        const QRect text = option.fontMetrics.boundingRect(
            QRect(0, 0, std::max(40, itemWidth - 2 * kPadding), 10000), Qt::TextWordWrap,
            index.data().toString());
        return {itemWidth, text.height() + 2 * kPadding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        m_list->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, m_list);
        painter->save();
        painter->setPen(option.palette.color(
            option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter,
                          index.data().toString());
        painter->restore();
    }

private:
    static constexpr int kPadding = 3;
    QListView* m_list;
};

// Keeps the exhibits the filter bar matched, while it filters.
class SearchFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setAllowed(const QSet<QString>& ids, bool active)
    {
        m_allowed = ids;
        m_active = active;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        return !m_active || m_allowed.contains(sourceModel()
                                                   ->index(row, 0, parent)
                                                   .data(ExhibitListModel::ExhibitIdRole)
                                                   .toString());
    }

private:
    bool m_active = false;
    QSet<QString> m_allowed;
};

ExhibitBrowser::ExhibitBrowser(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListView(this);
    m_list->setWordWrap(true);
    // Titles wrap rather than elide; items are measured again when the list's width changes.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setItemDelegate(new WrappingDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // titles wrap instead
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(1);
    // The viewport narrows when the scroll bar appears, without the list being resized: the
    // titles measured at the old width would paint over their neighbours. Measure again.
    m_list->viewport()->installEventFilter(this);
    m_filter = new SearchFilter(this);
    m_list->setModel(m_filter);
    layout->addWidget(m_list, 1);
    m_list->setAccessibleName(tr("Exhibits"));
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

void ExhibitBrowser::focusList()
{
    m_list->setFocus(Qt::ShortcutFocusReason);
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

int ExhibitBrowser::shownCount() const
{
    return m_filter->rowCount();
}

void ExhibitBrowser::setFilter(const QSet<QString>& exhibitIds, bool active,
                               const QString& description)
{
    const QString before = currentExhibit();
    m_filter->setAllowed(exhibitIds, active);
    if (m_filter->rowCount() == 0) {
        emit nothingMatches(description);
        return;
    }
    // The first match replaces an exhibit the filter hid (or the 'nothing matches' view).
    if (!m_list->currentIndex().isValid() || currentExhibit() != before || before.isEmpty())
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

bool ExhibitBrowser::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            QMetaObject::invokeMethod(m_list, &QListView::doItemsLayout, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trendboard
