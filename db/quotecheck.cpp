#include "quotecheck.h"

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
