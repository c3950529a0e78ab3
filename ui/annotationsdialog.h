// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;

// The analyst layer at a glance: every annotation (filterable; a double-click opens its
// exhibit), the audit trail of every change, who made it and when, and the values and notes a
// data update left without their exhibit, series or point (kept, listed, never dropped).
class AnnotationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotationsDialog(AnalystService& service, QWidget* parent = nullptr);
    QTableWidget* annotationTable() const { return m_annotations; }
    QTableWidget* auditTable() const { return m_audit; }
    QTableWidget* orphanTable() const { return m_orphans; }

signals:
    void exhibitRequested(const QString& exhibitId);

private:
    void reload();

    AnalystService& m_service;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_annotations = nullptr;
    QTableWidget* m_audit = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_orphanPage = nullptr;
    QTableWidget* m_orphans = nullptr;
};

} // namespace trendboard
