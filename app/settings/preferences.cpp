// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/preferences.h"

#include <QDir>
#include <QSettings>

namespace trendboard {

namespace {

std::vector<PreferenceSpec> makeTable()
{
    using T = QMetaType;
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    // Keep in Pref's order (preferenceSpec indexes it); the test checks the order.
    return {
        {Pref::Language, s("ui/language"), T::QString, QString(),
         s("View ▸ Language: en or zh; none: the system's language")},
        {Pref::Theme, s("view/theme"), T::QString, QString(),
         s("View ▸ Theme: light or dark; none: the system's palette")},
        {Pref::ShowAnnotations, s("chart/showAnnotations"), T::Bool, true,
         s("the chart views' Annotations box, shared by every chart view")},
        {Pref::ExportFolder, s("export/folder"), T::QString, QDir::homePath(),
         s("the folder the last export (file, slide or batch) went to")},
        {Pref::ExportFormat, s("export/format"), T::QString, QString(),
         s("the export dialog's format (png, svg, pdf); none: PNG")},
        {Pref::ExportPreset, s("export/preset"), T::Int, 0,
         s("the export dialog's slide size (SlidePreset)")},
        {Pref::ExportCustomSize, s("export/customSize"), T::QSize, QSize(),
         s("the export dialog's custom slide size")},
        {Pref::ExportPixelRatio, s("export/ratio"), T::Int, 1,
         s("the export dialog's pixel ratio, 1 to 3 (PNG)")},
        {Pref::ExportTheme, s("export/theme"), T::QString, QString(),
         s("the export dialog's slide theme (light, dark, transparent); none: light")},
        {Pref::ExportAnnotations, s("export/annotations"), T::Bool, false,
         s("the export dialogs' Include annotations box")},
        {Pref::IncludeAnalyst, s("compare/includeAnalyst"), T::Bool, true,
         s("Compare's and the entity profiles' Include analyst values box")},
        {Pref::SavedComparisons, s("comparisons/saved"), T::QByteArray, QByteArray(),
         s("the saved comparisons, a JSON array (ComparisonStore)")},
        {Pref::FilterState, s("filter/state"), T::QVariantMap, QVariantMap(),
         s("the filter bar as it was left (ExhibitFilter::toMap)")},
        {Pref::AdoptedOldPlace, s("settings/adoptedOldPlace"), T::Bool, false,
         s("the settings of the old place (Trendboard/Trendboard) were taken over")},
        {Pref::WindowFrame, s("window/frame"), T::QRect, QRect(),
         s("the main window's frame as the window manager placed it")},
        {Pref::WindowClient, s("window/client"), T::QRect, QRect(),
         s("the main window's client area when the frame was saved (the decorations' sizes)")},
        {Pref::WindowMaximized, s("window/maximized"), T::Bool, false,
         s("the main window was maximized")},
        {Pref::WindowOldGeometry, s("window/geometry"), T::QByteArray, QByteArray(),
         s("QWidget::saveGeometry of earlier versions, read when no frame was saved")},
        {Pref::WindowState, s("window/state"), T::QByteArray, QByteArray(),
         s("QMainWindow::saveState: docks and toolbars")},
        {Pref::WindowTab, s("window/tab"), T::Int, -1, s("the tab on show; -1: none saved")},
        {Pref::WindowOverviewSummary, s("window/overviewSummary"), T::Bool, false,
         s("the Overview showed its summary charts")},
        {Pref::WindowComparison, s("window/comparison"), T::QByteArray, QByteArray(),
         s("the Compare tab's selection (ComparisonStore::encode)")},
        {Pref::TabExhibit, s("window/tabs/%1/exhibit"), T::QString, QString(),
         s("a section tab's exhibit on show; %1 is the tab's report and section")},
        {Pref::TabSplitters, s("window/tabs/%1/splitters"), T::QByteArray, QByteArray(),
         s("a section tab's splitter sizes; %1 is the tab's report and section")},
    };
}

} // namespace

const std::vector<PreferenceSpec>& preferenceTable()
{
    static const std::vector<PreferenceSpec> table = makeTable();
    return table;
}

const PreferenceSpec& preferenceSpec(Pref pref)
{
    return preferenceTable().at(std::size_t(pref));
}

QString preferenceKey(Pref pref, const QString& arg)
{
    const QString& key = preferenceSpec(pref).key;
    return key.contains(QLatin1String("%1")) ? key.arg(arg) : key;
}

Preferences::Preferences() : m_own(std::make_unique<QSettings>()), m_settings(m_own.get()) {}

Preferences::Preferences(QSettings& settings) : m_settings(&settings) {}

Preferences::~Preferences() = default;

QVariant Preferences::value(Pref pref, const QString& arg) const
{
    const PreferenceSpec& spec = preferenceSpec(pref);
    QVariant stored = m_settings->value(preferenceKey(pref, arg));
    // A settings file stores some types as text ("true", "2"): read as the table's type.
    if (!stored.isValid() || !stored.convert(QMetaType(spec.type)))
        return spec.defaultValue;
    return stored;
}

void Preferences::setValue(Pref pref, const QVariant& value, const QString& arg)
{
    m_settings->setValue(preferenceKey(pref, arg), value);
}

void Preferences::remove(Pref pref, const QString& arg)
{
    m_settings->remove(preferenceKey(pref, arg));
}

bool Preferences::contains(Pref pref, const QString& arg) const
{
    return m_settings->contains(preferenceKey(pref, arg));
}

QString Preferences::tabKey(const QString& reportId, int section)
{
    return QStringLiteral("%1-%2").arg(reportId).arg(section);
}

void Preferences::removeWindowState()
{
    // Every window key lives in the group of the frame's.
    m_settings->remove(preferenceKey(Pref::WindowFrame).section(QLatin1Char('/'), 0, 0));
}

} // namespace trendboard
