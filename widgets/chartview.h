// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/charttransform.h"

#include <QSet>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
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

    // The stated values; the figure draws them as the view (as stated, indexed, change)
    // asks, from a copy of its own, so the table beside it always shows what was stated.
    void setModel(ExhibitTableModel* model);
    // What the figure draws: the stated values, or their transform.
    ExhibitTableModel* shownModel() const { return m_shown; }
    Transform transform() const;
    void setTransform(Transform transform);
    ExhibitFigure* figure() const { return m_figure; }
    void highlightRow(int row);
    // Turns the log axis on where the chart allows it; the box follows.
    void setLogScale(bool on);
    // The analyst's notes on the chart (the "Show annotations" box): on unless the user turned
    // them off, a choice kept in the settings and shared by every chart view.
    void setAnnotationsVisible(bool on);
    bool annotationsVisible() const;
    // This view shows annotations as told, whatever was saved, and saves nothing (a snapshot
    // from the command line, which leaves them off unless asked). Its own state: another
    // window's views, and the settings, are untouched.
    void fixAnnotations(bool on);

protected:
    void showEvent(QShowEvent* event) override;
    // A dark palette (View > Theme > Dark, or a dark desktop) draws the chart dark as well.
    void changeEvent(QEvent* event) override;

signals:
    void rowActivated(int row);
    void exportPngRequested();
    void exportCsvRequested();
    // A summary chart's "Details on page N" link.
    void detailsRequested(int page);
    void transformChanged();
    // The series hidden through the chart's legend changed (the model's series indexes).
    void hiddenSeriesChanged(const QSet<int>& hidden);

private:
    void updateControls();
    // inPlace: the stated values' cells changed (an edit), the drawn copy's change likewise.
    void updateShown(bool inPlace = false);
    // The figure's colours for the palette: the dark slide's on a dark window, else the
    // screen's light ones.
    void updateLook();
    // The fixed choice, else the saved one.
    bool annotationsSetting() const;

    ExhibitFigure* m_figure = nullptr;
    QCheckBox* m_log = nullptr;
    QCheckBox* m_annotations = nullptr;
    QComboBox* m_view = nullptr;
    ExhibitTableModel* m_shown = nullptr;
    QCheckBox* m_chart = nullptr;
    QToolButton* m_png = nullptr;
    QToolButton* m_csv = nullptr;
    QToolButton* m_copy = nullptr;
    QToolButton* m_details = nullptr;
    ExhibitTableModel* m_model = nullptr;
    std::optional<bool> m_fixedAnnotations;
};

} // namespace trendboard
