// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewtab.h"

#include "browse/headlines.h"
#include "headlineboard.h"
#include "lazypage.h"
#include "sectiontab.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace trendboard {

OverviewTab::OverviewTab(const ReportDatabase& db, SectionTab* summary, QWidget* parent)
    : QWidget(parent), m_summary(summary)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->setTabPosition(QTabWidget::North);
    // The headline figures read every datapoint: chosen when the page is first shown.
    m_boardPage = new LazyPage(
        [this, &db](QWidget* page) {
            auto* board = new HeadlineBoard(chooseHeadlines(db), page);
            connect(board, &HeadlineBoard::exhibitRequested, this, &OverviewTab::exhibitRequested);
            connect(board, &HeadlineBoard::sectionRequested, this, &OverviewTab::sectionRequested);
            return board;
        },
        m_pages);
    m_pages->addTab(m_boardPage, tr("Headline figures"));
    m_pages->setTabToolTip(0, tr("Each section's key stated figures; click one to open its "
                                 "exhibit"));
    summary->setParent(m_pages);
    // The pages its charts are on (4–6), not the front matter's span (1–8).
    int first = summary->section().firstPage;
    int last = summary->section().lastPage;
    // By the index, not by reading the section's exhibits (issue 25).
    if (const auto span = db.pageSpan({kBondReportId, summary->section().number})) {
        first = span->first;
        last = span->second;
    }
    m_pages->addTab(summary, first == last
                                 ? tr("Summary charts (page %1)").arg(first)
                                 : tr("Summary charts (pages %1–%2)").arg(first).arg(last));
    layout->addWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, &OverviewTab::pageChanged);
}

void OverviewTab::showHeadlines()
{
    m_pages->setCurrentWidget(m_boardPage);
}

void OverviewTab::showSummary()
{
    m_pages->setCurrentWidget(m_summary);
}

HeadlineBoard* OverviewTab::board() const
{
    return static_cast<HeadlineBoard*>(m_boardPage->content());
}

bool OverviewTab::isBoardBuilt() const
{
    return m_boardPage->isBuilt();
}

bool OverviewTab::showingSummary() const
{
    return m_pages->currentWidget() == m_summary;
}

} // namespace trendboard
