// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

namespace trendboard {

// One headline figure: a value the report states, large, with what it measures.
struct HeadlineTile
{
    QString exhibitId;
    QString exhibitTitle;
    int section = 0;
    int page = 0;
    QString value;   // as printed: $212B
    QString measure; // the measure's name: Capital expenditure
    QString measureId;
    QString series;
    QString entity;
    QString quote; // the value's quote, as the page prints it
    // What the value is, in the page's words: its quote without the value itself ("more
    // patents granted in 2024 vs. 2023"), else the exhibit's title.
    QString caption;
    QString period;  // as printed: 2024, Q1:25
    QString callout; // the growth or multiple stated with it: +63% Y/Y
    bool derived = false;
    int score = 0; // exhibits citing its entity plus exhibits citing its measure
};

struct HeadlineSection
{
    SectionInfo section;
    QVector<HeadlineTile> tiles;
};

// The Overview's headline figures, chosen by rule rather than by hand, so that they follow the
// data as it grows:
// 1. Each exhibit offers one figure: its latest stated value, of a level if it states one, else
//    a share, a multiple, then a growth rate; among values of that period the largest (the
//    total or the leader); a reported value before a derived one.
// 2. The growth rate or multiple the exhibit states for the same entity and period is its
//    callout.
// 3. A figure scores the number of exhibits (of both reports) citing its entity plus those
//    citing its measure; each section shows its best-scoring figures, one per entity and
//    measure, ties in page order.
// Steps 1-3 are computed once by the compiler (headline_candidate, db/schema.sql); the board
// reads only each section's first candidate of every entity and measure (the rule skips the
// rest), so it reads as many rows as the report has distinct figures at any size of the data.
QVector<HeadlineSection> chooseHeadlines(const ReportDatabase& db, int perSection = 4);
// A tile's caption from its page's words: the quote (the part that names the value) less the
// value at its start, where that leaves a phrase; else the exhibit's title.
QString tileCaption(const QString& quote, const QString& title);
// Steps 1 and 2: each BOND section exhibit's one figure, scored: every exhibit's (the tests'),
// in the board's order (section, score, page).
QVector<HeadlineTile> headlineCandidates(const ReportDatabase& db);

} // namespace trendboard
