// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "reportdb.h"

#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

class tst_ExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void savesWhereAndAsRemembered();
};

void tst_ExportDialog::savesWhereAndAsRemembered()
{
    QTemporaryDir dir;
    QSettings settings;
    settings.setValue("export/folder", dir.path());
    settings.setValue("export/format", "png");
    settings.setValue("export/preset", int(SlidePreset::Custom));
    settings.setValue("export/customSize", QSize(640, 360));
    settings.setValue("export/ratio", 2);
    settings.setValue("export/theme", "dark");
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    const auto data = db.exhibitData("p061-nvidia-ecosystem-developers");
    QVERIFY(data);
    ExportDialog dialog(*data, "p061-nvidia-ecosystem-developers");
    const SlideOptions o = dialog.options();
    QCOMPARE(o.logicalSize(), QSize(640, 360));
    QCOMPARE(o.pixelRatio, 2);
    QCOMPARE(o.theme, SlideTheme::Dark);
    QCOMPARE(dialog.targetPath(), dir.filePath("p061-nvidia-ecosystem-developers.png"));
    // The preview is drawn.
    const auto labels = dialog.findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](const QLabel* l) { return !l->pixmap().isNull(); }));
    if (qEnvironmentVariableIsSet("TRENDBOARD_DIALOG_SHOT"))
        dialog.grab().save(qEnvironmentVariable("TRENDBOARD_DIALOG_SHOT"));
    QVERIFY(dialog.save());
    const QImage written(dialog.targetPath());
    QCOMPARE(written.size(), QSize(1280, 720));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
