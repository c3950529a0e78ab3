// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analyst/analystcommands.h"
#include "analyst/analystservice.h"
#include "analystactions.h"
#include "annotationsdialog.h"
#include "batchexportdialog.h"
#include "chartview.h"
#include "comparisontab.h"
#include "export/exportservice.h"
#include "exportpath.h"
#include "filterbar.h"
#include "lazypage.h"
#include "overviewtab.h"
#include "quiettext.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "settings/preferences.h"
#include "text/displaylanguage.h"
#include "windowstate.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace trendboard {

QString MainWindow::noChineseFontMessage()
{
    // In English too: without the font, a Chinese message would be boxes itself.
    return QStringLiteral("No font with Chinese characters is installed: install the package "
                          "fonts-noto-cjk (sudo apt install fonts-noto-cjk) and restart "
                          "Trendboard.");
}

bool MainWindow::hasChineseFont()
{
    if (qEnvironmentVariableIsSet("TRENDBOARD_ASSUME_NO_CJK_FONT")) // the test's machine has one
        return false;
    return !QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty();
}

MainWindow::MainWindow(const ReportDatabase& db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setWindowTitle(tr("Trendboard — BOND Trends – Artificial Intelligence (5/25)"));
    if (displayLanguage() == DisplayLanguage::Chinese)
        setChineseNames(db.chineseNames());
    m_filterService = std::make_unique<FilterService>(db);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filterBar = new FilterBar(*m_filterService, central);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    // Every tab stays in sight: names shorten (the tooltip has the whole title) rather than
    // hide behind scroll arrows.
    m_tabs->tabBar()->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->setUsesScrollButtons(false);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    buildTabs();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::recordLocation);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateCounts);
    // Counts stay in sight on the right; messages (a failed read, a page without exhibits)
    // still show on the left.
    m_matchesLabel = new QuietText(this);
    m_matchesLabel->setAccessibleName(tr("Filter matches"));
    m_matchesLabel->hide();
    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Exhibits and values of this tab"));
    m_countsLabel->setToolTip(tr("Data: %1").arg(db.path()));
    statusBar()->addPermanentWidget(m_matchesLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    updateCounts();
    // Without a font with Chinese glyphs Qt draws boxes: say once which package gives them.
    if (displayLanguage() == DisplayLanguage::Chinese && !hasChineseFont())
        statusBar()->showMessage(noChineseFontMessage());

    buildMenus();
    m_relabelTabs = new QTimer(this);
    m_relabelTabs->setSingleShot(true);
    m_relabelTabs->setInterval(SectionTab::kTypingPauseMs); // as a long list is ranked
    connect(m_relabelTabs, &QTimer::timeout, this, &MainWindow::fitTabLabels);
    m_saveFilter = new QTimer(this);
    m_saveFilter->setSingleShot(true);
    m_saveFilter->setInterval(1000);
    connect(m_saveFilter, &QTimer::timeout, this, &MainWindow::saveFilter);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::moveIntoList, this, [this] {
        if (m_tabs->currentWidget() == m_overview)
            m_overview->showSummary();
        if (SectionTab* tab = currentSectionTab())
            tab->focusList();
    });
    // The filter of the last run, as it was left.
    m_filterBar->setFilter(ExhibitFilter::fromMap(Preferences(m_settings).filterState()));
    recordLocation();
    // As large as a slide-sized view wants, never larger than the screen it opens on.
    QSize size(1440, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

MainWindow::~MainWindow()
{
    saveFilter();
}

void MainWindow::enableAnalystLayer(AnalystService& service)
{
    if (m_analyst)
        return;
    m_analyst = &service;
    m_undo = new QUndoStack(this);
    for (SectionTab* tab : std::as_const(m_sections))
        tab->enableAnalystLayer(service, *m_undo);
    if (isComparisonBuilt())
        comparisonTab()->setAnalystService(&service);
    // After a data update some analyst entries may no longer have their point: they are kept,
    // and the user is told where they are listed.
    if (const qsizetype orphans =
            service.orphanedValues().size() + service.orphanedAnnotations().size())
        statusBar()->showMessage(
            tr("Analyst entries that no longer match the report's data: %1. They are kept and "
               "listed in Edit ▸ Annotations and audit trail ▸ Not shown.")
                .arg(orphans),
            15000);
    connect(&service, &AnalystService::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    auto* edit = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(menuBar()->actions().value(1), edit);
    QAction* undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(edit, tr("&Redo"));
    // Ctrl+Shift+Z everywhere (the platform's Redo may be Ctrl+Y); one key twice would be an
    // ambiguous shortcut that does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addAction(tr("&History…"), this, [this] {
        auto* dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("History"));
        auto* layout = new QVBoxLayout(dialog);
        auto* view = new QUndoView(m_undo, dialog);
        view->setEmptyLabel(tr("<the report's values as opened>"));
        layout->addWidget(view);
        dialog->resize(420, 360);
        dialog->show();
    });
    edit->addSeparator();
    const auto onTab = [this](auto&& action) {
        SectionTab* tab = currentSectionTab();
        if (!tab || !tab->analystActions() || tab->currentExhibit().isEmpty()) {
            statusBar()->showMessage(tr("Open an exhibit first."), 6000);
            return;
        }
        action(tab);
    };
    edit->addAction(tr("&Edit selected value…"), this, [onTab] {
        onTab([](SectionTab* tab) { tab->analystActions()->editRow(tab->selectedRow()); });
    });
    edit->addAction(tr("Analyst &actions for this exhibit…"), this, [this, onTab] {
        onTab([this](SectionTab* tab) {
            QMenu menu(this);
            tab->analystActions()->populateMenu(&menu, tab->selectedRow());
            menu.exec(QCursor::pos());
        });
    });
    edit->addSeparator();
    edit->addAction(tr("E&xport analyst layer…"), this, &MainWindow::exportAnalystLayer);
    edit->addAction(tr("&Import analyst layer…"), this, &MainWindow::importAnalystLayer);
    edit->addAction(tr("A&nnotations and audit trail…"), this, [this] {
        auto* dialog = new AnnotationsDialog(*m_analyst, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AnnotationsDialog::exhibitRequested, this, &MainWindow::openExhibit);
        dialog->show();
    });
}

void MainWindow::exportAnalystLayer()
{
    const QString path =
        askExportPath(this, tr("Export analyst layer"), QStringLiteral("analyst-layer.json"),
                      tr("Analyst layers (*.json)"));
    if (path.isEmpty())
        return;
    const QString problem = saveBytes(m_analyst->exportLayer(), path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), problem);
    else
        statusBar()->showMessage(tr("Analyst layer written to %1").arg(path), 8000);
}

void MainWindow::importAnalystLayer()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import analyst layer"), {},
                                                      tr("Analyst layers (*.json)"));
    if (!path.isEmpty())
        importAnalystLayerFrom(path);
}

bool MainWindow::importAnalystLayerFrom(const QString& path)
{
    // A regular file of bounded size only: a pipe or device would block or never end.
    QByteArray json;
    if (const QString problem = AnalystDatabase::readLayerFile(path, &json); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Import failed"), problem);
        return false;
    }
    // One undoable command: undoing an earlier command can never touch what it wrote, as
    // the stack undoes the import first.
    ImportReport report;
    m_undo->push(new ImportLayerCommand(*m_analyst, json, QFileInfo(path).fileName(), &report));
    if (!report.applied) {
        // All or nothing: every problem is listed, and nothing was applied.
        QMessageBox box(
            QMessageBox::Warning, tr("Nothing was imported"),
            tr("%1 has %n problem(s); nothing was applied.", nullptr, int(report.problems().size()))
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box.setDetailedText(report.problems().join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    // Counts in Qt's plural forms ("1 annotation", "2 annotations"), in English as in Chinese.
    const QString values = tr("%n value(s)", nullptr, report.values);
    const QString notes = tr("%n annotation(s)", nullptr, report.annotations);
    statusBar()->showMessage(
        tr("Imported %1 and %2 from %3").arg(values, notes, QFileInfo(path).fileName()), 8000);
    return true;
}

void MainWindow::applyFilter(const ExhibitFilter& filter)
{
    // Kept for the next run a moment after the last keystroke (and on closing): written at
    // every keystroke, the settings file was rewritten at every keystroke.
    m_unsavedFilter = filter.toMap();
    m_saveFilter->start();
    // A space typed after a word searches the same words: nothing to do again.
    ExhibitFilter effective = filter;
    effective.text = filter.text.simplified();
    if (m_appliedFilter && *m_appliedFilter == effective)
        return;
    const std::optional<ExhibitFilter> previous = m_appliedFilter;
    m_appliedFilter = effective;
    QString problem;
    const bool active = filter.isActive();
    // No filter matches nothing to share out: every tab shows its whole list again. Search
    // text alone is counted per tab here and ranked only for the lists on show.
    const FilterMatches matches =
        active ? m_filterService->matches(filter, &problem) : FilterMatches();
    m_filterBar->setProblem(problem);
    const QString description = filter.describe();
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (SectionTab* tab : std::as_const(m_sections))
        tab->applyFilter(matches, active, description, words);
    // Each tab's title says how many of its exhibits match; the labels are set (and the tab
    // bar laid out) only when a count changed, and while the search text is typed, when the
    // typing pauses.
    const bool typing = active && previous && previous->isActive() && [&] {
        ExhibitFilter sameText = *previous;
        sameText.text = effective.text;
        return sameText == effective;
    }();
    bool countsChanged = false;
    for (int i = 0; i < m_tabs->count(); ++i) {
        SectionTab* tab = sectionTabOn(m_tabs->widget(i));
        const QString count =
            active && tab
                ? QStringLiteral(" (%1/%2)").arg(tab->matchCount()).arg(tab->exhibitCount())
                : QString();
        countsChanged = countsChanged || count != m_tabCounts.at(i);
        m_tabCounts[i] = count;
    }
    if (typing) {
        // A relabelling that waits waits on while the typing goes on.
        if (countsChanged || m_relabelTabs->isActive())
            m_relabelTabs->start();
    } else if (countsChanged || m_relabelTabs->isActive()) {
        m_relabelTabs->stop();
        fitTabLabels();
    }
    m_matchesLabel->setVisible(active);
    const QString said =
        problem.isEmpty() ? tr("%n exhibit(s) match %1", nullptr, matches.count()).arg(description)
                          : problem;
    if (m_matchesLabel->text() != said)
        m_matchesLabel->setText(said);
}

bool MainWindow::relabelTabsNow()
{
    if (!m_relabelTabs->isActive())
        return false;
    m_relabelTabs->stop();
    fitTabLabels();
    return true;
}

void MainWindow::saveFilter()
{
    m_saveFilter->stop();
    if (!m_unsavedFilter)
        return;
    Preferences(m_settings).setFilterState(*m_unsavedFilter);
    m_unsavedFilter.reset();
}

void MainWindow::updateCounts()
{
    int exhibits = 0;
    int values = 0;
    // The Compare tab draws on every exhibit: it counts them all.
    const SectionTab* shown = sectionTabOn(m_tabs->currentWidget());
    for (const SectionTab* tab : std::as_const(m_sections)) {
        if (shown && tab != shown)
            continue;
        exhibits += tab->exhibitCount();
        values += tab->valueCount();
    }
    m_countsLabel->setText(tr("%n exhibit(s)", nullptr, exhibits) + QStringLiteral(" · ") +
                           tr("%n value(s)", nullptr, values));
}

// Qt would elide every label alike ("Overview" to "O…" at 1024 px): each tab rather takes
// the longest of its labels that lets all of them fit, the number of a section always.
void MainWindow::fitTabLabels()
{
    int levels = 0;
    for (const QStringList& labels : std::as_const(m_tabLabels))
        levels = std::max(levels, int(labels.size()));
    for (int level = 0; level < levels; ++level) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            const QStringList& labels = m_tabLabels.at(i);
            const QString text =
                labels.value(std::min(level, int(labels.size()) - 1)) + m_tabCounts.value(i);
            // Each label set lays out the whole tab bar: only those that change (a keystroke's
            // counts change a few).
            if (m_tabs->tabText(i) != text)
                m_tabs->setTabText(i, text);
        }
        // The window's width, not the tab widget's: that is laid out only once shown.
        if (m_tabs->tabBar()->sizeHint().width() <= width())
            return;
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitTabLabels();
    fitFrameOnce();
}

void MainWindow::moveEvent(QMoveEvent* event)
{
    QMainWindow::moveEvent(event);
    fitFrameOnce();
}

void MainWindow::fitFrameOnce()
{
    // The window manager's title bar and borders are known only once it has framed the
    // window: a window as tall as the screen then has its status bar below the screen's edge.
    if (m_frameFitted || !isVisible() || frameGeometry() == geometry())
        return;
    m_frameFitted = true;
    fitFrameToScreen(*this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveFilter();
    saveWindowState(*this, m_settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSession()
{
    // Restoring the tab and the exhibits is not a visit: back starts from here.
    m_navigating = true;
    restoreWindowState(*this, m_settings);
    m_navigating = false;
    m_history = NavigationHistory();
    recordLocation();
    fitTabLabels();
}

void MainWindow::reportDatabaseFailure(const QString& message)
{
    statusBar()->showMessage(message);
    if (m_databaseFailureShown || !isVisible())
        return; // one dialog is enough; every later read says the same
    m_databaseFailureShown = true;
    QMessageBox::critical(this, tr("The report database cannot be read"),
                          tr("%1\n\nWhat is shown may be incomplete. Reinstall Trendboard or "
                             "rebuild its database.")
                              .arg(message));
}

// One user action (open a page, an exhibit) switches the tab and then the exhibit: one visit.
class MainWindow::OneVisit
{
public:
    explicit OneVisit(MainWindow* window) : m_window(window) { ++m_window->m_visitDepth; }
    ~OneVisit()
    {
        if (--m_window->m_visitDepth == 0)
            m_window->recordLocation();
    }

private:
    MainWindow* m_window;
};

bool MainWindow::openExhibit(const QString& id)
{
    const OneVisit visit(this);
    for (SectionTab* tab : std::as_const(m_sections)) {
        if (tab->showExhibit(id)) {
            showTab(tab);
            return true;
        }
    }
    return false;
}

bool MainWindow::goToPage(int page)
{
    const OneVisit visit(this);
    // The front matter's summary charts (pages 4-6) are in the Overview.
    if (SectionTab* overview = findSectionTab(0)) {
        const SectionInfo& s = overview->section();
        if (page >= s.firstPage && page <= s.lastPage && overview->showPage(page)) {
            showTab(overview);
            return true;
        }
    }
    if (openPage(page))
        return true;
    statusBar()->showMessage(tr("Page %1 has no exhibit in the database.").arg(page), 8000);
    return false;
}

bool MainWindow::openPage(int page)
{
    const OneVisit visit(this);
    for (SectionTab* tab : std::as_const(m_sections)) {
        const SectionInfo& s = tab->section();
        if (s.number == 0 || page < s.firstPage || page > s.lastPage)
            continue;
        showTab(tab);
        if (tab->showPage(page))
            return true;
        statusBar()->showMessage(
            tr("Page %1 (section %2) has no exhibit in the database yet.").arg(page).arg(s.number),
            8000);
        return false;
    }
    return false;
}

void MainWindow::recordLocation()
{
    if (m_navigating || m_visitDepth > 0 || !m_tabs)
        return;
    Location here{m_tabs->currentIndex(), {}};
    if (SectionTab* tab = currentSectionTab())
        here.exhibit = tab->currentExhibit();
    m_history.visit(here);
}

void MainWindow::goTo(const Location& location)
{
    m_navigating = true;
    m_tabs->setCurrentIndex(location.tab);
    QWidget* page = m_tabs->currentWidget();
    if (page == m_overview && location.exhibit.isEmpty())
        m_overview->showHeadlines();
    else if (auto* tab =
                 page == m_overview ? m_overview->summary() : qobject_cast<SectionTab*>(page)) {
        if (page == m_overview)
            m_overview->showSummary();
        if (!location.exhibit.isEmpty())
            tab->showExhibit(location.exhibit);
    }
    m_navigating = false;
}

bool MainWindow::goBack()
{
    const auto location = m_history.back();
    if (location)
        goTo(*location);
    return location.has_value();
}

bool MainWindow::goForward()
{
    const auto location = m_history.forward();
    if (location)
        goTo(*location);
    return location.has_value();
}

void MainWindow::fixAnnotations(bool on)
{
    // Tabs build their chart views when first shown: those built later take the choice then.
    if (!m_fixedAnnotations) {
        for (SectionTab* tab : findChildren<SectionTab*>())
            connect(tab, &SectionTab::bodyBuilt, this, [this, tab] { applyFixedAnnotations(tab); });
        for (LazyPage* page : findChildren<LazyPage*>())
            connect(page, &LazyPage::built, this,
                    [this](QWidget* content) { applyFixedAnnotations(content); });
    }
    m_fixedAnnotations = on;
    applyFixedAnnotations(this);
}

void MainWindow::applyFixedAnnotations(QWidget* within) const
{
    if (!m_fixedAnnotations)
        return;
    for (ChartView* view : within->findChildren<ChartView*>())
        view->fixAnnotations(*m_fixedAnnotations);
}

void MainWindow::showForSnapshot(const QSize& size)
{
    setAttribute(Qt::WA_DontShowOnScreen, true);
    resize(size);
    // Shown, so that the tab builds and lays out as on a screen, but with updates off until the
    // image below: shown, the window was painted once into a backing store no one sees and
    // then again into the image (a fifth of a --snapshot's time).
    setUpdatesEnabled(false);
    show();
    QApplication::processEvents();
    setUpdatesEnabled(true);
}

QImage MainWindow::snapshot(const QSize& size)
{
    showForSnapshot(size);
    // The window is opaque: painted straight into RGB32, written as RGB (no alpha channel to
    // un-premultiply and encode), without a pixmap between.
    QImage image(this->size() * devicePixelRatio(), QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio());
    render(&image);
    return image;
}

void MainWindow::snapshotInBands(const QSize& size, int bandRows,
                                 const std::function<void(const QImage&)>& band)
{
    // A scaled screen's bands would not meet on whole pixels: drawn whole there.
    if (devicePixelRatio() != 1 || bandRows <= 0) {
        band(snapshot(size));
        return;
    }
    showForSnapshot(size);
    const int width = this->width();
    const int height = this->height();
    for (int top = 0; top < height; top += bandRows) {
        const int rows = std::min(bandRows, height - top);
        // A new image for each band: the one before may still be encoding. Its memory is that
        // of a band encoded before, not a window's worth touched for the first time.
        QImage image(width, rows, QImage::Format_RGB32);
        render(&image, QPoint(), QRegion(0, top, width, rows));
        band(image);
    }
}

} // namespace trendboard
