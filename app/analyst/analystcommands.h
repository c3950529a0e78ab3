// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analystdb.h"

#include <QUndoCommand>

#include <optional>

namespace trendboard {

class AnalystService;

// Undoable changes of the analyst layer, for a QUndoStack (the Edit menu). Each redo and undo
// goes through the service, so each is a committed transaction with its own audit row, and
// views hear AnalystService::changed(). A redo that fails (a bad value, a locked database)
// marks the command obsolete, so QUndoStack::push() drops it; the service emits failed().
class AnalystCommand : public QUndoCommand
{
public:
    // The message of the last failed redo or undo, empty when it succeeded.
    QString error() const { return m_error; }

protected:
    AnalystCommand(AnalystService& service, const QString& text, QUndoCommand* parent);
    // Records the outcome of a redo: a failed one makes the command obsolete.
    void redone(const QString& problem);
    void undone(const QString& problem) { m_error = problem; }

    AnalystService& m_service;

private:
    QString m_error;
};

// Fills in a value the report does not state (a citation is required).
class FillValueCommand : public AnalystCommand
{
public:
    FillValueCommand(AnalystService& service, const AnalystValue& value,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnalystValue m_value;
    std::optional<AnalystValue> m_before; // the layer's value before the first redo
    bool m_captured = false;
};

// Fills in many values at once (a fill-in grid): one command, one transaction, one undo step.
// Its undo puts back what the layer held at each point and takes the rest out, again in one
// transaction.
class FillValuesCommand : public AnalystCommand
{
public:
    FillValuesCommand(AnalystService& service, const QVector<AnalystValue>& values,
                      const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QVector<AnalystValue> m_values;
    QVector<AnalystValue> m_before; // the layer's values at those points before the first redo
    QVector<PointKey> m_new;        // the points the layer held nothing at
    bool m_captured = false;
};

// Imports an analyst layer file: one undoable command, so that undoing an earlier command can
// never overwrite or take out what the import wrote (the stack undoes the import first). Its
// undo takes out exactly what the import wrote; its redo applies the file again (checked
// again against the layer). `outcome`, when given, receives the first redo's report (a failed
// import makes the command obsolete, and QUndoStack::push() deletes it at once).
class ImportLayerCommand : public AnalystCommand
{
public:
    ImportLayerCommand(AnalystService& service, const QByteArray& json, const QString& fileName,
                       ImportReport* outcome = nullptr, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    QByteArray m_json;
    ImportReport m_applied; // what the last redo wrote
    ImportReport* m_outcome;
};

// Changes a value the report states; the report's value is kept beside it.
class EditValueCommand : public AnalystCommand
{
public:
    EditValueCommand(AnalystService& service, const AnalystValue& value,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnalystValue m_value;
    std::optional<AnalystValue> m_before;
    bool m_captured = false;
};

// Takes the analyst's value out of one point.
class RemoveValueCommand : public AnalystCommand
{
public:
    RemoveValueCommand(AnalystService& service, const PointKey& key,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PointKey m_key;
    std::optional<AnalystValue> m_before;
};

// Reverts a point, a series or a whole exhibit to the report's values.
class RevertCommand : public AnalystCommand
{
public:
    RevertCommand(AnalystService& service, const PointKey& scope, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PointKey m_scope;
    QVector<AnalystValue> m_removed;
};

// Sets the note on an exhibit, series or point (replacing one that is there).
class AnnotateCommand : public AnalystCommand
{
public:
    AnnotateCommand(AnalystService& service, const PointKey& target, const QString& text,
                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PointKey m_target;
    QString m_text;
    std::optional<Annotation> m_before;
    bool m_captured = false;
};

class RemoveAnnotationCommand : public AnalystCommand
{
public:
    RemoveAnnotationCommand(AnalystService& service, const PointKey& target,
                            QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    PointKey m_target;
    std::optional<Annotation> m_before;
};

} // namespace trendboard
