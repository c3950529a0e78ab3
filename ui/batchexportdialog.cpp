// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchexportdialog.h"

#include "exhibitbrowser.h"
#include "models/exhibitlistmodel.h"
#include "sectiontab.h"
#include "settings/preferences.h"
#include "slideactions.h"
#include "text/displaylanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace trendboard {

namespace {

// The exhibits a tab lists: its filtered list as the user sees it.
QVector<ExhibitInfo> listedExhibits(const ReportDatabase& db, SectionTab* tab)
{
    QVector<ExhibitInfo> exhibits;
    const auto* browser = tab ? tab->findChild<ExhibitBrowser*>() : nullptr;
    QAbstractItemModel* model = browser ? browser->listView()->model() : nullptr;
    // The list hands its view a batch at a time: every row of it is exported.
    while (model && model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(ExhibitListModel::ExhibitIdRole).toString();
        if (const auto e = db.exhibit(id))
            exhibits.append(*e);
    }
    return exhibits;
}

} // namespace

BatchExportDialog::BatchExportDialog(const ReportDatabase& db, QVector<ExhibitInfo> exhibits,
                                     const QString& what, QWidget* parent)
    : QDialog(parent), m_db(db), m_exhibits(std::move(exhibits)), m_what(what)
{
    setWindowTitle(tr("Export %1").arg(what));
    const SlideOptions saved = savedSlideOptions();
    m_png = new QCheckBox(tr("PNG"), this);
    m_svg = new QCheckBox(tr("SVG"), this);
    m_pdf = new QCheckBox(tr("PDF"), this);
    m_deck = new QCheckBox(tr("as one PDF deck (a slide a page)"), this);
    m_csv = new QCheckBox(tr("CSV data (with a README)"), this);
    m_png->setChecked(saved.format == SlideFormat::Png);
    m_svg->setChecked(saved.format == SlideFormat::Svg);
    m_pdf->setChecked(saved.format == SlideFormat::Pdf);
    m_deck->setEnabled(m_pdf->isChecked());
    connect(m_pdf, &QCheckBox::toggled, m_deck, &QCheckBox::setEnabled);
    auto* formats = new QHBoxLayout;
    for (QCheckBox* box : {m_png, m_svg, m_pdf, m_deck, m_csv})
        formats->addWidget(box);
    m_preset = makePresetBox(this, saved.preset, false);
    m_ratio = makeRatioBox(this, saved.pixelRatio);
    m_theme = makeThemeBox(this, saved.theme);
    // As the one-slide export last chose.
    m_annotations = new QCheckBox(tr("Include annotations"), this);
    m_annotations->setChecked(saved.annotations);
    QHBoxLayout* folderRow = makeFolderRow(this, &m_folder);

    auto* form = new QFormLayout;
    form->addRow(
        new QLabel(tr("%n exhibit(s): %1", nullptr, int(m_exhibits.size())).arg(what), this));
    form->addRow(tr("Formats:"), formats);
    form->addRow(tr("Slide size:"), m_preset);
    form->addRow(tr("Pixel ratio (PNG):"), m_ratio);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(QString(), m_annotations);
    form->addRow(tr("Folder:"), folderRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

BatchRequest BatchExportDialog::request() const
{
    BatchRequest r;
    r.exhibits = m_exhibits;
    r.folder = m_folder->text().trimmed();
    r.png = m_png->isChecked();
    r.svg = m_svg->isChecked();
    r.pdf = m_pdf->isChecked();
    r.deck = r.pdf && m_deck->isChecked();
    r.csv = m_csv->isChecked();
    r.slide.preset = SlidePreset(m_preset->currentData().toInt());
    r.slide.pixelRatio = m_ratio->currentData().toInt();
    r.slide.theme = SlideTheme(m_theme->currentData().toInt());
    r.slide.annotations = m_annotations->isChecked();
    r.overlay = m_overlay;
    return r;
}

QString BatchExportDialog::confirmationText() const
{
    const BatchRequest r = request();
    const QStringList targets = batchTargets(r);
    const QDir folder(r.folder);
    QStringList existing;
    for (const QString& name : targets) {
        if (folder.exists(name))
            existing.append(name);
    }
    // Said before the first file is written: "everything" is hundreds of exhibits and files.
    QString text = tr("Export %n exhibit(s)", nullptr, int(r.exhibits.size())) +
                   tr(" to %n file(s) in %1?", nullptr, int(targets.size())).arg(r.folder);
    if (!existing.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("%n of these files already exist and will be replaced (%1).", nullptr,
                   int(existing.size()))
                    .arg(existing.mid(0, 3).join(QStringLiteral(", ")) +
                         (existing.size() > 3 ? QStringLiteral(", …") : QString()));
    return text;
}

bool BatchExportDialog::run()
{
    const BatchRequest r = request();
    QMessageBox confirm(QMessageBox::Question, tr("Export %1").arg(m_what), confirmationText(),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmBatchExport"));
    QPushButton* start = confirm.addButton(tr("Export"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(start);
    confirm.exec();
    if (confirm.clickedButton() != start)
        return false;
    QProgressDialog progress(tr("Exporting %1…").arg(m_what), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const BatchResult result = runBatchExport(m_db, r, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // processes events: the Cancel button answers
        return !progress.wasCanceled();
    });
    progress.close();
    Preferences().setExportFolder(r.folder);
    const QString summary =
        tr("%n file(s) written to %1, listed in index.csv.", nullptr, int(result.written.size()))
            .arg(r.folder);
    if (!result.error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"),
                             result.error + QStringLiteral("\n\n") + summary);
    else if (result.cancelled)
        QMessageBox::information(this, tr("Export cancelled"),
                                 tr("Cancelled. Only complete files were kept: %1").arg(summary));
    else
        QMessageBox::information(this, tr("Export finished"), summary);
    return true;
}

void addBatchExportActions(QMenu* file, const ReportDatabase& db, QWidget* window,
                           const std::function<SectionTab*()>& currentTab,
                           const std::function<void(ExhibitData&)>& overlay)
{
    auto open = [&db, window, overlay](const QVector<ExhibitInfo>& exhibits, const QString& what) {
        if (exhibits.isEmpty()) {
            QMessageBox::information(window, QObject::tr("Nothing to export"),
                                     QObject::tr("This tab lists no exhibit (see the filters)."));
            return;
        }
        BatchExportDialog dialog(db, exhibits, what, window);
        dialog.setOverlay(overlay);
        if (dialog.exec() == QDialog::Accepted)
            dialog.run();
    };
    file->addAction(QObject::tr("Export this &tab…"), window, [&db, currentTab, open] {
        SectionTab* tab = currentTab();
        open(listedExhibits(db, tab), tab ? QObject::tr("the exhibits listed in “%1”")
                                                .arg(displaySectionTitle(tab->section()))
                                          : QObject::tr("this tab"));
    });
    file->addAction(QObject::tr("Export &everything…"), window, [&db, open] {
        QVector<ExhibitInfo> all;
        for (const ReportInfo& report : db.reports())
            all += db.exhibits(std::nullopt, report.id);
        open(all, QObject::tr("every exhibit of both reports"));
    });
}

} // namespace trendboard
