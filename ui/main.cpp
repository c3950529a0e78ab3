// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/analystcli.h"
#include "analyst/analystservice.h"
#include "cli/cli.h"
#include "cli/interrupt.h"
#include "comparisontab.h"
#include "deferrediconstyle.h"
#include "export/exportservice.h"
#include "heapretention.h"
#include "mainwindow.h"
#include "reportdb.h"
#include "settingsplace.h"
#include "text/displaylanguage.h"
#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace trendboard;

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform notes that it cannot size windows or find a runtime folder; neither
// matters to a command's output, so they stay off the user's terminal.
void quietOffscreenNotes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) ||
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, message);
}
// A command's output that did not reach its destination (a full disk, a closed pipe, /dev/full)
// is a failure, not a success with lost lines.
int checkedOutput(int code, QTextStream& out, QTextStream& err)
{
    out.flush();
    const bool failed =
        out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
    if (!failed)
        return code;
    err << "trendboard: write error on standard output: "
        << QString::fromLocal8Bit(std::strerror(errno)) << '\n';
    return 1;
}

// The window needs a display; without one Qt's xcb plugin aborts the process. Say so, and
// that the commands work without one.
bool lacksDisplay(const CliRequest& request)
{
    if (request.mode != CliRequest::Mode::Gui || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    QTextStream err(stderr);
    err << "trendboard: no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window "
           "cannot open; the command-line options work without one (see --help)\n";
    return true;
}

void setApplicationDetails(const CliRequest& request)
{
    setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(TRENDBOARD_VERSION));
    // Only a window on screen shows the icon: a command or a snapshot would load the SVG
    // icon engine for nothing.
    if (request.mode == CliRequest::Mode::Gui)
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/trendboard/icons/trendboard.svg")));
    QApplication::setDesktopFileName(QStringLiteral(TRENDBOARD_APP_ID));
}

// The window's language: --lang, else the one chosen in View > Language, else the system's
// (commands stay English); and its theme: System leaves the platform's palette (a dark
// desktop's included) alone.
void applyLanguageAndTheme(QApplication& app, const CliRequest& request, QTextStream& err)
{
    const DisplayLanguage language =
        displayLanguageFromCode(request.language)
            .value_or(savedDisplayLanguage().value_or(systemDisplayLanguage()));
    setDisplayLanguage(language);
    if (!installTranslations(app, language))
        err << "trendboard: the Chinese translation cannot be loaded; the window is in English\n";
    if (const Theme theme = savedTheme(); theme != Theme::System)
        applyTheme(theme);
    else
        deferStandardIcons(); // the platform's style, its icons decoded when first drawn
}

// The analyst layer. The window opens the one --user-db names, else the app's own (only that
// one is moved aside when it is damaged or newer; the user is told, and the window opens with
// the report's data either way). A snapshot shows a layer as the commands do, through their
// opener: read-only, and an error when it cannot be read.
class WindowAnalystLayer
{
public:
    // False when a snapshot's layer cannot be read (the opener has said why).
    bool open(const ReportDatabase& db, const CliRequest& request, QTextStream& err)
    {
        if (request.mode == CliRequest::Mode::Snapshot) {
            m_shown = std::make_unique<AnalystLayer>(db, request.userDb, request.annotations, err);
            if (m_shown->failed())
                return false;
            m_service = m_shown->service();
            return true;
        }
        m_database = std::make_unique<AnalystDatabase>(analystDatabasePath(request.userDb),
                                                       request.userDb.isEmpty()
                                                           ? AnalystDatabase::Access::OwnDefault
                                                           : AnalystDatabase::Access::ReadWrite);
        const QString notice =
            m_database->isAvailable() ? m_database->warning() : m_database->errorString();
        if (!notice.isEmpty()) {
            err << "trendboard: " << notice << '\n';
            err.flush();
            QMessageBox::warning(nullptr, QStringLiteral("Trendboard"), notice);
        }
        // The layer the window's editing views share.
        m_ownService = std::make_unique<AnalystService>(db, *m_database);
        m_service = m_ownService.get();
        return true;
    }
    AnalystService* service() const { return m_service; }

private:
    std::unique_ptr<AnalystLayer> m_shown;
    std::unique_ptr<AnalystDatabase> m_database;
    std::unique_ptr<AnalystService> m_ownService;
    AnalystService* m_service = nullptr;
};

// --snapshot: the window on the comparison, exhibit or section asked for, saved as a PNG.
int saveSnapshot(MainWindow& window, const ReportDatabase& db, const CliRequest& request,
                 QTextStream& out, QTextStream& err)
{
    if (!request.measure.isEmpty()) {
        // An unknown measure or entity is a bad argument here as in --compare (exit 2).
        QString unknown;
        if (!resolveMeasure(db, request.measure))
            unknown = QStringLiteral("no measure '%1' (see --list-measures)").arg(request.measure);
        for (const QString& entity : request.entities) {
            if (unknown.isEmpty() && !db.resolveEntity(entity))
                unknown = QStringLiteral("no entity '%1' (see --list-entities)").arg(entity);
        }
        if (!unknown.isEmpty()) {
            err << "trendboard: " << unknown << '\n';
            return 2;
        }
        SavedComparison shown;
        shown.request = {request.measure, request.entities, request.periodFrom, request.periodTo};
        window.comparisonTab()->setComparison(shown);
        window.showComparison();
    } else if (!request.exhibit.isEmpty()) {
        if (!window.openExhibit(request.exhibit)) {
            err << "trendboard: no exhibit '" << request.exhibit << "' (see --list)\n";
            return 2;
        }
    } else {
        window.showSection(request.section.value_or(0));
    }
    // Drawn a band at a time, each band encoded while the next is drawn (OpaquePngBands).
    constexpr int kBandRows = 64;
    const QString problem = savePngInBands(request.file, [&](const auto& band) {
        window.snapshotInBands(request.size, kBandRows, band);
    });
    if (!problem.isEmpty()) {
        err << "trendboard: " << problem << '\n';
        return 1;
    }
    out << request.file << '\n';
    return 0;
}

// A database that cannot be opened or read: said on stderr, and in a box for the window.
void reportDatabaseError(const CliRequest& request, const QString& error, QTextStream& err)
{
    err << "trendboard: " << error << '\n';
    if (request.mode == CliRequest::Mode::Gui)
        QMessageBox::critical(nullptr, QStringLiteral("Trendboard"), error);
}
} // namespace

int main(int argc, char* argv[])
{
    retainFreedHeap(); // before anything allocates: see heapretention.h
    // The command line is read before any QApplication exists, so that a bad argument is
    // reported (exit 2) even where no display could be opened.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CliRequest request = parseCommandLine(arguments);
    ReportDatabase::usePath(request.database);
    if (request.mode == CliRequest::Mode::Error) {
        QTextStream err(stderr);
        return runCommand(request, err, err);
    }
    if (lacksDisplay(request))
        return 1;
    // Commands run without a display: pick the offscreen platform unless one was chosen.
    if (request.mode != CliRequest::Mode::Gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_defaultHandler = qInstallMessageHandler(quietOffscreenNotes);
    }
    QApplication app(argc, argv);
    setApplicationDetails(request);

    // SIGTERM (a logout, `kill`) or Ctrl-C in the terminal closes the window as its close
    // button does: its state is saved and the analyst database closed cleanly. A signal that
    // comes while the window is still being built waits for the event loop.
    if (request.mode == CliRequest::Mode::Gui)
        deliverInterruptsToEventLoop([](int) { QApplication::closeAllWindows(); });

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (request.mode != CliRequest::Mode::Gui && request.mode != CliRequest::Mode::Snapshot)
        return checkedOutput(runCommand(request, out, err), out, err);

    // Settings and the analyst database of the place earlier versions used, taken over once.
    if (request.mode == CliRequest::Mode::Gui) {
        if (const QString adopted = adoptOldSettingsPlace(); !adopted.isEmpty())
            err << "trendboard: " << adopted << '\n';
    }
    applyLanguageAndTheme(app, request, err);

    const ReportDatabase db(ReportDatabase::bundledPath());
    if (!db.isOpen()) {
        reportDatabaseError(request, db.errorString(), err);
        return request.database.isEmpty() ? 1 : 2; // --db named a file that is not one
    }
    WindowAnalystLayer analyst;
    if (!analyst.open(db, request, err))
        return 1;
    MainWindow window(db);
    // A snapshot draws the analyst's notes only when asked (--annotations), whatever the
    // window's "Show annotations" box was left at.
    if (request.mode == CliRequest::Mode::Snapshot)
        window.fixAnnotations(request.annotations);
    if (analyst.service())
        window.enableAnalystLayer(*analyst.service());
    if (!db.readError().isEmpty()) {
        reportDatabaseError(request, db.readError(), err);
        return 1;
    }
    if (request.mode == CliRequest::Mode::Snapshot)
        return saveSnapshot(window, db, request, out, err);
    window.restoreSession();
    window.show();
    return app.exec();
}
