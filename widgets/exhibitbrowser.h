// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListView;
QT_END_NAMESPACE

namespace trendboard {

class ExhibitListModel;

// The exhibits of a section (page, title), filtered by the window's filter bar.
class ExhibitBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ExhibitBrowser(QWidget* parent = nullptr);
    void setExhibitModel(ExhibitListModel* model);
    void selectExhibit(const QString& id);
    QString currentExhibit() const;

    // Shows only these exhibits while a filter is active. The exhibit on show never stays
    // hidden: the first match takes its place, or nothingMatches says that none is left.
    // With search words the list is in rank order (exhibitIds' order) and the words are
    // highlighted in the titles.
    void setFilter(const QStringList& exhibitIds, bool active, const QString& description,
                   const QStringList& words = {});
    int shownCount() const;
    void focusList();
    QListView* listView() const { return m_list; }

signals:
    // The filter hides every exhibit of the list.
    void nothingMatches(const QString& description);
    void exhibitSelected(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListView* m_list = nullptr;
    class WrappingDelegate* m_delegate = nullptr;
    ExhibitListModel* m_model = nullptr;
};

} // namespace trendboard
