// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTranslator>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace trendboard {
class ReportDatabase;
}

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void chinese_data();
    void chinese();
    void viewBoxItems();
    void headlineTile();
    void analystKeyFigures();
    void noEntryUnfinished();
    void windowHasNoEnglish();
    void dialogsHaveNoEnglish();
    void slidesHaveNoEnglish_data();
    void slidesHaveNoEnglish();
    void noChineseFontIsSaid();
    void axisTitleInChinese();
    void relatedValuesInChinese();
    void unitsInChinese_data();
    void unitsInChinese();

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator; // Qt's own words (OK, Close), as the app installs them
};

// What the Chinese interface may show in Latin letters, and the runs of three or more Latin
// letters a text shows that are none of those: English left untranslated.
namespace englishcheck {
// Proper names (entities and their aliases, the report's name), units as the database prints
// them and a short explicit list (file formats, keys, abbreviations).
QSet<QString> allowedWords(const trendboard::ReportDatabase& db);
QStringList englishWords(const QString& text, const QSet<QString>& allowed);
// The Latin words of data strings (adds them to `words`).
void addWords(const QString& text, QSet<QString>& words);
// The texts a widget and its visible children show. With `data` false, the figure, the
// provenance panel and the headline tiles (the report's words) are left out.
QStringList visibleTexts(QWidget* root, bool data = false);
// The text content of an SVG's <text> elements (and its <title> and <desc>).
QStringList svgTexts(const QByteArray& svg);
} // namespace englishcheck
