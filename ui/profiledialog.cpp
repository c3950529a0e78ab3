// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiledialog.h"

#include "analyst/analystservice.h"
#include "models/flattablemodel.h"
#include "settings/preferences.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace trendboard {

ProfileDialog::ProfileDialog(const ReportDatabase& db, const QString& entity,
                             const AnalystService* analyst, QWidget* parent)
    : QDialog(parent), m_db(db), m_analyst(analyst), m_entity(entity)
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_includeAnalyst = new QCheckBox(tr("Include analyst values"), this);
    m_includeAnalyst->setToolTip(tr("The values analysts edited or filled in, in purple italics; "
                                    "off: the reports' values only"));
    m_includeAnalyst->setChecked(Preferences().includeAnalyst());
    m_includeAnalyst->setVisible(analyst != nullptr);
    layout->addWidget(m_includeAnalyst);
    m_table = new FlatTableModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_table);
    m_view->setAccessibleName(tr("Values stated about %1").arg(entity));
    m_view->verticalHeader()->setVisible(false);
    // One line a value: the quote is read in its tooltip, numbers are never wrapped apart.
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setToolTip(tr("Double-click a value (or press Enter) to open its exhibit"));
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_includeAnalyst, &QCheckBox::toggled, this, &ProfileDialog::load);
    load();
    // Wide enough for its columns, but never wider or taller than the screen it opens on (at
    // 1024x700 a fixed 1100 px hid the Close button and cut the summary).
    QSize size(1100, 640);
    if (const QScreen* screen = parent ? parent->screen() : this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

void ProfileDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    // Only the quote follows the width: measuring every cell again on each step of a drag
    // would be slow for an entity with hundreds of values.
    fitQuote();
}

void ProfileDialog::load()
{
    m_profile = entityProfile(m_db, m_entity, m_includeAnalyst->isChecked() ? m_analyst : nullptr);
    if (!m_profile.error.isEmpty()) {
        setWindowTitle(tr("Profile"));
        m_summary->setText(m_profile.error);
        m_table->setTable({});
        return;
    }
    const EntityInfo& e = m_profile.entity;
    const QString name = displayEntityName(e.name);
    setWindowTitle(tr("Profile — %1").arg(name));
    QStringList measures;
    for (const EntityProfile::Group& g : m_profile.groups)
        measures.append(QStringLiteral("%1 (%2)")
                            .arg(displayMeasureName(g.measure.id, g.measure.name))
                            .arg(g.values.size()));
    QString text = tr("%1 — %2").arg(name, entityKindText(e.kind));
    if (!e.parent.isEmpty())
        text += tr(", part of %1").arg(displayEntityName(e.parent));
    if (!e.aliases.isEmpty())
        text += tr("; also called %1").arg(e.aliases.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    text += m_profile.groups.isEmpty()
                ? tr("The reports state no value about it.")
                : tr("%n value(s)", nullptr, m_profile.valueCount()) +
                      tr(" in %n measure(s): %1", nullptr, int(m_profile.groups.size()))
                          .arg(measures.join(QStringLiteral(", ")));
    if (m_profile.analystValues > 0)
        text += QLatin1Char('\n') + tr("%n of them the analyst's (edited or filled in), in "
                                       "purple italics.",
                                       nullptr, m_profile.analystValues);
    m_summary->setText(text);
    m_table->setTable(profileDisplayTable(m_profile));
    m_table->setHeaders(profileColumnTitles());
    m_rowExhibits = profileRowExhibits(m_profile);
    fitColumns();
}

void ProfileDialog::fitColumns()
{
    // Measure, period, value and page fit their contents (a long measure name is cut); the
    // quote takes what is left of the view's width, so the page and quote are read at the
    // dialog's own size; exhibit, report and the analyst's columns follow, to scroll to.
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    const int measure = int(m_table->table().columns.indexOf(QStringLiteral("measure")));
    if (measure >= 0)
        header->resizeSection(measure, std::min(header->sectionSize(measure), 220));
    fitQuote();
}

void ProfileDialog::fitQuote()
{
    QHeaderView* header = m_view->horizontalHeader();
    const int quote = int(m_table->table().columns.indexOf(QStringLiteral("quote")));
    if (quote < 0)
        return;
    int before = 0;
    for (int c = 0; c < quote; ++c)
        before += header->sectionSize(c);
    const int room = m_view->viewport()->width() > 100 ? m_view->viewport()->width() : width() - 40;
    header->resizeSection(quote, std::clamp(room - before - 4, 240, 900));
}

void ProfileDialog::openRow(int row)
{
    const QString exhibit = m_rowExhibits.value(row);
    if (!exhibit.isEmpty())
        emit exhibitRequested(exhibit);
}

QString ProfileDialog::summary() const
{
    return m_summary->text();
}

} // namespace trendboard
