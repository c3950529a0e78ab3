// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include "reportdb.h"
#include "text/displaylanguage.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace trendboard {

namespace {
// The dialogs' strings in one translation context of their own.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)
};
} // namespace

QVector<ShortcutEntry> windowShortcuts(const QWidget& window)
{
    QVector<ShortcutEntry> out;
    QSet<QString> seen;
    // The menus' actions are the window's children; the tab keys are added to the window.
    QList<QAction*> actions = window.actions();
    for (QAction* action : window.findChildren<QAction*>()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    for (const QAction* action : std::as_const(actions)) {
        QString what = action->text();
        // A translation puts its accelerator in brackets after the text: '导出图表(&E)…'.
        what.remove(QRegularExpression(QStringLiteral(R"(\(&[^&]\))")));
        what.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
        what.replace(QStringLiteral("&&"), QStringLiteral("&"));
        what.remove(QChar(0x2026)); // "Find…" reads as "Find" in a list of keys
        if (what.isEmpty())
            continue;
        for (const QKeySequence& keys : action->shortcuts()) {
            const QString key = what + keys.toString();
            if (keys.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            out.append({what, keys, action});
        }
    }
    return out;
}

void showShortcutsDialog(QWidget* window)
{
    auto* dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(HelpText::tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(dialog);
    const QVector<ShortcutEntry> entries = windowShortcuts(*window);
    auto* table = new QTableWidget(int(entries.size()), 2, dialog);
    table->setAccessibleName(HelpText::tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({HelpText::tr("Keys"), HelpText::tr("Does")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < entries.size(); ++row) {
        table->setItem(
            row, 0, new QTableWidgetItem(entries.at(row).keys.toString(QKeySequence::NativeText)));
        table->setItem(row, 1, new QTableWidgetItem(entries.at(row).what));
    }
    table->resizeColumnToContents(0);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(460, 520);
    dialog->show();
}

void showUserGuide(QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(HelpText::tr("Trendboard user guide"));
    auto* layout = new QVBoxLayout(dialog);
    auto* browser = new QTextBrowser(dialog);
    browser->setAccessibleName(HelpText::tr("User guide"));
    browser->setOpenExternalLinks(false);
    browser->setSource(QUrl(displayLanguage() == DisplayLanguage::Chinese
                                ? QStringLiteral("qrc:/trendboard/help/guide_zh.html")
                                : QStringLiteral("qrc:/trendboard/help/guide.html")));
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, 640);
    dialog->show();
}

QString aboutText(const ReportDatabase& db)
{
    // The data's version: the schema this build reads and what the bundled file holds.
    QString reportCite;
    QString noteCite;
    int exhibits = 0;
    int values = 0;
    int pages = 0;
    for (const ReportInfo& report : db.reports()) {
        if (report.id == kBondReportId)
            reportCite = report.cite;
        else if (noteCite.isEmpty())
            noteCite = report.cite;
        // Counted by the compiler and in the index: the exhibits are not read (issue 25).
        const ReportDatabase::SectionStats stats = db.sectionStats({report.id, std::nullopt});
        exhibits += stats.exhibits;
        values += stats.statedValues;
        pages += db.pagesWithExhibits(report.id);
    }
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped(); };
    return HelpText::tr("<h3>Trendboard %1</h3>"
                        "<p>An offline dashboard of BOND, <i>Trends – Artificial Intelligence</i>, "
                        "May 2025 (cited as %2). Every value carries its page and a quote from the "
                        "report.</p>"
                        "<p>Second source: %3.</p>"
                        "<p>Data: schema version %4 — %5 exhibits, %6 stated values, %7 pages.</p>"
                        "<p>Copyright 2026 The Trendboard developers. Trendboard is free software "
                        "under the GNU General Public License, version 3 or (at your option) any "
                        "later version (GPL-3.0-or-later), with no warranty. The values and quotes "
                        "remain their publishers' (BOND; the brokerage note's), cited with "
                        "their pages.</p>"
                        "<p>Uses Qt %8 (LGPL-3 or GPL-2; Qt Charts GPL-3+), SQLite (public "
                        "domain) and Boost.Date_Time (Boost Software License 1.0, BSL-1.0). "
                        "Details: /usr/share/doc/trendboard/copyright.</p>")
        .arg(escaped(QApplication::applicationVersion()), escaped(reportCite), escaped(noteCite))
        .arg(schemaVersion())
        .arg(exhibits)
        .arg(values)
        .arg(pages)
        .arg(QString::fromLatin1(qVersion()));
}

void showAboutDialog(QWidget* parent, const ReportDatabase& db)
{
    QMessageBox box(parent);
    box.setWindowTitle(HelpText::tr("About Trendboard"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText(db));
    QPushButton* aboutQt = box.addButton(HelpText::tr("About Qt"), QMessageBox::HelpRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == aboutQt)
        QApplication::aboutQt();
}

} // namespace trendboard
