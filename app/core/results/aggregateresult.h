// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/metricquery.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace kx {

/// Display names of dimension values, for exports: `by` dimension → (id → name).
using DimensionNames = QHash<QString, QHash<QString, QString>>;

/**
 * The answer to a metric-aggregate query: dates × series, where a series is one dimension tuple
 * (group) × one measurement. Dates are bucket starts as UTC instants; they are shown as wall time
 * in `timezone`. Values are stored per group and measurement, contiguous per series.
 */
struct AggregateResult {
    struct Group {
        QStringList dimensions;                  ///< one entry per `by` item; "" when the event lacks it
        std::vector<std::vector<double>> values; ///< [measurement index][date index]
    };

    QString metricId;
    QString metricName;
    QString timezone = QStringLiteral("UTC");
    Interval interval = Interval::Day;
    QStringList by;
    QList<Measurement> measurements;
    std::vector<qint64> dates; ///< ascending bucket starts, UTC ms
    std::vector<Group> groups;
    qint64 rangeStartUtcMs = 0;
    qint64 rangeEndUtcMs = 0;
    int requestCount = 0; ///< HTTP requests the run took (chunks × pages, retries excluded)
    QStringList warnings; ///< translated notes about the merge (e.g. a bucket two chunks both reported)

    qsizetype seriesCount() const { return qsizetype(groups.size()) * measurements.size(); }
    bool isEmpty() const { return groups.empty(); }
};

} // namespace kx
