// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analystdb.h"
#include "period.h"
#include "reportdb.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QSet>

#include <functional>
#include <optional>

namespace trendboard {

// The one place the window and the command line change the analyst layer: it checks each
// change against the report (which exhibit, series and point exist; whether the report states
// the point), writes it to the analyst database and says which exhibit changed. The bundled
// report database is only read.
//
// Every write returns an empty string on success, else a message naming the field
// ('citation: required ...'); on error nothing is stored and failed() is emitted too.
class AnalystService : public QObject
{
    Q_OBJECT
public:
    // Both databases must outlive the service. The analyst database learns the report's units.
    AnalystService(const ReportDatabase& report, AnalystDatabase& analyst,
                   QObject* parent = nullptr);

    const ReportDatabase& report() const { return m_report; }
    AnalystDatabase& analyst() { return m_analyst; }
    const AnalystDatabase& analyst() const { return m_analyst; }

    // The report's point at a point key, if the report has one (a value or a text cell).
    std::optional<PointRecord> reportPoint(const PointKey& key) const;
    // Completes a value against the report: its kind (Edit when the report states a number
    // there, else Fill), the report's value, a unit and period label taken from the report
    // when left empty. Returns a message when the exhibit or series does not exist.
    QString complete(AnalystValue& value) const;
    // Empty when setValue(value) would store it, else the message it would return.
    QString validate(AnalystValue value) const;

    // Stores a value: an edit where the report states the point, else a fill-in.
    QString setValue(AnalystValue value);
    // The same, refusing a point the report states (fillValue) or does not (editValue).
    QString fillValue(AnalystValue value);
    QString editValue(AnalystValue value);
    // Takes out the analyst's value at a point (audit action 'remove').
    QString removeValue(const PointKey& key);
    // Takes out every analyst value of a point, series or exhibit: the report's values show
    // again (audit action 'revert'). `removed` receives them, e.g. for an undo.
    QString revert(const PointKey& scope, QVector<AnalystValue>* removed = nullptr);
    // Fills in many values of points the report does not state (a fill-in grid): every value
    // is completed and checked first, then all are written in one transaction, or none.
    QString fillValues(QVector<AnalystValue> values);
    // Puts values back exactly as they were and takes the values at `remove` out (undo of a
    // removal, a revert or a fill-in of many rows), in one transaction.
    QString restoreValues(const QVector<AnalystValue>& values,
                          const QVector<PointKey>& remove = {});
    QString annotate(const PointKey& target, const QString& text);
    QString removeAnnotation(const PointKey& target);

    std::optional<AnalystValue> value(const PointKey& key) const { return m_analyst.value(key); }
    std::optional<Annotation> annotation(const PointKey& target) const
    {
        return m_analyst.annotation(target);
    }

    // The exhibit as the views show it: the report's data with the analyst layer overlaid.
    std::optional<ExhibitData> exhibitData(const QString& exhibitId) const;
    // Overlays the analyst's values and annotations onto an exhibit's report data: an edited
    // point shows the analyst's value (AnalystMark::Edited, the report's in reportValue); a
    // filled-in point is added to its series (AnalystMark::Filled, status 'analyst') in
    // period order. Values of a series the report no longer has are left out (see
    // orphanedValues). In analystoverlay.cpp.
    ExhibitData overlay(ExhibitData data) const;
    void overlay(ExhibitData& data, const QVector<AnalystValue>& values,
                 const QVector<Annotation>& annotations) const;

    // Whether a measure of an entity is asked for (overlayValues).
    using ValueFilter = std::function<bool(const QString& measure, const QString& entity)>;
    // The analyst layer in a list of the report's measure values (a comparison, a profile):
    // an edited value replaces the report's, which it keeps beside it; a filled-in value of a
    // measure and entity `wanted` is added with status 'analyst'. The list stays in period
    // order (analystoverlay.cpp). Returns how many values the layer changed or added.
    // This one reads the whole layer; the next only the values of one measure.
    int overlayValues(QVector<MeasureValue>& values, const ValueFilter& wanted) const;
    // The same for one measure of these entities (a comparison): only the layer's values of
    // that measure and those entities are read, through the layer index (layerindex.cpp), so
    // that its cost does not grow with the rest of the layer.
    int overlayValues(QVector<MeasureValue>& values, const QString& measure,
                      const QStringList& entities) const;
    // The exhibits the layer has values of this measure in (those overlayValues can change),
    // from the layer index.
    QSet<QString> exhibitsWithValuesOf(const QString& measure) const;
    // The measure and entity of each point key as the report has them (a series' for a point of
    // its own, as a filled-in point has them): what a view asks to know whether a change
    // concerns it. `found` is false where the exhibit has no such series.
    QVector<ReportDatabase::PointMeasure> pointMeasures(const QVector<PointKey>& keys) const;
    // Analyst values whose exhibit, series or point the report no longer has (after a data
    // update): kept in the layer, listed so that nothing is lost silently.
    QVector<AnalystValue> orphanedValues() const;
    QVector<Annotation> orphanedAnnotations() const;

    QByteArray exportLayer() const { return m_analyst.exportJson(); }
    // Applies a file exported by exportLayer() entirely, or nothing (see ImportReport).
    ImportReport importLayer(const QByteArray& json);
    // Takes out exactly what an import wrote (its undo), or nothing when any of it changed
    // since (see AnalystDatabase::removeImported).
    QString removeImported(const ImportReport& import);

signals:
    // Values or annotations of this exhibit changed: views showing it re-read exhibitData().
    void changed(const QString& exhibitId);
    // The analyst values at these points changed (written, removed, reverted, imported), after
    // changed() of their exhibits: views of values across exhibits (a comparison) check whether
    // any is theirs. Annotations do not emit it.
    void valuesChanged(const QVector<PointKey>& points);
    // A write failed (a command's redo or undo included); the message is for the user.
    void failed(const QString& message);

private:
    // changed(exhibitId) on success (valuesChanged(points) too when the write was of values),
    // else failed(problem).
    QString finish(const QString& problem, const QString& exhibitId,
                   const QVector<PointKey>& points = {});
    // finish() for a write of many points: changed() once for each of their exhibits, then
    // valuesChanged(values) when any of them are values.
    // finishAll for the values and annotations an import wrote (or its undo removed).
    QString finishImport(const QString& problem, const ImportReport& import);
    QString finishAll(const QString& problem, const QVector<PointKey>& keys,
                      const QVector<PointKey>& values);
    QString checkTarget(const PointKey& target) const;
    // The report's exhibit, read once for the last few asked for: an edit checks its point
    // and the view redraws it without reading the exhibit twice (the report never changes
    // while it is open).
    std::optional<ExhibitData> reportExhibit(const QString& exhibitId) const;

    // Which measure and entity each value of the layer is about, by exhibit, so that a
    // comparison reads only its own measure's values (layerindex.cpp). Built when first
    // asked for; kept up to date by this service's writes; built again when another
    // connection (another window, a command) or a write around the service changed the layer.
    struct IndexedValue
    {
        PointKey key;
        QString measure;
        QString entity;
    };
    struct LayerIndex
    {
        bool built = false;
        QPair<qint64, qint64> stamp;                     // AnalystDatabase::changeStamp
        QHash<QString, QVector<IndexedValue>> byExhibit; // exhibit id -> its values
        QHash<QString, QSet<QString>> exhibitsByMeasure; // measure -> exhibit ids
        QSet<QString> dirty; // exhibits written since, read again when next asked for
    };
    const LayerIndex& layerIndex() const;
    // overlayValues' second half: the layer's values by exhibit laid over the list; an edit
    // of a value the list holds goes in place (`entityOf`: its entity by targetKey), the rest
    // through its exhibit's overlay (analystoverlay.cpp).
    int overlayExhibitValues(QVector<MeasureValue>& values,
                             const QHash<QString, QVector<AnalystValue>>& byExhibit,
                             const ValueFilter& wanted,
                             const QHash<QString, QString>& entityOf) const;
    // Notes the exhibits of this service's write, to be read again when the index is next used.
    void reindex(const QVector<PointKey>& changed);
    void indexValues(const QVector<AnalystValue>& values) const;
    void unindexExhibit(const QString& exhibitId) const;

    const ReportDatabase& m_report;
    AnalystDatabase& m_analyst;
    QVector<UnitInfo> m_units;
    QHash<QString, FiscalCalendar> m_fiscal; // entity -> its fiscal year, where it has one
    QHash<QString, QString> m_reportShort;   // report id -> the short name a comparison shows
    mutable LayerIndex m_index;
    mutable QVector<ExhibitData> m_recentExhibits; // reportExhibit's, the latest last
};

} // namespace trendboard
