// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browse/exhibitfilter.h"
#include "browse/navigationhistory.h"
#include "compare/comparisonstore.h"

#include <QMainWindow>

#include <QSettings>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QKeyEvent;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QUndoStack;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;
class ComparisonTab;
class FilterBar;
class LazyPage;
class OverviewTab;
class ReportDatabase;
class SectionTab;
class QuietText;
struct SectionInfo;

// Thin: the filter bar over the Overview, one tab per report section, the brokerage note and
// the comparison workspace. Each tab is its own class, built the first time it is shown or
// asked for (sectionTab, comparisonTab): the window starts in the time of the tab it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ReportDatabase& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Whether a font with Chinese glyphs is installed (TRENDBOARD_ASSUME_NO_CJK_FONT: as if
    // none were, for a test), and the status bar's message when the Chinese interface has none.
    static bool hasChineseFont();
    static QString noChineseFontMessage();

    int tabCount() const;
    QTabWidget* tabs() const { return m_tabs; }
    // A section's tab (-1: the brokerage note), built now if it was not yet.
    SectionTab* sectionTab(int number) const;
    // Every section tab: the Overview's summary charts, BOND's sections, the brokerage note;
    // as they are (see SectionTab::isBuilt).
    const QVector<SectionTab*>& sectionTabs() const { return m_sections; }
    OverviewTab* overview() const { return m_overview; }
    // The section tab on show (the Overview's summary charts too), or none.
    SectionTab* currentSectionTab() const;
    FilterBar* filterBar() const { return m_filterBar; }
    void showSection(int number);
    // The Compare tab, built now if it was not yet.
    ComparisonTab* comparisonTab() const;
    bool isComparisonBuilt() const;
    bool showingComparison() const;
    void showComparison();
    // The comparison the window was left with: shown when the Compare tab is built.
    void restoreComparison(const SavedComparison& comparison);
    // Follows a "Details on page N" link to the section and exhibit of that page.
    bool openPage(int page);
    // Ctrl+G: the first exhibit of a report page, the Overview's included.
    bool goToPage(int page);
    // Where Ctrl+G's box starts: the report page of the exhibit on show.
    int currentPage() const;
    // Opens an exhibit of any tab (a headline tile's).
    bool openExhibit(const QString& id);
    // Alt+Left, Alt+Right.
    bool goBack();
    bool goForward();
    // Shows the analyst's values and lets the user edit, fill in, annotate and undo: an Edit
    // menu, the table's context menu, a history and the annotations.
    void enableAnalystLayer(AnalystService& service);
    QUndoStack* undoStack() const { return m_undo; }
    // Edit > Import analyst layer: all of the file or nothing; a problem is shown with each
    // bad entry. True when it was applied.
    bool importAnalystLayerFrom(const QString& path);
    // Renders the window off screen at the given size.
    QImage snapshot(const QSize& size);
    // The same, a band of `bandRows` rows at a time, top to bottom, each given to `band` as
    // soon as it is drawn (--snapshot encodes one band while the next is drawn). The picture
    // is snapshot()'s, but for the antialiasing of an edge here and there.
    void snapshotInBands(const QSize& size, int bandRows,
                         const std::function<void(const QImage&)>& band);
    // Every chart view of this window shows the analyst's notes as told and saves nothing
    // (ChartView::fixAnnotations); other windows and the settings keep theirs.
    void fixAnnotations(bool on);

    // The window, tab, exhibits and splitters of the last run (see windowstate.h); the
    // app calls it on start, a snapshot does not (it shows what its options ask for).
    void restoreSession();
    // The status bar's permanent counts: the tab's exhibits and values, the filter's matches.
    QLabel* countsLabel() const { return m_countsLabel; }
    QuietText* matchesLabel() const { return m_matchesLabel; }
    // Search text changed by typing relabels the tabs with their new counts when the typing
    // pauses: each relabelling lays out the tab bar and then the whole window again (a third
    // of a keystroke's time). Any other change of the filter relabels them at once. This does
    // it now, if a relabelling waits; false if none does.
    bool relabelTabsNow();

    // Says that the database could not be read: in the status bar, and once in a dialog.
    void reportDatabaseFailure(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    // Lets the menus' shortcuts win over a focused widget's own use of the key (mainmenus.cpp).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Laid out at the size, shown off screen and not painted: what a snapshot draws.
    void showForSnapshot(const QSize& size);
    // Gives fixAnnotations' choice to the chart views inside `within`.
    void applyFixedAnnotations(QWidget* within) const;
    // The tabs (mainwindowtabs.cpp): a light page each until shown.
    void buildTabs();
    void addTab(QWidget* page, const QStringList& labels, const QString& tip);
    SectionTab* addSectionTab(const SectionInfo& section);
    void addBrokerageTabs();
    ComparisonTab* buildComparisonTab(QWidget* page);
    // The section tab of a number as it is, built or not.
    SectionTab* findSectionTab(int number) const;
    // The menus (mainmenus.cpp), each in its own function.
    void buildMenus();
    void buildFileMenu();
    void buildGoMenu();
    void buildViewMenu();
    void fillLanguageMenu(QMenu* language);
    void buildHelpMenu();
    // Whether a key a focused widget asks to keep (ShortcutOverride) is a menu action's.
    bool isMenuShortcut(const QKeyEvent& key) const;
    // Once the window manager has framed the window: the frame inside the screen.
    void fitFrameOnce();
    void updateCounts();
    // Tab labels as long as the window's width allows (see fitTabLabels in the .cpp).
    void fitTabLabels();
    // The section tab a top-level tab page shows (the Overview: its summary charts), or none.
    SectionTab* sectionTabOn(QWidget* page) const;
    void applyFilter(const ExhibitFilter& filter);
    void saveFilter();
    void exportAnalystLayer();
    void importAnalystLayer();
    // The top-level page a section tab is on (the Overview holds the summary charts).
    QWidget* pageOf(SectionTab* tab) const;
    void showTab(SectionTab* tab);
    void recordLocation();
    void goTo(const Location& location);

    const ReportDatabase& m_db;
    QTabWidget* m_tabs = nullptr;
    bool m_databaseFailureShown = false;
    QVector<SectionTab*> m_sections;
    QVector<QStringList> m_tabLabels; // each tab's labels, longest first, without its count
    // The filter last applied, its text simplified (words as searched): the same again is
    // not applied again.
    std::optional<ExhibitFilter> m_appliedFilter;
    QVector<QString> m_tabCounts; // each tab's filter count, " (3/19)", or empty
    // Typing relabels the tabs with their counts when it pauses (relabelTabsNow()).
    QTimer* m_relabelTabs = nullptr;
    QLabel* m_countsLabel = nullptr;
    QuietText* m_matchesLabel = nullptr;
    QSettings m_settings; // saved comparisons, the filter
    QTimer* m_saveFilter = nullptr;
    std::optional<QVariantMap> m_unsavedFilter;
    LazyPage* m_comparisonPage = nullptr;
    // fixAnnotations' choice, for the chart views of tabs built after it.
    std::optional<bool> m_fixedAnnotations;
    std::optional<SavedComparison> m_pendingComparison;
    OverviewTab* m_overview = nullptr;
    std::unique_ptr<FilterService> m_filterService;
    FilterBar* m_filterBar = nullptr;
    NavigationHistory m_history;
    AnalystService* m_analyst = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_frameFitted = false; // fitFrameOnce has seen the window manager's frame
    bool m_navigating = false;  // going back or forward: not a new visit
    class OneVisit;
    int m_visitDepth = 0;
};

} // namespace trendboard
