#include "mainwindow.h"

#include "comparisontab.h"
#include "reportdb.h"
#include "sectiontab.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace trendboard {

MainWindow::MainWindow(const ReportDatabase& db, QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Trendboard — BOND Trends – Artificial Intelligence (5/25)"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // Every tab stays in sight: names shorten (the tooltip has the whole title) rather than
    // hide behind scroll arrows.
    m_tabs->tabBar()->setElideMode(Qt::ElideRight);
    m_tabs->tabBar()->setUsesScrollButtons(false);
    setCentralWidget(m_tabs);
    int exhibits = 0;
    for (const SectionInfo& section : db.sections()) {
        auto* tab = new SectionTab(db, section, m_tabs);
        const QString label = section.number == 0
                                  ? tr("Overview")
                                  : QStringLiteral("%1 · %2")
                                        .arg(section.number)
                                        .arg(QString(section.shortTitle)
                                                 .replace(QLatin1Char('&'), QStringLiteral("&&")));
        const int index = m_tabs->addTab(tab, label);
        m_tabs->setTabToolTip(index, section.title);
        m_sections.append(tab);
        connect(tab, &SectionTab::pageRequested, this, &MainWindow::openPage);
        connect(tab, &SectionTab::databaseFailed, this, &MainWindow::reportDatabaseFailure);
        exhibits += tab->exhibitCount();
    }
    // A second report (the brokerage note) is one tab of its own, after BOND's sections.
    for (const ReportInfo& report : db.reports()) {
        if (report.id == QLatin1String("bond-ai-2025"))
            continue;
        SectionInfo whole{report.id,
                          -1,
                          tr("%1 — %2 (%3)").arg(report.title, report.publisher, report.published),
                          report.shortTitle,
                          1,
                          report.pageCount};
        auto* tab = new SectionTab(db, whole, m_tabs);
        const int index =
            m_tabs->addTab(tab, QString(report.shortTitle.isEmpty() ? report.id : report.shortTitle)
                                    .replace(QLatin1Char('&'), QStringLiteral("&&")));
        m_tabs->setTabToolTip(index, report.title);
        m_sections.append(tab);
        connect(tab, &SectionTab::databaseFailed, this, &MainWindow::reportDatabaseFailure);
        exhibits += tab->exhibitCount();
    }
    // Across exhibits and both reports: the comparison workspace.
    m_comparison = new ComparisonTab(db, m_settings, m_tabs);
    const int compareIndex = m_tabs->addTab(m_comparison, tr("Compare"));
    m_tabs->setTabToolTip(compareIndex,
                          tr("Compare a measure across companies, countries and regions"));
    connect(m_comparison, &ComparisonTab::databaseFailed, this, &MainWindow::reportDatabaseFailure);
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Find in this tab"), QKeySequence::Find, this, [this] {
        if (auto* tab = qobject_cast<SectionTab*>(m_tabs->currentWidget()))
            tab->focusSearch();
    });
    go->addAction(tr("Go to &page…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, [this] {
        bool ok = false;
        const int page = QInputDialog::getInt(this, tr("Go to page"), tr("Report page (1–340):"), 4,
                                              1, 340, 1, &ok);
        if (ok)
            goToPage(page);
    });
    go->addAction(tr("&Compare…"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                  &MainWindow::showComparison);
    for (int i = 0; i < 9 && i < m_tabs->count(); ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trendboard"), this, [this] {
        QMessageBox::about(
            this, tr("About Trendboard"),
            tr("Trendboard %1\nAn offline dashboard of BOND's Trends – Artificial "
               "Intelligence (5/25). Every value carries its page and a quote from the report.")
                .arg(QApplication::applicationVersion()));
    });
    statusBar()->showMessage(tr("%1 exhibits · %2").arg(exhibits).arg(db.path()));
    // As large as a slide-sized view wants, never larger than the screen it opens on.
    QSize size(1440, 900);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
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

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

SectionTab* MainWindow::sectionTab(int number) const
{
    for (SectionTab* tab : m_sections) {
        if (tab->section().number == number)
            return tab;
    }
    return nullptr;
}

void MainWindow::showSection(int number)
{
    if (SectionTab* tab = sectionTab(number))
        m_tabs->setCurrentWidget(tab);
}

void MainWindow::showComparison()
{
    m_tabs->setCurrentWidget(m_comparison);
}

bool MainWindow::goToPage(int page)
{
    // The front matter's summary charts (pages 4-6) are in the Overview.
    if (SectionTab* overview = sectionTab(0)) {
        const SectionInfo& s = overview->section();
        if (page >= s.firstPage && page <= s.lastPage && overview->showPage(page)) {
            m_tabs->setCurrentWidget(overview);
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
    for (SectionTab* tab : std::as_const(m_sections)) {
        const SectionInfo& s = tab->section();
        if (s.number == 0 || page < s.firstPage || page > s.lastPage)
            continue;
        m_tabs->setCurrentWidget(tab);
        if (tab->showPage(page))
            return true;
        statusBar()->showMessage(
            tr("Page %1 (section %2) has no exhibit in the database yet.").arg(page).arg(s.number),
            8000);
        return false;
    }
    return false;
}

QImage MainWindow::snapshot(const QSize& size)
{
    setAttribute(Qt::WA_DontShowOnScreen, true);
    resize(size);
    show();
    QApplication::processEvents();
    return grab().toImage();
}

} // namespace trendboard
