// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/valueformat.h"

#include "reportdb.h"

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
        return (value < 0 ? sign : QStringLiteral("+")) + number + unit;
    if (unit == QLatin1String("# change")) // '+6,300 more patents'
        return (value < 0 ? sign : QStringLiteral("+")) + number;
    if (unit == QLatin1String("pp") || unit == QLatin1String("bps"))
        return (value < 0 ? sign : QStringLiteral("+")) + number + QLatin1Char(' ') + unit;
    if (unit.isEmpty() || unit == QLatin1String("#") || unit == QLatin1String("rank"))
        return sign + number;
    return sign + number + QLatin1Char(' ') + unit;
}

QString pointToolTip(const SeriesRecord& series, const PointRecord& point)
{
    QStringList lines{printableText(series.name)};
    QString value = point.value ? formatValue(*point.value, point.unit) : printableText(point.text);
    QString period = printableText(point.xLabel);
    if (!point.periodStart.isEmpty())
        period += point.periodStart == point.periodEnd
                      ? QStringLiteral(" (%1)").arg(point.periodStart)
                      : QStringLiteral(" (%1 – %2)").arg(point.periodStart, point.periodEnd);
    lines << QStringLiteral("%1 · %2").arg(value, period);
    if (point.analyst != AnalystMark::None)
        lines << analystStatus(point);
    else if (point.status == QLatin1String("derived"))
        lines << QStringLiteral("derived: %1").arg(printableText(point.derivation));
    else
        lines << printableText(point.status.isEmpty() ? QStringLiteral("reported") : point.status);
    if (!point.citation.isEmpty())
        lines << QStringLiteral("citation: %1").arg(printableText(point.citation));
    if (!point.annotation.isEmpty())
        lines << QStringLiteral("note: %1").arg(printableText(point.annotation));
    if (point.page > 0)
        lines << QStringLiteral("p. %1").arg(point.page);
    return lines.join(QLatin1Char('\n'));
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
