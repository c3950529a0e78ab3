// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analystdb.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QMenu;
class QUndoStack;
class QWidget;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;
class DataTableView;
class ExhibitTableModel;
struct ExhibitData;

// What an analyst can do to the exhibit a section tab shows: edit a value, fill in a series
// the report does not state, annotate a value, series or exhibit, revert to the report's
// values. Every change is an undoable command on the window's one stack.
class AnalystActions : public QObject
{
    Q_OBJECT
public:
    AnalystActions(AnalystService& service, QUndoStack& stack, ExhibitTableModel* model,
                   QWidget* owner);

    // The key of a table row's point (exhibit, series, x label, row entity).
    static PointKey keyOf(const ExhibitData& exhibit, int series, int point);

    void editRow(int row);
    void fillSeries(int series);
    void annotate(const PointKey& target, const QString& what);
    void revert(const PointKey& scope);
    // The menu of a table row (or of the exhibit, for row -1), owned by the caller.
    void populateMenu(QMenu* menu, int row);
    // The series 'Fill in' offers, by index: those the report does not state and stated ones
    // with gaps (app/analyst/fillperiods.h).
    QVector<int> fillableSeries() const;

private:
    QString describe(const PointKey& key) const;

    AnalystService& m_service;
    QUndoStack& m_stack;
    QPointer<ExhibitTableModel> m_model;
    QWidget* m_owner;
};

} // namespace trendboard
