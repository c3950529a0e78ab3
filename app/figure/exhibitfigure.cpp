// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/exhibitfigure.h"

#include "chart/chartcanvas.h"
#include "export/exportservice.h"
#include "figure/figurelabels.h"
#include "figure/keyfigureview.h"
#include "figure/pagesaysview.h"
#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace trendboard {

namespace {
// The figure's text colours on a background; the screen's are the light ones.
struct TextColours
{
    QColor title, headline, callouts, notStated, alsoIn, source, annotations;
};

TextColours coloursFor(const CanvasLook& look)
{
    if (look.background.alpha() == 0 || look.background.lightness() >= 128)
        return {look.ink,         look.accent, look.ink,        QColor(0x8a5a00),
                QColor(0x2d6a4f), look.muted,  QColor(0x8e24aa)};
    // The analyst's purple, lighter on a dark slide.
    return {look.ink,         look.accent, look.ink,        QColor(0xe8b45a),
            QColor(0x7fcf9f), look.muted,  QColor(0xce93d8)};
}
} // namespace

ExhibitFigure::ExhibitFigure(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(4);
    const CanvasLook light;
    m_title = makeFigureLabel(this, 1.35, true, light.ink);
    m_headline = makeFigureLabel(this, 1.05, false, QColor(0x3a6ea5));
    m_canvas = createChartCanvas(this);
    m_keyFigures = new KeyFigureView(this);
    m_keyFigures->setVisible(false);
    m_pageSays = new PageSaysView(this);
    m_pageSays->setVisible(false);
    m_callouts = makeFigureLabel(this, 0.95, false, light.ink);
    m_notStated = makeFigureLabel(this, 0.95, false, QColor(0x8a5a00));
    m_alsoIn = makeFigureLabel(this, 0.95, false, QColor(0x2d6a4f));
    m_source = makeFigureLabel(this, 0.85, false, QColor(0x555555));
    m_annotations = makeFigureLabel(this, 0.9, false, QColor(0x8e24aa));
    m_annotations->setVisible(false);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_keyFigures, 1);
    layout->addWidget(m_pageSays, 1);
    layout->addWidget(m_callouts);
    layout->addWidget(m_annotations);
    layout->addWidget(m_notStated);
    layout->addWidget(m_alsoIn);
    layout->addWidget(m_source);
}

void ExhibitFigure::setLook(const CanvasLook& look)
{
    const bool transparent = look.background.alpha() == 0;
    setAutoFillBackground(!transparent);
    QPalette p = palette();
    p.setColor(QPalette::Window, look.background);
    setPalette(p);
    const TextColours c = coloursFor(look);
    const std::pair<QLabel*, QColor> labels[] = {{m_title, c.title},
                                                 {m_headline, c.headline},
                                                 {m_callouts, c.callouts},
                                                 {m_notStated, c.notStated},
                                                 {m_alsoIn, c.alsoIn},
                                                 {m_source, c.source},
                                                 {m_annotations, c.annotations}};
    for (const auto& [label, colour] : labels)
        label->setStyleSheet(textColourSheet(colour));
    m_canvas->setLook(look);
    m_keyFigures->setLook(look);
    m_pageSays->setLook(look);
}

void ExhibitFigure::setForSlide(bool slide)
{
    m_slide = slide;
    m_keyFigures->setForSlide(slide);
    m_pageSays->setForSlide(slide);
    refresh();
}

bool ExhibitFigure::showsPageSays() const
{
    return m_model && m_model->hasExhibit() && m_model->exhibit().pointCount() == 0;
}

bool ExhibitFigure::keyFiguresAvailable() const
{
    return m_model && m_model->hasExhibit() && KeyFigureView::suits(m_model->exhibit());
}

bool ExhibitFigure::showsKeyFigures() const
{
    return keyFiguresAvailable() && !m_preferChart && !showsPageSays();
}

void ExhibitFigure::setPreferChart(bool chart)
{
    m_preferChart = chart;
    refresh();
}

void ExhibitFigure::setModel(ExhibitTableModel* model)
{
    m_keyFigures->setModel(model);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    // Before the canvas hears of a new exhibit: a canvas hidden for it draws no chart.
    // An edit (dataChanged) as a new exhibit (modelReset): the canvas, then the texts.
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ExhibitFigure::hideUnusedCanvas);
        connect(model, &QAbstractItemModel::dataChanged, this, &ExhibitFigure::hideUnusedCanvas);
    }
    hideUnusedCanvas();
    m_canvas->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ExhibitFigure::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &ExhibitFigure::refresh);
    }
    refresh();
}

void ExhibitFigure::hideUnusedCanvas()
{
    if (showsKeyFigures() || showsPageSays())
        m_canvas->setVisible(false);
}

QString ExhibitFigure::sourceText() const
{
    if (!m_model || !m_model->hasExhibit())
        return {};
    QString line = displaySourceLine(m_model->exhibit().info);
    // Values the analyst edited or filled in are not the report's: the citation says so.
    if (m_model->exhibit().hasAnalystValues())
        line += tr("; includes analyst values");
    return line;
}

void ExhibitFigure::setAnnotationsVisible(bool on)
{
    m_canvas->setAnnotationsVisible(on);
    refresh();
}

bool ExhibitFigure::annotationsVisible() const
{
    return m_canvas->annotationsVisible();
}

QString ExhibitFigure::annotationText() const
{
    if (!m_model || !m_model->hasExhibit() || !m_canvas->annotationsVisible())
        return {};
    if (!showsKeyFigures())
        return m_canvas->annotationNotes().join(QLatin1Char('\n'));
    // Key figures draw no markers: every note is listed.
    const ExhibitData& exhibit = m_model->exhibit();
    QStringList lines;
    if (!exhibit.annotation.isEmpty())
        lines.append(tr("Analyst's note: %1").arg(exhibit.annotation));
    for (const SeriesRecord& series : exhibit.series) {
        if (!series.annotation.isEmpty())
            lines.append(QStringLiteral("• ") +
                         tr("%1: %2").arg(displaySeriesName(series), series.annotation));
        for (const PointRecord& point : series.points) {
            if (!point.annotation.isEmpty())
                lines.append(QStringLiteral("• ") +
                             tr("%1, %2: %3")
                                 .arg(displaySeriesName(series), point.xLabel, point.annotation));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString ExhibitFigure::notStatedText() const
{
    if (!m_model || !m_model->hasExhibit())
        return {};
    // A slide's one footnote: what the figures are, never what the app lets one do.
    const bool fewValues = showsKeyFigures() || showsPageSays();
    if (m_slide && !m_model->exhibit().hasAnalystValues() &&
        (fewValues || m_model->exhibit().hasUnstatedSeries()))
        return tr("Values as stated in the report's text.");
    if (showsPageSays() || !m_model->exhibit().hasUnstatedSeries())
        return {};
    QStringList names;
    for (const SeriesRecord& s : m_model->exhibit().series) {
        if (!s.stated)
            names.append(displaySeriesName(s));
    }
    // Values an analyst filled in are drawn: the line must not call them the text's.
    if (m_model->exhibit().hasAnalystValues())
        return tr("Series values not stated in the report text: %1. The values drawn for them "
                  "are the analyst's.")
            .arg(names.join(QStringLiteral(", ")));
    return tr("Series values not stated in the report text: %1. Only the values the text states "
              "are "
              "shown; analysts can fill in the rest.")
        .arg(names.join(QStringLiteral(", ")));
}

QString ExhibitFigure::alsoInText() const
{
    if (!m_model || !m_model->hasExhibit())
        return {};
    // The values another report states for the same measures and entities, one line per
    // exhibit there: two sources, two values, never merged into one.
    QStringList lines;
    QStringList groups;
    QHash<QString, QStringList> valuesOf;
    for (const OtherReportValue& o : m_model->exhibit().alsoIn) {
        const QString group = displayShortTitle(o.otherShort);
        if (!groups.contains(group))
            groups.append(group);
        const QString value =
            tr("%1 (%2)").arg(formatValue(o.value, o.unit), displayName(o.label, o.labelZh));
        if (!valuesOf[group].contains(value))
            valuesOf[group].append(value);
    }
    for (const QString& group : std::as_const(groups))
        lines.append(
            tr("Also in %1: %2").arg(group, valuesOf.value(group).join(QStringLiteral(", "))));
    // The same figure stated on other pages of the report, each with its page.
    QStringList pages;
    for (const OtherReportValue& o : m_model->exhibit().alsoOnPages) {
        const bool same = std::abs(o.value - o.hereValue) < 1e-9 && o.unit == o.hereUnit;
        QString item = tr("%1: %2 (%3)").arg(o.otherShort, formatValue(o.value, o.unit), o.label);
        if (o.hereUnit.isEmpty())
            item += tr(", not stated here");
        else if (!same)
            item += tr(", here %1").arg(formatValue(o.hereValue, o.hereUnit));
        if (!pages.contains(item))
            pages.append(item);
    }
    if (!pages.isEmpty())
        lines.append(tr("Also stated on %1").arg(pages.join(QStringLiteral("; "))));
    return lines.join(QLatin1Char('\n'));
}

QString ExhibitFigure::relatedText() const
{
    if (!m_model || !m_model->hasExhibit() || showsPageSays())
        return {};
    QStringList items;
    for (const PageSaysView::Group& g : PageSaysView::groupsOf(m_model->exhibit().related)) {
        QStringList values;
        for (const RelatedValue& r : g.values) {
            // Named once: the 'Also stated on' line has the same figure of the same page.
            const bool listed =
                std::any_of(m_model->exhibit().alsoOnPages.begin(),
                            m_model->exhibit().alsoOnPages.end(), [&](const OtherReportValue& o) {
                                return o.otherExhibit == r.exhibitId && o.label == r.xLabel &&
                                       o.unit == r.unit && std::abs(o.value - r.value) < 1e-9;
                            });
            if (!listed)
                values.append(tr("%1 (%2)").arg(formatValue(r.value, r.unit),
                                                displayName(r.xLabel, r.xLabelZh)));
        }
        if (!values.isEmpty())
            items.append(tr("%1: %2").arg(g.title, values.join(QStringLiteral(", "))));
    }
    // A few lines under the figures, never a second page of them.
    constexpr int maxItems = 6;
    if (items.size() > maxItems)
        items = items.mid(0, maxItems);
    // What the other exhibits of this page state (the headline's range on p. 258).
    QStringList page;
    for (const RelatedValue& r : m_model->exhibit().related) {
        if (r.samePage)
            page.append(tr("%1 (%2, %3)")
                            .arg(formatValue(r.value, r.unit), displayName(r.series, r.seriesZh),
                                 displayName(r.xLabel, r.xLabelZh)));
    }
    QStringList lines;
    if (!page.isEmpty())
        lines.append(tr("Also on page %1: %2")
                         .arg(m_model->exhibit().info.page)
                         .arg(page.join(QStringLiteral("; "))));
    if (!items.isEmpty())
        lines.append(tr("Stated on other pages: %1").arg(items.join(QStringLiteral("; "))));
    return lines.join(QLatin1Char('\n'));
}

void ExhibitFigure::refresh()
{
    const bool has = m_model && m_model->hasExhibit();
    const ExhibitInfo info = has ? m_model->exhibit().info : ExhibitInfo{};
    QString title = displayTitle(info);
    if (has && !info.periodLabel.isEmpty() && !title.contains(info.periodLabel))
        title += QStringLiteral(", ") + info.periodLabel;
    m_title->setText(printableText(title));
    const QString headline = displayHeadline(info);
    m_headline->setText(printableText(headline));
    const bool pageSays = showsPageSays();
    if (pageSays)
        m_pageSays->setExhibit(m_model->exhibit());
    const bool keyFigures = showsKeyFigures();
    // A chart left undrawn while the canvas was hidden is drawn before its notes are read.
    if (!keyFigures && !pageSays)
        m_canvas->ensureDrawn();
    const QStringList callouts = m_canvas->callouts();
    QStringList lines;
    // A callout names its point's x label: one of thousands of characters would push the
    // chart off the slide, so each line is cut (the table below has the whole text).
    constexpr int maxCallout = 300;
    for (const QString& c : callouts)
        lines.append(QStringLiteral("• ") +
                     (c.size() > maxCallout ? c.left(maxCallout - 1) + QChar(0x2026) : c));
    m_callouts->setText(printableText(lines.join(QLatin1Char('\n'))));
    m_annotations->setText(printableText(annotationText()));
    m_notStated->setText(printableText(notStatedText()));
    const QString related = relatedText();
    const QString alsoIn = alsoInText();
    m_alsoIn->setText(printableText(related.isEmpty() ? alsoIn
                                    : alsoIn.isEmpty() ? related
                                                       : alsoIn + QLatin1Char('\n') + related));
    QString source = sourceText();
    // The page-says view quotes the note as part of what the page says.
    if (has && !info.note.isEmpty() && !pageSays)
        source = tr("Note: %1\n%2").arg(displayNote(info), source);
    m_source->setText(printableText(source));

    // Every text set, then what hides, then what shows: showing a widget lays out its parents
    // at once, so each show lays out the figure with its final texts, none with stale ones.
    const std::pair<QWidget*, bool> shown[] = {
        // The page-says view shows the headline itself, large.
        {m_headline, !headline.isEmpty() && !pageSays},
        {m_canvas, !keyFigures && !pageSays},
        {m_keyFigures, keyFigures},
        {m_pageSays, pageSays},
        // Key figures show every value, growth rates too: no callouts beside them.
        {m_callouts, !lines.isEmpty() && !keyFigures && !pageSays},
        {m_annotations, !m_annotations->text().isEmpty()},
        {m_notStated, !m_notStated->text().isEmpty()},
        {m_alsoIn, !m_alsoIn->text().isEmpty()},
    };
    // Shown widgets lay out the figure (and resize its chart) once each: the figure's layout
    // is held off while they change and laid out once, with all of them in their final state
    // (issue 25: a layout pass per widget shown was a tenth of an exhibit switch).
    QLayout* figureLayout = layout();
    figureLayout->setEnabled(false);
    for (const auto& [widget, on] : shown) {
        if (!on)
            widget->setVisible(false);
    }
    for (const auto& [widget, on] : shown) {
        if (on)
            widget->setVisible(true);
    }
    figureLayout->setEnabled(true);
    figureLayout->activate();
}

void ExhibitFigure::layOutOffscreen(const QSize& size)
{
    Q_ASSERT(isWindow());
    setAttribute(Qt::WA_DontShowOnScreen, true);
    resize(size);
    show();
    QCoreApplication::processEvents();
}

QByteArray ExhibitFigure::renderSvg(const QSize& size)
{
    layOutOffscreen(size);
    const QByteArray svg = paintSvg(size, m_title->text(), sourceText(),
                                    [this](QPainter& painter) { QWidget::render(&painter); });
    hide();
    return svg;
}

QImage ExhibitFigure::render(const QSize& size)
{
    layOutOffscreen(size);
    QImage image = grab().toImage();
    hide();
    return image;
}

} // namespace trendboard
