// SPDX-License-Identifier: GPL-3.0-or-later
// A tab's list of exhibits, never read whole (issue 25: 49,000 exhibits in one section at
// 1000 times the data): counts from section_stats, rows a batch at a time after the last one
// read (keyset on exhibit_by_section), and an exhibit's row, a page or the exhibit to open on
// by that index.
#include "reportdb.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trendboard {

namespace {

// The list's order: within a report by section, page and the order on the page (unique).
const QString kListOrder = QStringLiteral("ORDER BY e.section_no, e.page, e.ordinal");

// "(e.page, e.ordinal) > (?, ?)" within a section (the columns after those it is equal on, so
// that SQLite takes the row value as a range of the index), with its binds.
QString keyAfter(const ReportDatabase::ListScope& scope, const char* op, const QVariant& section,
                 const QVariant& page, const QVariant& ordinal, QVariantList& binds)
{
    if (scope.section) {
        binds << page << ordinal;
        return QStringLiteral(" AND (e.page, e.ordinal) %1 (?, ?)").arg(QLatin1String(op));
    }
    binds << section << page << ordinal;
    return QStringLiteral(" AND (e.section_no, e.page, e.ordinal) %1 (?, ?, ?)")
        .arg(QLatin1String(op));
}

} // namespace

QString ReportDatabase::listWhere(const ListScope& scope, QVariantList& binds)
{
    binds << scope.reportId;
    if (!scope.section)
        return QStringLiteral("e.report_id = ?");
    binds << *scope.section;
    return QStringLiteral("e.report_id = ? AND e.section_no = ?");
}

ReportDatabase::SectionStats ReportDatabase::sectionStats(const ListScope& scope) const
{
    SectionStats stats;
    if (!isOpen())
        return stats;
    QVariantList binds{scope.reportId};
    QString sql = QStringLiteral("SELECT COALESCE(SUM(exhibits), 0), "
                                 "COALESCE(SUM(stated_values), 0) FROM section_stats "
                                 "WHERE report_id = ?");
    if (scope.section) {
        sql += QStringLiteral(" AND section_no = ?");
        binds << *scope.section;
    }
    Statement q = run(sql, binds);
    if (q.next())
        stats = {q.value(0).toInt(), q.value(1).toInt()};
    checkFetch(q);
    return stats;
}

QVector<ExhibitInfo> ReportDatabase::exhibitsAfter(const ListScope& scope,
                                                   const ExhibitInfo* after, int limit) const
{
    QVariantList binds;
    QString where = listWhere(scope, binds);
    // A row value: the index range starts right after the last row read.
    if (after)
        where += keyAfter(scope, ">", after->section, after->page, after->ordinal, binds);
    binds << limit;
    QVector<ExhibitInfo> out;
    visitExhibitsWhere(
        where, binds,
        [&out](const ExhibitInfo& e) {
            out.append(e);
            return true;
        },
        kListOrder + QStringLiteral(" LIMIT ?"));
    return out;
}

QVector<ExhibitInfo> ReportDatabase::exhibitsByIds(const QStringList& ids) const
{
    QVector<ExhibitInfo> out;
    if (ids.isEmpty())
        return out;
    // One bound JSON array, each id found by the primary key.
    QJsonArray array;
    for (const QString& id : ids)
        array.append(id);
    visitExhibitsWhere(
        QStringLiteral("e.id IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))},
        [&out](const ExhibitInfo& e) {
            out.append(e);
            return true;
        },
        QStringLiteral("LIMIT -1")); // any order: the caller orders them
    return out;
}

int ReportDatabase::rowInList(const ListScope& scope, const QString& id) const
{
    if (!isOpen())
        return -1;
    QVariantList binds;
    const QString where = listWhere(scope, binds);
    Statement at = run(QStringLiteral("SELECT e.section_no, e.page, e.ordinal FROM exhibit e "
                                      "WHERE e.id = ? AND ") +
                           where,
                       QVariantList{id} + binds);
    if (!at.next()) {
        checkFetch(at);
        return -1;
    }
    const QString range = keyAfter(scope, "<", at.value(0), at.value(1), at.value(2), binds);
    Statement before =
        run(QStringLiteral("SELECT COUNT(*) FROM exhibit e WHERE ") + where + range, binds);
    const int row = before.next() ? before.value(0).toInt() : -1;
    checkFetch(before);
    return row;
}

QString ReportDatabase::firstExhibitToShow(const ListScope& scope) const
{
    if (!isOpen())
        return {};
    QVariantList binds;
    const QString where = listWhere(scope, binds);
    // Walks the list in order and stops at the first exhibit with a point: a few rows.
    Statement q = run(QStringLiteral("SELECT e.id FROM exhibit e WHERE ") + where +
                          QStringLiteral(" AND EXISTS (SELECT 1 FROM series s JOIN datapoint d "
                                         "ON d.series_id = s.id WHERE s.exhibit_id = e.id) ") +
                          kListOrder + QStringLiteral(" LIMIT 1"),
                      binds);
    QString id = q.next() ? q.value(0).toString() : QString();
    checkFetch(q);
    if (!id.isEmpty())
        return id;
    const QVector<ExhibitInfo> first = exhibitsAfter(scope, nullptr, 1);
    return first.isEmpty() ? QString() : first.first().id;
}

QString ReportDatabase::firstExhibitOnPage(const ListScope& scope, int page) const
{
    if (!isOpen())
        return {};
    QVariantList binds;
    const QString where = listWhere(scope, binds);
    binds << page;
    Statement q = run(QStringLiteral("SELECT e.id FROM exhibit e WHERE ") + where +
                          QStringLiteral(" AND e.page = ? ") + kListOrder +
                          QStringLiteral(" LIMIT 1"),
                      binds);
    const QString id = q.next() ? q.value(0).toString() : QString();
    checkFetch(q);
    return id;
}

std::optional<std::pair<int, int>> ReportDatabase::pageSpan(const ListScope& scope) const
{
    if (!isOpen())
        return std::nullopt;
    QVariantList binds;
    const QString where = listWhere(scope, binds);
    // Over the index's range of the list (its pages), not its rows.
    Statement q =
        run(QStringLiteral("SELECT MIN(e.page), MAX(e.page) FROM exhibit e WHERE ") + where, binds);
    std::optional<std::pair<int, int>> span;
    if (q.next() && !q.value(0).isNull())
        span = std::make_pair(q.value(0).toInt(), q.value(1).toInt());
    checkFetch(q);
    return span;
}

int ReportDatabase::pagesWithExhibits(const QString& reportId) const
{
    if (!isOpen())
        return 0;
    // Counted in the index (a few hundred distinct pages), not by reading the exhibits.
    Statement q = run(QStringLiteral("SELECT COUNT(DISTINCT e.page) FROM exhibit e "
                                     "WHERE e.report_id = ?"),
                      {reportId});
    const int pages = q.next() ? q.value(0).toInt() : 0;
    checkFetch(q);
    return pages;
}

} // namespace trendboard
