// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare/comparisonstore.h"

#include "settings/preferences.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace trendboard {

namespace {

QString transformKey(Transform t)
{
    switch (t) {
    case Transform::Indexed:
        return QStringLiteral("indexed");
    case Transform::Growth:
        return QStringLiteral("growth");
    case Transform::AsStated:
        break;
    }
    return QStringLiteral("stated");
}

Transform transformFromKey(const QString& key)
{
    if (key == QLatin1String("indexed"))
        return Transform::Indexed;
    if (key == QLatin1String("growth"))
        return Transform::Growth;
    return Transform::AsStated;
}

} // namespace

ComparisonStore::ComparisonStore(QSettings& settings) : m_settings(settings) {}

namespace {

QJsonObject toObject(const SavedComparison& c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("measure"), c.request.measure},
                       {QStringLiteral("entities"), QJsonArray::fromStringList(c.request.entities)},
                       {QStringLiteral("from"), c.request.periodFrom},
                       {QStringLiteral("to"), c.request.periodTo},
                       {QStringLiteral("transform"), transformKey(c.transform)},
                       {QStringLiteral("log"), c.log}};
}

SavedComparison fromObject(const QJsonObject& o)
{
    SavedComparison c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    c.request.measure = o.value(QStringLiteral("measure")).toString();
    for (const QJsonValue& e : o.value(QStringLiteral("entities")).toArray())
        c.request.entities.append(e.toString());
    c.request.periodFrom = o.value(QStringLiteral("from")).toString();
    c.request.periodTo = o.value(QStringLiteral("to")).toString();
    c.transform = transformFromKey(o.value(QStringLiteral("transform")).toString());
    c.log = o.value(QStringLiteral("log")).toBool();
    return c;
}

} // namespace

QByteArray ComparisonStore::encode(const SavedComparison& comparison)
{
    return QJsonDocument(toObject(comparison)).toJson(QJsonDocument::Compact);
}

std::optional<SavedComparison> ComparisonStore::decode(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    return fromObject(doc.object());
}

QVector<SavedComparison> ComparisonStore::all() const
{
    QVector<SavedComparison> out;
    const QJsonDocument doc = QJsonDocument::fromJson(Preferences(m_settings).savedComparisons());
    for (const QJsonValue& v : doc.array()) {
        const SavedComparison c = fromObject(v.toObject());
        if (c.name.isEmpty() || c.request.measure.isEmpty() || c.request.entities.isEmpty())
            continue; // damaged or hand-edited: skipped, the others still load
        out.append(c);
    }
    return out;
}

std::optional<SavedComparison> ComparisonStore::find(const QString& name) const
{
    for (const SavedComparison& c : all()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QString ComparisonStore::save(const SavedComparison& comparison)
{
    SavedComparison c = comparison;
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return QStringLiteral("a saved comparison needs a name");
    if (c.request.measure.isEmpty() || c.request.entities.size() < 2)
        return QStringLiteral("a comparison needs a measure and two or more entities");
    QVector<SavedComparison> list = all();
    auto it = std::find_if(list.begin(), list.end(),
                           [&c](const SavedComparison& s) { return s.name == c.name; });
    if (it != list.end())
        *it = c;
    else
        list.append(c);
    write(list);
    return {};
}

QString ComparisonStore::rename(const QString& from, const QString& to)
{
    const QString name = to.trimmed();
    if (name.isEmpty())
        return QStringLiteral("a saved comparison needs a name");
    QVector<SavedComparison> list = all();
    if (name != from && std::any_of(list.cbegin(), list.cend(),
                                    [&name](const SavedComparison& s) { return s.name == name; }))
        return QStringLiteral("a comparison named '%1' exists already").arg(name);
    for (SavedComparison& s : list) {
        if (s.name == from) {
            s.name = name;
            write(list);
            return {};
        }
    }
    return QStringLiteral("no saved comparison '%1'").arg(from);
}

bool ComparisonStore::remove(const QString& name)
{
    QVector<SavedComparison> list = all();
    const auto removed = std::remove_if(
        list.begin(), list.end(), [&name](const SavedComparison& s) { return s.name == name; });
    if (removed == list.end())
        return false;
    list.erase(removed, list.end());
    write(list);
    return true;
}

void ComparisonStore::write(const QVector<SavedComparison>& list)
{
    QJsonArray array;
    for (const SavedComparison& c : list)
        array.append(toObject(c));
    Preferences(m_settings)
        .setSavedComparisons(QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

} // namespace trendboard
