// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

class QSettings;

namespace trendboard {

// Every setting Trendboard keeps between runs, one entry of preferenceTable() each.
enum class Pref
{
    Language,
    Theme,
    ShowAnnotations,
    ExportFolder,
    ExportFormat,
    ExportPreset,
    ExportCustomSize,
    ExportPixelRatio,
    ExportTheme,
    ExportAnnotations,
    IncludeAnalyst,
    SavedComparisons,
    FilterState,
    AdoptedOldPlace,
    WindowFrame,
    WindowClient,
    WindowMaximized,
    WindowOldGeometry,
    WindowState,
    WindowTab,
    WindowOverviewSummary,
    WindowComparison,
    TabExhibit,
    TabSplitters,
};

struct PreferenceSpec
{
    Pref pref;
    // The name as stored. These are the names earlier versions wrote: renaming one would lose
    // what users chose. "%1" stands for a tab's key (see Preferences::tabKey).
    QString key;
    QMetaType::Type type;
    QVariant defaultValue;
    // What it is for (a reader of the settings file, a test's message).
    QString purpose;
};

// The one table of settings: every key, its type, default and purpose, in Pref's order.
const std::vector<PreferenceSpec>& preferenceTable();
const PreferenceSpec& preferenceSpec(Pref pref);
// The stored name; arg fills a "%1" (a tab's key).
QString preferenceKey(Pref pref, const QString& arg = {});

// Typed access to the settings (in the spirit of KConfigXT): no caller names a key. Reads the
// application's QSettings, or one given (a window's own, a test's file in a temporary folder).
class Preferences
{
public:
    Preferences();
    explicit Preferences(QSettings& settings);
    ~Preferences();
    Preferences(const Preferences&) = delete;
    Preferences& operator=(const Preferences&) = delete;

    // The stored value as the table's type, or the table's default when none is stored (or it
    // does not convert).
    QVariant value(Pref pref, const QString& arg = {}) const;
    void setValue(Pref pref, const QVariant& value, const QString& arg = {});
    void remove(Pref pref, const QString& arg = {});
    bool contains(Pref pref, const QString& arg = {}) const;

    // View ▸ Language: "en" or "zh"; empty while none was chosen (the system's then).
    QString languageCode() const { return value(Pref::Language).toString(); }
    void setLanguageCode(const QString& code) { setValue(Pref::Language, code); }
    // View ▸ Theme: "light", "dark" or empty (System).
    QString themeCode() const { return value(Pref::Theme).toString(); }
    void setThemeCode(const QString& code) { setValue(Pref::Theme, code); }
    // The chart views' "Annotations" box.
    bool showAnnotations() const { return value(Pref::ShowAnnotations).toBool(); }
    void setShowAnnotations(bool on) { setValue(Pref::ShowAnnotations, on); }

    // The folder exports last went to.
    QString exportFolder() const { return value(Pref::ExportFolder).toString(); }
    void setExportFolder(const QString& folder) { setValue(Pref::ExportFolder, folder); }
    // The export dialog's last choices (SlideOptions, saved by widgets/slideactions).
    QString exportFormat() const { return value(Pref::ExportFormat).toString(); }
    void setExportFormat(const QString& suffix) { setValue(Pref::ExportFormat, suffix); }
    int exportPreset() const { return value(Pref::ExportPreset).toInt(); }
    void setExportPreset(int preset) { setValue(Pref::ExportPreset, preset); }
    QSize exportCustomSize() const { return value(Pref::ExportCustomSize).toSize(); }
    void setExportCustomSize(QSize size) { setValue(Pref::ExportCustomSize, size); }
    int exportPixelRatio() const { return value(Pref::ExportPixelRatio).toInt(); }
    void setExportPixelRatio(int ratio) { setValue(Pref::ExportPixelRatio, ratio); }
    QString exportTheme() const { return value(Pref::ExportTheme).toString(); }
    void setExportTheme(const QString& name) { setValue(Pref::ExportTheme, name); }
    bool exportAnnotations() const { return value(Pref::ExportAnnotations).toBool(); }
    void setExportAnnotations(bool on) { setValue(Pref::ExportAnnotations, on); }

    // Compare's and the profiles' "Include analyst values".
    bool includeAnalyst() const { return value(Pref::IncludeAnalyst).toBool(); }
    void setIncludeAnalyst(bool on) { setValue(Pref::IncludeAnalyst, on); }
    // The saved comparisons, a JSON array (ComparisonStore).
    QByteArray savedComparisons() const { return value(Pref::SavedComparisons).toByteArray(); }
    void setSavedComparisons(const QByteArray& json) { setValue(Pref::SavedComparisons, json); }
    // The filter bar's state (ExhibitFilter::toMap).
    QVariantMap filterState() const { return value(Pref::FilterState).toMap(); }
    void setFilterState(const QVariantMap& map) { setValue(Pref::FilterState, map); }
    // Set once the settings of the old place were taken over (ui/settingsplace).
    bool adoptedOldPlace() const { return value(Pref::AdoptedOldPlace).toBool(); }
    void setAdoptedOldPlace(bool done) { setValue(Pref::AdoptedOldPlace, done); }

    // Where the window reopens (ui/windowstate).
    QRect windowFrame() const { return value(Pref::WindowFrame).toRect(); }
    void setWindowFrame(const QRect& frame) { setValue(Pref::WindowFrame, frame); }
    QRect windowClient() const { return value(Pref::WindowClient).toRect(); }
    void setWindowClient(const QRect& client) { setValue(Pref::WindowClient, client); }
    bool windowMaximized() const { return value(Pref::WindowMaximized).toBool(); }
    void setWindowMaximized(bool on) { setValue(Pref::WindowMaximized, on); }
    QByteArray oldWindowGeometry() const { return value(Pref::WindowOldGeometry).toByteArray(); }
    void removeOldWindowGeometry() { remove(Pref::WindowOldGeometry); }
    QByteArray windowState() const { return value(Pref::WindowState).toByteArray(); }
    void setWindowState(const QByteArray& state) { setValue(Pref::WindowState, state); }
    int windowTab() const { return value(Pref::WindowTab).toInt(); }
    void setWindowTab(int index) { setValue(Pref::WindowTab, index); }
    bool overviewSummary() const { return value(Pref::WindowOverviewSummary).toBool(); }
    void setOverviewSummary(bool on) { setValue(Pref::WindowOverviewSummary, on); }
    QByteArray windowComparison() const { return value(Pref::WindowComparison).toByteArray(); }
    void setWindowComparison(const QByteArray& json) { setValue(Pref::WindowComparison, json); }
    // A section tab's key survives new tabs and reordering: its report and section number.
    static QString tabKey(const QString& reportId, int section);
    QString tabExhibit(const QString& tab) const { return value(Pref::TabExhibit, tab).toString(); }
    void setTabExhibit(const QString& tab, const QString& exhibit)
    {
        setValue(Pref::TabExhibit, exhibit, tab);
    }
    QByteArray tabSplitters(const QString& tab) const
    {
        return value(Pref::TabSplitters, tab).toByteArray();
    }
    void setTabSplitters(const QString& tab, const QByteArray& state)
    {
        setValue(Pref::TabSplitters, state, tab);
    }
    // The group of every window key (a test starts from a window never saved).
    void removeWindowState();

private:
    std::unique_ptr<QSettings> m_own;
    QSettings* m_settings = nullptr;
};

} // namespace trendboard
