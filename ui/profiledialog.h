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

// An entity's profile: every value the reports state about it, by measure, with its page; with
// an analyst layer, the analyst's values too, marked, unless "Include analyst values" is off.
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
    // The setting the Compare tab's "Include analyst values" writes and profiles open with.
    static QString includeAnalystKey() { return QStringLiteral("compare/includeAnalyst"); }
    QString summary() const;

private:
    void load();

    const ReportDatabase& m_db;
    const AnalystService* m_analyst;
    QString m_entity;
    EntityProfile m_profile;
    QLabel* m_summary = nullptr;
    QCheckBox* m_includeAnalyst = nullptr;
    FlatTableModel* m_table = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace trendboard
