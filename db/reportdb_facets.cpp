// SPDX-License-Identifier: GPL-3.0-or-later
// The facets the filter bar filters exhibits by, read in a few queries for every exhibit at
// once so that filtering as the user types never goes back to the database.
#include "reportdb.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace trendboard {

QVector<ExhibitFacets> ReportDatabase::exhibitFacets() const
{
    QVector<ExhibitFacets> out;
    if (!isOpen())
        return out;
    QHash<QString, int> rowOf;
    QHash<QString, int> detailsPage; // summary chart -> the page that details it
    Statement q =
        run(QStringLiteral(
                "SELECT x.id, x.report_id, x.section_no, x.page, x.source, "
                "COALESCE(x.period_start, ''), COALESCE(x.period_end, ''), "
                "COALESCE(x.details_page, 0), "
                "(SELECT COUNT(*) FROM datapoint d JOIN series s ON s.id = d.series_id "
                "   WHERE s.exhibit_id = x.id), "
                "(SELECT MIN(d.period_start) FROM datapoint d JOIN series s ON s.id = d.series_id "
                "   WHERE s.exhibit_id = x.id), "
                "(SELECT MAX(d.period_end) FROM datapoint d JOIN series s ON s.id = d.series_id "
                "   WHERE s.exhibit_id = x.id) "
                "FROM exhibit x ORDER BY x.report_id, x.section_no, x.page, x.ordinal"),
            {});
    while (q.next()) {
        ExhibitFacets f;
        f.id = q.value(0).toString();
        f.reportId = q.value(1).toString();
        f.section = q.value(2).toInt();
        f.page = q.value(3).toInt();
        f.source = q.value(4).toString();
        f.periodStart = q.value(5).toString();
        f.periodEnd = q.value(6).toString();
        const QString pointsStart = q.value(9).toString();
        const QString pointsEnd = q.value(10).toString();
        // ISO dates compare as text.
        if (!pointsStart.isEmpty() && (f.periodStart.isEmpty() || pointsStart < f.periodStart))
            f.periodStart = pointsStart;
        if (!pointsEnd.isEmpty() && (f.periodEnd.isEmpty() || pointsEnd > f.periodEnd))
            f.periodEnd = pointsEnd;
        f.statedValues = q.value(8).toInt();
        if (const int details = q.value(7).toInt(); details > 0)
            detailsPage.insert(f.id, details);
        rowOf.insert(f.id, out.size());
        out.append(f);
    }
    checkFetch(q);

    const auto collect = [&](const QString& sql, QStringList ExhibitFacets::*field) {
        Statement rows = run(sql, {});
        while (rows.next()) {
            const auto it = rowOf.constFind(rows.value(0).toString());
            const QString value = rows.value(1).toString();
            if (it == rowOf.constEnd() || value.isEmpty())
                continue;
            QStringList& list = out[*it].*field;
            if (!list.contains(value))
                list.append(value);
        }
        checkFetch(rows);
    };
    collect(QStringLiteral(
                "SELECT s.exhibit_id, e.name FROM series s JOIN entity e ON e.id = s.entity_id "
                "UNION SELECT s.exhibit_id, e.name FROM datapoint d "
                "JOIN series s ON s.id = d.series_id JOIN entity e ON e.id = d.entity_id"),
            &ExhibitFacets::entities);
    collect(QStringLiteral(
                "SELECT s.exhibit_id, m.quantity FROM series s JOIN measure m "
                "ON m.id = s.measure_id UNION SELECT s.exhibit_id, m.quantity FROM datapoint d "
                "JOIN series s ON s.id = d.series_id JOIN measure m ON m.id = d.measure_id"),
            &ExhibitFacets::quantities);
    collect(QStringLiteral("SELECT id, unit FROM exhibit WHERE unit IS NOT NULL "
                           "UNION SELECT exhibit_id, unit FROM series WHERE unit IS NOT NULL "
                           "UNION SELECT s.exhibit_id, d.unit FROM datapoint d "
                           "JOIN series s ON s.id = d.series_id WHERE d.unit IS NOT NULL"),
            &ExhibitFacets::units);

    // A summary chart names its subject by a stand-in ('Leading Chipmaker'): it is found by
    // the entities of the exhibits it details.
    // The exhibits of each page, so that a summary looks at its page's only (it looked at
    // every exhibit: summaries x exhibits, billions at 1000 times the data).
    QHash<QPair<QString, int>, QVector<int>> onPage;
    if (!detailsPage.isEmpty()) {
        for (int i = 0; i < out.size(); ++i)
            onPage[{out.at(i).reportId, out.at(i).page}].append(i);
    }
    for (auto it = detailsPage.cbegin(); it != detailsPage.cend(); ++it) {
        ExhibitFacets& summary = out[rowOf.value(it.key())];
        for (const int row : onPage.value({summary.reportId, it.value()})) {
            const ExhibitFacets& other = out.at(row);
            if (other.id == summary.id)
                continue;
            for (const QString& entity : other.entities) {
                if (!summary.entities.contains(entity))
                    summary.entities.append(entity);
            }
        }
    }
    return out;
}

QVector<ReportDatabase::Target> ReportDatabase::targets(const QStringList& exhibitIds) const
{
    QVector<Target> out;
    if (!isOpen() || exhibitIds.isEmpty())
        return out;
    // Only the exhibits asked for (those an analyst layer names), each found by its key: a
    // layer is checked at start-up in the time of its own size, not the database's.
    QJsonArray ids;
    for (const QString& id : exhibitIds)
        ids.append(id);
    Statement q = run(QStringLiteral("WITH k(id) AS (SELECT DISTINCT value FROM json_each(?)) "
                                     "SELECT x.id, '', '', '' FROM k JOIN exhibit x ON x.id = k.id "
                                     "UNION ALL SELECT s.exhibit_id, s.name, '', '' FROM k "
                                     "JOIN series s ON s.exhibit_id = k.id "
                                     "UNION ALL SELECT s.exhibit_id, s.name, d.x_label, "
                                     "COALESCE(en.name, '') FROM k "
                                     // CROSS JOIN keeps this order: left to itself, SQLite
                                     // scanned every datapoint and looked each one up in k.
                                     "CROSS JOIN series s ON s.exhibit_id = k.id "
                                     "CROSS JOIN datapoint d ON d.series_id = s.id "
                                     "LEFT JOIN entity en ON en.id = d.entity_id"),
                      {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    checkFetch(q);
    return out;
}

QVector<ReportDatabase::PointMeasure>
ReportDatabase::pointMeasures(const QVector<Target>& points) const
{
    QVector<PointMeasure> out(points.size());
    if (!isOpen() || points.isEmpty())
        return out;
    // The keys go in as one bound JSON array (json_each), so that one statement answers for
    // a layer of any size; each is found through series' (exhibit_id, name) index and
    // datapoint's (series_id) index.
    QJsonArray keys;
    for (const Target& t : points)
        keys.append(QJsonArray{t.exhibitId, t.series, t.xLabel, t.entity});
    Statement q =
        run(QStringLiteral(
                "WITH k(i, ex, se, x, en) AS (SELECT key, json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
                "json_extract(value, '$[3]') FROM json_each(?)) "
                "SELECT k.i, COALESCE(NULLIF(k.en, ''), sen.name, ''), "
                "COALESCE((SELECT d.measure_id FROM datapoint d "
                "LEFT JOIN entity pe ON pe.id = d.entity_id WHERE d.series_id = s.id "
                "AND d.x_label = k.x AND COALESCE(pe.name, '') = k.en LIMIT 1), s.measure_id) "
                "FROM k JOIN series s ON s.exhibit_id = k.ex AND s.name = k.se "
                "LEFT JOIN entity sen ON sen.id = s.entity_id"),
            {QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))});
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i < 0 || i >= out.size())
            continue;
        out[i] = {true, q.value(1).toString(), q.value(2).toString()};
    }
    checkFetch(q);
    return out;
}

} // namespace trendboard
