// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "period.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace trendboard {

// How the report draws an exhibit; the chart view draws it the same way.
enum class ChartKind
{
    Line,
    Bar,
    StackedBar,
    GroupedBar,
    Pie,
    Scatter,
    Table,
    Timeline,
    Other
};

QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString& name);
QStringList chartKindNames();

// The longest texts Trendboard accepts anywhere: the data compiler, the analyst layer's import
// and its dialogs. No text may be unbounded: Qt Charts' label eliding takes memory quadratic
// in a label's length (a 30 KB label costs gigabytes).
constexpr int kMaxLabelLength = 500; // x labels, series and entity names, units, periods, ids
constexpr int kMaxTextLength = 2000; // titles, headlines, notes, quotes, citations, annotations
// Empty when `text` is at most `max` characters long, else 'is N characters long (at most M)'.
QString textLengthProblem(const QString& text, int max);

struct Unit
{
    QString symbol;
    QString baseUnit;
    double factor = 1.0;
    QString quantity; // level, share, growth, multiple, index, rank
};

// What a series measures (measures.yaml), so that the same figure on several pages is known
// to be the same: weekly_active_users, revenue, capex, market_cap, share_of_app_users, ...
struct Measure
{
    QString id;
    QString name;
    QString nameZh;   // Chinese name; empty: the English is shown
    QString quantity; // as Unit::quantity
    QString baseUnit; // levels only: the base unit every value converts to
};

// Measures of the vocabulary that do not say what they measure ('Growth rate (other)', an
// index, an adoption share of companies or of people): their definition lies with the exhibit,
// so two values of one of them are never known to be the same figure.
const QStringList& catchAllMeasures();
bool isCatchAllMeasure(const QString& id);

// One input of a derived point: a reported point named by exhibit, series and x label.
struct DerivationInput
{
    QString name; // the variable the formula uses
    QString exhibitId;
    QString series;
    QString xLabel;
};

struct Entity
{
    QString name;
    QString nameZh; // Chinese name; empty: the English is shown
    QString kind;
    QString parent;
    QString fiscalYearEnd; // MM-DD
    QStringList aliases;
};

// A Chinese text beside an English one: as the report's Chinese prints it on the page, or our
// own translation where the page prints none (`ours`). Empty: none given; the English is shown.
struct ChineseText
{
    QString text;
    bool ours = false;
    bool isEmpty() const { return text.isEmpty(); }
};

struct Datapoint
{
    QString xLabel;
    QString entity; // canonical name when the point has its own entity (a table row)
    std::optional<Period> period;
    std::optional<double> value;
    QString text;
    QString unit;
    QString status = QStringLiteral("reported");
    QString quote;
    int page = 0;
    QString measure; // the point's own measure; empty: its series'
    // Derived points only: the derivation in words, its arithmetic and its inputs.
    QString derivation;
    QString derivationZh; // the derivation in Chinese: always our translation
    ChineseText xLabelZh; // a category's label in Chinese
    ChineseText textZh;   // a text cell in Chinese
    QString formula;
    QString valueText; // the value as written in the source, for the rounding check
    QVector<DerivationInput> inputs;
    // Points of another report that state this same figure although their measure differs
    // (the note's "user base of 800 million within 17 months" is page 55's weekly users).
    QVector<DerivationInput> sameAs;
};

struct Series
{
    QString name;
    QString nameZh; // Chinese name; empty: the entity's, else the English
    QString entity; // canonical entity name, empty when none
    QString unit;
    QString measure;
    bool stated = true;
    QString axis = QStringLiteral("primary");
    QVector<Datapoint> points;
};

struct Exhibit
{
    QString id;
    QString reportId;
    int section = 0;
    int page = 0;
    int detailsPage = 0; // front matter: the page that details this summary chart
    QString title;
    QString headline;
    // As the report's Chinese text prints them; empty where it gives none (English is shown).
    QString titleZh;
    QString headlineZh;
    // Our own translation, where the page prints none (the app says so).
    bool titleZhOurs = false;
    bool headlineZhOurs = false;
    ChartKind kind = ChartKind::Other;
    QString orientation = QStringLiteral("vertical");
    QString xKind = QStringLiteral("period");
    QString xAxis;
    QString yAxis;
    QString y2Axis;
    QString yScale = QStringLiteral("linear");
    QString unit;
    QString periodLabel;
    std::optional<Period> period;
    QString source;
    QString note;
    // The Chinese of the note, axis titles and source line (see ChineseText).
    ChineseText noteZh;
    ChineseText xAxisZh;
    ChineseText yAxisZh;
    ChineseText y2AxisZh;
    ChineseText sourceZh;
    QVector<Series> series;
};

struct Section
{
    int number = 0;
    QString title;
    QString titleZh; // as the report's Chinese text prints it; empty where it gives none
    QString shortTitle;
    int firstPage = 0;
    int lastPage = 0;
};

struct Report
{
    QString id;
    QString title;
    QString publisher;
    QString published;
    QString cite;
    QString shortTitle; // a tab's label for a report other than BOND's
    int pageCount = 0;
    QVector<Section> sections;
};

// Everything the data sources say, validated: what the compiler writes to SQLite.
struct Catalog
{
    QVector<Report> reports;
    QVector<Unit> units;
    QVector<Measure> measures;
    QVector<Entity> entities;
    QVector<Exhibit> exhibits;
};

} // namespace trendboard
