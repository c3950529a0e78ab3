// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analystdb.h"
#include "compare/comparisonstore.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSettings;
class QShowEvent;
class QTableView;
QT_END_NAMESPACE

namespace trendboard {

class AnalystService;
class ChartView;
class ExhibitTableModel;
class FlatTableModel;
class ProfileDialog;

// The comparison workspace: one measure for two to twelve entities across every exhibit and
// both reports, drawn as one chart with its table; presets, transforms and named comparisons.
class ComparisonTab : public QWidget
{
    Q_OBJECT
public:
    ComparisonTab(const ReportDatabase& db, QSettings& settings, QWidget* parent = nullptr);

    // Shows a comparison as if chosen in the controls.
    void setComparison(const SavedComparison& comparison);
    SavedComparison currentComparison() const;
    const Comparison& comparison() const { return m_comparison; }
    QString statusText() const;
    ChartView* chartView() const { return m_chart; }
    FlatTableModel* tableModel() const { return m_table; }
    // What the chart draws (after the view's transform).
    ExhibitTableModel* figureModel() const;
    QStringList savedNames() const;
    // Applies a preset by its name (Big Six, LLM makers, …) to the entity list.
    bool applyPreset(const QString& name);
    static QStringList presetNames();
    // Opens the profile of an entity (double-click on a name in the list or the table).
    ProfileDialog* openProfile(const QString& entity);
    // Comparisons and profiles include the analyst's values from now on, marked, with a switch
    // to hide them; they follow the analyst's changes.
    void setAnalystService(const AnalystService* analyst);
    QCheckBox* includeAnalystBox() const { return m_includeAnalyst; }
    // How many times the tab has compared (the work an analyst's edit may cost; for tests).
    int refreshCount() const { return m_refreshes; }
    // An analyst change came while the tab was hidden: it compares again when shown.
    bool isStale() const { return m_stale; }
    // Whether a change of the analyst's values at these points changes the comparison shown:
    // a value of the measure compared about an entity compared (a region's country where it
    // stands for the region). Any other change does not compare again.
    bool touches(const QVector<PointKey>& points) const;

signals:
    void databaseFailed(const QString& message);
    // An exhibit is to be shown (a row of an entity's profile was activated).
    void exhibitRequested(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillMeasures();
    void fillEntities();
    void refresh();
    // One refresh once the changes of this event (an import's many) are in.
    void queueRefresh();
    void saveAs();
    void renameSaved();
    void deleteSaved();
    void openSaved(int index);
    void fillSaved(const QString& select = {});
    void exportImage();
    void exportCsv();
    QStringList checkedEntities() const;
    // Ticks exactly these entities, without a refresh per tick.
    void checkOnly(const QStringList& names);

    const ReportDatabase& m_db;
    QSettings& m_settings;
    const AnalystService* m_analyst = nullptr;
    ComparisonStore m_store;
    // The report's side of the comparisons shown: an edit re-applies only the analyst layer.
    ComparisonCache m_cache;
    Comparison m_comparison;
    bool m_updating = false;
    bool m_refreshQueued = false;
    bool m_stale = false;
    int m_refreshes = 0;
    QComboBox* m_saved = nullptr;
    QComboBox* m_measure = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_entityFilter = nullptr;
    QListWidget* m_entities = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_includeAnalyst = nullptr;
    ChartView* m_chart = nullptr;
    ExhibitTableModel* m_figureModel = nullptr;
    FlatTableModel* m_table = nullptr;
    QTableView* m_tableView = nullptr;
};

} // namespace trendboard
