// SPDX-License-Identifier: GPL-3.0-or-later
#include "figure/pagesaysview.h"

#include "figure/figurelabels.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace trendboard {

namespace {
// Small charts side by side at most: more would be too small to read on a slide.
constexpr int kMaxCharts = 3;
// Series names listed whole up to this many; past it the chart covers "N regions".
constexpr int kMaxNamedSeries = 8;

// What a related value is of: its series, with its entity where the series does not name it.
QString whatOf(const RelatedValue& r)
{
    // In the display language: the series' and the entity's Chinese names where given.
    const QString series = displayName(r.series, r.seriesZh);
    if (r.entity.isEmpty() || r.series.contains(r.entity, Qt::CaseInsensitive))
        return series;
    return QCoreApplication::translate("PageSaysView", "%1, %2")
        .arg(series, displayEntityName(r.entity));
}

QString pageOf(const RelatedValue& r)
{
    const QString page = QCoreApplication::translate("PageSaysView", "p. %1").arg(r.page);
    return r.reportShort.isEmpty() ? page : r.reportShort + QLatin1Char(' ') + page;
}
} // namespace

PageSaysView::PageSaysView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);
    m_headline = makeFigureLabel(this, 2.1, true);
    m_page = makeFigureLabel(this, 1.1, false);
    m_coverage = makeFigureLabel(this, 1.0, false);
    m_related = makeFigureLabel(this, 1.05, false);
    m_hint = makeFigureLabel(this, 0.9, false);
    m_charts = new QHBoxLayout;
    m_charts->setSpacing(16);
    layout->addWidget(m_headline);
    layout->addWidget(m_page);
    layout->addWidget(m_coverage);
    layout->addWidget(m_related);
    layout->addLayout(m_charts, 1);
    layout->addStretch(0);
    layout->addWidget(m_hint);
    setLook(m_look);
}

void PageSaysView::setLook(const CanvasLook& look)
{
    m_look = look;
    m_headline->setStyleSheet(textColourSheet(look.accent));
    m_page->setStyleSheet(textColourSheet(look.ink));
    m_coverage->setStyleSheet(textColourSheet(look.muted));
    m_related->setStyleSheet(textColourSheet(look.ink));
    m_hint->setStyleSheet(textColourSheet(look.muted));
    rebuildCharts();
}

void PageSaysView::setForSlide(bool slide)
{
    m_slide = slide;
    m_hint->setVisible(!slide && !m_hint->text().isEmpty());
}

QString PageSaysView::coverageOf(const ExhibitData& exhibit)
{
    const ExhibitInfo& info = exhibit.info;
    QStringList names;
    QStringList kinds;
    for (const SeriesRecord& s : exhibit.series) {
        names.append(displaySeriesName(s));
        if (!kinds.contains(s.entityKind))
            kinds.append(s.entityKind);
    }
    QString drawn;
    const QString kind = kinds.size() == 1 ? kinds.first() : QString();
    if (names.size() > kMaxNamedSeries && kind == QLatin1String("region"))
        drawn = tr("%n regions", nullptr, int(names.size()));
    else if (names.size() > kMaxNamedSeries && kind == QLatin1String("country"))
        drawn = tr("%n countries", nullptr, int(names.size()));
    else if (names.size() > kMaxNamedSeries && kind == QLatin1String("company"))
        drawn = tr("%n companies", nullptr, int(names.size()));
    else if (names.size() > kMaxNamedSeries)
        drawn = tr("%n series", nullptr, int(names.size()));
    else if (!names.isEmpty())
        drawn = names.join(QStringLiteral(", "));
    QStringList parts;
    if (!drawn.isEmpty())
        parts.append(tr("The chart draws %1").arg(drawn));
    else
        parts.append(tr("The %1 on this page").arg(chartKindName(info.kind)));
    if (!info.periodLabel.isEmpty())
        parts.append(info.periodLabel);
    const QStringList axes =
        QStringList{displayYAxis(info), displayY2Axis(info), displayXAxis(info)}.filter(
            QRegularExpression(QStringLiteral("\\S")));
    if (!axes.isEmpty())
        parts.append(tr("axis: %1").arg(axes.join(QStringLiteral("; "))));
    return parts.join(QStringLiteral(" · ")) + QLatin1Char('.');
}

QVector<PageSaysView::Group> PageSaysView::groupsOf(const QVector<RelatedValue>& related)
{
    QVector<Group> groups;
    for (const RelatedValue& r : related) {
        if (r.samePage)
            continue;
        const QString title = tr("%1 · %2").arg(pageOf(r), whatOf(r));
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.title == title && g.unit == r.unit;
        });
        if (it == groups.end()) {
            groups.append(Group{title, r.unit, {}});
            it = groups.end() - 1;
        }
        it->values.append(r);
    }
    for (Group& g : groups)
        std::stable_sort(g.values.begin(), g.values.end(),
                         [](const RelatedValue& a, const RelatedValue& b) {
                             return a.periodStart < b.periodStart;
                         });
    return groups;
}

void PageSaysView::setExhibit(const ExhibitData& exhibit)
{
    m_exhibit = exhibit;
    m_groups = groupsOf(exhibit.related);
    const QString headline = displayHeadline(exhibit.info);
    m_headline->setText(printableText(headline.isEmpty() ? displayTitle(exhibit.info) : headline));

    // What else the page states: the values of its other exhibits, and the page's note.
    QStringList page;
    for (const RelatedValue& r : exhibit.related) {
        if (r.samePage)
            page.append(tr("• %1 — %2 (%3)")
                            .arg(formatValue(r.value, r.unit), whatOf(r),
                                 displayName(r.xLabel, r.xLabelZh)));
    }
    if (!exhibit.info.note.isEmpty())
        page.append(tr("Note on the page: %1").arg(displayNote(exhibit.info)));
    if (!page.isEmpty())
        page.prepend(tr("On page %1:").arg(exhibit.info.page));
    m_page->setText(printableText(page.join(QLatin1Char('\n'))));
    m_page->setVisible(!page.isEmpty());

    m_coverage->setText(printableText(coverageOf(exhibit)));

    QStringList lines;
    for (const Group& g : std::as_const(m_groups)) {
        QStringList values;
        for (const RelatedValue& r : g.values)
            values.append(
                tr("%1 (%2)").arg(formatValue(r.value, r.unit), displayName(r.xLabel, r.xLabelZh)));
        lines.append(tr("• %1: %2").arg(g.title, values.join(QStringLiteral(", "))));
    }
    if (!lines.isEmpty())
        lines.prepend(tr("Stated on other pages, of these entities or their region:"));
    m_related->setText(printableText(lines.join(QLatin1Char('\n'))));
    m_related->setVisible(!lines.isEmpty());

    m_hint->setText(tr("The report text states no values for this exhibit (page %1); "
                       "analysts can add the values.")
                        .arg(exhibit.info.page));
    m_hint->setVisible(!m_slide);
    rebuildCharts();
}

void PageSaysView::rebuildCharts()
{
    while (QLayoutItem* item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int charts = 0;
    for (const Group& g : std::as_const(m_groups)) {
        if (g.values.size() < 2 || charts >= kMaxCharts)
            continue;
        m_charts->addWidget(new MiniSeriesChart(g, m_look, this), 1);
        ++charts;
    }
    if (charts > 0)
        m_charts->addStretch(kMaxCharts - charts);
}

QString PageSaysView::headlineText() const
{
    return m_headline->text();
}
QString PageSaysView::pageText() const
{
    return m_page->text();
}
QString PageSaysView::coverageText() const
{
    return m_coverage->text();
}
QString PageSaysView::relatedText() const
{
    return m_related->text();
}
QString PageSaysView::hintText() const
{
    return m_slide ? QString() : m_hint->text();
}

QStringList PageSaysView::miniChartTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_charts->count(); ++i) {
        if (auto* chart = qobject_cast<MiniSeriesChart*>(m_charts->itemAt(i)->widget()))
            titles.append(chart->title());
    }
    return titles;
}

MiniSeriesChart::MiniSeriesChart(const PageSaysView::Group& group, const CanvasLook& look,
                                 QWidget* parent)
    : QWidget(parent), m_group(group), m_look(look)
{
    setMinimumSize(220, 130);
    setMaximumHeight(380);
    setToolTip(group.title);
}

void MiniSeriesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath frame;
    frame.addRoundedRect(box, 6, 6);
    painter.fillPath(frame, m_look.tile);
    painter.setPen(QPen(m_look.grid, 1));
    painter.drawPath(frame);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(m_look.ink);
    const QRectF titleRect = box.adjusted(10, 6, -10, 0);
    const QFontMetricsF fm(titleFont);
    const QString title = fm.elidedText(tr("Stated on %1 (%2)").arg(m_group.title, m_group.unit),
                                        Qt::ElideRight, titleRect.width());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop, title);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF sm(small);
    const QRectF plot = box.adjusted(24, fm.height() + 12 + sm.height(), -24, -sm.height() - 10);
    double lo = m_group.values.first().value;
    double hi = lo;
    for (const RelatedValue& r : m_group.values) {
        lo = std::min(lo, r.value);
        hi = std::max(hi, r.value);
    }
    // From zero where every value is positive, as a level's axis starts: a rise is not
    // exaggerated by a cut axis.
    if (lo > 0)
        lo = 0;
    const double span = hi > lo ? hi - lo : 1.0;
    const int n = int(m_group.values.size());
    QVector<QPointF> points;
    for (int i = 0; i < n; ++i) {
        const double x = plot.left() + (n == 1 ? plot.width() / 2 : plot.width() * i / (n - 1));
        const double y = plot.bottom() - (m_group.values.at(i).value - lo) / span * plot.height();
        points.append(QPointF(x, y));
    }
    painter.setPen(QPen(m_look.grid, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(QPen(m_look.accent, 2));
    for (int i = 1; i < n; ++i)
        painter.drawLine(points.at(i - 1), points.at(i));
    painter.setBrush(m_look.accent);
    painter.setFont(small);
    for (int i = 0; i < n; ++i) {
        const RelatedValue& r = m_group.values.at(i);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(points.at(i), 4, 4);
        painter.setPen(m_look.ink);
        const QString value = formatValue(r.value, r.unit);
        const double w = sm.horizontalAdvance(value) + 4;
        painter.drawText(
            QRectF(points.at(i).x() - w / 2, points.at(i).y() - sm.height() - 6, w, sm.height()),
            Qt::AlignCenter, value);
        painter.setPen(m_look.muted);
        const QString label = displayName(r.xLabel, r.xLabelZh);
        const double lw = sm.horizontalAdvance(label) + 4;
        painter.drawText(QRectF(points.at(i).x() - lw / 2, plot.bottom() + 4, lw, sm.height()),
                         Qt::AlignCenter, label);
    }
}

} // namespace trendboard
