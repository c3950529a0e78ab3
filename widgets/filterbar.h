// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "browse/exhibitfilter.h"
#include "checklistbutton.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace trendboard {

// One filter bar for every tab: search as you type, entities, a period range, the kind of
// quantity, unit, source and 'with values'. Each list counts the exhibits a choice would
// leave, given the other filters.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(const FilterService& service, QWidget* parent = nullptr);

    ExhibitFilter filter() const { return m_filter; }
    void setFilter(const ExhibitFilter& filter);
    void clear();
    void focusSearch();
    // Says what is wrong with a period bound (at the field), or clears it.
    void setProblem(const QString& problem);

    QLineEdit* searchBox() const { return m_search; }
    CheckListButton* entityButton() const { return m_entities; }
    CheckListButton* quantityButton() const { return m_quantities; }
    CheckListButton* unitButton() const { return m_units; }
    CheckListButton* sourceButton() const { return m_sources; }

    // 'growth' -> 'Growth rate'.
    static QString quantityName(const QString& quantity);

signals:
    void filterChanged(const ExhibitFilter& filter);
    // Down in the search box: the current tab's exhibit list takes the focus.
    void moveIntoList();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void readFields();
    void refreshCounts();
    QVector<CheckListButton::Item> facetItems(Facet facet) const;

    const FilterService& m_service;
    ExhibitFilter m_filter;
    QLineEdit* m_search = nullptr;
    CheckListButton* m_entities = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    CheckListButton* m_quantities = nullptr;
    CheckListButton* m_units = nullptr;
    CheckListButton* m_sources = nullptr;
    QCheckBox* m_withValues = nullptr;
    QToolButton* m_clear = nullptr;
    bool m_updating = false;
};

} // namespace trendboard
