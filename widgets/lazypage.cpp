// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazypage.h"

#include <QVBoxLayout>

namespace trendboard {

LazyPage::LazyPage(Builder build, QWidget* parent) : QWidget(parent), m_build(std::move(build))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::content()
{
    if (m_content)
        return m_content;
    // Code the builder runs may ask for the content again: it gets none until the content
    // is complete, never a second one.
    if (!m_build)
        return nullptr;
    const Builder build = std::move(m_build);
    m_build = nullptr;
    m_content = build(this);
    layout()->addWidget(m_content);
    // Shown at once (a widget added to a shown page would otherwise show on the next event
    // loop pass, after a snapshot).
    if (isVisible())
        m_content->show();
    emit built(m_content);
    return m_content;
}

void LazyPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    content();
}

} // namespace trendboard
