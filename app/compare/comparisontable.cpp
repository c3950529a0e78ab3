// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison as a table: the rows the Compare tab shows and its CSV and --compare write.
#include "compare/comparisonservice.h"
#include "text/displaylanguage.h"

#include <QCoreApplication>

namespace trendboard {

double Comparison::displayed(const MeasureValue& v) const
{
    if (measure.quantity == QLatin1String("level") && !measure.baseUnit.isEmpty())
        return v.baseValue / displayFactor;
    return v.value;
}

QString Comparison::title() const
{
    QStringList names;
    for (const QString& e : entities)
        names.append(displayEntityName(e));
    return QCoreApplication::translate("trendboard::Comparison", "%1: %2")
        .arg(displayMeasureName(measure.id, measure.name), names.join(QStringLiteral(", ")));
}

QString alsoStatedText(const MeasureValue& v)
{
    if (v.alsoOnPages.isEmpty())
        return {};
    QStringList pages;
    for (int page : v.alsoOnPages)
        pages.append(QString::number(page));
    return QCoreApplication::translate("trendboard::Comparison", "also p. %1")
        .arg(pages.join(QStringLiteral(", ")));
}

FlatTable comparisonTable(const Comparison& c)
{
    FlatTable t;
    t.columns = {QStringLiteral("entity"),       QStringLiteral("period"),
                 QStringLiteral("period_start"), QStringLiteral("period_end"),
                 QStringLiteral("value"),        QStringLiteral("unit"),
                 QStringLiteral("base_value"),   QStringLiteral("base_unit"),
                 QStringLiteral("status"),       QStringLiteral("report"),
                 QStringLiteral("exhibit_id"),   QStringLiteral("page"),
                 QStringLiteral("stated_value"), QStringLiteral("stated_unit"),
                 QStringLiteral("quote"),        QStringLiteral("derivation"),
                 QStringLiteral("analyst"),      QStringLiteral("report_value"),
                 QStringLiteral("citation"),     QStringLiteral("also_stated")};
    for (const MeasureValue& v : c.values) {
        const bool level = c.measure.quantity == QLatin1String("level");
        t.rows.append({v.entity,
                       v.xLabel,
                       v.periodStart,
                       v.periodEnd,
                       c.displayed(v),
                       level ? c.displayUnit : v.unit,
                       v.baseValue,
                       v.baseUnit,
                       v.status,
                       v.reportId,
                       v.exhibitId,
                       v.page,
                       v.value,
                       v.unit,
                       v.quote,
                       v.derivation,
                       analystMarkName(v.analyst),
                       v.reportValue ? QVariant(*v.reportValue) : QVariant(),
                       v.citation,
                       alsoStatedText(v)});
    }
    return t;
}

} // namespace trendboard
