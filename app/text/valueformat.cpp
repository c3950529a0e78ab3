// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/valueformat.h"

#include "reportdb.h"
#include "text/displaylanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace trendboard {

namespace {
// The texts' translation context (lupdate and the app both take it from this macro).
class ValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(trendboard::ValueFormat)
};
} // namespace

QString formatNumber(double value)
{
    QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    QString text =
        locale.toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

// A unit's words in the display language ("7 years" is "7 年", "100 T tokens" "100 T Token"):
// its letters, scale prefixes and symbols (MM, T, $, %, MW) stay as the report prints them.
QString unitText(const QString& unit)
{
    if (displayLanguage() != DisplayLanguage::Chinese)
        return unit;
    static const char* const words[] = {
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "seconds"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "minutes"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "hours"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "hour"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "days"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "months"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "years"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "tokens"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "words"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "parameters"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "miles"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "acres"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "gallons"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "chats"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "discoveries"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "change"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "CAGR"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "index"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "score"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "per unit"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "sq ft"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "bps"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "MW-year")};
    QString out = unit;
    for (const char* word : words) {
        const QString english = QLatin1String(word);
        for (int at = out.indexOf(english); at >= 0; at = out.indexOf(english, at + 1)) {
            // Whole words only: "hour" is not the start of "hours".
            const int end = at + english.size();
            if ((at > 0 && out.at(at - 1).isLetter()) || (end < out.size() && out.at(end).isLetter()))
                continue;
            out.replace(at, english.size(), ValueFormat::tr(word));
        }
    }
    return out;
}

QString formatValue(double value, const QString& unit)
{
    const QString number = formatNumber(std::fabs(value));
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (unit.startsWith(QLatin1Char('$')) && !unit.contains(QLatin1Char('/')) &&
        !unit.contains(QLatin1Char(' ')))
        return sign + QLatin1Char('$') + number + unit.mid(1);
    if (unit == QLatin1String("%") || unit == QLatin1String("x") || unit == QLatin1String("K") ||
        unit == QLatin1String("MM") || unit == QLatin1String("B") || unit == QLatin1String("T"))
        return sign + number + unit;
    if (unit.startsWith(QLatin1Char('%'))) // growth rates print their sign: +63% Y/Y
        return (value < 0 ? sign : QStringLiteral("+")) + number + unitText(unit);
    if (unit == QLatin1String("# change")) // '+6,300 more patents'
        return (value < 0 ? sign : QStringLiteral("+")) + number;
    if (unit == QLatin1String("pp") || unit == QLatin1String("bps"))
        return (value < 0 ? sign : QStringLiteral("+")) + number + QLatin1Char(' ') +
               unitText(unit);
    if (unit.isEmpty() || unit == QLatin1String("#") || unit == QLatin1String("rank"))
        return sign + number;
    return sign + number + QLatin1Char(' ') + unitText(unit);
}

QString pointToolTip(const SeriesRecord& series, const PointRecord& point)
{
    QStringList lines{printableText(displaySeriesName(series))};
    QString value = point.value ? formatValue(*point.value, point.unit)
                                : printableText(displayPointText(point));
    QString period = printableText(displayXLabel(point));
    if (!point.periodStart.isEmpty())
        period += point.periodStart == point.periodEnd
                      ? QStringLiteral(" (%1)").arg(point.periodStart)
                      : QStringLiteral(" (%1 – %2)").arg(point.periodStart, point.periodEnd);
    lines << QStringLiteral("%1 · %2").arg(value, period);
    if (point.analyst != AnalystMark::None)
        lines << analystStatus(point);
    else if (point.status == QLatin1String("derived"))
        lines << ValueFormat::tr("derived: %1").arg(printableText(displayDerivation(point)));
    else
        lines << printableText(
            statusText(point.status.isEmpty() ? QStringLiteral("reported") : point.status));
    if (!point.citation.isEmpty())
        lines << ValueFormat::tr("citation: %1").arg(printableText(point.citation));
    if (!point.annotation.isEmpty())
        lines << ValueFormat::tr("note: %1").arg(printableText(point.annotation));
    if (point.page > 0)
        lines << ValueFormat::tr("p. %1").arg(point.page);
    return lines.join(QLatin1Char('\n'));
}

QString statusText(const QString& status)
{
    if (status == QLatin1String("reported"))
        return ValueFormat::tr("reported");
    if (status == QLatin1String("derived"))
        return ValueFormat::tr("derived");
    return status;
}

QString granularityText(const QString& granularity)
{
    static const char* const names[] = {QT_TRANSLATE_NOOP("trendboard::ValueFormat", "day"),
                                        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "month"),
                                        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "quarter"),
                                        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "half"),
                                        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "year"),
                                        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "decade"),
                                        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "range")};
    for (const char* name : names) {
        if (granularity == QLatin1String(name))
            return ValueFormat::tr(name);
    }
    return granularity;
}

QString entityKindText(const QString& kind)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "company"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "product"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "country"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "region"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "organisation")};
    for (const char* name : names) {
        if (kind == QLatin1String(name))
            return ValueFormat::tr(name);
    }
    return kind;
}

QString quantityText(const QString& quantity)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "level"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "share"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "growth"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "multiple"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "index"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "rank"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "percent growth")};
    for (const char* name : names) {
        if (quantity == QLatin1String(name))
            return ValueFormat::tr(name);
    }
    return quantity;
}

QString baseUnitText(const QString& baseUnit)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "USD"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "count"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "percent"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "percentage points"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "percent growth per year"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "count change"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "score"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "seconds"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "tokens"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "tokens per MW"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "USD per MM tokens"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "USD per unit"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "FLOP"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "J"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "W"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "Wh"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "acres"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "bytes"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "chats per hour"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "discoveries per USD B"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "gallons"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "miles"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "parameters"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "square feet"),
        QT_TRANSLATE_NOOP("trendboard::ValueFormat", "words")};
    for (const char* name : names) {
        if (baseUnit == QLatin1String(name))
            return ValueFormat::tr(name);
    }
    return quantityText(baseUnit); // multiple, index, rank, percent growth
}

QString analystStatus(const PointRecord& point)
{
    switch (point.analyst) {
    case AnalystMark::Edited:
        return ValueFormat::tr("edited by an analyst — the report states %1")
            .arg(point.reportValue ? formatValue(*point.reportValue, point.reportUnit)
                                   : ValueFormat::tr("no value"));
    case AnalystMark::Filled:
        return ValueFormat::tr("analyst value — the report gives none");
    case AnalystMark::None:
        break;
    }
    return {};
}

QString printableText(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) ||
            u == 0xfffe || u == 0xffff)
            c = QChar(0xfffd);
    }
    return out;
}

QColor analystInk(bool onDark)
{
    return onDark ? QColor(0xce, 0x93, 0xd8) : QColor(0x8e, 0x24, 0xaa);
}

QColor analystInk()
{
    return analystInk(QGuiApplication::palette().color(QPalette::Base).lightness() < 128);
}

} // namespace trendboard
