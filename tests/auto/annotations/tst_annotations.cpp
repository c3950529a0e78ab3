// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's annotations on charts: markers at annotated marks (and none with the toggle
// off), callouts in exported slides only when asked, the remembered toggles, and the dark
// timeline.
#include "chart/chartcanvas.h"
#include "chart/timelineview.h"
#include "chartview.h"
#include "export/slideexport.h"
#include "exportdialog.h"
#include "figure/exhibitfigure.h"
#include "mainwindow.h"
#include "models/exhibittablemodel.h"
#include "reportdb.h"
#include "sectiontab.h"
#include "settings/preferences.h"
#include "slideactions.h"

#include <QCheckBox>
#include <QGraphicsRectItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGraphicsWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace trendboard;

namespace {

const QColor kMarker(0x8e, 0x24, 0xaa); // the analyst's purple

bool isMarker(QRgb pixel)
{
    const QColor c(pixel);
    return std::abs(c.red() - kMarker.red()) < 16 && std::abs(c.green() - kMarker.green()) < 16 &&
           std::abs(c.blue() - kMarker.blue()) < 16;
}

int markerPixels(const QImage& image, const QRect& area)
{
    int n = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            n += isMarker(image.pixel(x, y)) ? 1 : 0;
    return n;
}

const QString kNote = QStringLiteral("Checked against the company's filing");

} // namespace

class tst_Annotations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void markerAtMark_data();
    void markerAtMark();
    void slideIncludesCalloutOnlyWhenAsked();
    void exhibitNoteListedUnderChart();
    void toggleRemembered();
    void fixedChoiceStaysInItsView();
    void exportOptionRemembered();
    void darkTimeline();
    void analystBarsHatched();
    void annotatedTimelineEventMarked();

private:
    // The exhibit with a note on its first drawn point's datapoint (series s, point p).
    ExhibitData annotated(const QString& id, int* series, int* point) const;
    std::unique_ptr<ReportDatabase> m_db;
};

void tst_Annotations::initTestCase()
{
    QCoreApplication::setOrganizationName("trendboard-tests");
    QCoreApplication::setApplicationName("tst_annotations");
    QSettings().clear();
    m_db = std::make_unique<ReportDatabase>(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

ExhibitData tst_Annotations::annotated(const QString& id, int* series, int* point) const
{
    ExhibitData data = *m_db->exhibitData(id);
    for (int s = 0; s < data.series.size(); ++s) {
        for (int p = 0; p < data.series[s].points.size(); ++p) {
            PointRecord& rec = data.series[s].points[p];
            if (rec.value && rec.analyst == AnalystMark::None && *series < 0) {
                *series = s;
                *point = p;
            }
        }
    }
    if (*series >= 0)
        data.series[*series].points[*point].annotation = kNote;
    return data;
}

void tst_Annotations::markerAtMark_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("bars p055") << "p055-chatgpt-weekly-users";
    QTest::newRow("line p038") << "p038-nvidia-developers";
    QTest::newRow("bars p160") << "p160-nvidia-revenue";
}

// A numbered marker in the analyst's purple sits at the annotated mark; with the toggle off
// nothing of that colour is drawn there.
void tst_Annotations::markerAtMark()
{
    QFETCH(QString, id);
    int s = -1;
    int p = -1;
    const ExhibitData data = annotated(id, &s, &p);
    QVERIFY(s >= 0);
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    figure.resize(1000, 640);
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    ChartCanvas* canvas = figure.canvas();
    QVERIFY(canvas->annotationsVisible());
    const int row = model.rowFor(s, p);
    QPoint centre;
    bool found = false;
    for (const ChartCanvas::Mark& m : canvas->marks()) {
        if (m.row == row) {
            centre = m.centre;
            found = true;
        }
    }
    QVERIFY2(found, "the annotated datapoint has a mark");
    const QRect near(centre - QPoint(16, 16), QSize(33, 33));
    const QImage on = canvas->grab().toImage();
    QVERIFY2(markerPixels(on, near) > 40, qPrintable(QString::number(markerPixels(on, near))));

    figure.setAnnotationsVisible(false);
    const QImage off = canvas->grab().toImage();
    QCOMPARE(markerPixels(off, near), 0);
    QCOMPARE(markerPixels(off, off.rect()), 0);
}

// The slide has the callout (its text in the SVG, the purple in the PNG) with "Include
// annotations" and nothing of it without.
void tst_Annotations::slideIncludesCalloutOnlyWhenAsked()
{
    int s = -1;
    int p = -1;
    const ExhibitData data = annotated("p055-chatgpt-weekly-users", &s, &p);
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(1280, 720);
    SlideRenderer renderer(options);
    const QImage without = renderer.image(data);
    QCOMPARE(markerPixels(without, without.rect()), 0);
    options.format = SlideFormat::Svg;
    renderer.setOptions(options);
    QVERIFY(!QString::fromUtf8(renderer.svg(data)).contains("Checked against"));

    options.annotations = true;
    options.format = SlideFormat::Png;
    renderer.setOptions(options);
    const QImage with = renderer.image(data);
    // More than a marker's disc: the callout's frame and its leader line.
    QVERIFY2(markerPixels(with, with.rect()) > 400,
             qPrintable(QString::number(markerPixels(with, with.rect()))));
    options.format = SlideFormat::Svg;
    renderer.setOptions(options);
    const QString svg = QString::fromUtf8(renderer.svg(data));
    QVERIFY2(svg.contains("Checked against the company"), "the note's text is in the callout");

    // Turned off again, the same renderer draws none of it.
    options.annotations = false;
    options.format = SlideFormat::Png;
    renderer.setOptions(options);
    QCOMPARE(markerPixels(renderer.image(data), with.rect()), 0);
}

void tst_Annotations::exhibitNoteListedUnderChart()
{
    ExhibitData data = *m_db->exhibitData("p055-chatgpt-weekly-users");
    data.annotation = QStringLiteral("Board meeting figure");
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    QVERIFY(figure.annotationText().contains("Board meeting figure"));
    figure.setAnnotationsVisible(false);
    QVERIFY(figure.annotationText().isEmpty());
}

// "Show annotations" is on at first, and a chart view opened later shows what the user last
// chose.
void tst_Annotations::toggleRemembered()
{
    QSettings().remove("chart/showAnnotations");
    {
        ChartView view;
        QVERIFY(view.annotationsVisible());
        QVERIFY(view.figure()->annotationsVisible());
        auto* box = view.findChild<QCheckBox*>();
        QVERIFY(box);
        bool clicked = false;
        for (QCheckBox* b : view.findChildren<QCheckBox*>()) {
            if (b->accessibleName() == QLatin1String("Show annotations")) {
                b->click();
                clicked = true;
            }
        }
        QVERIFY(clicked);
        QVERIFY(!view.figure()->annotationsVisible());
    }
    ChartView later;
    QVERIFY(!later.annotationsVisible());
    QVERIFY(!later.figure()->annotationsVisible());
    later.setAnnotationsVisible(true);
    ChartView third;
    QVERIFY(third.annotationsVisible());
}

// A snapshot fixes its window's choice: the views of another window, the settings and views
// opened later keep the user's; the fixed view's box saves nothing, and showing it again
// does not read the saved choice over the fixed one.
void tst_Annotations::fixedChoiceStaysInItsView()
{
    Preferences().setShowAnnotations(true);
    MainWindow snapshot(*m_db);
    MainWindow other(*m_db);
    snapshot.fixAnnotations(false);
    // Tabs are built when first asked for: those built after the choice take it too.
    for (MainWindow* window : {&snapshot, &other}) {
        QVERIFY(window->sectionTab(2)->chartView());
        QVERIFY(window->comparisonTab());
    }
    const auto views = snapshot.findChildren<ChartView*>();
    QVERIFY(views.size() >= 2); // a section tab's and Compare's
    for (const ChartView* view : views)
        QVERIFY(!view->annotationsVisible() && !view->figure()->annotationsVisible());
    for (const ChartView* view : other.findChildren<ChartView*>())
        QVERIFY(view->annotationsVisible());
    views.first()->setAnnotationsVisible(true);
    views.first()->setAnnotationsVisible(false);
    QVERIFY(Preferences().showAnnotations());
    ChartView later;
    QVERIFY(later.annotationsVisible());
    ChartView fixed;
    fixed.fixAnnotations(false);
    fixed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixed));
    QVERIFY(!fixed.annotationsVisible());
    QVERIFY(Preferences().showAnnotations());
}

// The export dialog's "Include annotations" is off at first and remembered once a slide is
// saved with it.
void tst_Annotations::exportOptionRemembered()
{
    QTemporaryDir dir;
    QSettings().setValue("export/folder", dir.path());
    QSettings().remove("export/annotations");
    const ExhibitData data = *m_db->exhibitData("p055-chatgpt-weekly-users");
    {
        ExportDialog dialog(data, "p055");
        QVERIFY(!dialog.options().annotations);
        QCheckBox* include = nullptr;
        for (QCheckBox* b : dialog.findChildren<QCheckBox*>()) {
            if (b->text() == QLatin1String("Include annotations"))
                include = b;
        }
        QVERIFY(include);
        include->setChecked(true);
        QVERIFY(dialog.options().annotations);
        QVERIFY(dialog.save());
    }
    QVERIFY(savedSlideOptions().annotations);
    ExportDialog again(data, "p055");
    QVERIFY(again.options().annotations);
}

// A dark slide of a timeline is dark behind the events, not a white panel.
void tst_Annotations::darkTimeline()
{
    const ExhibitData data = *m_db->exhibitData("p028-ai-milestones");
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(1280, 720);
    options.theme = SlideTheme::Dark;
    SlideRenderer renderer(options);
    const QImage slide = renderer.image(data);
    int light = 0;
    for (int y = 0; y < slide.height(); y += 4)
        for (int x = 0; x < slide.width(); x += 4)
            light += QColor(slide.pixel(x, y)).lightness() > 200 ? 1 : 0;
    const int samples = (slide.height() / 4) * (slide.width() / 4);
    // Event texts are light; a white panel would be most of the slide.
    QVERIFY2(light < samples / 20, qPrintable(QStringLiteral("%1 of %2").arg(light).arg(samples)));
    // The middle of the timeline's panel, between its line and its texts.
    QVERIFY(QColor(slide.pixel(slide.width() / 2, slide.height() * 3 / 4)).lightness() < 60);
}

// Bars of analyst values are drawn hatched in the analyst's purple, with a legend entry, in
// the window's chart and on a slide alike; the report's bars are not.
void tst_Annotations::analystBarsHatched()
{
    ExhibitData data = *m_db->exhibitData("p055-chatgpt-weekly-users");
    SlideOptions options;
    options.preset = SlidePreset::Custom;
    options.customSize = QSize(1280, 720);
    SlideRenderer renderer(options);
    QCOMPARE(markerPixels(renderer.image(data), QRect(0, 0, 1280, 720)), 0);
    int marked = 0;
    for (SeriesRecord& series : data.series) {
        for (PointRecord& point : series.points) {
            if (point.value && marked < 2) {
                point.reportValue = point.value;
                point.value = *point.value * 1.1;
                point.analyst = marked == 0 ? AnalystMark::Edited : AnalystMark::Filled;
                point.citation = QStringLiteral("a filing");
                ++marked;
            }
        }
    }
    QCOMPARE(marked, 2);
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    figure.resize(1000, 640);
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    auto* view = figure.findChild<QGraphicsView*>();
    QVERIFY(view);
    int hatched = 0;
    bool legend = false;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* rect = dynamic_cast<QGraphicsRectItem*>(item)) {
            // On the chart itself (the legend's marker has the same hatch, a level deeper).
            const auto* parent = dynamic_cast<QGraphicsWidget*>(rect->parentItem());
            if (rect->brush().style() == Qt::BDiagPattern && rect->brush().color() == kMarker &&
                rect->isVisible() && parent && !parent->parentItem())
                ++hatched;
        }
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
            legend = legend || text->toPlainText().startsWith("Analyst values");
    }
    QCOMPARE(hatched, 2);
    QVERIFY2(legend, "a legend entry names the analyst values");
    const QImage shown = figure.canvas()->grab().toImage();
    QVERIFY2(markerPixels(shown, shown.rect()) > 200,
             qPrintable(QString::number(markerPixels(shown, shown.rect()))));
    const QImage slide = renderer.image(data);
    QVERIFY2(markerPixels(slide, slide.rect()) > 200,
             qPrintable(QString::number(markerPixels(slide, slide.rect()))));
}

// An event of a timeline the analyst annotated carries a marker in the analyst's purple;
// with annotations hidden it does not.
void tst_Annotations::annotatedTimelineEventMarked()
{
    ExhibitData data = *m_db->exhibitData("p028-ai-milestones");
    QVERIFY(!data.series.isEmpty() && data.series.first().points.size() > 2);
    data.series.first().points[1].annotation = kNote;
    ExhibitTableModel model;
    model.setExhibit(data);
    ExhibitFigure figure;
    figure.setModel(&model);
    figure.resize(1000, 640);
    figure.show();
    QVERIFY(QTest::qWaitForWindowExposed(&figure));
    auto* timeline = figure.findChild<TimelineView*>();
    QVERIFY(timeline && timeline->isVisible());
    QCOMPARE(timeline->markedRows(), QVector<int>{model.rowFor(0, 1)});
    const QImage on = timeline->grab().toImage();
    QVERIFY2(markerPixels(on, on.rect()) > 40,
             qPrintable(QString::number(markerPixels(on, on.rect()))));
    figure.setAnnotationsVisible(false);
    QVERIFY(timeline->markedRows().isEmpty());
    const QImage off = timeline->grab().toImage();
    QCOMPARE(markerPixels(off, off.rect()), 0);
}

QTEST_MAIN(tst_Annotations)
#include "tst_annotations.moc"
