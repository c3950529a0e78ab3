// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistbutton.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace trendboard {

namespace {
constexpr int kValueRole = Qt::UserRole + 1;
}

CheckListButton::CheckListButton(const QString& label, QWidget* parent)
    : QToolButton(parent), m_label(label)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(label);
    auto* menu = new QMenu(this);
    auto* panel = new QWidget(menu);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(panel);
    m_search->setPlaceholderText(tr("Find…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find %1").arg(label));
    m_list = new QListView(panel);
    m_list->setMinimumSize(260, 300);
    m_list->setAccessibleName(label);
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        fillIfStale();
        m_search->clear();
        m_search->setFocus();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    // Down from the search box moves into the list, Space there ticks.
    m_search->installEventFilter(this);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (m_filling)
            return;
        const QString value = item->data(kValueRole).toString();
        const bool on = item->checkState() == Qt::Checked;
        if (on == m_checked.contains(value))
            return;
        if (on)
            m_checked.append(value);
        else
            m_checked.removeAll(value);
        updateText();
        emit checkedChanged(m_checked);
    });
    updateText();
}

void CheckListButton::setItemsSource(std::function<QVector<Item>()> source)
{
    m_source = std::move(source);
    invalidateItems();
}

void CheckListButton::invalidateItems()
{
    m_stale = true;
    if (menu()->isVisible())
        fillIfStale();
}

void CheckListButton::fillIfStale()
{
    if (!m_stale || !m_source)
        return;
    m_stale = false;
    setItems(m_source());
}

void CheckListButton::setItems(const QVector<Item>& items)
{
    // Ticks are kept in the rows as they change: the same items with the same ticks are the
    // same list.
    if (m_fills > 0 && items == m_items && m_checked == m_itemsChecked)
        return;
    m_items = items;
    m_itemsChecked = m_checked;
    ++m_fills;
    m_filling = true;
    m_model->clear();
    // A ticked value always stays in the list, even when nothing would match it any more.
    QStringList missing = m_checked;
    for (const Item& item : items) {
        auto* row = new QStandardItem(QStringLiteral("%1 (%2)").arg(
            item.display.isEmpty() ? item.value : item.display, QString::number(item.count)));
        row->setData(item.value, kValueRole);
        row->setCheckable(true);
        row->setEditable(false);
        row->setCheckState(m_checked.contains(item.value) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(item.value);
        m_model->appendRow(row);
    }
    for (const QString& value : std::as_const(missing)) {
        auto* row = new QStandardItem(QStringLiteral("%1 (0)").arg(value));
        row->setData(value, kValueRole);
        row->setCheckable(true);
        row->setEditable(false);
        row->setCheckState(Qt::Checked);
        m_model->insertRow(0, row);
    }
    m_filling = false;
}

void CheckListButton::setChecked(const QStringList& values)
{
    m_checked = values;
    m_filling = true;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem* item = m_model->item(r);
        item->setCheckState(values.contains(item->data(kValueRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    m_filling = false;
    updateText();
}

void CheckListButton::updateText()
{
    setText(m_checked.isEmpty() ? m_label
                                : QStringLiteral("%1 · %2").arg(m_label).arg(m_checked.size()));
    setToolTip(m_checked.isEmpty() ? tr("Any %1").arg(m_label.toLower())
                                   : m_checked.join(QLatin1Char('\n')));
    QFont f = font();
    f.setBold(!m_checked.isEmpty());
    setFont(f);
}

bool CheckListButton::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace trendboard
