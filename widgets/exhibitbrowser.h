#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace trendboard {

class ExhibitListModel;

// The exhibits of a section (page, title) with a search box that filters them.
class ExhibitBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ExhibitBrowser(QWidget* parent = nullptr);
    void setExhibitModel(ExhibitListModel* model);
    void selectExhibit(const QString& id);
    QString currentExhibit() const;

signals:
    void exhibitSelected(const QString& id);

private:
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    ExhibitListModel* m_model = nullptr;
};

} // namespace trendboard
