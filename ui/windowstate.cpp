// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowstate.h"

#include "mainwindow.h"
#include "overviewtab.h"
#include "sectiontab.h"

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

} // namespace

void saveWindowState(const MainWindow& window, QSettings& settings)
{
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("state"), window.saveState());
    settings.setValue(QStringLiteral("tab"), window.tabs()->currentIndex());
    if (window.overview())
        settings.setValue(QStringLiteral("overviewSummary"), window.overview()->showingSummary());
    for (const SectionTab* tab : window.sectionTabs()) {
        settings.setValue(keyOf(tab) + QStringLiteral("exhibit"), tab->currentExhibit());
        settings.setValue(keyOf(tab) + QStringLiteral("splitters"), tab->saveSplitters());
    }
    settings.endGroup();
}

void restoreWindowState(MainWindow& window, QSettings& settings)
{
    settings.beginGroup(QStringLiteral("window"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty() && window.restoreGeometry(geometry) && !window.isMaximized() &&
        !window.isFullScreen()) {
        // Saved on a larger screen (a monitor since unplugged): shrink into this one.
        if (const QScreen* screen =
                window.screen() ? window.screen() : QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            QRect frame(window.pos(), window.size().boundedTo(available.size()));
            frame.moveLeft(
                std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
            frame.moveTop(
                std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
            window.resize(frame.size());
            window.move(frame.topLeft());
        }
    }
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
    settings.endGroup();
}

} // namespace trendboard
