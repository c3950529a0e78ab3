#include "mainwindow.h"

#include "comparisontab.h"
#include "reportdb.h"
#include "sectiontab.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace trendboard {

MainWindow::MainWindow(const ReportDatabase& db, QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Trendboard — BOND Trends – Artificial Intelligence (5/25)"));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
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
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trendboard"), this, [this] {
        QMessageBox::about(
            this, tr("About Trendboard"),
            tr("Trendboard %1\nAn offline dashboard of BOND's Trends – Artificial "
               "Intelligence (5/25). Every value carries its page and a quote from the report.")
                .arg(QApplication::applicationVersion()));
    });
    statusBar()->showMessage(tr("%1 exhibits · %2").arg(exhibits).arg(db.path()));
    resize(1440, 900);
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
