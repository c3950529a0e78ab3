// SPDX-License-Identifier: GPL-3.0-or-later
// trendboard-bench: the in-process figures of benchmarks/run.sh (start to the first painted
// tab, exhibit switch, search keystroke, edit + refresh at a layer size, a bare Qt Charts
// process). Each prints "name<TAB>milliseconds"; run.sh sets them beside their targets.
// Not a test: nothing here is run by ctest or CI.
#include "analyst/analystservice.h"
#include "comparisontab.h"
#include "filterbar.h"
#include "heapretention.h"
#include "mainwindow.h"
#include "overviewtab.h"
#include "reportdb.h"
#include "sectiontab.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace trendboard;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void report(const QString& name, double ms)
{
    out() << name << '\t' << QString::number(ms, 'f', 2) << Qt::endl;
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed() / 1e6;
}

// Events delivered (paint events among them), and the steps that painted nothing (a figure
// that timed no painting would flatter the app): counted by an event filter on the application.
class EventCounter : public QObject
{
public:
    qint64 events = 0;
    int paints = 0;
    int unpaintedSteps = 0;
    int unsettledSteps = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        ++events;
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

EventCounter& eventCounter()
{
    static EventCounter counter;
    return counter;
}

// Everything the event loop still has to do, the painting of what that changed included, as a
// user would see it: Qt repaints only the widgets a change made dirty (offscreen: into the
// window's backing store). One pass of the event loop leaves the events its own handlers post
// for the next pass (a layout request goes up the widget tree a level a pass): passes until
// one delivers nothing. Until stop 32 a step was one pass and then a repaint of the whole
// 1440x900 window, which no screen does: some of a step's layout fell into the next step.
void settle(QWidget& /*window*/, bool paints = true)
{
    EventCounter& counter = eventCounter();
    const int paintsBefore = counter.paints;
    constexpr int kMostPasses = 64;
    int pass = 0;
    for (; pass < kMostPasses; ++pass) {
        const qint64 before = counter.events;
        QApplication::processEvents();
        if (counter.events == before)
            break;
    }
    if (pass == kMostPasses)
        ++counter.unsettledSteps;
    if (paints && counter.paints == paintsBefore)
        ++counter.unpaintedSteps;
}

// A layer of `size` values: edits of the report's numeric points first, then fill-ins of
// years the series do not state (as many as it takes). Exhibits are read only until there are
// twice the candidates needed: reading every exhibit of a 1000x database held 6 GB of them.
int fillLayer(const ReportDatabase& db, AnalystService& service, int size)
{
    QVector<AnalystValue> edits;
    QVector<AnalystValue> fills;
    for (const ExhibitInfo& e : db.exhibits(std::nullopt, ReportScope::all())) {
        if (edits.size() >= 2 * size && fills.size() >= 2 * size)
            break;
        const auto data = db.exhibitData(e.id);
        if (!data)
            continue;
        for (const SeriesRecord& s : data->series) {
            QString unit;
            for (const PointRecord& p : s.points) {
                if (!p.value || p.unit.isEmpty())
                    continue;
                unit = p.unit;
                AnalystValue v;
                v.key = {e.id, s.name, p.xLabel, p.entity};
                v.value = *p.value * 1.01 + 1;
                v.unit = p.unit;
                v.periodLabel = p.xLabel;
                v.citation = QStringLiteral("benchmark");
                edits.append(v);
            }
            if (unit.isEmpty() || e.xKind != QLatin1String("period"))
                continue;
            for (int year = 1950; year < 1990; ++year) {
                AnalystValue v;
                v.key = {e.id, s.name, QString::number(year), {}};
                v.value = year - 1940; // 10 to 49: inside every unit's range (a % share too)
                v.unit = unit;
                v.periodLabel = QString::number(year);
                v.citation = QStringLiteral("benchmark");
                fills.append(v);
            }
        }
    }
    // Fill-ins year by year over every series, so that a large layer spreads as a real one.
    std::stable_sort(fills.begin(), fills.end(), [](const AnalystValue& a, const AnalystValue& b) {
        return a.key.xLabel < b.key.xLabel;
    });
    int stored = 0;
    for (const AnalystValue& v : edits) {
        if (stored >= size)
            return stored;
        if (service.setValue(v).isEmpty())
            ++stored;
    }
    // Fill-ins in transactions of a few hundred (as a fill-in grid or an import writes them):
    // a layer of 10,000 values is written in seconds, not one synchronous commit per value.
    constexpr int kChunk = 500;
    for (int at = 0; at < fills.size() && stored < size; at += kChunk) {
        const QVector<AnalystValue> chunk = fills.mid(at, std::min(kChunk, size - stored));
        const QString problem = service.fillValues(chunk);
        if (problem.isEmpty()) {
            stored += chunk.size();
            continue;
        }
        // A chunk with a value the service refuses (a point the report states after all):
        // one by one, so that the others still go in.
        QTextStream(stderr) << "trendboard-bench: " << problem << '\n';
        for (const AnalystValue& v : chunk) {
            if (stored < size && service.setValue(v).isEmpty())
                ++stored;
        }
    }
    return stored;
}

// VmHWM of /proc/self/status (Linux), in MB; -1 elsewhere.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

int bareChart(const QSize& size)
{
    // The anchor: a process that draws one line chart with Qt Charts and paints it.
    auto* series = new QLineSeries;
    for (int i = 0; i < 20; ++i)
        series->append(i, (i * 37) % 11);
    QChart* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    chart->setTitle(QStringLiteral("Bare Qt Charts"));
    QChartView view(chart);
    view.resize(size);
    view.setAttribute(Qt::WA_DontShowOnScreen, true);
    view.show();
    QApplication::processEvents();
    const QImage image = view.grab().toImage();
    return image.isNull() ? 1 : 0;
}

// The Compare tab at a layer size: shown after the section's edits (a hidden tab compares
// when shown), then edits of a value it compares, applied through the service and painted.
void compareEdits(MainWindow& window, AnalystService& service, int layerSize, int repeats)
{
    ComparisonTab* compare = window.comparisonTab();
    report(QStringLiteral("compare_show_%1").arg(layerSize), timed([&] {
               window.showComparison();
               settle(window);
           }));
    // A report value the comparison shows: its point key is the series' with or without the
    // row's own entity.
    std::optional<AnalystValue> edit;
    for (const MeasureValue& m : compare->comparison().values) {
        for (const QString& entity : {QString(), m.entity}) {
            AnalystValue v;
            v.key = {m.exhibitId, m.series, m.pointLabel, entity};
            v.citation = QStringLiteral("benchmark compare edit");
            if (!edit && service.complete(v).isEmpty() && v.kind == AnalystValueKind::Edit &&
                v.reportValue)
                edit = v;
        }
    }
    if (!edit) {
        report(QStringLiteral("compare_edit_refresh_%1").arg(layerSize), -1);
        return;
    }
    QVector<double> edits;
    for (int i = 0; i < repeats; ++i) {
        AnalystValue v = *edit;
        v.value = *edit->reportValue * (1.02 + i / 100.0);
        edits.append(timed([&] {
            service.setValue(v);
            settle(window);
        }));
    }
    report(QStringLiteral("compare_edit_refresh_%1").arg(layerSize), median(edits));
}

// Search keystrokes: words typed letter by letter, each then cleared; and the ranking a tab with
// thousands of hits leaves for the typing's pause.
void searchKeystrokes(MainWindow& window, SectionTab& tab)
{
    QLineEdit* search = window.filterBar()->searchBox();
    QVector<double> keys;
    QVector<double> relabels;
    for (const QString& word : {QStringLiteral("nvidia"), QStringLiteral("chatgpt users"),
                                QStringLiteral("capex"), QStringLiteral("zzz")}) {
        for (int i = 1; i <= word.size(); ++i)
            keys.append(timed([&] {
                search->setText(word.left(i));
                settle(window);
            }));
        // The tabs' counts, set when the typing pauses: forced here.
        relabels.append(timed([&] {
            window.relabelTabsNow();
            settle(window);
        }));
        search->clear();
        settle(window);
    }
    report(QStringLiteral("search_keystroke"), median(keys));
    report(QStringLiteral("tabs_relabelled_on_pause"), median(relabels));
    // A tab with thousands of hits (a scaled database) ranks them when the typing pauses: that
    // ranking, forced here by going to the list as a user would. At 1x, keystrokes rank at once.
    QVector<double> rankings;
    for (const QString& word :
         {QStringLiteral("nvidia"), QStringLiteral("chatgpt users"), QStringLiteral("capex")}) {
        search->setText(word);
        settle(window);
        // At 1x the list was ranked at once: nothing waits, nothing is painted.
        rankings.append(timed([&] {
            tab.focusList();
            settle(window, false);
        }));
        search->clear();
        settle(window);
    }
    report(QStringLiteral("search_ranked_on_pause"), median(rankings));
}

} // namespace

int main(int argc, char* argv[])
{
    retainFreedHeap(); // before anything allocates: see heapretention.h
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const auto option = [&args](const QString& name, const QString& fallback) {
        const int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QSize size(1440, 900);
    if (args.contains(QStringLiteral("--bare-chart")))
        return bareChart(size);

    const QString dbPath = option(QStringLiteral("--db"), ReportDatabase::bundledPath());
    const QStringList layers =
        option(QStringLiteral("--layers"), QStringLiteral("10,100,1000,10000"))
            .split(QLatin1Char(','));
    const int repeats = option(QStringLiteral("--repeats"), QStringLiteral("15")).toInt();
    QTemporaryDir dir;

    QElapsedTimer clock;
    clock.start();
    ReportDatabase db(dbPath);
    if (!db.isOpen()) {
        QTextStream(stderr) << "trendboard-bench: " << db.errorString() << '\n';
        return 2;
    }
    AnalystDatabase analyst(dir.filePath(QStringLiteral("layer.sqlite")));
    AnalystService service(db, analyst);
    MainWindow window(db);
    window.enableAnalystLayer(service);
    window.showSection(2);
    window.setAttribute(Qt::WA_DontShowOnScreen, true);
    window.resize(size);
    window.show();
    app.installEventFilter(&eventCounter());
    // The first paint is of the whole window (a window that is not shown on a screen gets no
    // expose event to ask for it).
    QApplication::processEvents();
    window.repaint();
    report(QStringLiteral("start_in_process"), clock.nsecsElapsed() / 1e6);

    // Exhibit switch: every exhibit of section 2 in turn (the list's order).
    SectionTab* tab = window.sectionTab(2);
    // A sample of the list's first exhibits: a scaled database's section has thousands (read
    // whole, they would count in the peak memory below).
    constexpr int kSwitchSample = 100;
    QStringList ids;
    for (const ExhibitInfo& e : db.exhibitsAfter({kBondReportId, 2}, nullptr, kSwitchSample))
        ids.append(e.id);
    QVector<double> switches;
    for (int round = 0; round < 2; ++round) {
        for (const QString& id : ids)
            switches.append(timed([&] {
                window.openExhibit(id);
                settle(window);
            }));
    }
    report(QStringLiteral("exhibit_switch"), median(switches));
    // Of which the exhibit's read from the database (exhibitData): the rest is the models, the
    // figure and the painting.
    QVector<double> reads;
    for (const QString& id : ids)
        reads.append(timed([&] { db.exhibitData(id); }));
    report(QStringLiteral("exhibit_read"), median(reads));

    searchKeystrokes(window, *tab);

    // Every tab visited (the Overview's two pages and the Compare tab included): the peak
    // resident memory of the process so far.
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        settle(window);
    }
    if (OverviewTab* overview = window.overview()) {
        window.tabs()->setCurrentWidget(overview);
        overview->showSummary();
        settle(window);
    }
    report(QStringLiteral("peak_memory_all_tabs"), peakMegabytes());

    // Edit + refresh at each layer size: an edit of a point of the exhibit on show, applied
    // through the service (as the value dialog's command does) and painted.
    window.showSection(2);
    settle(window);
    int have = 0;
    for (const QString& layer : layers) {
        const int size = layer.toInt();
        if (size <= 0)
            continue; // --layers 0: no edits (a profile of the phases before them)
        have += fillLayer(db, service, size - have);
        settle(window);
        const QString shown = tab->currentExhibit();
        const auto data = db.exhibitData(shown);
        const PointRecord* point = nullptr;
        const SeriesRecord* series = nullptr;
        for (const SeriesRecord& s : data->series)
            for (const PointRecord& p : s.points)
                if (!point && p.value && !p.unit.isEmpty()) {
                    point = &p;
                    series = &s;
                }
        if (!point) {
            report(QStringLiteral("edit_refresh_%1").arg(size), -1);
            continue;
        }
        QVector<double> edits;
        for (int i = 0; i < repeats; ++i) {
            AnalystValue v;
            v.key = {shown, series->name, point->xLabel, point->entity};
            v.value = *point->value + i + 1;
            v.unit = point->unit;
            v.periodLabel = point->xLabel;
            v.citation = QStringLiteral("benchmark edit");
            QString problem;
            edits.append(timed([&] {
                problem = service.setValue(v);
                settle(window);
            }));
            if (!problem.isEmpty())
                QTextStream(stderr) << "trendboard-bench: an edit: " << problem << '\n';
        }
        const int layerSize = int(analyst.values().size());
        report(QStringLiteral("edit_refresh_%1").arg(layerSize), median(edits));
        // The points the edited exhibit draws: a large layer's fill-ins add periods to it, so
        // that an edit there redraws a larger chart.
        int drawn = 0;
        if (const auto overlaid = service.exhibitData(shown))
            for (const SeriesRecord& s : overlaid->series)
                drawn += int(s.points.size());
        report(QStringLiteral("edit_points_%1").arg(layerSize), drawn);
        compareEdits(window, service, layerSize, repeats);
        window.showSection(2);
        settle(window);
    }
    report(QStringLiteral("process_total"), sinceStart.nsecsElapsed() / 1e6);
    if (eventCounter().unpaintedSteps > 0)
        QTextStream(stderr) << "trendboard-bench: " << eventCounter().unpaintedSteps
                            << " timed steps painted nothing\n";
    if (eventCounter().unsettledSteps > 0)
        QTextStream(stderr) << "trendboard-bench: " << eventCounter().unsettledSteps
                            << " timed steps never settled (events after 64 passes)\n";
    return 0;
}
