// SPDX-License-Identifier: GPL-3.0-or-later
#include "slideactions.h"

#include "export/csv.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QToolButton>

namespace trendboard {

SlideOptions savedSlideOptions()
{
    const QSettings settings;
    SlideOptions o;
    o.format = slideFormatFromName(settings.value(QStringLiteral("export/format")).toString())
                   .value_or(SlideFormat::Png);
    const int preset = settings.value(QStringLiteral("export/preset"), 0).toInt();
    o.preset = preset >= 0 && preset <= int(SlidePreset::Custom) ? SlidePreset(preset)
                                                                 : SlidePreset::Wide1080;
    const QSize custom = settings.value(QStringLiteral("export/customSize")).toSize();
    if (custom.width() >= kMinSlideSide && custom.height() >= kMinSlideSide &&
        custom.width() <= kMaxSlideSide && custom.height() <= kMaxSlideSide)
        o.customSize = custom;
    o.pixelRatio = std::clamp(settings.value(QStringLiteral("export/ratio"), 1).toInt(), 1, 3);
    o.theme = slideThemeFromName(settings.value(QStringLiteral("export/theme")).toString())
                  .value_or(SlideTheme::Light);
    o.annotations = settings.value(QStringLiteral("export/annotations"), false).toBool();
    return o;
}

void saveSlideOptions(const SlideOptions& options)
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), formatSuffix(options.format));
    settings.setValue(QStringLiteral("export/preset"), int(options.preset));
    settings.setValue(QStringLiteral("export/customSize"), options.customSize);
    settings.setValue(QStringLiteral("export/ratio"), options.pixelRatio);
    settings.setValue(QStringLiteral("export/theme"), themeName(options.theme));
    settings.setValue(QStringLiteral("export/annotations"), options.annotations);
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
    auto* edit = new QLineEdit(
        QSettings().value(QStringLiteral("export/folder"), QDir::homePath()).toString(), parent);
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
