// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/comparecommand.h"
#include "export/slideexport.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QImage;
class QTextStream;
QT_END_NAMESPACE

namespace trendboard {

// What the command line asks for. Everything but Gui runs without a display.
struct CliRequest
{
    enum class Mode
    {
        Gui,
        Help,
        Version,
        DbPath,
        List,
        ExportPng,
        ExportSvg,
        ExportCsv,
        Snapshot,
        ListMeasures,
        ListEntities,
        Compare,
        Profile,
        Search,
        ExportAnalystLayer,
        ImportAnalystLayer,
        ExportAll,
        Error
    };
    Mode mode = Mode::Gui;
    QString error; // Mode::Error: what is wrong, for stderr
    QString helpText;
    QString file; // output of the exports and the snapshot
    std::optional<int> page;
    std::optional<int> section;
    QString exhibit;
    bool all = false;
    QSize size{1600, 900};
    QString kind;    // --list-entities --kind
    QString profile; // --profile ENTITY
    QString search;  // --search TEXT
    QString userDb;  // --user-db PATH: the analyst database (empty: the default location)
    QString database; // --db PATH: the report database (empty: ReportDatabase::bundledPath())
    // --annotations: image exports and the snapshot draw the analyst's notes (off by default:
    // a presenter exports the report's figures).
    bool annotations = false;
    QString language; // --lang zh|en for the window and --snapshot (empty: saved or system)
    // --compare MEASURE --entities A,B [--period FROM:TO]
    QString measure;
    QStringList entities;
    QString periodFrom;
    QString periodTo;
    CompareOutput compareOutput = CompareOutput::Table;
    // --export-all DIR [--section N] [--format png,svg,pdf,csv] [--size WxH] [--scale N]
    // [--theme T] [--deck]: file is the folder
    QStringList formats{QStringLiteral("png")};
    bool sizeGiven = false;
    int scale = 1;
    SlideTheme theme = SlideTheme::Light;
    bool deck = false;
};

CliRequest parseCommandLine(const QStringList& arguments);

// Runs every mode but Gui and Snapshot (which need the windows). Returns the exit code.
int runCommand(const CliRequest& request, QTextStream& out, QTextStream& err);

} // namespace trendboard
