// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"
#include "export/slideexport.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
QT_END_NAMESPACE

namespace trendboard {

// Exports one figure (an exhibit as shown, or the comparison chart) as a slide: format,
// size preset or custom size, pixel ratio, theme, a live preview, folder and file name, and
// copy to the clipboard. Remembers its choices; asks before replacing a file; writes through
// QSaveFile.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const ExhibitData& data, const QString& baseName, QWidget* parent = nullptr);
    ~ExportDialog() override;

    SlideOptions options() const;
    QString targetPath() const;
    // Writes the file (asking before replacing one); false when it was not written.
    bool save();

    // Opens the dialog for the figure, modal.
    static void exportFigure(const ExhibitData& data, const QString& baseName, QWidget* parent);

private:
    void optionsChanged();
    void updatePreview();

    ExhibitData m_data;
    QString m_baseName;
    std::unique_ptr<SlideRenderer> m_renderer;
    QComboBox* m_format = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_ratio = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_annotations = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_pixels = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_name = nullptr;
    QTimer* m_previewTimer = nullptr;
};

} // namespace trendboard
