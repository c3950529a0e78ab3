// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystdb.h"

#include "analystdb_p.h"
#include "period.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

#ifdef Q_OS_UNIX
#include <QCoreApplication>
#include <pwd.h>
#include <unistd.h>
#endif

namespace trendboard {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The OS user: the login's environment where it has one, else the account the process runs as
// (a service or a shell without USER set still records a real name in the audit trail).
QString userName()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    if (const passwd* account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

const char* kindName(AnalystValueKind kind)
{
    return kind == AnalystValueKind::Edit ? "edit" : "fill";
}

AnalystValue valueFromRow(const QSqlQuery& q)
{
    AnalystValue v;
    v.key = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
             q.value(3).toString()};
    v.kind = q.value(4).toString() == QLatin1String("edit") ? AnalystValueKind::Edit
                                                            : AnalystValueKind::Fill;
    v.value = q.value(5).toDouble();
    v.unit = q.value(6).toString();
    v.periodLabel = q.value(7).toString();
    v.citation = q.value(8).toString();
    if (!q.value(9).isNull())
        v.reportValue = q.value(9).toDouble();
    v.createdUtc = q.value(10).toString();
    v.updatedUtc = q.value(11).toString();
    return v;
}

const QString kValueColumns = QStringLiteral(
    "exhibit_id, series, x_label, entity, kind, value, unit, period_label, citation, "
    "report_value, created_utc, updated_utc");

} // namespace

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString keyLengthProblem(const PointKey& key)
{
    const std::pair<const char*, const QString*> fields[] = {{"exhibit", &key.exhibitId},
                                                             {"series", &key.series},
                                                             {"x_label", &key.xLabel},
                                                             {"entity", &key.entity}};
    for (const auto& [name, text] : fields) {
        const QString problem = textLengthProblem(*text, kMaxLabelLength);
        if (!problem.isEmpty())
            return QStringLiteral("%1: %2").arg(QLatin1String(name), problem);
    }
    return {};
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString scopeWhere(const PointKey& scope, QVariantList* binds)
{
    switch (scope.scope()) {
    case PointKey::Scope::Invalid:
        return QStringLiteral("1");
    case PointKey::Scope::Exhibit:
        *binds << notNull(scope.exhibitId);
        return QStringLiteral("exhibit_id = ?");
    case PointKey::Scope::Series:
        *binds << notNull(scope.exhibitId) << notNull(scope.series);
        return QStringLiteral("exhibit_id = ? AND series = ?");
    case PointKey::Scope::Point:
        break;
    }
    *binds << notNull(scope.exhibitId) << notNull(scope.series) << notNull(scope.xLabel)
           << notNull(scope.entity);
    return QStringLiteral("exhibit_id = ? AND series = ? AND x_label = ? AND entity = ?");
}

Statement runSql(ScopedConnection& connection, const QString& sql, const QVariantList& binds,
                 QString* problem)
{
    Statement q = connection.run(sql, binds);
    if (q.lastError().isValid() && problem && problem->isEmpty())
        *problem = q.lastError().text();
    return q;
}

PointKey::Scope PointKey::scope() const
{
    if (exhibitId.isEmpty())
        return Scope::Invalid;
    if (series.isEmpty())
        return xLabel.isEmpty() && entity.isEmpty() ? Scope::Exhibit : Scope::Invalid;
    if (xLabel.isEmpty())
        return entity.isEmpty() ? Scope::Series : Scope::Invalid;
    return Scope::Point;
}

QString PointKey::toString() const
{
    QStringList parts{exhibitId};
    if (!series.isEmpty())
        parts << series;
    if (!xLabel.isEmpty())
        parts << xLabel;
    if (!entity.isEmpty())
        parts << entity;
    return parts.join(QStringLiteral(" / "));
}

bool PointKey::within(const PointKey& scope) const
{
    switch (scope.scope()) {
    case Scope::Invalid:
        return true;
    case Scope::Exhibit:
        return exhibitId == scope.exhibitId;
    case Scope::Series:
        return exhibitId == scope.exhibitId && series == scope.series;
    case Scope::Point:
        break;
    }
    return *this == scope;
}

bool PointKey::operator==(const PointKey& other) const
{
    return exhibitId == other.exhibitId && series == other.series && xLabel == other.xLabel &&
           entity == other.entity;
}

QString auditActionName(AuditAction action)
{
    switch (action) {
    case AuditAction::Fill:
        return QStringLiteral("fill");
    case AuditAction::Edit:
        return QStringLiteral("edit");
    case AuditAction::Remove:
        return QStringLiteral("remove");
    case AuditAction::Revert:
        return QStringLiteral("revert");
    case AuditAction::Annotate:
        return QStringLiteral("annotate");
    case AuditAction::Unannotate:
        return QStringLiteral("unannotate");
    case AuditAction::Import:
        return QStringLiteral("import");
    }
    return {};
}

UnitBounds unitBounds(const UnitInfo& unit)
{
    // A share of a whole: the bundled units print it as '%' with base unit 'percent'
    // (growth rates are 'percent growth' and may exceed 100 or fall below 0).
    if (unit.baseUnit == QLatin1String("percent") || unit.quantity == QLatin1String("share"))
        return {0.0, 100.0};
    if (unit.quantity == QLatin1String("rank"))
        return {1.0, std::nullopt};
    return {};
}

const UnitInfo* AnalystDatabase::unitInfo(const QString& symbol) const
{
    for (const UnitInfo& u : m_units) {
        if (u.symbol == symbol)
            return &u;
    }
    return nullptr;
}

QString AnalystDatabase::validate(const AnalystValue& v) const
{
    if (!v.key.isPoint())
        return QCoreApplication::translate(
            "trendboard::AnalystDatabase",
            "key: a value needs an exhibit, a series and an x label");
    if (const QString tooLong = keyLengthProblem(v.key); !tooLong.isEmpty())
        return tooLong;
    const std::pair<const char*, const QString*> texts[] = {
        {"unit", &v.unit}, {"period", &v.periodLabel}, {"citation", &v.citation}};
    for (const auto& [name, text] : texts) {
        const QString problem =
            textLengthProblem(*text, text == &v.citation ? kMaxTextLength : kMaxLabelLength);
        if (!problem.isEmpty())
            return QStringLiteral("%1: %2").arg(QLatin1String(name), problem);
    }
    if (!std::isfinite(v.value))
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "value: not a finite number");
    if (v.unit.isEmpty())
        return QCoreApplication::translate("trendboard::AnalystDatabase", "unit: required");
    const UnitInfo* unit = unitInfo(v.unit);
    if (!unit)
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "unit: '%1' is not a unit of the report")
            .arg(v.unit);
    const UnitBounds bounds = unitBounds(*unit);
    if ((bounds.min && v.value < *bounds.min) || (bounds.max && v.value > *bounds.max)) {
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "value: %1 is outside %2 to %3 for unit %4")
            .arg(numberText(v.value),
                 bounds.min ? numberText(*bounds.min) : QStringLiteral("-infinity"),
                 bounds.max ? numberText(*bounds.max) : QStringLiteral("infinity"), v.unit);
    }
    if (!v.periodLabel.isEmpty()) {
        PeriodParse parsed = parsePeriod(v.periodLabel.toStdString());
        // A fiscal label needs its company's year end; its form is checked with December's.
        if (!parsed.period && v.periodLabel.startsWith(QLatin1Char('F')))
            parsed = parsePeriod(v.periodLabel.toStdString(), FiscalCalendar{});
        if (!parsed.period)
            return QCoreApplication::translate("trendboard::AnalystDatabase",
                                               "period: '%1' is not a period label (%2)")
                .arg(v.periodLabel, QString::fromStdString(parsed.error));
    }
    if (v.kind == AnalystValueKind::Fill && v.citation.trimmed().isEmpty())
        return QCoreApplication::translate(
            "trendboard::AnalystDatabase",
            "citation: required for a value the report does not state");
    return {};
}

std::optional<AnalystValue> AnalystDatabase::value(const PointKey& key) const
{
    if (!key.isPoint())
        return std::nullopt;
    const QVector<AnalystValue> found = values(key);
    return found.isEmpty() ? std::nullopt : std::optional<AnalystValue>(found.first());
}

QVector<AnalystValue> AnalystDatabase::values(const PointKey& scope) const
{
    QVector<AnalystValue> out;
    if (!m_connection)
        return out;
    QVariantList binds;
    const QString where = scopeWhere(scope, &binds);
    Statement q = runSql(*m_connection,
                         QStringLiteral("SELECT %1 FROM analyst_value WHERE %2 "
                                        "ORDER BY exhibit_id, series, created_utc, x_label")
                             .arg(kValueColumns, where),
                         binds, nullptr);
    while (q.next())
        out.append(valueFromRow(q.query()));
    noteReadError(q.query());
    return out;
}

std::optional<Annotation> AnalystDatabase::annotation(const PointKey& target) const
{
    if (target.scope() == PointKey::Scope::Invalid)
        return std::nullopt;
    for (const Annotation& a : annotations(target)) {
        if (a.target == target)
            return a;
    }
    return std::nullopt;
}

QVector<Annotation> AnalystDatabase::annotations(const PointKey& scope) const
{
    QVector<Annotation> out;
    if (!m_connection)
        return out;
    QVariantList binds;
    QString where = scopeWhere(scope, &binds);
    Statement q = runSql(*m_connection,
                         QStringLiteral("SELECT exhibit_id, series, x_label, entity, text, "
                                        "created_utc, updated_utc FROM annotation WHERE %1 "
                                        "ORDER BY exhibit_id, series, x_label, entity")
                             .arg(where),
                         binds, nullptr);
    while (q.next()) {
        out.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()},
                    q.value(4).toString(),
                    q.value(5).toString(),
                    q.value(6).toString()});
    }
    noteReadError(q.query());
    return out;
}

QVector<AuditEntry> AnalystDatabase::audit(const PointKey& scope) const
{
    QVector<AuditEntry> out;
    if (!m_connection)
        return out;
    QVariantList binds;
    const QString where = scopeWhere(scope, &binds);
    Statement q = runSql(*m_connection,
                         QStringLiteral("SELECT id, when_utc, who, action, exhibit_id, series, "
                                        "x_label, entity, old_value, new_value, citation "
                                        "FROM audit WHERE %1 ORDER BY id")
                             .arg(where),
                         binds, nullptr);
    static const QVector<AuditAction> actions{
        AuditAction::Fill,     AuditAction::Edit,       AuditAction::Remove, AuditAction::Revert,
        AuditAction::Annotate, AuditAction::Unannotate, AuditAction::Import};
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.whenUtc = q.value(1).toString();
        e.who = q.value(2).toString();
        for (AuditAction a : actions) {
            if (auditActionName(a) == q.value(3).toString())
                e.action = a;
        }
        e.target = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                    q.value(7).toString()};
        e.oldValue = q.value(8).toString();
        e.newValue = q.value(9).toString();
        e.citation = q.value(10).toString();
        out.append(e);
    }
    noteReadError(q.query());
    return out;
}

void AnalystDatabase::noteReadError(const QSqlQuery& query) const
{
    if (query.lastError().isValid() && m_readError.isEmpty())
        m_readError = QCoreApplication::translate("trendboard::AnalystDatabase",
                                                  "cannot read the analyst database %1: %2")
                          .arg(m_path, query.lastError().text());
}

QString AnalystDatabase::beginWrite()
{
    if (!isAvailable())
        return m_error;
    if (m_access == Access::ReadOnly)
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "the analyst database %1 is open for reading only")
            .arg(m_path);
    // IMMEDIATE takes the write lock before anything is read: a deferred transaction that read
    // first cannot be upgraded once another program committed (SQLITE_BUSY at once, no wait),
    // and what a write checks (the value it replaces, an import's conflicts) is read under the
    // lock, so no other program's commit can slip in between.
    QSqlQuery begin(m_connection->database());
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "cannot write the analyst database %1: %2")
            .arg(m_path, begin.lastError().text());
    return {};
}

QPair<qint64, qint64> AnalystDatabase::changeStamp() const
{
    if (!m_connection)
        return {-1, m_commits};
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return {-1, m_commits}; // unknown: never equal to a stamp that was read
    return {q.value(0).toLongLong(), m_commits};
}

QString AnalystDatabase::commitWrite(const QString& problem)
{
    QSqlDatabase db = m_connection->database();
    if (problem.isEmpty() && db.commit()) {
        ++m_commits;
        return {};
    }
    const QString why = problem.isEmpty() ? db.lastError().text() : problem;
    db.rollback();
    return QCoreApplication::translate("trendboard::AnalystDatabase",
                                       "cannot write the analyst database %1: %2")
        .arg(m_path, why);
}

QString AnalystDatabase::writeValueRow(const AnalystValue& v, const QString& now)
{
    QString problem;
    runSql(*m_connection,
           QStringLiteral("INSERT OR REPLACE INTO analyst_value (%1) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               .arg(kValueColumns),
           {notNull(v.key.exhibitId), notNull(v.key.series), notNull(v.key.xLabel),
            notNull(v.key.entity), QString::fromLatin1(kindName(v.kind)), v.value, notNull(v.unit),
            notNull(v.periodLabel), notNull(v.citation),
            v.reportValue ? QVariant(*v.reportValue) : QVariant(),
            v.createdUtc.isEmpty() ? now : v.createdUtc, now},
           &problem);
    return problem;
}

QString AnalystDatabase::removeValueRow(const PointKey& key, const AnalystValue& before,
                                        const QString& now)
{
    QString problem;
    QVariantList binds;
    const QString where = scopeWhere(key, &binds);
    runSql(*m_connection, QStringLiteral("DELETE FROM analyst_value WHERE ") + where, binds,
           &problem);
    if (problem.isEmpty())
        problem = writeAudit(AuditAction::Remove, key, numberText(before.value), QString(),
                             before.citation, now);
    return problem;
}

QString AnalystDatabase::writeAnnotationRow(const Annotation& a)
{
    QString problem;
    runSql(*m_connection,
           QStringLiteral("INSERT OR REPLACE INTO annotation (exhibit_id, series, x_label, "
                          "entity, text, created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"),
           {notNull(a.target.exhibitId), notNull(a.target.series), notNull(a.target.xLabel),
            notNull(a.target.entity), notNull(a.text), notNull(a.createdUtc),
            notNull(a.updatedUtc)},
           &problem);
    return problem;
}

QString AnalystDatabase::writeAudit(AuditAction action, const PointKey& target,
                                    const QString& oldValue, const QString& newValue,
                                    const QString& citation, const QString& now)
{
    QString problem;
    runSql(*m_connection,
           QStringLiteral("INSERT INTO audit (when_utc, who, action, exhibit_id, series, "
                          "x_label, entity, old_value, new_value, citation) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
           {now, userName(), auditActionName(action), notNull(target.exhibitId),
            notNull(target.series), notNull(target.xLabel), notNull(target.entity),
            oldValue.isNull() ? QVariant() : QVariant(oldValue),
            newValue.isNull() ? QVariant() : QVariant(newValue), citation},
           &problem);
    return problem;
}

QString AnalystDatabase::setValue(const AnalystValue& v)
{
    if (!isAvailable())
        return m_error;
    QString problem = validate(v);
    if (!problem.isEmpty())
        return problem;
    problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const QString now = nowUtc();
    const std::optional<AnalystValue> before = value(v.key);
    AnalystValue stored = v;
    stored.createdUtc = before ? before->createdUtc : QString();
    problem = writeValueRow(stored, now);
    if (problem.isEmpty()) {
        // The old value is the layer's, else the report's (an edit's first change).
        const QString old = before          ? numberText(before->value)
                            : v.reportValue ? numberText(*v.reportValue)
                                            : QString();
        problem =
            writeAudit(v.kind == AnalystValueKind::Edit ? AuditAction::Edit : AuditAction::Fill,
                       v.key, old, numberText(v.value), v.citation, now);
    }
    return commitWrite(problem);
}

QString AnalystDatabase::removeValue(const PointKey& key)
{
    if (!isAvailable())
        return m_error;
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const std::optional<AnalystValue> before = value(key);
    if (!before) {
        commitWrite(QStringLiteral("nothing to remove"));
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "key: %1 has no analyst value")
            .arg(key.toString());
    }
    return commitWrite(removeValueRow(key, *before, nowUtc()));
}

QString AnalystDatabase::revert(const PointKey& scope, QVector<AnalystValue>* removed)
{
    if (!isAvailable())
        return m_error;
    if (scope.scope() == PointKey::Scope::Invalid)
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "key: revert needs an exhibit, a series or a point");
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const QVector<AnalystValue> before = values(scope);
    const QString now = nowUtc();
    QVariantList binds;
    const QString where = scopeWhere(scope, &binds);
    runSql(*m_connection, QStringLiteral("DELETE FROM analyst_value WHERE ") + where, binds,
           &problem);
    for (const AnalystValue& v : before) {
        if (problem.isEmpty())
            problem =
                writeAudit(AuditAction::Revert, v.key, numberText(v.value),
                           v.reportValue ? numberText(*v.reportValue) : QString(), v.citation, now);
    }
    problem = commitWrite(problem);
    if (problem.isEmpty() && removed)
        *removed = before;
    return problem;
}

QString AnalystDatabase::setAnnotation(const PointKey& target, const QString& text)
{
    if (!isAvailable())
        return m_error;
    if (target.scope() == PointKey::Scope::Invalid)
        return QCoreApplication::translate(
            "trendboard::AnalystDatabase",
            "target: an annotation needs an exhibit, a series or a point");
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("trendboard::AnalystDatabase", "text: required");
    if (const QString tooLong = keyLengthProblem(target); !tooLong.isEmpty())
        return tooLong;
    if (const QString tooLong = textLengthProblem(text, kMaxTextLength); !tooLong.isEmpty())
        return QCoreApplication::translate("trendboard::AnalystDatabase", "text: ") + tooLong;
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const QString now = nowUtc();
    const std::optional<Annotation> before = annotation(target);
    problem = writeAnnotationRow({target, text, before ? before->createdUtc : now, now});
    if (problem.isEmpty())
        problem = writeAudit(AuditAction::Annotate, target, before ? before->text : QString(), text,
                             QString(), now);
    return commitWrite(problem);
}

QString AnalystDatabase::removeAnnotation(const PointKey& target)
{
    if (!isAvailable())
        return m_error;
    QString problem = beginWrite();
    if (!problem.isEmpty())
        return problem;
    const std::optional<Annotation> before = annotation(target);
    if (!before) {
        commitWrite(QStringLiteral("nothing to remove"));
        return QCoreApplication::translate("trendboard::AnalystDatabase",
                                           "target: %1 has no annotation")
            .arg(target.toString());
    }
    runSql(*m_connection,
           QStringLiteral("DELETE FROM annotation WHERE exhibit_id = ? AND series = ? AND "
                          "x_label = ? AND entity = ?"),
           {notNull(target.exhibitId), notNull(target.series), notNull(target.xLabel),
            notNull(target.entity)},
           &problem);
    if (problem.isEmpty())
        problem = writeAudit(AuditAction::Unannotate, target, before->text, QString(), QString(),
                             nowUtc());
    return commitWrite(problem);
}

} // namespace trendboard
