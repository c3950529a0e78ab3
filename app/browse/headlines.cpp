// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/headlines.h"

#include "period.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace trendboard {

QString tileCaption(const QString& quote, const QString& title)
{
    // A value or a word joining values at the phrase's start: "+6x", "to", "6MM", "~175%".
    static const QRegularExpression lead(
        QStringLiteral("^(?:[~+\\-\\x{2212}\\x{2013}]?\\$?\\d[\\d,.]*\\s*(?:%|x|K|MM|B|T)?\\+?"
                       "(?:\\s*/\\s*Year)?|to|@|=)(?:\\s+|$)"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    // A derived value's quote joins its inputs' quotes: the longest names the most.
    QString best;
    for (const QString& part : quote.split(QStringLiteral(" | "), Qt::SkipEmptyParts)) {
        QString phrase = part.trimmed();
        for (QRegularExpressionMatch m = lead.match(phrase); m.hasMatch() && m.capturedLength() > 0;
             m = lead.match(phrase))
            phrase = phrase.mid(m.capturedLength()).trimmed();
        int words = 0;
        for (auto it = word.globalMatch(phrase); it.hasNext(); it.next())
            ++words;
        // A phrase of its own: not "vs. 16% Nineteen Years Ago", which leans on the value cut.
        if (words >= 3 && !phrase.startsWith(QLatin1String("vs")) && phrase.size() > best.size())
            best = phrase;
    }
    return best.isEmpty() ? title : best;
}

namespace {

// The candidates the compiler chose (headline_candidate, db/schema.sql), as tiles.
QVector<HeadlineTile> candidates(const ReportDatabase& db, bool firstOfEachFigure)
{
    const QVector<ReportDatabase::HeadlineCandidate> rows =
        db.headlineCandidates(kBondReportId, firstOfEachFigure);
    QStringList ids;
    ids.reserve(rows.size());
    for (const ReportDatabase::HeadlineCandidate& r : rows)
        ids.append(r.exhibitId);
    // Only these exhibits' titles and periods, by key.
    QHash<QString, ExhibitInfo> exhibits;
    for (const ExhibitInfo& e : db.exhibitsByIds(ids))
        exhibits.insert(e.id, e);
    QHash<QString, QString> measureNames;
    for (const MeasureInfo& m : db.measures())
        measureNames.insert(m.id, m.name);

    QVector<HeadlineTile> out;
    out.reserve(rows.size());
    for (const ReportDatabase::HeadlineCandidate& best : rows) {
        const ExhibitInfo exhibit = exhibits.value(best.exhibitId);
        HeadlineTile t;
        t.exhibitId = best.exhibitId;
        t.exhibitTitle = displayTitle(exhibit);
        t.section = best.section;
        t.page = best.page;
        t.value = formatValue(best.value, best.unit);
        t.measure = measureNames.value(best.measure, best.measure);
        t.measureId = best.measure;
        t.series = best.series;
        t.entity = best.entity;
        // The x label when it is a period (FQ4:25 as printed); else the period of the value:
        // a row's label names its entity, a bar's may count years to reach a level.
        t.period = parsePeriod(best.xLabel.toStdString(), FiscalCalendar{}).period
                       ? best.xLabel
                       : printedPeriod(best.periodStart, best.periodEnd, best.granularity);
        // A table row's label names its entity ('Microsoft'): the exhibit's period then.
        if (t.period.isEmpty())
            t.period = exhibit.periodLabel;
        t.derived = best.derived;
        t.quote = best.quote;
        t.caption = tileCaption(best.quote, exhibit.title);
        t.score = best.score;
        if (best.callout)
            t.callout = formatValue(*best.callout, best.calloutUnit);
        out.append(t);
    }
    return out;
}

} // namespace

QVector<HeadlineTile> headlineCandidates(const ReportDatabase& db)
{
    return candidates(db, false);
}

QVector<HeadlineSection> chooseHeadlines(const ReportDatabase& db, int perSection)
{
    QVector<HeadlineSection> out;
    QHash<int, QVector<HeadlineTile>> bySection;
    // Only the first candidate of each entity and measure: the rule below skips the others.
    for (const HeadlineTile& t : candidates(db, true))
        bySection[t.section].append(t);
    for (const SectionInfo& section : db.sections(kBondReportId)) {
        if (section.number == 0)
            continue;
        HeadlineSection hs{section, {}};
        QVector<HeadlineTile> ranked = bySection.value(section.number);
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const HeadlineTile& a, const HeadlineTile& b) {
                             return a.score != b.score ? a.score > b.score : a.page < b.page;
                         });
        QSet<QString> seen;
        for (const HeadlineTile& t : std::as_const(ranked)) {
            if (hs.tiles.size() >= perSection)
                break;
            // One figure per entity and one per measure: the board should say several things.
            const QString entityKey = QStringLiteral("e:") + t.entity;
            const QString measureKey = QStringLiteral("m:") + t.measure;
            if ((!t.entity.isEmpty() && seen.contains(entityKey)) || seen.contains(measureKey))
                continue;
            seen.insert(entityKey);
            seen.insert(measureKey);
            hs.tiles.append(t);
        }
        std::sort(hs.tiles.begin(), hs.tiles.end(),
                  [](const HeadlineTile& a, const HeadlineTile& b) { return a.page < b.page; });
        out.append(hs);
    }
    return out;
}

} // namespace trendboard
