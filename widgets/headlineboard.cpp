// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlineboard.h"

#include "text/displaylanguage.h"
#include "palettecolors.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace trendboard {

namespace {

QLabel* label(const QString& text, QWidget* parent, qreal scale = 1.0, bool bold = false)
{
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    l->setFont(f);
    // The tile takes the clicks, not its labels.
    l->setAttribute(Qt::WA_TransparentForMouseEvents);
    return l;
}

} // namespace

HeadlineTileWidget::HeadlineTileWidget(const HeadlineTile& tile, QWidget* parent)
    : QFrame(parent), m_tile(tile)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAutoFillBackground(true);
    setMinimumWidth(170);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    auto* valueRow = new QHBoxLayout;
    valueRow->setSpacing(8);
    valueRow->addWidget(label(tile.value, this, 1.9, true));
    if (!tile.callout.isEmpty()) {
        m_callout = label(tile.callout, this, 1.1, true);
        m_callout->setStyleSheet(colorStyleSheet(growthTextColor(palette())));
        valueRow->addWidget(m_callout, 0, Qt::AlignBottom);
    }
    valueRow->addStretch(1);
    layout->addLayout(valueRow);
    // What rose, where and over which span, in the page's own words (its quote), else what the
    // series measures. The Chinese interface names the entity and the measure, which have
    // Chinese names (quotes and series rarely do).
    const bool chinese = displayLanguage() == DisplayLanguage::Chinese;
    const QString measureName = displayMeasureName(tile.measureId, tile.measure);
    const QString measured = chinese                     ? measureName
                             : !tile.caption.isEmpty() ? tile.caption
                             : tile.series.compare(tile.entity, Qt::CaseInsensitive) == 0
                                 ? tile.measure
                                 : tile.series;
    const QString entity = displayEntityName(tile.entity);
    const QString what = tile.entity.isEmpty() || measured.contains(entity)
                             ? measured
                             : QStringLiteral("%1 · %2").arg(entity, measured);
    layout->addWidget(label(what, this, 1.0, false));
    QString where = tile.period.isEmpty() ? tr("p. %1").arg(tile.page)
                                          : tr("%1 · p. %2").arg(tile.period).arg(tile.page);
    if (tile.derived)
        where += tr(" · derived");
    QLabel* whereLabel = label(where, this, 0.9);
    whereLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(whereLabel);
    layout->addStretch(1);
    setToolTip(tr("%1 (p. %2)\n%3: %4\nClick to open the exhibit.")
                   .arg(tile.exhibitTitle)
                   .arg(tile.page)
                   .arg(measureName, tile.value));
    setAccessibleName(tr("%1, %2, %3, page %4").arg(tile.value, what, tile.period).arg(tile.page));
    setLit(false);
}

void HeadlineTileWidget::setLit(bool lit)
{
    // Roles, not colours: a theme changed later repaints the tile in its own.
    setBackgroundRole(lit ? QPalette::AlternateBase : QPalette::Base);
    setFrameShadow(lit ? QFrame::Raised : QFrame::Plain);
    setLineWidth(lit ? 2 : 1);
}

void HeadlineTileWidget::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_callout)
        m_callout->setStyleSheet(colorStyleSheet(growthTextColor(palette())));
}

void HeadlineTileWidget::mouseReleaseEvent(QMouseEvent* event)
{
    QFrame::mouseReleaseEvent(event);
    if (rect().contains(static_cast<QMouseEvent*>(event)->position().toPoint()))
        emit activated(m_tile.exhibitId);
}

void HeadlineTileWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit activated(m_tile.exhibitId);
        return;
    }
    QFrame::keyPressEvent(event);
}

void HeadlineTileWidget::focusInEvent(QFocusEvent* event)
{
    setLit(true);
    QFrame::focusInEvent(event);
}

void HeadlineTileWidget::focusOutEvent(QFocusEvent* event)
{
    setLit(false);
    QFrame::focusOutEvent(event);
}

void HeadlineTileWidget::enterEvent(QEnterEvent* event)
{
    setLit(true);
    QFrame::enterEvent(event);
}

void HeadlineTileWidget::leaveEvent(QEvent* event)
{
    setLit(hasFocus());
    QFrame::leaveEvent(event);
}

HeadlineBoard::HeadlineBoard(const QVector<HeadlineSection>& sections, QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    int columns = 1;
    for (const HeadlineSection& s : sections)
        columns = std::max(columns, int(s.tiles.size()));
    for (const HeadlineSection& s : sections) {
        // A link that wraps, so that a long section title never widens the board.
        auto* heading = new QLabel(content);
        heading->setTextFormat(Qt::RichText);
        heading->setWordWrap(true);
        heading->setText(
            QStringLiteral("<a href=\"section\" style=\"text-decoration:none\"><b>%1</b></a>")
                .arg(tr("%1 · %2 (pages %3–%4) ›")
                         .arg(s.section.number)
                         .arg(displaySectionTitle(s.section))
                         .arg(s.section.firstPage)
                         .arg(s.section.lastPage)
                         .toHtmlEscaped()));
        heading->setToolTip(tr("Open section %1").arg(s.section.number));
        const int number = s.section.number;
        connect(heading, &QLabel::linkActivated, this,
                [this, number] { emit sectionRequested(number); });
        layout->addWidget(heading);
        auto* grid = new QGridLayout;
        grid->setSpacing(8);
        for (int c = 0; c < columns; ++c)
            grid->setColumnStretch(c, 1);
        if (s.tiles.isEmpty())
            grid->addWidget(label(tr("The report text states no values in this section's "
                                     "exhibits yet."),
                                  content),
                            0, 0, 1, columns);
        for (int i = 0; i < s.tiles.size(); ++i) {
            auto* tile = new HeadlineTileWidget(s.tiles.at(i), content);
            connect(tile, &HeadlineTileWidget::activated, this, &HeadlineBoard::exhibitRequested);
            grid->addWidget(tile, 0, i);
            m_tiles.append(tile);
        }
        layout->addLayout(grid);
    }
    layout->addStretch(1);
    setWidget(content);
}

} // namespace trendboard
