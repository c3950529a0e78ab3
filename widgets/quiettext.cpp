// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiettext.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace trendboard {

namespace {
constexpr int kRoomToGrow = 10;   // letters: the search words in the text grow as they are typed
constexpr int kWrappedHint = 240; // a wrapped note's hint each way: its place is larger
} // namespace

QuietText::QuietText(QWidget* parent) : QWidget(parent) {}

int QuietText::textWidth() const
{
    return fontMetrics().horizontalAdvance(m_text);
}

void QuietText::setWrapped(int margin)
{
    m_wrapped = true;
    m_margin = margin;
    updateGeometry();
    update();
}

void QuietText::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    if (!m_wrapped) {
        setToolTip(text);
        const int needed = textWidth();
        if (needed > m_width) {
            m_width = needed + kRoomToGrow * fontMetrics().averageCharWidth();
            updateGeometry();
        }
    }
    update();
}

QSize QuietText::sizeHint() const
{
    if (m_wrapped)
        return {kWrappedHint, kWrappedHint};
    return {m_width + 2 * m_margin, fontMetrics().height() + 2 * m_margin};
}

QSize QuietText::minimumSizeHint() const
{
    if (m_wrapped)
        return {2 * m_margin + fontMetrics().averageCharWidth() * 10,
                2 * m_margin + fontMetrics().height()};
    // Narrower than its text where the window is narrow: elided, never pushing the counts out.
    return {std::min(m_width, fontMetrics().averageCharWidth() * 12) + 2 * m_margin,
            fontMetrics().height() + 2 * m_margin};
}

void QuietText::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect inside = m_wrapped ? rect().adjusted(m_margin, m_margin, -m_margin, -m_margin)
                                   : rect().adjusted(m_margin, 0, -m_margin, 0);
    if (m_wrapped) {
        style()->drawItemText(&painter, inside, Qt::AlignCenter | Qt::TextWordWrap, palette(),
                              isEnabled(), m_text, foregroundRole());
        return;
    }
    const QString shown = fontMetrics().elidedText(m_text, Qt::ElideRight, inside.width());
    style()->drawItemText(&painter, inside, Qt::AlignLeft | Qt::AlignVCenter, palette(),
                          isEnabled(), shown, foregroundRole());
}

void QuietText::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange && !m_wrapped) {
        m_width = textWidth();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace trendboard
