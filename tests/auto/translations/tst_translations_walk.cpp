// SPDX-License-Identifier: GPL-3.0-or-later
// A walk over the Chinese interface as a Chinese-reading investor sees it: every tab (a
// comparison shown), the profile dialog, the analyst's dialogs, the export dialog and three
// exported slides. Any run of three or more Latin letters that is not a proper name, a unit or
// an abbreviation of the short list below is English left untranslated; the report's own words
// are allowed only where the data gives no Chinese for them (an exhibit's note not yet
// translated), never the code's.
#include "analyst/analystservice.h"
#include "analystactions.h"
#include "analystdb.h"
#include "annotationsdialog.h"
#include "compare/comparisonservice.h"
#include "compare/comparisonstore.h"
#include "comparisontab.h"
#include "export/exportservice.h"
#include "exportdialog.h"
#include "figure/exhibitfigure.h"
#include "figure/pagesaysview.h"
#include "fillseriesdialog.h"
#include "mainwindow.h"
#include "models/exhibittablemodel.h"
#include "models/flattablemodel.h"
#include "profiledialog.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "text/displaylanguage.h"
#include "tst_translations.h"
#include "valuedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QXmlStreamReader>

#include <functional>

using namespace trendboard;

namespace englishcheck {

namespace {
// Latin words the Chinese interface keeps besides the database's names and units: the app's
// and the report's names, file formats, key names, abbreviations the report prints; English:
// View > Language names each language in its own.
const QStringList kKeptWords{
    "Trendboard", "BOND", "Trends", "Artificial", "Intelligence", "ChatGPT", "NVIDIA", "OpenAI",
    "CSV",        "PNG",  "SVG",    "PDF",        "JSON",         "Ctrl",    "Alt",    "Shift",
    "Tab",        "Esc",  "Del",    "Enter",      "CapEx",        "Token",   "token",  "API",
    "GPU",        "LLM",  "URL",    "USD",        "CAGR",         "English"};

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

bool isData(const QWidget* w)
{
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        const QByteArray type = p->metaObject()->className();
        if (type == "trendboard::ExhibitFigure" || type == "trendboard::ProvenancePanel" ||
            type == "trendboard::HeadlineTileWidget")
            return true;
    }
    return false;
}

// OK and Cancel of a standard button box are Qt's own words, Chinese where Debian's qtbase
// translation (qt6-translations-l10n, which the package recommends and CI installs) is there:
// skipped only on a machine without it.
bool isStandardButton(const QAbstractButton* button)
{
    static const bool qtTranslated = QFileInfo::exists(
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm"));
    if (qtTranslated)
        return false;
    const auto* box = qobject_cast<const QDialogButtonBox*>(button->parentWidget());
    return box &&
           box->standardButton(const_cast<QAbstractButton*>(button)) != QDialogButtonBox::NoButton;
}
} // namespace

void addWords(const QString& text, QSet<QString>& words)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    for (auto it = word.globalMatch(text); it.hasNext();)
        words.insert(it.next().captured());
}

QSet<QString> allowedWords(const ReportDatabase& db)
{
    QSet<QString> allowed(kKeptWords.cbegin(), kKeptWords.cend());
    for (const EntityInfo& e : db.entities()) {
        for (const QString& name : QStringList{e.name} + e.aliases)
            addWords(name, allowed);
    }
    for (const UnitInfo& u : db.units())
        addWords(u.symbol, allowed);
    // The abbreviations the data's own Chinese names keep (应用用户占比(MAU)).
    const ChineseNames chinese = db.chineseNames();
    for (const QString& name : chinese.measures.values() + chinese.entities.values())
        addWords(name, allowed);
    return allowed;
}

QStringList englishWords(const QString& text, const QSet<QString>& allowed)
{
    QStringList found;
    // A file's path (the database's, in the status bar) is no English.
    static const QRegularExpression path(QStringLiteral("(/[\\w.+-]+)+"));
    static const QRegularExpression run(QStringLiteral("[A-Za-z]{3,}"));
    for (auto it = run.globalMatch(QString(text).remove(path)); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            found.append(w);
    }
    return found;
}

QStringList visibleTexts(QWidget* root, bool data)
{
    QStringList texts{root->windowTitle()};
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || (!data && isData(w)))
            continue;
        if (!w->toolTip().isEmpty())
            texts << plain(w->toolTip());
        if (auto* label = qobject_cast<QLabel*>(w)) {
            texts << plain(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!isStandardButton(button))
                texts << button->text().remove('&');
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            texts << group->title();
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            texts << edit->placeholderText();
        } else if (auto* box = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
        } else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        } else if (auto* header = qobject_cast<QHeaderView*>(w)) {
            if (header->orientation() == Qt::Horizontal && header->model()) {
                for (int i = 0; i < header->count(); ++i) {
                    if (!header->isSectionHidden(i))
                        texts << header->model()
                                     ->headerData(i, Qt::Horizontal, Qt::DisplayRole)
                                     .toString();
                }
            }
        }
    }
    return texts;
}

QStringList svgTexts(const QByteArray& svg)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    int depth = 0; // inside <text>, <title> or <desc>
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        const bool textual = xml.name() == QLatin1String("text") ||
                             xml.name() == QLatin1String("title") ||
                             xml.name() == QLatin1String("desc");
        if (xml.isStartElement() && textual) {
            ++depth;
        } else if (xml.isEndElement() && textual && depth > 0) {
            if (--depth == 0) {
                texts << current;
                current.clear();
            }
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        }
    }
    return texts;
}

} // namespace englishcheck

namespace {

using namespace englishcheck;

// Collects "where: text (words)" for every text with English in it.
struct Findings
{
    QSet<QString> allowed;
    QStringList english;

    void check(const QString& where, const QStringList& texts, const QSet<QString>& data = {})
    {
        for (const QString& text : texts) {
            QStringList words;
            for (const QString& w : englishWords(text, allowed)) {
                if (!data.contains(w))
                    words << w;
            }
            if (!words.isEmpty())
                english
                    << QStringLiteral("%1: \"%2\" (%3)").arg(where, text.left(90), words.join(' '));
        }
    }
    void report()
    {
        english.removeDuplicates();
        for (const QString& line : std::as_const(english))
            qWarning().noquote() << line;
    }
};

// The Latin words of what an exhibit's data shows that the data gives no Chinese for.
QSet<QString> untranslatedData(const ExhibitData& data)
{
    QSet<QString> words;
    const ExhibitInfo& info = data.info;
    // Names the data's Chinese keeps in Latin letters (Sam Altman, TED, Capital IQ).
    for (const QString& zh : {info.titleZh, info.headlineZh, info.noteZh.text, info.xAxisZh.text,
                              info.yAxisZh.text, info.y2AxisZh.text, info.sourceZh.text})
        addWords(zh, words);
    if (info.titleZh.isEmpty())
        addWords(info.title, words);
    if (info.headlineZh.isEmpty())
        addWords(info.headline, words);
    const std::pair<const QString&, const ChineseText&> fields[] = {{info.note, info.noteZh},
                                                                    {info.xAxis, info.xAxisZh},
                                                                    {info.yAxis, info.yAxisZh},
                                                                    {info.y2Axis, info.y2AxisZh},
                                                                    {info.source, info.sourceZh}};
    for (const auto& [english, chinese] : fields) {
        if (chinese.isEmpty())
            addWords(english, words);
    }
    for (const SeriesRecord& s : data.series) {
        addWords(s.nameZh.isEmpty() ? s.name : s.nameZh, words);
        for (const PointRecord& p : s.points) {
            addWords(p.xLabelZh.text + ' ' + p.derivationZh, words);
            if (p.xLabelZh.isEmpty())
                addWords(p.xLabel, words);
            if (p.derivationZh.isEmpty())
                addWords(p.derivation, words);
        }
    }
    for (const OtherReportValue& o : data.alsoIn + data.alsoOnPages) {
        addWords(o.label, words);
        addWords(o.otherShort, words);
    }
    // A related value's series and x label are the data's words only where it gives no Chinese.
    for (const RelatedValue& r : data.related) {
        addWords(r.seriesZh.isEmpty() ? r.series : r.seriesZh, words);
        addWords(r.xLabelZh.isEmpty() ? r.xLabel : r.xLabelZh, words);
        addWords(r.exhibitTitle, words);
    }
    return words;
}

QSet<QString> untranslatedData(const Comparison& c)
{
    QSet<QString> words;
    for (const MeasureValue& v : c.values) {
        if (v.exhibitTitleZh.isEmpty())
            addWords(v.exhibitTitle, words);
        addWords(v.reportShort, words);
    }
    return words;
}

// Runs `look` on the next modal dialog as soon as it opens, then closes it.
void onNextDialog(QObject* context, const std::function<void(QWidget*)>& look)
{
    QTimer::singleShot(0, context, [look] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        look(dialog);
        dialog->close();
    });
}

} // namespace

// Under Chinese, every tab of the window (Compare with a comparison shown) and its menus show
// their own texts in Chinese: only proper names, units and abbreviations stay Latin.
void tst_Translations::windowHasNoEnglish()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    Findings found{allowedWords(db), {}};
    setDisplayLanguage(DisplayLanguage::Chinese);
    MainWindow window(db);
    window.resize(1600, 1000);
    window.show();
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        found.check(QStringLiteral("tab %1").arg(window.tabs()->tabText(i)), visibleTexts(&window));
    }
    SavedComparison shown;
    shown.request.measure = QStringLiteral("revenue");
    shown.request.entities = QStringList{"NVIDIA", "Microsoft", "OpenAI"};
    window.comparisonTab()->setComparison(shown);
    window.showComparison();
    QCoreApplication::processEvents();
    found.check(QStringLiteral("Compare, revenue"), visibleTexts(&window));
    // The table's names: entities, statuses and each value's report (its name, never its id).
    const FlatTableModel* table = window.comparisonTab()->tableModel();
    QVERIFY(table->rowCount() > 0);
    for (const char* column : {"entity", "status", "report", "base_unit"}) {
        const int c = int(table->table().columns.indexOf(QLatin1String(column)));
        QVERIFY(c >= 0);
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells << table->index(row, c).data().toString();
        found.check(QStringLiteral("Compare table, %1").arg(QLatin1String(column)), cells);
    }
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        QStringList texts{menu->title()};
        for (QAction* action : menu->actions())
            texts << action->text().remove('&') << action->toolTip();
        found.check(QStringLiteral("menu"), texts);
    }
    setDisplayLanguage(DisplayLanguage::English);
    found.report();
    QVERIFY2(found.english.isEmpty(), qPrintable(found.english.value(0)));
}

// The profile dialog, the analyst's dialogs (edit a value, fill in a series, annotate, the
// annotations and audit trail) and the export dialog, opened as a user opens them.
void tst_Translations::dialogsHaveNoEnglish()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QTemporaryDir dir;
    AnalystDatabase analyst(dir.filePath(QStringLiteral("analyst.sqlite")));
    QVERIFY(analyst.isAvailable());
    AnalystService service(db, analyst);
    Findings found{allowedWords(db), {}};
    setDisplayLanguage(DisplayLanguage::Chinese);
    MainWindow window(db);
    window.enableAnalystLayer(service);
    QVERIFY(window.openExhibit(QStringLiteral("p055-chatgpt-weekly-users")));
    SectionTab* tab = window.currentSectionTab();
    const ExhibitData exhibit = tab->exhibitModel()->exhibit();
    const QSet<QString> data = untranslatedData(exhibit);
    {
        ProfileDialog profile(db, QStringLiteral("NVIDIA"), &service);
        profile.show();
        found.check(QStringLiteral("profile dialog"), visibleTexts(&profile));
    }
    onNextDialog(this, [&](QWidget* d) {
        found.check(QStringLiteral("value dialog"), visibleTexts(d), data);
        // A bad value: the problem said under the fields.
        if (auto* edit = qobject_cast<ValueDialog*>(d)) {
            edit->valueField()->setText(QStringLiteral("八百"));
            found.check(QStringLiteral("value dialog problem"), {edit->problem()}, data);
        }
    });
    tab->analystActions()->editRow(0);
    const QVector<int> fillable = tab->analystActions()->fillableSeries();
    QVERIFY(!fillable.isEmpty());
    onNextDialog(this, [&](QWidget* d) {
        found.check(QStringLiteral("fill-in dialog"), visibleTexts(d), data);
    });
    tab->analystActions()->fillSeries(fillable.first());
    onNextDialog(this, [&](QWidget* d) {
        found.check(QStringLiteral("annotate dialog"), visibleTexts(d), data);
    });
    tab->analystActions()->annotate(AnalystActions::keyOf(exhibit, 0, 0), QStringLiteral("4/25"));
    {
        AnnotationsDialog annotations(service);
        annotations.show();
        found.check(QStringLiteral("annotations dialog"), visibleTexts(&annotations));
    }
    {
        ExportDialog exportDialog(exhibit, QStringLiteral("p055"));
        exportDialog.show();
        found.check(QStringLiteral("export dialog"), visibleTexts(&exportDialog));
    }
    setDisplayLanguage(DisplayLanguage::English);
    found.report();
    QVERIFY2(found.english.isEmpty(), qPrintable(found.english.value(0)));
}

void tst_Translations::slidesHaveNoEnglish_data()
{
    QTest::addColumn<QString>("exhibit"); // empty: a comparison
    QTest::newRow("p. 55") << "p055-chatgpt-weekly-users";
    QTest::newRow("p. 97") << QString();
    QTest::newRow("comparison") << QString();
}

// Exported slides (SVG, as --export-svg and File > Export chart write them) under Chinese:
// title, headline, axes, legend, notes and the source line.
void tst_Translations::slidesHaveNoEnglish()
{
    QFETCH(QString, exhibit);
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    setDisplayLanguage(DisplayLanguage::Chinese);
    setChineseNames(db.chineseNames());
    Findings found{allowedWords(db), {}};
    QByteArray svg;
    QSet<QString> data;
    if (QString(QTest::currentDataTag()) == QLatin1String("comparison")) {
        const Comparison c = compare(
            db, {QStringLiteral("revenue"), QStringList{"NVIDIA", "Microsoft", "OpenAI"}, {}, {}});
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        data = untranslatedData(c);
        svg = renderFigure(comparisonExhibit(c), ImageFormat::Svg, QSize(1920, 1080));
    } else {
        if (exhibit.isEmpty()) {
            const QVector<ExhibitInfo> onPage = db.exhibitsOnPage(97, ReportScope::all());
            QVERIFY(!onPage.isEmpty());
            exhibit = onPage.first().id;
        }
        const auto shown = db.exhibitData(exhibit);
        QVERIFY(shown);
        data = untranslatedData(*shown);
        svg = renderFigure(*shown, ImageFormat::Svg, QSize(1920, 1080));
    }
    setDisplayLanguage(DisplayLanguage::English);
    setChineseNames({});
    const QStringList texts = svgTexts(svg);
    const QString all = texts.join('|');
    QVERIFY2(all.contains(QStringLiteral("来源")), qPrintable(all));
    if (QString(QTest::currentDataTag()) == QLatin1String("comparison")) {
        // Entities are proper names, allowed in Latin letters: those with a Chinese name must
        // show it, on the bars and in the legend as in the title.
        QVERIFY2(all.count(QStringLiteral("英伟达")) >= 2, qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("NVIDIA")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("Microsoft")), qPrintable(all));
    }
    found.check(QStringLiteral("slide %1").arg(QTest::currentDataTag()), texts, data);
    found.report();
    QVERIFY2(found.english.isEmpty(), qPrintable(found.english.value(0)));
}

// The values the brokerage note's exhibits name from their own page and from other pages
// ("本页另见", "Stated on other pages"), under Chinese: their labels ("Latest", "Earlier", "Last
// December") in the Chinese the data gives.
void tst_Translations::relatedValuesInChinese()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    setDisplayLanguage(DisplayLanguage::Chinese);
    setChineseNames(db.chineseNames());
    Findings found{allowedWords(db), {}};
    int named = 0;
    int pagesNamed = 0;
    for (const ExhibitInfo& e :
         db.exhibits(std::nullopt, QStringLiteral("broker-ai-tokens-2025"))) {
        const auto data = db.exhibitData(e.id);
        QVERIFY(data);
        if (data->related.isEmpty() && data->alsoIn.isEmpty())
            continue;
        ExhibitTableModel model;
        model.setExhibit(*data);
        ExhibitFigure figure;
        figure.setModel(&model);
        // "另见 BOND 第 55 页": the BOND page the note's value is also stated on, its "p." too.
        if (!data->alsoIn.isEmpty()) {
            const QString also = figure.alsoInText();
            QVERIFY2(also.contains(QStringLiteral("第")) && !also.contains(QLatin1String("p. ")),
                     qPrintable(e.id + QStringLiteral(": ") + also));
            ++pagesNamed;
        }
        QStringList texts{figure.relatedText()};
        if (figure.showsPageSays())
            texts << figure.pageSays()->pageText() << figure.pageSays()->relatedText();
        named += texts.join(QString()).contains(QStringLiteral("最新")) ? 1 : 0;
        found.check(e.id, texts, untranslatedData(*data));
    }
    setDisplayLanguage(DisplayLanguage::English);
    setChineseNames({});
    QVERIFY2(named > 0, "no related value labelled 最新 (Latest)");
    QVERIFY2(pagesNamed > 0, "no value of the note also stated in BOND");
    found.report();
    QVERIFY2(found.english.isEmpty(), qPrintable(found.english.value(0)));
}
