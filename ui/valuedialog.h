// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analystdb.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;

// Edits one value, or fills in one the report does not state: value, unit, period and where
// the analyst got it. Each change is checked at once against the report and the layer's rules
// (a number, within the unit's bounds, a period the report could print, a citation for a
// filled-in value); OK stays off, and the problem is said under the fields, until it passes.
class ValueDialog : public QDialog
{
    Q_OBJECT
public:
    ValueDialog(const AnalystService& service, const AnalystValue& initial, const QString& what,
                QWidget* parent = nullptr);
    AnalystValue value() const;
    // The number typed, read as a user would mean it: '1,234.5', '1234,5' (comma decimal),
    // '12 %'. Empty when it is not one.
    static std::optional<double> parseNumber(const QString& text);
    QString problem() const { return m_problem; }
    QLineEdit* valueField() const { return m_value; }
    QLineEdit* citationField() const { return m_citation; }
    QLineEdit* periodField() const { return m_period; }

private:
    void check();

    const AnalystService& m_service;
    AnalystValue m_initial;
    QLineEdit* m_value = nullptr;
    QComboBox* m_unit = nullptr;
    QLineEdit* m_period = nullptr;
    QLineEdit* m_citation = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_problem;
};

} // namespace trendboard
