// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystactions.h"

#include "analyst/analystcommands.h"
#include "analyst/analystservice.h"
#include "analyst/fillperiods.h"
#include "fillseriesdialog.h"
#include "models/exhibittablemodel.h"
#include "text/displaylanguage.h"
#include "text/valueformat.h"
#include "valuedialog.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace trendboard {

AnalystActions::AnalystActions(AnalystService& service, QUndoStack& stack, ExhibitTableModel* model,
                               QWidget* owner)
    : QObject(owner), m_service(service), m_stack(stack), m_model(model), m_owner(owner)
{
}

PointKey AnalystActions::keyOf(const ExhibitData& exhibit, int series, int point)
{
    const SeriesRecord& s = exhibit.series.at(series);
    const PointRecord& p = s.points.at(point);
    return {exhibit.info.id, s.name, p.xLabel, p.entity};
}

QString AnalystActions::describe(const PointKey& key) const
{
    // The key names series and category by their English (the analyst layer's keys); the
    // dialogs name them in the display language.
    QString series = key.series;
    QString label = key.xLabel;
    for (const SeriesRecord& s : m_model->exhibit().series) {
        if (s.name != key.series)
            continue;
        series = displaySeriesName(s);
        for (const PointRecord& p : s.points) {
            if (p.xLabel == key.xLabel)
                label = displayXLabel(p);
        }
    }
    switch (key.scope()) {
    case PointKey::Scope::Exhibit:
        return tr("the exhibit “%1”").arg(displayTitle(m_model->exhibit().info));
    case PointKey::Scope::Series:
        return tr("the series “%1”").arg(series);
    case PointKey::Scope::Point:
        return tr("%1, %2%3")
            .arg(series, label,
                 key.entity.isEmpty() ? QString() : tr(" (%1)").arg(displayEntityName(key.entity)));
    case PointKey::Scope::Invalid:
        break;
    }
    return {};
}

void AnalystActions::editRow(int row)
{
    if (!m_model || !m_model->hasExhibit() || row < 0 || row >= m_model->rowCount())
        return;
    const ExhibitData& exhibit = m_model->exhibit();
    const int s = m_model->seriesOfRow(row);
    const int p = m_model->pointOfRow(row);
    const PointRecord& point = exhibit.series.at(s).points.at(p);
    if (!point.value && point.analyst == AnalystMark::None) {
        QMessageBox::information(
            m_owner, tr("Edit value"),
            tr("This cell is text (%1); only numbers can be edited.").arg(point.text));
        return;
    }
    AnalystValue initial;
    initial.key = keyOf(exhibit, s, p);
    if (const auto stored = m_service.value(initial.key)) {
        initial = *stored;
    } else {
        initial.value = point.value.value_or(0);
        initial.unit = point.unit;
        // complete() names the period where the x label is one: a category's (p. 58's
        // "TiVo (1999)") is not, and as a period it made every edit of it refused.
        m_service.complete(initial);
    }
    ValueDialog dialog(m_service, initial, describe(initial.key), m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AnalystValue value = dialog.value();
    if (value.kind == AnalystValueKind::Edit)
        m_stack.push(new EditValueCommand(m_service, value));
    else
        m_stack.push(new FillValueCommand(m_service, value));
}

void AnalystActions::fillSeries(int series)
{
    if (!m_model || !m_model->hasExhibit() || series < 0 ||
        series >= m_model->exhibit().series.size())
        return;
    FillSeriesDialog dialog(m_service, m_model->exhibit(), series, m_owner);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVector<AnalystValue> values = dialog.values(nullptr);
    // The whole grid is one command: one transaction, one step to undo.
    m_stack.push(
        new FillValuesCommand(m_service, values,
                              tr("Fill in %n value(s) of “%1”", nullptr, int(values.size()))
                                  .arg(displaySeriesName(m_model->exhibit().series.at(series)))));
}

void AnalystActions::annotate(const PointKey& target, const QString& what)
{
    const auto current = m_service.annotation(target);
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(m_owner, tr("Annotate"), tr("Note on %1:").arg(what),
                                       current ? current->text : QString(), &ok);
    if (!ok)
        return;
    if (text.trimmed().isEmpty()) {
        if (current)
            m_stack.push(new RemoveAnnotationCommand(m_service, target));
        return;
    }
    if (text.trimmed().size() > kMaxTextLength) {
        QMessageBox::warning(m_owner, tr("Annotate"),
                             tr("The note is %1 characters long; a note takes at most %2.")
                                 .arg(text.trimmed().size())
                                 .arg(kMaxTextLength));
        return;
    }
    m_stack.push(new AnnotateCommand(m_service, target, text.trimmed()));
}

void AnalystActions::revert(const PointKey& scope)
{
    if (m_service.analyst().values(scope).isEmpty())
        return;
    m_stack.push(new RevertCommand(m_service, scope));
}

QVector<int> AnalystActions::fillableSeries() const
{
    if (!m_model || !m_model->hasExhibit())
        return {};
    return trendboard::fillableSeries(m_model->exhibit());
}

void AnalystActions::populateMenu(QMenu* menu, int row)
{
    if (!m_model || !m_model->hasExhibit() || m_model->exhibit().info.id.isEmpty())
        return;
    const ExhibitData& exhibit = m_model->exhibit();
    const PointKey exhibitKey{exhibit.info.id, {}, {}, {}};
    if (row >= 0 && row < m_model->rowCount()) {
        const int s = m_model->seriesOfRow(row);
        const int p = m_model->pointOfRow(row);
        const PointKey point = keyOf(exhibit, s, p);
        const PointKey series{exhibit.info.id, point.series, {}, {}};
        menu->addAction(tr("&Edit value…"), this, [this, row] { editRow(row); });
        QAction* revertPoint =
            menu->addAction(tr("&Revert to reported"), this, [this, point] { revert(point); });
        revertPoint->setEnabled(m_service.value(point).has_value());
        menu->addAction(tr("&Annotate value…"), this,
                        [this, point] { annotate(point, describe(point)); });
        menu->addSeparator();
        menu->addAction(tr("Annotate &series…"), this,
                        [this, series] { annotate(series, describe(series)); });
        QAction* revertSeries = menu->addAction(tr("Revert series to reported"), this,
                                                [this, series] { revert(series); });
        revertSeries->setEnabled(!m_service.analyst().values(series).isEmpty());
        menu->addSeparator();
    }
    for (int s : fillableSeries()) {
        menu->addAction(tr("&Fill in “%1”…").arg(displaySeriesName(exhibit.series.at(s))), this,
                        [this, s] { fillSeries(s); });
    }
    menu->addAction(tr("Annotate e&xhibit…"), this,
                    [this, exhibitKey] { annotate(exhibitKey, describe(exhibitKey)); });
    QAction* revertAll = menu->addAction(tr("Revert exhibit to reported"), this,
                                         [this, exhibitKey] { revert(exhibitKey); });
    revertAll->setEnabled(!m_service.analyst().values(exhibitKey).isEmpty());
}

} // namespace trendboard
