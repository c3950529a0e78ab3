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
#include "text/valueformat.h"
#include "tst_translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLibraryInfo>
#include <QLocale>
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

void tst_Translations::initTestCase()
{
    // tests/CMakeLists.txt points XDG_CONFIG_HOME into the build tree: never the user's file.
    QCoreApplication::setOrganizationName(QStringLiteral("TrendboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/trendboard_zh_CN.qm")));
    QCoreApplication::installTranslator(&m_translator);
    // Where Debian's qt6-translations-l10n is installed; the walk skips Qt's buttons otherwise.
    if (m_qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                            QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

void tst_Translations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_qtTranslator);
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



void tst_Translations::unitsInChinese_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    QTest::newRow("years") << 10.3 << "years" << QStringLiteral("10.3 年") << "10.3 years";
    QTest::newRow("days") << 5.0 << "days" << QStringLiteral("5 天") << "5 days";
    QTest::newRow("scaled tokens") << 100.0 << "T tokens" << QStringLiteral("100 T Token")
                                   << "100 T tokens";
    QTest::newRow("a growth's word") << 80.0 << "% change" << QStringLiteral("+80% 变化")
                                     << "+80% change";
    // Whole words: "hour" is not the start of "hours".
    QTest::newRow("per hour") << 3.0 << "chats/hour" << QStringLiteral("3 次对话/小时")
                              << "3 chats/hour";
    QTest::newRow("hours") << 2.0 << "hours" << QStringLiteral("2 小时") << "2 hours";
    QTest::newRow("symbols kept") << 8.0 << "$B" << "$8B" << "$8B";
    QTest::newRow("price per tokens") << 0.5 << "$/MM tokens" << QStringLiteral("0.5 $/MM Token")
                                      << "0.5 $/MM tokens";
}

// Values name their units' words in the display language (the note's "5 days", "+80%
// change" and "100 T tokens" stayed English in a Chinese window); CSV and the table's edit
// role keep the data's own unit.
void tst_Translations::unitsInChinese()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    setDisplayLanguage(DisplayLanguage::Chinese);
    const QString chinese = formatValue(value, unit);
    setDisplayLanguage(DisplayLanguage::English);
    QCOMPARE(chinese, zh);
    QCOMPARE(formatValue(value, unit), en);
}
