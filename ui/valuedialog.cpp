// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuedialog.h"

#include "analyst/analystservice.h"
#include "palettecolors.h"
#include "text/valueformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

#include <cmath>

namespace trendboard {

ValueDialog::ValueDialog(const AnalystService& service, const AnalystValue& initial,
                         const QString& what, QWidget* parent)
    : QDialog(parent), m_service(service), m_initial(initial)
{
    const bool edit = initial.kind == AnalystValueKind::Edit;
    setWindowTitle(edit ? tr("Edit value") : tr("Fill in value"));
    auto* form = new QFormLayout(this);
    auto* heading = new QLabel(what, this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    form->addRow(heading);
    if (initial.reportValue)
        form->addRow(tr("The report states:"),
                     new QLabel(formatValue(*initial.reportValue, initial.unit), this));
    m_value = new QLineEdit(this);
    m_value->setText(initial.createdUtc.isEmpty() && !edit ? QString()
                                                           : formatNumber(initial.value));
    m_value->setAccessibleName(tr("Value"));
    form->addRow(tr("&Value:"), m_value);
    m_unit = new QComboBox(this);
    m_unit->setEditable(false);
    for (const UnitInfo& unit : service.report().units())
        m_unit->addItem(unit.symbol);
    m_unit->setCurrentText(initial.unit);
    m_unit->setAccessibleName(tr("Unit"));
    form->addRow(tr("&Unit:"), m_unit);
    m_period = new QLineEdit(initial.periodLabel, this);
    m_period->setPlaceholderText(tr("as the report prints it: 2024, Q1:25, 4/25"));
    // A point's period is part of what it is; only a new row chooses its own.
    m_period->setReadOnly(!initial.key.xLabel.isEmpty());
    if (m_period->isReadOnly() && initial.periodLabel.isEmpty())
        m_period->setPlaceholderText(
            tr("none: “%1” is a category, not a period").arg(initial.key.xLabel));
    m_period->setAccessibleName(tr("Period"));
    m_period->setMaxLength(kMaxLabelLength); // the layer refuses longer texts (domain.h)
    form->addRow(tr("&Period:"), m_period);
    m_citation = new QLineEdit(initial.citation, this);
    m_citation->setPlaceholderText(edit ? tr("where the new value comes from (optional)")
                                        : tr("filing, URL or source, and its date (required)"));
    m_citation->setAccessibleName(tr("Citation"));
    m_citation->setMaxLength(kMaxTextLength);
    form->addRow(tr("&Citation:"), m_citation);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(colorStyleSheet(problemTextColor(palette())));
    form->addRow(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : {m_value, m_period, m_citation})
        connect(field, &QLineEdit::textChanged, this, &ValueDialog::check);
    connect(m_unit, &QComboBox::currentTextChanged, this, &ValueDialog::check);
    setMinimumWidth(460);
    check();
}

std::optional<double> ValueDialog::parseNumber(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QRegularExpression(QStringLiteral(R"([\s%$])")));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    // '1,234.5' (thousands commas) or '1234,5' (a decimal comma): never both readings.
    const bool decimalComma = t.count(QLatin1Char(',')) == 1 && !t.contains(QLatin1Char('.')) &&
                              t.section(QLatin1Char(','), 1).size() != 3;
    if (decimalComma)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    else
        t.remove(QLatin1Char(','));
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

AnalystValue ValueDialog::value() const
{
    AnalystValue v = m_initial;
    v.value = parseNumber(m_value->text()).value_or(std::nan(""));
    v.unit = m_unit->currentText();
    v.periodLabel = m_period->text().trimmed();
    if (v.key.xLabel.isEmpty())
        v.key.xLabel = v.periodLabel;
    v.citation = m_citation->text().trimmed();
    return v;
}

void ValueDialog::check()
{
    QString problem;
    if (!parseNumber(m_value->text()))
        problem = m_value->text().trimmed().isEmpty()
                      ? tr("value: type a number")
                      : tr("value: '%1' is not a number").arg(m_value->text().trimmed());
    else
        problem = m_service.validate(value());
    m_problem = problem;
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace trendboard
