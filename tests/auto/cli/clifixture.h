// SPDX-License-Identifier: GPL-3.0-or-later
// What the command-line tests share: running the app, and analyst layers and files to feed it.
#pragma once

#include "analystdb.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline Run run(const QStringList& args, const QString& database = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!database.isEmpty())
        env.insert("TRENDBOARD_DB", database);
    env.remove("QT_QPA_PLATFORM"); // the commands must pick offscreen themselves
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    p.setProcessEnvironment(env);
    p.start(TRENDBOARD_EXE, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QByteArray layerFile(const QJsonArray& values)
{
    return QJsonDocument(QJsonObject{{"format", "trendboard-analyst-layer"},
                                     {"version", 1},
                                     {"values", values}})
        .toJson();
}

inline QJsonObject layerEntry(const QString& x, const QJsonValue& value,
                              const QString& exhibit = "p038-nvidia-developers")
{
    return {{"exhibit", exhibit},
            {"series", "Developers in NVIDIA ecosystem"},
            {"x_label", x},
            {"value", value},
            {"citation", "NVIDIA GTC keynote"}};
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray sha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
}

// Runs statements on an SQLite file through a connection of its own.
inline bool execSql(const QString& path, const QStringList& statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "fixture");
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& sql : statements)
            ok = ok && q.exec(sql);
    }
    QSqlDatabase::removeDatabase("fixture");
    return ok;
}

// An analyst database made by this build, in rollback-journal mode so that a fixture's bytes
// are all in the one file.
inline bool makeLayer(const QString& path, const QStringList& then = {})
{
    {
        const trendboard::AnalystDatabase layer(path);
        if (!layer.isAvailable())
            return false;
    }
    return execSql(path, QStringList{"PRAGMA journal_mode = DELETE"} + then);
}
