#include "chartview.h"

#include "chart/chartcanvas.h"
#include "exhibitfigure.h"
#include "exhibittablemodel.h"
#include "keyfigureview.h"

#include <QCheckBox>
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
    m_chart = new QCheckBox(tr("Draw as chart"), this);
    m_chart->setToolTip(tr("This exhibit's text states fewer than three values, shown as key "
                           "figures; draw them on the report's chart instead"));
    m_png = new QToolButton(this);
    m_png->setText(tr("Export chart…"));
    m_png->setToolTip(tr("Save the chart as a slide-ready PNG or SVG (1600×900)"));
    m_csv = new QToolButton(this);
    m_csv->setText(tr("Export CSV…"));
    m_details = new QToolButton(this);
    m_details->setVisible(false);
    bar->addWidget(m_log);
    bar->addWidget(m_chart);
    bar->addWidget(m_details);
    bar->addStretch(1);
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    layout->addLayout(bar);
    m_figure = new ExhibitFigure(this);
    layout->addWidget(m_figure, 1);

    connect(m_log, &QCheckBox::toggled, this,
            [this](bool on) { m_figure->canvas()->setLogScale(on); });
    connect(m_chart, &QCheckBox::toggled, this, [this](bool on) {
        m_figure->setPreferChart(on);
        updateControls();
    });
    connect(m_figure->canvas(), &ChartCanvas::rowActivated, this, &ChartView::rowActivated);
    connect(m_figure->keyFigures(), &KeyFigureView::rowActivated, this, &ChartView::rowActivated);
    connect(m_png, &QToolButton::clicked, this, &ChartView::exportPngRequested);
    connect(m_csv, &QToolButton::clicked, this, &ChartView::exportCsvRequested);
    connect(m_details, &QToolButton::clicked, this, [this] {
        if (m_model && m_model->hasExhibit())
            emit detailsRequested(m_model->exhibit().info.detailsPage);
    });
}

void ChartView::setModel(ExhibitTableModel* model)
{
    m_model = model;
    m_figure->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &ChartView::updateControls);
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

void ChartView::highlightRow(int row)
{
    m_figure->canvas()->highlightRow(row);
    m_figure->keyFigures()->highlightRow(row);
}

} // namespace trendboard
