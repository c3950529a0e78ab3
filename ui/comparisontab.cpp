// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontab.h"

#include "analyst/analystservice.h"
#include "chart/chartcanvas.h"
#include "chartview.h"
#include "export/csv.h"
#include "export/exportservice.h"
#include "exportdialog.h"
#include "exportpath.h"
#include "figure/exhibitfigure.h"
#include "models/exhibittablemodel.h"
#include "models/flattablemodel.h"
#include "profiledialog.h"
#include "settings/preferences.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trendboard {

namespace {

// The report's own groupings; a name the database does not hold is skipped.
const QVector<QPair<QString, QStringList>>& presets()
{
    static const QVector<QPair<QString, QStringList>> list{
        {QT_TRANSLATE_NOOP("trendboard::ComparisonTab", "Big Six USA tech companies"),
         {"Apple", "NVIDIA", "Microsoft", "Alphabet", "Amazon", "Meta Platforms"}},
        {QT_TRANSLATE_NOOP("trendboard::ComparisonTab", "LLM makers"),
         {"OpenAI", "Anthropic", "xAI", "DeepSeek", "Alphabet", "Meta Platforms"}},
        {QT_TRANSLATE_NOOP("trendboard::ComparisonTab", "LLM products"),
         {"ChatGPT", "Gemini", "Claude", "Grok", "DeepSeek", "Perplexity", "Meta AI"}},
        {QT_TRANSLATE_NOOP("trendboard::ComparisonTab", "World Bank regions"),
         {"East Asia & Pacific", "Europe & Central Asia", "Latin America & Caribbean",
          "Middle East & North Africa", "North America", "South Asia", "Sub-Saharan Africa"}},
    };
    return list;
}

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kCountRole = Qt::UserRole + 2;
const QString kWithValues =
    QT_TRANSLATE_NOOP("trendboard::ComparisonTab", "Entities with values of this measure");
const QString kCountries =
    QT_TRANSLATE_NOOP("trendboard::ComparisonTab", "Countries with values of this measure");

} // namespace

QStringList ComparisonTab::presetNames()
{
    QStringList names;
    for (const auto& [name, entities] : presets())
        names.append(name);
    names << kWithValues << kCountries;
    return names;
}

ComparisonTab::ComparisonTab(const ReportDatabase& db, QSettings& settings, QWidget* parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_store(settings), m_cache(db)
{
    setReportNames(db.reports()); // the table names each value's report
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto* controls = new QWidget(split);
    auto* form = new QVBoxLayout(controls);
    form->setContentsMargins(0, 0, 6, 0);
    auto* heading = new QLabel(tr("Compare a measure across companies, products, countries and "
                                  "regions, from every exhibit of both reports."),
                               controls);
    heading->setWordWrap(true);
    form->addWidget(heading);

    auto* savedRow = new QHBoxLayout;
    m_saved = new QComboBox(controls);
    m_saved->setAccessibleName(tr("Saved comparisons"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* save = new QPushButton(tr("Save…"), controls);
    auto* rename = new QPushButton(tr("Rename…"), controls);
    auto* remove = new QPushButton(tr("Delete"), controls);
    // The saved list on a line of its own: beside the buttons it shrank to a clipped "Save".
    form->addWidget(m_saved);
    savedRow->addWidget(save);
    savedRow->addWidget(rename);
    savedRow->addWidget(remove);
    form->addLayout(savedRow);

    auto* fields = new QFormLayout;
    m_measure = new QComboBox(controls);
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    fields->addRow(tr("Measure"), m_measure);
    m_preset = new QComboBox(controls);
    m_preset->setAccessibleName(tr("Preset"));
    m_preset->addItem(tr("Choose a preset…"));
    // Shown translated; the item keeps the preset's own name, which applyPreset knows it by.
    for (const QString& name : presetNames())
        m_preset->addItem(tr(name.toUtf8().constData()), name);
    fields->addRow(tr("Preset"), m_preset);
    m_from = new QLineEdit(controls);
    m_from->setPlaceholderText(tr("from, e.g. 2020 or Q1:24"));
    m_to = new QLineEdit(controls);
    m_to->setPlaceholderText(tr("to, e.g. 5/25"));
    // A placeholder is gone once typed over: screen readers get names that stay.
    m_from->setAccessibleName(tr("Compare from period"));
    m_to->setAccessibleName(tr("Compare to period"));
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_to);
    fields->addRow(tr("Period"), period);
    form->addLayout(fields);

    m_entityFilter = new QLineEdit(controls);
    m_entityFilter->setPlaceholderText(tr("Filter entities…"));
    m_entityFilter->setClearButtonEnabled(true);
    m_entityFilter->setAccessibleName(tr("Filter entities"));
    form->addWidget(m_entityFilter);
    m_entities = new QListWidget(controls);
    m_entities->setAccessibleName(tr("Entities to compare"));
    form->addWidget(m_entities, 1);
    m_includeAnalyst = new QCheckBox(tr("Include analyst values"), controls);
    m_includeAnalyst->setToolTip(tr("The values analysts edited or filled in, marked; off: the "
                                    "reports' values only"));
    m_includeAnalyst->setChecked(Preferences(m_settings).includeAnalyst());
    m_includeAnalyst->setVisible(false); // until there is an analyst layer
    form->addWidget(m_includeAnalyst);
    m_status = new QLabel(controls);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    form->addWidget(m_status);

    auto* right = new QSplitter(Qt::Vertical, split);
    m_chart = new ChartView(right);
    m_figureModel = new ExhibitTableModel(this);
    m_chart->setModel(m_figureModel);
    m_table = new FlatTableModel(this);
    m_tableView = new QTableView(right);
    m_tableView->setModel(m_table);
    m_tableView->setAccessibleName(tr("Compared values"));
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->verticalHeader()->setVisible(false);
    // One line a value: the quote is read in its tooltip, numbers are never wrapped apart.
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({340, 1160});
    right->setSizes({620, 240});

    fillMeasures();
    fillEntities();
    fillSaved();

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        fillEntities();
        refresh();
    });
    connect(m_entities, &QListWidget::itemChanged, this, [this] { refresh(); });
    // An entity's name leads to its profile.
    connect(m_entities, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { openProfile(item->data(Qt::UserRole).toString()); });
    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        openProfile(m_table->index(index.row(), 0).data(Qt::UserRole).toString());
    });
    connect(m_entityFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int i = 0; i < m_entities->count(); ++i) {
            QListWidgetItem* item = m_entities->item(i);
            item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_from, &QLineEdit::editingFinished, this, [this] { refresh(); });
    connect(m_to, &QLineEdit::editingFinished, this, [this] { refresh(); });
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyPreset(m_preset->itemData(index).toString());
        m_preset->setCurrentIndex(0);
    });
    connect(m_saved, &QComboBox::activated, this, &ComparisonTab::openSaved);
    connect(save, &QPushButton::clicked, this, &ComparisonTab::saveAs);
    connect(rename, &QPushButton::clicked, this, &ComparisonTab::renameSaved);
    connect(remove, &QPushButton::clicked, this, &ComparisonTab::deleteSaved);
    connect(m_chart, &ChartView::exportPngRequested, this, &ComparisonTab::exportImage);
    connect(m_chart, &ChartView::exportCsvRequested, this, &ComparisonTab::exportCsv);

    // Opens on a comparison that shows something: the Big Six's market capitalisation.
    const int marketCap = m_measure->findData(QStringLiteral("market_cap"));
    if (marketCap >= 0)
        m_measure->setCurrentIndex(marketCap);
    applyPreset(presets().first().first);
}

void ComparisonTab::fillMeasures()
{
    const QSignalBlocker block(m_measure);
    m_measure->clear();
    for (const MeasureInfo& m : m_db.measures()) {
        if (m.datapoints == 0 || m.entities == 0)
            continue;
        m_measure->addItem(
            tr("%1 (%2 values)").arg(displayMeasureName(m.id, m.name)).arg(m.datapoints), m.id);
        m_measure->setItemData(
            m_measure->count() - 1,
            tr("%1 — %2, %3 entities").arg(m.id, quantityText(m.quantity)).arg(m.entities),
            Qt::ToolTipRole);
    }
    if (!m_db.readError().isEmpty())
        emit databaseFailed(m_db.readError());
}

// Entities with values of the measure first (with their counts), then every other one.
void ComparisonTab::fillEntities()
{
    const QStringList checked = checkedEntities();
    const QString measure = m_measure->currentData().toString();
    QVector<EntityInfo> entities = m_db.entities();
    // Counted, not read: the measure's values at 1000 times the data were 300 MB.
    const QHash<QString, int> counts = m_db.measureValueCounts(measure);
    std::stable_sort(entities.begin(), entities.end(),
                     [&counts](const EntityInfo& a, const EntityInfo& b) {
                         return counts.value(a.name) > counts.value(b.name);
                     });
    const QSignalBlocker block(m_entities);
    m_entities->clear();
    for (const EntityInfo& e : std::as_const(entities)) {
        const int n = counts.value(e.name);
        const QString name = displayEntityName(e.name);
        const QString kind = entityKindText(e.kind);
        auto* item =
            new QListWidgetItem(n > 0 ? (n == 1 ? tr("%1 — %2, 1 value").arg(name, kind)
                                                : tr("%1 — %2, %3 values").arg(name, kind).arg(n))
                                      : tr("%1 — %2, no values").arg(name, kind),
                                m_entities);
        item->setData(Qt::UserRole, e.name);
        item->setData(kKindRole, e.kind);
        item->setData(kCountRole, n);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(e.name) ? Qt::Checked : Qt::Unchecked);
        if (n == 0)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
}

QStringList ComparisonTab::checkedEntities() const
{
    QStringList names;
    for (int i = 0; i < m_entities->count(); ++i) {
        if (m_entities->item(i)->checkState() == Qt::Checked)
            names.append(m_entities->item(i)->data(Qt::UserRole).toString());
    }
    return names;
}

bool ComparisonTab::applyPreset(const QString& name)
{
    QStringList wanted;
    for (const auto& [preset, entities] : presets()) {
        if (preset == name)
            wanted = entities;
    }
    if (name == kWithValues || name == kCountries) {
        // The list is sorted by count: the first twelve with values.
        for (int i = 0; i < m_entities->count() && wanted.size() < 12; ++i) {
            const QListWidgetItem* item = m_entities->item(i);
            const bool hasValues = item->data(kCountRole).toInt() > 0;
            const bool country = item->data(kKindRole).toString() == QLatin1String("country");
            if (hasValues && (name == kWithValues || country))
                wanted.append(item->data(Qt::UserRole).toString());
        }
    }
    if (wanted.isEmpty())
        return false;
    checkOnly(wanted);
    refresh();
    return true;
}

void ComparisonTab::checkOnly(const QStringList& names)
{
    const QSignalBlocker block(m_entities);
    for (int i = 0; i < m_entities->count(); ++i) {
        QListWidgetItem* item = m_entities->item(i);
        item->setCheckState(names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

SavedComparison ComparisonTab::currentComparison() const
{
    SavedComparison c;
    c.name = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
    c.request = {m_measure->currentData().toString(), checkedEntities(), m_from->text().trimmed(),
                 m_to->text().trimmed()};
    c.transform = m_chart->transform();
    c.log = m_chart->figure()->canvas()->logScale();
    return c;
}

void ComparisonTab::setComparison(const SavedComparison& comparison)
{
    m_updating = true;
    const int measure = m_measure->findData(comparison.request.measure);
    if (measure >= 0)
        m_measure->setCurrentIndex(measure);
    QStringList wanted;
    for (const QString& e : comparison.request.entities)
        wanted.append(m_db.resolveEntity(e).value_or(e));
    checkOnly(wanted);
    m_from->setText(comparison.request.periodFrom);
    m_to->setText(comparison.request.periodTo);
    m_chart->setTransform(comparison.transform);
    m_updating = false;
    refresh();
    m_chart->setLogScale(comparison.log);
}

ExhibitTableModel* ComparisonTab::figureModel() const
{
    return m_chart->shownModel();
}

ProfileDialog* ComparisonTab::openProfile(const QString& entity)
{
    // "Region › Country" rows open the country.
    const QString name = entity.section(QStringLiteral(" › "), -1);
    if (name.isEmpty())
        return nullptr;
    auto* dialog = new ProfileDialog(m_db, name, m_analyst, this);
    connect(dialog, &ProfileDialog::exhibitRequested, this, &ComparisonTab::exhibitRequested);
    dialog->show();
    return dialog;
}

void ComparisonTab::setAnalystService(const AnalystService* analyst)
{
    m_analyst = analyst;
    m_includeAnalyst->setVisible(analyst != nullptr);
    if (analyst) {
        connect(m_includeAnalyst, &QCheckBox::toggled, this, [this](bool on) {
            Preferences(m_settings).setIncludeAnalyst(on);
            refresh();
        });
        // Only a change of a value of the measure compared, about an entity compared, changes
        // the comparison: any other leaves it as it is. A hidden tab only notes that it is
        // stale and compares when shown: an edit in a section tab must not wait for a
        // comparison nobody sees. An import changes many values at once: one comparison after
        // them all.
        connect(analyst, &AnalystService::valuesChanged, this,
                [this](const QVector<PointKey>& points) {
                    if (!touches(points))
                        return;
                    if (!isVisible()) {
                        m_stale = true;
                        return;
                    }
                    queueRefresh();
                });
    }
    refresh();
}

void ComparisonTab::queueRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

QString ComparisonTab::statusText() const
{
    return m_status->text();
}

bool ComparisonTab::touches(const QVector<PointKey>& points) const
{
    // A comparison of the report's values only, or none (fewer than two entities, a request
    // it cannot answer), is not the layer's.
    if (!m_analyst || !m_includeAnalyst->isChecked() || m_comparison.asked.isEmpty())
        return false;
    // Of each point its measure and entity (its own, else its series'): one indexed query of
    // the report for the points changed, nothing of the rest of the layer.
    const QVector<ReportDatabase::PointMeasure> measures = m_analyst->pointMeasures(points);
    return std::any_of(measures.cbegin(), measures.cend(),
                       [this](const ReportDatabase::PointMeasure& m) {
                           return m.found && m.measure == m_comparison.measure.id &&
                                  m_comparison.asked.contains(m.entity);
                       });
}

void ComparisonTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ComparisonTab::refresh()
{
    if (m_updating)
        return;
    m_stale = false;
    ++m_refreshes;
    const SavedComparison wanted = currentComparison();
    if (wanted.request.entities.size() < 2) {
        m_comparison = {};
        m_figureModel->setExhibit(std::nullopt);
        m_table->setTable({});
        m_status->setText(tr("Tick two to twelve entities to compare."));
        return;
    }
    ComparisonRequest request = wanted.request;
    request.includeAnalyst = m_includeAnalyst->isChecked();
    m_comparison = m_cache.compare(request, m_analyst);
    if (!m_db.readError().isEmpty())
        emit databaseFailed(m_db.readError());
    if (!m_comparison.error.isEmpty()) {
        m_figureModel->setExhibit(std::nullopt);
        m_table->setTable({});
        m_status->setText(m_comparison.error);
        return;
    }
    m_table->updateTable(comparisonTable(m_comparison));
    if (m_comparison.values.isEmpty()) {
        m_figureModel->setExhibit(std::nullopt);
        m_status->setText(
            tr("The reports state no value of %1 for %2.")
                .arg(m_comparison.measure.name, m_comparison.entities.join(QStringLiteral(", "))));
        return;
    }
    // The chart view draws it as its view asks (as stated, indexed, change).
    m_figureModel->setExhibit(comparisonExhibit(m_comparison));
    QMap<QString, int> perReport;
    for (const MeasureValue& v : m_comparison.values)
        perReport[displayShortTitle(v.reportShort)]++;
    QStringList counts;
    for (auto it = perReport.cbegin(); it != perReport.cend(); ++it)
        counts.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    const int count = int(m_comparison.values.size());
    QString status = (count == 1 ? tr("1 value (%1).") : tr("%1 values (%2).").arg(count))
                         .arg(counts.join(QStringLiteral(", ")));
    if (m_comparison.analystValues > 0)
        status += QLatin1Char(' ') +
                  tr("%n of them the analyst's, marked.", nullptr, m_comparison.analystValues);
    if (!m_comparison.withoutValues.isEmpty())
        status +=
            QLatin1Char(' ') +
            tr("No value for: %1.").arg(m_comparison.withoutValues.join(QStringLiteral(", ")));
    m_status->setText(status);
}

QStringList ComparisonTab::savedNames() const
{
    QStringList names;
    for (const SavedComparison& c : m_store.all())
        names.append(c.name);
    return names;
}

void ComparisonTab::fillSaved(const QString& select)
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("Saved comparisons…"));
    m_saved->addItems(savedNames());
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(select)));
}

void ComparisonTab::openSaved(int index)
{
    if (index <= 0)
        return;
    if (const auto saved = m_store.find(m_saved->itemText(index)))
        setComparison(*saved);
}

void ComparisonTab::saveAs()
{
    SavedComparison c = currentComparison();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save comparison"), tr("Name:"), QLineEdit::Normal,
                              c.name.isEmpty() ? m_comparison.title() : c.name, &ok);
    if (!ok)
        return;
    if (m_store.find(name.trimmed()) && name.trimmed() != c.name &&
        QMessageBox::question(
            this, tr("Replace comparison"),
            tr("A comparison named '%1' exists. Replace it?").arg(name.trimmed())) !=
            QMessageBox::Yes)
        return;
    c.name = name;
    const QString problem = m_store.save(c);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Not saved"), problem);
        return;
    }
    fillSaved(name.trimmed());
}

void ComparisonTab::renameSaved()
{
    if (m_saved->currentIndex() <= 0)
        return;
    const QString from = m_saved->currentText();
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename comparison"), tr("Name:"),
                                             QLineEdit::Normal, from, &ok);
    if (!ok)
        return;
    const QString problem = m_store.rename(from, to);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Not renamed"), problem);
        return;
    }
    fillSaved(to.trimmed());
}

void ComparisonTab::deleteSaved()
{
    if (m_saved->currentIndex() <= 0)
        return;
    const QString name = m_saved->currentText();
    if (QMessageBox::question(this, tr("Delete comparison"),
                              tr("Delete the saved comparison '%1'?").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_store.remove(name);
    fillSaved();
}

void ComparisonTab::exportImage()
{
    if (!m_chart->shownModel()->hasExhibit())
        return;
    ExportDialog::exportFigure(m_figureModel->exhibit(),
                               QStringLiteral("compare-%1").arg(m_comparison.measure.id), this);
}

void ComparisonTab::exportCsv()
{
    if (m_table->rowCount() == 0)
        return;
    const QString path = askExportPath(
        this, tr("Export compared values as CSV"),
        QStringLiteral("compare-%1.csv").arg(m_comparison.measure.id), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The file holds exactly the rows the table shows.
    const QString problem = writeCsv(m_table->table(), path);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), problem);
}

} // namespace trendboard
