// SPDX-License-Identifier: GPL-3.0-or-later
// The query plans of the statements the app ran, for the tests that check no statement reads a
// table that grows with the data (exhibit, series, datapoint, ...) whole. Each test decides
// what else it counts as reading the whole table; the reading of the plans is here.
#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace queryplans {

struct PlanRow
{
    QString detail;         // EXPLAIN QUERY PLAN's text: "SCAN d", "SEARCH s USING ..."
    QString sql;            // the statement
    QSet<QString> watched;  // the names the growing tables go by in it
};

// Every plan row of every statement in `ran` (with the values first bound to it), each with the
// names `tables` go by in its statement: their own, their aliases, and the view's (d, s, e)
// where it reads datapoint_flat. Stops at the first statement whose plan cannot be read, with
// `error` saying which.
inline QVector<PlanRow> planRows(const QSqlDatabase& plans, const QHash<QString, QVariantList>& ran,
                                 const QStringList& tables, QString* error)
{
    const QRegularExpression alias(
        QStringLiteral(R"(\b(?:%1)\s+(?:AS\s+)?([a-z]\w*))").arg(tables.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList keywords{"ON",    "WHERE", "JOIN",  "LEFT",   "CROSS",
                                      "ORDER", "GROUP", "USING", "INDEXED"};
    QVector<PlanRow> rows;
    for (auto it = ran.cbegin(); it != ran.cend(); ++it) {
        const QString& sql = it.key();
        QSet<QString> watched(tables.cbegin(), tables.cend());
        for (auto names = alias.globalMatch(sql); names.hasNext();) {
            const QString name = names.next().captured(1);
            if (!keywords.contains(name.toUpper()))
                watched.insert(name);
        }
        if (sql.contains(QLatin1String("datapoint_flat")))
            watched.unite({QStringLiteral("d"), QStringLiteral("s"), QStringLiteral("e")});
        QSqlQuery q(plans);
        const bool ok = q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql) && [&] {
            for (const QVariant& v : it.value())
                q.addBindValue(v);
            return q.exec();
        }();
        if (!ok) {
            *error = q.lastError().text() + QStringLiteral(": ") + sql;
            return rows;
        }
        while (q.next())
            rows.append({q.value(3).toString(), sql, watched});
    }
    return rows;
}

// A plan row that reads one of its statement's growing tables whole: a SCAN, an automatic index
// (SQLite reads the whole table to build it) or a Bloom filter on it.
inline bool scansWatched(const PlanRow& row)
{
    static const QRegularExpression scan(
        QStringLiteral(R"(^(?:SCAN (\w+)|SEARCH (\w+) USING AUTOMATIC)|BLOOM FILTER ON (\w+))"));
    const auto m = scan.match(row.detail);
    return m.hasMatch() && row.watched.contains(m.captured(1) + m.captured(2) + m.captured(3));
}

inline QString describe(const PlanRow& row)
{
    return row.detail + QStringLiteral("   in   ") + row.sql.simplified().left(300);
}

} // namespace queryplans
