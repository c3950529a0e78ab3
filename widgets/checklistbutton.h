// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

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
    };
    // Replaces the values and their counts; ticked values stay ticked.
    void setItems(const QVector<Item>& items);
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

    QString m_label;
    QStringList m_checked;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    bool m_filling = false;
};

} // namespace trendboard
