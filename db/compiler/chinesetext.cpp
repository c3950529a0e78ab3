// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/chinesetext.h"

#include "compiler/reportpages.h"

#include <QStringList>

namespace trendboard {

QString foldChineseText(const QString& text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (const QChar c : nfkc) {
        // The extraction writes some spaces as private-use characters.
        if (c.isSpace() || c.category() == QChar::Other_PrivateUse)
            continue;
        switch (c.unicode()) {
        case 0x2010: // hyphen, non-breaking hyphen (NFKC), figure dash, en and em dash
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2212:
            out.append(QLatin1Char('-'));
            break;
        case 0x2018: // curly quotes
        case 0x2019:
            out.append(QLatin1Char('\''));
            break;
        case 0x201C:
        case 0x201D:
            out.append(QLatin1Char('"'));
            break;
        case 0x00B7: // middle dots and the ideographic full stop's look-alikes
        case 0x30FB:
            out.append(QLatin1Char('.'));
            break;
        case 0x22EF: // midline ellipsis, as the text prints '⋯⋯'
        case 0x2026:
            out.append(QLatin1Char('.'));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

std::optional<ReportText> ReportText::fromPagesJson(const QString& path, QString* error)
{
    const std::optional<ReportPages> pages = readReportPages(path, error);
    if (!pages)
        return std::nullopt;
    QHash<int, QString> text;
    for (auto it = pages->begin(); it != pages->end(); ++it)
        text.insert(it.key(), it.value().join(QLatin1Char('\n')));
    return fromPages(text);
}

ReportText ReportText::fromPages(const QHash<int, QString>& pages)
{
    ReportText text;
    for (auto it = pages.begin(); it != pages.end(); ++it)
        text.m_folded.insert(it.key(), foldChineseText(it.value()));
    return text;
}

bool ReportText::containsOnAny(const QString& text, const QVector<int>& pages) const
{
    const QString folded = foldChineseText(text);
    for (int page : pages) {
        if (m_folded.value(page).contains(folded))
            return true;
    }
    return false;
}

QString chineseTitleProblem(const QString& title, const ReportText* text, const QVector<int>& pages)
{
    // A title, not a paragraph: the longest the report's Chinese chart titles run to.
    constexpr int kTitleLength = 80;
    return chineseTextProblem(title, text, pages, kTitleLength);
}

QString chineseTextProblem(const QString& title, const ReportText* text, const QVector<int>& pages,
                           int kMaxLength)
{
    if (!hasChinese(title))
        return QStringLiteral("'%1' has no Chinese characters").arg(title);
    if (title.contains(QLatin1Char('\n')))
        return QStringLiteral("'%1' is more than one line").arg(title);
    if (title.size() > kMaxLength)
        return QStringLiteral("'%1…' is longer than %2 characters")
            .arg(title.left(20))
            .arg(kMaxLength);
    if (text && !text->containsOnAny(title, pages)) {
        QStringList names;
        for (int page : pages)
            names.append(QString::number(page));
        if (names.size() > 3) // a section's: the outline and its pages
            names = QStringList{names.first(), QStringLiteral("…"), names.last()};
        return QStringLiteral("'%1' is not on page %2 of the report text")
            .arg(title, names.join(QLatin1Char('/')));
    }
    return {};
}

} // namespace trendboard
