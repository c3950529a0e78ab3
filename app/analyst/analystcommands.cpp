// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystcommands.h"

#include "analyst/analystservice.h"

#include <QCoreApplication>

namespace trendboard {

namespace {

// Puts the layer's value at a key back as it was: the earlier value, or none.
QString restore(AnalystService& service, const PointKey& key,
                const std::optional<AnalystValue>& before)
{
    if (before)
        return service.restoreValues({*before});
    return service.value(key) ? service.revert(key) : QString();
}

QString valueText(const AnalystValue& v)
{
    return QStringLiteral("%1 %2").arg(QString::number(v.value), v.unit);
}

} // namespace

AnalystCommand::AnalystCommand(AnalystService& service, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_service(service)
{
}

void AnalystCommand::redone(const QString& problem)
{
    m_error = problem;
    if (!problem.isEmpty())
        setObsolete(true);
}

FillValueCommand::FillValueCommand(AnalystService& service, const AnalystValue& value,
                                   QUndoCommand* parent)
    : AnalystCommand(service,
                     QObject::tr("Fill in %1 at %2").arg(valueText(value), value.key.toString()),
                     parent),
      m_value(value)
{
}

void FillValueCommand::redo()
{
    if (!m_captured) {
        m_before = m_service.value(m_value.key);
        m_captured = true;
    }
    redone(m_service.fillValue(m_value));
}

void FillValueCommand::undo()
{
    // Without an earlier value the fill-in is taken out again (audit: remove).
    undone(m_before ? m_service.restoreValues({*m_before}) : m_service.removeValue(m_value.key));
}

FillValuesCommand::FillValuesCommand(AnalystService& service, const QVector<AnalystValue>& values,
                                     const QString& text, QUndoCommand* parent)
    : AnalystCommand(service, text, parent), m_values(values)
{
}

void FillValuesCommand::redo()
{
    if (!m_captured) {
        for (const AnalystValue& v : std::as_const(m_values)) {
            if (const auto before = m_service.value(v.key))
                m_before.append(*before);
            else
                m_new.append(v.key);
        }
        m_captured = true;
    }
    redone(m_service.fillValues(m_values));
}

void FillValuesCommand::undo()
{
    undone(m_service.restoreValues(m_before, m_new));
}

ImportLayerCommand::ImportLayerCommand(AnalystService& service, const QByteArray& json,
                                       const QString& fileName, ImportReport* outcome,
                                       QUndoCommand* parent)
    : AnalystCommand(
          service,
          QCoreApplication::translate("trendboard::AnalystCommand", "Import %1").arg(fileName),
          parent),
      m_json(json), m_outcome(outcome)
{
}

void ImportLayerCommand::redo()
{
    m_applied = m_service.importLayer(m_json);
    if (m_outcome) {
        *m_outcome = m_applied;
        m_outcome = nullptr; // only the push's redo reports to the caller
    }
    redone(m_applied.applied ? QString() : m_applied.problems().join(QLatin1Char('\n')));
    // A file whose every entry the layer holds already wrote nothing: nothing to undo.
    if (m_applied.writtenValues.isEmpty() && m_applied.writtenAnnotations.isEmpty())
        setObsolete(true);
}

void ImportLayerCommand::undo()
{
    undone(m_service.removeImported(m_applied));
}

EditValueCommand::EditValueCommand(AnalystService& service, const AnalystValue& value,
                                   QUndoCommand* parent)
    : AnalystCommand(service,
                     QObject::tr("Edit %1 to %2").arg(value.key.toString(), valueText(value)),
                     parent),
      m_value(value)
{
}

void EditValueCommand::redo()
{
    if (!m_captured) {
        m_before = m_service.value(m_value.key);
        m_captured = true;
    }
    redone(m_service.editValue(m_value));
}

void EditValueCommand::undo()
{
    // Without an earlier edit the report's value shows again (audit: revert).
    undone(restore(m_service, m_value.key, m_before));
}

RemoveValueCommand::RemoveValueCommand(AnalystService& service, const PointKey& key,
                                       QUndoCommand* parent)
    : AnalystCommand(service, QObject::tr("Remove the value at %1").arg(key.toString()), parent),
      m_key(key)
{
}

void RemoveValueCommand::redo()
{
    m_before = m_service.value(m_key);
    redone(m_service.removeValue(m_key));
}

void RemoveValueCommand::undo()
{
    undone(m_before ? m_service.restoreValues({*m_before}) : QString());
}

RevertCommand::RevertCommand(AnalystService& service, const PointKey& scope, QUndoCommand* parent)
    : AnalystCommand(service, QObject::tr("Revert %1 to the report").arg(scope.toString()), parent),
      m_scope(scope)
{
}

void RevertCommand::redo()
{
    m_removed.clear();
    redone(m_service.revert(m_scope, &m_removed));
}

void RevertCommand::undo()
{
    undone(m_removed.isEmpty() ? QString() : m_service.restoreValues(m_removed));
}

AnnotateCommand::AnnotateCommand(AnalystService& service, const PointKey& target,
                                 const QString& text, QUndoCommand* parent)
    : AnalystCommand(service, QObject::tr("Annotate %1").arg(target.toString()), parent),
      m_target(target), m_text(text)
{
}

void AnnotateCommand::redo()
{
    if (!m_captured) {
        m_before = m_service.annotation(m_target);
        m_captured = true;
    }
    redone(m_service.annotate(m_target, m_text));
}

void AnnotateCommand::undo()
{
    undone(m_before ? m_service.annotate(m_target, m_before->text)
                    : m_service.removeAnnotation(m_target));
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnalystService& service, const PointKey& target,
                                                 QUndoCommand* parent)
    : AnalystCommand(service, QObject::tr("Remove the note on %1").arg(target.toString()), parent),
      m_target(target)
{
}

void RemoveAnnotationCommand::redo()
{
    m_before = m_service.annotation(m_target);
    redone(m_service.removeAnnotation(m_target));
}

void RemoveAnnotationCommand::undo()
{
    undone(m_before ? m_service.annotate(m_target, m_before->text) : QString());
}

} // namespace trendboard
