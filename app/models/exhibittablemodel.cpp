// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exhibittablemodel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QDate>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <utility>

namespace trendboard {

ExhibitTableModel::ExhibitTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExhibitTableModel::setExhibit(std::optional<ExhibitData> exhibit)
{
    beginResetModel();
    m_exhibit = std::move(exhibit);
    m_rows.clear();
    m_firstRow.clear();
    if (m_exhibit) {
        for (int s = 0; s < m_exhibit->series.size(); ++s) {
            m_firstRow.append(m_rows.size());
            for (int p = 0; p < m_exhibit->series.at(s).points.size(); ++p)
                m_rows.append({s, p});
        }
    }
    endResetModel();
}

namespace {

// The same row: the same point of the same series, at the same place.
bool sameRows(const ExhibitData& a, const ExhibitData& b)
{
    if (a.info.id != b.info.id || a.series.size() != b.series.size() ||
        a.annotation != b.annotation)
        return false;
    for (int s = 0; s < a.series.size(); ++s) {
        const SeriesRecord& x = a.series.at(s);
        const SeriesRecord& y = b.series.at(s);
        if (x.id != y.id || x.name != y.name || x.entity != y.entity ||
            x.annotation != y.annotation || x.points.size() != y.points.size())
            return false;
        for (int p = 0; p < x.points.size(); ++p) {
            const PointRecord& u = x.points.at(p);
            const PointRecord& v = y.points.at(p);
            if (u.id != v.id || u.xLabel != v.xLabel || u.entity != v.entity ||
                u.periodStart != v.periodStart || u.periodEnd != v.periodEnd)
                return false;
        }
    }
    return true;
}

// The columns whose cells (text, colour or tooltip) differ between two states of a point,
// as [first, last]; first > last where none does.
std::pair<int, int> changedColumns(const PointRecord& u, const PointRecord& v)
{
    using C = ExhibitTableModel::Column;
    int first = C::ColumnCount;
    int last = -1;
    auto mark = [&](bool differs, int from, int to) {
        if (!differs)
            return;
        first = std::min(first, from);
        last = std::max(last, to);
    };
    // The value cell shows the value in its unit, in the analyst's ink; every cell's tooltip
    // names the analyst's value and note.
    mark(u.value != v.value || u.text != v.text || u.unit != v.unit, C::ValueColumn, C::UnitColumn);
    mark(u.baseValue != v.baseValue || u.baseUnit != v.baseUnit, C::BaseValueColumn,
         C::BaseValueColumn);
    mark(u.status != v.status || u.derivation != v.derivation || u.analyst != v.analyst ||
             u.reportValue != v.reportValue || u.reportUnit != v.reportUnit ||
             u.citation != v.citation,
         C::ValueColumn, C::StatusColumn);
    mark(u.page != v.page, C::PageColumn, C::PageColumn);
    mark(u.quote != v.quote, C::QuoteColumn, C::QuoteColumn);
    mark(u.annotation != v.annotation || u.measure != v.measure ||
             u.derivationZh != v.derivationZh || u.textZh.text != v.textZh.text,
         C::SeriesColumn, C::QuoteColumn);
    return {first, last};
}

} // namespace

bool ExhibitTableModel::updateExhibit(std::optional<ExhibitData> exhibit)
{
    if (!m_exhibit || !exhibit || !sameRows(*m_exhibit, *exhibit)) {
        setExhibit(std::move(exhibit));
        return false;
    }
    int firstRow = -1;
    int lastRow = -1;
    int firstColumn = ColumnCount;
    int lastColumn = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto [s, p] = m_rows.at(row);
        const auto [from, to] = changedColumns(m_exhibit->series.at(s).points.at(p),
                                               exhibit->series.at(s).points.at(p));
        if (from > to)
            continue;
        if (firstRow < 0)
            firstRow = row;
        lastRow = row;
        firstColumn = std::min(firstColumn, from);
        lastColumn = std::max(lastColumn, to);
    }
    m_exhibit = std::move(exhibit);
    // Nothing a cell shows changed (the exhibit's other facts may have): still news to the
    // figure, which reads the whole exhibit.
    if (firstRow < 0) {
        firstRow = lastRow = 0;
        firstColumn = lastColumn = SeriesColumn;
        if (m_rows.isEmpty()) {
            setExhibit(std::move(m_exhibit));
            return false;
        }
    }
    emit dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
    return true;
}

const ExhibitData& ExhibitTableModel::exhibit() const
{
    static const ExhibitData empty;
    return m_exhibit ? *m_exhibit : empty;
}

int ExhibitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ExhibitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> ExhibitTableModel::chartValue(const ExhibitData& exhibit,
                                                    const SeriesRecord& series,
                                                    const PointRecord& point)
{
    if (!point.value)
        return std::nullopt;
    const bool ownAxis = series.axis == QLatin1String("secondary");
    if (!ownAxis && point.baseValue && !exhibit.info.unitBase.isEmpty() &&
        point.baseUnit == exhibit.info.unitBase && exhibit.info.unitFactor > 0)
        return *point.baseValue / exhibit.info.unitFactor;
    return point.value;
}

std::optional<QDateTime> ExhibitTableModel::periodMidpoint(const PointRecord& point)
{
    const QDate start = QDate::fromString(point.periodStart, Qt::ISODate);
    const QDate end = QDate::fromString(point.periodEnd, Qt::ISODate);
    if (!start.isValid() || !end.isValid())
        return std::nullopt;
    return QDateTime(start.addDays(start.daysTo(end) / 2), QTime(12, 0), QTimeZone::utc());
}

QString ExhibitTableModel::periodText(const PointRecord& point)
{
    if (point.periodStart.isEmpty())
        return {};
    if (point.periodStart == point.periodEnd)
        return point.periodStart;
    return point.periodStart + QStringLiteral(" – ") + point.periodEnd;
}

QVariant ExhibitTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_exhibit || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto [s, p] = m_rows.at(index.row());
    const SeriesRecord& series = m_exhibit->series.at(s);
    const PointRecord& point = series.points.at(p);
    if (role == SeriesIndexRole)
        return s;
    if (role == PointIndexRole)
        return p;
    if (role == PointIdRole)
        return point.id;
    if (point.analyst != AnalystMark::None) {
        // The analyst's values stand out from the report's: purple italics, both values said.
        if (role == Qt::ForegroundRole &&
            (index.column() == ValueColumn || index.column() == StatusColumn))
            return analystInk();
        if (role == Qt::FontRole && index.column() == ValueColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole)
            return pointToolTip(series, point);
    }
    if (role == Qt::ToolTipRole && !point.annotation.isEmpty())
        return tr("Note: %1").arg(point.annotation);
    if (role == Qt::ToolTipRole && !point.derivation.isEmpty())
        return tr("Derived: %1\nFrom: “%2”").arg(displayDerivation(point), point.quote);
    if (role == Qt::ToolTipRole && index.column() == QuoteColumn)
        return QStringLiteral("“%1” (p. %2)").arg(point.quote).arg(point.page);
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ValueColumn || index.column() == BaseValueColumn ||
            index.column() == PageColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    // The names in the display language; the edit role keeps the data's own (English) names.
    case SeriesColumn:
        return display ? displaySeriesName(series) : series.name;
    case EntityColumn: {
        const QString& entity = point.entity.isEmpty() ? series.entity : point.entity;
        return display ? displayEntityName(entity) : entity;
    }
    case LabelColumn:
        return display ? displayXLabel(point) : point.xLabel;
    case PeriodColumn:
        return periodText(point);
    case ValueColumn:
        if (!point.value)
            return display ? displayPointText(point) : point.text;
        return display ? formatValue(*point.value, point.unit) : QVariant(*point.value);
    case UnitColumn:
        return display ? unitText(point.unit) : point.unit;
    case BaseValueColumn:
        if (!point.baseValue)
            return {};
        return display ? QStringLiteral("%1 %2").arg(formatNumber(*point.baseValue),
                                                     baseUnitText(point.baseUnit))
                       : QVariant(*point.baseValue);
    case StatusColumn:
        if (point.analyst == AnalystMark::Edited && display)
            return tr("edited (report: %1)")
                .arg(point.reportValue ? formatValue(*point.reportValue, point.reportUnit)
                                       : QString());
        if (point.analyst == AnalystMark::Filled && display)
            return tr("analyst: %1").arg(point.citation);
        // A derived value says how it follows from the stated ones, in the table itself.
        if (!display)
            return point.status;
        return point.derivation.isEmpty() ? statusText(point.status)
                                          : tr("derived: %1").arg(displayDerivation(point));
    case PageColumn:
        return point.page;
    case QuoteColumn:
        return point.quote;
    default:
        return {};
    }
}

QString ExhibitTableModel::unitsLegend()
{
    return tr("The report's units: K = thousand, MM = million, B = billion, T = trillion");
}

QVariant ExhibitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole &&
        (section == UnitColumn || section == ValueColumn))
        return unitsLegend();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeriesColumn:
        return tr("Series");
    case EntityColumn:
        return tr("Entity");
    case LabelColumn:
        return tr("Label");
    case PeriodColumn:
        return tr("Period");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        // The report's units stay as printed (MM, $B): the Chinese header says what they mean.
        return tr("Unit");
    case BaseValueColumn:
        return tr("Base value");
    case StatusColumn:
        return tr("Status");
    case PageColumn:
        return tr("Page");
    case QuoteColumn:
        return tr("Quote");
    default:
        return {};
    }
}

int ExhibitTableModel::rowFor(int series, int point) const
{
    if (series < 0 || series >= m_firstRow.size())
        return -1;
    const int row = m_firstRow.at(series) + point;
    return row < m_rows.size() && m_rows.at(row).first == series ? row : -1;
}

int ExhibitTableModel::firstRowOf(int series) const
{
    return series >= 0 && series < m_firstRow.size() ? m_firstRow.at(series) : -1;
}

int ExhibitTableModel::seriesOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).first : -1;
}

int ExhibitTableModel::pointOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).second : -1;
}

} // namespace trendboard
