// SPDX-License-Identifier: GPL-3.0-or-later
// Which measure and entity each analyst value is about, so that a comparison reads only the
// values of its own measure: its refresh costs the same whatever else the layer holds.
#include "analyst/analystservice.h"
#include "analyst/analystservice_p.h"

namespace trendboard {

namespace {

// The report's exhibits kept for reportExhibit(): an edit and the redraw it causes, a few
// exhibits of a comparison's fill-ins.
constexpr int kRecentExhibits = 8;

} // namespace

std::optional<ExhibitData> AnalystService::reportExhibit(const QString& exhibitId) const
{
    for (int i = 0; i < m_recentExhibits.size(); ++i) {
        if (m_recentExhibits[i].info.id == exhibitId) {
            // The latest asked for last: the first is the one to drop.
            m_recentExhibits.move(i, m_recentExhibits.size() - 1);
            return m_recentExhibits.last();
        }
    }
    std::optional<ExhibitData> data = m_report.exhibitData(exhibitId);
    if (data) {
        if (m_recentExhibits.size() >= kRecentExhibits)
            m_recentExhibits.removeFirst();
        m_recentExhibits.append(*data);
    }
    return data;
}

QVector<ReportDatabase::PointMeasure>
AnalystService::pointMeasures(const QVector<PointKey>& keys) const
{
    QVector<ReportDatabase::Target> targets;
    targets.reserve(keys.size());
    for (const PointKey& k : keys)
        targets.append({k.exhibitId, k.series, k.xLabel, k.entity});
    return m_report.pointMeasures(targets);
}

void AnalystService::indexValues(const QVector<AnalystValue>& values) const
{
    QVector<PointKey> keys;
    keys.reserve(values.size());
    for (const AnalystValue& v : values)
        keys.append(v.key);
    const QVector<ReportDatabase::PointMeasure> measures = pointMeasures(keys);
    for (int i = 0; i < keys.size(); ++i) {
        const ReportDatabase::PointMeasure m = measures.value(i);
        // A value whose series the report no longer has stays listed under its exhibit (so
        // that a change of it is seen), of no measure.
        m_index.byExhibit[keys[i].exhibitId].append(
            {keys[i], m.found ? m.measure : QString(), m.found ? m.entity : QString()});
        if (m.found && !m.measure.isEmpty())
            m_index.exhibitsByMeasure[m.measure].insert(keys[i].exhibitId);
    }
}

void AnalystService::unindexExhibit(const QString& exhibitId) const
{
    const auto it = m_index.byExhibit.constFind(exhibitId);
    if (it == m_index.byExhibit.cend())
        return;
    for (const IndexedValue& v : *it) {
        auto measure = m_index.exhibitsByMeasure.find(v.measure);
        if (measure == m_index.exhibitsByMeasure.end())
            continue;
        measure->remove(exhibitId);
        if (measure->isEmpty())
            m_index.exhibitsByMeasure.erase(measure);
    }
    m_index.byExhibit.remove(exhibitId);
}

const AnalystService::LayerIndex& AnalystService::layerIndex() const
{
    const QPair<qint64, qint64> now = m_analyst.changeStamp();
    if (m_index.built && now.first >= 0 && now == m_index.stamp) {
        // The exhibits this service wrote since: read again now, not at each write (an edit
        // in a section tab costs the index nothing until a comparison asks).
        if (!m_index.dirty.isEmpty()) {
            QVector<AnalystValue> values;
            for (const QString& exhibit : std::as_const(m_index.dirty)) {
                unindexExhibit(exhibit);
                values += m_analyst.values(PointKey{exhibit, {}, {}, {}});
            }
            m_index.dirty.clear();
            indexValues(values);
        }
        return m_index;
    }
    // First use, or the layer changed around this service: the whole layer once.
    m_index = {};
    indexValues(m_analyst.values());
    m_index.built = true;
    m_index.stamp = now;
    return m_index;
}

void AnalystService::reindex(const QVector<PointKey>& changed)
{
    if (!m_index.built)
        return;
    // This write is one commit of this service's: anything else since the index was read (a
    // write around the service, another window's commit) makes it read the layer again.
    const QPair<qint64, qint64> now = m_analyst.changeStamp();
    if (now.first < 0 || now.first != m_index.stamp.first ||
        now.second != m_index.stamp.second + 1) {
        m_index.built = false;
        return;
    }
    m_index.stamp = now;
    for (const PointKey& key : changed)
        m_index.dirty.insert(key.exhibitId);
}

QSet<QString> AnalystService::exhibitsWithValuesOf(const QString& measure) const
{
    return layerIndex().exhibitsByMeasure.value(measure);
}

int AnalystService::overlayValues(QVector<MeasureValue>& values, const QString& measure,
                                  const QStringList& entities) const
{
    const QSet<QString> wantedEntities(entities.cbegin(), entities.cend());
    const LayerIndex& index = layerIndex();
    QHash<QString, QVector<AnalystValue>> byExhibit;
    QHash<QString, QString> entityOf;
    for (const QString& exhibit : index.exhibitsByMeasure.value(measure)) {
        bool any = false;
        for (const IndexedValue& v : index.byExhibit.value(exhibit)) {
            if (v.measure == measure && wantedEntities.contains(v.entity)) {
                entityOf.insert(targetKey(v.key), v.entity);
                any = true;
            }
        }
        if (!any)
            continue;
        // The exhibit's values as they are now, by its key (the primary key's prefix).
        for (const AnalystValue& v : m_analyst.values(PointKey{exhibit, {}, {}, {}})) {
            if (entityOf.contains(targetKey(v.key)))
                byExhibit[exhibit].append(v);
        }
    }
    const auto wanted = [&](const QString& m, const QString& e) {
        return m == measure && wantedEntities.contains(e);
    };
    return overlayExhibitValues(values, byExhibit, wanted, entityOf);
}

} // namespace trendboard
