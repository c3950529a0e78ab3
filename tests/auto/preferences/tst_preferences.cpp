// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/preferences.h"

#include <QDir>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

Q_DECLARE_METATYPE(trendboard::Pref)

class tst_Preferences : public QObject
{
    Q_OBJECT
private slots:
    void tableFollowsTheEnum();
    void keysAreUnique();
    void defaultsAndRoundTrip_data();
    void defaultsAndRoundTrip();
    void storedNamesAreThoseOfEarlierVersions_data();
    void storedNamesAreThoseOfEarlierVersions();
    void typedAccessors();
    void unreadableValueGivesTheDefault();

private:
    QTemporaryDir m_dir;
};

namespace {

// A value of the preference's type that is not its default.
QVariant sampleOf(const PreferenceSpec& spec)
{
    switch (spec.type) {
    case QMetaType::Bool:
        return !spec.defaultValue.toBool();
    case QMetaType::Int:
        return spec.defaultValue.toInt() + 2;
    case QMetaType::QString:
        return QStringLiteral("sample ä %1").arg(spec.key);
    case QMetaType::QByteArray:
        return QByteArray("{\"sample\":") + spec.key.toUtf8() + '}';
    case QMetaType::QSize:
        return QSize(1234, 567);
    case QMetaType::QRect:
        return QRect(10, 20, 300, 400);
    case QMetaType::QVariantMap:
        return QVariantMap{{QStringLiteral("search"), QStringLiteral("NVIDIA")},
                           {QStringLiteral("withValues"), true}};
    default:
        break;
    }
    return {};
}

QString argOf(const PreferenceSpec& spec)
{
    return spec.key.contains(QLatin1String("%1")) ? Preferences::tabKey("bond-ai-2025", 3)
                                                  : QString();
}

} // namespace

void tst_Preferences::tableFollowsTheEnum()
{
    const auto& table = preferenceTable();
    QCOMPARE(int(table.size()), int(Pref::TabSplitters) + 1);
    for (std::size_t i = 0; i < table.size(); ++i) {
        QCOMPARE(int(table[i].pref), int(i));
        QVERIFY2(!table[i].key.isEmpty() && !table[i].purpose.isEmpty(), qPrintable(table[i].key));
        // Each default is of the type its getter reads.
        QVERIFY2(table[i].defaultValue.metaType().id() == table[i].type, qPrintable(table[i].key));
    }
}

void tst_Preferences::keysAreUnique()
{
    QSet<QString> seen;
    for (const PreferenceSpec& spec : preferenceTable()) {
        QVERIFY2(!seen.contains(spec.key), qPrintable(spec.key + " twice in the table"));
        seen.insert(spec.key);
    }
}

void tst_Preferences::defaultsAndRoundTrip_data()
{
    QTest::addColumn<Pref>("pref");
    for (const PreferenceSpec& spec : preferenceTable())
        QTest::newRow(qPrintable(spec.key)) << spec.pref;
}

// Each preference reads its default from empty settings, and a value written through it is
// read back, of its type, from the file by a second QSettings.
void tst_Preferences::defaultsAndRoundTrip()
{
    QFETCH(Pref, pref);
    const PreferenceSpec& spec = preferenceSpec(pref);
    const QString file = m_dir.filePath(QStringLiteral("%1.conf").arg(int(pref)));
    const QString arg = argOf(spec);
    const QVariant sample = sampleOf(spec);
    QVERIFY(sample.isValid());
    QVERIFY(sample != spec.defaultValue);
    {
        QSettings settings(file, QSettings::IniFormat);
        Preferences prefs(settings);
        QVERIFY(!prefs.contains(pref, arg));
        QCOMPARE(prefs.value(pref, arg), spec.defaultValue);
        prefs.setValue(pref, sample, arg);
        QVERIFY(prefs.contains(pref, arg));
    }
    QSettings reread(file, QSettings::IniFormat);
    Preferences prefs(reread);
    const QVariant back = prefs.value(pref, arg);
    QCOMPARE(back.metaType().id(), int(spec.type));
    QCOMPARE(back, sample);
    prefs.remove(pref, arg);
    QCOMPARE(prefs.value(pref, arg), spec.defaultValue);
}

void tst_Preferences::storedNamesAreThoseOfEarlierVersions_data()
{
    // The names 0.1's settings files hold: a rename would lose a user's choices.
    QTest::addColumn<Pref>("pref");
    QTest::addColumn<QString>("stored");
    QTest::newRow("language") << Pref::Language << "ui/language";
    QTest::newRow("theme") << Pref::Theme << "view/theme";
    QTest::newRow("annotations") << Pref::ShowAnnotations << "chart/showAnnotations";
    QTest::newRow("folder") << Pref::ExportFolder << "export/folder";
    QTest::newRow("format") << Pref::ExportFormat << "export/format";
    QTest::newRow("preset") << Pref::ExportPreset << "export/preset";
    QTest::newRow("custom") << Pref::ExportCustomSize << "export/customSize";
    QTest::newRow("ratio") << Pref::ExportPixelRatio << "export/ratio";
    QTest::newRow("slide theme") << Pref::ExportTheme << "export/theme";
    QTest::newRow("slide notes") << Pref::ExportAnnotations << "export/annotations";
    QTest::newRow("analyst") << Pref::IncludeAnalyst << "compare/includeAnalyst";
    QTest::newRow("saved") << Pref::SavedComparisons << "comparisons/saved";
    QTest::newRow("filter") << Pref::FilterState << "filter/state";
    QTest::newRow("adopted") << Pref::AdoptedOldPlace << "settings/adoptedOldPlace";
    QTest::newRow("frame") << Pref::WindowFrame << "window/frame";
    QTest::newRow("client") << Pref::WindowClient << "window/client";
    QTest::newRow("maximized") << Pref::WindowMaximized << "window/maximized";
    QTest::newRow("geometry") << Pref::WindowOldGeometry << "window/geometry";
    QTest::newRow("state") << Pref::WindowState << "window/state";
    QTest::newRow("tab") << Pref::WindowTab << "window/tab";
    QTest::newRow("summary") << Pref::WindowOverviewSummary << "window/overviewSummary";
    QTest::newRow("comparison") << Pref::WindowComparison << "window/comparison";
    QTest::newRow("exhibit") << Pref::TabExhibit << "window/tabs/bond-ai-2025-2/exhibit";
    QTest::newRow("splitters") << Pref::TabSplitters << "window/tabs/bond-ai-2025-2/splitters";
}

void tst_Preferences::storedNamesAreThoseOfEarlierVersions()
{
    QFETCH(Pref, pref);
    QFETCH(QString, stored);
    const PreferenceSpec& spec = preferenceSpec(pref);
    const QString arg = argOf(spec).isEmpty() ? QString() : Preferences::tabKey("bond-ai-2025", 2);
    QCOMPARE(preferenceKey(pref, arg), stored);
    // A file an earlier version wrote is read.
    QSettings settings(m_dir.filePath(QStringLiteral("old-%1.conf").arg(int(pref))),
                       QSettings::IniFormat);
    settings.setValue(stored, sampleOf(spec));
    QCOMPARE(Preferences(settings).value(pref, arg), sampleOf(spec));
}

void tst_Preferences::typedAccessors()
{
    QSettings settings(m_dir.filePath(QStringLiteral("typed.conf")), QSettings::IniFormat);
    Preferences prefs(settings);
    QCOMPARE(prefs.exportFolder(), QDir::homePath());
    QVERIFY(prefs.showAnnotations());
    QVERIFY(prefs.includeAnalyst());
    QCOMPARE(prefs.exportPixelRatio(), 1);
    QCOMPARE(prefs.windowTab(), -1);
    prefs.setExportFolder(QStringLiteral("/tmp/slides"));
    prefs.setShowAnnotations(false);
    prefs.setExportPixelRatio(3);
    prefs.setExportCustomSize(QSize(1280, 720));
    prefs.setTabExhibit(Preferences::tabKey("broker-ai-tokens-2025", 1), QStringLiteral("b01"));
    QCOMPARE(settings.value("export/folder").toString(), QStringLiteral("/tmp/slides"));
    QCOMPARE(prefs.exportFolder(), QStringLiteral("/tmp/slides"));
    QVERIFY(!prefs.showAnnotations());
    QCOMPARE(prefs.exportPixelRatio(), 3);
    QCOMPARE(prefs.exportCustomSize(), QSize(1280, 720));
    QCOMPARE(prefs.tabExhibit(Preferences::tabKey("broker-ai-tokens-2025", 1)),
             QStringLiteral("b01"));
    QVERIFY(prefs.tabExhibit(Preferences::tabKey("bond-ai-2025", 1)).isEmpty());
    prefs.setWindowTab(4);
    prefs.removeWindowState();
    QCOMPARE(prefs.windowTab(), -1);
    QVERIFY(prefs.tabExhibit(Preferences::tabKey("broker-ai-tokens-2025", 1)).isEmpty());
    QCOMPARE(prefs.exportFolder(), QStringLiteral("/tmp/slides")); // other groups stay
}

// A value a hand-edited file spoils reads as the default, not as 0 or an empty rectangle
// of another type.
void tst_Preferences::unreadableValueGivesTheDefault()
{
    QSettings settings(m_dir.filePath(QStringLiteral("spoilt.conf")), QSettings::IniFormat);
    settings.setValue("window/tab", QStringLiteral("second"));
    settings.setValue("export/ratio", QStringLiteral("two"));
    Preferences prefs(settings);
    QCOMPARE(prefs.windowTab(), -1);
    QCOMPARE(prefs.exportPixelRatio(), 1);
}

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_preferences.moc"
