// SPDX-License-Identifier: GPL-3.0-or-later
// What a ComparisonCache keeps of the report: its values of a measure with every repeat of a
// figure on the same page folded away, the entities and units, and each exhibit's subject.
#include "compare/comparisonservice.h"

#include <cstring>

namespace trendboard {

namespace {

// Measures and entity lists read at once at most; a tab compares one at a time, and going
// back to the previous one is the common case.
constexpr int kKeptValueLists = 8;

// A word character as QRegularExpression's \b sees it by default: ASCII letters and digits,
// '_' (without UseUnicodePropertiesOption).
bool isWordChar(const QString& text, qsizetype at)
{
    if (at < 0 || at >= text.size())
        return false;
    const char16_t c = text.at(at).unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

// Where `name` first occurs in `text` as a whole word (as \bname\b matches it), or -1. Plain
// searches: a comparison once compiled a regular expression for every name and alias of every
// company and product, each time it compared (more than half of an edit's refresh).
qsizetype wholeWordAt(const QString& text, const QString& name)
{
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const qsizetype end = at + name.size();
        if (isWordChar(text, at - 1) != isWordChar(text, at) &&
            isWordChar(text, end - 1) != isWordChar(text, end))
            return at;
    }
    return -1;
}

} // namespace

QString sameFigureKey(const MeasureValue& v)
{
    return QStringList{v.reportId,  v.entity,   v.measure, v.periodStart,
                       v.periodEnd, v.baseUnit, v.status}
        .join(QChar(0x1f)); // never in a name
}

namespace {

// Rows that state the same figure as an earlier row on the same page, value for value: merged,
// they add no page and change no row (the earlier one is merged, or kept, first).
void foldRepeats(ComparisonCache::ReportValues& r)
{
    QHash<QString, int> first; // the figure, its page and exact base value -> its first row
    r.kept.reserve(r.all.size());
    for (int i = 0; i < r.all.size(); ++i) {
        const MeasureValue& v = r.all.at(i);
        // mergeSameFigures merges only values with a period: the others all stay.
        if (v.periodStart.isEmpty()) {
            r.kept.append(i);
            continue;
        }
        char bits[sizeof(double)];
        std::memcpy(bits, &v.baseValue, sizeof bits);
        const QString key = sameFigureKey(v) + QChar(0x1f) + QString::number(v.page) + QChar(0x1f) +
                            QString::fromLatin1(QByteArray(bits, sizeof bits).toHex());
        const auto earlier = first.constFind(key);
        if (earlier == first.cend()) {
            first.insert(key, i);
            r.kept.append(i);
            continue;
        }
        // An analyst's edit of either value takes it out of the merge: then this one counts.
        r.foldedBy[v.exhibitId].append(i);
        const QString& earlierExhibit = r.all.at(*earlier).exhibitId;
        if (earlierExhibit != v.exhibitId)
            r.foldedBy[earlierExhibit].append(i);
    }
}

} // namespace

QVector<MeasureValue> ComparisonCache::reportValues(const QString& measure,
                                                    const QStringList& entities,
                                                    const QSet<QString>& layerExhibits)
{
    const QString key = measure + QChar(0x1e) + entities.join(QChar(0x1f));
    auto it = m_values.find(key);
    if (it == m_values.end()) {
        ReportValues read;
        read.all = m_db.measureValues(measure, entities);
        ++m_valueReads;
        foldRepeats(read);
        // A failed read is not kept: the next comparison reads again.
        if (!m_db.readError().isEmpty())
            return read.all;
        if (m_values.size() >= kKeptValueLists)
            m_values.clear();
        it = m_values.insert(key, read);
    }
    const ReportValues& r = *it;
    QVector<int> rows = r.kept;
    for (const QString& exhibit : layerExhibits) {
        const auto folded = r.foldedBy.constFind(exhibit);
        if (folded != r.foldedBy.cend())
            rows += *folded;
    }
    if (rows.size() != r.kept.size()) {
        // In the order they were read: the merge keeps the first of a figure.
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    }
    QVector<MeasureValue> out;
    out.reserve(rows.size());
    for (int i : std::as_const(rows))
        out.append(r.all.at(i));
    return out;
}

const QVector<EntityInfo>& ComparisonCache::entities()
{
    if (!m_haveEntities) {
        m_entities = m_db.entities();
        m_haveEntities = m_db.readError().isEmpty(); // else read again next time
    }
    return m_entities;
}

const QVector<UnitInfo>& ComparisonCache::units()
{
    if (!m_haveUnits) {
        m_units = m_db.units();
        m_haveUnits = m_db.readError().isEmpty();
    }
    return m_units;
}

QString ComparisonCache::subjectOf(const QString& exhibitId, const QString& title,
                                   const QStringList& compared)
{
    if (compared != m_subjectsOf) {
        // The names looked for leave out the entities compared.
        m_subjectsOf = compared;
        m_subjects.clear();
        m_names.clear();
        for (const EntityInfo& e : entities()) {
            if (e.kind != QLatin1String("product") && e.kind != QLatin1String("company"))
                continue;
            if (compared.contains(e.name))
                continue;
            for (const QString& n : QStringList{e.name} + e.aliases) {
                if (n.size() > 1)
                    m_names.append({e.name, n});
            }
        }
    }
    const auto known = m_subjects.constFind(exhibitId);
    if (known != m_subjects.cend())
        return *known;
    QString subject;
    qsizetype first = -1;
    for (const auto& [entity, name] : std::as_const(m_names)) {
        const qsizetype at = wholeWordAt(title, name);
        if (at >= 0 && (first < 0 || at < first)) {
            first = at;
            subject = entity;
        }
    }
    m_subjects.insert(exhibitId, subject);
    return subject;
}

} // namespace trendboard
