// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The source loader's parts, shared by sourceloader.cpp (files, reports, units, measures,
// entities) and sourceloader_exhibits.cpp (sections, exhibits, datapoints, derivations).

#include "compiler/sourceloader.h"

#include "compiler/derivation.h"
#include "period.h"
#include "compiler/quotecheck.h"
#include "compiler/yamlguard.h"

#include <QHash>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace trendboard::loading {

inline QString str(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

inline int lineOf(const YAML::Node& node)
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
                  const QString& what, std::initializer_list<const char*> allowed);
    void error(const QString& file, const YAML::Node& node, const QString& exhibit,
               const QString& message);
    // A list of maps (`what` names it in the message); false, with an error, otherwise.
    bool isListOfMaps(const QString& file, const YAML::Node& list, const QString& exhibit,
                      const QString& what, const YAML::Node& parent);
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
                  const QString& exhibit = {});
    QString required(const QString& file, const YAML::Node& map, const char* key,
                     const QString& exhibit = {});
    std::optional<int> integer(const QString& file, const YAML::Node& map, const char* key,
                               const QString& exhibit = {});
    std::optional<YAML::Node> parseFile(const QString& path);
    // Loads one file by `load`; any shape the loader did not foresee is an error of that file.
    template <typename Load> void loadFile(const QString& path, Load load)
    {
        guarded(path, YAML::Node(), {}, [&] { load(path); });
    }
    void loadReports(const QString& path);
    void loadReport(const QString& path, const YAML::Node& node);
    // The report's text, when the compiler was given it (else titles are checked by form only).
    const ReportText* textOf(const QString& reportId) const;
    // A Chinese title or headline, as the report's Chinese text prints it on the exhibit's page
    // (or the page before or after: the text's page breaks are approximate).
    QString chineseField(const QString& file, const YAML::Node& node, const char* key,
                         const QString& exhibit, const QString& reportId, int page,
                         int maxLength = kChineseTitleLength);
    // Where the page prints no Chinese for it, `<key>_ours` holds our own translation: checked
    // for form only, never beside the report's own, and marked so that the app can say whose.
    void ourChinese(const QString& file, const YAML::Node& node, const char* key,
                    const QString& exhibit, QString& value, bool& ours,
                    int maxLength = kChineseTitleLength);
    // A note, axis title or source line in Chinese: `<key>` (the page's) or `<key>_ours`.
    ChineseText chineseText(const QString& file, const YAML::Node& node, const char* key,
                            const QString& exhibit, const QString& reportId, int page,
                            int maxLength);
    static constexpr int kChineseTitleLength = 80;
    // A Chinese name (measure, entity, series): checked for form only.
    QString chineseName(const QString& file, const YAML::Node& node, const QString& exhibit);
    // A section's Chinese title is on the outline (page 3, repeated on each section's first
    // page) or on one of its own pages.
    void checkSectionTitlesZh(const QString& file, const YAML::Node& list, const Report& report);
    void loadUnits(const QString& path);
    void loadMeasures(const QString& path);
    // A measure is known, and the unit's quantity (and a level's base unit) is the measure's.
    void checkMeasure(const QString& file, const YAML::Node& node, const QString& exhibit,
                      const QString& where, const QString& measureId, const QString& unitSymbol);
    void loadEntities(const QString& path);
    void loadSection(const QString& path);
    std::optional<FiscalCalendar> fiscalOf(const QString& entity) const;
    std::optional<Period> period(const QString& file, const YAML::Node& node, const QString& label,
                                 const QString& exhibit, const QString& entity = {});
    bool knownUnit(const QString& file, const YAML::Node& node, const QString& exhibit,
                   const QString& unit);
    void loadExhibit(const QString& file, const YAML::Node& node, const Report& report,
                     const Section& section);
    Datapoint loadPoint(const QString& file, const YAML::Node& node, const Exhibit& ex,
                        const Series& series);
    // same_as: [{exhibit, series, x}] — points of another report stating this very figure.
    void loadSameAs(const QString& file, const YAML::Node& node, const Exhibit& ex,
                    const Series& series, const QString& where, Datapoint& p);
    void loadDerivation(const QString& file, const YAML::Node& node, const Exhibit& ex,
                        const QString& where, Datapoint& p);
    // After every file is read: a same_as link names a point of another report with the same
    // value in base units (a check that the two really state one figure).
    void resolveSameAs();
    // After every file is read: each derived point's inputs are reported values of the
    // database, and its formula reproduces its value as written.
    void resolveDerivations();

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

} // namespace trendboard::loading
