// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's tabs: each a light page until it is first shown or asked for (issue 25), so
// that the window starts in the time of the tab it shows.
#include "mainwindow.h"

#include "comparisontab.h"
#include "lazypage.h"
#include "overviewtab.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "text/displaylanguage.h"

#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>

namespace trendboard {

namespace {
QString escapeAmpersands(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

// Each tab's labels, longest first: a narrow window shows a shorter one (fitTabLabels).
void MainWindow::addTab(QWidget* page, const QStringList& labels, const QString& tip)
{
    QStringList escaped;
    for (const QString& label : labels)
        escaped.append(escapeAmpersands(label));
    const int index = m_tabs->addTab(page, escaped.first());
    m_tabs->setTabToolTip(index, tip);
    m_tabLabels.append(escaped);
    m_tabCounts.append(QString());
}

SectionTab* MainWindow::addSectionTab(const SectionInfo& section)
{
    auto* tab = new SectionTab(m_db, section, m_tabs);
    m_sections.append(tab);
    connect(tab, &SectionTab::pageRequested, this, &MainWindow::openPage);
    connect(tab, &SectionTab::databaseFailed, this, &MainWindow::reportDatabaseFailure);
    connect(tab, &SectionTab::exhibitShown, this, &MainWindow::recordLocation);
    connect(tab, &SectionTab::exhibitRequested, this, &MainWindow::openExhibit);
    return tab;
}

void MainWindow::buildTabs()
{
    for (const SectionInfo& section : m_db.sections(kBondReportId)) {
        SectionTab* tab = addSectionTab(section);
        if (section.number == 0) {
            m_overview = new OverviewTab(m_db, tab, m_tabs);
            addTab(m_overview, {tr("Overview")}, displaySectionTitle(section));
            connect(m_overview, &OverviewTab::exhibitRequested, this, &MainWindow::openExhibit);
            connect(m_overview, &OverviewTab::sectionRequested, this, &MainWindow::showSection);
            connect(m_overview, &OverviewTab::pageChanged, this, &MainWindow::recordLocation);
            continue;
        }
        // "1 · Faster Than Ever", "1 · Faster", "1": the number always, as the report has it.
        const QString number = QString::number(section.number);
        const QString shortTitle = displayShortTitle(section.shortTitle);
        const QString firstWord = shortTitle.section(QLatin1Char(' '), 0, 0)
                                      .remove(QRegularExpression(QStringLiteral("[,;:&]+$")));
        QStringList labels{QStringLiteral("%1 · %2").arg(number, shortTitle)};
        if (firstWord != shortTitle) // Chinese has no spaces: its name or the number
            labels.append(QStringLiteral("%1 · %2").arg(number, firstWord));
        labels.append(number);
        addTab(tab, labels, displaySectionTitle(section));
    }
    addBrokerageTabs();
    // Across exhibits and both reports: the comparison workspace.
    m_comparisonPage =
        new LazyPage([this](QWidget* page) { return buildComparisonTab(page); }, m_tabs);
    addTab(m_comparisonPage, {tr("Compare")},
           tr("Compare a measure across companies, countries and regions"));
}

// A second report (the brokerage note) is one tab of its own, after BOND's sections.
void MainWindow::addBrokerageTabs()
{
    for (const ReportInfo& report : m_db.reports()) {
        if (report.id == kBondReportId)
            continue;
        SectionInfo whole{report.id,
                          -1,
                          tr("%1 — %2 (%3)").arg(report.title, report.publisher, report.published),
                          report.shortTitle,
                          1,
                          report.pageCount};
        // A Chinese note gives its own title in Chinese, in brackets after the English.
        static const QRegularExpression chineseTitle(
            QStringLiteral("[(（]([^()（）]*\\p{Han}[^()（）]*)[)）]\\s*$"));
        if (const auto m = chineseTitle.match(report.title); m.hasMatch())
            whole.titleZh =
                tr("%1 — brokerage industry note (%2)").arg(m.captured(1), report.published);
        const QString label =
            report.shortTitle.isEmpty() ? report.id : displayShortTitle(report.shortTitle);
        const QString firstWord = label.section(QLatin1Char(' '), 0, 0);
        SectionTab* tab = addSectionTab(whole);
        addTab(tab, firstWord == label ? QStringList{label} : QStringList{label, firstWord},
               displaySectionTitle(whole));
    }
}

ComparisonTab* MainWindow::buildComparisonTab(QWidget* page)
{
    auto* tab = new ComparisonTab(m_db, m_settings, page);
    connect(tab, &ComparisonTab::databaseFailed, this, &MainWindow::reportDatabaseFailure);
    connect(tab, &ComparisonTab::exhibitRequested, this, &MainWindow::openExhibit);
    if (m_analyst)
        tab->setAnalystService(m_analyst);
    if (m_pendingComparison)
        tab->setComparison(*std::exchange(m_pendingComparison, std::nullopt));
    return tab;
}

ComparisonTab* MainWindow::comparisonTab() const
{
    return static_cast<ComparisonTab*>(m_comparisonPage->content());
}

bool MainWindow::isComparisonBuilt() const
{
    return m_comparisonPage->isBuilt();
}

bool MainWindow::showingComparison() const
{
    return m_tabs->currentWidget() == m_comparisonPage;
}

void MainWindow::showComparison()
{
    m_tabs->setCurrentWidget(m_comparisonPage);
}

void MainWindow::restoreComparison(const SavedComparison& comparison)
{
    if (isComparisonBuilt())
        comparisonTab()->setComparison(comparison);
    else
        m_pendingComparison = comparison;
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

SectionTab* MainWindow::findSectionTab(int number) const
{
    for (SectionTab* tab : m_sections) {
        if (tab->section().number == number)
            return tab;
    }
    return nullptr;
}

SectionTab* MainWindow::sectionTab(int number) const
{
    SectionTab* tab = findSectionTab(number);
    if (tab)
        tab->ensureBuilt();
    return tab;
}

SectionTab* MainWindow::sectionTabOn(QWidget* page) const
{
    return page == m_overview ? m_overview->summary() : qobject_cast<SectionTab*>(page);
}

SectionTab* MainWindow::currentSectionTab() const
{
    QWidget* page = m_tabs->currentWidget();
    SectionTab* tab = page == m_overview
                          ? (m_overview->showingSummary() ? m_overview->summary() : nullptr)
                          : qobject_cast<SectionTab*>(page);
    if (tab)
        tab->ensureBuilt();
    return tab;
}

QWidget* MainWindow::pageOf(SectionTab* tab) const
{
    return m_overview && tab == m_overview->summary() ? static_cast<QWidget*>(m_overview) : tab;
}

void MainWindow::showTab(SectionTab* tab)
{
    if (m_overview && tab == m_overview->summary())
        m_overview->showSummary();
    m_tabs->setCurrentWidget(pageOf(tab));
}

void MainWindow::showSection(int number)
{
    if (SectionTab* tab = findSectionTab(number))
        m_tabs->setCurrentWidget(pageOf(tab));
}

} // namespace trendboard
