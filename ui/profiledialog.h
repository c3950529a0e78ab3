// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browse/entityprofile.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;
class FlatTableModel;

// An entity's profile: every value the reports state about it, by measure, with its page and
// quote in view at the dialog's size; with an analyst layer, the analyst's values too, marked,
// unless "Include analyst values" is off. Activating a row opens its exhibit.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens with analyst values shown as the Compare tab's switch was last left.
    ProfileDialog(const ReportDatabase& db, const QString& entity,
                  const AnalystService* analyst = nullptr, QWidget* parent = nullptr);

    const EntityProfile& profile() const { return m_profile; }
    FlatTableModel* table() const { return m_table; }
    QCheckBox* includeAnalystBox() const { return m_includeAnalyst; }
    QString summary() const;
    QTableView* view() const { return m_view; }
    // Opens the exhibit of a row's value in the main window (what activating the row does).
    void openRow(int row);

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    // A row was activated (double-click, Enter): its exhibit is to be shown.
    void exhibitRequested(const QString& exhibitId);

private:
    void fitColumns();
    // The quote takes the width the columns before it leave.
    void fitQuote();

    void load();

    const ReportDatabase& m_db;
    const AnalystService* m_analyst;
    QString m_entity;
    EntityProfile m_profile;
    QStringList m_rowExhibits; // the exhibit of each table row
    QLabel* m_summary = nullptr;
    QCheckBox* m_includeAnalyst = nullptr;
    FlatTableModel* m_table = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace trendboard
