// SPDX-License-Identifier: GPL-3.0-or-later
#include "slideactions.h"

#include "export/csv.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QToolButton>

namespace trendboard {

SlideOptions savedSlideOptions()
{
    const Preferences prefs;
    SlideOptions o;
    o.format = slideFormatFromName(prefs.exportFormat()).value_or(SlideFormat::Png);
    const int preset = prefs.exportPreset();
    o.preset = preset >= 0 && preset <= int(SlidePreset::Custom) ? SlidePreset(preset)
                                                                 : SlidePreset::Wide1080;
    const QSize custom = prefs.exportCustomSize();
    if (custom.width() >= kMinSlideSide && custom.height() >= kMinSlideSide &&
        custom.width() <= kMaxSlideSide && custom.height() <= kMaxSlideSide)
        o.customSize = custom;
    o.pixelRatio = std::clamp(prefs.exportPixelRatio(), 1, 3);
    o.theme = slideThemeFromName(prefs.exportTheme()).value_or(SlideTheme::Light);
    o.annotations = prefs.exportAnnotations();
    return o;
}

void saveSlideOptions(const SlideOptions& options)
{
    Preferences prefs;
    prefs.setExportFormat(formatSuffix(options.format));
    prefs.setExportPreset(int(options.preset));
    prefs.setExportCustomSize(options.customSize);
    prefs.setExportPixelRatio(options.pixelRatio);
    prefs.setExportTheme(themeName(options.theme));
    prefs.setExportAnnotations(options.annotations);
}

QComboBox* makePresetBox(QWidget* parent, SlidePreset current, bool withCustom)
{
    auto* box = new QComboBox(parent);
    for (SlidePreset p : {SlidePreset::Wide1080, SlidePreset::Wide2160, SlidePreset::Classic1200,
                          SlidePreset::Square1080, SlidePreset::Custom}) {
        if (p != SlidePreset::Custom || withCustom)
            box->addItem(presetLabel(p), int(p));
    }
    box->setCurrentIndex(std::max(0, box->findData(int(current))));
    return box;
}

QComboBox* makeRatioBox(QWidget* parent, int current)
{
    auto* box = new QComboBox(parent);
    for (int r = 1; r <= 3; ++r)
        box->addItem(QStringLiteral("%1×").arg(r), r);
    box->setCurrentIndex(std::clamp(current, 1, 3) - 1);
    box->setToolTip(QObject::tr("Pixels per slide pixel: 2× for a sharp image on a "
                                "high-resolution projector or screen (PNG only)"));
    return box;
}

QComboBox* makeThemeBox(QWidget* parent, SlideTheme current)
{
    auto* box = new QComboBox(parent);
    box->addItem(QObject::tr("Light"), int(SlideTheme::Light));
    box->addItem(QObject::tr("Dark"), int(SlideTheme::Dark));
    box->addItem(QObject::tr("Transparent background"), int(SlideTheme::Transparent));
    box->setCurrentIndex(std::max(0, box->findData(int(current))));
    return box;
}

QHBoxLayout* makeFolderRow(QWidget* parent, QLineEdit** folder)
{
    auto* edit = new QLineEdit(Preferences().exportFolder(), parent);
    edit->setMinimumWidth(260);
    auto* browse = new QToolButton(parent);
    browse->setText(QObject::tr("Choose…"));
    QObject::connect(browse, &QToolButton::clicked, parent, [parent, edit] {
        const QString chosen = QFileDialog::getExistingDirectory(
            parent, QObject::tr("Export to folder"), edit->text());
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    *folder = edit;
    return row;
}

void copySlideToClipboard(const ExhibitData& data, const SlideOptions& options)
{
    SlideRenderer renderer(options);
    auto* mime = new QMimeData; // the clipboard takes it over
    mime->setImageData(renderer.image(data));
    mime->setText(toTabSeparated(pointTable(data)));
    QApplication::clipboard()->setMimeData(mime);
}

void copyDataToClipboard(const ExhibitData& data)
{
    QApplication::clipboard()->setText(toTabSeparated(pointTable(data)));
}

} // namespace trendboard
