// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace trendboard {

class ExhibitTableModel;

// Where the selected datapoint comes from: report, section, page, exhibit, series, the period
// as printed and as parsed, the value as printed and in base units, its status (reported,
// derived with its derivation, or a series the text does not state), source, note and quote.
class ProvenancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProvenancePanel(QWidget* parent = nullptr);

    void setModel(ExhibitTableModel* model);
    void showRow(int row);
    QString text() const;

private:
    ExhibitTableModel* m_model = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace trendboard
