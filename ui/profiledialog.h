#pragma once

#include "entityprofile.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace trendboard {

class FlatTableModel;

// An entity's profile: every value the reports state about it, by measure, with its page.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const ReportDatabase& db, const QString& entity, QWidget* parent = nullptr);

    const EntityProfile& profile() const { return m_profile; }
    FlatTableModel* table() const { return m_table; }
    QString summary() const;

private:
    EntityProfile m_profile;
    QLabel* m_summary = nullptr;
    FlatTableModel* m_table = nullptr;
};

} // namespace trendboard
