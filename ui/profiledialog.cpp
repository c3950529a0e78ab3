#include "profiledialog.h"

#include "flattablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace trendboard {

ProfileDialog::ProfileDialog(const ReportDatabase& db, const QString& entity, QWidget* parent)
    : QDialog(parent), m_profile(entityProfile(db, entity))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table = new FlatTableModel(this);
    auto* view = new QTableView(this);
    view->setModel(m_table);
    view->setAccessibleName(tr("Values stated about %1").arg(entity));
    view->verticalHeader()->setVisible(false);
    // One line a value: the quote is read in its tooltip, numbers are never wrapped apart.
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(false);
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!m_profile.error.isEmpty()) {
        setWindowTitle(tr("Profile"));
        m_summary->setText(m_profile.error);
    } else {
        const EntityInfo& e = m_profile.entity;
        setWindowTitle(tr("Profile — %1").arg(e.name));
        QStringList measures;
        for (const EntityProfile::Group& g : m_profile.groups)
            measures.append(QStringLiteral("%1 (%2)").arg(g.measure.name).arg(g.values.size()));
        QString text = tr("%1 — %2").arg(e.name, e.kind);
        if (!e.parent.isEmpty())
            text += tr(", part of %1").arg(e.parent);
        if (!e.aliases.isEmpty())
            text += tr("; also called %1").arg(e.aliases.join(QStringLiteral(", ")));
        text += QLatin1Char('\n');
        text += m_profile.groups.isEmpty() ? tr("The reports state no value about it.")
                                           : tr("%1 values in %2 measures: %3")
                                                 .arg(m_profile.valueCount())
                                                 .arg(m_profile.groups.size())
                                                 .arg(measures.join(QStringLiteral(", ")));
        m_summary->setText(text);
        m_table->setTable(profileTable(m_profile));
    }
    view->resizeColumnsToContents();
    resize(1100, 640);
}

QString ProfileDialog::summary() const
{
    return m_summary->text();
}

} // namespace trendboard
