// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiontab.h"

#include "analyst/analystservice.h"
#include "analystactions.h"
#include "chartview.h"
#include "datatableview.h"
#include "exhibitbrowser.h"
#include "export/csv.h"
#include "export/exportservice.h"
#include "exportdialog.h"
#include "exportpath.h"
#include "figure/exhibitfigure.h"
#include "models/exhibitlistmodel.h"
#include "models/exhibittablemodel.h"
#include "profiledialog.h"
#include "provenancepanel.h"
#include "quiettext.h"
#include "text/displaylanguage.h"

#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace trendboard {

SectionTab::SectionTab(const ReportDatabase& db, const SectionInfo& section, QWidget* parent)
    : QWidget(parent), m_db(db), m_section(section)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    // Nothing of the list is read here (issue 25): its counts come from section_stats when
    // asked, its rows when the tab is built and its view shows them.
}

ReportDatabase::ListScope SectionTab::scope() const
{
    if (m_section.number < 0) // a whole second report (the brokerage note)
        return {m_section.reportId, std::nullopt};
    return {m_section.reportId, m_section.number};
}

const ReportDatabase::SectionStats& SectionTab::stats() const
{
    if (!m_stats)
        m_stats = m_db.sectionStats(scope());
    return *m_stats;
}

void SectionTab::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    buildBody();
    emit bodyBuilt();
    if (!m_browser)
        return; // a section without exhibits says so
    connectBody();
    // The exhibit asked for while the tab was not built wins over the filter's first match,
    // as it would have had the tab been built: the list selects it where the filter shows it.
    QString asked = std::exchange(m_current, {});
    const QStringList matches =
        m_filter.active ? m_filter.matches.of(scope().reportId, scope().section) : QStringList();
    // As a built tab's list would have: the first match replaces an exhibit the filter hides
    // (unless it was asked for after the filter).
    if (m_filter.active && !m_askedSinceFilter && !matches.contains(asked))
        asked.clear();
    if (m_analyst) {
        AnalystService* service = std::exchange(m_analyst, nullptr);
        enableAnalystLayer(*service, *m_stack);
    }
    if (!m_splitterState.isEmpty())
        restoreSplitters(std::exchange(m_splitterState, {}));
    {
        const QSignalBlocker quiet(m_browser);
        m_browser->selectExhibit(asked.isEmpty() ? firstExhibit() : asked);
        m_filterPending = false;
        m_browser->setFilter(matches, m_filter.active, m_filter.description, m_filter.words);
    }
    const QString shown = asked.isEmpty() ? m_browser->currentExhibit() : asked;
    if (shown.isEmpty())
        showNothingMatches(m_filter.description);
    else
        load(shown);
}

void SectionTab::buildBody()
{
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    QString title;
    if (m_section.number < 0) // a whole second report (the brokerage note)
        title = displaySectionTitle(m_section);
    else if (m_section.number == 0)
        title = tr("Overview — the report's summary charts (pages %1–%2)")
                    .arg(m_section.firstPage)
                    .arg(m_section.lastPage);
    else
        title = tr("%1. %2 (pages %3–%4)")
                    .arg(m_section.number)
                    .arg(displaySectionTitle(m_section))
                    .arg(m_section.firstPage)
                    .arg(m_section.lastPage);
    auto* heading = new QLabel(title, body);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    layout->addWidget(heading);
    static_cast<QVBoxLayout*>(this->layout())->addWidget(body, 1);

    if (exhibitCount() == 0) {
        auto* empty =
            new QLabel(tr("The exhibits of this section are not in the database yet."), body);
        empty->setAlignment(Qt::AlignCenter);
        layout->addWidget(empty, 1);
    } else {
        m_list = new ExhibitListModel(this);
        m_list->setSection(m_db, scope());
        m_model = new ExhibitTableModel(this);
        auto* split = new QSplitter(Qt::Horizontal, body);
        m_browser = new ExhibitBrowser(split);
        m_browser->setExhibitModel(m_list);
        auto* right = new QSplitter(Qt::Vertical, split);
        m_chartPlace = new QStackedWidget(right);
        m_chart = new ChartView(m_chartPlace);
        m_chart->setModel(m_model);
        // Its text names the search words: a QLabel there laid the window out again at each
        // keystroke that matched nothing.
        m_nothingLabel = new QuietText(m_chartPlace);
        m_nothingLabel->setWrapped(24);
        m_chartPlace->addWidget(m_chart);
        m_chartPlace->addWidget(m_nothingLabel);
        auto* bottom = new QSplitter(Qt::Horizontal, right);
        m_table = new DataTableView(bottom);
        m_table->setExhibitModel(m_model);
        m_provenance = new ProvenancePanel(bottom);
        m_provenance->setModel(m_model);
        bottom->setStretchFactor(0, 3);
        bottom->setStretchFactor(1, 1);
        bottom->setSizes({900, 300});
        right->setStretchFactor(0, 3);
        right->setStretchFactor(1, 1);
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 4);
        split->setSizes({300, 1200});
        right->setSizes({620, 240});
        layout->addWidget(split, 1);
        m_splitters = {split, right, bottom};
    }
    // On show at once: a widget added to a shown tab would show only on the next pass of the
    // event loop, after a snapshot was taken.
    if (isVisible())
        body->show();
}

void SectionTab::connectBody()
{
    connect(m_browser, &ExhibitBrowser::exhibitSelected, this, &SectionTab::load);
    connect(m_browser, &ExhibitBrowser::nothingMatches, this, &SectionTab::showNothingMatches);
    connect(m_table, &DataTableView::rowSelected, m_chart, &ChartView::highlightRow);
    connect(m_table, &DataTableView::rowSelected, m_provenance, &ProvenancePanel::showRow);
    // A double-click on an entity opens everything the reports state about it.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_actions && index.column() == ExhibitTableModel::ValueColumn) {
            m_actions->editRow(index.row());
            return;
        }
        const QString entity =
            m_model->index(index.row(), ExhibitTableModel::EntityColumn).data().toString();
        if (index.column() == ExhibitTableModel::EntityColumn && !entity.isEmpty()) {
            auto* profile = new ProfileDialog(m_db, entity, m_analyst, this);
            connect(profile, &ProfileDialog::exhibitRequested, this, &SectionTab::exhibitRequested);
            profile->show();
        }
    });
    connect(m_chart, &ChartView::rowActivated, m_table, &DataTableView::selectModelRow);
    connect(m_chart, &ChartView::hiddenSeriesChanged, m_table, &DataTableView::setDimmedSeries);
    connect(m_chart, &ChartView::exportPngRequested, this, &SectionTab::exportPng);
    connect(m_chart, &ChartView::exportCsvRequested, this, &SectionTab::exportCsv);
    connect(m_chart, &ChartView::detailsRequested, this, &SectionTab::pageRequested);
}

QString SectionTab::firstExhibit() const
{
    return m_db.firstExhibitToShow(scope());
}

void SectionTab::showNothingMatches(const QString& description)
{
    m_current.clear();
    m_nothingMatches = description;
    // Hidden in a shown window (a keystroke's filter): said when the tab is shown.
    if (window()->isVisible() && !isVisible()) {
        m_unread = true;
        return;
    }
    m_unread = false;
    m_nothingLabel->setText(
        tr("No exhibit of this tab matches %1").arg(description) + QStringLiteral("\n\n") +
        tr("Search looks at titles, headlines, notes, sources, series and the companies, "
           "products, countries and regions they name. Clear the filters above, or look at the "
           "other tabs' counts."));
    m_chartPlace->setCurrentWidget(m_nothingLabel);
    // The table and provenance panel empty once; the chart is not drawn again per keystroke.
    if (m_model->hasExhibit())
        m_model->setExhibit(std::nullopt);
}

QString SectionTab::nothingMatchesText() const
{
    return m_chartPlace && m_chartPlace->currentWidget() == m_nothingLabel ? m_nothingLabel->text()
                                                                           : QString();
}

int SectionTab::exhibitCount() const
{
    // Every exhibit of the tab, counted by the compiler: the list is read as it is shown.
    return stats().exhibits;
}

bool SectionTab::showExhibit(const QString& id)
{
    // One of the tab's (whether the filter shows it or not), found by the index.
    if (m_db.rowInList(scope(), id) < 0)
        return false;
    if (!m_built) {
        // Read when the tab is built (shown, or asked for its widgets).
        m_askedSinceFilter = true;
        if (m_current != id) {
            m_current = id;
            emit exhibitShown(id);
        }
        return true;
    }
    if (!m_browser)
        return false;
    m_browser->selectExhibit(id);
    if (m_current != id)
        load(id);
    return true;
}

void SectionTab::enableAnalystLayer(AnalystService& service, QUndoStack& stack)
{
    if (m_analyst)
        return;
    m_analyst = &service;
    m_stack = &stack;
    if (!m_built || !m_model)
        return; // the tab takes the layer when it is built
    m_actions = new AnalystActions(service, stack, m_model, this);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        m_actions->populateMenu(&menu, m_table->indexAt(at).row());
        if (!menu.isEmpty())
            menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    // A change of the exhibit on show (an edit, an undo, an import) redraws it at once.
    connect(&service, &AnalystService::changed, this, [this](const QString& exhibitId) {
        if (exhibitId != m_current)
            return;
        if (window()->isVisible() && !isVisible()) {
            m_unread = true; // read when shown
            return;
        }
        // The same rows with new cells (an edit, an undo): updated in place, the table's
        // selection and scroll kept, the chart (drawn again) and the provenance panel told of
        // the row as a selection would; rows added or gone (a fill-in): read anew, the
        // selected row selected again.
        const int row = selectedRow();
        if (m_model->updateExhibit(m_analyst->exhibitData(m_current))) {
            if (row >= 0) {
                m_chart->highlightRow(row);
                m_provenance->showRow(row);
            }
        } else if (row >= 0 && row < m_model->rowCount()) {
            m_table->selectModelRow(row);
        }
    });
    const QString shown = m_current;
    m_current.clear();
    if (!shown.isEmpty())
        load(shown);
}

int SectionTab::selectedRow() const
{
    if (!m_table || !m_table->selectionModel())
        return -1;
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

int SectionTab::valueCount() const
{
    return stats().statedValues;
}

void SectionTab::exportChart()
{
    exportPng();
}

void SectionTab::exportData()
{
    exportCsv();
}

QByteArray SectionTab::saveSplitters() const
{
    if (!m_built)
        return m_splitterState; // as restored: the user has not seen the tab since
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    for (const QSplitter* splitter : m_splitters)
        stream << splitter->saveState();
    return state;
}

void SectionTab::restoreSplitters(const QByteArray& state)
{
    if (!m_built) {
        m_splitterState = state;
        return;
    }
    QDataStream stream(state);
    for (QSplitter* splitter : std::as_const(m_splitters)) {
        QByteArray one;
        stream >> one;
        // A state from another layout (fewer splitters, a damaged file) leaves the rest as is.
        if (stream.status() != QDataStream::Ok)
            return;
        splitter->restoreState(one);
    }
}

void SectionTab::focusList()
{
    ensureBuilt();
    if (!m_browser)
        return;
    if (m_filterPending && isVisible())
        filterList(); // typed and went straight to the list: its ranking is not left behind
    m_browser->focusList();
}

int SectionTab::matchCount() const
{
    return m_matches;
}

void SectionTab::applyFilter(const FilterMatches& matches, bool active, const QString& description,
                             const QStringList& words)
{
    m_filter = {matches, active, description, words};
    const ReportDatabase::ListScope list = scope();
    m_matches = active ? matches.countOf(list.reportId, list.section) : exhibitCount();
    m_askedSinceFilter = false;
    if (!m_browser)
        return;
    // A hidden tab's hits (and the exhibit it would show instead) are ranked when it is shown:
    // a keystroke ranks only the hits of the list on show. No filter or no hit needs none.
    m_filterPending = true;
    const bool shownWindow = window()->isVisible();
    if (shownWindow && !isVisible() && active && m_matches > 0)
        return;
    // Thousands of hits (a database many times the report's) are ranked once the typing pauses,
    // or the list is asked for: each keystroke's ranking cost tens of milliseconds there, its
    // counts a few. The report's own sections never have so many.
    if (shownWindow && active && m_matches > kRankAtOnce) {
        if (!m_rankLater) {
            m_rankLater = new QTimer(this);
            m_rankLater->setSingleShot(true);
            m_rankLater->setInterval(kTypingPauseMs);
            connect(m_rankLater, &QTimer::timeout, this, [this] {
                if (m_filterPending && isVisible())
                    filterList();
            });
        }
        m_rankLater->start();
        return;
    }
    filterList();
}

void SectionTab::filterList()
{
    m_filterPending = false;
    if (m_rankLater)
        m_rankLater->stop();
    const ReportDatabase::ListScope list = scope();
    m_browser->setFilter(m_filter.active ? m_filter.matches.of(list.reportId, list.section)
                                         : QStringList(),
                         m_filter.active, m_filter.description, m_filter.words);
}

bool SectionTab::showPage(int page)
{
    const QString id = m_db.firstExhibitOnPage(scope(), page);
    return !id.isEmpty() && showExhibit(id);
}

void SectionTab::load(const QString& id)
{
    if (id == m_current)
        return;
    m_current = id;
    readCurrent();
    emit exhibitShown(id);
}

void SectionTab::readCurrent()
{
    if (window()->isVisible() && !isVisible()) {
        m_unread = true;
        return;
    }
    if (m_current.isEmpty()) {
        showNothingMatches(m_nothingMatches);
        return;
    }
    m_unread = false;
    m_chartPlace->setCurrentWidget(m_chart);
    m_model->setExhibit(m_analyst ? m_analyst->exhibitData(m_current)
                                  : m_db.exhibitData(m_current));
    if (!m_db.readError().isEmpty())
        emit databaseFailed(m_db.readError());
}

void SectionTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_built)
        ensureBuilt();
    if (m_filterPending && m_browser)
        filterList();
    if (m_unread)
        readCurrent();
}

void SectionTab::exportPng()
{
    if (m_current.isEmpty())
        return;
    // What the chart shows: as stated, or the view the user chose.
    ExportDialog::exportFigure(m_chart->shownModel()->exhibit(), m_current, this);
}

void SectionTab::exportCsv()
{
    if (m_current.isEmpty())
        return;
    const QString path = askExportPath(this, tr("Export datapoints as CSV"),
                                       m_current + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // With the analyst layer: its values and the analyst columns, as on the command line.
    FlatTable table = m_db.flat(FlatScope::Exhibit, m_current);
    if (m_analyst) {
        if (const std::optional<ExhibitData> data = m_analyst->exhibitData(m_current))
            table = withAnalystLayer(table, {*data});
    }
    const QString problem = m_db.readError().isEmpty() ? writeCsv(table, path) : m_db.readError();
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), problem);
}

} // namespace trendboard
