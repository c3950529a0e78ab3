// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace trendboard {

// The report's text split by page (the page split JSON {"page": [lines]}), kept in the folded
// form the Chinese titles are compared in. The compiler checks every title_zh / headline_zh
// against it, as the provenance check does the quotes.
class ReportText
{
public:
    // Reads the page split; nothing, with `error` set, when the file cannot be read or parsed.
    static std::optional<ReportText> fromPagesJson(const QString& path, QString* error);
    static ReportText fromPages(const QHash<int, QString>& pages);

    // True when the folded text occurs on one of the pages.
    bool containsOnAny(const QString& text, const QVector<int>& pages) const;
    int pageCount() const { return m_folded.size(); }

private:
    QHash<int, QString> m_folded;
};

// The texts the compiler checks Chinese titles against, by report id.
using ReportTexts = QHash<QString, ReportText>;

// How Chinese text is compared: the PDF extraction puts spaces inside phrases, breaks lines
// anywhere and mixes full- and half-width punctuation ('( 百万 )' for '(百万)'), so white space
// is dropped and punctuation mapped to one form (NFKC, one kind of dash, quote and dot).
QString foldChineseText(const QString& text);

// True when the text has at least one CJK ideograph: a title_zh that has none is not Chinese.
bool hasChinese(const QString& text);

// Why a Chinese title cannot be what the report prints (empty when it can): no Chinese, more
// than one line, or longer than a title; or, with `text`, not on any of `pages`.
QString chineseTitleProblem(const QString& title, const ReportText* text,
                            const QVector<int>& pages);

// The same for a note, an axis title or a source line: up to `maxLength` characters.
QString chineseTextProblem(const QString& chinese, const ReportText* text,
                           const QVector<int>& pages, int maxLength);

} // namespace trendboard
