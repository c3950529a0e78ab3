// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QObject>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

// The window as a desktop application: it reopens as it was left, its keys are listed where
// they are defined, its controls are named for screen readers, and it fits small screens.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void englishWindowLoadsNoChineseFont(); // first: a font mapped by an earlier test stays
    void snapshotPaintsOnce();
    void snapshotInBandsDrawsTheSnapshot();
    void tabCountsFollowTypingWhenItPauses();
    void snapshotLoadsNoImageFormatPlugin();
    void clearButtonDrawnAsTheStyleDrawsIt();
    void reopensWhereItWasLeft();
    void forgottenExhibitIsIgnored();
    void everyListedShortcutIsAnAction();
    void ctrlTabFromATable();
    void guideAndAbout();
    void aboutAgreesWithCopyright_data();
    void aboutAgreesWithCopyright();
    void statusBarCounts();
    void everyControlHasAName();
    void fitsSmallAndLargeScreens_data();
    void fitsSmallAndLargeScreens();
    void fitWindow_data();
    void fitWindow();
    void frameReopensWhereItWasLeft();
    void restoredWindowFitsTheScreen();
    void frameStaysUnderAWindowManager();
    void menuShortcutsFromTheSearchBox();
    void goToPageStartsAtTheExhibitsPage();
    void exportEverythingSaysHowMuchFirst();
    void compareSelectionReopens();
    void darkThemeDrawsTheChartDark();

private:
    // Answers the modal dialogs the next steps open, in turn: each handler gets the dialog on
    // top and closes it; any further one is rejected. Returns how many dialogs there were.
    static int answerDialogs(const QVector<std::function<void(QWidget*)>>& handlers,
                             const std::function<void()>& steps);
    std::unique_ptr<trendboard::ReportDatabase> m_db;
};
