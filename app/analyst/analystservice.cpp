// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystservice.h"
#include "analyst/analystservice_p.h"

#include "period.h"

#include <QHash>
#include <QSet>

#include <QCoreApplication>
#include <algorithm>

namespace trendboard {

namespace {

// Completes one value against an exhibit's report data (see AnalystService::complete).
QString completeAgainst(const std::optional<ExhibitData>& data, AnalystValue& v)
{
    if (!data)
        return QCoreApplication::translate("trendboard::AnalystService",
                                           "exhibit: no exhibit '%1' in the report")
            .arg(v.key.exhibitId);
    const SeriesRecord* series = findSeries(*data, v.key.series);
    if (!series)
        return QCoreApplication::translate("trendboard::AnalystService",
                                           "series: exhibit %1 has no series '%2'")
            .arg(v.key.exhibitId, v.key.series);
    const PointRecord* point = findPoint(*series, v.key);
    if (point && point->value) {
        v.kind = AnalystValueKind::Edit;
        v.reportValue = point->value;
        if (v.unit.isEmpty())
            v.unit = point->unit;
    } else {
        v.kind = AnalystValueKind::Fill;
        v.reportValue.reset();
        if (v.unit.isEmpty())
            v.unit = !series->unit.isEmpty() ? series->unit : data->info.unit;
    }
    // A period exhibit's x label is the period, unless the analyst names another; a category
    // (a company, a product) names none.
    if (v.periodLabel.isEmpty() && data->info.xKind == QLatin1String("period") &&
        analystPeriod(v.key.xLabel, std::nullopt))
        v.periodLabel = v.key.xLabel;
    return {};
}

} // namespace

AnalystService::AnalystService(const ReportDatabase& report, AnalystDatabase& analyst,
                               QObject* parent)
    : QObject(parent), m_report(report), m_analyst(analyst), m_units(report.units())
{
    m_analyst.setUnits(m_units);
    for (const ReportInfo& r : report.reports())
        m_reportShort.insert(r.id, r.shortTitle.isEmpty() ? r.publisher : r.shortTitle);
    for (const EntityInfo& e : report.entities()) {
        if (const auto fiscal = FiscalCalendar::fromMonthDay(e.fiscalYearEnd.toStdString()))
            m_fiscal.insert(e.name, *fiscal);
    }
}

std::optional<PointRecord> AnalystService::reportPoint(const PointKey& key) const
{
    if (!key.isPoint())
        return std::nullopt;
    const std::optional<ExhibitData> data = reportExhibit(key.exhibitId);
    const SeriesRecord* series = data ? findSeries(*data, key.series) : nullptr;
    const PointRecord* point = series ? findPoint(*series, key) : nullptr;
    return point ? std::optional<PointRecord>(*point) : std::nullopt;
}

QString AnalystService::complete(AnalystValue& value) const
{
    if (!value.key.isPoint())
        return QCoreApplication::translate(
            "trendboard::AnalystService", "key: a value needs an exhibit, a series and an x label");
    return completeAgainst(reportExhibit(value.key.exhibitId), value);
}

QString AnalystService::validate(AnalystValue value) const
{
    const QString problem = complete(value);
    return problem.isEmpty() ? m_analyst.validate(value) : problem;
}

QString AnalystService::finish(const QString& problem, const QString& exhibitId,
                               const QVector<PointKey>& points)
{
    if (!problem.isEmpty()) {
        emit failed(problem);
        return problem;
    }
    reindex(points); // before any view hears of it
    emit changed(exhibitId);
    if (!points.isEmpty())
        emit valuesChanged(points);
    return problem;
}

QString AnalystService::setValue(AnalystValue value)
{
    const QString problem = complete(value);
    return finish(problem.isEmpty() ? m_analyst.setValue(value) : problem, value.key.exhibitId,
                  {value.key});
}

QString AnalystService::fillValue(AnalystValue value)
{
    QString problem = complete(value);
    if (problem.isEmpty() && value.kind == AnalystValueKind::Edit)
        problem = QCoreApplication::translate(
                      "trendboard::AnalystService",
                      "key: the report states %1 (%2 %3); edit it instead of filling "
                      "it in")
                      .arg(value.key.toString(), QString::number(*value.reportValue), value.unit);
    return finish(problem.isEmpty() ? m_analyst.setValue(value) : problem, value.key.exhibitId,
                  {value.key});
}

QString AnalystService::editValue(AnalystValue value)
{
    QString problem = complete(value);
    if (problem.isEmpty() && value.kind == AnalystValueKind::Fill)
        problem =
            QCoreApplication::translate("trendboard::AnalystService",
                                        "key: the report states no value at %1; fill it in instead")
                .arg(value.key.toString());
    return finish(problem.isEmpty() ? m_analyst.setValue(value) : problem, value.key.exhibitId,
                  {value.key});
}

QString AnalystService::removeValue(const PointKey& key)
{
    return finish(m_analyst.removeValue(key), key.exhibitId, {key});
}

QString AnalystService::revert(const PointKey& scope, QVector<AnalystValue>* removed)
{
    QVector<AnalystValue> taken;
    const QString problem = m_analyst.revert(scope, &taken);
    QVector<PointKey> points;
    for (const AnalystValue& v : std::as_const(taken))
        points.append(v.key);
    if (removed)
        *removed = taken;
    return finish(problem, scope.exhibitId, points);
}

QString AnalystService::fillValues(QVector<AnalystValue> values)
{
    QString problem;
    for (AnalystValue& v : values) {
        problem = complete(v);
        if (problem.isEmpty() && v.kind == AnalystValueKind::Edit)
            problem =
                QCoreApplication::translate("trendboard::AnalystService",
                                            "key: the report states %1 (%2 %3); edit it instead of "
                                            "filling it in")
                    .arg(v.key.toString(), QString::number(*v.reportValue), v.unit);
        if (!problem.isEmpty())
            return finish(problem, {});
    }
    QVector<PointKey> keys;
    for (const AnalystValue& v : std::as_const(values))
        keys.append(v.key);
    return finishAll(m_analyst.setValues(values), keys, keys);
}

QString AnalystService::restoreValues(const QVector<AnalystValue>& values,
                                      const QVector<PointKey>& remove)
{
    QVector<PointKey> keys = remove;
    for (const AnalystValue& v : values)
        keys.append(v.key);
    return finishAll(m_analyst.restoreValues(values, remove), keys, keys);
}

QString AnalystService::removeImported(const ImportReport& import)
{
    return finishImport(m_analyst.removeImported(import.writtenValues, import.writtenAnnotations),
                        import);
}

QString AnalystService::finishImport(const QString& problem, const ImportReport& import)
{
    // What the import wrote, not the whole layer: a large layer's other exhibits are as they
    // were.
    QVector<PointKey> keys;
    for (const AnalystValue& v : import.writtenValues)
        keys.append(v.key);
    const QVector<PointKey> values = keys;
    for (const Annotation& a : import.writtenAnnotations)
        keys.append(a.target);
    return finishAll(problem, keys, values);
}

QString AnalystService::finishAll(const QString& problem, const QVector<PointKey>& keys,
                                  const QVector<PointKey>& values)
{
    if (!problem.isEmpty())
        return finish(problem, {});
    reindex(values);
    // One changed() per exhibit, however many of its points changed.
    QSet<QString> exhibits;
    for (const PointKey& key : keys) {
        if (!exhibits.contains(key.exhibitId)) {
            exhibits.insert(key.exhibitId);
            emit changed(key.exhibitId);
        }
    }
    if (!values.isEmpty())
        emit valuesChanged(values);
    return {};
}

QString AnalystService::checkTarget(const PointKey& target) const
{
    if (target.scope() == PointKey::Scope::Invalid)
        return QCoreApplication::translate(
            "trendboard::AnalystService",
            "target: an annotation needs an exhibit, a series or a point");
    const std::optional<ExhibitData> data = reportExhibit(target.exhibitId);
    if (!data)
        return QCoreApplication::translate("trendboard::AnalystService",
                                           "exhibit: no exhibit '%1' in the report")
            .arg(target.exhibitId);
    if (target.series.isEmpty())
        return {};
    const SeriesRecord* series = findSeries(*data, target.series);
    if (!series)
        return QCoreApplication::translate("trendboard::AnalystService",
                                           "series: exhibit %1 has no series '%2'")
            .arg(target.exhibitId, target.series);
    // A point is the report's or one the analyst filled in.
    if (target.isPoint() && !findPoint(*series, target) && !m_analyst.value(target))
        return QCoreApplication::translate(
                   "trendboard::AnalystService",
                   "x_label: %1 is neither a point of the report nor a filled-in one")
            .arg(target.toString());
    return {};
}

QString AnalystService::annotate(const PointKey& target, const QString& text)
{
    const QString problem = checkTarget(target);
    return finish(problem.isEmpty() ? m_analyst.setAnnotation(target, text) : problem,
                  target.exhibitId);
}

QString AnalystService::removeAnnotation(const PointKey& target)
{
    return finish(m_analyst.removeAnnotation(target), target.exhibitId);
}

std::optional<ExhibitData> AnalystService::exhibitData(const QString& exhibitId) const
{
    std::optional<ExhibitData> data = reportExhibit(exhibitId);
    if (data)
        data = overlay(std::move(*data));
    return data;
}

ImportReport AnalystService::importLayer(const QByteArray& json)
{
    // Each exhibit is read once, however many entries name it.
    QHash<QString, std::optional<ExhibitData>> exhibits;
    const auto check = [&](AnalystValue& v) {
        if (!exhibits.contains(v.key.exhibitId))
            exhibits.insert(v.key.exhibitId, m_report.exhibitData(v.key.exhibitId));
        return completeAgainst(exhibits.value(v.key.exhibitId), v);
    };
    // An annotation names an exhibit, series or point of the report, or a point the layer or
    // the file fills in, as annotate() requires.
    const auto targetCheck = [&](const PointKey& target, bool filledHere) {
        if (!exhibits.contains(target.exhibitId))
            exhibits.insert(target.exhibitId, m_report.exhibitData(target.exhibitId));
        const std::optional<ExhibitData>& data = exhibits[target.exhibitId];
        if (!data)
            return QCoreApplication::translate("trendboard::AnalystService",
                                               "exhibit: no exhibit '%1' in the report")
                .arg(target.exhibitId);
        if (target.series.isEmpty())
            return QString();
        const SeriesRecord* series = findSeries(*data, target.series);
        if (!series)
            return QCoreApplication::translate("trendboard::AnalystService",
                                               "series: exhibit %1 has no series '%2'")
                .arg(target.exhibitId, target.series);
        if (target.isPoint() && !findPoint(*series, target) && !filledHere &&
            !m_analyst.value(target))
            return QCoreApplication::translate("trendboard::AnalystService",
                                               "x_label: %1 is neither a point of the report nor a "
                                               "filled-in one")
                .arg(target.toString());
        return QString();
    };
    const ImportReport result = m_analyst.importJson(json, check, targetCheck);
    if (result.applied) {
        finishImport({}, result);
    } else {
        emit failed(result.problems().join(QLatin1Char('\n')));
    }
    return result;
}

} // namespace trendboard
