// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace trendboard {

struct FormulaResult
{
    std::optional<double> value;
    QString error; // set when value is empty
};

// Evaluates a derivation's arithmetic: numbers, the input names, + - * / and parentheses.
// Nesting is bounded, so that no input can exhaust the stack.
FormulaResult evaluateFormula(const QString& formula, const QHash<QString, double>& inputs);

// True when `computed` rounds to the value as written: within half a unit of its last
// printed digit ('107' accepts 106.5..107.5, '2.5' accepts 2.45..2.55).
bool roundsTo(double computed, const QString& writtenValue);

} // namespace trendboard
