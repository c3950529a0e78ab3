// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiler/sourceloader.h"
#include "compiler/sourceloader_p.h"

#include "compiler/derivation.h"
#include "compiler/quotecheck.h"
#include "compiler/yamlguard.h"

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

namespace loading {

void Loader::onlyKeys(const QString& file, const YAML::Node& node, const QString& exhibit,
                      const QString& what, std::initializer_list<const char*> allowed)
{
    if (!node.IsMap())
        return;
    for (const auto& entry : node) {
        const std::string key = entry.first.Scalar();
        const bool known =
            std::any_of(allowed.begin(), allowed.end(), [&key](const char* k) { return key == k; });
        if (!known)
            error(file, entry.first, exhibit,
                  QStringLiteral("%1: unknown key '%2'").arg(what, QString::fromStdString(key)));
    }
}

void Loader::error(const QString& file, const YAML::Node& node, const QString& exhibit,
                   const QString& message)
{
    // A message quotes the input it is about; a long input is cut to a short prefix.
    m_result.errors.append({file, node ? lineOf(node) : 0, exhibit, abbreviated(message, 240)});
}

bool Loader::isListOfMaps(const QString& file, const YAML::Node& list, const QString& exhibit,
                          const QString& what, const YAML::Node& parent)
{
    if (!list) {
        error(file, parent, exhibit, QStringLiteral("missing list '%1'").arg(what));
        return false;
    }
    if (!list.IsSequence()) {
        error(file, list ? list : parent, exhibit, QStringLiteral("'%1' must be a list").arg(what));
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

QString Loader::field(const QString& file, const YAML::Node& map, const char* key,
                      const QString& exhibit)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return {};
    if (!node.IsScalar()) {
        error(file, node, exhibit, QStringLiteral("'%1' must be a single value").arg(key));
        return {};
    }
    const QString value = str(node).trimmed();
    // Names and labels are drawn on axes and legends; everything else is bounded too.
    static const QSet<QString> labels{"x",      "entity",  "name", "series", "unit", "id",
                                      "period", "measure", "axis", "kind",   "short"};
    const int max = labels.contains(QLatin1String(key)) ? kMaxLabelLength : kMaxTextLength;
    if (const QString tooLong = textLengthProblem(value, max); !tooLong.isEmpty()) {
        error(file, node, exhibit, QStringLiteral("'%1' %2").arg(key, tooLong));
        return value.left(max);
    }
    return value;
}

QString Loader::required(const QString& file, const YAML::Node& map, const char* key,
                         const QString& exhibit)
{
    const QString value = field(file, map, key, exhibit);
    if (value.isEmpty())
        error(file, map, exhibit, QStringLiteral("missing %1").arg(key));
    return value;
}

std::optional<int> Loader::integer(const QString& file, const YAML::Node& map, const char* key,
                                   const QString& exhibit)
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

std::optional<YAML::Node> Loader::parseFile(const QString& path)
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

void Loader::loadReports(const QString& path)
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

void Loader::loadReport(const QString& path, const YAML::Node& node)
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

const ReportText* Loader::textOf(const QString& reportId) const
{
    if (!m_texts)
        return nullptr;
    const auto it = m_texts->find(reportId);
    return it == m_texts->end() ? nullptr : &*it;
}

QString Loader::chineseField(const QString& file, const YAML::Node& node, const char* key,
                             const QString& exhibit, const QString& reportId, int page,
                             int maxLength)
{
    const QString value = field(file, node, key, exhibit);
    if (value.isEmpty())
        return value;
    const QString problem =
        chineseTextProblem(value, textOf(reportId), {page, page - 1, page + 1}, maxLength);
    if (!problem.isEmpty())
        error(file, node[key], exhibit, QStringLiteral("%1: %2").arg(key, problem));
    return value;
}

void Loader::ourChinese(const QString& file, const YAML::Node& node, const char* key,
                        const QString& exhibit, QString& value, bool& ours, int maxLength)
{
    const std::string oursKey = std::string(key) + "_ours";
    const QString translation = field(file, node, oursKey.c_str(), exhibit);
    if (translation.isEmpty())
        return;
    if (!value.isEmpty()) {
        error(file, node[oursKey], exhibit,
              QStringLiteral("%1 and %2_ours: the report prints this in Chinese, so give only %1")
                  .arg(QLatin1String(key), QLatin1String(key)));
        return;
    }
    // Form only (Chinese characters, one line, a title's length): the page does not print it.
    const QString problem = chineseTextProblem(translation, nullptr, {}, maxLength);
    if (!problem.isEmpty())
        error(file, node[oursKey], exhibit,
              QStringLiteral("%1_ours: %2").arg(QLatin1String(key), problem));
    value = translation;
    ours = true;
}

ChineseText Loader::chineseText(const QString& file, const YAML::Node& node, const char* key,
                                const QString& exhibit, const QString& reportId, int page,
                                int maxLength)
{
    ChineseText zh;
    zh.text = chineseField(file, node, key, exhibit, reportId, page, maxLength);
    ourChinese(file, node, key, exhibit, zh.text, zh.ours, maxLength);
    return zh;
}

QString Loader::chineseName(const QString& file, const YAML::Node& node, const QString& exhibit)
{
    const QString value = field(file, node, "name_zh", exhibit);
    if (value.isEmpty())
        return value;
    const QString problem = chineseTitleProblem(value, nullptr, {});
    if (!problem.isEmpty())
        error(file, node["name_zh"], exhibit, QStringLiteral("name_zh: %1").arg(problem));
    return value;
}

void Loader::checkSectionTitlesZh(const QString& file, const YAML::Node& list, const Report& report)
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

void Loader::loadUnits(const QString& path)
{
    const auto doc = parseFile(path);
    if (!doc)
        return;
    static const QSet<QString> quantities{"level", "share", "growth", "multiple", "index", "rank"};
    if (!isListOfMaps(path, (*doc)["units"], {}, QStringLiteral("units"), *doc))
        return;
    for (const auto& node : (*doc)["units"]) {
        onlyKeys(path, node, {}, QStringLiteral("unit"), {"symbol", "base", "factor", "quantity"});
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
            error(
                path, node, {},
                QStringLiteral("unit '%1': unknown quantity '%2'").arg(unit.symbol, unit.quantity));
        if (m_units.contains(unit.symbol))
            error(path, node, {}, QStringLiteral("duplicate unit '%1'").arg(unit.symbol));
        m_units.insert(unit.symbol, unit);
        m_result.catalog.units.append(unit);
    }
}

void Loader::loadMeasures(const QString& path)
{
    const auto doc = parseFile(path);
    if (!doc)
        return;
    static const QSet<QString> quantities{"level", "share", "growth", "multiple", "index", "rank"};
    if (!isListOfMaps(path, (*doc)["measures"], {}, QStringLiteral("measures"), *doc))
        return;
    for (const auto& node : (*doc)["measures"]) {
        onlyKeys(path, node, {}, QStringLiteral("measure"), {"id", "name", "name_zh", "quantity", "base"});
        Measure measure;
        measure.id = required(path, node, "id");
        measure.name = required(path, node, "name");
        measure.nameZh = chineseName(path, node, {});
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

void Loader::checkMeasure(const QString& file, const YAML::Node& node, const QString& exhibit,
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

void Loader::loadEntities(const QString& path)
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
                 {"name", "name_zh", "kind", "parent", "aliases", "fiscal_year_end"});
        Entity entity;
        entity.name = required(path, node, "name");
        entity.nameZh = chineseName(path, node, {});
        entity.kind = required(path, node, "kind");
        entity.parent = field(path, node, "parent");
        entity.fiscalYearEnd = field(path, node, "fiscal_year_end");
        if (!kinds.contains(entity.kind))
            error(path, node, {},
                  QStringLiteral("entity '%1': unknown kind '%2'").arg(entity.name, entity.kind));
        if (!entity.fiscalYearEnd.isEmpty() &&
            !FiscalCalendar::fromMonthDay(entity.fiscalYearEnd.toStdString()))
            error(path, node, {},
                  QStringLiteral("entity '%1': fiscal_year_end '%2' is not MM-DD")
                      .arg(entity.name, entity.fiscalYearEnd));
        const YAML::Node aliases = node["aliases"];
        if (aliases && !aliases.IsSequence()) {
            error(path, aliases, {},
                  QStringLiteral("entity '%1': aliases must be a list of names").arg(entity.name));
        } else {
            for (const auto& alias : aliases) {
                if (!alias.IsScalar()) {
                    error(path, alias, {},
                          QStringLiteral("entity '%1': an alias must be a name").arg(entity.name));
                    continue;
                }
                entity.aliases.append(str(alias).trimmed());
            }
        }
        for (const QString& name : QStringList(entity.name) + entity.aliases) {
            const QString key = name.toCaseFolded();
            if (m_entityByName.contains(key))
                error(path, node, {}, QStringLiteral("entity name '%1' is used twice").arg(name));
            m_entityByName.insert(key, entity.name);
        }
        m_entities.insert(entity.name, entity);
        pending.append({entity, node});
    }
    for (const auto& [entity, node] : pending) {
        if (!entity.parent.isEmpty() && !m_entityByName.contains(entity.parent.toCaseFolded()))
            error(
                path, node, {},
                QStringLiteral("entity '%1': unknown parent '%2'").arg(entity.name, entity.parent));
        Entity resolved = entity;
        if (!resolved.parent.isEmpty())
            resolved.parent = m_entityByName.value(entity.parent.toCaseFolded());
        m_result.catalog.entities.append(resolved);
    }
}

} // namespace loading

LoadResult loadSources(const QString& dataDir, const ReportTexts* reportTexts)
{
    LoadResult result;
    using loading::Loader;
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
    // Every *.yaml beside the fixed files is a section file and must load: one that is a
    // folder, a dangling link or a link loop is an error, not a section silently left out.
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.yaml")},
                          QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& info : files) {
        if (fixed.contains(info.fileName()))
            continue;
        if (info.isFile()) {
            load(info.fileName(), &Loader::loadSection);
            continue;
        }
        const QString what =
            info.isSymLink() && !info.exists()
                ? QStringLiteral("a symbolic link to nothing (its target is missing or a loop)")
            : info.isDir() ? QStringLiteral("a folder")
                           : QStringLiteral("not a regular file");
        result.errors.append(
            {info.filePath(), 0, {}, QStringLiteral("is %1, not a section file").arg(what)});
    }
    loader.resolveDerivations();
    loader.resolveSameAs();
    // Messages quote the input they are about; a long input is cut to a short prefix.
    for (SourceError& e : result.errors)
        e.message = abbreviated(e.message, 240);
    return result;
}

} // namespace trendboard
