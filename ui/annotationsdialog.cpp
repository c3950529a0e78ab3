// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationsdialog.h"

#include "analyst/analystservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trendboard {

namespace {
QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSortingEnabled(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QString& exhibit)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, exhibit);
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}
} // namespace

AnnotationsDialog::AnnotationsDialog(AnalystService& service, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Annotations and audit trail"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    auto* notes = new QWidget(tabs);
    auto* notesLayout = new QVBoxLayout(notes);
    m_filter = new QLineEdit(notes);
    m_filter->setPlaceholderText(tr("Filter notes…"));
    m_filter->setClearButtonEnabled(true);
    m_annotations =
        makeTable({tr("Exhibit"), tr("Series"), tr("Value at"), tr("Updated"), tr("Note")}, notes);
    notesLayout->addWidget(m_filter);
    notesLayout->addWidget(m_annotations, 1);
    tabs->addTab(notes, tr("Annotations"));
    m_audit = makeTable({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Target"), tr("Old"),
                         tr("New"), tr("Citation")},
                        tabs);
    tabs->addTab(m_audit, tr("Audit trail"));
    m_orphanPage = new QWidget(tabs);
    auto* orphanLayout = new QVBoxLayout(m_orphanPage);
    auto* why = new QLabel(tr("The report's data no longer has the exhibit, series or point of "
                              "these entries (its data was updated). They are kept in your "
                              "analyst database and in exports of the layer, but not shown."),
                           m_orphanPage);
    why->setWordWrap(true);
    orphanLayout->addWidget(why);
    m_orphans = makeTable({tr("Kind"), tr("Exhibit"), tr("Series"), tr("Value at"),
                           tr("Value or note"), tr("Citation"), tr("Updated")},
                          m_orphanPage);
    orphanLayout->addWidget(m_orphans, 1);
    tabs->addTab(m_orphanPage, tr("Not shown"));
    layout->addWidget(tabs);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int r = 0; r < m_annotations->rowCount(); ++r) {
            bool match = text.isEmpty();
            for (int c = 0; !match && c < m_annotations->columnCount(); ++c)
                match = m_annotations->item(r, c)->text().contains(text, Qt::CaseInsensitive);
            m_annotations->setRowHidden(r, !match);
        }
    });
    for (QTableWidget* table : {m_annotations, m_audit}) {
        connect(table, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
            const QString exhibit = item->data(Qt::UserRole).toString();
            if (!exhibit.isEmpty())
                emit exhibitRequested(exhibit);
        });
    }
    connect(&service, &AnalystService::changed, this, &AnnotationsDialog::reload);
    reload();
    resize(900, 480);
}

void AnnotationsDialog::reload()
{
    m_annotations->setSortingEnabled(false);
    const QVector<Annotation> annotations = m_service.analyst().annotations();
    m_annotations->setRowCount(int(annotations.size()));
    for (int r = 0; r < annotations.size(); ++r) {
        const Annotation& a = annotations.at(r);
        setRow(m_annotations, r,
               {a.target.exhibitId, a.target.series, a.target.xLabel, a.updatedUtc, a.text},
               a.target.exhibitId);
    }
    m_annotations->setSortingEnabled(true);
    m_audit->setSortingEnabled(false);
    const QVector<AuditEntry> audit = m_service.analyst().audit();
    m_audit->setRowCount(int(audit.size()));
    for (int r = 0; r < audit.size(); ++r) {
        const AuditEntry& e = audit.at(r);
        setRow(m_audit, r,
               {e.whenUtc, e.who, auditActionName(e.action), e.target.toString(), e.oldValue,
                e.newValue, e.citation},
               e.target.exhibitId);
    }
    m_audit->setSortingEnabled(true);
    m_audit->sortByColumn(0, Qt::DescendingOrder);
    m_orphans->setSortingEnabled(false);
    const QVector<AnalystValue> values = m_service.orphanedValues();
    const QVector<Annotation> notes = m_service.orphanedAnnotations();
    m_orphans->setRowCount(int(values.size() + notes.size()));
    int row = 0;
    for (const AnalystValue& v : values) {
        setRow(m_orphans, row++,
               {v.kind == AnalystValueKind::Edit ? tr("edited value") : tr("filled-in value"),
                v.key.exhibitId, v.key.series, v.key.xLabel,
                QStringLiteral("%1 %2").arg(QLocale().toString(v.value, 'g', 12), v.unit),
                v.citation, v.updatedUtc},
               {});
    }
    for (const Annotation& a : notes) {
        setRow(m_orphans, row++,
               {tr("note"),
                a.target.exhibitId,
                a.target.series,
                a.target.xLabel,
                a.text,
                {},
                a.updatedUtc},
               {});
    }
    m_orphans->setSortingEnabled(true);
    // The tab shows only when there is something in it, with its count.
    const int orphanTab = m_tabs->indexOf(m_orphanPage);
    m_tabs->setTabVisible(orphanTab, row > 0);
    m_tabs->setTabText(orphanTab, tr("Not shown (%1)").arg(row));
    // Re-apply the filter to the new rows.
    emit m_filter->textChanged(m_filter->text());
}

} // namespace trendboard
