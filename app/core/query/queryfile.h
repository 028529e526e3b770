// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "metricquery.h"
#include "reportquery.h"

namespace kx {

/**
 * What a saved query file (.kmq) holds: one metric-aggregate or report query, plus the `view`
 * and `snapshot` objects that belong to the UI (chart settings, last results…). The query module
 * never looks inside those two; they are written back exactly as they were read.
 */
struct QueryDocument
{
    enum class Kind
    {
        MetricAggregate,
        Report
    };
    Kind kind = Kind::MetricAggregate;
    MetricQuery metric; ///< Kind::MetricAggregate
    ReportQuery report; ///< Kind::Report
    QJsonObject view;
    QJsonObject snapshot;

    friend bool operator==(const QueryDocument&, const QueryDocument&) = default;
};

/**
 * Reading and writing .kmq files:
 * `{"format":"klaviyo-explorer-query","version":1,"kind":…,"query":{…},"view":{…},"snapshot":{…}}`.
 * Relative ranges stay presets; the metric is stored by id, name and integration.
 * The reader also accepts a raw API request body (`{"data":{"type":"metric-aggregate",…}}` or one
 * of the seven report types), so queries kept in that form by connector users open directly.
 * @note Pure functions, no shared state; safe on any thread.
 */
namespace queryfile {

constexpr int kFormatVersion = 1;
QString formatName(); ///< "klaviyo-explorer-query"
QString fileExtension(); ///< "kmq"

/// The document as indented, human-readable JSON.
QByteArray toJson(const QueryDocument& document);

/**
 * Parses a .kmq document or a raw request body. On any problem (not JSON, wrong types, unknown
 * format, newer version, missing metric, unreadable filter…) returns nothing and sets @p error
 * to one translated sentence naming what is wrong and what to do; nothing is partially loaded.
 */
std::optional<QueryDocument> fromJson(const QByteArray& json, QString* error = nullptr);

/// Whether a .kmq metric query may leave its metric unchosen.
enum class MetricChoice
{
    Required, ///< files the user opens: a query must say what it measures
    Optional, ///< crash recovery: a new document whose metric was not chosen yet comes back as it was
};
/// fromJson() with the metric of a .kmq metric query @p metric (raw request bodies always need one).
std::optional<QueryDocument> fromJson(const QByteArray& json, MetricChoice metric, QString* error = nullptr);

/// Writes @p document atomically (QSaveFile): on failure the previous file is left untouched.
bool save(const QueryDocument& document, const QString& path, QString* error = nullptr);
/// Reads @p path with fromJson(); the error names the file.
std::optional<QueryDocument> load(const QString& path, QString* error = nullptr);

/**
 * The document as the raw API request body (indented JSON). A metric query is written unsplit,
 * its presets resolved at @p nowUtcMs (see metricAggregateBody()); raw → document → raw gives
 * the same JSON value for every request the reader accepts.
 */
QByteArray toRawRequest(const QueryDocument& document, qint64 nowUtcMs);

} // namespace queryfile
} // namespace kx
