// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "chart/chartcanvas.h"
#include "export/slideexport.h"
#include "figure/exhibitfigure.h"
#include "figure/keyfigureview.h"
#include "models/exhibittablemodel.h"
#include "settings/preferences.h"
#include "slideactions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace trendboard {

ChartView::ChartView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 0);
    m_log = new QCheckBox(tr("Log scale"), this);
    m_view = new QComboBox(this);
    m_view->setAccessibleName(tr("View"));
    m_view->setToolTip(tr("Draw the values as stated, indexed to their first period, or as "
                          "the change from the previous stated period"));
    for (Transform t : {Transform::AsStated, Transform::Indexed, Transform::Growth})
        m_view->addItem(transformName(t), int(t));
    // A short label: the bar must still fit a 1024-pixel window.
    m_annotations = new QCheckBox(tr("Annotations"), this);
    m_annotations->setAccessibleName(tr("Show annotations"));
    m_annotations->setToolTip(tr("The analyst's notes as numbered markers and callouts on the "
                                 "chart"));
    m_annotations->setChecked(annotationsSetting());
    m_chart = new QCheckBox(tr("Draw as chart"), this);
    m_chart->setToolTip(tr("This exhibit's text states fewer than three values, shown as key "
                           "figures; draw them on the report's chart instead"));
    m_png = new QToolButton(this);
    m_png->setText(tr("Export chart…"));
    m_png->setToolTip(tr("Save the chart as a slide: PNG, SVG or PDF, in a slide's size and "
                         "theme"));
    m_csv = new QToolButton(this);
    m_csv->setText(tr("Export CSV…"));
    // To paste into a slide or a spreadsheet without a file in between. One button with a
    // menu: the bar must still fit a small screen.
    m_copy = new QToolButton(this);
    m_copy->setText(tr("Copy"));
    m_copy->setPopupMode(QToolButton::InstantPopup);
    QAction* copyChart = m_copy->addAction(tr("Copy chart"));
    copyChart->setToolTip(tr("Copy the chart as a slide image (with its values as text)"));
    QAction* copyData = m_copy->addAction(tr("Copy data"));
    copyData->setToolTip(tr("Copy the values drawn as tab-separated text"));
    m_details = new QToolButton(this);
    m_details->setVisible(false);
    m_details->setAccessibleName(tr("Details in the report"));
    bar->addWidget(m_view);
    bar->addWidget(m_log);
    bar->addWidget(m_annotations);
    bar->addWidget(m_chart);
    bar->addWidget(m_details);
    bar->addStretch(1);
    bar->addWidget(m_copy);
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    layout->addLayout(bar);
    m_figure = new ExhibitFigure(this);
    layout->addWidget(m_figure, 1);
    m_shown = new ExhibitTableModel(this);
    m_figure->setModel(m_shown);
    m_figure->setAnnotationsVisible(m_annotations->isChecked());
    updateLook();

    connect(m_log, &QCheckBox::toggled, this,
            [this](bool on) { m_figure->canvas()->setLogScale(on); });
    connect(m_annotations, &QCheckBox::toggled, this, [this](bool on) {
        m_figure->setAnnotationsVisible(on);
        if (!m_fixedAnnotations)
            Preferences().setShowAnnotations(on);
    });
    connect(m_chart, &QCheckBox::toggled, this, [this](bool on) {
        m_figure->setPreferChart(on);
        updateControls();
    });
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        updateShown(false);
        emit transformChanged();
    });
    // Rows of the drawn copy are the table's rows only while it draws the values as stated.
    auto forward = [this](int row) {
        if (transform() == Transform::AsStated)
            emit rowActivated(row);
    };
    connect(m_figure->canvas(), &ChartCanvas::rowActivated, this, forward);
    connect(m_figure->canvas(), &ChartCanvas::hiddenSeriesChanged, this,
            [this] { emit hiddenSeriesChanged(m_figure->canvas()->hiddenSeries()); });
    connect(m_figure->keyFigures(), &KeyFigureView::rowActivated, this, forward);
    connect(m_png, &QToolButton::clicked, this, &ChartView::exportPngRequested);
    connect(m_csv, &QToolButton::clicked, this, &ChartView::exportCsvRequested);
    connect(copyChart, &QAction::triggered, this, [this] {
        if (m_shown->hasExhibit())
            copySlideToClipboard(m_shown->exhibit(), savedSlideOptions());
    });
    connect(copyData, &QAction::triggered, this, [this] {
        if (m_shown->hasExhibit())
            copyDataToClipboard(m_shown->exhibit());
    });
    connect(m_details, &QToolButton::clicked, this, [this] {
        if (m_model && m_model->hasExhibit())
            emit detailsRequested(m_model->exhibit().info.detailsPage);
    });
}

void ChartView::setModel(ExhibitTableModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] { updateShown(false); });
        // An edit: the drawn copy is updated in place as well, never reset.
        connect(model, &QAbstractItemModel::dataChanged, this, [this] { updateShown(true); });
    }
    updateShown();
}

Transform ChartView::transform() const
{
    return Transform(m_view->currentData().toInt());
}

void ChartView::setTransform(Transform transform)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(int(transform))));
}

void ChartView::updateShown(bool inPlace)
{
    if (!m_model || !m_model->hasExhibit()) {
        m_shown->setExhibit(std::nullopt);
        updateControls();
        return;
    }
    // As stated (an exhibit switch): the stated values as they are, with no transform's copy.
    if (transform() == Transform::AsStated) {
        if (inPlace)
            m_shown->updateExhibit(m_model->exhibit());
        else
            m_shown->setExhibit(m_model->exhibit());
        updateControls();
        return;
    }
    TransformResult shown = applyTransform(m_model->exhibit(), transform());
    ExhibitData& data = shown.data;
    if (!shown.notes.isEmpty()) {
        const QString notes = shown.notes.join(QLatin1Char(' '));
        data.info.note = (data.info.note + QLatin1Char(' ') + notes).trimmed();
        // The view's notes are in the display language: after the page's Chinese note too.
        if (!data.info.noteZh.isEmpty())
            data.info.noteZh.text = data.info.noteZh.text + QLatin1Char(' ') + notes;
    }
    if (inPlace)
        m_shown->updateExhibit(std::move(data));
    else
        m_shown->setExhibit(std::move(data));
    updateControls();
}

void ChartView::updateControls()
{
    ChartCanvas* canvas = m_figure->canvas();
    const QSignalBlocker block(m_log);
    m_log->setChecked(canvas->logScale());
    const bool logPossible = canvas->logScaleAvailable() && !m_figure->showsKeyFigures();
    m_log->setEnabled(logPossible);
    // Say why the box is off, rather than leaving a user to guess.
    m_log->setToolTip(logPossible ? tr("Logarithmic value axis")
                      : m_figure->showsKeyFigures()
                          ? tr("Shown as key figures: no value axis to make logarithmic")
                          : tr("Not available: a log axis needs every plotted value above zero, "
                               "and this chart has values of zero or below (or none)"));
    m_chart->setVisible(m_figure->keyFiguresAvailable());
    m_view->setEnabled(m_model && m_model->hasExhibit() && !m_figure->showsKeyFigures());
    const int details = m_model && m_model->hasExhibit() ? m_model->exhibit().info.detailsPage : 0;
    m_details->setVisible(details > 0);
    m_details->setText(tr("Details on p. %1 →").arg(details));
}

void ChartView::setLogScale(bool on)
{
    if (on && !m_log->isEnabled())
        return;
    m_figure->canvas()->setLogScale(on);
    updateControls();
}

void ChartView::setAnnotationsVisible(bool on)
{
    m_annotations->setChecked(on);
}

bool ChartView::annotationsVisible() const
{
    return m_annotations->isChecked();
}

void ChartView::fixAnnotations(bool on)
{
    m_fixedAnnotations = on;
    m_annotations->setChecked(on);
}

bool ChartView::annotationsSetting() const
{
    return m_fixedAnnotations.value_or(Preferences().showAnnotations());
}

void ChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Another tab's box may have changed the choice since this one was shown.
    m_annotations->setChecked(annotationsSetting());
}

void ChartView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLook();
}

void ChartView::updateLook()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_figure->setLook(dark ? lookFor(SlideTheme::Dark) : CanvasLook{});
}

void ChartView::highlightRow(int row)
{
    if (transform() != Transform::AsStated)
        return; // the drawn rows are computed ones
    m_figure->canvas()->highlightRow(row);
    m_figure->keyFigures()->highlightRow(row);
}

} // namespace trendboard
