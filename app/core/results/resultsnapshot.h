// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aggregateresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kx {

/// Where a saved result came from, shown next to a snapshot so nobody mistakes it for live data.
struct ResultProvenance {
    QDateTime ranAt;     ///< UTC instant the run finished
    QString profileName; ///< label of the account it ran on (never the key)
    QString revision;    ///< API revision the run used
    QString appVersion;  ///< version of the app that ran it

    friend bool operator==(const ResultProvenance&, const ResultProvenance&) = default;
};

/// The last result of a query document with its provenance, as kept in a `.kmq` file.
struct ResultSnapshot {
    AggregateResult result;
    ResultProvenance provenance;
};

/**
 * Lossless JSON form of a ResultSnapshot for `QueryDocument::snapshot`: dates as UTC ISO instants,
 * values as JSON numbers (a NaN as null), everything needed to show the result again offline.
 * Pure functions, thread-safe; the UI calls them from a worker for big results.
 */
namespace resultsnapshot {

/// Current format version written by toJson(); fromJson() refuses newer ones.
inline constexpr int kVersion = 1;

QJsonObject toJson(const ResultSnapshot& snapshot);
/**
 * Reads what toJson() wrote. Returns nullopt and a translated @p error naming the offending part
 * when the object is not a snapshot, is of a newer version, or its arrays do not line up.
 */
std::optional<ResultSnapshot> fromJson(const QJsonObject& json, QString* error = nullptr);

} // namespace resultsnapshot
} // namespace kx
