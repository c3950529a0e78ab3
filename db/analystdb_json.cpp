// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst layer as a JSON file: export, and an import that applies everything or nothing.
#include "analystdb.h"
#include "analystdb_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace trendboard {

namespace {

const QString kFormat = QStringLiteral("trendboard-analyst-layer");
constexpr int kFormatVersion = 1;

QJsonObject keyObject(const PointKey& key)
{
    return {{QStringLiteral("exhibit"), key.exhibitId},
            {QStringLiteral("series"), key.series},
            {QStringLiteral("x_label"), key.xLabel},
            {QStringLiteral("entity"), key.entity}};
}

// Reads the key fields of one entry; each missing or mistyped field is one message.
PointKey readKey(const QJsonObject& o, const QString& where, bool pointOnly, QStringList* errors)
{
    PointKey key;
    QString* fields[] = {&key.exhibitId, &key.series, &key.xLabel, &key.entity};
    const char* names[] = {"exhibit", "series", "x_label", "entity"};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = o.value(QLatin1String(names[i]));
        if (v.isString())
            *fields[i] = v.toString();
        else if (!v.isUndefined() && !v.isNull())
            errors->append(QStringLiteral("%1.%2: not a string").arg(where, names[i]));
    }
    if (const QString tooLong = keyLengthProblem(key); !tooLong.isEmpty())
        errors->append(QStringLiteral("%1.%2").arg(where, tooLong));
    else if (key.exhibitId.isEmpty())
        errors->append(QStringLiteral("%1.exhibit: required").arg(where));
    else if (pointOnly && key.series.isEmpty())
        errors->append(QStringLiteral("%1.series: required").arg(where));
    else if (pointOnly && key.xLabel.isEmpty())
        errors->append(QStringLiteral("%1.x_label: required").arg(where));
    else if (key.scope() == PointKey::Scope::Invalid)
        errors->append(
            QStringLiteral("%1: an entity or x label needs a series and x label").arg(where));
    return key;
}

QString optionalString(const QJsonObject& o, const char* name, const QString& where,
                       QStringList* errors)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        errors->append(QStringLiteral("%1.%2: not a string").arg(where, name));
    return {};
}

} // namespace

QString AnalystDatabase::readLayerFile(const QString& path, QByteArray* bytes)
{
    const auto tooLarge = [&](qint64 size) {
        return QStringLiteral("%1 is too large for an analyst layer (%2 bytes; at most %3)")
            .arg(path)
            .arg(size)
            .arg(kMaxLayerFileSize);
    };
    QFile file(path);
#ifdef Q_OS_UNIX
    // Opened without blocking and checked on the open descriptor: a FIFO would block an open
    // for reading until a writer comes, and a path checked first could change before it opens.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return QCoreApplication::translate("trendboard::AnalystDatabase", "cannot read %1: %2")
            .arg(path, qt_error_string(errno));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return QStringLiteral("%1 is not a regular file (a folder, pipe or device); an analyst "
                              "layer is a JSON file")
            .arg(path);
    }
    if (st.st_size > kMaxLayerFileSize) {
        ::close(fd);
        return tooLarge(st.st_size);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return QCoreApplication::translate("trendboard::AnalystDatabase", "cannot read %1: %2")
            .arg(path, file.errorString());
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return QStringLiteral("%1 is not a regular file; an analyst layer is a JSON file")
            .arg(path);
    if (info.size() > kMaxLayerFileSize)
        return tooLarge(info.size());
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("trendboard::AnalystDatabase", "cannot read %1: %2")
            .arg(path, file.errorString());
#endif
    // At most one byte past the cap: a file growing while it is read is refused too.
    // In pieces, up to one byte past the cap: a file growing while it is read is refused too.
    bytes->clear();
    while (!file.atEnd()) {
        const QByteArray piece = file.read(1 << 20);
        if (piece.isEmpty())
            break;
        bytes->append(piece);
        if (bytes->size() > kMaxLayerFileSize) {
            bytes->clear();
            return tooLarge(file.size());
        }
    }
    if (file.error() != QFileDevice::NoError) {
        bytes->clear();
        return QCoreApplication::translate("trendboard::AnalystDatabase", "cannot read %1: %2")
            .arg(path, file.errorString());
    }
    return {};
}

QByteArray AnalystDatabase::exportJson() const
{
    QJsonArray values;
    for (const AnalystValue& v : this->values()) {
        QJsonObject o = keyObject(v.key);
        o.insert(QStringLiteral("kind"), v.kind == AnalystValueKind::Edit ? QStringLiteral("edit")
                                                                          : QStringLiteral("fill"));
        o.insert(QStringLiteral("value"), v.value);
        o.insert(QStringLiteral("unit"), v.unit);
        o.insert(QStringLiteral("period"), v.periodLabel);
        o.insert(QStringLiteral("citation"), v.citation);
        if (v.reportValue)
            o.insert(QStringLiteral("report_value"), *v.reportValue);
        o.insert(QStringLiteral("created"), v.createdUtc);
        o.insert(QStringLiteral("updated"), v.updatedUtc);
        values.append(o);
    }
    QJsonArray notes;
    for (const Annotation& a : annotations()) {
        QJsonObject o = keyObject(a.target);
        o.insert(QStringLiteral("text"), a.text);
        o.insert(QStringLiteral("created"), a.createdUtc);
        o.insert(QStringLiteral("updated"), a.updatedUtc);
        notes.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("values"), values},
        {QStringLiteral("annotations"), notes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ImportReport AnalystDatabase::importJson(const QByteArray& json, const ValueCheck& check,
                                         const TargetCheck& targetCheck)
{
    ImportReport report;
    if (!isAvailable()) {
        report.errors << m_error;
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.errors << QCoreApplication::translate("trendboard::AnalystDatabase",
                                                     "file: not JSON (%1 at byte %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return report;
    }
    if (!doc.isObject()) {
        report.errors << QCoreApplication::translate("trendboard::AnalystDatabase",
                                                     "file: not a JSON object");
        return report;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        report.errors << QCoreApplication::translate("trendboard::AnalystDatabase",
                                                     "format: not '%1'")
                             .arg(kFormat);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        report.errors << QCoreApplication::translate("trendboard::AnalystDatabase",
                                                     "version: not a number");
    else if (version.toInt() < 1 || version.toInt() > kFormatVersion)
        report.errors << QCoreApplication::translate(
                             "trendboard::AnalystDatabase",
                             "version: %1 is not one this Trendboard reads (1 to %2)")
                             .arg(version.toDouble())
                             .arg(kFormatVersion);
    for (const char* list : {"values", "annotations"}) {
        const QJsonValue v = root.value(QLatin1String(list));
        if (!v.isUndefined() && !v.isArray())
            report.errors << QStringLiteral("%1: not a list").arg(list);
    }
    if (!report.errors.isEmpty())
        return report;

    const QJsonArray values = root.value(QStringLiteral("values")).toArray();
    const QJsonArray notes = root.value(QStringLiteral("annotations")).toArray();
    // A bound on the work one file can cause (each entry is checked and written).
    if (values.size() + notes.size() > kMaxImportEntries) {
        report.errors << QCoreApplication::translate(
                             "trendboard::AnalystDatabase",
                             "file: %1 values and %2 annotations; an import takes at "
                             "most %3 entries in all")
                             .arg(values.size())
                             .arg(notes.size())
                             .arg(kMaxImportEntries);
        return report;
    }
    // Every entry is checked before anything is written; what the layer holds is compared
    // under the write lock (applyImport), so that nothing committed meanwhile is overwritten.
    const QVector<Indexed<AnalystValue>> toWrite = readValues(values, check, &report);
    const QVector<Indexed<Annotation>> notesToWrite =
        readAnnotations(notes, toWrite, targetCheck, &report);
    return applyImport(toWrite, notesToWrite, report);
}

QVector<AnalystDatabase::Indexed<AnalystValue>>
AnalystDatabase::readValues(const QJsonArray& values, const ValueCheck& check,
                            ImportReport* report) const
{
    QVector<Indexed<AnalystValue>> out;
    QHash<QString, int> seen; // key -> first position, for duplicates inside the file
    for (int i = 0; i < values.size(); ++i) {
        const QString where = QStringLiteral("values[%1]").arg(i);
        if (!values.at(i).isObject()) {
            report->errors << where + QStringLiteral(": not an object");
            continue;
        }
        const QJsonObject o = values.at(i).toObject();
        QStringList errors;
        AnalystValue v;
        v.key = readKey(o, where, true, &errors);
        const QJsonValue number = o.value(QStringLiteral("value"));
        if (!number.isDouble())
            errors << where + QStringLiteral(".value: not a number");
        v.value = number.toDouble();
        const QString kind = optionalString(o, "kind", where, &errors);
        if (!kind.isEmpty() && kind != QLatin1String("edit") && kind != QLatin1String("fill"))
            errors << where + QStringLiteral(".kind: '%1' is neither 'edit' nor 'fill'")
                                  .arg(kind.left(40));
        v.kind = kind == QLatin1String("edit") ? AnalystValueKind::Edit : AnalystValueKind::Fill;
        v.unit = optionalString(o, "unit", where, &errors);
        v.periodLabel = optionalString(o, "period", where, &errors);
        v.citation = optionalString(o, "citation", where, &errors);
        const QJsonValue reportValue = o.value(QStringLiteral("report_value"));
        if (reportValue.isDouble())
            v.reportValue = reportValue.toDouble();
        v.createdUtc = optionalString(o, "created", where, &errors).left(40);
        if (errors.isEmpty() && check) {
            const QString problem = check(v);
            if (!problem.isEmpty())
                errors << where + QLatin1Char('.') + problem;
        }
        if (errors.isEmpty()) {
            const QString problem = validate(v);
            if (!problem.isEmpty())
                errors << where + QLatin1Char('.') + problem;
        }
        if (!errors.isEmpty()) {
            report->errors << errors;
            continue;
        }
        const QString id = v.key.toString();
        if (seen.contains(id)) {
            report->errors << QStringLiteral("%1: the same point as values[%2] (%3)")
                                  .arg(where)
                                  .arg(seen.value(id))
                                  .arg(id);
            continue;
        }
        seen.insert(id, i);
        out.append({i, v});
    }
    return out;
}

QVector<AnalystDatabase::Indexed<Annotation>>
AnalystDatabase::readAnnotations(const QJsonArray& notes,
                                 const QVector<Indexed<AnalystValue>>& values,
                                 const TargetCheck& targetCheck, ImportReport* report) const
{
    QSet<QString> valueKeys; // a point the file fills in may be annotated
    for (const auto& [i, v] : values)
        valueKeys.insert(v.key.toString());
    QVector<Indexed<Annotation>> out;
    QHash<QString, int> seen;
    for (int i = 0; i < notes.size(); ++i) {
        const QString where = QStringLiteral("annotations[%1]").arg(i);
        if (!notes.at(i).isObject()) {
            report->errors << where + QStringLiteral(": not an object");
            continue;
        }
        const QJsonObject o = notes.at(i).toObject();
        QStringList errors;
        Annotation a;
        a.target = readKey(o, where, false, &errors);
        a.text = optionalString(o, "text", where, &errors);
        if (a.text.trimmed().isEmpty() && errors.isEmpty())
            errors << where + QStringLiteral(".text: required");
        if (const QString tooLong = textLengthProblem(a.text, kMaxTextLength);
            !tooLong.isEmpty() && errors.isEmpty())
            errors << where + QStringLiteral(".text: ") + tooLong;
        if (errors.isEmpty() && targetCheck) {
            const QString problem = targetCheck(a.target, valueKeys.contains(a.target.toString()));
            if (!problem.isEmpty())
                errors << where + QLatin1Char('.') + problem;
        }
        if (!errors.isEmpty()) {
            report->errors << errors;
            continue;
        }
        const QString id = a.target.toString();
        if (seen.contains(id)) {
            report->errors << QStringLiteral("%1: the same target as annotations[%2] (%3)")
                                  .arg(where)
                                  .arg(seen.value(id))
                                  .arg(id);
            continue;
        }
        seen.insert(id, i);
        out.append({i, a});
    }
    return out;
}

ImportReport AnalystDatabase::applyImport(const QVector<Indexed<AnalystValue>>& values,
                                          const QVector<Indexed<Annotation>>& notes,
                                          ImportReport report)
{
    // Conflicts are read under the write lock: a value another program committed since the
    // file was checked is seen here, not overwritten.
    QString problem = beginWrite();
    if (!problem.isEmpty()) {
        report.errors << problem;
        return report;
    }
    QVector<AnalystValue> toWrite;
    for (const auto& [i, v] : values) {
        const auto existing = value(v.key);
        if (!existing) {
            toWrite.append(v);
        } else if (existing->value != v.value || existing->unit != v.unit) {
            report.conflicts << QCoreApplication::translate(
                                    "trendboard::AnalystDatabase",
                                    "values[%1]: conflict: %2 is %3 %4 in this layer, "
                                    "the file has %5 %6")
                                    .arg(i)
                                    .arg(v.key.toString(), numberText(existing->value),
                                         existing->unit, numberText(v.value), v.unit);
        }
    }
    QVector<Annotation> notesToWrite;
    for (const auto& [i, a] : notes) {
        const auto existing = annotation(a.target);
        if (!existing)
            notesToWrite.append(a);
        else if (existing->text != a.text)
            report.conflicts << QCoreApplication::translate(
                                    "trendboard::AnalystDatabase",
                                    "annotations[%1]: conflict: %2 is annotated "
                                    "differently in this layer")
                                    .arg(i)
                                    .arg(a.target.toString());
    }
    if (!report.errors.isEmpty() || !report.conflicts.isEmpty()) {
        commitWrite(QStringLiteral("nothing to import")); // rolls back: nothing was written
        return report;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const AnalystValue& v : toWrite) {
        if (problem.isEmpty())
            problem = writeValueRow(v, now);
        if (problem.isEmpty())
            problem = writeAudit(AuditAction::Import, v.key, QString(), numberText(v.value),
                                 v.citation, now);
    }
    for (Annotation a : notesToWrite) {
        a.createdUtc = now;
        a.updatedUtc = now;
        if (problem.isEmpty())
            problem = writeAnnotationRow(a);
        if (problem.isEmpty())
            problem = writeAudit(AuditAction::Import, a.target, QString(), a.text, QString(), now);
    }
    problem = commitWrite(problem);
    if (!problem.isEmpty()) {
        report.errors << problem;
        return report;
    }
    report.applied = true;
    report.values = toWrite.size();
    report.annotations = notesToWrite.size();
    report.writtenValues = toWrite;
    for (Annotation& a : notesToWrite)
        a.createdUtc = a.updatedUtc = now;
    report.writtenAnnotations = notesToWrite;
    return report;
}

} // namespace trendboard
