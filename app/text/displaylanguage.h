// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace trendboard {

// The language of the window: its own strings (Qt Linguist) and the report's titles, which
// show the report's Chinese text where it gives one and the English otherwise.
enum class DisplayLanguage
{
    English,
    Chinese
};

// "en" or "zh" (also "zh_CN", "zh-CN"); nothing for any other text.
std::optional<DisplayLanguage> displayLanguageFromCode(const QString& code);
QString displayLanguageCode(DisplayLanguage language);
// Chinese when the system locale's language is Chinese, else English.
DisplayLanguage systemDisplayLanguage();

// The language the window and its charts show; English until a window sets it, so that
// commands and their exports stay English.
DisplayLanguage displayLanguage();
void setDisplayLanguage(DisplayLanguage language);

// The saved choice of View ▸ Language (Preferences::languageCode), if any.
std::optional<DisplayLanguage> savedDisplayLanguage();
void saveDisplayLanguage(DisplayLanguage language);

// Installs the interface's translation (and Qt's own, for standard dialogs) into the
// application. False when Chinese is asked for and the translation cannot be loaded.
bool installTranslations(QCoreApplication& app, DisplayLanguage language);

// The title, headline and section title to show in the current display language: the
// report's Chinese where it gives one, else the English as printed (in English, a section
// title's Chinese in brackets after its English is left out).
QString displayTitle(const ExhibitInfo& exhibit);
QString displayHeadline(const ExhibitInfo& exhibit);
QString displaySectionTitle(const SectionInfo& section);

// A tab's short name (report.yaml's `short`: "Faster Than Ever", "Brokerage note") in the
// display language: the report prints only its sections' long titles in Chinese, too long for a
// tab. A name not in the list stays as it is.
QString displayShortTitle(const QString& shortTitle);

// The reports' names for tables (a comparison's `report` column holds the report's id): its
// short name (report.yaml's `short`, else its publisher: "BOND", "Brokerage note") in the
// display language. A window or command sets them once from the database; a text not an id
// set is taken for a short name.
void setReportNames(const QVector<ReportInfo>& reports);
QString displayReportName(const QString& reportId);

// The one rule for every name the data gives in two languages: the Chinese where the display
// language is Chinese and there is one, else the English.
QString displayName(const QString& english, const QString& chinese);
// The Chinese names of entities and measures (ReportDatabase::chineseNames), kept for the
// functions below; a window in Chinese sets them once.
void setChineseNames(ChineseNames names);
QString displayEntityName(const QString& entity);
QString displayMeasureName(const QString& measureId, const QString& english);
QString displaySeriesName(const SeriesRecord& series);
// A point's category label and its text cell in the display language (the keys of categories,
// edits and CSV stay the English as printed).
QString displayXLabel(const PointRecord& point);
QString displayPointText(const PointRecord& point);
// The exhibit's note, axis titles and source (its `source`, without the report) in the display
// language: the Chinese the data gives (exhibitData reads it), else the English.
QString displayNote(const ExhibitInfo& exhibit);
QString displayXAxis(const ExhibitInfo& exhibit);
QString displayYAxis(const ExhibitInfo& exhibit);
QString displayY2Axis(const ExhibitInfo& exhibit);
QString displaySource(const ExhibitInfo& exhibit);
// A derived point's derivation in the display language (its Chinese is always Trendboard's,
// as the English is).
QString displayDerivation(const PointRecord& point);
// ExhibitInfo::sourceLine in the display language ("来源:…,第 N 页"), with the note that a
// Chinese title or headline shown is ours, not the report's.
QString displaySourceLine(const ExhibitInfo& exhibit);
// Under Chinese, where the title, headline, note, axis titles or source shown are Trendboard's
// translation, not the report's words: a short line saying which ("中文标题、注释为 Trendboard
// 译文"); else empty.
QString ourTranslationNote(const ExhibitInfo& exhibit);

} // namespace trendboard
