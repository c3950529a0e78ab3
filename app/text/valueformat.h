// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

namespace trendboard {

// A value as the report prints it with its unit: $212B, 800MM, 73%, 63% Y/Y, 6x, 122 days.
QString formatValue(double value, const QString& unit);
// A unit's words in the display language ("years" is "年" in Chinese); its letters, scale
// prefixes and symbols stay as the report prints them.
QString unitText(const QString& unit);

// A number with thousands separators and at most three decimals, no trailing zeros.
QString formatNumber(double value);

// What a tooltip says of a datapoint: series, value as printed, period, status, page.
struct PointRecord;
struct SeriesRecord;
QString pointToolTip(const SeriesRecord& series, const PointRecord& point);

// What an analyst did to the point, in the words its tooltip and the provenance panel both use:
// "edited by an analyst — the report states $212B", "analyst value — the report gives none";
// empty for the report's own values. Translated.
// A point's status in the display language: reported, derived (the data's words: CSV and
// commands keep them as they are).
QString statusText(const QString& status);
// A period's granularity (day, month, quarter, half, year, decade, range) in the display language.
QString granularityText(const QString& granularity);
// An entity's kind (company, product, country, region, organisation) and a quantity (level,
// share, growth, multiple, index, rank) in the display language.
QString entityKindText(const QString& kind);
QString quantityText(const QString& quantity);
// A base unit (USD, count, percent growth, tokens per MW) in the display language.
QString baseUnitText(const QString& baseUnit);
QString analystStatus(const PointRecord& point);

// The text with every control character but line breaks and tabs replaced by U+FFFD, so that
// it can be drawn and written to any format (XML forbids most of them).
QString printableText(const QString& text);

// The analyst's colour (values, markers, notes): a purple the report's palette does not use,
// lighter on a dark background where the deep one would sink.
QColor analystInk(bool onDark);
// The same for the table's base colour (View > Theme).
QColor analystInk();

} // namespace trendboard
