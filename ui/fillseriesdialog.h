// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analystdb.h"
#include "reportdb.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;

// Fills in a series the report does not state, or the gaps of one it states: one row per
// period of the exhibit's span at its own granularity, the report's own values shown and
// locked, rows addable for other periods. Every row is checked before anything is stored, and
// all are stored in one transaction: all rows go in, or none.
class FillSeriesDialog : public QDialog
{
    Q_OBJECT
public:
    FillSeriesDialog(const AnalystService& service, const ExhibitData& exhibit, int series,
                     QWidget* parent = nullptr);

    // The periods a fill-in grid offers for an exhibit: its own granularity over its span
    // (fillInPeriods in app/analyst/fillperiods.h).
    static QStringList periodsOf(const ExhibitData& exhibit);
    // The values of the filled rows, each completed against the report; empty with *problems
    // naming each bad row ('row 3 (Q1:24), value: not a number') when any is bad.
    QVector<AnalystValue> values(QStringList* problems) const;
    QTableWidget* grid() const { return m_grid; }
    QLineEdit* commonCitation() const { return m_citation; }

private:
    void addRow(const QString& period, const QString& reportValue);
    void tryAccept();

    const AnalystService& m_service;
    QString m_exhibit;
    QString m_series;
    QString m_unit;
    QTableWidget* m_grid = nullptr;
    QLineEdit* m_citation = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace trendboard
