// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiparsers.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kx {

/**
 * The metric list of each profile on disk (`<dir>/<profile id>.json`), so start-up is instant and
 * the browser works offline. Holds metric ids, names, integrations and dates, and when the list
 * was refreshed: never a key. Written atomically (QSaveFile).
 * @note Value-like; no state besides the folder. Any thread.
 */
class MetricCache
{
public:
    struct Entry {
        QList<MetricInfo> metrics;
        QDateTime refreshedAt; ///< UTC
    };

    explicit MetricCache(const QString& directory);

    QString directory() const { return m_dir; }
    /// The cached list of @p profileId, nothing when absent or unreadable.
    std::optional<Entry> load(const QString& profileId) const;
    bool save(const QString& profileId, const Entry& entry, QString* error = nullptr) const;
    void remove(const QString& profileId) const;

private:
    QString filePath(const QString& profileId) const;

    QString m_dir;
};

} // namespace kx
