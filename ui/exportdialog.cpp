// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/exportservice.h"
#include "settings/preferences.h"
#include "slideactions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace trendboard {

namespace {
constexpr int kPreviewWidth = 480;
}

ExportDialog::ExportDialog(const ExhibitData& data, const QString& baseName, QWidget* parent)
    : QDialog(parent), m_data(data), m_baseName(baseName),
      m_renderer(std::make_unique<SlideRenderer>())
{
    setWindowTitle(tr("Export slide"));
    const SlideOptions saved = savedSlideOptions();

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(SlideFormat::Png));
    m_format->addItem(tr("SVG vector image"), int(SlideFormat::Svg));
    m_format->addItem(tr("PDF page"), int(SlideFormat::Pdf));
    m_format->setCurrentIndex(m_format->findData(int(saved.format)));
    m_preset = makePresetBox(this, saved.preset, true);
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(kMinSlideSide, kMaxSlideSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(saved.customSize.width());
    m_height->setValue(saved.customSize.height());
    auto* custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    custom->addStretch(1);
    m_ratio = makeRatioBox(this, saved.pixelRatio);
    m_pixels = new QLabel(this);
    m_theme = makeThemeBox(this, saved.theme);
    m_annotations = new QCheckBox(tr("Include annotations"), this);
    m_annotations->setToolTip(tr("The analyst's notes as numbered markers and callouts on the "
                                 "chart, and listed under it"));
    m_annotations->setChecked(saved.annotations);
    QHBoxLayout* folderRow = makeFolderRow(this, &m_folder);
    m_name = new QLineEdit(this);
    m_name->setMinimumWidth(320); // a whole exhibit id, not its tail

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), m_preset);
    form->addRow(tr("Custom size:"), custom);
    form->addRow(tr("Pixel ratio:"), m_ratio);
    form->addRow(QString(), m_pixels);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(QString(), m_annotations);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("File name:"), m_name);

    m_preview = new QLabel(this);
    m_preview->setFixedSize(kPreviewWidth, kPreviewWidth);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview"));
    // A checkerboard would be truer for transparency; grey shows it well enough.
    m_preview->setStyleSheet(QStringLiteral("background: #9aa3ad; border: 1px solid #777;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* copyImage = buttons->addButton(tr("Copy image"), QDialogButtonBox::ActionRole);
    QPushButton* copyData = buttons->addButton(tr("Copy data"), QDialogButtonBox::ActionRole);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    top->addWidget(m_preview);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    // Rendering a preview takes a moment: one after the last change, not one per keystroke.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QComboBox* box : {m_format, m_preset, m_ratio, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::optionsChanged);
    for (QSpinBox* box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::optionsChanged);
    connect(m_annotations, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyImage, &QPushButton::clicked, this,
            [this] { copySlideToClipboard(m_data, options()); });
    connect(copyData, &QPushButton::clicked, this, [this] { copyDataToClipboard(m_data); });
    optionsChanged();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

SlideOptions ExportDialog::options() const
{
    SlideOptions o;
    o.format = SlideFormat(m_format->currentData().toInt());
    o.preset = SlidePreset(m_preset->currentData().toInt());
    o.customSize = QSize(m_width->value(), m_height->value());
    // A vector slide has no pixels to multiply.
    o.pixelRatio = o.format == SlideFormat::Png ? m_ratio->currentData().toInt() : 1;
    o.theme = SlideTheme(m_theme->currentData().toInt());
    o.annotations = m_annotations->isChecked();
    return o;
}

QString ExportDialog::targetPath() const
{
    QString name = m_name->text().trimmed();
    const QString suffix = formatSuffix(options().format);
    if (!name.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        name += QLatin1Char('.') + suffix;
    return QDir(m_folder->text().trimmed()).filePath(name);
}

void ExportDialog::optionsChanged()
{
    const SlideOptions o = options();
    const bool custom = o.preset == SlidePreset::Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_ratio->setEnabled(o.format == SlideFormat::Png);
    const QSize pixels = o.pixelSize();
    m_pixels->setText(
        o.format == SlideFormat::Png
            ? tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height())
            : tr("Vector: %1 × %2 at any resolution").arg(pixels.width()).arg(pixels.height()));
    // The name follows the format: the base name, the new suffix.
    QString name = m_name->text().trimmed();
    const QFileInfo info(name);
    name = (name.isEmpty() ? m_baseName : info.completeBaseName()) + QLatin1Char('.') +
           formatSuffix(o.format);
    m_name->setText(name);
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    // The slide at the preview's size: the layout scales with the slide, so a small one shows
    // what the large one will hold.
    SlideOptions o = options();
    const QSize slide =
        o.logicalSize().scaled(kPreviewWidth - 2, kPreviewWidth - 2, Qt::KeepAspectRatio);
    o.preset = SlidePreset::Custom;
    o.customSize = slide;
    o.pixelRatio = std::max<int>(1, int(std::ceil(devicePixelRatioF())));
    m_renderer->setOptions(o);
    m_preview->setPixmap(QPixmap::fromImage(m_renderer->image(m_data)));
}

bool ExportDialog::save()
{
    const QString folder = m_folder->text().trimmed();
    const QFileInfo dir(folder);
    if (folder.isEmpty() || !dir.isDir() || !dir.isWritable()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The folder %1 %2. Choose another folder.")
                                 .arg(folder, !dir.exists() ? tr("does not exist")
                                              : !dir.isDir()
                                                  ? tr("is not a folder")
                                                  : tr("cannot be written to (no permission)")));
        return false;
    }
    const QString path = targetPath();
    if (QFileInfo::exists(path) &&
        QMessageBox::question(
            this, tr("Replace file"), tr("%1 already exists. Replace it?").arg(path),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const SlideOptions o = options();
    m_renderer->setOptions(o);
    // QSaveFile underneath: a full disk or a failed write leaves no partial file.
    const QString problem = saveBytes(m_renderer->bytes(m_data), path);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), problem);
        return false;
    }
    saveSlideOptions(o);
    Preferences().setExportFolder(QFileInfo(path).absolutePath());
    return true;
}

void ExportDialog::exportFigure(const ExhibitData& data, const QString& baseName, QWidget* parent)
{
    ExportDialog dialog(data, baseName, parent);
    dialog.exec();
}

} // namespace trendboard
