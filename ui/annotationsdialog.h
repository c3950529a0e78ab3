#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;

// The analyst layer at a glance: every annotation (filterable; a double-click opens its
// exhibit) and the audit trail of every change, who made it and when.
class AnnotationsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotationsDialog(AnalystService& service, QWidget* parent = nullptr);
    QTableWidget* annotationTable() const { return m_annotations; }
    QTableWidget* auditTable() const { return m_audit; }

signals:
    void exhibitRequested(const QString& exhibitId);

private:
    void reload();

    AnalystService& m_service;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_annotations = nullptr;
    QTableWidget* m_audit = nullptr;
};

} // namespace trendboard
