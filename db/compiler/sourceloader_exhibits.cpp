// SPDX-License-Identifier: GPL-3.0-or-later
// The source loader: sections, exhibits and their datapoints, same-as links and derivations.
#include "compiler/sourceloader_p.h"

#include <cmath>

namespace trendboard::loading {

void Loader::loadSection(const QString& path)
{
    const auto doc = parseFile(path);
    if (!doc)
        return;
    const QString file = path;
    const QString reportId = required(file, *doc, "report");
    const auto sectionNo = integer(file, *doc, "section");
    const Report* report = nullptr;
    for (const Report& r : m_result.catalog.reports) {
        if (r.id == reportId)
            report = &r;
    }
    if (!report) {
        error(file, *doc, {}, QStringLiteral("unknown report '%1'").arg(reportId));
        return;
    }
    const Section* section = nullptr;
    for (const Section& s : report->sections) {
        if (sectionNo && s.number == *sectionNo)
            section = &s;
    }
    if (!section) {
        error(file, *doc, {},
              QStringLiteral("report '%1' has no section %2")
                  .arg(reportId)
                  .arg(sectionNo.value_or(-1)));
        return;
    }
    const YAML::Node exhibits = (*doc)["exhibits"];
    if (!exhibits) {
        error(file, *doc, {}, QStringLiteral("missing exhibits"));
        return;
    }
    if (!isListOfMaps(file, exhibits, {}, QStringLiteral("exhibits"), *doc))
        return;
    for (const auto& node : exhibits) {
        const QString id = node["id"] && node["id"].IsScalar() ? str(node["id"]) : QString();
        // A short report (a note) keeps its few sections in one file: an exhibit may name
        // its own section of the file's report.
        const Section* own = section;
        if (node["section"]) {
            const auto number = integer(file, node, "section", id);
            own = nullptr;
            for (const Section& sec : report->sections) {
                if (number && sec.number == *number)
                    own = &sec;
            }
            if (!own) {
                error(file, node["section"], id,
                      QStringLiteral("report '%1' has no section %2")
                          .arg(reportId)
                          .arg(number.value_or(-1)));
                continue;
            }
        }
        guarded(file, node, id, [&] { loadExhibit(file, node, *report, *own); });
    }
}

std::optional<FiscalCalendar> Loader::fiscalOf(const QString& entity) const
{
    const auto it = m_entities.find(entity);
    if (it == m_entities.end() || it->fiscalYearEnd.isEmpty())
        return std::nullopt;
    return FiscalCalendar::fromMonthDay(it->fiscalYearEnd.toStdString());
}

std::optional<Period> Loader::period(const QString& file, const YAML::Node& node,
                                     const QString& label, const QString& exhibit,
                                     const QString& entity)
{
    const PeriodParse parsed = parsePeriod(label.toStdString(), fiscalOf(entity));
    if (!parsed.period)
        error(file, node, exhibit, QString::fromStdString(parsed.error));
    return parsed.period;
}

bool Loader::knownUnit(const QString& file, const YAML::Node& node, const QString& exhibit,
                       const QString& unit)
{
    if (unit.isEmpty() || m_units.contains(unit))
        return true;
    error(file, node, exhibit, QStringLiteral("unknown unit '%1'").arg(unit));
    return false;
}

void Loader::loadExhibit(const QString& file, const YAML::Node& node, const Report& report,
                         const Section& section)
{
    Exhibit ex;
    ex.id = required(file, node, "id");
    const QString id = ex.id.isEmpty() ? QStringLiteral("(no id)") : ex.id;
    onlyKeys(file, node, id, QStringLiteral("exhibit"),
             {"id",          "page",   "details_page", "section", "title",    "headline",   "kind",
              "orientation", "x_kind", "x_axis",       "y_axis",  "y2_axis",  "y_scale",    "unit",
              "period",      "source", "note",         "series",  "title_zh", "headline_zh",
              "title_zh_ours", "headline_zh_ours", "note_zh", "note_zh_ours", "x_axis_zh",
              "x_axis_zh_ours", "y_axis_zh", "y_axis_zh_ours", "y2_axis_zh", "y2_axis_zh_ours",
              "source_zh", "source_zh_ours"});
    if (!ex.id.isEmpty()) {
        if (m_exhibitIds.contains(ex.id))
            error(file, node["id"], id,
                  QStringLiteral("duplicate id (first in %1)").arg(m_exhibitIds.value(ex.id)));
        m_exhibitIds.insert(ex.id, file);
    }
    ex.reportId = report.id;
    ex.section = section.number;
    ex.page = integer(file, node, "page", id).value_or(0);
    if (ex.page < section.firstPage || ex.page > section.lastPage)
        error(file, node["page"] ? node["page"] : node, id,
              QStringLiteral("page %1 is outside section %2 (pages %3-%4)")
                  .arg(ex.page)
                  .arg(section.number)
                  .arg(section.firstPage)
                  .arg(section.lastPage));
    if (node["details_page"]) {
        ex.detailsPage = integer(file, node, "details_page", id).value_or(0);
        if (ex.detailsPage < 1 || ex.detailsPage > report.pageCount)
            error(
                file, node["details_page"], id,
                QStringLiteral("details_page %1 is not a page of the report").arg(ex.detailsPage));
    }
    ex.title = required(file, node, "title", id);
    ex.headline = field(file, node, "headline", id);
    ex.titleZh = chineseField(file, node, "title_zh", id, report.id, ex.page);
    ex.headlineZh = chineseField(file, node, "headline_zh", id, report.id, ex.page);
    ourChinese(file, node, "title_zh", id, ex.titleZh, ex.titleZhOurs);
    ourChinese(file, node, "headline_zh", id, ex.headlineZh, ex.headlineZhOurs);
    // A note runs to a few sentences; axis titles and source lines to a title's length.
    constexpr int kNoteLength = 400;
    ex.noteZh = chineseText(file, node, "note_zh", id, report.id, ex.page, kNoteLength);
    ex.xAxisZh = chineseText(file, node, "x_axis_zh", id, report.id, ex.page, 80);
    ex.yAxisZh = chineseText(file, node, "y_axis_zh", id, report.id, ex.page, 80);
    ex.y2AxisZh = chineseText(file, node, "y2_axis_zh", id, report.id, ex.page, 80);
    ex.sourceZh = chineseText(file, node, "source_zh", id, report.id, ex.page, 240);
    const QString kind = required(file, node, "kind", id);
    if (const auto k = chartKindFromName(kind))
        ex.kind = *k;
    else if (!kind.isEmpty())
        error(file, node["kind"], id,
              QStringLiteral("unknown kind '%1' (one of: %2)")
                  .arg(kind, chartKindNames().join(QStringLiteral(", "))));
    ex.orientation = field(file, node, "orientation", id);
    if (ex.orientation.isEmpty())
        ex.orientation = QStringLiteral("vertical");
    if (ex.orientation != QLatin1String("vertical") &&
        ex.orientation != QLatin1String("horizontal"))
        error(file, node["orientation"], id,
              QStringLiteral("orientation must be vertical or horizontal"));
    ex.xKind = field(file, node, "x_kind", id);
    if (ex.xKind.isEmpty())
        ex.xKind = QStringLiteral("period");
    if (ex.xKind != QLatin1String("period") && ex.xKind != QLatin1String("category"))
        error(file, node["x_kind"], id, QStringLiteral("x_kind must be period or category"));
    ex.xAxis = field(file, node, "x_axis", id);
    ex.yAxis = field(file, node, "y_axis", id);
    ex.y2Axis = field(file, node, "y2_axis", id);
    ex.yScale = field(file, node, "y_scale", id);
    if (ex.yScale.isEmpty())
        ex.yScale = QStringLiteral("linear");
    if (ex.yScale != QLatin1String("linear") && ex.yScale != QLatin1String("log"))
        error(file, node["y_scale"], id, QStringLiteral("y_scale must be linear or log"));
    ex.unit = field(file, node, "unit", id);
    knownUnit(file, node["unit"], id, ex.unit);
    ex.periodLabel = field(file, node, "period", id);
    if (!ex.periodLabel.isEmpty())
        ex.period = period(file, node["period"], ex.periodLabel, id);
    ex.source = required(file, node, "source", id);
    ex.note = field(file, node, "note", id);

    QSet<QString> seriesNames;
    if (node["series"] && !isListOfMaps(file, node["series"], id, QStringLiteral("series"), node))
        return;
    for (const auto& sNode : node["series"]) {
        Series series;
        series.name = required(file, sNode, "name", id);
        onlyKeys(file, sNode, id, QStringLiteral("series '%1'").arg(series.name),
                 {"name", "name_zh", "entity", "measure", "unit", "axis", "stated", "points"});
        series.nameZh = chineseName(file, sNode, id);
        if (seriesNames.contains(series.name))
            error(file, sNode, id, QStringLiteral("duplicate series '%1'").arg(series.name));
        seriesNames.insert(series.name);
        const QString entity = field(file, sNode, "entity", id);
        if (!entity.isEmpty()) {
            series.entity = m_entityByName.value(entity.toCaseFolded());
            if (series.entity.isEmpty())
                error(file, sNode["entity"], id, QStringLiteral("unknown entity '%1'").arg(entity));
        }
        // An inherited unit was checked where it is written; report each mistake once.
        series.unit = field(file, sNode, "unit", id);
        knownUnit(file, sNode["unit"], id, series.unit);
        if (series.unit.isEmpty())
            series.unit = ex.unit;
        series.measure = field(file, sNode, "measure", id);
        const QString seriesWhere = QStringLiteral("series '%1': ").arg(series.name);
        if (series.measure.isEmpty())
            error(file, sNode, id, seriesWhere + QStringLiteral("missing measure"));
        else
            checkMeasure(file, sNode["measure"], id, seriesWhere, series.measure, series.unit);
        const QString stated = field(file, sNode, "stated", id);
        series.stated = stated.isEmpty() || stated == QLatin1String("true");
        if (!stated.isEmpty() && stated != QLatin1String("true") &&
            stated != QLatin1String("false"))
            error(file, sNode["stated"], id, QStringLiteral("stated must be true or false"));
        series.axis = field(file, sNode, "axis", id);
        if (series.axis.isEmpty())
            series.axis = QStringLiteral("primary");
        if (series.axis != QLatin1String("primary") && series.axis != QLatin1String("secondary"))
            error(file, sNode["axis"], id, QStringLiteral("axis must be primary or secondary"));
        if (sNode["points"] &&
            !isListOfMaps(file, sNode["points"], id, QStringLiteral("points"), sNode))
            continue;
        for (const auto& pNode : sNode["points"]) {
            onlyKeys(file, pNode, id, seriesWhere + QStringLiteral("point"),
                     {"x", "entity", "period", "value", "text", "unit", "status", "measure", "page",
                      "quote", "derivation", "derivation_zh", "formula", "inputs", "same_as",
                      "x_zh", "x_zh_ours", "text_zh", "text_zh_ours"});
            series.points.append(loadPoint(file, pNode, ex, series));
        }
        if (series.stated && series.points.isEmpty())
            error(
                file, sNode, id,
                QStringLiteral("series '%1' is marked stated but has no points").arg(series.name));
        ex.series.append(series);
    }
    m_result.catalog.exhibits.append(ex);
}

Datapoint Loader::loadPoint(const QString& file, const YAML::Node& node, const Exhibit& ex,
                            const Series& series)
{
    Datapoint p;
    const QString& id = ex.id;
    p.xLabel = required(file, node, "x", id);
    const QString where = QStringLiteral("series '%1', x '%2': ").arg(series.name, p.xLabel);
    // A point's own entity: named explicitly, or a category label that names one.
    const QString entity = field(file, node, "entity", id);
    if (!entity.isEmpty()) {
        p.entity = m_entityByName.value(entity.toCaseFolded());
        if (p.entity.isEmpty())
            error(file, node["entity"], id,
                  where + QStringLiteral("unknown entity '%1'").arg(entity));
    } else if (ex.xKind == QLatin1String("category")) {
        p.entity = m_entityByName.value(p.xLabel.toCaseFolded());
    }
    const QString periodLabel = field(file, node, "period", id);
    if (!periodLabel.isEmpty())
        p.period = period(file, node["period"], periodLabel, id, series.entity);
    else if (ex.xKind == QLatin1String("period") && !p.xLabel.isEmpty())
        p.period = period(file, node["x"], p.xLabel, id, series.entity);

    const QString value = field(file, node, "value", id);
    p.text = field(file, node, "text", id);
    if (!value.isEmpty()) {
        bool ok = false;
        p.value = value.toDouble(&ok);
        if (!ok) {
            error(file, node["value"], id,
                  where + QStringLiteral("value '%1' is not a number").arg(value));
            p.value.reset();
        }
    } else if (p.text.isEmpty()) {
        error(file, node, id, where + QStringLiteral("needs a value or a text"));
    }
    p.unit = field(file, node, "unit", id);
    knownUnit(file, node["unit"], id, p.unit);
    if (p.unit.isEmpty())
        p.unit = series.unit;
    if (p.value && p.unit.isEmpty())
        error(file, node, id, where + QStringLiteral("a value needs a unit (series or exhibit)"));
    p.status = field(file, node, "status", id);
    if (p.status.isEmpty())
        p.status = QStringLiteral("reported");
    if (p.status != QLatin1String("reported") && p.status != QLatin1String("derived"))
        error(file, node["status"], id,
              where + QStringLiteral("status must be reported or derived"));
    p.page = node["page"] ? integer(file, node, "page", id).value_or(ex.page) : ex.page;
    // A category's or a table cell's Chinese, checked against the point's page like a title.
    p.xLabelZh = chineseText(file, node, "x_zh", id, ex.reportId, p.page, 80);
    p.textZh = chineseText(file, node, "text_zh", id, ex.reportId, p.page, 200);
    if (!p.textZh.isEmpty() && p.text.isEmpty())
        error(file, node["text_zh"] ? node["text_zh"] : node["text_zh_ours"], id,
              where + QStringLiteral("text_zh on a point without a text"));
    p.measure = field(file, node, "measure", id);
    // A series whose measure is unknown was reported once, at the series.
    if (p.value && (!p.measure.isEmpty() || m_measures.contains(series.measure)))
        checkMeasure(file, node["measure"] ? node["measure"] : node, id, where,
                     p.measure.isEmpty() ? series.measure : p.measure, p.unit);
    else if (!p.measure.isEmpty())
        checkMeasure(file, node["measure"], id, where, p.measure, {});
    p.quote = field(file, node, "quote", id);
    if (p.status == QLatin1String("derived")) {
        loadDerivation(file, node, ex, where, p);
        m_derived.append({file, lineOf(node), ex.id, where, series.name, p.xLabel});
    } else if (node["derivation_zh"]) {
        error(file, node["derivation_zh"], id,
              where + QStringLiteral("derivation_zh on a point that is not derived"));
    } else if (p.quote.isEmpty()) {
        error(file, node, id, where + QStringLiteral("datapoint without a quote"));
    } else if (p.value && !quoteShowsValue(p.quote, *p.value)) {
        error(
            file, node["quote"], id,
            where +
                QStringLiteral("quote '%1' does not show the value %2").arg(p.quote).arg(*p.value));
    } else if (!p.value && !p.text.isEmpty() && !quoteShowsText(p.quote, p.text)) {
        error(file, node["quote"], id,
              where +
                  QStringLiteral("quote '%1' does not show the text '%2'").arg(p.quote, p.text));
    } else if (const ReportText* text = textOf(ex.reportId);
               text && !text->containsOnAny(p.quote, {p.page, p.page - 1, p.page + 1})) {
        // As the provenance check has it: the text's page breaks are approximate. A report
        // given without its text (the brokerage note) is not checked here.
        error(file, node["quote"], id,
              where + QStringLiteral("quote '%1' is not on page %2 of the report text (nor the "
                                     "page before or after)")
                          .arg(p.quote)
                          .arg(p.page));
    }
    loadSameAs(file, node, ex, series, where, p);
    return p;
}

void Loader::loadSameAs(const QString& file, const YAML::Node& node, const Exhibit& ex,
                        const Series& series, const QString& where, Datapoint& p)
{
    const YAML::Node links = node["same_as"];
    if (!links)
        return;
    if (!isListOfMaps(file, links, ex.id, QStringLiteral("same_as"), node))
        return;
    for (const auto& ref : links) {
        onlyKeys(file, ref, ex.id, where + QStringLiteral("same_as"), {"exhibit", "series", "x"});
        DerivationInput other;
        other.exhibitId = required(file, ref, "exhibit", ex.id);
        other.series = required(file, ref, "series", ex.id);
        other.xLabel = required(file, ref, "x", ex.id);
        p.sameAs.append(other);
    }
    if (!p.sameAs.isEmpty())
        m_sameAs.append({file, lineOf(node), ex.id, where, series.name, p.xLabel});
}

void Loader::loadDerivation(const QString& file, const YAML::Node& node, const Exhibit& ex,
                            const QString& where, Datapoint& p)
{
    const QString& id = ex.id;
    p.valueText = field(file, node, "value", id);
    p.derivation = field(file, node, "derivation", id);
    // Always our translation (the derivation is ours): checked for form only.
    p.derivationZh = field(file, node, "derivation_zh", id);
    if (!p.derivationZh.isEmpty()) {
        constexpr int kDerivationLength = 200;
        const QString problem = chineseTextProblem(p.derivationZh, nullptr, {}, kDerivationLength);
        if (!problem.isEmpty())
            error(file, node["derivation_zh"], id, where + QStringLiteral("derivation_zh: ") + problem);
    }
    p.formula = field(file, node, "formula", id);
    if (!p.value)
        error(file, node, id, where + QStringLiteral("a derived point needs a value"));
    if (p.derivation.isEmpty())
        error(file, node, id, where + QStringLiteral("a derived point needs a derivation"));
    if (p.formula.isEmpty())
        error(file, node, id, where + QStringLiteral("a derived point needs a formula"));
    if (!p.quote.isEmpty())
        error(file, node["quote"], id,
              where + QStringLiteral("a derived point shows its inputs' quotes, not its own"));
    const YAML::Node inputs = node["inputs"];
    if (!inputs || !inputs.IsMap() || inputs.size() == 0) {
        error(file, inputs ? inputs : node, id,
              where + QStringLiteral("a derived point needs 'inputs': a map of name to "
                                     "{exhibit, series, x}"));
        return;
    }
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const YAML::Node ref = it->second;
        const QString name = it->first.IsScalar() ? str(it->first).trimmed() : QString();
        if (name.isEmpty() || !ref.IsMap()) {
            error(file, ref, id,
                  where + QStringLiteral("input '%1' must be {exhibit, series, x}").arg(name));
            continue;
        }
        DerivationInput input;
        input.name = name;
        input.exhibitId = field(file, ref, "exhibit", id);
        if (input.exhibitId.isEmpty())
            input.exhibitId = ex.id;
        input.series = required(file, ref, "series", id);
        input.xLabel = required(file, ref, "x", id);
        p.inputs.append(input);
    }
}

void Loader::resolveSameAs()
{
    struct Located
    {
        const Datapoint* point;
        QString reportId;
    };
    QHash<QString, Located> points;
    auto key = [](const QString& e, const QString& s, const QString& x) {
        return e + QChar(0x1f) + s + QChar(0x1f) + x;
    };
    for (const Exhibit& ex : m_result.catalog.exhibits)
        for (const Series& series : ex.series)
            for (const Datapoint& p : series.points)
                points.insert(key(ex.id, series.name, p.xLabel), {&p, ex.reportId});
    auto baseValue = [this](const Datapoint& p) { return *p.value * m_units.value(p.unit).factor; };
    for (const PendingDerivation& d : m_sameAs) {
        const auto here = points.find(key(d.exhibit, d.series, d.xLabel));
        if (here == points.end())
            continue;
        for (const DerivationInput& other : here->point->sameAs) {
            const auto there = points.find(key(other.exhibitId, other.series, other.xLabel));
            QString problem;
            if (there == points.end())
                problem = QStringLiteral("is not a point of the database");
            else if (there->reportId == here->reportId)
                problem = QStringLiteral("is in the same report (links join two reports)");
            else if (!there->point->value || !here->point->value)
                problem = QStringLiteral("has no value to be the same figure as");
            else if (std::abs(baseValue(*there->point) - baseValue(*here->point)) >
                     1e-9 * std::abs(baseValue(*here->point)))
                problem = QStringLiteral("states another value");
            if (!problem.isEmpty())
                m_result.errors.append(
                    {d.file, d.line, d.exhibit,
                     d.where + QStringLiteral("same_as %1 / %2 / %3 %4")
                                   .arg(other.exhibitId, other.series, other.xLabel, problem)});
        }
    }
}

void Loader::resolveDerivations()
{
    QHash<QString, const Datapoint*> points; // exhibit \x1f series \x1f x
    auto key = [](const QString& e, const QString& s, const QString& x) {
        return e + QChar(0x1f) + s + QChar(0x1f) + x;
    };
    for (const Exhibit& ex : m_result.catalog.exhibits)
        for (const Series& series : ex.series)
            for (const Datapoint& p : series.points)
                points.insert(key(ex.id, series.name, p.xLabel), &p);
    for (const PendingDerivation& d : m_derived) {
        const Datapoint* p = points.value(key(d.exhibit, d.series, d.xLabel));
        if (!p)
            continue;
        QHash<QString, double> values;
        bool complete = true;
        for (const DerivationInput& input : p->inputs) {
            const Datapoint* in = points.value(key(input.exhibitId, input.series, input.xLabel));
            QString problem;
            if (!in)
                problem = QStringLiteral("is not a point of the database");
            else if (in->status != QLatin1String("reported"))
                problem = QStringLiteral("is not a reported value");
            else if (!in->value)
                problem = QStringLiteral("has no value");
            if (!problem.isEmpty()) {
                m_result.errors.append({d.file, d.line, d.exhibit,
                                        d.where + QStringLiteral("input '%1' (%2 / %3 / %4) %5")
                                                      .arg(input.name, input.exhibitId,
                                                           input.series, input.xLabel, problem)});
                complete = false;
                continue;
            }
            values.insert(input.name, *in->value);
        }
        if (!complete || p->formula.isEmpty() || !p->value)
            continue;
        const FormulaResult result = evaluateFormula(p->formula, values);
        if (!result.value)
            m_result.errors.append(
                {d.file, d.line, d.exhibit,
                 d.where + QStringLiteral("formula '%1': %2").arg(p->formula, result.error)});
        else if (!roundsTo(*result.value, p->valueText))
            m_result.errors.append(
                {d.file, d.line, d.exhibit,
                 d.where + QStringLiteral("formula '%1' gives %2, which does not round to %3")
                               .arg(p->formula)
                               .arg(*result.value, 0, 'g', 8)
                               .arg(p->valueText)});
    }
}

} // namespace trendboard::loading
