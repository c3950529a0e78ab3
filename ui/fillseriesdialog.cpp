// SPDX-License-Identifier: GPL-3.0-or-later
#include "fillseriesdialog.h"

#include "analyst/analystservice.h"
#include "analyst/fillperiods.h"
#include "palettecolors.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"
#include "valuedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trendboard {

namespace {
enum Column
{
    PeriodColumn,
    ValueColumn,
    UnitColumn,
    CitationColumn,
    ColumnCount
};
}

FillSeriesDialog::FillSeriesDialog(const AnalystService& service, const ExhibitData& exhibit,
                                   int series, QWidget* parent)
    : QDialog(parent), m_service(service), m_exhibit(exhibit.info.id)
{
    const SeriesRecord& record = exhibit.series.at(series);
    m_series = record.name;
    m_unit = record.unit.isEmpty() ? exhibit.info.unit : record.unit;
    setWindowTitle(tr("Fill in “%1”").arg(displaySeriesName(record)));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("%1 (p. %2). The report text states no values for this series "
                                "but those shown in grey. Fill in the periods you have from "
                                "filings; empty rows are left out.")
                                 .arg(displayTitle(exhibit.info))
                                 .arg(exhibit.info.page),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* citationRow = new QHBoxLayout;
    citationRow->addWidget(new QLabel(tr("Citation for every row:"), this));
    m_citation = new QLineEdit(this);
    m_citation->setPlaceholderText(tr("filing, URL or source, and its date"));
    m_citation->setAccessibleName(tr("Citation for every row"));
    m_citation->setMaxLength(kMaxTextLength); // the layer refuses longer texts (domain.h)
    citationRow->addWidget(m_citation, 1);
    layout->addLayout(citationRow);
    m_grid = new QTableWidget(0, ColumnCount, this);
    m_grid->setHorizontalHeaderLabels(
        {tr("Period"), tr("Value"), tr("Unit"), tr("Citation (if not the one above)")});
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->verticalHeader()->setVisible(false);
    layout->addWidget(m_grid, 1);
    QHash<QString, QString> stated;
    for (const PointRecord& point : record.points) {
        if (point.value)
            stated.insert(point.xLabel, formatValue(*point.value, point.unit));
    }
    QStringList periods = periodsOf(exhibit);
    for (const PointRecord& point : record.points) {
        if (!periods.contains(point.xLabel))
            periods.append(point.xLabel);
    }
    for (const QString& period : std::as_const(periods))
        addRow(period, stated.value(period));
    auto* add = new QPushButton(tr("&Add a row"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, {});
        m_grid->setCurrentCell(m_grid->rowCount() - 1, PeriodColumn);
        m_grid->editItem(m_grid->item(m_grid->rowCount() - 1, PeriodColumn));
    });
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(colorStyleSheet(problemTextColor(palette())));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FillSeriesDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 520);
}

void FillSeriesDialog::addRow(const QString& period, const QString& reportValue)
{
    const int row = m_grid->rowCount();
    m_grid->insertRow(row);
    auto* periodItem = new QTableWidgetItem(period);
    auto* valueItem = new QTableWidgetItem(reportValue);
    auto* unitItem = new QTableWidgetItem(m_unit);
    auto* citationItem = new QTableWidgetItem;
    if (!period.isEmpty())
        periodItem->setFlags(periodItem->flags() & ~Qt::ItemIsEditable);
    if (!reportValue.isEmpty()) {
        // The report's own value: shown, not filled in again.
        for (QTableWidgetItem* item : {periodItem, valueItem, unitItem, citationItem}) {
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        }
        citationItem->setText(tr("stated in the report"));
    }
    m_grid->setItem(row, PeriodColumn, periodItem);
    m_grid->setItem(row, ValueColumn, valueItem);
    m_grid->setItem(row, UnitColumn, unitItem);
    m_grid->setItem(row, CitationColumn, citationItem);
}

QStringList FillSeriesDialog::periodsOf(const ExhibitData& exhibit)
{
    return fillInPeriods(exhibit);
}

QVector<AnalystValue> FillSeriesDialog::values(QStringList* problems) const
{
    QVector<AnalystValue> out;
    QStringList bad;
    for (int row = 0; row < m_grid->rowCount(); ++row) {
        const QTableWidgetItem* valueItem = m_grid->item(row, ValueColumn);
        if (!(valueItem->flags() & Qt::ItemIsEditable) || valueItem->text().trimmed().isEmpty())
            continue;
        const QString period = m_grid->item(row, PeriodColumn)->text().trimmed();
        const QString where = tr("row %1 (%2)").arg(row + 1).arg(period);
        const auto number = ValueDialog::parseNumber(valueItem->text());
        if (!number) {
            bad << tr("%1, value: '%2' is not a number").arg(where, valueItem->text().trimmed());
            continue;
        }
        AnalystValue v;
        v.key = {m_exhibit, m_series, period, {}};
        v.kind = AnalystValueKind::Fill;
        v.value = *number;
        v.unit = m_grid->item(row, UnitColumn)->text().trimmed();
        v.periodLabel = period;
        const QString own = m_grid->item(row, CitationColumn)->text().trimmed();
        v.citation = own.isEmpty() ? m_citation->text().trimmed() : own;
        const QString problem = period.isEmpty() ? tr("period: required") : m_service.validate(v);
        if (!problem.isEmpty()) {
            bad << tr("%1, %2").arg(where, problem);
            continue;
        }
        m_service.complete(v);
        out.append(v);
    }
    if (problems)
        *problems = bad;
    return bad.isEmpty() ? out : QVector<AnalystValue>{};
}

void FillSeriesDialog::tryAccept()
{
    QStringList problems;
    const QVector<AnalystValue> filled = values(&problems);
    if (!problems.isEmpty()) {
        m_message->setText(tr("Nothing was stored:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    if (filled.isEmpty()) {
        m_message->setText(tr("Type a value in at least one row."));
        return;
    }
    accept();
}

} // namespace trendboard
