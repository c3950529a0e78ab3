// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenancepanel.h"

#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace trendboard {

ProvenancePanel::ProvenancePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    auto* heading = new QLabel(tr("Provenance of the selected value"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_text = new QLabel(scroll);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Provenance"));
    scroll->setWidget(m_text);
    layout->addWidget(scroll, 1);
    showRow(-1);
}

void ProvenancePanel::setModel(ExhibitTableModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    showRow(-1);
}

QString ProvenancePanel::text() const
{
    return m_text->text();
}

void ProvenancePanel::showRow(int row)
{
    if (!m_model || !m_model->hasExhibit() || row < 0 || row >= m_model->rowCount()) {
        m_text->setText(tr("Select a value in the table or on the chart."));
        return;
    }
    const ExhibitData& exhibit = m_model->exhibit();
    const ExhibitInfo& info = exhibit.info;
    const SeriesRecord& series = exhibit.series.at(m_model->seriesOfRow(row));
    const PointRecord& point = series.points.at(m_model->pointOfRow(row));
    QStringList lines;
    lines << tr("Report: %1").arg(info.reportCite);
    if (info.reportPages > 1)
        lines << tr("Section %1, page %2").arg(info.section).arg(point.page);
    lines << tr("Exhibit: %1 (%2)").arg(displayTitle(info), info.id);
    lines << tr("Series: %1%2")
                 .arg(displaySeriesName(series),
                      series.entity.isEmpty()
                          ? QString()
                          : QStringLiteral(" · ") + displayEntityName(series.entity));
    if (!point.entity.isEmpty() && point.entity != series.entity)
        lines << tr("Entity: %1").arg(displayEntityName(point.entity));
    lines << tr("Period as printed: %1").arg(point.xLabel);
    if (!point.periodStart.isEmpty())
        lines << tr("Period as parsed: %1 to %2 (%3)")
                     .arg(point.periodStart, point.periodEnd, granularityText(point.granularity));
    if (point.value && point.analyst != AnalystMark::None) {
        // Not printed in the report: the analyst's (the status line gives the report's).
        lines << tr("Analyst's value: %1").arg(formatValue(*point.value, point.unit));
        if (point.baseValue)
            lines << tr("In base units: %1 %2")
                         .arg(formatNumber(*point.baseValue), baseUnitText(point.baseUnit));
    } else if (point.value) {
        lines << tr("Value as printed: %1").arg(formatValue(*point.value, point.unit));
        if (point.baseValue)
            lines << tr("In base units: %1 %2")
                         .arg(formatNumber(*point.baseValue), baseUnitText(point.baseUnit));
    } else {
        lines << tr("Text: %1").arg(point.text);
    }
    if (!point.measure.isEmpty())
        lines << tr("Measure: %1").arg(displayMeasureName(point.measure, point.measure));
    if (point.analyst != AnalystMark::None)
        lines << tr("Status: %1").arg(analystStatus(point));
    else if (point.status == QLatin1String("derived"))
        lines << tr("Status: derived — %1").arg(displayDerivation(point));
    else
        lines << tr("Status: %1").arg(statusText(point.status));
    if (!point.citation.isEmpty())
        lines << tr("Analyst's citation: %1").arg(point.citation);
    if (!point.annotation.isEmpty())
        lines << tr("Note on this value: %1").arg(point.annotation);
    if (!series.annotation.isEmpty())
        lines << tr("Note on this series: %1").arg(series.annotation);
    if (!exhibit.annotation.isEmpty())
        lines << tr("Note on this exhibit: %1").arg(exhibit.annotation);
    if (!series.stated)
        lines << tr("The text does not state this series' other values.");
    lines << tr("Quote: “%1”").arg(point.quote);
    lines << tr("Source: %1").arg(displaySource(info));
    if (const QString ours = ourTranslationNote(info); !ours.isEmpty())
        lines << ours;
    if (!info.note.isEmpty())
        lines << tr("Note: %1").arg(displayNote(info));
    m_text->setText(printableText(lines.join(QLatin1Char('\n'))));
}

} // namespace trendboard
