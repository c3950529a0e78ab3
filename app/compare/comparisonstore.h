// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figure/charttransform.h"
#include "compare/comparisonservice.h"

#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace trendboard {

struct SavedComparison
{
    QString name;
    ComparisonRequest request;
    Transform transform = Transform::AsStated;
    bool log = false;
};

// Named comparisons, kept in the user's settings: saved, renamed, reopened and deleted.
// A damaged entry is skipped when read, never fatal.
class ComparisonStore
{
public:
    explicit ComparisonStore(QSettings& settings);

    QVector<SavedComparison> all() const;
    std::optional<SavedComparison> find(const QString& name) const;
    // Saves (or replaces) under its name. Returns what is wrong, or empty.
    QString save(const SavedComparison& comparison);
    QString rename(const QString& from, const QString& to);
    bool remove(const QString& name);
    // One comparison as compact JSON, as saved ones are stored (the window keeps the one on
    // show this way); decode gives none for text that is not a JSON object.
    static QByteArray encode(const SavedComparison& comparison);
    static std::optional<SavedComparison> decode(const QByteArray& json);

private:
    void write(const QVector<SavedComparison>& all);

    QSettings& m_settings;
};

} // namespace trendboard
