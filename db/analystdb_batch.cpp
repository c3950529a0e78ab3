// SPDX-License-Identifier: GPL-3.0-or-later
// Writes of many values at once, each in one transaction: a fill-in of many rows, the undo of a
// revert or of a fill-in, the undo of an import.
#include "analystdb.h"
#include "analystdb_p.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trendboard {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

AuditAction actionOf(const AnalystValue& v)
{
    return v.kind == AnalystValueKind::Edit ? AuditAction::Edit : AuditAction::Fill;
}

// What an audit row gives as the old value: the layer's, else the report's (an edit's first).
QString oldValueText(const std::optional<AnalystValue>& before, const AnalystValue& v)
{
    return before          ? numberText(before->value)
           : v.reportValue ? numberText(*v.reportValue)
                           : QString();
}

} // namespace

QString AnalystDatabase::setValues(const QVector<AnalystValue>& values)
{
    if (!isAvailable())
        return m_error;
    // Every value is checked before the write lock is taken: a bad one stores nothing.
    for (const AnalystValue& v : values) {
        const QString invalid = validate(v);
        if (!invalid.isEmpty())
            return QStringLiteral("%1: %2").arg(v.key.toString(), invalid);
    }
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const QString now = nowText();
    for (const AnalystValue& v : values) {
        const std::optional<AnalystValue> before = value(v.key);
        AnalystValue stored = v;
        stored.createdUtc = before ? before->createdUtc : QString();
        problem = writeValueRow(stored, now);
        if (problem.isEmpty())
            problem = writeAudit(actionOf(v), v.key, oldValueText(before, v), numberText(v.value),
                                 v.citation, now);
        if (!problem.isEmpty()) {
            problem = QStringLiteral("%1: %2").arg(v.key.toString(), problem);
            break;
        }
    }
    // One commit (one sync) for all rows; a failed row rolls every row back.
    return commitWrite(problem);
}

QString AnalystDatabase::restoreValues(const QVector<AnalystValue>& values,
                                       const QVector<PointKey>& remove)
{
    if (!isAvailable())
        return m_error;
    for (const AnalystValue& v : values) {
        const QString invalid = validate(v);
        if (!invalid.isEmpty())
            return invalid;
    }
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const QString now = nowText();
    for (const AnalystValue& v : values) {
        if (!problem.isEmpty())
            break;
        const std::optional<AnalystValue> before = value(v.key);
        problem = writeValueRow(v, now);
        if (problem.isEmpty())
            problem = writeAudit(actionOf(v), v.key, oldValueText(before, v), numberText(v.value),
                                 v.citation, now);
    }
    for (const PointKey& key : remove) {
        if (!problem.isEmpty())
            break;
        const std::optional<AnalystValue> before = value(key);
        if (!before)
            continue; // already gone: nothing to take out
        problem = removeValueRow(key, *before, now);
    }
    return commitWrite(problem);
}

QString AnalystDatabase::removeImported(const QVector<AnalystValue>& values,
                                        const QVector<Annotation>& annotations)
{
    if (!isAvailable())
        return m_error;
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    // Read under the write lock: a value changed since the import (by this window's later
    // command, which the stack undoes first, or by another program) is not the import's to
    // take out.
    QStringList conflicts;
    for (const AnalystValue& v : values) {
        const std::optional<AnalystValue> now = value(v.key);
        if (!now)
            conflicts << QStringLiteral("%1: no longer in the layer").arg(v.key.toString());
        else if (now->value != v.value || now->unit != v.unit)
            conflicts << QStringLiteral("%1: %2 %3 now, the import wrote %4 %5")
                             .arg(v.key.toString(), numberText(now->value), now->unit,
                                  numberText(v.value), v.unit);
    }
    for (const Annotation& a : annotations) {
        const std::optional<Annotation> now = annotation(a.target);
        if (!now || now->text != a.text)
            conflicts << QStringLiteral("%1: the note is no longer the one the import wrote")
                             .arg(a.target.toString());
    }
    if (!conflicts.isEmpty()) {
        commitWrite(QStringLiteral("conflict")); // rolls back: nothing was written
        return QCoreApplication::translate(
                   "trendboard::AnalystDatabase",
                   "conflict: the import cannot be undone, the layer changed since "
                   "(%1)")
            .arg(conflicts.join(QStringLiteral("; ")));
    }
    const QString now = nowText();
    for (const AnalystValue& v : values) {
        if (!problem.isEmpty())
            break;
        problem = removeValueRow(v.key, v, now);
    }
    for (const Annotation& a : annotations) {
        if (!problem.isEmpty())
            break;
        // The exact target: an exhibit's note only, never every note inside the exhibit.
        runSql(*m_connection,
               QStringLiteral("DELETE FROM annotation WHERE exhibit_id = ? AND series = ? AND "
                              "x_label = ? AND entity = ?"),
               {notNull(a.target.exhibitId), notNull(a.target.series), notNull(a.target.xLabel),
                notNull(a.target.entity)},
               &problem);
        if (problem.isEmpty())
            problem =
                writeAudit(AuditAction::Unannotate, a.target, a.text, QString(), QString(), now);
    }
    return commitWrite(problem);
}

} // namespace trendboard
