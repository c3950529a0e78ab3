// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/quotecheck.h"

#include <QRegularExpression>

#include <cmath>

namespace trendboard {

QString foldWhitespace(const QString& text)
{
    return text.simplified();
}

QVector<double> numbersIn(const QString& quote)
{
    static const QRegularExpression number(QStringLiteral(R"(\d[\d,]*(?:\.\d+)?|\.\d+)"));
    QVector<double> numbers;
    auto it = number.globalMatch(quote);
    while (it.hasNext()) {
        QString digits = it.next().captured();
        digits.remove(QLatin1Char(','));
        bool ok = false;
        const double n = digits.toDouble(&ok);
        if (ok)
            numbers.append(n);
    }
    // Numbers the text spells out ('Seventeen Months', 'a fivefold increase', 'twice').
    static const QRegularExpression word(
        QStringLiteral(R"(\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|)"
                       R"(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|)"
                       R"(twice|double|triple)(fold)?\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList words{"one",      "two",      "three",    "four",    "five",
                                   "six",      "seven",    "eight",    "nine",    "ten",
                                   "eleven",   "twelve",   "thirteen", "fourteen", "fifteen",
                                   "sixteen",  "seventeen", "eighteen", "nineteen", "twenty"};
    auto words_it = word.globalMatch(quote);
    while (words_it.hasNext()) {
        const QString w = words_it.next().captured(1).toLower();
        const int index = words.indexOf(w);
        if (index >= 0)
            numbers.append(index + 1);
        else if (w == QLatin1String("twice") || w == QLatin1String("double"))
            numbers.append(2);
        else if (w == QLatin1String("triple"))
            numbers.append(3);
    }
    return numbers;
}

bool quoteShowsValue(const QString& quote, double value)
{
    const double wanted = std::fabs(value);
    const double tolerance = 1e-9 * std::max(1.0, wanted);
    for (double n : numbersIn(quote)) {
        if (std::fabs(n - wanted) <= tolerance)
            return true;
    }
    return false;
}

namespace {
// The text layer breaks hyphenated words across lines ('chess- playing'); a text cell may be
// written whole ('chess-playing') and still be shown by the verbatim quote.
QString joinBrokenHyphens(QString text)
{
    static const QRegularExpression broken(QStringLiteral("(\\w)- (\\w)"));
    return text.replace(broken, QStringLiteral("\\1-\\2"));
}
} // namespace

bool quoteShowsText(const QString& quote, const QString& text)
{
    return joinBrokenHyphens(foldWhitespace(quote))
        .contains(joinBrokenHyphens(foldWhitespace(text)), Qt::CaseInsensitive);
}

} // namespace trendboard
