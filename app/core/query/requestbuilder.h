// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "metricquery.h"
#include "reportquery.h"

namespace kx {

/**
 * The longest range one metric-aggregates request may cover, in years. The API says "a maximum
 * of one year" without saying how a year is counted [INF]; we take the same local calendar date
 * one year later in the query timezone (so a leap year allows 366 days).
 */
constexpr int kMaxAggregateRangeYears = 1;

/// One request of a metric-aggregate run: the instants it covers and its exact JSON body.
struct AggregateChunk
{
    ResolvedRange range;
    QJsonObject body;
};

/**
 * Splits @p range into consecutive chunks of at most kMaxAggregateRangeYears. Every inner
 * boundary is snapped down to a bucket start of @p interval in @p zone, so no bucket is split
 * across two requests and none is lost or counted twice. Empty when end ≤ start.
 */
QList<ResolvedRange> splitAggregateRange(const ResolvedRange& range, Interval interval, const QTimeZone& zone);

/**
 * The request bodies that answer @p query, one per chunk (see splitAggregateRange()). Datetime
 * bounds are written bare in the query timezone with its offset; an absolute range keeps its
 * lexemes and operators on the outer bounds, and the layout of `filter[]` follows
 * datetimeFilterIndex / datetimeEndFilterIndex / datetimeBoundsCombined / verbatimFilters.
 * @return empty when the range does not resolve or is empty (the validator reports why).
 * @note Pure function; safe on any thread.
 */
QList<AggregateChunk> metricAggregateChunks(const MetricQuery& query, qint64 nowUtcMs);

/**
 * The whole query as one request body, unsplit: what a connector would send and what
 * toRawRequest() exports. A range over one year gives a body the API refuses; running the
 * query goes through metricAggregateChunks() instead.
 */
QJsonObject metricAggregateBody(const MetricQuery& query, qint64 nowUtcMs);

/// The `filter` strings of one request covering @p range (first/last say whether the outer
/// bounds of an absolute range apply). Exposed for previews and tests.
QStringList metricAggregateFilters(const MetricQuery& query, const ResolvedRange& range, bool first, bool last);

/// The JSON:API body of a Reporting API request (digest §5.2); every non-empty attribute is written.
QJsonObject reportBody(const ReportQuery& query);

} // namespace kx
