// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace trendboard {

class HeadlineBoard;
class LazyPage;
class ReportDatabase;
class SectionTab;

// The Overview: the report's headline figures, section by section, and its summary charts
// (the front matter's pages) one tab away.
class OverviewTab : public QWidget
{
    Q_OBJECT
public:
    OverviewTab(const ReportDatabase& db, SectionTab* summary, QWidget* parent = nullptr);

    SectionTab* summary() const { return m_summary; }
    // The headline figures, chosen now if their page was not shown yet.
    HeadlineBoard* board() const;
    bool isBoardBuilt() const;
    void showHeadlines();
    void showSummary();
    bool showingSummary() const;

signals:
    void exhibitRequested(const QString& exhibitId);
    void sectionRequested(int section);
    void pageChanged();

private:
    QTabWidget* m_pages = nullptr;
    LazyPage* m_boardPage = nullptr;
    SectionTab* m_summary = nullptr;
};

} // namespace trendboard
