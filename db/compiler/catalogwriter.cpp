// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/catalogwriter.h"

#include "searchlayout.h"
#include "sqlutil.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace trendboard {

namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db) : m_db(std::move(db)) {}

    void write(const Catalog& catalog)
    {
        for (const QString& statement : schemaStatements())
            exec(statement);
        if (!m_db.transaction())
            throw std::runtime_error(m_db.lastError().text().toStdString());
        writeReports(catalog);
        writeUnits(catalog);
        writeMeasures(catalog);
        writeEntities(catalog);
        writeExhibits(catalog);
        writeDerivationInputs(catalog);
        // Links between reports: a stated value of one report and every stated value of another
        // report with the same measure of the same entity.
        exec(QStringLiteral(
            "INSERT INTO cross_report_link(datapoint_id, other_datapoint_id) "
            "SELECT a.datapoint_id, b.datapoint_id FROM datapoint_flat a JOIN datapoint_flat b "
            "ON a.measure = b.measure AND a.entity = b.entity AND a.report <> b.report "
            "WHERE a.value IS NOT NULL AND b.value IS NOT NULL"));
        writeSameFigureLinks(catalog);
        // The lists' counts, once here rather than by the app on every list (schema.sql).
        exec(QStringLiteral("INSERT INTO entity_stats(entity_id, datapoints) SELECT e.id, "
                            "(SELECT COUNT(*) FROM datapoint_flat f WHERE f.entity = e.name "
                            "AND f.value IS NOT NULL) FROM entity e"));
        exec(QStringLiteral(
            "INSERT INTO measure_stats(measure_id, datapoints, entities) "
            "SELECT m.id, COUNT(f.datapoint_id), COUNT(DISTINCT f.entity) FROM measure m "
            "LEFT JOIN datapoint_flat f ON f.measure = m.id AND f.value IS NOT NULL "
            "GROUP BY m.id"));
        // Every numeric value by its page, entity and measure (schema.sql): what exhibitData
        // reads the same figure elsewhere by.
        exec(QStringLiteral("INSERT INTO value_key SELECT * FROM value_key_rows"));
        // Each exhibit's headline figure, scored: what the Overview's board reads by section.
        exec(QStringLiteral("INSERT INTO headline_candidate SELECT * FROM headline_candidate_rows"));
        // Each section's exhibits and stated values: a tab's counts without its list.
        exec(QStringLiteral(
            "INSERT INTO section_stats(report_id, section_no, exhibits, stated_values) "
            "SELECT sec.report_id, sec.number, "
            "(SELECT COUNT(*) FROM exhibit e WHERE e.report_id = sec.report_id "
            "AND e.section_no = sec.number), "
            "(SELECT COUNT(*) FROM datapoint d JOIN series s ON s.id = d.series_id "
            "JOIN exhibit e ON e.id = s.exhibit_id WHERE e.report_id = sec.report_id "
            "AND e.section_no = sec.number) FROM section sec"));
        // The full-text rows laid out under their tabs, and each one's place (schema.sql:
        // exhibit_search).
        if (const QString problem = layOutSearchRows(m_db); !problem.isEmpty())
            throw std::runtime_error(problem.toStdString());
        if (!m_db.commit())
            throw std::runtime_error(m_db.lastError().text().toStdString());
        // The file without the pages the layout freed: smaller, and with none of them left
        // unchecked in the middle of it (a damaged free page is no damage to quick_check).
        exec(QStringLiteral("VACUUM"));
    }

private:
    void exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            throw std::runtime_error(
                QStringLiteral("%1\n  in: %2").arg(q.lastError().text(), sql).toStdString());
    }

    QSqlQuery prepare(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            throw std::runtime_error(q.lastError().text().toStdString());
        return q;
    }

    static void run(QSqlQuery& q)
    {
        if (!q.exec())
            throw std::runtime_error(q.lastError().text().toStdString());
    }

    void writeReports(const Catalog& catalog)
    {
        QSqlQuery r =
            prepare(QStringLiteral("INSERT INTO report(id, title, publisher, published, "
                                   "cite, page_count, short_title) VALUES (?,?,?,?,?,?,?)"));
        QSqlQuery s = prepare(QStringLiteral(
            "INSERT INTO section(report_id, number, title, short_title, first_page, last_page, "
            "title_zh) VALUES (?,?,?,?,?,?,?)"));
        for (const Report& report : catalog.reports) {
            r.addBindValue(report.id);
            r.addBindValue(report.title);
            r.addBindValue(report.publisher);
            r.addBindValue(report.published);
            r.addBindValue(report.cite);
            r.addBindValue(report.pageCount);
            r.addBindValue(textOrNull(report.shortTitle));
            run(r);
            for (const Section& section : report.sections) {
                s.addBindValue(report.id);
                s.addBindValue(section.number);
                s.addBindValue(section.title);
                s.addBindValue(section.shortTitle);
                s.addBindValue(section.firstPage);
                s.addBindValue(section.lastPage);
                s.addBindValue(textOrNull(section.titleZh));
                run(s);
            }
        }
    }

    void writeUnits(const Catalog& catalog)
    {
        QSqlQuery q = prepare(QStringLiteral(
            "INSERT INTO unit(symbol, base_unit, factor, quantity) VALUES (?,?,?,?)"));
        for (const Unit& unit : catalog.units) {
            q.addBindValue(unit.symbol);
            q.addBindValue(unit.baseUnit);
            q.addBindValue(unit.factor);
            q.addBindValue(unit.quantity);
            run(q);
            m_units.insert(unit.symbol, unit);
        }
    }

    void writeMeasures(const Catalog& catalog)
    {
        QSqlQuery q = prepare(QStringLiteral(
            "INSERT INTO measure(id, name, quantity, base_unit, name_zh) VALUES (?,?,?,?,?)"));
        for (const Measure& measure : catalog.measures) {
            q.addBindValue(measure.id);
            q.addBindValue(measure.name);
            q.addBindValue(measure.quantity);
            q.addBindValue(textOrNull(measure.baseUnit));
            q.addBindValue(textOrNull(measure.nameZh));
            run(q);
        }
    }

    static QString pointKey(const QString& exhibit, const QString& series, const QString& x)
    {
        return exhibit + QChar(0x1f) + series + QChar(0x1f) + x;
    }

    // A derived point's quote is its inputs' quotes, so that every row of datapoint_flat
    // shows where its value comes from.
    QString derivedQuote(const Datapoint& p) const
    {
        QStringList quotes;
        for (const DerivationInput& input : p.inputs) {
            const Datapoint* in =
                m_pointsByKey.value(pointKey(input.exhibitId, input.series, input.xLabel));
            if (in && !quotes.contains(in->quote))
                quotes.append(in->quote);
        }
        return quotes.join(QStringLiteral(" | "));
    }

    // Both directions, as the measure links are.
    void writeSameFigureLinks(const Catalog& catalog)
    {
        QSqlQuery q = prepare(QStringLiteral(
            "INSERT OR REPLACE INTO cross_report_link(datapoint_id, other_datapoint_id, basis) "
            "VALUES (?, ?, 'same figure')"));
        for (const Exhibit& exhibit : catalog.exhibits) {
            for (const Series& series : exhibit.series) {
                for (const Datapoint& p : series.points) {
                    for (const DerivationInput& other : p.sameAs) {
                        const qlonglong from =
                            m_pointIds.value(pointKey(exhibit.id, series.name, p.xLabel));
                        const qlonglong to =
                            m_pointIds.value(pointKey(other.exhibitId, other.series, other.xLabel));
                        if (from == 0 || to == 0)
                            throw std::runtime_error("a same_as link names an unknown point");
                        for (const auto& [a, b] : {std::pair{from, to}, std::pair{to, from}}) {
                            q.addBindValue(a);
                            q.addBindValue(b);
                            run(q);
                        }
                    }
                }
            }
        }
    }

    void writeDerivationInputs(const Catalog& catalog)
    {
        QSqlQuery q = prepare(QStringLiteral("INSERT INTO derivation_input(datapoint_id, name, "
                                             "input_datapoint_id) VALUES (?,?,?)"));
        for (const Exhibit& exhibit : catalog.exhibits) {
            for (const Series& series : exhibit.series) {
                for (const Datapoint& p : series.points) {
                    for (const DerivationInput& input : p.inputs) {
                        const QString from = pointKey(exhibit.id, series.name, p.xLabel);
                        const QString to = pointKey(input.exhibitId, input.series, input.xLabel);
                        if (!m_pointIds.contains(from) || !m_pointIds.contains(to))
                            throw std::runtime_error(
                                QStringLiteral("derived point %1 has an unknown input")
                                    .arg(from)
                                    .toStdString());
                        q.addBindValue(m_pointIds.value(from));
                        q.addBindValue(input.name);
                        q.addBindValue(m_pointIds.value(to));
                        run(q);
                    }
                }
            }
        }
    }

    void writeEntities(const Catalog& catalog)
    {
        QSqlQuery e = prepare(QStringLiteral(
            "INSERT INTO entity(name, kind, fiscal_year_end, name_zh) VALUES (?,?,?,?)"));
        QSqlQuery a =
            prepare(QStringLiteral("INSERT INTO entity_alias(entity_id, alias) VALUES (?,?)"));
        for (const Entity& entity : catalog.entities) {
            e.addBindValue(entity.name);
            e.addBindValue(entity.kind);
            e.addBindValue(textOrNull(entity.fiscalYearEnd));
            e.addBindValue(textOrNull(entity.nameZh));
            run(e);
            const qlonglong id = e.lastInsertId().toLongLong();
            m_entityIds.insert(entity.name, id);
            for (const QString& alias : entity.aliases) {
                a.addBindValue(id);
                a.addBindValue(alias);
                run(a);
            }
        }
        QSqlQuery parent = prepare(QStringLiteral("UPDATE entity SET parent_id = ? WHERE id = ?"));
        for (const Entity& entity : catalog.entities) {
            if (entity.parent.isEmpty())
                continue;
            parent.addBindValue(m_entityIds.value(entity.parent));
            parent.addBindValue(m_entityIds.value(entity.name));
            run(parent);
        }
    }

    void writeChinese(QSqlQuery& zh, const Exhibit& exhibit)
    {
        const std::pair<const char*, const ChineseText*> fields[] = {{"note", &exhibit.noteZh},
                                                                     {"x_axis", &exhibit.xAxisZh},
                                                                     {"y_axis", &exhibit.yAxisZh},
                                                                     {"y2_axis", &exhibit.y2AxisZh},
                                                                     {"source", &exhibit.sourceZh}};
        for (const auto& [name, text] : fields) {
            if (text->isEmpty())
                continue;
            zh.addBindValue(exhibit.id);
            zh.addBindValue(QString::fromLatin1(name));
            zh.addBindValue(text->text);
            zh.addBindValue(text->ours ? 1 : 0);
            run(zh);
        }
    }

    void writePointChinese(QSqlQuery& zh, qlonglong pointId, const Datapoint& p)
    {
        const std::pair<const char*, const ChineseText*> fields[] = {{"x", &p.xLabelZh},
                                                                     {"text", &p.textZh}};
        for (const auto& [name, text] : fields) {
            if (text->isEmpty())
                continue;
            zh.addBindValue(pointId);
            zh.addBindValue(QString::fromLatin1(name));
            zh.addBindValue(text->text);
            zh.addBindValue(text->ours ? 1 : 0);
            run(zh);
        }
    }

    // The exhibit's row, bound in the order of the INSERT in writeExhibits.
    void bindExhibit(QSqlQuery& ex, const Exhibit& exhibit, int ordinal)
    {
        ex.addBindValue(exhibit.id);
        ex.addBindValue(exhibit.reportId);
        ex.addBindValue(exhibit.section);
        ex.addBindValue(exhibit.page);
        ex.addBindValue(exhibit.detailsPage > 0 ? QVariant(exhibit.detailsPage) : QVariant());
        ex.addBindValue(ordinal);
        ex.addBindValue(exhibit.title);
        ex.addBindValue(textOrNull(exhibit.headline));
        ex.addBindValue(chartKindName(exhibit.kind));
        ex.addBindValue(exhibit.orientation);
        ex.addBindValue(exhibit.xKind);
        ex.addBindValue(textOrNull(exhibit.xAxis));
        ex.addBindValue(textOrNull(exhibit.yAxis));
        ex.addBindValue(textOrNull(exhibit.y2Axis));
        ex.addBindValue(exhibit.yScale);
        ex.addBindValue(textOrNull(exhibit.unit));
        ex.addBindValue(textOrNull(exhibit.periodLabel));
        ex.addBindValue(exhibit.period
                            ? QVariant(QString::fromStdString(exhibit.period->startIso()))
                            : QVariant());
        ex.addBindValue(exhibit.period ? QVariant(QString::fromStdString(exhibit.period->endIso()))
                                       : QVariant());
        ex.addBindValue(exhibit.source);
        ex.addBindValue(textOrNull(exhibit.note));
        ex.addBindValue(textOrNull(exhibit.titleZh));
        ex.addBindValue(textOrNull(exhibit.headlineZh));
        ex.addBindValue(exhibit.titleZhOurs ? 1 : 0);
        ex.addBindValue(exhibit.headlineZhOurs ? 1 : 0);
    }

    // A datapoint's row, bound in the order of the INSERT in writeExhibits.
    void bindPoint(QSqlQuery& dp, qlonglong seriesId, int ordinal, const Datapoint& p)
    {
        dp.addBindValue(seriesId);
        dp.addBindValue(ordinal);
        dp.addBindValue(p.xLabel);
        dp.addBindValue(p.entity.isEmpty() ? QVariant() : QVariant(m_entityIds.value(p.entity)));
        dp.addBindValue(p.period ? QVariant(QString::fromStdString(p.period->startIso()))
                                 : QVariant());
        dp.addBindValue(p.period ? QVariant(QString::fromStdString(p.period->endIso()))
                                 : QVariant());
        dp.addBindValue(
            p.period ? QVariant(QString::fromStdString(granularityName(p.period->granularity)))
                     : QVariant());
        dp.addBindValue(p.value ? QVariant(*p.value) : QVariant());
        dp.addBindValue(textOrNull(p.text));
        dp.addBindValue(textOrNull(p.unit));
        const Unit unit = m_units.value(p.unit);
        dp.addBindValue(p.value && !p.unit.isEmpty() ? QVariant(*p.value * unit.factor)
                                                     : QVariant());
        dp.addBindValue(p.value && !p.unit.isEmpty() ? QVariant(unit.baseUnit) : QVariant());
        dp.addBindValue(p.status);
        dp.addBindValue(p.status == QLatin1String("derived") ? derivedQuote(p) : p.quote);
        dp.addBindValue(p.page);
        dp.addBindValue(textOrNull(p.measure));
        dp.addBindValue(textOrNull(p.derivation));
        dp.addBindValue(textOrNull(p.formula));
        dp.addBindValue(textOrNull(p.derivationZh));
    }

    void writeExhibits(const Catalog& catalog)
    {
        QSqlQuery ex = prepare(QStringLiteral("INSERT INTO exhibit(id, report_id, section_no, "
                                              "page, details_page, ordinal, title, headline, kind, "
                                              "orientation, x_kind, x_axis_title, y_axis_title, "
                                              "y2_axis_title, y_scale, unit, period_label, "
                                              "period_start, period_end, source, note, title_zh, "
                                              "headline_zh, title_zh_ours, headline_zh_ours) "
                                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                                              "?,?,?,?)"));
        QSqlQuery se = prepare(QStringLiteral(
            "INSERT INTO series(exhibit_id, ordinal, name, entity_id, unit, measure_id, "
            "values_stated, axis, name_zh) VALUES (?,?,?,?,?,?,?,?,?)"));
        QSqlQuery dp = prepare(
            QStringLiteral("INSERT INTO datapoint(series_id, ordinal, x_label, entity_id, "
                           "period_start, period_end, granularity, "
                           "value, text_value, unit, base_value, base_unit, status, quote, page, "
                           "measure_id, derivation, formula, derivation_zh) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        QSqlQuery zh = prepare(QStringLiteral(
            "INSERT INTO exhibit_zh(exhibit_id, field, text, ours) VALUES (?,?,?,?)"));
        QSqlQuery pointZh = prepare(QStringLiteral(
            "INSERT INTO datapoint_zh(datapoint_id, field, text, ours) VALUES (?,?,?,?)"));
        QSqlQuery fts = prepare(QStringLiteral("INSERT INTO exhibit_search(exhibit_id, title, "
                                               "headline, note, source, series, entities) "
                                               "VALUES (?,?,?,?,?,?,?)"));
        QSqlQuery ftsZh = prepare(QStringLiteral("INSERT INTO exhibit_search_zh(exhibit_id, "
                                                 "title, headline, names) VALUES (?,?,?,?)"));
        for (const Exhibit& exhibit : catalog.exhibits)
            for (const Series& series : exhibit.series)
                for (const Datapoint& p : series.points)
                    m_pointsByKey.insert(pointKey(exhibit.id, series.name, p.xLabel), &p);
        // A summary chart is found by the entities of the exhibit it details (the "Leading
        // Chipmaker" chart of page 4 by NVIDIA, from page 97), and every entity by its aliases.
        QHash<QString, QStringList> entitiesOnPage; // report \x1f page -> entities
        for (const Exhibit& exhibit : catalog.exhibits) {
            QStringList& names =
                entitiesOnPage[exhibit.reportId + QChar(0x1f) + QString::number(exhibit.page)];
            for (const Series& series : exhibit.series) {
                if (!series.entity.isEmpty())
                    names.append(series.entity);
                for (const Datapoint& p : series.points) {
                    if (!p.entity.isEmpty())
                        names.append(p.entity);
                }
            }
        }
        QHash<QString, QStringList> aliasesOf;
        QHash<QString, QString> entityZh;
        for (const Entity& entity : catalog.entities) {
            aliasesOf.insert(entity.name, entity.aliases);
            if (!entity.nameZh.isEmpty())
                entityZh.insert(entity.name, entity.nameZh);
        }
        QHash<QString, QString> measureZh;
        for (const Measure& measure : catalog.measures) {
            if (!measure.nameZh.isEmpty())
                measureZh.insert(measure.id, measure.nameZh);
        }
        int ordinal = 0;
        for (const Exhibit& exhibit : catalog.exhibits) {
            bindExhibit(ex, exhibit, ordinal++);
            run(ex);
            writeChinese(zh, exhibit);

            QStringList seriesNames;
            QStringList entityNames;
            QStringList chineseNames; // of the series and their measures
            int seriesOrdinal = 0;
            for (const Series& series : exhibit.series) {
                seriesNames.append(series.name);
                chineseNames << series.nameZh << measureZh.value(series.measure);
                se.addBindValue(exhibit.id);
                se.addBindValue(seriesOrdinal++);
                se.addBindValue(series.name);
                if (series.entity.isEmpty()) {
                    se.addBindValue(QVariant());
                } else {
                    se.addBindValue(m_entityIds.value(series.entity));
                    entityNames.append(series.entity);
                }
                se.addBindValue(textOrNull(series.unit));
                se.addBindValue(series.measure);
                se.addBindValue(series.stated ? 1 : 0);
                se.addBindValue(series.axis);
                se.addBindValue(textOrNull(series.nameZh));
                run(se);
                const qlonglong seriesId = se.lastInsertId().toLongLong();
                int pointOrdinal = 0;
                for (const Datapoint& p : series.points) {
                    bindPoint(dp, seriesId, pointOrdinal++, p);
                    if (!p.entity.isEmpty())
                        entityNames.append(p.entity);
                    chineseNames << measureZh.value(p.measure);
                    run(dp);
                    const qlonglong pointId = dp.lastInsertId().toLongLong();
                    m_pointIds.insert(pointKey(exhibit.id, series.name, p.xLabel), pointId);
                    writePointChinese(pointZh, pointId, p);
                }
            }
            fts.addBindValue(exhibit.id);
            fts.addBindValue(exhibit.title);
            fts.addBindValue(exhibit.headline);
            fts.addBindValue(exhibit.note);
            fts.addBindValue(exhibit.source);
            fts.addBindValue(seriesNames.join(QLatin1Char(' ')));
            if (exhibit.detailsPage > 0)
                entityNames += entitiesOnPage.value(exhibit.reportId + QChar(0x1f) +
                                                    QString::number(exhibit.detailsPage));
            entityNames.removeDuplicates();
            QStringList searchable = entityNames;
            for (const QString& name : std::as_const(entityNames))
                searchable += aliasesOf.value(name);
            fts.addBindValue(searchable.join(QLatin1Char(' ')));
            run(fts);
            for (const QString& name : std::as_const(entityNames))
                chineseNames << entityZh.value(name);
            chineseNames += searchable;
            chineseNames.removeAll(QString());
            chineseNames.removeDuplicates();
            ftsZh.addBindValue(exhibit.id);
            ftsZh.addBindValue(exhibit.titleZh);
            ftsZh.addBindValue(exhibit.headlineZh);
            // One name a line: a trigram never spans two names.
            ftsZh.addBindValue(chineseNames.join(QLatin1Char('\n')));
            run(ftsZh);
        }
    }

    QSqlDatabase m_db;
    QHash<QString, Unit> m_units;
    QHash<QString, qlonglong> m_entityIds;
    QHash<QString, const Datapoint*> m_pointsByKey; // exhibit, series, x -> point
    QHash<QString, qlonglong> m_pointIds;           // exhibit, series, x -> datapoint.id
};

} // namespace

QString writeCatalog(const Catalog& catalog, const QString& path)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QString failure;
    {
        ScopedConnection connection(partial, OpenMode::Create);
        if (!connection.database().isOpen()) {
            failure = QStringLiteral("cannot create %1: %2")
                          .arg(partial, connection.database().lastError().text());
        } else {
            try {
                Writer(connection.database()).write(catalog);
            } catch (const std::exception& e) {
                failure = QString::fromStdString(e.what());
            }
        }
    }
    if (!failure.isEmpty()) {
        QFile::remove(partial);
        return failure;
    }
    // rename(2) replaces the old database in one step: a reader sees the old file or the new
    // one, never none (QFile::rename would refuse an existing target).
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return QStringLiteral("cannot move %1 to %2: %3").arg(partial, path, why);
    }
    return {};
}

} // namespace trendboard
