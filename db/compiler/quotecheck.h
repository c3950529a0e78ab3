// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace trendboard {

// Collapses every run of white space to one space, so that a quote may span the text's line breaks.
QString foldWhitespace(const QString& text);

// The numbers a quote prints ('$1,234.5B' -> 1234.5, '.5%' -> 0.5), without signs.
QVector<double> numbersIn(const QString& quote);

// True when one of the quote's numbers equals |value|: the quote shows the value.
bool quoteShowsValue(const QString& quote, double value);

// True when the quote contains the text cell, case and white space folded.
bool quoteShowsText(const QString& quote, const QString& text);

} // namespace trendboard
