// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/derivation.h"

#include <cmath>

namespace trendboard {

namespace {

// Recursive descent over a short formula; depth is bounded by kMaxDepth.
class FormulaParser
{
public:
    FormulaParser(const QString& text, const QHash<QString, double>& inputs)
        : m_text(text), m_inputs(inputs)
    {
    }

    FormulaResult run()
    {
        if (m_text.size() > kMaxLength)
            return {std::nullopt, QStringLiteral("formula is longer than %1 characters").arg(kMaxLength)};
        const std::optional<double> v = expression(0);
        skipSpace();
        if (v && m_pos != m_text.size())
            fail(QStringLiteral("unexpected '%1' at position %2").arg(m_text.at(m_pos)).arg(m_pos + 1));
        if (!m_error.isEmpty())
            return {std::nullopt, m_error};
        if (!v || !std::isfinite(*v))
            return {std::nullopt, QStringLiteral("formula does not give a finite number")};
        return {v, {}};
    }

private:
    static constexpr int kMaxDepth = 32;
    static constexpr int kMaxLength = 200;

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    std::optional<double> expression(int depth)
    {
        std::optional<double> left = term(depth);
        while (left) {
            skipSpace();
            if (m_pos >= m_text.size() || (m_text.at(m_pos) != '+' && m_text.at(m_pos) != '-'))
                break;
            const QChar op = m_text.at(m_pos++);
            const std::optional<double> right = term(depth);
            if (!right)
                return std::nullopt;
            left = op == '+' ? *left + *right : *left - *right;
        }
        return left;
    }

    std::optional<double> term(int depth)
    {
        std::optional<double> left = factor(depth);
        while (left) {
            skipSpace();
            if (m_pos >= m_text.size() || (m_text.at(m_pos) != '*' && m_text.at(m_pos) != '/'))
                break;
            const QChar op = m_text.at(m_pos++);
            const std::optional<double> right = factor(depth);
            if (!right)
                return std::nullopt;
            if (op == '/' && *right == 0) {
                fail(QStringLiteral("division by zero"));
                return std::nullopt;
            }
            left = op == '*' ? *left * *right : *left / *right;
        }
        return left;
    }

    std::optional<double> factor(int depth)
    {
        if (depth > kMaxDepth) {
            fail(QStringLiteral("formula is nested too deeply"));
            return std::nullopt;
        }
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(QStringLiteral("formula ends too early"));
            return std::nullopt;
        }
        const QChar c = m_text.at(m_pos);
        if (c == '-') {
            ++m_pos;
            const std::optional<double> v = factor(depth + 1);
            return v ? std::optional<double>(-*v) : std::nullopt;
        }
        if (c == '(') {
            ++m_pos;
            const std::optional<double> v = expression(depth + 1);
            skipSpace();
            if (!v)
                return std::nullopt;
            if (m_pos >= m_text.size() || m_text.at(m_pos) != ')') {
                fail(QStringLiteral("missing ')'"));
                return std::nullopt;
            }
            ++m_pos;
            return v;
        }
        if (c.isDigit() || c == '.') {
            const int start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == '.'))
                ++m_pos;
            bool ok = false;
            const double v = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (!ok) {
                fail(QStringLiteral("'%1' is not a number").arg(m_text.mid(start, m_pos - start)));
                return std::nullopt;
            }
            return v;
        }
        if (c.isLetter() || c == '_') {
            const int start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == '_'))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            const auto it = m_inputs.find(name);
            if (it == m_inputs.end()) {
                fail(QStringLiteral("formula uses '%1', which is not one of its inputs").arg(name));
                return std::nullopt;
            }
            return *it;
        }
        fail(QStringLiteral("unexpected '%1' at position %2").arg(c).arg(m_pos + 1));
        return std::nullopt;
    }

    const QString& m_text;
    const QHash<QString, double>& m_inputs;
    int m_pos = 0;
    QString m_error;
};

} // namespace

FormulaResult evaluateFormula(const QString& formula, const QHash<QString, double>& inputs)
{
    return FormulaParser(formula, inputs).run();
}

bool roundsTo(double computed, const QString& writtenValue)
{
    bool ok = false;
    const QString text = writtenValue.trimmed();
    const double written = text.toDouble(&ok);
    if (!ok || !std::isfinite(computed))
        return false;
    // Digits after the decimal point fix the precision; a whole number is precise to 1.
    const int dot = text.indexOf(QLatin1Char('.'));
    int decimals = 0;
    if (dot >= 0) {
        decimals = text.size() - dot - 1;
        const int exponent = text.indexOf(QLatin1Char('e'), dot, Qt::CaseInsensitive);
        if (exponent >= 0)
            decimals = exponent - dot - 1;
    }
    const double halfUnit = 0.5 * std::pow(10.0, -decimals);
    // A little slack for binary floating point at the boundary.
    return std::fabs(computed - written) <= halfUnit * (1 + 1e-9);
}

} // namespace trendboard
