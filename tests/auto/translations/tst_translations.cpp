// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese interface (--lang zh): texts the window builds outside a QObject's own tr() are
// found in the embedded translation too (a text filed under another context than the one the
// code asks stays English), and the translation file has no entry left unfinished.
#include "browse/exhibitfilter.h"
#include "chart/chartplan.h"
#include "chartview.h"
#include "figure/charttransform.h"
#include "figure/keyfigureview.h"
#include "headlineboard.h"
#include "mainwindow.h"
#include "models/exhibittablemodel.h"
#include "reportdb.h"
#include "text/displaylanguage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace trendboard;

class tst_Translations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void chinese_data();
    void chinese();
    void viewBoxItems();
    void headlineTile();
    void analystKeyFigures();
    void noEntryUnfinished();
    void windowHasNoEnglish();
    void noChineseFontIsSaid();
    void axisTitleInChinese();

private:
    QTranslator m_translator;
};

void tst_Translations::initTestCase()
{
    // tests/CMakeLists.txt points XDG_CONFIG_HOME into the build tree: never the user's file.
    QCoreApplication::setOrganizationName(QStringLiteral("TrendboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/trendboard_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
}

void tst_Translations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void tst_Translations::chinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("view: as stated") << transformName(Transform::AsStated) << "按原值";
    QTest::newRow("view: indexed") << transformName(Transform::Indexed) << "指数化(首期 = 100)";
    QTest::newRow("view: change") << transformName(Transform::Growth) << "较上期变化(%)";
    ExhibitFilter filter;
    filter.entities = QStringList{"NVIDIA", "Microsoft"};
    filter.onlyWithValues = true;
    QTest::newRow("filter description") << filter.describe() << "NVIDIA 或 Microsoft, 有数值";
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    ExhibitFilter period;
    period.periodFrom = QStringLiteral("nonsense");
    QString problem;
    FilterService(db).matching(period, &problem);
    QTest::newRow("filter period problem")
        << problem << "\"nonsense\"不是报告中的期间写法(2024、Q1:25、4/25、5/15/25)";
}

void tst_Translations::chinese()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

void tst_Translations::viewBoxItems()
{
    ChartView view;
    auto* box = view.findChild<QComboBox*>();
    QVERIFY(box);
    QCOMPARE(box->count(), 3);
    QCOMPARE(box->itemText(0), QStringLiteral("按原值"));
    QCOMPARE(box->itemText(1), QStringLiteral("指数化(首期 = 100)"));
    QCOMPARE(box->itemText(2), QStringLiteral("较上期变化(%)"));
}

void tst_Translations::headlineTile()
{
    HeadlineTile tile;
    tile.exhibitId = QStringLiteral("p055-chatgpt-users");
    tile.exhibitTitle = QStringLiteral("ChatGPT Users");
    tile.page = 55;
    tile.value = QStringLiteral("800MM");
    tile.measure = QStringLiteral("Weekly active users");
    tile.series = QStringLiteral("ChatGPT weekly active users");
    tile.entity = QStringLiteral("ChatGPT");
    tile.period = QStringLiteral("4/25");
    tile.derived = true;
    const HeadlineTileWidget widget(tile);
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("4/25 · 第 55 页 · 推算")), qPrintable(texts.join('|')));
    QVERIFY2(widget.toolTip().contains(QStringLiteral("点击打开该图表。")),
             qPrintable(widget.toolTip()));
    QVERIFY2(widget.accessibleName().contains(QStringLiteral("第 55 页")),
             qPrintable(widget.accessibleName()));
}

// An analyst's value is never 原文数值 (stated): p. 19's 2024 filled in, beside a stated value.
void tst_Translations::analystKeyFigures()
{
    ExhibitData data;
    data.info.id = QStringLiteral("p019-chatgpt-users");
    data.info.page = 19;
    SeriesRecord series;
    series.name = QStringLiteral("ChatGPT weekly active users");
    PointRecord stated;
    stated.xLabel = QStringLiteral("4/25");
    stated.value = 800;
    stated.unit = QStringLiteral("MM");
    stated.status = QStringLiteral("reported");
    stated.page = 19;
    PointRecord filled = stated;
    filled.xLabel = QStringLiteral("2024");
    filled.value = 300;
    filled.status = QStringLiteral("analyst");
    filled.analyst = AnalystMark::Filled;
    filled.citation = QStringLiteral("OpenAI, 12/24");
    series.points = {filled, stated};
    data.series = {series};
    ExhibitTableModel model;
    model.setExhibit(data);
    KeyFigureView view;
    view.setModel(&model);
    QCOMPARE(view.figures().size(), 2);
    QCOMPARE(view.figures().at(0).note, QStringLiteral("分析师数值:OpenAI, 12/24"));
    QVERIFY(view.figures().at(0).analyst);
    QCOMPARE(view.figures().at(1).note, QStringLiteral("原文数值,第 19 页"));
    QCOMPARE(view.headingText(), QStringLiteral("关键数字:报告文字只给出了此图表的 800MM(4/25)。\n"
                                                "分析师数值:300MM(2024)。"));
    // Edited: the report's value beside the analyst's.
    PointRecord edited = stated;
    edited.value = 810;
    edited.status = QStringLiteral("edited");
    edited.analyst = AnalystMark::Edited;
    edited.reportValue = 800;
    edited.reportUnit = QStringLiteral("MM");
    QCOMPARE(KeyFigureView::figureNote(edited),
             QStringLiteral("分析师数值,已修改(报告:800MM,第 19 页)"));
}

void tst_Translations::noEntryUnfinished()
{
    QFile ts(QStringLiteral(TRENDBOARD_DATA_DIR "/../../translations/trendboard_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.contains("<TS version=\"2.1\" language=\"zh_CN\">"));
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("type=\"vanished\"") + text.count("type=\"obsolete\""), 0);
}

namespace {
// Latin words the Chinese interface keeps: proper names (companies, products, the report),
// units and abbreviations as the report prints them, key names.
const QStringList kKeptWords{
    "Trendboard", "BOND",    "Trends", "Artificial", "Intelligence",
    "AI",         "ChatGPT", "NVIDIA", "OpenAI",     "MM",
    "B",          "T",       "K",      "CSV",        "PNG",
    "SVG",        "PDF",     "Ctrl",   "Alt",        "Shift",
    "Tab",        "Esc",     "Del",    "F1",         "Y",
    "Q",          "FQ",      "p",      "x",          "CapEx",
    "Token",      "token",   "API",    "GPU",        "USD",
    "Qt",         "English" /* View > Language names each language in its own */};

// The Latin words of a text that are not proper names or units: English left untranslated.
QStringList englishWords(const QString& text, const QSet<QString>& names)
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z]+"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kKeptWords.contains(w) && !names.contains(w))
            found.append(w);
    }
    return found;
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// The window's own texts on show: tab names, menus, table headers, labels, buttons, boxes.
// Not the data (exhibit lists, charts, tables' cells, the provenance panel, the headline
// tiles): the report's English titles and names where it gives no Chinese.
void collectTexts(QWidget* root, QStringList& texts)
{
    const auto isData = [](const QWidget* w) {
        for (const QWidget* p = w; p; p = p->parentWidget()) {
            const QByteArray type = p->metaObject()->className();
            if (type == "trendboard::ExhibitFigure" || type == "trendboard::ProvenancePanel" ||
                type == "trendboard::HeadlineTileWidget")
                return true;
        }
        return false;
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || isData(w))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << plain(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->placeholderText();
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
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
}
} // namespace

// Under Chinese, every tab of the window shows its own texts in Chinese: only proper names,
// units and the report's words stay Latin.
void tst_Translations::windowHasNoEnglish()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    QSet<QString> names; // entities and their aliases are proper names
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    for (const EntityInfo& e : db.entities()) {
        for (const QString& name : QStringList{e.name} + e.aliases) {
            for (auto it = word.globalMatch(name); it.hasNext();)
                names.insert(it.next().captured());
        }
    }
    setDisplayLanguage(DisplayLanguage::Chinese);
    MainWindow window(db);
    window.resize(1600, 1000);
    window.show();
    QStringList english;
    const auto check = [&](const QString& where, const QStringList& texts) {
        for (const QString& text : texts) {
            const QStringList words = englishWords(text, names);
            if (!words.isEmpty())
                english
                    << QStringLiteral("%1: \"%2\" (%3)").arg(where, text.left(80), words.join(' '));
        }
    };
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QStringList texts;
        collectTexts(&window, texts);
        check(QStringLiteral("tab %1").arg(i), texts);
    }
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
        QStringList texts{menu->title()};
        for (QAction* action : menu->actions())
            texts << action->text().remove('&');
        check(QStringLiteral("menu"), texts);
    }
    check(QStringLiteral("window title"), {window.windowTitle()});
    setDisplayLanguage(DisplayLanguage::English);
    english.removeDuplicates();
    for (const QString& line : std::as_const(english))
        qWarning().noquote() << line;
    QVERIFY2(english.isEmpty(), qPrintable(english.value(0)));
}

// A machine without a Chinese font: the status bar names the package instead of boxes.
void tst_Translations::noChineseFontIsSaid()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    qputenv("TRENDBOARD_ASSUME_NO_CJK_FONT", "1");
    setDisplayLanguage(DisplayLanguage::Chinese);
    {
        MainWindow window(db);
        QVERIFY2(window.statusBar()->currentMessage().contains("fonts-noto-cjk"),
                 qPrintable(window.statusBar()->currentMessage()));
    }
    setDisplayLanguage(DisplayLanguage::English);
    {
        MainWindow window(db);
        QVERIFY(!window.statusBar()->currentMessage().contains("fonts-noto-cjk"));
    }
    qunsetenv("TRENDBOARD_ASSUME_NO_CJK_FONT");
}

QTEST_MAIN(tst_Translations)
// The page's axis titles are English only: the Chinese interface names the axis by its
// measure's Chinese name and the unit its labels print.
void tst_Translations::axisTitleInChinese()
{
    const ReportDatabase db(QStringLiteral(TRENDBOARD_BUNDLED_DB));
    setChineseNames(db.chineseNames());
    const auto exhibit = db.exhibitData(QStringLiteral("p055-chatgpt-weekly-users"));
    QVERIFY(exhibit);
    ExhibitTableModel model;
    model.setExhibit(*exhibit);
    setDisplayLanguage(DisplayLanguage::Chinese);
    const QString zh = planChart(model).yTitle;
    setDisplayLanguage(DisplayLanguage::English);
    const QString en = planChart(model).yTitle;
    QVERIFY2(zh.contains(QStringLiteral("周活跃用户")) && zh.contains(QStringLiteral("MM")),
             qPrintable(zh));
    QVERIFY2(en.contains(QStringLiteral("Weekly")), qPrintable(en));
}

#include "tst_translations.moc"
