// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browse/exhibitfilter.h"
#include "reportdb.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
class QShowEvent;
class QSplitter;
class QStackedWidget;
class QUndoStack;
QT_END_NAMESPACE

namespace trendboard {

class AnalystActions;
class AnalystService;
class ChartView;
class DataTableView;
class ExhibitBrowser;
class QuietText;
class ExhibitListModel;
class ExhibitTableModel;
class ProvenancePanel;

// One report section: its exhibits beside the chart of the selected one, its datapoints below.
// Built the first time it is shown (or its widgets are asked for): until then it holds only
// the filter's matches and the exhibit to show, so that a window of eleven tabs starts in the
// time of one (issue 25). Its list is never read whole: counts come from section_stats, the
// first exhibit, a page's and an exhibit's row from indexed queries, the rows as they show.
class SectionTab : public QWidget
{
    Q_OBJECT
public:
    // A pause in typing: a long list of matches is ranked then, the tabs' counts set.
    static constexpr int kTypingPauseMs = 150;
    SectionTab(const ReportDatabase& db, const SectionInfo& section, QWidget* parent = nullptr);

    bool isBuilt() const { return m_built; }
    // Builds the list, chart, table and provenance panel now, if they are not yet, and reads
    // the exhibit to show (when the tab is on show or its window hidden).
    void ensureBuilt();
    // The exhibit on show is to be read again when the tab is next shown (it changed, or the
    // filter replaced it or has its list to rank, while the tab was hidden).
    bool isStale() const { return m_unread || m_filterPending; }
    // A filter with more hits than this in the tab on show is ranked when the typing pauses
    // for kTypingPauseMs (or the list is asked for), not at each keystroke (applyFilter).
    static constexpr int kRankAtOnce = 2000;
    // What the chart's place says while the filter leaves none of the tab's exhibits, or empty.
    QString nothingMatchesText() const;

    const SectionInfo& section() const { return m_section; }
    int exhibitCount() const;
    QString currentExhibit() const { return m_current; }
    bool showExhibit(const QString& id);
    // Shows the first exhibit on the page; false when the page has none loaded.
    bool showPage(int page);
    // Down from the filter bar's search box: the exhibit list takes the focus.
    void focusList();
    // The window's filter bar: only the tab's own matches while active (see ExhibitBrowser),
    // best first (the list follows that order while there are search words, which it
    // highlights). The tab's matches are read when its list is on show (or its window
    // hidden): a hidden tab's list follows the filter when the tab is shown.
    void applyFilter(const FilterMatches& matches, bool active, const QString& description,
                     const QStringList& words = {});
    // How many of its exhibits the filter leaves.
    int matchCount() const;
    // Shows the analyst's values over the report's and lets the user edit, fill in and
    // annotate them; every change goes on the stack.
    void enableAnalystLayer(AnalystService& service, QUndoStack& stack);
    AnalystActions* analystActions() const { return m_actions; }
    // The table row selected, or -1.
    int selectedRow() const;
    // The values its exhibits state (for the status bar).
    int valueCount() const;
    // File > Export chart… and Export data as CSV… (Ctrl+E): the exhibit on show.
    void exportChart();
    void exportData();
    // The sizes the user gave the list, chart, table and provenance panel, kept between runs.
    QByteArray saveSplitters() const;
    void restoreSplitters(const QByteArray& state);

signals:
    // The tab's list, chart, table and panel were just built (the first time it was shown or
    // one of them was asked for).
    void bodyBuilt();
    void pageRequested(int page);
    // An exhibit is to be shown (a row of an entity's profile was activated).
    void exhibitRequested(const QString& id);
    // The exhibit on show changed (for back and forward).
    void exhibitShown(const QString& id);
    // A read of the database failed (the file was damaged or replaced while open).
    void databaseFailed(const QString& message);

public:
    // The tab's widgets: asking for one builds the tab.
    ChartView* chartView() const { return built()->m_chart; }
    DataTableView* dataTable() const { return built()->m_table; }
    ExhibitTableModel* exhibitModel() const { return built()->m_model; }
    ProvenancePanel* provenance() const { return built()->m_provenance; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Building is not a change a caller of a const accessor can see: the tab as it would be.
    SectionTab* built() const
    {
        const_cast<SectionTab*>(this)->ensureBuilt();
        return const_cast<SectionTab*>(this);
    }
    void buildBody();
    // The tab's list: its section, or the whole report (the brokerage note).
    ReportDatabase::ListScope scope() const;
    const ReportDatabase::SectionStats& stats() const;
    void connectBody();
    // The exhibit to open on: the first that shows something (many of the report's exhibits
    // state no values in its text, the first of section 1 among them).
    QString firstExhibit() const;
    // While the filter leaves none: a plain line where the chart was, no chart to rebuild.
    void showNothingMatches(const QString& description);
    void load(const QString& id);
    // Reads the exhibit on show into the model, or, while the tab is hidden in a shown window
    // (a keystroke's filter, an edit elsewhere), notes that it is to be read when shown.
    void readCurrent();
    void exportPng();
    void exportCsv();

    const ReportDatabase& m_db;
    SectionInfo m_section;
    QString m_current;
    bool m_unread = false; // m_current is not in the model yet: read it when shown
    bool m_built = false;
    // The filter bar's last filter, kept for the list until the tab is built.
    struct Filter
    {
        FilterMatches matches;
        bool active = false;
        QString description;
        QStringList words;
    };
    Filter m_filter;
    bool m_askedSinceFilter = false; // m_current was asked for since the last filter
    bool m_filterPending = false;    // the list has not followed m_filter yet (hidden, or typing)
    QTimer* m_rankLater = nullptr;
    // The list follows m_filter (the tab's matches read now).
    void filterList();
    int m_matches = 0;
    mutable std::optional<ReportDatabase::SectionStats> m_stats;
    QByteArray m_splitterState; // restored before the tab was built
    QString m_nothingMatches;   // the placeholder's description, while nothing matches
    QUndoStack* m_stack = nullptr;
    QStackedWidget* m_chartPlace = nullptr; // the chart, or the 'nothing matches' line
    QuietText* m_nothingLabel = nullptr;
    ExhibitListModel* m_list = nullptr;
    ExhibitTableModel* m_model = nullptr;
    ExhibitBrowser* m_browser = nullptr;
    ChartView* m_chart = nullptr;
    DataTableView* m_table = nullptr;
    ProvenancePanel* m_provenance = nullptr;
    AnalystService* m_analyst = nullptr;
    AnalystActions* m_actions = nullptr;
    QVector<QSplitter*> m_splitters; // list | chart / table | provenance
};

} // namespace trendboard
