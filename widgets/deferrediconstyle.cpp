// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferrediconstyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QStyleOption>

namespace trendboard {

namespace {

// An icon that asks the application's style for the real one the first time it is drawn or
// measured, then hands every call to it.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle::StandardPixmap which, Qt::LayoutDirection direction)
        : m_which(which), m_direction(direction)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // size is in device pixels here; QIcon::pixmap takes logical ones.
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString iconName() override { return icon().name(); }
    bool isNull() override { return false; } // DeferredIconStyle::defers: never empty
    QString key() const override { return QStringLiteral("trendboard-deferred-style-icon"); }
    QIconEngine* clone() const override
    {
        auto* copy = new DeferredIconEngine(m_which, m_direction);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon& icon()
    {
        if (!m_resolved) {
            m_resolved = true;
            const QStyle* style = QApplication::style();
            if (const auto* deferred = qobject_cast<const DeferredIconStyle*>(style))
                style = deferred->baseStyle();
            QStyleOption option;
            option.direction = m_direction;
            m_icon = style->standardIcon(m_which, &option);
        }
        return m_icon;
    }

    QStyle::StandardPixmap m_which;
    Qt::LayoutDirection m_direction;
    QIcon m_icon;
    bool m_resolved = false;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle* base) : QProxyStyle(base) {}

bool DeferredIconStyle::defers(StandardPixmap which)
{
    return which == SP_LineEditClearButton || which == SP_ToolBarHorizontalExtensionButton ||
           which == SP_ToolBarVerticalExtensionButton;
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap which, const QStyleOption* option,
                                      const QWidget* widget) const
{
    if (!defers(which))
        return QProxyStyle::standardIcon(which, option, widget);
    // The direction is all the base style reads of the option and widget for these icons
    // (a right-to-left clear button points the other way).
    const Qt::LayoutDirection direction = option   ? option->direction
                                          : widget ? widget->layoutDirection()
                                                   : qApp->layoutDirection();
    return QIcon(new DeferredIconEngine(which, direction));
}

void deferStandardIcons()
{
    QStyle* current = QApplication::style();
    if (qobject_cast<DeferredIconStyle*>(current))
        return;
    // The application gives up its style to the wrapper (QProxyStyle reparents it) and takes
    // the wrapper instead.
    QApplication::setStyle(new DeferredIconStyle(current));
}

QString applicationStyleName()
{
    const QStyle* style = QApplication::style();
    if (const auto* deferred = qobject_cast<const DeferredIconStyle*>(style))
        style = deferred->baseStyle();
    return style->name();
}

} // namespace trendboard
