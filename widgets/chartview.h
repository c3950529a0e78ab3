#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QToolButton;
QT_END_NAMESPACE

namespace trendboard {

class ExhibitFigure;
class ExhibitTableModel;

// The figure of the selected exhibit with its view controls (log scale) and export actions.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);

    void setModel(ExhibitTableModel* model);
    ExhibitFigure* figure() const { return m_figure; }
    void highlightRow(int row);
    // Turns the log axis on where the chart allows it; the box follows.
    void setLogScale(bool on);

signals:
    void rowActivated(int row);
    void exportPngRequested();
    void exportCsvRequested();
    // A summary chart's "Details on page N" link.
    void detailsRequested(int page);

private:
    void updateControls();

    ExhibitFigure* m_figure = nullptr;
    QCheckBox* m_log = nullptr;
    QCheckBox* m_chart = nullptr;
    QToolButton* m_png = nullptr;
    QToolButton* m_csv = nullptr;
    QToolButton* m_details = nullptr;
    ExhibitTableModel* m_model = nullptr;
};

} // namespace trendboard
