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

    // The search box asks the owner which exhibits match (full-text search over titles, notes,
    // sources, series and entities); without an answer it filters on titles and notes.
    void setSearchMatches(const QStringList& exhibitIds);
    void focusSearch();

signals:
    void searchTextChanged(const QString& text);
    // The search hides every exhibit of the list.
    void nothingMatches(const QString& text);
    void exhibitSelected(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    class SearchFilter* m_filter = nullptr;
    ExhibitListModel* m_model = nullptr;
};

} // namespace trendboard
