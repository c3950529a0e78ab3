// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdb.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>

namespace trendboard {

namespace {

// SQLite's result codes for a file another program holds.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

QString describeOpenFailure(const QString& path, const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary code of an extended one
    if (code == kSqliteBusy || code == kSqliteLocked)
        return QStringLiteral("the database %1 is locked by another program: %2")
            .arg(path, error.text());
    if (code == kSqliteCorrupt)
        return QStringLiteral("the database %1 is damaged: %2").arg(path, error.text());
    if (code == kSqliteNotADb)
        return QStringLiteral("%1 is not a Trendboard database (not an SQLite file)").arg(path);
    return QStringLiteral("cannot read the database %1: %2").arg(path, error.text());
}

} // namespace

QString ExhibitInfo::sourceLine() const
{
    if (reportPages <= 1)
        return QStringLiteral("Source: %1, %2").arg(source, reportCite);
    return QStringLiteral("Source: %1, %2, p. %3").arg(source, reportCite).arg(page);
}

bool ExhibitData::hasUnstatedSeries() const
{
    for (const SeriesRecord& s : series) {
        if (!s.stated)
            return true;
    }
    return false;
}

QString analystMarkName(AnalystMark mark)
{
    switch (mark) {
    case AnalystMark::Edited:
        return QStringLiteral("edited");
    case AnalystMark::Filled:
        return QStringLiteral("filled");
    case AnalystMark::None:
        break;
    }
    return {};
}

bool ExhibitData::hasAnalystValues() const
{
    for (const SeriesRecord& s : series) {
        for (const PointRecord& p : s.points) {
            if (p.analyst != AnalystMark::None)
                return true;
        }
    }
    return false;
}

int ExhibitData::pointCount() const
{
    int n = 0;
    for (const SeriesRecord& s : series)
        n += s.points.size();
    return n;
}

namespace {
QString& chosenPath()
{
    static QString path;
    return path;
}
} // namespace

void ReportDatabase::usePath(const QString& path)
{
    chosenPath() = path;
}

QString ReportDatabase::bundledPath()
{
    if (!chosenPath().isEmpty())
        return chosenPath();
    const QString fromEnv = qEnvironmentVariable("TRENDBOARD_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        appDir.filePath(QStringLiteral("data/trendboard.sqlite")),
        appDir.filePath(QStringLiteral("../data/trendboard.sqlite")),
        appDir.filePath(QStringLiteral("../share/trendboard/trendboard.sqlite")),
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QFileInfo(candidates.first()).absoluteFilePath();
}

namespace {

// Whether the SQLite file is in WAL mode: its header's read and write versions are 2.
bool isWalFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2 &&
           header.at(19) == 2;
}

// What tells one database file from another without reading it: its size, modification time
// and a hash of its first page (SQLite's header, with its change counter, and the schema's
// root). A file that passed the quick check once is checked again only when this changes.
QString fileIdentity(const QString& path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray hash =
        QCryptographicHash::hash(file.read(4096), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("%1:%2:%3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(QString::fromLatin1(hash));
}

// The files that passed the quick check, remembered per user in the cache folder: losing it
// costs one check. Keyed by a hash of the file's path (a path is no settings key).
QSettings checkedFiles()
{
    return QSettings(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                         QStringLiteral("/checked-databases.ini"),
                     QSettings::IniFormat);
}

QString checkedKey(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

} // namespace

ReportDatabase::ReportDatabase(const QString& path) : m_path(path)
{
    if (!QFileInfo::exists(path)) {
        m_error = QStringLiteral("database %1 does not exist").arg(path);
        return;
    }
    if (isWalFile(path)) {
        // Reading a WAL-mode file needs its -shm index, which SQLite creates, and so fails in
        // a read-only folder ('attempt to write a readonly database'). The bundled file never
        // changes while Trendboard reads it: opened immutable, SQLite writes nothing beside it.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        m_connection =
            std::make_unique<ScopedConnection>(uri.toString(QUrl::FullyEncoded), OpenMode::ReadOnly,
                                               QStringLiteral("QSQLITE_OPEN_URI"));
    } else {
        // A rollback-journal file is opened as usual, so that another program's lock on it is
        // seen (and reported) rather than read through: after a second, as for the analyst's
        // database, not Qt's five.
        m_connection = std::make_unique<ScopedConnection>(path, OpenMode::ReadOnly,
                                                          QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    }
    QSqlDatabase db = m_connection->database();
    if (!db.isOpen()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = describeOpenFailure(path, q.lastError());
        return;
    }
    const int version = q.value(0).toInt();
    if (version != schemaVersion()) {
        m_error = version == 0 ? QStringLiteral("%1 is not a Trendboard database").arg(path)
                               : QStringLiteral("%1 has schema version %2, this build reads "
                                                "version %3")
                                     .arg(path)
                                     .arg(version)
                                     .arg(schemaVersion());
        return;
    }
    // A damaged file reads as fewer rows, not as an error, unless it is checked first: a
    // quick check reads every page (a few milliseconds for the bundled database, 0.7 s at a
    // thousand times its size), and checkNumbers every value, so both run when the file is
    // new to this user (or changed), not on each open. Every read after checks its errors.
    const QString identity = fileIdentity(path);
    if (!identity.isEmpty() && checkedFiles().value(checkedKey(path)).toString() == identity)
        return;
    m_quickChecked = true;
    if (!quickCheck(db))
        return;
    checkNumbers();
    if (m_error.isEmpty() && !identity.isEmpty())
        checkedFiles().setValue(checkedKey(path), identity);
}

bool ReportDatabase::quickCheck(const QSqlDatabase& db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        m_error = describeOpenFailure(m_path, check.lastError());
        return false;
    }
    QStringList problems;
    while (check.next())
        problems.append(check.value(0).toString());
    if (check.lastError().isValid() || problems.isEmpty())
        problems.append(check.lastError().text());
    if (problems != QStringList{QStringLiteral("ok")}) {
        m_error = QStringLiteral("the database %1 is damaged (%2); reinstall Trendboard or "
                                 "rebuild it")
                      .arg(m_path, problems.join(QStringLiteral("; ")).simplified().left(200));
        return false;
    }
    return true;
}

void ReportDatabase::checkNumbers()
{
    // A read-only connection does not evaluate CHECK constraints in quick_check, and SQLite
    // stores infinities (a NaN becomes NULL): a number that is missing, infinite or text would
    // reach tables, CSV files and charts. 9e999 reads as infinity.
    static const QString notFinite = QStringLiteral(
        "(%1 IS NOT NULL AND (typeof(%1) NOT IN ('integer', 'real') OR abs(%1) >= 9e999))");
    Statement q =
        run(QStringLiteral("SELECT s.exhibit_id, s.name, d.x_label, d.page, "
                           "CASE WHEN d.value IS NULL AND d.text_value IS NULL THEN 'no value' "
                           "WHEN %1 THEN 'value ' || quote(d.value) "
                           "ELSE 'base value ' || quote(d.base_value) END "
                           "FROM datapoint d JOIN series s ON s.id = d.series_id "
                           "WHERE (d.value IS NULL AND d.text_value IS NULL) OR %1 OR %2 LIMIT 1")
                .arg(notFinite.arg(QStringLiteral("d.value")),
                     notFinite.arg(QStringLiteral("d.base_value"))),
            {});
    if (q.next()) {
        m_error =
            QStringLiteral("the database %1 is damaged: %2 / %3 / %4 (p. %5) has %6, not a "
                           "finite number; reinstall Trendboard or rebuild it")
                .arg(m_path, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString().left(40));
        return;
    }
    Statement units = run(QStringLiteral("SELECT symbol, quote(factor) FROM unit WHERE "
                                         "factor IS NULL OR %1 OR factor = 0 LIMIT 1")
                              .arg(notFinite.arg(QStringLiteral("factor"))),
                          {});
    if (units.next())
        m_error = QStringLiteral("the database %1 is damaged: unit %2 has factor %3, not a "
                                 "finite number; reinstall Trendboard or rebuild it")
                      .arg(m_path, units.value(0).toString(), units.value(1).toString());
    if (m_error.isEmpty() && !m_readError.isEmpty())
        m_error = m_readError;
}

namespace {

std::optional<double> optionalDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

void ReportDatabase::failRead(const QString& what) const
{
    if (m_readError.isEmpty())
        m_readError = QStringLiteral("cannot read the database %1: %2").arg(m_path, what);
}

Statement ReportDatabase::run(const QString& sql, const QVariantList& binds) const
{
    ++m_statements;
    if (!m_ran.contains(sql))
        m_ran.insert(sql, binds);
    Statement q = m_connection->run(sql, binds);
    if (q.lastError().isValid())
        failRead(q.lastError().text());
    return q;
}

int ReportDatabase::statementsPrepared() const
{
    return m_connection ? m_connection->statementsPrepared() : 0;
}

void ReportDatabase::checkFetch(const Statement& q) const
{
    if (q.lastError().isValid())
        failRead(q.lastError().text());
}

QVector<ReportInfo> ReportDatabase::reports() const
{
    QVector<ReportInfo> out;
    if (!isOpen())
        return out;
    Statement q = run(QStringLiteral("SELECT id, title, publisher, published, cite, "
                                     "COALESCE(short_title, ''), page_count FROM report "
                                     "ORDER BY id = ? DESC, id"),
                      {kBondReportId});
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toInt()});
    }
    checkFetch(q);
    return out;
}

QVector<SectionInfo> ReportDatabase::sections(const ReportScope& reports) const
{
    QVector<SectionInfo> out;
    if (!isOpen())
        return out;
    QVariantList binds;
    QString where = QStringLiteral("1");
    if (!reports.isAll()) {
        where = QStringLiteral("report_id = ?");
        binds << reports.reportId();
    }
    binds << kBondReportId;
    Statement q =
        run(QStringLiteral("SELECT report_id, number, title, short_title, first_page, last_page, "
                           "COALESCE(title_zh, '') FROM section WHERE ") +
                where + QStringLiteral(" ORDER BY report_id = ? DESC, report_id, number"),
            binds);
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt(),
                    q.value(6).toString()});
    }
    checkFetch(q);
    return out;
}

QVector<ExhibitInfo> ReportDatabase::queryExhibits(const QString& where,
                                                   const QVariantList& binds) const
{
    QVector<ExhibitInfo> out;
    visitExhibitsWhere(where, binds, [&out](const ExhibitInfo& e) {
        out.append(e);
        return true;
    });
    return out;
}

void ReportDatabase::visitExhibitsWhere(const QString& where, const QVariantList& binds,
                                        const std::function<bool(const ExhibitInfo&)>& visit,
                                        const QString& tail) const
{
    if (!isOpen())
        return;
    const bool reportOrder = tail.isEmpty();
    Statement q = run(
        QStringLiteral(
            "SELECT e.id, e.report_id, r.cite, e.section_no, e.page, e.title, e.headline, "
            "e.kind, e.orientation, e.x_kind, e.x_axis_title, e.y_axis_title, "
            "e.y2_axis_title, e.unit, e.period_label, e.source, e.note, u.factor, u.base_unit, "
            "e.period_start, e.period_end, e.y_scale, e.details_page, r.page_count, "
            "(SELECT COUNT(*) FROM datapoint d JOIN series s ON s.id = d.series_id "
            "WHERE s.exhibit_id = e.id), COALESCE(e.title_zh, ''), COALESCE(e.headline_zh, ''), "
            "e.title_zh_ours, e.headline_zh_ours, e.ordinal "
            "FROM exhibit e JOIN report r ON r.id = e.report_id "
            "LEFT JOIN unit u ON u.symbol = e.unit WHERE ") +
            where +
            (reportOrder ? QStringLiteral(" ORDER BY e.report_id = ? DESC, e.report_id, "
                                          "e.section_no, e.page, e.ordinal")
                         : QLatin1Char(' ') + tail),
        reportOrder ? binds + QVariantList{kBondReportId} : binds);
    while (q.next()) {
        ExhibitInfo e;
        e.id = q.value(0).toString();
        e.reportId = q.value(1).toString();
        e.reportCite = q.value(2).toString();
        e.section = q.value(3).toInt();
        e.page = q.value(4).toInt();
        e.title = q.value(5).toString();
        e.headline = q.value(6).toString();
        e.kind = chartKindFromName(q.value(7).toString()).value_or(ChartKind::Other);
        e.orientation = q.value(8).toString();
        e.xKind = q.value(9).toString();
        e.xAxis = q.value(10).toString();
        e.yAxis = q.value(11).toString();
        e.y2Axis = q.value(12).toString();
        e.unit = q.value(13).toString();
        e.periodLabel = q.value(14).toString();
        e.source = q.value(15).toString();
        e.note = q.value(16).toString();
        e.unitFactor = q.value(17).isNull() ? 1.0 : q.value(17).toDouble();
        e.unitBase = q.value(18).toString();
        e.periodStart = q.value(19).toString();
        e.periodEnd = q.value(20).toString();
        e.yScale = q.value(21).toString();
        e.detailsPage = q.value(22).toInt();
        e.reportPages = q.value(23).toInt();
        e.statedValues = q.value(24).toInt();
        e.titleZh = q.value(25).toString();
        e.headlineZh = q.value(26).toString();
        e.titleZhOurs = q.value(27).toBool();
        e.headlineZhOurs = q.value(28).toBool();
        e.ordinal = q.value(29).toInt();
        if (!visit(e))
            return;
    }
    checkFetch(q);
}

QVector<ExhibitInfo> ReportDatabase::exhibits(std::optional<int> section,
                                              const ReportScope& reports) const
{
    QVector<ExhibitInfo> out;
    visitExhibits(section, reports, [&out](const ExhibitInfo& e) {
        out.append(e);
        return true;
    });
    return out;
}

void ReportDatabase::visitExhibits(std::optional<int> section, const ReportScope& reports,
                                   const std::function<bool(const ExhibitInfo&)>& visit) const
{
    QStringList where{QStringLiteral("1")};
    QVariantList binds;
    if (!reports.isAll()) {
        where << QStringLiteral("e.report_id = ?");
        binds << reports.reportId();
    }
    if (section) {
        where << QStringLiteral("e.section_no = ?");
        binds << *section;
    }
    visitExhibitsWhere(where.join(QStringLiteral(" AND ")), binds, visit);
}

QVector<ExhibitInfo> ReportDatabase::exhibitsOnPage(int page, const ReportScope& reports) const
{
    if (reports.isAll())
        return queryExhibits(QStringLiteral("e.page = ?"), {page});
    return queryExhibits(QStringLiteral("e.report_id = ? AND e.page = ?"),
                         {reports.reportId(), page});
}

std::optional<ExhibitInfo> ReportDatabase::exhibit(const QString& id) const
{
    const auto found = queryExhibits(QStringLiteral("e.id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<ExhibitData> ReportDatabase::exhibitData(const QString& id) const
{
    const auto info = exhibit(id);
    if (!info)
        return std::nullopt;
    ExhibitData data;
    data.info = *info;
    Statement s =
        run(QStringLiteral("SELECT s.id, s.name, en.name, en.kind, s.unit, s.axis, "
                           "s.values_stated, u.base_unit, u.quantity, s.measure_id, "
                           "COALESCE(s.name_zh, CASE WHEN s.name = en.name COLLATE NOCASE "
                           "THEN en.name_zh END, '') FROM series s "
                           "LEFT JOIN entity en ON en.id = s.entity_id "
                           "LEFT JOIN unit u ON u.symbol = s.unit "
                           "WHERE s.exhibit_id = ? ORDER BY s.ordinal"),
            {id});
    while (s.next()) {
        SeriesRecord series;
        series.id = s.value(0).toLongLong();
        series.name = s.value(1).toString();
        series.entity = s.value(2).toString();
        series.entityKind = s.value(3).toString();
        series.unit = s.value(4).toString();
        series.axis = s.value(5).toString();
        series.stated = s.value(6).toInt() != 0;
        series.unitBase = s.value(7).toString();
        series.unitQuantity = s.value(8).toString();
        series.measure = s.value(9).toString();
        series.nameZh = s.value(10).toString();
        data.series.append(series);
    }
    checkFetch(s);
    // Every point of the exhibit in one statement (not one per series), in series order.
    QHash<qlonglong, SeriesRecord*> seriesById;
    for (SeriesRecord& series : data.series)
        seriesById.insert(series.id, &series);
    Statement p = run(
        QStringLiteral("SELECT d.series_id, d.id, d.x_label, d.period_start, d.period_end, "
                       "d.granularity, d.value, d.text_value, d.unit, d.base_value, d.base_unit, "
                       "d.status, d.quote, d.page, en.name, d.measure_id, d.derivation, "
                       "COALESCE(d.derivation_zh, '') FROM series s "
                       "CROSS JOIN datapoint d ON d.series_id = s.id "
                       "LEFT JOIN entity en ON en.id = d.entity_id WHERE s.exhibit_id = ? "
                       "ORDER BY s.ordinal, d.ordinal"),
        {id});
    while (p.next()) {
        SeriesRecord* series = seriesById.value(p.value(0).toLongLong());
        if (!series)
            continue;
        PointRecord point;
        point.id = p.value(1).toLongLong();
        point.xLabel = p.value(2).toString();
        point.periodStart = p.value(3).toString();
        point.periodEnd = p.value(4).toString();
        point.granularity = p.value(5).toString();
        point.value = optionalDouble(p.value(6));
        point.text = p.value(7).toString();
        point.unit = p.value(8).toString();
        point.baseValue = optionalDouble(p.value(9));
        point.baseUnit = p.value(10).toString();
        point.status = p.value(11).toString();
        point.quote = p.value(12).toString();
        point.page = p.value(13).toInt();
        point.entity = p.value(14).toString();
        point.measure = p.value(15).isNull() ? series->measure : p.value(15).toString();
        point.derivation = p.value(16).toString();
        point.derivationZh = p.value(17).toString();
        series->points.append(point);
    }
    checkFetch(p);
    readChinese(data);
    readOtherReports(data);
    readOtherPages(data);
    readRelated(data);
    if (!m_readError.isEmpty())
        return std::nullopt;
    return data;
}

} // namespace trendboard
