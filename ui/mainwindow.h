#pragma once

#include <QMainWindow>
#include <QSettings>
#include <QVector>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace trendboard {

class ComparisonTab;
class ReportDatabase;
class SectionTab;

// Thin: the overview and one tab per report section. Each tab is its own class.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ReportDatabase& db, QWidget* parent = nullptr);

    int tabCount() const;
    SectionTab* sectionTab(int number) const;
    void showSection(int number);
    ComparisonTab* comparisonTab() const { return m_comparison; }
    void showComparison();
    // Follows a "Details on page N" link to the section and exhibit of that page.
    bool openPage(int page);
    // Ctrl+G: the first exhibit of a report page, the Overview's included.
    bool goToPage(int page);
    // Renders the window off screen at the given size.
    QImage snapshot(const QSize& size);

    // Says that the database could not be read: in the status bar, and once in a dialog.
    void reportDatabaseFailure(const QString& message);

private:
    QTabWidget* m_tabs = nullptr;
    bool m_databaseFailureShown = false;
    QVector<SectionTab*> m_sections;
    QSettings m_settings; // saved comparisons
    ComparisonTab* m_comparison = nullptr;
};

} // namespace trendboard
