// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdb.h"

#include <QByteArray>
#include <QJsonArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

#include <functional>
#include <memory>
#include <optional>

namespace trendboard {

// Names a point of the report, a series or a whole exhibit so that the name survives a
// recompile of the bundled database (whose integer ids change with every build).
//
// A bundled datapoint is unique by its series (UNIQUE (exhibit_id, name) in schema.sql), its
// x label as printed and its own entity (a table row's; empty when the point's entity is the
// series'): the same x label occurs twice in a series only for different rows. So:
//   point  = exhibit id + series name + x label + row entity ('' if none)
//   series = exhibit id + series name               (xLabel and entity empty)
//   exhibit = exhibit id                              (everything else empty)
struct PointKey
{
    QString exhibitId;
    QString series;
    QString xLabel;
    QString entity;

    enum class Scope
    {
        Invalid,
        Exhibit,
        Series,
        Point
    };
    Scope scope() const;
    bool isPoint() const { return scope() == Scope::Point; }
    // 'exhibit / series / x label [/ entity]', for messages and the audit trail.
    QString toString() const;
    // Whether this key is the scope itself or lies inside it (a point inside its series).
    bool within(const PointKey& scope) const;
    bool operator==(const PointKey& other) const;
    bool operator!=(const PointKey& other) const { return !(*this == other); }
};

enum class AnalystValueKind
{
    Edit, // a value the report states, changed by the analyst; the report's value is kept
    Fill  // a value the report does not state (a 'not stated' series, an extra row)
};

struct AnalystValue
{
    PointKey key;
    AnalystValueKind kind = AnalystValueKind::Fill;
    double value = 0;
    QString unit;        // a unit symbol of the bundled `unit` table ($B, MM, %)
    QString periodLabel; // as printed ('Q1:25', '2024'); may be empty for a category point
    QString citation;    // where the value comes from; required for a filled-in value
    std::optional<double> reportValue; // Edit: the report's value when it was edited
    QString createdUtc;                // ISO 8601
    QString updatedUtc;
};

struct Annotation
{
    PointKey target; // an exhibit, a series or a point (see PointKey)
    QString text;
    QString createdUtc;
    QString updatedUtc;
};

enum class AuditAction
{
    Fill,
    Edit,
    Remove,
    Revert,
    Annotate,
    Unannotate,
    Import
};
QString auditActionName(AuditAction action);

// One row of the audit trail. Nothing is ever deleted from it.
struct AuditEntry
{
    qlonglong id = 0;
    QString whenUtc; // ISO 8601
    QString who;     // the OS user (USER, else USERNAME)
    AuditAction action = AuditAction::Edit;
    PointKey target;
    QString oldValue; // a number as text, an annotation's text, or empty
    QString newValue;
    QString citation;
};

// What an import did or why it did nothing.
struct ImportReport
{
    bool applied = false;
    QStringList errors;    // 'values[3].value: not a number', one per bad entry and field
    QStringList conflicts; // entries that disagree with what this layer already holds
    int values = 0;        // entries applied (identical ones are not counted)
    int annotations = 0;
    // Exactly what the import wrote (an import only adds: a point or target the layer holds
    // already is skipped when identical, else a conflict), for the undo of an import.
    QVector<AnalystValue> writtenValues;
    QVector<Annotation> writtenAnnotations;
    QStringList problems() const { return errors + conflicts; }
};

// Unit bounds for validation: a share is between 0 and 100 (base unit 'percent').
struct UnitBounds
{
    std::optional<double> min;
    std::optional<double> max;
};
UnitBounds unitBounds(const UnitInfo& unit);

// The analyst's own layer: values filled in or edited, annotations and the audit trail, in an
// SQLite file of its own. The bundled report database is never written.
//
// Every change commits at once in its own transaction (WAL, synchronous=FULL): there is no
// Save, and a crash or kill loses no committed change.
class AnalystDatabase
{
public:
    enum class State
    {
        Ready,
        Unavailable // refused, locked, damaged, or not creatable: reads are empty, writes fail
    };

    // How a file is opened. Whatever the access, a file that is not an analyst database (no
    // kApplicationId, and not an earlier Trendboard's tables) is refused and left byte for
    // byte as it was: no tables, no WAL switch, no rename.
    enum class Access
    {
        ReadOnly,  // a command that only reads: the file must exist; nothing is ever written
        ReadWrite, // a file the user named: created when missing or empty, brought up to
                   // date; a damaged or newer one is refused and left as it is
        OwnDefault // the app's own layer at defaultPath(): as ReadWrite, but a damaged or
                   // newer analyst database is moved aside and an empty layer started
    };

    // PRAGMA application_id of every analyst database: 'TBND' (TrendBoard aNalyst Database).
    // It tells our files from any other SQLite file a user might point --user-db at.
    static constexpr quint32 kApplicationId = 0x54424e44;

    // Opens or creates the database at `path` (its folder is created unless read-only). With
    // OwnDefault, a damaged file or one written by a newer Trendboard is moved aside to
    // '<path>.damaged-<time>' or '<path>.newer-<time>' and an empty layer is started;
    // warning() says so. Otherwise such a file makes the layer unavailable (errorString()).
    explicit AnalystDatabase(const QString& path, Access access = Access::ReadWrite);
    ~AnalystDatabase();
    AnalystDatabase(const AnalystDatabase&) = delete;
    AnalystDatabase& operator=(const AnalystDatabase&) = delete;

    // QStandardPaths::AppDataLocation + '/analyst.sqlite'. Creates nothing.
    static QString defaultPath();
    // The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();

    QString path() const { return m_path; }
    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Ready; }
    // Why the layer is unavailable (empty while it is available).
    QString errorString() const { return m_error; }
    // Something the user should know although the layer works (a file moved aside).
    QString warning() const { return m_warning; }
    // Where a damaged or newer file was moved, or empty.
    QString backupPath() const { return m_backupPath; }
    // The first read that failed since the layer was opened (a read returns what it got).
    QString readError() const { return m_readError; }

    // The units validation knows (the bundled `unit` table): a value's unit must be one.
    void setUnits(const QVector<UnitInfo>& units) { m_units = units; }
    const QVector<UnitInfo>& units() const { return m_units; }

    // Empty when the value may be stored, else a message naming the field ('value: ...').
    QString validate(const AnalystValue& value) const;

    // Reads. A scope key (exhibit or series) lists everything inside it.
    std::optional<AnalystValue> value(const PointKey& key) const;
    QVector<AnalystValue> values(const PointKey& scope = {}) const;
    std::optional<Annotation> annotation(const PointKey& target) const;
    QVector<Annotation> annotations(const PointKey& scope = {}) const;
    QVector<AuditEntry> audit(const PointKey& scope = {}) const;

    // Changes when the layer changes: a commit of this object's or of another connection (another
    // window, a command). What a view or cache read may be reused until it changes (PRAGMA
    // data_version, which does not count this connection's commits, and a count of them).
    QPair<qint64, qint64> changeStamp() const;

    // Writes: each validates first, stores nothing on error and returns the message, else
    // commits at once and returns an empty string. Each writes its audit row(s).
    QString setValue(const AnalystValue& value);
    // Removes the value at the key (action Remove: a filled-in value taken out).
    QString removeValue(const PointKey& key);
    // Removes every value inside the scope (a point, series or exhibit), the report's values
    // showing again; one audit row (Revert) each. `removed` receives what was removed.
    QString revert(const PointKey& scope, QVector<AnalystValue>* removed = nullptr);
    // Stores every value (each an edit or a fill-in with its audit row) in one transaction,
    // under one write lock and one sync: all of them, or none when any is invalid or a write
    // fails (a fill-in of many rows). In analystdb_batch.cpp.
    QString setValues(const QVector<AnalystValue>& values);
    // Puts values back as they were and takes the values at `remove` out (undo of a revert,
    // a removal or a fill-in of many rows), in one transaction.
    QString restoreValues(const QVector<AnalystValue>& values,
                          const QVector<PointKey>& remove = {});
    // Takes out exactly what an import wrote (ImportReport::writtenValues/-Annotations), in
    // one transaction. Each must still be as the import wrote it: one changed since (another
    // window, an edit) is a conflict that names it, and nothing is taken out.
    QString removeImported(const QVector<AnalystValue>& values,
                           const QVector<Annotation>& annotations);
    QString setAnnotation(const PointKey& target, const QString& text);
    QString removeAnnotation(const PointKey& target);

    // The whole layer as JSON: {"format", "version", "exported", "values", "annotations"}.
    QByteArray exportJson() const;
    // Checks every entry first; applies all of them in one transaction, or nothing when any
    // entry is bad or conflicts. `check` may reject or complete a value (the service checks
    // the point against the report and sets its kind and report value).
    // `targetCheck` may reject an annotation's target (one not in the report); `filledHere`
    // says that the file itself fills in a value at that point.
    using ValueCheck = std::function<QString(AnalystValue&)>;
    using TargetCheck = std::function<QString(const PointKey& target, bool filledHere)>;
    ImportReport importJson(const QByteArray& json, const ValueCheck& check = {},
                            const TargetCheck& targetCheck = {});
    // The most entries (values and annotations) one import takes.
    static constexpr int kMaxImportEntries = 20000;
    // The largest layer file importJson() is given (a layer of every value of both reports,
    // annotated, is a few MiB).
    static constexpr qint64 kMaxLayerFileSize = 64 * 1024 * 1024;
    // Reads a layer file for importJson(): a regular file of at most kMaxLayerFileSize bytes.
    // A pipe, device or folder is refused before it is read (it could block or never end).
    // Returns an empty string, or the message naming the file.
    static QString readLayerFile(const QString& path, QByteArray* bytes);

private:
    void open();
    // Whether the file may be opened: false (and the layer unavailable) for anything that is
    // not an analyst database; `damaged` when it is ours but unreadable.
    bool recognise(bool* damaged);
    // False on failure; `damage` and `suffix` say when the file is to be moved aside.
    bool prepareSchema(QString* problem, QString* damage, QString* suffix);
    bool migrate(int version, QString* problem);
    bool checkTables(QString* problem);
    void noteReadError(const QSqlQuery& query) const;
    void moveAside(const QString& why, const QString& suffix);
    QString writeValueRow(const AnalystValue& value, const QString& now);
    // Deletes the value at `key` (the analyst's `before`) and writes its Remove audit row.
    QString removeValueRow(const PointKey& key, const AnalystValue& before, const QString& now);
    QString writeAnnotationRow(const Annotation& annotation);
    QString writeAudit(AuditAction action, const PointKey& target, const QString& oldValue,
                       const QString& newValue, const QString& citation, const QString& now);
    // An import's entry with its position in the file, for messages.
    template <typename T> struct Indexed
    {
        int index = 0;
        T entry;
    };
    QVector<Indexed<AnalystValue>> readValues(const QJsonArray& values, const ValueCheck& check,
                                              ImportReport* report) const;
    QVector<Indexed<Annotation>> readAnnotations(const QJsonArray& notes,
                                                 const QVector<Indexed<AnalystValue>>& values,
                                                 const TargetCheck& targetCheck,
                                                 ImportReport* report) const;
    ImportReport applyImport(const QVector<Indexed<AnalystValue>>& values,
                             const QVector<Indexed<Annotation>>& notes, ImportReport report);
    QString beginWrite();
    QString commitWrite(const QString& problem);
    const UnitInfo* unitInfo(const QString& symbol) const;

    QString m_path;
    Access m_access = Access::ReadWrite;
    State m_state = State::Ready;
    QString m_error;
    QString m_warning;
    QString m_backupPath;
    mutable QString m_readError;
    QVector<UnitInfo> m_units;
    std::unique_ptr<ScopedConnection> m_connection;
    qint64 m_commits = 0; // this object's successful commits (see changeStamp)
};

} // namespace trendboard
