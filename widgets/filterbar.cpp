// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "checklistbutton.h"
#include "palettecolors.h"
#include "period.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace trendboard {

FilterBar::FilterBar(const FilterService& service, QWidget* parent)
    : QWidget(parent), m_service(service)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search every tab… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search exhibits"));
    m_search->setToolTip(tr("Titles, headlines, notes, sources, series and the companies, "
                            "products, countries and regions they name"));
    m_search->setMinimumWidth(150);
    m_search->installEventFilter(this);
    m_entities = new CheckListButton(tr("Entities"), this);
    auto* period = new QLabel(tr("Period"), this);
    m_from = new QLineEdit(this);
    m_to = new QLineEdit(this);
    for (QLineEdit* bound : {m_from, m_to}) {
        bound->setMaximumWidth(64);
        bound->setClearButtonEnabled(false);
    }
    m_from->setPlaceholderText(tr("from"));
    m_to->setPlaceholderText(tr("to"));
    m_from->setAccessibleName(tr("Periods from"));
    m_to->setAccessibleName(tr("Periods to"));
    period->setBuddy(m_from);
    m_quantities = new CheckListButton(tr("Kind"), this);
    m_units = new CheckListButton(tr("Unit"), this);
    m_sources = new CheckListButton(tr("Source"), this);
    m_withValues = new QCheckBox(tr("With values"), this);
    m_withValues->setToolTip(tr("Only exhibits whose values the report text states"));
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear all"));
    m_clear->setAccessibleName(tr("Clear all filters"));

    layout->addWidget(m_search, 1);
    layout->addWidget(m_entities);
    layout->addWidget(period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_quantities);
    layout->addWidget(m_units);
    layout->addWidget(m_sources);
    layout->addWidget(m_withValues);
    layout->addWidget(m_clear);

    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::readFields);
    connect(m_from, &QLineEdit::textChanged, this, &FilterBar::readFields);
    connect(m_to, &QLineEdit::textChanged, this, &FilterBar::readFields);
    for (CheckListButton* button : {m_entities, m_quantities, m_units, m_sources})
        connect(button, &CheckListButton::checkedChanged, this, &FilterBar::readFields);
    connect(m_withValues, &QCheckBox::toggled, this, &FilterBar::readFields);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    const QVector<QPair<CheckListButton*, Facet>> facets{{m_entities, Facet::Entity},
                                                         {m_quantities, Facet::Quantity},
                                                         {m_units, Facet::Unit},
                                                         {m_sources, Facet::Source}};
    for (const auto& [button, facet] : facets)
        button->setItemsSource([this, facet = facet] { return facetItems(facet); });
    refreshCounts();
}

QString FilterBar::quantityName(const QString& quantity)
{
    if (quantity == QLatin1String("level"))
        return tr("Level (amount)");
    if (quantity == QLatin1String("share"))
        return tr("Share");
    if (quantity == QLatin1String("growth"))
        return tr("Growth rate");
    if (quantity == QLatin1String("multiple"))
        return tr("Multiple");
    if (quantity == QLatin1String("index"))
        return tr("Index");
    if (quantity == QLatin1String("rank"))
        return tr("Rank");
    return quantity;
}

void FilterBar::setFilter(const ExhibitFilter& filter)
{
    m_updating = true;
    m_search->setText(filter.text);
    m_from->setText(filter.periodFrom);
    m_to->setText(filter.periodTo);
    m_entities->setChecked(filter.entities);
    m_quantities->setChecked(filter.quantities);
    m_units->setChecked(filter.units);
    m_sources->setChecked(filter.sources);
    m_withValues->setChecked(filter.onlyWithValues);
    m_updating = false;
    readFields();
}

void FilterBar::clear()
{
    setFilter({});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::setProblem(const QString& problem)
{
    // The bound that does not parse turns red; its tooltip says why.
    for (QLineEdit* bound : {m_from, m_to}) {
        const QString text = bound->text().trimmed();
        const bool bad = !text.isEmpty() && !parsePeriod(text.toStdString()).period;
        QPalette p = palette();
        if (bad)
            p.setColor(QPalette::Base, problemBaseColor(p));
        bound->setPalette(p);
        bound->setToolTip(bad ? problem : tr("A period the report prints: 2024, Q1:25, 4/25"));
    }
}

void FilterBar::readFields()
{
    if (m_updating)
        return;
    ExhibitFilter f;
    f.text = m_search->text();
    f.entities = m_entities->checked();
    f.periodFrom = m_from->text();
    f.periodTo = m_to->text();
    f.quantities = m_quantities->checked();
    f.units = m_units->checked();
    f.sources = m_sources->checked();
    f.onlyWithValues = m_withValues->isChecked();
    m_clear->setEnabled(f.isActive());
    if (f == m_filter)
        return;
    m_filter = f;
    refreshCounts();
    emit filterChanged(m_filter);
}

void FilterBar::refreshCounts()
{
    // Counted when a list opens: a keystroke counts nothing no one looks at.
    for (CheckListButton* button : {m_entities, m_quantities, m_units, m_sources})
        button->invalidateItems();
    m_clear->setEnabled(m_filter.isActive());
}

QVector<CheckListButton::Item> FilterBar::facetItems(Facet facet) const
{
    QVector<CheckListButton::Item> out;
    const bool named = facet == Facet::Quantity;
    for (const FacetCount& c : m_service.counts(facet, m_filter))
        out.append({c.value, named ? quantityName(c.value) : QString(), c.exhibits});
    return out;
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down) {
            emit moveIntoList();
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trendboard
