// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus: each in its own function, so that a new entry touches one of them.
#include "mainwindow.h"

#include "analyst/analystservice.h"
#include "batchexportdialog.h"
#include "text/displaylanguage.h"
#include "filterbar.h"
#include "helpdialogs.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace trendboard {

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildGoMenu();
    buildViewMenu();
    buildHelpMenu();
    // A line edit keeps Ctrl+E (end of line, as in Emacs) and other keys for itself before Qt
    // looks at shortcuts, so Export chart did nothing from the search box, where the focus
    // starts. The application's filter sees the request first, for every widget of the window.
    qApp->installEventFilter(this);
}

int MainWindow::currentPage() const
{
    // The page of the exhibit on show, when it is BOND's (the box asks for a page of BOND's
    // report); the first page with exhibits otherwise.
    if (const SectionTab* tab = currentSectionTab()) {
        if (const auto info = m_db.exhibit(tab->currentExhibit());
            info && info->reportId == kBondReportId && info->page > 0)
            return info->page;
    }
    return 4;
}

bool MainWindow::isMenuShortcut(const QKeyEvent& key) const
{
    // Editing keys stay the widget's: Ctrl+Z in a text box undoes its typing, Ctrl+C copies
    // its selection, as everywhere else.
    for (const QKeySequence::StandardKey editing :
         {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Copy, QKeySequence::Cut,
          QKeySequence::Paste, QKeySequence::SelectAll, QKeySequence::Delete})
        if (key.matches(editing))
            return false;
    const QKeySequence pressed(key.keyCombination());
    QList<QAction*> actions = this->actions();
    for (const QAction* menu : menuBar()->actions()) {
        if (menu->menu())
            actions += menu->menu()->actions();
    }
    for (const QAction* action : std::as_const(actions)) {
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return true;
    }
    return false;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* widget = qobject_cast<QWidget*>(watched);
        const auto* key = static_cast<QKeyEvent*>(event);
        // Keys with Ctrl or Alt only: typing stays typing. Consumed unaccepted, the request
        // reaches no widget, and Qt goes on to the window's shortcuts.
        if (widget && widget->window() == this &&
            (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && isMenuShortcut(*key))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // The chart and the data of the exhibit on show, wherever the focus is.
    const auto onExhibit = [this](void (SectionTab::*exportIt)()) {
        SectionTab* tab = currentSectionTab();
        if (!tab || tab->currentExhibit().isEmpty()) {
            statusBar()->showMessage(tr("Open an exhibit first."), 6000);
            return;
        }
        (tab->*exportIt)();
    };
    file->addAction(tr("&Export chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [onExhibit] { onExhibit(&SectionTab::exportChart); });
    file->addAction(tr("Export &data as CSV…"), this,
                    [onExhibit] { onExhibit(&SectionTab::exportData); });
    file->addSeparator();
    addBatchExportActions(
        file, m_db, this, [this] { return currentSectionTab(); },
        [this](ExhibitData& data) {
            if (m_analyst)
                data = m_analyst->overlay(std::move(data));
        });
    file->addSeparator();
    // Closing the window (not quitting the application outright) saves where the user was.
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);
}

void MainWindow::buildGoMenu()
{
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Find…"), QKeySequence::Find, m_filterBar, &FilterBar::focusSearch);
    go->addAction(tr("C&lear filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_filterBar,
                  &FilterBar::clear);
    go->addAction(tr("Go to &page…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, [this] {
        bool ok = false;
        const int page = QInputDialog::getInt(this, tr("Go to page"), tr("Report page (1–340):"),
                                              currentPage(), 1, 340, 1, &ok);
        if (ok)
            goToPage(page);
    });
    go->addSeparator();
    go->addAction(tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), this, &MainWindow::goBack);
    go->addAction(tr("&Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), this,
                  &MainWindow::goForward);
    go->addSeparator();
    // Window-wide, so that they work while a table (which would take Ctrl+Tab) has the focus.
    QAction* next = go->addAction(tr("&Next tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction* previous = go->addAction(tr("P&revious tab"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    // Qt matches the Backtab that Shift+Tab sends against Shift+Tab.
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    for (QAction* action : {next, previous})
        action->setShortcutContext(Qt::WindowShortcut);
    go->addAction(tr("&Compare…"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                  &MainWindow::showComparison);
    for (int i = 0; i < 9 && i < m_tabs->count(); ++i) {
        auto* action = new QAction(tr("Tab %1").arg(i + 1), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }
}

void MainWindow::buildViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Applies on restart: every tab, chart and model would otherwise have to rebuild its text.
    QMenu* language = view->addMenu(tr("&Language (takes effect on restart)"));
    // Filled when first opened: "简体中文" measured with the menu would load a font with
    // Chinese glyphs (megabytes) into every English window at start (issue 25).
    connect(language, &QMenu::aboutToShow, this, [this, language] {
        if (language->isEmpty())
            fillLanguageMenu(language);
    });
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(theme);
    const QVector<QPair<Theme, QString>> looks{
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [look, name] : looks) {
        QAction* action = theme->addAction(name);
        action->setCheckable(true);
        action->setChecked(look == savedTheme());
        action->setData(themeCode(look));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [look = look] {
            saveTheme(look);
            applyTheme(look);
        });
    }
}

void MainWindow::fillLanguageMenu(QMenu* language)
{
    auto* languages = new QActionGroup(language);
    // Each language is named in itself, so that a user who cannot read the other finds theirs.
    const QVector<QPair<DisplayLanguage, QString>> choices{
        {DisplayLanguage::English, QStringLiteral("English")},
        {DisplayLanguage::Chinese, QStringLiteral("简体中文")}};
    for (const auto& [choice, name] : choices) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(choice == displayLanguage());
        action->setData(displayLanguageCode(choice));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] {
            saveDisplayLanguage(choice);
            statusBar()->showMessage(tr("The language changes when Trendboard starts again."));
        });
    }
}

void MainWindow::buildHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence(Qt::Key_F1), this,
                    [this] { showUserGuide(this); });
    help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcutsDialog(this); });
    help->addSeparator();
    help->addAction(tr("&About Trendboard"), this, [this] { showAboutDialog(this, m_db); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace trendboard
