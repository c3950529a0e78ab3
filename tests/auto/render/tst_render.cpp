// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chartplan.h"
#include "chart/qtchartsdetail.h"
#include "figure/exhibitfigure.h"
#include "figure/keyfigureview.h"
#include "figure/pagesaysview.h"
#include "models/exhibittablemodel.h"
#include "reportdb.h"
#include "text/displaylanguage.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace trendboard;

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // The offscreen platform's own note on showing a window is not about our drawing.
    if (type >= QtWarningMsg && !message.contains("propagateSizeHints") &&
        !message.contains("XDG_RUNTIME_DIR"))
        g_warnings.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

// The texts a figure shows: its labels not hidden, nor any widget between them and the figure.
QStringList shownTexts(QWidget* figure)
{
    QStringList texts;
    for (QLabel* label : figure->findChildren<QLabel*>()) {
        bool shown = true;
        for (QWidget* w = label; w && w != figure; w = w->parentWidget())
            shown = shown && !w->isHidden();
        if (shown && !label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

QString rowList(const QSet<int>& rows)
{
    QList<int> sorted = rows.values();
    std::sort(sorted.begin(), sorted.end());
    QStringList texts;
    for (int row : sorted)
        texts.append(QString::number(row));
    return texts.isEmpty() ? QStringLiteral("none") : texts.join(QLatin1Char(','));
}
} // namespace

// Every exhibit of every loaded section renders without a Qt warning, draws its stated values,
// and carries its source line.
class tst_Render : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyExhibit_data();
    void everyExhibit();
    void longLabelsAreElided();
    void twoPointsJoinedAndScaled();
    void keyFigureTextsFit_data();
    void keyFigureTextsFit();
    void switchDrawsAsFresh_data();
    void switchDrawsAsFresh();
    void editDrawsAsFresh_data();
    void editDrawsAsFresh();

private:
    std::unique_ptr<ReportDatabase> m_db;
    // The key-figure exhibits of both reports, read once for keyFigureTextsFit's eight rows.
    QVector<ExhibitData> m_keyFigureExhibits;
};

void tst_Render::initTestCase()
{
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    g_previous = qInstallMessageHandler(collectWarnings);
}

void tst_Render::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void tst_Render::everyExhibit_data()
{
    QTest::addColumn<QString>("id");
    const ReportDatabase db(TRENDBOARD_BUNDLED_DB);
    // Both reports: the brokerage note's exhibits are drawn by the same code.
    int broker = 0;
    for (const ExhibitInfo& e : db.exhibits(std::nullopt, ReportScope::all())) {
        QTest::newRow(qPrintable(e.id)) << e.id;
        broker += e.reportId == QLatin1String("broker-ai-tokens-2025") ? 1 : 0;
    }
    QVERIFY(broker > 0);
}

void tst_Render::everyExhibit()
{
    QFETCH(QString, id);
    const auto data = m_db->exhibitData(id);
    QVERIFY(data.has_value());
    g_warnings.clear();
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    const QImage image = figure.render(QSize(1200, 700));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
    QCOMPARE(image.size(), QSize(1200, 700));
    // A note without pages (the brokerage note) names none, only itself.
    if (data->info.reportPages > 1)
        QVERIFY(figure.sourceText().endsWith(QStringLiteral("p. %1").arg(data->info.page)));
    else
        QVERIFY2(figure.sourceText().contains(data->info.reportCite) &&
                     !figure.sourceText().contains(QLatin1String(", p. ")),
                 qPrintable(figure.sourceText()));
    QVERIFY(figure.sourceText().startsWith("Source: "));
    if (data->hasUnstatedSeries() && !figure.showsPageSays())
        QVERIFY(figure.notStatedText().contains("not stated"));

    const bool chartKind =
        data->info.kind != ChartKind::Table && data->info.kind != ChartKind::Timeline;
    // Never an empty plot with nothing but "no values": a chart draws marks or callouts, key
    // figures show figures, and a page without values says what the page says.
    figure.layOutOffscreen(QSize(1200, 700)); // marks are where a shown chart draws them
    if (!figure.canvas()->isHidden() && chartKind) {
        const bool drawsSomething =
            !figure.canvas()->marks().isEmpty() || !figure.canvas()->callouts().isEmpty();
        QVERIFY2(drawsSomething, "an empty plot");
    }
    // The drawn marks (points, bars, slices): every stated value the plan puts on a value
    // axis has a mark of its row, inside the chart; no mark belongs to a value it does not
    // draw. (A colour test passed on the title's colour alone.)
    if (!figure.canvas()->isHidden() && chartKind) {
        const ChartPlan plan = planChart(model);
        QSet<int> expected;
        for (const ChartPlan::Plotted& p : plan.plotted) {
            const SeriesRecord& series = data->series.at(p.series);
            for (int i = 0; i < series.points.size(); ++i) {
                // A bar of zero has no height to draw or click (p. 224's 0 at launch).
                const PointRecord& point = series.points.at(i);
                const bool zeroBar = plan.shape == ChartPlan::Shape::Bars && point.value == 0.0;
                if (plan.plots(point) && !zeroBar)
                    expected.insert(model.rowFor(p.series, i));
            }
        }
        QSet<int> drawn;
        const QRect inside = figure.canvas()->rect();
        for (const ChartCanvas::Mark& m : figure.canvas()->marks()) {
            QVERIFY2(m.row >= 0 && m.row < model.rowCount(), qPrintable(QString::number(m.row)));
            QVERIFY2(inside.contains(m.centre),
                     qPrintable(QStringLiteral("mark of row %1 at (%2,%3) outside the chart")
                                    .arg(m.row)
                                    .arg(m.centre.x())
                                    .arg(m.centre.y())));
            drawn.insert(m.row);
        }
        const QSet<int> undrawn = expected - drawn;
        const QSet<int> extra = drawn - expected;
        QVERIFY2(undrawn.isEmpty() && extra.isEmpty(),
                 qPrintable(QStringLiteral("rows without a mark: %1; marks of rows not plotted: %2")
                                .arg(rowList(undrawn), rowList(extra))));
    }
    figure.hide();
    if (!figure.keyFigures()->isHidden())
        QVERIFY(!figure.keyFigures()->figures().isEmpty());
    if (data->pointCount() == 0) {
        QVERIFY2(figure.showsPageSays(), "an exhibit without values drawn as an empty plot");
        QVERIFY(!figure.pageSays()->headlineText().isEmpty());
        QVERIFY(figure.pageSays()->coverageText().contains(data->info.periodLabel));
    }

    // On a slide: the report's figures, no hint at what the app lets an analyst do.
    figure.setForSlide(true);
    QStringList slideTexts = shownTexts(&figure);
    slideTexts.append(figure.keyFigures()->headingText());
    const QRegularExpression appHint(
        QStringLiteral("analysts? can|fill in the rest|add the values|double-click|context menu"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& text : std::as_const(slideTexts))
        QVERIFY2(!appHint.match(text).hasMatch(), qPrintable(text));
}

// Qt Charts' own eliding takes memory quadratic in a label's length (30 KB: 1.75 GB): labels
// are cut before they reach it, and category labels stay distinct.
void tst_Render::longLabelsAreElided()
{
    const QString longA = QString(30000, QLatin1Char('a')) + QLatin1Char('1');
    const QString longB = QString(30000, QLatin1Char('a')) + QLatin1Char('2');
    QVERIFY(chartdetail::chartText(longA).size() <= chartdetail::kMaxChartLabelLength);
    QVERIFY(chartdetail::chartText(longA).endsWith(QChar(0x2026)));
    const QStringList labels = chartdetail::chartTexts({longA, "short", longB});
    QCOMPARE(labels.size(), 3);
    QCOMPARE(labels.at(1), QString("short"));
    QVERIFY2(labels.at(0) != labels.at(2), qPrintable(labels.at(2)));
    QVERIFY(labels.at(2).size() <= chartdetail::kMaxChartLabelLength);

    // A bar exhibit whose x labels are that long still renders at once.
    std::optional<ExhibitData> data;
    for (const ExhibitInfo& e : m_db->exhibits(std::nullopt, ReportScope::all())) {
        if (e.kind == ChartKind::Bar && e.xKind == QLatin1String("category")) {
            data = m_db->exhibitData(e.id);
            break;
        }
    }
    QVERIFY(data && !data->series.isEmpty() && data->series.first().points.size() > 1);
    data->series.first().points[0].xLabel = longA;
    data->series.first().points[1].xLabel = longB;
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    QCOMPARE(figure.render(QSize(1200, 700)).size(), QSize(1200, 700));
}

// Two values of one series are joined, dashed over the months the text does not state
// (p. 193: 9/23 derived, 3/25 stated); a plot is scaled to its stated values, not to the page's
// full span (p. 132: 6/24 and 2025 on 2016-2024).
void tst_Render::twoPointsJoinedAndScaled()
{
    for (const QString id : {QStringLiteral("p193-anthropic-annualized-revenue"),
                             QStringLiteral("p132-frontier-model-training-cost")}) {
        const auto data = m_db->exhibitData(id);
        QVERIFY(data);
        ExhibitTableModel model;
        model.setExhibit(data);
        ExhibitFigure figure;
        figure.setPreferChart(true);
        figure.setModel(&model);
        figure.layOutOffscreen(QSize(1200, 700));
        auto* view = figure.findChild<QChartView*>();
        QVERIFY(view && view->chart());
        if (id.startsWith("p193")) {
            bool joined = false;
            for (QAbstractSeries* series : view->chart()->series()) {
                auto* line = qobject_cast<QLineSeries*>(series);
                joined =
                    joined || (line && line->count() == 2 && line->pen().style() == Qt::DashLine);
            }
            QVERIFY2(joined, "the two values are not joined by a dashed line");
        } else {
            auto* axis = qobject_cast<QDateTimeAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
            QVERIFY(axis);
            QVERIFY2(axis->min().date().year() >= 2024, qPrintable(axis->min().toString()));
        }
        figure.hide();
    }
}

void tst_Render::keyFigureTextsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size"); // the figure's
    QTest::addColumn<bool>("slide");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        // The figure's size in a window of 1024x700 and of 1600x1000, a 1920x1080 slide, and
        // a figure squeezed small (where only the tile's room is checked).
        QTest::addRow("%s, window 1024x700", qPrintable(language))
            << language << QSize(790, 370) << false;
        QTest::addRow("%s, window 1600x1000", qPrintable(language))
            << language << QSize(1360, 650) << false;
        QTest::addRow("%s, squeezed", qPrintable(language)) << language << QSize(560, 300) << false;
        QTest::addRow("%s, slide 1920x1080", qPrintable(language))
            << language << QSize(1920, 1080) << true;
    }
}

// Every key-figure exhibit of both reports: each tile's value, caption (what it measures, its
// label and period) and note lie whole inside their places and those inside the tile, apart;
// the caption is never cut where the tile has room (the brokerage note's 800MM "…用户…").
void tst_Render::keyFigureTextsFit()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, slide);
    QTranslator chinese;
    if (language == QLatin1String("zh")) {
        QVERIFY(chinese.load(QStringLiteral(":/i18n/trendboard_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        setDisplayLanguage(DisplayLanguage::Chinese);
        setChineseNames(m_db->chineseNames());
    }
    const auto restore = qScopeGuard([&chinese] {
        QCoreApplication::removeTranslator(&chinese);
        setDisplayLanguage(DisplayLanguage::English);
        setChineseNames({});
    });
    if (m_keyFigureExhibits.isEmpty()) {
        for (const ExhibitInfo& e : m_db->exhibits(std::nullopt, ReportScope::all())) {
            auto data = m_db->exhibitData(e.id);
            QVERIFY(data);
            if (KeyFigureView::suits(*data))
                m_keyFigureExhibits.append(std::move(*data));
        }
    }
    QSet<QString> reports;
    // One figure shows the exhibits in turn, as a section tab's does (switchDrawsAsFresh checks
    // that it lays each out as a figure of its own would).
    ExhibitTableModel model;
    ExhibitFigure figure;
    figure.setForSlide(slide);
    figure.setModel(&model);
    for (const ExhibitData& data : std::as_const(m_keyFigureExhibits)) {
        const ExhibitInfo& e = data.info;
        model.setExhibit(data);
        figure.layOutOffscreen(size);
        const KeyFigureView* view = figure.keyFigures();
        if (view->isHidden())
            continue;
        reports.insert(e.reportId);
        const QVector<QRectF> tiles = view->tileRects();
        const QVector<KeyFigureView::TileLayout> layouts = view->tileLayouts();
        QCOMPARE(tiles.size(), view->figures().size());
        QCOMPARE(layouts.size(), tiles.size());
        for (int i = 0; i < tiles.size(); ++i) {
            const QString where = QStringLiteral("%1, tile %2").arg(e.id).arg(i);
            QVERIFY2(QRectF(view->rect()).contains(tiles.at(i)), qPrintable(where));
            const KeyFigureView::TileLayout& layout = layouts.at(i);
            const KeyFigureView::TileText* texts[] = {&layout.value, &layout.caption, &layout.note};
            for (const KeyFigureView::TileText* t : texts) {
                if (t->text.isEmpty())
                    continue;
                // Where the text's lines reach: inside the place it is drawn in (else drawText
                // cuts them), and that inside the tile.
                const QRectF need = QFontMetricsF(t->font).boundingRect(t->rect, t->flags, t->text);
                const QString what =
                    QStringLiteral("%1: \"%2\" needs (%3,%4 %5x%6) in (%7,%8 %9x%10)")
                        .arg(where, t->text)
                        .arg(need.x())
                        .arg(need.y())
                        .arg(need.width())
                        .arg(need.height())
                        .arg(t->rect.x())
                        .arg(t->rect.y())
                        .arg(t->rect.width())
                        .arg(t->rect.height());
                QVERIFY2(t->rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(need), qPrintable(what));
                QVERIFY2(tiles.at(i).contains(t->rect), qPrintable(what));
            }
            QVERIFY2(!layout.value.rect.intersects(layout.caption.rect), qPrintable(where));
            QVERIFY2(!layout.caption.rect.intersects(layout.note.rect), qPrintable(where));
            QVERIFY2(!layout.value.rect.intersects(layout.note.rect), qPrintable(where));
            // Cut only as a last resort: never on a slide nor in a window of 1024x700 or more.
            if (size.width() >= 790)
                QVERIFY2(!layout.elided, qPrintable(where + ": " + layout.caption.text));
        }
    }
    QCOMPARE(reports.size(), 2); // both reports have key figures
}

// One figure keeps one chart and swaps what it draws: exhibit B shown after exhibit A draws
// exactly as B in a figure of its own, with nothing of A left (axes, titles, legend and its
// side, annotations, hidden series, a log axis), across kinds and the views standing in for a
// chart (table, timeline, key figures, what the page says).
void tst_Render::switchDrawsAsFresh_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const QString bar = "p058-days-to-1mm-users";               // bars, callouts
    const QString lines = "p316-chatgpt-app-mau-top-countries"; // lines, legend at the side
    const QString stacked = "p160-nvidia-revenue";
    const QString grouped = "p081-usa-adults-ever-used-chatgpt";
    const QString dual = "p314-global-internet-users";           // bars and a line on a second axis
    const QString log = "p012-computing-cycles";                 // a log axis
    const QString scatter = "p132-frontier-model-training-cost"; // scatter, log axis, dates
    const QString table = "p106-nvidia-gpu-performance";
    const QString timeline = "p028-ai-milestones";
    const QString keyFigures = "p057-years-to-100mm-users";
    const QString pageSays = "p063-ai-mentions-earnings-transcripts";
    const QList<QPair<QString, QString>> pairs{{bar, lines},
                                               {lines, bar},
                                               {stacked, grouped},
                                               {grouped, stacked},
                                               {dual, bar},
                                               {bar, dual},
                                               {log, bar},
                                               {bar, log},
                                               {scatter, lines},
                                               {lines, scatter},
                                               {bar, table},
                                               {table, bar},
                                               {lines, timeline},
                                               {timeline, lines},
                                               {bar, keyFigures},
                                               {keyFigures, bar},
                                               {lines, pageSays},
                                               {pageSays, lines},
                                               {keyFigures, pageSays},
                                               {pageSays, stacked}};
    for (const auto& [first, second] : pairs)
        QTest::newRow(qPrintable(first.left(4) + " then " + second.left(4))) << first << second;
}

void tst_Render::switchDrawsAsFresh()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QSize size(1200, 700);
    auto a = m_db->exhibitData(first);
    const auto b = m_db->exhibitData(second);
    QVERIFY(a && b);
    // A's state that must not outlive it: a note on a drawn value, a series hidden through the
    // legend, the log axis turned on.
    if (!a->series.isEmpty() && !a->series.first().points.isEmpty())
        a->series.first().points.first().annotation = QStringLiteral("A note on the first value");
    ExhibitTableModel model;
    model.setExhibit(a);
    ExhibitFigure figure;
    figure.setModel(&model);
    figure.layOutOffscreen(size);
    const QImage shownA = figure.grab().toImage();
    if (!figure.canvas()->isHidden()) {
        figure.canvas()->setSeriesShown(0, false);
        // Not on bars: Qt Charts 6.4 warns of log(0) whenever it lays out bars on a log axis.
        if (a->info.kind == ChartKind::Line || a->info.kind == ChartKind::Scatter)
            figure.canvas()->setLogScale(true);
    }
    QCoreApplication::processEvents(); // A painted as it is now
    g_warnings.clear();
    model.setExhibit(b);
    figure.layOutOffscreen(size);
    const QImage switched = figure.grab().toImage();
    // Emptying the chart warns of nothing (a log axis' series detached from it, say).
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
    QVERIFY(figure.canvas()->hiddenSeries().isEmpty());
    figure.hide();

    ExhibitTableModel freshModel;
    freshModel.setExhibit(b);
    ExhibitFigure fresh;
    fresh.setModel(&freshModel);
    fresh.layOutOffscreen(size);
    const QImage expected = fresh.grab().toImage();
    fresh.hide();
    QVERIFY(shownA != expected); // a pair the comparison tells apart
    if (switched != expected) {
        const QString path = QDir::temp().filePath(
            QStringLiteral("tst_render-%1-then-%2.png").arg(first.left(4), second.left(4)));
        switched.save(path);
        QFAIL(qPrintable(QStringLiteral("%1 after %2 differs from %1 drawn fresh (see %3)")
                             .arg(second, first, path)));
    }
}

void tst_Render::editDrawsAsFresh_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("factor"); // the second edit: each edited value times this
    QTest::addColumn<bool>("inPlace");  // drawn where it stands: the same axes on the chart
    const QString bar = "p058-days-to-1mm-users";
    QTest::newRow("bars") << bar << 1.03 << true;
    QTest::newRow("bars, past the axis") << bar << 40.0 << false;
    QTest::newRow("stacked") << "p160-nvidia-revenue" << 1.02 << true;
    QTest::newRow("grouped") << "p081-usa-adults-ever-used-chatgpt" << 1.01 << true;
    QTest::newRow("bars and a line") << "p314-global-internet-users" << 1.01 << true;
    QTest::newRow("lines: built again") << "p316-chatgpt-app-mau-top-countries" << 1.01 << false;
}

// An edit of values redraws a bar chart where it stands (issue 25: a large chart's edit laid
// every axis label out again) where nothing else changes, and builds it again otherwise:
// either way it draws what the edited exhibit drawn fresh draws. The first edit makes the
// values the analyst's (legend names and hatches change: built again); the second only moves
// them.
void tst_Render::editDrawsAsFresh()
{
    QFETCH(QString, id);
    QFETCH(double, factor);
    QFETCH(bool, inPlace);
    const QSize size(1200, 700);
    const auto data = m_db->exhibitData(id);
    QVERIFY(data);
    // The first stated value of each series (the line of 'bars and a line' too).
    QVector<QPair<int, int>> points;
    for (int s = 0; s < data->series.size(); ++s) {
        const QVector<PointRecord>& all = data->series.at(s).points;
        const auto stated = std::find_if(all.begin(), all.end(),
                                         [](const PointRecord& p) { return p.value.has_value(); });
        if (stated != all.end())
            points.append({s, int(stated - all.begin())});
    }
    QVERIFY(!points.isEmpty());
    const auto edited = [&](double by) {
        ExhibitData d = *data;
        for (const auto& [s, p] : std::as_const(points)) {
            PointRecord& point = d.series[s].points[p];
            point.reportValue = point.value;
            point.value = *point.value * by;
            if (point.baseValue)
                point.baseValue = *point.baseValue * by;
            point.analyst = AnalystMark::Edited;
            point.citation = QStringLiteral("a test");
        }
        return d;
    };
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    figure.layOutOffscreen(size);
    QVERIFY(model.updateExhibit(edited(1.01)));
    figure.layOutOffscreen(size);
    QChart* chart = figure.findChild<QChartView*>()->chart();
    const QList<QAbstractAxis*> axes = chart->axes();
    g_warnings.clear();
    QVERIFY(model.updateExhibit(edited(1.01 * factor)));
    figure.layOutOffscreen(size);
    const QImage shown = figure.grab().toImage();
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join('\n')));
    QCOMPARE(chart->axes() == axes, inPlace);
    figure.hide();

    ExhibitTableModel freshModel;
    freshModel.setExhibit(edited(1.01 * factor));
    ExhibitFigure fresh;
    fresh.setModel(&freshModel);
    fresh.layOutOffscreen(size);
    const QImage expected = fresh.grab().toImage();
    fresh.hide();
    if (shown != expected) {
        const QString path =
            QDir::temp().filePath(QStringLiteral("tst_render-edit-%1.png").arg(id.left(4)));
        shown.save(path);
        expected.save(
            QDir::temp().filePath(QStringLiteral("tst_render-fresh-%1.png").arg(id.left(4))));
        QFAIL(qPrintable(
            QStringLiteral("%1 edited differs from it drawn fresh (see %2)").arg(id, path)));
    }
}

QTEST_MAIN(tst_Render)
#include "tst_render.moc"
