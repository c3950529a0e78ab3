// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/displaylanguage.h"

#include "settings/preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace trendboard {

namespace {
DisplayLanguage g_language = DisplayLanguage::English;
ChineseNames g_names;
QHash<QString, QString> g_reportNames; // id -> short name, in English
} // namespace

std::optional<DisplayLanguage> displayLanguageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("en"))
        return DisplayLanguage::English;
    if (c == QLatin1String("zh") || c == QLatin1String("zh_cn") || c == QLatin1String("zh-cn"))
        return DisplayLanguage::Chinese;
    return std::nullopt;
}

QString displayLanguageCode(DisplayLanguage language)
{
    return language == DisplayLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

DisplayLanguage systemDisplayLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? DisplayLanguage::Chinese
                                                            : DisplayLanguage::English;
}

DisplayLanguage displayLanguage()
{
    return g_language;
}

void setDisplayLanguage(DisplayLanguage language)
{
    g_language = language;
}

std::optional<DisplayLanguage> savedDisplayLanguage()
{
    return displayLanguageFromCode(Preferences().languageCode());
}

void saveDisplayLanguage(DisplayLanguage language)
{
    Preferences().setLanguageCode(displayLanguageCode(language));
}

bool installTranslations(QCoreApplication& app, DisplayLanguage language)
{
    if (language != DisplayLanguage::Chinese) {
        // English needs its plural forms only ("%n file(s)" reads "1 file", "2 files").
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/trendboard_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return true;
    }
    // Owned by the application: they live as long as it does.
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/trendboard_zh_CN.qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (the buttons of standard dialogs), when Debian's qt6-translations-l10n
    // is installed; without it they stay English.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QString displayTitle(const ExhibitInfo& exhibit)
{
    return g_language == DisplayLanguage::Chinese && !exhibit.titleZh.isEmpty() ? exhibit.titleZh
                                                                                : exhibit.title;
}

QString displayHeadline(const ExhibitInfo& exhibit)
{
    return g_language == DisplayLanguage::Chinese && !exhibit.headlineZh.isEmpty()
               ? exhibit.headlineZh
               : exhibit.headline;
}

QString displaySectionTitle(const SectionInfo& section)
{
    if (g_language == DisplayLanguage::Chinese)
        return section.titleZh.isEmpty() ? section.title : section.titleZh;
    // A title that gives its Chinese in brackets after the English (the brokerage note's
    // "Overseas AI Tokens / Users Surge, … (海外AI token/用户数激增,…)") shows its English only:
    // an English window has no use for the Chinese, and drawing it would map a CJK fallback
    // font (3-5 MB) for one heading.
    static const QRegularExpression chineseInBrackets(
        QStringLiteral("\\s*[(（][^()（）]*\\p{Han}[^()（）]*[)）]"));
    return QString(section.title).remove(chineseInBrackets);
}

QString displayShortTitle(const QString& shortTitle)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Faster Than Ever"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Users, Usage & CapEx"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Compute & Inference Costs"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Usage, Cost & Loss"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Monetization Threats"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Physical World"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Internet Users"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Work Evolution"),
        QT_TRANSLATE_NOOP("trendboard::DisplayLanguage", "Brokerage note")};
    for (const char* name : names) {
        if (shortTitle == QLatin1String(name))
            return QCoreApplication::translate("trendboard::DisplayLanguage", name);
    }
    return shortTitle;
}

void setReportNames(const QVector<ReportInfo>& reports)
{
    g_reportNames.clear();
    for (const ReportInfo& r : reports)
        g_reportNames.insert(r.id, r.shortTitle.isEmpty() ? r.publisher : r.shortTitle);
}

QString displayReportName(const QString& reportId)
{
    // A name already (a profile's table names the report): in the display language too.
    return displayShortTitle(g_reportNames.value(reportId, reportId));
}

QString displayName(const QString& english, const QString& chinese)
{
    return g_language == DisplayLanguage::Chinese && !chinese.isEmpty() ? chinese : english;
}

void setChineseNames(ChineseNames names)
{
    g_names = std::move(names);
}

QString displayEntityName(const QString& entity)
{
    return displayName(entity, g_names.entities.value(entity));
}

QString displayMeasureName(const QString& measureId, const QString& english)
{
    return displayName(english, g_names.measures.value(measureId));
}

QString displaySeriesName(const SeriesRecord& series)
{
    return displayName(series.name, series.nameZh);
}

QString displayXLabel(const PointRecord& point)
{
    return displayName(point.xLabel, point.xLabelZh.text);
}

QString displayPointText(const PointRecord& point)
{
    return displayName(point.text, point.textZh.text);
}

QString displayNote(const ExhibitInfo& exhibit)
{
    return displayName(exhibit.note, exhibit.noteZh.text);
}

QString displayXAxis(const ExhibitInfo& exhibit)
{
    return displayName(exhibit.xAxis, exhibit.xAxisZh.text);
}

QString displayYAxis(const ExhibitInfo& exhibit)
{
    return displayName(exhibit.yAxis, exhibit.yAxisZh.text);
}

QString displayY2Axis(const ExhibitInfo& exhibit)
{
    return displayName(exhibit.y2Axis, exhibit.y2AxisZh.text);
}

QString displaySource(const ExhibitInfo& exhibit)
{
    return displayName(exhibit.source, exhibit.sourceZh.text);
}

QString displayDerivation(const PointRecord& point)
{
    return displayName(point.derivation, point.derivationZh);
}

QString ourTranslationNote(const ExhibitInfo& exhibit)
{
    if (g_language != DisplayLanguage::Chinese)
        return {};
    const auto ours = [](const ChineseText& zh) { return zh.ours && !zh.isEmpty(); };
    QStringList parts;
    if (exhibit.titleZhOurs && !exhibit.titleZh.isEmpty())
        parts << QCoreApplication::translate("trendboard::DisplayLanguage", "title");
    if (exhibit.headlineZhOurs && !exhibit.headlineZh.isEmpty())
        parts << QCoreApplication::translate("trendboard::DisplayLanguage", "headline");
    if (ours(exhibit.noteZh))
        parts << QCoreApplication::translate("trendboard::DisplayLanguage", "note");
    if (ours(exhibit.xAxisZh) || ours(exhibit.yAxisZh) || ours(exhibit.y2AxisZh))
        parts << QCoreApplication::translate("trendboard::DisplayLanguage", "axis titles");
    if (ours(exhibit.sourceZh))
        parts << QCoreApplication::translate("trendboard::DisplayLanguage", "source");
    if (parts.isEmpty())
        return {};
    //: %1: the parts in Trendboard's Chinese, e.g. "title, note"
    return QCoreApplication::translate("trendboard::DisplayLanguage",
                                       "Chinese %1: Trendboard's translation")
        .arg(parts.join(QCoreApplication::translate("trendboard::DisplayLanguage", ", ")));
}

QString displaySourceLine(const ExhibitInfo& exhibit)
{
    // English reads as ExhibitInfo::sourceLine (the commands' and CSV's citation).
    QString line =
        exhibit.reportPages <= 1
            ? QCoreApplication::translate("trendboard::DisplayLanguage", "Source: %1, %2")
                  .arg(displaySource(exhibit), exhibit.reportCite)
            : QCoreApplication::translate("trendboard::DisplayLanguage", "Source: %1, %2, p. %3")
                  .arg(displaySource(exhibit), exhibit.reportCite)
                  .arg(exhibit.page);
    if (const QString ours = ourTranslationNote(exhibit); !ours.isEmpty())
        line += QCoreApplication::translate("trendboard::DisplayLanguage", "; %1").arg(ours);
    return line;
}

} // namespace trendboard
