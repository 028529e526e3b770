// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "metricquery.h"
#include "reportquery.h"

namespace kx {

/**
 * One problem found in a query. `field` is a stable id the editor maps to a widget:
 * metric queries "metric", "measurements", "range", "range.start", "range.end", "interval",
 * "timezone", "by", "by[i]", "filters", "filters[i]", "pageSize", "sort"; reports "type",
 * "statistics", "timeframe", "interval", "conversionMetric", "groupBy", "filter".
 * `message` is a translated sentence that tells the user what to do.
 */
struct ValidationMessage
{
    enum Severity
    {
        Error,
        Warning
    };
    Severity severity = Error;
    QString field;
    QString message;
    friend bool operator==(const ValidationMessage&, const ValidationMessage&) = default;
};

/// Most rows a metric-aggregate page may ask for. The spec gives no maximum [INF]; 10000 is our cap.
constexpr int kMaxAggregatePageSize = 10000;
/// Above this many hourly buckets per series the validator warns (the chart and table get slow).
constexpr int kHourlyBucketWarning = 2000;
/// Klaviyo keeps aggregate data for five years (digest §4.1).
constexpr int kAggregateHistoryYears = 5;

/**
 * Checks @p query against what API revision @p revision accepts, with relative ranges resolved at
 * @p nowUtcMs. Errors make the request fail; warnings explain cost or pitfalls.
 * @note Pure function; safe on any thread.
 */
QList<ValidationMessage> validate(const MetricQuery& query, const QString& revision, qint64 nowUtcMs);
/// The same for a Reporting API request (digest §5.2 rules per type and revision).
QList<ValidationMessage> validate(const ReportQuery& query, const QString& revision, qint64 nowUtcMs);

/// Whether @p messages contain at least one error.
bool hasErrors(const QList<ValidationMessage>& messages);

} // namespace kx
