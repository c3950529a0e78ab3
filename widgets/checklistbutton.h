// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

#include <functional>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
QT_END_NAMESPACE

namespace trendboard {

// A button that opens a searchable list of values to tick, each with the number of exhibits
// it would leave ('NVIDIA (23)'). Its text says how many are ticked ('Entities · 2').
class CheckListButton : public QToolButton
{
    Q_OBJECT
public:
    explicit CheckListButton(const QString& label, QWidget* parent = nullptr);

    struct Item
    {
        QString value;
        QString display; // empty: the value
        int count = 0;
        bool operator==(const Item& other) const
        {
            return value == other.value && display == other.display && count == other.count;
        }
    };
    // Replaces the values and their counts; ticked values stay ticked. The same items again
    // leave the list as it is.
    void setItems(const QVector<Item>& items);
    // Where the items come from: asked when the list opens after invalidateItems(), so that
    // a filter that changes at every keystroke counts only for a list someone looks at.
    void setItemsSource(std::function<QVector<Item>()> source);
    void invalidateItems();
    // How many times the list was filled anew (for tests: a keystroke fills none).
    int fillCount() const { return m_fills; }
    QStringList checked() const { return m_checked; }
    void setChecked(const QStringList& values);
    // The popup's list, for tests and keyboard users.
    QListView* listView() const { return m_list; }
    QLineEdit* searchBox() const { return m_search; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void checkedChanged(const QStringList& values);

private:
    void updateText();
    void fillIfStale();

    QString m_label;
    QStringList m_checked;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    bool m_filling = false;
    std::function<QVector<Item>()> m_source;
    bool m_stale = false;
    QVector<Item> m_items;      // as last filled
    QStringList m_itemsChecked; // the ticked values the list was filled with
    int m_fills = 0;
};

} // namespace trendboard
