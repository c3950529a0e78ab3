// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QAbstractListModel>
#include <QHash>

namespace trendboard {

// The exhibits of one section, in page order: "p. 38  Global Developers in NVIDIA Ecosystem";
// or, while the filter bar filters, only its matches in their order (best first).
//
// Never read whole (issue 25: a section has 49,000 exhibits at 1000 times the data): the view
// is given kBatch rows at a time (canFetchMore/fetchMore) as it scrolls, and a row's exhibit
// is read from the database when the view first asks for it, a chunk at a time: a section's
// by keyset after the last row read, a filter's by id. The total comes from section_stats.
class ExhibitListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ExhibitIdRole = Qt::UserRole + 1,
        PageRole,
        SearchTextRole,
        // The number of values (and text cells) the report's text states for the exhibit: the
        // list marks those with none.
        StatedValuesRole
    };

    explicit ExhibitListModel(QObject* parent = nullptr);

    static constexpr int kBatch = 500;
    // Rows read from the database at once when the view asks for one not read yet.
    static constexpr int kChunk = 100;

    // The list of a section of the database (or of a whole report): nothing is read until
    // the view asks for a row.
    void setSection(const ReportDatabase& db, const ReportDatabase::ListScope& scope);
    // Only these exhibits, in this order (the filter's matches); `ids` are the section's.
    void showOnly(const QStringList& ids);
    // Every exhibit of the section again, in page order.
    void showAll();
    bool isFiltered() const { return m_source == Source::Ids; }
    // The filter's matches shown (empty while the section is).
    const QStringList& shownIds() const { return m_ids; }
    // The exhibit's row among those given to the view, or -1: nothing is read or fetched.
    int shownRowOf(const QString& exhibitId) const;
    // A list of these exhibits, with no database (tests, a fixed list).
    void setExhibits(QVector<ExhibitInfo> exhibits);

    // Every row of the list, given to the view or not yet.
    int totalCount() const { return m_total; }
    // The exhibits read so far: a section's list reads only what its view shows.
    int rowsRead() const { return int(m_rows.size()); }
    // Every row at once (a batch export reads them all).
    void fetchAll() { fetchTo(m_total); }
    // The exhibit's row, its batch given to the view first where it was not yet; -1 when it
    // is not in the list.
    int rowOf(const QString& exhibitId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    enum class Source
    {
        Fixed,   // setExhibits: every row in m_rows
        Section, // the database's list, read in order
        Ids      // m_ids, read by id
    };
    void reset(Source source, int total);
    // The rows read for the list before (a filter's previous matches): the next filter takes
    // them from here rather than reading them again, as typing narrows the same matches.
    void keepReadRows();
    void fetchTo(int rows);
    // Reads the rows up to `row` (and a chunk more), if they are not read yet.
    const ExhibitInfo* rowAt(int row) const;

    const ReportDatabase* m_db = nullptr;
    ReportDatabase::ListScope m_scope;
    Source m_source = Source::Fixed;
    int m_sectionTotal = 0;                   // the section's exhibits (section_stats)
    QStringList m_ids;                        // Source::Ids: every row's exhibit
    mutable QVector<ExhibitInfo> m_rows;      // the rows read, from the first
    QHash<QString, ExhibitInfo> m_readBefore; // keepReadRows(), by id, at most kKeptRows
    static constexpr int kKeptRows = 1000;
    int m_total = 0;
    int m_fetched = 0; // rows the view has been given
    bool m_resetting = false;
};

} // namespace trendboard
