// SPDX-License-Identifier: GPL-3.0-or-later
// Search: the full-text index of titles, headlines, notes, sources and names (FTS5), and its
// Chinese twin (trigram), queried with words that never reach FTS5's own syntax.
#include "reportdb.h"

#include <QHash>
#include <QSqlError>


namespace trendboard {

namespace {

// Whether the text holds a CJK ideograph: such a query searches the Chinese index.
bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) ||
            (u >= 0xf900 && u <= 0xfaff))
            return true;
    }
    return false;
}

// A word as an FTS5 string: quoted, its quotes doubled, so input never reaches FTS5 syntax.
QString ftsPhrase(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

} // namespace

QStringList ReportDatabase::search(const QString& words) const
{
    QStringList ids;
    for (const SearchHit& hit : searchHits(words))
        ids.append(hit.exhibitId);
    return ids;
}

QString ReportDatabase::ftsQuery(const QString& words, bool* chinese)
{
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    *chinese = hasChinese(words);
    // Each word becomes a quoted prefix term, so user input never reaches FTS5 syntax.
    QStringList terms;
    for (const QString& word : parts)
        terms.append(ftsPhrase(word) + QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

Statement ReportDatabase::searchRanked(const QString& columns, const QString& query,
                                       const QString& andWhere, const QVariantList& binds) const
{
    // Each hit's exhibit, report and section from exhibit_search_place by the full-text row's
    // rowid: neither exhibit nor the full-text rows' text are read (issue 25: at 1000 times the
    // data, the join with exhibit and the values' NOT EXISTS cost 250 ms for "nvidia").
    // At equal relevance (bm25 to a whole point), an exhibit stating values before one that
    // states none: a user finds something to see first.
    return run(QStringLiteral("SELECT ") + columns +
                   QStringLiteral(" FROM exhibit_search f JOIN exhibit_search_place p "
                                  "ON p.search_rowid = f.rowid WHERE f.exhibit_search MATCH ?") +
                   andWhere +
                   QStringLiteral(" ORDER BY ROUND(f.rank), NOT p.has_values, f.rank"),
               QVariantList{query} + binds);
}

QVector<ReportDatabase::SearchHit> ReportDatabase::searchHits(const QString& words) const
{
    QVector<SearchHit> hits;
    if (!isOpen())
        return hits;
    bool chinese = false;
    const QString query = ftsQuery(words, &chinese);
    if (query.isEmpty())
        return hits;
    if (chinese)
        return searchChinese(words.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    Statement q = searchRanked(QStringLiteral("p.exhibit_id, p.report_id, p.section_no"), query,
                               QString(), {});
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    checkFetch(q);
    return hits;
}

QVector<ReportDatabase::SearchCount> ReportDatabase::searchCounts(const QString& words) const
{
    QVector<SearchCount> counts;
    if (!isOpen())
        return counts;
    bool chinese = false;
    const QString query = ftsQuery(words, &chinese);
    if (query.isEmpty())
        return counts;
    if (chinese) {
        // The Chinese index has no place table: its hits are few (one row an exhibit, of the
        // report's own Chinese), counted here.
        QHash<QPair<QString, int>, int> by;
        QVector<QPair<QString, int>> order;
        for (const SearchHit& hit : searchChinese(words.split(QLatin1Char(' '), Qt::SkipEmptyParts))) {
            const QPair<QString, int> key{hit.reportId, hit.section};
            if (!by.contains(key))
                order.append(key);
            ++by[key];
        }
        for (const auto& key : std::as_const(order))
            counts.append({key.first, key.second, by.value(key)});
        return counts;
    }
    // Unranked: counting needs no bm25, which costs more than the match itself. A hit's tab is
    // in its rowid (schema.sql: exhibit_search): nothing is read per hit but the index.
    Statement q = run(QStringLiteral("SELECT sc.report_id, sc.section_no, c.n FROM (SELECT "
                                     "f.rowid >> 24 AS scope, COUNT(*) AS n FROM exhibit_search f "
                                     "WHERE f.exhibit_search MATCH ? GROUP BY 1) c "
                                     "JOIN exhibit_search_scope sc ON sc.scope = c.scope "
                                     "ORDER BY sc.report_id, sc.section_no"),
                      {query});
    while (q.next())
        counts.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    checkFetch(q);
    return counts;
}

QStringList ReportDatabase::searchIn(const QString& words, const ListScope& scope) const
{
    QStringList ids;
    if (!isOpen())
        return ids;
    bool chinese = false;
    const QString query = ftsQuery(words, &chinese);
    if (query.isEmpty())
        return ids;
    if (chinese) {
        for (const SearchHit& hit : searchChinese(words.split(QLatin1Char(' '), Qt::SkipEmptyParts))) {
            if (hit.reportId == scope.reportId && (!scope.section || hit.section == *scope.section))
                ids.append(hit.exhibitId);
        }
        return ids;
    }
    QVariantList binds{scope.reportId};
    QString andWhere = QStringLiteral(" AND p.report_id = ?");
    if (scope.section) {
        // One tab's hits: its range of rowids (schema.sql: exhibit_search), the index skips
        // the other tabs' rows.
        Statement tab = run(QStringLiteral("SELECT scope << 24 FROM exhibit_search_scope "
                                           "WHERE report_id = ? AND section_no = ?"),
                            {scope.reportId, *scope.section});
        if (!tab.next()) {
            checkFetch(tab);
            return ids;
        }
        const qint64 first = tab.value(0).toLongLong();
        andWhere = QStringLiteral(" AND f.rowid BETWEEN ? AND ?");
        binds = {first, first + (qint64(1) << 24) - 1};
    }
    Statement q = searchRanked(QStringLiteral("p.exhibit_id"), query, andWhere, binds);
    while (q.next())
        ids.append(q.value(0).toString());
    checkFetch(q);
    return ids;
}

QVector<ReportDatabase::SearchHit> ReportDatabase::searchChinese(const QStringList& words) const
{
    // The trigram index matches words of three characters or more anywhere in a column; a
    // shorter word (most Chinese words have two) has no trigram, so it is looked for with
    // instr() over the Chinese table's few short columns (one row an exhibit: bounded).
    QStringList matchTerms;
    QStringList conditions;
    QVariantList binds;
    for (const QString& word : words) {
        if (word.size() >= 3) {
            matchTerms.append(ftsPhrase(word));
        } else {
            conditions.append(QStringLiteral("(instr(lower(f.title), lower(?)) > 0 OR "
                                             "instr(lower(f.headline), lower(?)) > 0 OR "
                                             "instr(lower(f.names), lower(?)) > 0)"));
            binds << word << word << word;
        }
    }
    if (!matchTerms.isEmpty()) {
        conditions.prepend(QStringLiteral("f.exhibit_search_zh MATCH ?"));
        binds.prepend(matchTerms.join(QLatin1Char(' ')));
    }
    Statement q = run(QStringLiteral("SELECT f.exhibit_id, e.report_id, e.section_no "
                                     "FROM exhibit_search_zh f JOIN exhibit e "
                                     "ON e.id = f.exhibit_id WHERE ") +
                          conditions.join(QStringLiteral(" AND ")) +
                          (matchTerms.isEmpty() ? QStringLiteral(" ORDER BY f.rowid")
                                                : QStringLiteral(" ORDER BY f.rank")),
                      binds);
    QVector<SearchHit> hits;
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    checkFetch(q);
    return hits;
}

} // namespace trendboard
