// SPDX-License-Identifier: GPL-3.0-or-later
// Search: the full-text index of titles, headlines, notes, sources and names (FTS5), and its
// Chinese twin (trigram), queried with words that never reach FTS5's own syntax.
#include "reportdb.h"

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

QVector<ReportDatabase::SearchHit> ReportDatabase::searchHits(const QString& words) const
{
    QVector<SearchHit> hits;
    if (!isOpen())
        return hits;
    const QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return hits;
    if (hasChinese(words))
        return searchChinese(parts);
    // Each word becomes a quoted prefix term, so user input never reaches FTS5 syntax.
    QStringList terms;
    for (const QString& word : parts)
        terms.append(ftsPhrase(word) + QLatin1Char('*'));
    // Each hit with its report and section (by the exhibit's key), so that the tabs share
    // the hits without reading their lists.
    Statement q =
        // At equal relevance (bm25 to a whole point), an exhibit stating values before one that
        // states none: a user finds something to see first.
        run(QStringLiteral("SELECT f.exhibit_id, e.report_id, e.section_no FROM exhibit_search f "
                           "JOIN exhibit e ON e.id = f.exhibit_id WHERE f.exhibit_search MATCH ? "
                           "ORDER BY ROUND(f.rank), NOT EXISTS (SELECT 1 FROM series s "
                           "JOIN datapoint d ON d.series_id = s.id "
                           "WHERE s.exhibit_id = f.exhibit_id), f.rank"),
            {terms.join(QLatin1Char(' '))});
    while (q.next())
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    checkFetch(q);
    return hits;
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
