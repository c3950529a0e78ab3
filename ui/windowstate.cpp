// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include "comparisontab.h"
#include "mainwindow.h"
#include "overviewtab.h"
#include "sectiontab.h"
#include "settingsplace.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>

#include <algorithm>

namespace trendboard {

namespace {

// A tab's key survives new tabs and reordering: its report and section number.
QString keyOf(const SectionTab* tab)
{
    return QStringLiteral("tabs/%1-%2/").arg(tab->section().reportId).arg(tab->section().number);
}

// The client area's rectangle of the window's normal (not maximized) state.
QRect normalClient(const QWidget& window)
{
    return window.isMaximized() || window.isFullScreen() ? window.normalGeometry()
                                                         : window.geometry();
}

const QScreen* screenOf(const QWidget& window)
{
    return window.screen() ? window.screen() : QGuiApplication::primaryScreen();
}

void place(QWidget& window, const WindowPlacement& placement)
{
    // For a window, move() places its frame: the client area follows once it is framed.
    window.resize(placement.clientSize);
    window.move(placement.frameTopLeft);
}

// The frame and client area the settings hold, or the older saveGeometry's.
void restoreGeometry(MainWindow& window, QSettings& settings)
{
    const QRect frame = settings.value(windowkey::frame).toRect();
    const QRect client = settings.value(windowkey::client).toRect();
    const QScreen* screen = screenOf(window);
    if (frame.isValid() && client.isValid()) {
        // The screen it was left on, while that one is still there.
        if (const QScreen* where = QGuiApplication::screenAt(frame.center()))
            screen = where;
        if (screen)
            place(window, fitWindow(frame, client, screen->availableGeometry()));
        if (settings.value(windowkey::maximized).toBool())
            window.setWindowState(window.windowState() | Qt::WindowMaximized);
        return;
    }
    const QByteArray geometry = settings.value(windowkey::oldGeometry).toByteArray();
    if (!geometry.isEmpty() && window.restoreGeometry(geometry) && !window.isMaximized() &&
        !window.isFullScreen() && screen) {
        // Saved on a larger screen (a monitor since unplugged): shrink into this one.
        const QRect at(window.pos(), window.size());
        place(window, fitWindow(at, at, screen->availableGeometry()));
    }
}

} // namespace

WindowPlacement fitWindow(const QRect& frame, const QRect& client, const QRect& available)
{
    // The decorations: what the frame has around the client area (none where unknown).
    const int left = std::max(0, client.left() - frame.left());
    const int top = std::max(0, client.top() - frame.top());
    const int right = std::max(0, frame.right() - client.right());
    const int bottom = std::max(0, frame.bottom() - client.bottom());
    QRect fitted(frame.topLeft(), frame.size().boundedTo(available.size()));
    fitted.moveLeft(
        std::clamp(fitted.left(), available.left(), available.right() - fitted.width() + 1));
    fitted.moveTop(
        std::clamp(fitted.top(), available.top(), available.bottom() - fitted.height() + 1));
    const QSize clientSize(std::max(1, fitted.width() - left - right),
                           std::max(1, fitted.height() - top - bottom));
    return {fitted.topLeft(), clientSize};
}

bool fitFrameToScreen(QWidget& window)
{
    const QScreen* screen = screenOf(window);
    if (!screen || window.isMaximized() || window.isFullScreen())
        return false;
    const QRect available = screen->availableGeometry();
    if (available.contains(window.frameGeometry()))
        return false;
    place(window, fitWindow(window.frameGeometry(), window.geometry(), available));
    return true;
}

void saveWindowState(const MainWindow& window, QSettings& settings)
{
    settings.beginGroup(windowkey::group);
    const QRect client = normalClient(window);
    // The frame as the window manager placed it (its corner is what move() takes back): the
    // decorations around the client area, where the window is framed.
    const QRect frame = window.frameGeometry();
    const QRect inside = window.geometry();
    const QMargins decorations(inside.left() - frame.left(), inside.top() - frame.top(),
                               frame.right() - inside.right(), frame.bottom() - inside.bottom());
    settings.setValue(windowkey::frame, client.marginsAdded(decorations));
    settings.setValue(windowkey::client, client);
    settings.setValue(windowkey::maximized, window.isMaximized());
    settings.remove(windowkey::oldGeometry);
    settings.setValue(QStringLiteral("state"), window.saveState());
    settings.setValue(QStringLiteral("tab"), window.tabs()->currentIndex());
    if (window.overview())
        settings.setValue(QStringLiteral("overviewSummary"), window.overview()->showingSummary());
    // A Compare tab never shown this run keeps the comparison it was left with.
    if (window.isComparisonBuilt())
        settings.setValue(windowkey::comparison,
                          ComparisonStore::encode(window.comparisonTab()->currentComparison()));
    for (const SectionTab* tab : window.sectionTabs()) {
        settings.setValue(keyOf(tab) + QStringLiteral("exhibit"), tab->currentExhibit());
        settings.setValue(keyOf(tab) + QStringLiteral("splitters"), tab->saveSplitters());
    }
    settings.endGroup();
}

void restoreWindowState(MainWindow& window, QSettings& settings)
{
    settings.beginGroup(windowkey::group);
    restoreGeometry(window, settings);
    window.restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (SectionTab* tab : window.sectionTabs()) {
        tab->restoreSplitters(
            settings.value(keyOf(tab) + QStringLiteral("splitters")).toByteArray());
        const QString exhibit = settings.value(keyOf(tab) + QStringLiteral("exhibit")).toString();
        // An exhibit removed from the database since: the tab opens as it would anyway.
        if (!exhibit.isEmpty())
            tab->showExhibit(exhibit);
    }
    const int index = settings.value(QStringLiteral("tab"), -1).toInt();
    if (index >= 0 && index < window.tabs()->count())
        window.tabs()->setCurrentIndex(index);
    if (window.overview() && settings.value(QStringLiteral("overviewSummary")).toBool())
        window.overview()->showSummary();
    // The Compare tab as it was left; a measure or entity gone from the database is skipped
    // by the tab as when a saved comparison is opened.
    if (const auto comparison =
            ComparisonStore::decode(settings.value(windowkey::comparison).toByteArray());
        comparison && !comparison->request.measure.isEmpty())
        window.restoreComparison(*comparison);
    settings.endGroup();
}

} // namespace trendboard
