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

// The saved choice of View ▸ Language (QSettings "ui/language"), if any.
std::optional<DisplayLanguage> savedDisplayLanguage();
void saveDisplayLanguage(DisplayLanguage language);

// Installs the interface's translation (and Qt's own, for standard dialogs) into the
// application. False when Chinese is asked for and the translation cannot be loaded.
bool installTranslations(QCoreApplication& app, DisplayLanguage language);

// The title, headline and section title to show in the current display language: the
// report's Chinese where it gives one, else the English as printed.
QString displayTitle(const ExhibitInfo& exhibit);
QString displayHeadline(const ExhibitInfo& exhibit);
QString displaySectionTitle(const SectionInfo& section);

} // namespace trendboard
