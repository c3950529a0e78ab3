// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/headlines.h"

#include "period.h"
#include "text/valueformat.h"
#include "text/displaylanguage.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace trendboard {

namespace {

struct Row
{
    QString exhibit;
    QString title;
    int section = 0;
    int page = 0;
    QString series;
    QString entity;
    QString xLabel;
    QString periodStart;
    QString periodEnd;
    QString granularity;
    double value = 0;
    double base = 0;
    QString unit;
    QString quantity;
    QString measure;
    QString quote;
    bool derived = false;
};

int quantityRank(const QString& quantity)
{
    static const QStringList order{QStringLiteral("level"), QStringLiteral("share"),
                                   QStringLiteral("multiple"), QStringLiteral("growth")};
    const int i = int(order.indexOf(quantity));
    return i < 0 ? 99 : i;
}

// Is a better headline value of its exhibit than b?
bool better(const Row& a, const Row& b)
{
    if (quantityRank(a.quantity) != quantityRank(b.quantity))
        return quantityRank(a.quantity) < quantityRank(b.quantity);
    if (a.periodEnd != b.periodEnd)
        return a.periodEnd > b.periodEnd; // the latest; ISO dates compare as text
    if (a.derived != b.derived)
        return !a.derived;
    return a.base > b.base;
}

} // namespace

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

QVector<HeadlineTile> headlineCandidates(const ReportDatabase& db)
{
    QVector<HeadlineTile> out;
    const QString& bond = kBondReportId;
    const FlatTable flat = db.flat(FlatScope::All);
    const auto column = [&](const char* name) { return int(flat.columns.indexOf(name)); };
    const int cReport = column("report"), cSection = column("section_no"), cPage = column("page"),
              cExhibit = column("exhibit_id"), cTitle = column("exhibit_title"),
              cSeries = column("series"), cEntity = column("entity"), cX = column("x_label"),
              cEnd = column("period_end"), cStart = column("period_start"),
              cGranularity = column("granularity"), cValue = column("value"),
              cUnit = column("unit"), cBase = column("base_value"), cQuantity = column("quantity"),
              cStatus = column("status"), cMeasure = column("measure"), cQuote = column("quote");

    QHash<QString, QSet<QString>> exhibitsOfEntity;
    QHash<QString, QSet<QString>> exhibitsOfMeasure;
    QHash<QString, QVector<Row>> rowsOfExhibit;
    QStringList exhibitOrder;
    for (const QVector<QVariant>& r : flat.rows) {
        const QString exhibit = r.at(cExhibit).toString();
        const QString entity = r.at(cEntity).toString();
        const QString measure = r.at(cMeasure).toString();
        if (!entity.isEmpty())
            exhibitsOfEntity[entity].insert(exhibit);
        if (!measure.isEmpty())
            exhibitsOfMeasure[measure].insert(exhibit);
        if (r.at(cReport).toString() != bond || r.at(cValue).isNull() ||
            r.at(cSection).toInt() == 0)
            continue;
        Row row{exhibit,
                r.at(cTitle).toString(),
                r.at(cSection).toInt(),
                r.at(cPage).toInt(),
                r.at(cSeries).toString(),
                entity,
                r.at(cX).toString(),
                r.at(cStart).toString(),
                r.at(cEnd).toString(),
                r.at(cGranularity).toString(),
                r.at(cValue).toDouble(),
                r.at(cBase).toDouble(),
                r.at(cUnit).toString(),
                r.at(cQuantity).toString(),
                measure,
                r.at(cQuote).toString(),
                r.at(cStatus).toString() == QLatin1String("derived")};
        if (quantityRank(row.quantity) == 99)
            continue; // indexes and ranks say little alone
        if (measure == QLatin1String("sample_size"))
            continue; // a survey's sample size is how it was made, not what it found
        if (!rowsOfExhibit.contains(exhibit))
            exhibitOrder.append(exhibit);
        rowsOfExhibit[exhibit].append(row);
    }

    QHash<QString, QString> exhibitPeriods;
    QHash<QString, QString> exhibitTitles; // in the display language
    for (const ExhibitInfo& e : db.exhibits(std::nullopt, ReportScope::all())) {
        exhibitPeriods.insert(e.id, e.periodLabel);
        exhibitTitles.insert(e.id, displayTitle(e));
    }
    QHash<QString, QString> measureNames;
    for (const MeasureInfo& m : db.measures())
        measureNames.insert(m.id, m.name);

    for (const QString& exhibit : std::as_const(exhibitOrder)) {
        const QVector<Row>& rows = rowsOfExhibit[exhibit];
        const Row* best = &rows.first();
        for (const Row& r : rows) {
            if (better(r, *best))
                best = &r;
        }
        HeadlineTile t;
        t.exhibitId = exhibit;
        t.exhibitTitle = exhibitTitles.value(exhibit, best->title);
        t.section = best->section;
        t.page = best->page;
        t.value = formatValue(best->value, best->unit);
        t.measure = measureNames.value(best->measure, best->measure);
        t.measureId = best->measure;
        t.series = best->series;
        t.entity = best->entity;
        // The x label when it is a period (FQ4:25 as printed); else the period of the value:
        // a row's label names its entity, a bar's may count years to reach a level.
        t.period = parsePeriod(best->xLabel.toStdString(), FiscalCalendar{}).period
                       ? best->xLabel
                       : printedPeriod(best->periodStart, best->periodEnd, best->granularity);
        // A table row's label names its entity ('Microsoft'): the exhibit's period then.
        if (t.period.isEmpty())
            t.period = exhibitPeriods.value(exhibit);
        t.derived = best->derived;
        t.quote = best->quote;
        t.caption = tileCaption(best->quote, best->title);
        t.score = int(exhibitsOfEntity.value(best->entity).size() +
                      exhibitsOfMeasure.value(best->measure).size());
        // A level's or share's growth or multiple, stated for the same entity and period.
        if (quantityRank(best->quantity) < 2) {
            for (const Row& r : rows) {
                if (quantityRank(r.quantity) >= 2 && r.entity == best->entity &&
                    r.periodEnd == best->periodEnd) {
                    t.callout = formatValue(r.value, r.unit);
                    break;
                }
            }
        }
        out.append(t);
    }
    return out;
}

QVector<HeadlineSection> chooseHeadlines(const ReportDatabase& db, int perSection)
{
    QVector<HeadlineSection> out;
    QHash<int, QVector<HeadlineTile>> candidates;
    for (const HeadlineTile& t : headlineCandidates(db))
        candidates[t.section].append(t);
    for (const SectionInfo& section : db.sections(kBondReportId)) {
        if (section.number == 0)
            continue;
        HeadlineSection hs{section, {}};
        QVector<HeadlineTile> ranked = candidates.value(section.number);
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
