#include "sourceloader.h"

#include "derivation.h"
#include "quotecheck.h"
#include "yamlguard.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <fstream>

namespace trendboard {

QString SourceError::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (!exhibit.isEmpty())
        where += QStringLiteral(": exhibit ") + exhibit;
    return where + QStringLiteral(": ") + message;
}

namespace {

QString str(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

int lineOf(const YAML::Node& node)
{
    return node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

class Loader
{
public:
    Loader(LoadResult& result, const ReportTexts* texts) : m_result(result), m_texts(texts) {}

    // A key the format does not know is a mistake (a misspelt key, or a flow map whose
    // unquoted comma split a value into stray keys), never silently ignored.
    void onlyKeys(const QString& file, const YAML::Node& node, const QString& exhibit,
                  const QString& what, std::initializer_list<const char*> allowed)
    {
        if (!node.IsMap())
            return;
        for (const auto& entry : node) {
            const std::string key = entry.first.Scalar();
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&key](const char* k) { return key == k; });
            if (!known)
                error(
                    file, entry.first, exhibit,
                    QStringLiteral("%1: unknown key '%2'").arg(what, QString::fromStdString(key)));
        }
    }

    void error(const QString& file, const YAML::Node& node, const QString& exhibit,
               const QString& message)
    {
        // A message quotes the input it is about; a long input is cut to a short prefix.
        m_result.errors.append({file, node ? lineOf(node) : 0, exhibit, abbreviated(message, 240)});
    }

    // A list of maps (`what` names it in the message); false, with an error, otherwise.
    bool isListOfMaps(const QString& file, const YAML::Node& list, const QString& exhibit,
                      const QString& what, const YAML::Node& parent)
    {
        if (!list) {
            error(file, parent, exhibit, QStringLiteral("missing list '%1'").arg(what));
            return false;
        }
        if (!list.IsSequence()) {
            error(file, list ? list : parent, exhibit,
                  QStringLiteral("'%1' must be a list").arg(what));
            return false;
        }
        bool ok = true;
        for (const auto& item : list) {
            if (!item.IsMap()) {
                error(file, item, exhibit,
                      QStringLiteral("each entry of '%1' must be a map of fields, not %2")
                          .arg(what, item.IsScalar() ? QStringLiteral("a plain value")
                                                     : QStringLiteral("a list")));
                ok = false;
            }
        }
        return ok;
    }

    // Runs one step of loading; a shape the step did not foresee becomes an error at its
    // line instead of ending the compiler.
    template <typename Step>
    void guarded(const QString& file, const YAML::Node& node, const QString& exhibit, Step step)
    {
        try {
            step();
        } catch (const YAML::Exception& e) {
            m_result.errors.append({file, e.mark.line >= 0 ? e.mark.line + 1 : lineOf(node),
                                    exhibit,
                                    QStringLiteral("unexpected shape: %1")
                                        .arg(abbreviated(QString::fromStdString(e.msg), 120))});
        } catch (const std::exception& e) {
            m_result.errors.append(
                {file, lineOf(node), exhibit, QStringLiteral("cannot be read: %1").arg(e.what())});
        }
    }

    // Optional scalar field; a field that is present but not a scalar is an error.
    QString field(const QString& file, const YAML::Node& map, const char* key,
                  const QString& exhibit = {})
    {
        const YAML::Node node = map[key];
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            error(file, node, exhibit, QStringLiteral("'%1' must be a single value").arg(key));
            return {};
        }
        return str(node).trimmed();
    }

    QString required(const QString& file, const YAML::Node& map, const char* key,
                     const QString& exhibit = {})
    {
        const QString value = field(file, map, key, exhibit);
        if (value.isEmpty())
            error(file, map, exhibit, QStringLiteral("missing %1").arg(key));
        return value;
    }

    std::optional<int> integer(const QString& file, const YAML::Node& map, const char* key,
                               const QString& exhibit = {})
    {
        const QString text = field(file, map, key, exhibit);
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok) {
            error(file, map[key] ? map[key] : map, exhibit,
                  text.isEmpty() ? QStringLiteral("missing %1").arg(key)
                                 : QStringLiteral("%1 '%2' is not a whole number").arg(key, text));
            return std::nullopt;
        }
        return n;
    }

    std::optional<YAML::Node> parseFile(const QString& path)
    {
        // The largest source is a few hundred KB; a bound keeps a stray file from eating memory.
        constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_result.errors.append(
                {path, 0, {}, QStringLiteral("cannot be read: %1").arg(file.errorString())});
            return std::nullopt;
        }
        if (file.size() > kMaxBytes) {
            m_result.errors.append({path, 0, {}, QStringLiteral("is larger than 16 MB")});
            return std::nullopt;
        }
        const QByteArray bytes = file.readAll();
        if (const auto problem = checkYamlSource(bytes)) {
            m_result.errors.append({path, problem->line, {}, problem->message});
            return std::nullopt;
        }
        try {
            YAML::Node doc = YAML::Load(bytes.toStdString());
            if (!doc.IsMap()) {
                m_result.errors.append(
                    {path, 1, {}, QStringLiteral("must be a map of fields at its top level")});
                return std::nullopt;
            }
            return doc;
        } catch (const YAML::Exception& e) {
            m_result.errors.append(
                {path,
                 e.mark.line >= 0 ? e.mark.line + 1 : 0,
                 {},
                 QStringLiteral("not valid YAML: %1").arg(QString::fromStdString(e.msg))});
            return std::nullopt;
        }
    }

    // Loads one file by `load`; any shape the loader did not foresee is an error of that file.
    template <typename Load> void loadFile(const QString& path, Load load)
    {
        guarded(path, YAML::Node(), {}, [&] { load(path); });
    }

    void loadReports(const QString& path)
    {
        const auto doc = parseFile(path);
        if (!doc)
            return;
        const YAML::Node reports = (*doc)["reports"];
        if (!reports || !reports.IsSequence()) {
            error(path, *doc, {}, QStringLiteral("expected a list 'reports'"));
            return;
        }
        if (!isListOfMaps(path, reports, {}, QStringLiteral("reports"), *doc))
            return;
        for (const auto& node : reports)
            guarded(path, node, {}, [&] { loadReport(path, node); });
    }

    void loadReport(const QString& path, const YAML::Node& node)
    {
        {
            Report report;
            report.id = required(path, node, "id");
            report.title = required(path, node, "title");
            report.publisher = required(path, node, "publisher");
            report.published = required(path, node, "published");
            report.cite = required(path, node, "cite");
            report.shortTitle = field(path, node, "short");
            report.pageCount = integer(path, node, "pages").value_or(0);
            if (!isListOfMaps(path, node["sections"], {}, QStringLiteral("sections"), node))
                return;
            for (const auto& s : node["sections"]) {
                onlyKeys(path, s, {}, QStringLiteral("section"),
                         {"number", "short", "title", "title_zh", "first", "last"});
                Section section;
                section.number = integer(path, s, "number").value_or(-1);
                section.title = required(path, s, "title");
                section.titleZh = field(path, s, "title_zh");
                section.shortTitle = required(path, s, "short");
                section.firstPage = integer(path, s, "first").value_or(0);
                section.lastPage = integer(path, s, "last").value_or(0);
                if (section.lastPage < section.firstPage)
                    error(path, s, {},
                          QStringLiteral("section %1 ends before it starts").arg(section.number));
                report.sections.append(section);
            }
            checkSectionTitlesZh(path, node["sections"], report);
            m_result.catalog.reports.append(report);
        }
    }

    // The report's text, when the compiler was given it (else titles are checked by form only).
    const ReportText* textOf(const QString& reportId) const
    {
        if (!m_texts)
            return nullptr;
        const auto it = m_texts->find(reportId);
        return it == m_texts->end() ? nullptr : &*it;
    }

    // A Chinese title or headline, as the report's Chinese text prints it on the exhibit's page
    // (or the page before or after: the text's page breaks are approximate).
    QString chineseField(const QString& file, const YAML::Node& node, const char* key,
                         const QString& exhibit, const QString& reportId, int page)
    {
        const QString value = field(file, node, key, exhibit);
        if (value.isEmpty())
            return value;
        const QString problem =
            chineseTitleProblem(value, textOf(reportId), {page, page - 1, page + 1});
        if (!problem.isEmpty())
            error(file, node[key], exhibit, QStringLiteral("%1: %2").arg(key, problem));
        return value;
    }

    // A section's Chinese title is on the outline (page 3, repeated on each section's first
    // page) or on one of its own pages.
    void checkSectionTitlesZh(const QString& file, const YAML::Node& list, const Report& report)
    {
        QVector<int> outline{3};
        for (const Section& section : report.sections)
            outline.append(section.firstPage);
        int index = 0;
        for (const Section& section : report.sections) {
            const YAML::Node node = list[index++];
            if (section.titleZh.isEmpty())
                continue;
            QVector<int> pages = outline;
            for (int page = section.firstPage; page <= section.lastPage; ++page)
                pages.append(page);
            const QString problem = chineseTitleProblem(section.titleZh, textOf(report.id), pages);
            if (!problem.isEmpty())
                error(file, node["title_zh"], {},
                      QStringLiteral("section %1: title_zh: %2").arg(section.number).arg(problem));
        }
    }

    void loadUnits(const QString& path)
    {
        const auto doc = parseFile(path);
        if (!doc)
            return;
        static const QSet<QString> quantities{"level",    "share", "growth",
                                              "multiple", "index", "rank"};
        if (!isListOfMaps(path, (*doc)["units"], {}, QStringLiteral("units"), *doc))
            return;
        for (const auto& node : (*doc)["units"]) {
            onlyKeys(path, node, {}, QStringLiteral("unit"),
                     {"symbol", "base", "factor", "quantity"});
            Unit unit;
            unit.symbol = required(path, node, "symbol");
            unit.baseUnit = required(path, node, "base");
            bool ok = false;
            unit.factor = field(path, node, "factor").toDouble(&ok);
            if (!ok || unit.factor <= 0)
                error(path, node, {},
                      QStringLiteral("unit '%1' needs a positive factor").arg(unit.symbol));
            unit.quantity = required(path, node, "quantity");
            if (!quantities.contains(unit.quantity))
                error(path, node, {},
                      QStringLiteral("unit '%1': unknown quantity '%2'")
                          .arg(unit.symbol, unit.quantity));
            if (m_units.contains(unit.symbol))
                error(path, node, {}, QStringLiteral("duplicate unit '%1'").arg(unit.symbol));
            m_units.insert(unit.symbol, unit);
            m_result.catalog.units.append(unit);
        }
    }

    void loadMeasures(const QString& path)
    {
        const auto doc = parseFile(path);
        if (!doc)
            return;
        static const QSet<QString> quantities{"level",    "share", "growth",
                                              "multiple", "index", "rank"};
        if (!isListOfMaps(path, (*doc)["measures"], {}, QStringLiteral("measures"), *doc))
            return;
        for (const auto& node : (*doc)["measures"]) {
            onlyKeys(path, node, {}, QStringLiteral("measure"), {"id", "name", "quantity", "base"});
            Measure measure;
            measure.id = required(path, node, "id");
            measure.name = required(path, node, "name");
            measure.quantity = required(path, node, "quantity");
            measure.baseUnit = field(path, node, "base");
            if (!quantities.contains(measure.quantity))
                error(path, node, {},
                      QStringLiteral("measure '%1': unknown quantity '%2'")
                          .arg(measure.id, measure.quantity));
            if (measure.quantity == QLatin1String("level") && measure.baseUnit.isEmpty())
                error(path, node, {},
                      QStringLiteral("measure '%1': a level needs a base unit").arg(measure.id));
            if (m_measures.contains(measure.id))
                error(path, node, {}, QStringLiteral("duplicate measure '%1'").arg(measure.id));
            m_measures.insert(measure.id, measure);
            m_result.catalog.measures.append(measure);
        }
    }

    // A measure is known, and the unit's quantity (and a level's base unit) is the measure's.
    void checkMeasure(const QString& file, const YAML::Node& node, const QString& exhibit,
                      const QString& where, const QString& measureId, const QString& unitSymbol)
    {
        const auto measure = m_measures.find(measureId);
        if (measure == m_measures.end()) {
            if (!measureId.isEmpty())
                error(file, node, exhibit,
                      where + QStringLiteral("unknown measure '%1'").arg(measureId));
            return;
        }
        const auto unit = m_units.find(unitSymbol);
        if (unit == m_units.end())
            return;
        if (unit->quantity != measure->quantity)
            error(file, node, exhibit,
                  where + QStringLiteral("unit '%1' is a %2, but measure '%3' is a %4")
                              .arg(unitSymbol, unit->quantity, measureId, measure->quantity));
        else if (measure->quantity == QLatin1String("level") && unit->baseUnit != measure->baseUnit)
            error(file, node, exhibit,
                  where + QStringLiteral("unit '%1' is in %2, but measure '%3' is in %4")
                              .arg(unitSymbol, unit->baseUnit, measureId, measure->baseUnit));
    }

    void loadEntities(const QString& path)
    {
        const auto doc = parseFile(path);
        if (!doc)
            return;
        static const QSet<QString> kinds{"company", "country", "region", "product", "organisation"};
        QVector<QPair<Entity, YAML::Node>> pending;
        if (!isListOfMaps(path, (*doc)["entities"], {}, QStringLiteral("entities"), *doc))
            return;
        for (const auto& node : (*doc)["entities"]) {
            onlyKeys(path, node, {}, QStringLiteral("entity"),
                     {"name", "kind", "parent", "aliases", "fiscal_year_end"});
            Entity entity;
            entity.name = required(path, node, "name");
            entity.kind = required(path, node, "kind");
            entity.parent = field(path, node, "parent");
            entity.fiscalYearEnd = field(path, node, "fiscal_year_end");
            if (!kinds.contains(entity.kind))
                error(
                    path, node, {},
                    QStringLiteral("entity '%1': unknown kind '%2'").arg(entity.name, entity.kind));
            if (!entity.fiscalYearEnd.isEmpty() &&
                !FiscalCalendar::fromMonthDay(entity.fiscalYearEnd.toStdString()))
                error(path, node, {},
                      QStringLiteral("entity '%1': fiscal_year_end '%2' is not MM-DD")
                          .arg(entity.name, entity.fiscalYearEnd));
            const YAML::Node aliases = node["aliases"];
            if (aliases && !aliases.IsSequence()) {
                error(path, aliases, {},
                      QStringLiteral("entity '%1': aliases must be a list of names")
                          .arg(entity.name));
            } else {
                for (const auto& alias : aliases) {
                    if (!alias.IsScalar()) {
                        error(path, alias, {},
                              QStringLiteral("entity '%1': an alias must be a name")
                                  .arg(entity.name));
                        continue;
                    }
                    entity.aliases.append(str(alias).trimmed());
                }
            }
            for (const QString& name : QStringList(entity.name) + entity.aliases) {
                const QString key = name.toCaseFolded();
                if (m_entityByName.contains(key))
                    error(path, node, {},
                          QStringLiteral("entity name '%1' is used twice").arg(name));
                m_entityByName.insert(key, entity.name);
            }
            m_entities.insert(entity.name, entity);
            pending.append({entity, node});
        }
        for (const auto& [entity, node] : pending) {
            if (!entity.parent.isEmpty() && !m_entityByName.contains(entity.parent.toCaseFolded()))
                error(path, node, {},
                      QStringLiteral("entity '%1': unknown parent '%2'")
                          .arg(entity.name, entity.parent));
            Entity resolved = entity;
            if (!resolved.parent.isEmpty())
                resolved.parent = m_entityByName.value(entity.parent.toCaseFolded());
            m_result.catalog.entities.append(resolved);
        }
    }

    void loadSection(const QString& path)
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

    std::optional<FiscalCalendar> fiscalOf(const QString& entity) const
    {
        const auto it = m_entities.find(entity);
        if (it == m_entities.end() || it->fiscalYearEnd.isEmpty())
            return std::nullopt;
        return FiscalCalendar::fromMonthDay(it->fiscalYearEnd.toStdString());
    }

    std::optional<Period> period(const QString& file, const YAML::Node& node, const QString& label,
                                 const QString& exhibit, const QString& entity = {})
    {
        const PeriodParse parsed = parsePeriod(label.toStdString(), fiscalOf(entity));
        if (!parsed.period)
            error(file, node, exhibit, QString::fromStdString(parsed.error));
        return parsed.period;
    }

    bool knownUnit(const QString& file, const YAML::Node& node, const QString& exhibit,
                   const QString& unit)
    {
        if (unit.isEmpty() || m_units.contains(unit))
            return true;
        error(file, node, exhibit, QStringLiteral("unknown unit '%1'").arg(unit));
        return false;
    }

    void loadExhibit(const QString& file, const YAML::Node& node, const Report& report,
                     const Section& section)
    {
        Exhibit ex;
        ex.id = required(file, node, "id");
        const QString id = ex.id.isEmpty() ? QStringLiteral("(no id)") : ex.id;
        onlyKeys(file, node, id, QStringLiteral("exhibit"),
                 {"id",       "page",    "details_page", "section",  "title",
                  "headline", "kind",    "orientation",  "x_kind",   "x_axis",
                  "y_axis",   "y2_axis", "y_scale",      "unit",     "period",
                  "source",   "note",    "series",       "title_zh", "headline_zh"});
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
                error(file, node["details_page"], id,
                      QStringLiteral("details_page %1 is not a page of the report")
                          .arg(ex.detailsPage));
        }
        ex.title = required(file, node, "title", id);
        ex.headline = field(file, node, "headline", id);
        ex.titleZh = chineseField(file, node, "title_zh", id, report.id, ex.page);
        ex.headlineZh = chineseField(file, node, "headline_zh", id, report.id, ex.page);
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
        if (node["series"] &&
            !isListOfMaps(file, node["series"], id, QStringLiteral("series"), node))
            return;
        for (const auto& sNode : node["series"]) {
            Series series;
            series.name = required(file, sNode, "name", id);
            onlyKeys(file, sNode, id, QStringLiteral("series '%1'").arg(series.name),
                     {"name", "entity", "measure", "unit", "axis", "stated", "points"});
            if (seriesNames.contains(series.name))
                error(file, sNode, id, QStringLiteral("duplicate series '%1'").arg(series.name));
            seriesNames.insert(series.name);
            const QString entity = field(file, sNode, "entity", id);
            if (!entity.isEmpty()) {
                series.entity = m_entityByName.value(entity.toCaseFolded());
                if (series.entity.isEmpty())
                    error(file, sNode["entity"], id,
                          QStringLiteral("unknown entity '%1'").arg(entity));
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
            if (series.axis != QLatin1String("primary") &&
                series.axis != QLatin1String("secondary"))
                error(file, sNode["axis"], id, QStringLiteral("axis must be primary or secondary"));
            if (sNode["points"] &&
                !isListOfMaps(file, sNode["points"], id, QStringLiteral("points"), sNode))
                continue;
            for (const auto& pNode : sNode["points"]) {
                onlyKeys(file, pNode, id, seriesWhere + QStringLiteral("point"),
                         {"x", "entity", "period", "value", "text", "unit", "status", "measure",
                          "page", "quote", "derivation", "formula", "inputs", "same_as"});
                series.points.append(loadPoint(file, pNode, ex, series));
            }
            if (series.stated && series.points.isEmpty())
                error(file, sNode, id,
                      QStringLiteral("series '%1' is marked stated but has no points")
                          .arg(series.name));
            ex.series.append(series);
        }
        m_result.catalog.exhibits.append(ex);
    }

    Datapoint loadPoint(const QString& file, const YAML::Node& node, const Exhibit& ex,
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
            error(file, node, id,
                  where + QStringLiteral("a value needs a unit (series or exhibit)"));
        p.status = field(file, node, "status", id);
        if (p.status.isEmpty())
            p.status = QStringLiteral("reported");
        if (p.status != QLatin1String("reported") && p.status != QLatin1String("derived"))
            error(file, node["status"], id,
                  where + QStringLiteral("status must be reported or derived"));
        p.page = node["page"] ? integer(file, node, "page", id).value_or(ex.page) : ex.page;
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
        } else if (p.quote.isEmpty()) {
            error(file, node, id, where + QStringLiteral("datapoint without a quote"));
        } else if (p.value && !quoteShowsValue(p.quote, *p.value)) {
            error(file, node["quote"], id,
                  where + QStringLiteral("quote '%1' does not show the value %2")
                              .arg(p.quote)
                              .arg(*p.value));
        } else if (!p.value && !p.text.isEmpty() && !quoteShowsText(p.quote, p.text)) {
            error(
                file, node["quote"], id,
                where +
                    QStringLiteral("quote '%1' does not show the text '%2'").arg(p.quote, p.text));
        }
        loadSameAs(file, node, ex, series, where, p);
        return p;
    }

    // same_as: [{exhibit, series, x}] — points of another report stating this very figure.
    void loadSameAs(const QString& file, const YAML::Node& node, const Exhibit& ex,
                    const Series& series, const QString& where, Datapoint& p)
    {
        const YAML::Node links = node["same_as"];
        if (!links)
            return;
        if (!isListOfMaps(file, links, ex.id, QStringLiteral("same_as"), node))
            return;
        for (const auto& ref : links) {
            onlyKeys(file, ref, ex.id, where + QStringLiteral("same_as"),
                     {"exhibit", "series", "x"});
            DerivationInput other;
            other.exhibitId = required(file, ref, "exhibit", ex.id);
            other.series = required(file, ref, "series", ex.id);
            other.xLabel = required(file, ref, "x", ex.id);
            p.sameAs.append(other);
        }
        if (!p.sameAs.isEmpty())
            m_sameAs.append({file, lineOf(node), ex.id, where, series.name, p.xLabel});
    }

    void loadDerivation(const QString& file, const YAML::Node& node, const Exhibit& ex,
                        const QString& where, Datapoint& p)
    {
        const QString& id = ex.id;
        p.valueText = field(file, node, "value", id);
        p.derivation = field(file, node, "derivation", id);
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

    // After every file is read: a same_as link names a point of another report with the same
    // value in base units (a check that the two really state one figure).
    void resolveSameAs()
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
        auto baseValue = [this](const Datapoint& p) {
            return *p.value * m_units.value(p.unit).factor;
        };
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

    // After every file is read: each derived point's inputs are reported values of the
    // database, and its formula reproduces its value as written.
    void resolveDerivations()
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
                const Datapoint* in =
                    points.value(key(input.exhibitId, input.series, input.xLabel));
                QString problem;
                if (!in)
                    problem = QStringLiteral("is not a point of the database");
                else if (in->status != QLatin1String("reported"))
                    problem = QStringLiteral("is not a reported value");
                else if (!in->value)
                    problem = QStringLiteral("has no value");
                if (!problem.isEmpty()) {
                    m_result.errors.append(
                        {d.file, d.line, d.exhibit,
                         d.where + QStringLiteral("input '%1' (%2 / %3 / %4) %5")
                                       .arg(input.name, input.exhibitId, input.series, input.xLabel,
                                            problem)});
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

private:
    struct PendingDerivation
    {
        QString file;
        int line = 0;
        QString exhibit;
        QString where;
        QString series;
        QString xLabel;
    };
    QVector<PendingDerivation> m_derived;
    QVector<PendingDerivation> m_sameAs;
    QHash<QString, Measure> m_measures;
    LoadResult& m_result;
    const ReportTexts* m_texts = nullptr;
    QHash<QString, Unit> m_units;
    QHash<QString, QString> m_entityByName; // case-folded name or alias -> canonical name
    QHash<QString, Entity> m_entities;
    QHash<QString, QString> m_exhibitIds; // id -> file
};

} // namespace

LoadResult loadSources(const QString& dataDir, const ReportTexts* reportTexts)
{
    LoadResult result;
    Loader loader(result, reportTexts);
    const QDir dir(dataDir);
    if (!dir.exists()) {
        result.errors.append({dataDir, 0, {}, QStringLiteral("data folder does not exist")});
        return result;
    }
    static const QStringList fixed{"report.yaml", "units.yaml", "measures.yaml", "entities.yaml"};
    for (const QString& name : fixed) {
        if (!dir.exists(name))
            result.errors.append({dir.filePath(name), 0, {}, QStringLiteral("missing")});
    }
    if (!result.ok())
        return result;
    const auto load = [&](const QString& name, void (Loader::*step)(const QString&)) {
        loader.loadFile(dir.filePath(name), [&](const QString& path) { (loader.*step)(path); });
    };
    load(QStringLiteral("report.yaml"), &Loader::loadReports);
    if (!result.ok())
        return result; // every other file refers to the reports
    load(QStringLiteral("units.yaml"), &Loader::loadUnits);
    load(QStringLiteral("measures.yaml"), &Loader::loadMeasures);
    load(QStringLiteral("entities.yaml"), &Loader::loadEntities);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        if (!fixed.contains(name))
            load(name, &Loader::loadSection);
    }
    loader.resolveDerivations();
    loader.resolveSameAs();
    // Messages quote the input they are about; a long input is cut to a short prefix.
    for (SourceError& e : result.errors)
        e.message = abbreviated(e.message, 240);
    return result;
}

} // namespace trendboard
