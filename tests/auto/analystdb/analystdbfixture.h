// SPDX-License-Identifier: GPL-3.0-or-later
// What the analyst database's tests share: a point of the bundled database, values to write,
// and looks at a file from a connection of its own.
#pragma once

#include "analystdb.h"
#include "reportdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(trendboard::AnalystValue)
Q_DECLARE_METATYPE(trendboard::PointKey)
Q_DECLARE_METATYPE(trendboard::AnalystDatabase::Access)

namespace trendboard {

const PointKey kPoint{QStringLiteral("p038-nvidia-developers"),
                      QStringLiteral("Developers in NVIDIA ecosystem"),
                      QStringLiteral("2025"),
                      {}};

inline AnalystValue fill(const PointKey& key, double value,
                         const QString& unit = QStringLiteral("MM"))
{
    AnalystValue v;
    v.key = key;
    v.kind = AnalystValueKind::Fill;
    v.value = value;
    v.unit = unit;
    v.periodLabel = key.xLabel;
    v.citation = QStringLiteral("NVIDIA 10-K 2025, p. 4");
    return v;
}

inline AnalystValue edit(const PointKey& key, double value, double reported)
{
    AnalystValue v = fill(key, value);
    v.kind = AnalystValueKind::Edit;
    v.citation.clear();
    v.reportValue = reported;
    return v;
}

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

// Runs one statement on a separate connection and returns the first column of each row.
inline QStringList pragma(const QString& path, const QString& sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "pragma");
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    rows << q.value(0).toString();
            } else {
                rows << "error: " + q.lastError().text();
            }
        }
    }
    QSqlDatabase::removeDatabase("pragma");
    return rows;
}

// The files in a folder; SQLite's -wal and -shm beside a WAL-mode file are not counted (a
// read-only connection may leave them, empty, as SQLite's own).
inline QStringList filesIn(const QString& dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    files.removeIf([](const QString& f) { return f.endsWith("-wal") || f.endsWith("-shm"); });
    return files;
}

// An SQLite file with the given statements, in rollback-journal mode (as other programs make).
inline void makeSqlite(const QString& path, const QStringList& statements)
{
    for (const QString& sql : statements)
        QCOMPARE(pragma(path, sql), QStringList());
}

inline QString markerId()
{
    return QString::number(qint32(AnalystDatabase::kApplicationId));
}

inline void addAccessRows(const char* name)
{
    using Access = AnalystDatabase::Access;
    QTest::addRow("%s, read-only", name) << Access::ReadOnly;
    QTest::addRow("%s, read-write", name) << Access::ReadWrite;
    QTest::addRow("%s, own default", name) << Access::OwnDefault;
}

// The bundled database's units, which a layer's values are checked against.
inline void loadBundledUnits(QVector<UnitInfo>& units)
{
    const ReportDatabase report(TRENDBOARD_BUNDLED_DB);
    QVERIFY2(report.isOpen(), qPrintable(report.errorString()));
    units = report.units();
    QVERIFY(!units.isEmpty());
}

} // namespace trendboard
