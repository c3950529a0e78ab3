// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/batchexport.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
QT_END_NAMESPACE

namespace trendboard {

class SectionTab;

// Many exhibits to a folder (slides, a PDF deck, CSV), behind a progress dialog that cancels.
class BatchExportDialog : public QDialog
{
    Q_OBJECT
public:
    BatchExportDialog(const ReportDatabase& db, QVector<ExhibitInfo> exhibits, const QString& what,
                      QWidget* parent = nullptr);

    BatchRequest request() const;
    // The analyst's values over the report's, as the window shows them.
    void setOverlay(std::function<void(ExhibitData&)> overlay) { m_overlay = std::move(overlay); }
    // Says how many exhibits and files it will write (and which it would replace) and asks;
    // then runs the batch with a progress dialog and says how it went. False when cancelled
    // at the question (nothing written).
    bool run();
    QString confirmationText() const;

private:
    const ReportDatabase& m_db;
    QVector<ExhibitInfo> m_exhibits;
    QString m_what;
    std::function<void(ExhibitData&)> m_overlay;
    QCheckBox* m_png = nullptr;
    QCheckBox* m_svg = nullptr;
    QCheckBox* m_pdf = nullptr;
    QCheckBox* m_deck = nullptr;
    QCheckBox* m_annotations = nullptr;
    QCheckBox* m_csv = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_ratio = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_folder = nullptr;
};

// The File menu's "Export this tab…" (the exhibits the tab lists, as filtered) and "Export
// everything…". currentTab gives the tab on show, or none (the Compare tab).
void addBatchExportActions(QMenu* file, const ReportDatabase& db, QWidget* window,
                           const std::function<SectionTab*()>& currentTab,
                           const std::function<void(ExhibitData&)>& overlay = {});

} // namespace trendboard
