// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include "results/aggregateresult.h"

namespace kx {

/**
 * An AggregateResult plus everything the views derive from it once: date labels in the query
 * timezone, per-series totals and the group ranking. Immutable after create(), shared by the
 * table model, the chart and the exporter through std::shared_ptr<const PreparedResult>.
 * @note create() is pure and thread-safe: the results widget runs it in a QtConcurrent worker
 * so that a large result never stalls the UI thread.
 */
struct PreparedResult
{
    AggregateResult result; ///< normalised: every group has one value per measurement and date
    QTimeZone zone; ///< the result's timezone (UTC when the id is unknown, see problem)
    QLocale locale; ///< the locale the labels were made with
    std::vector<QString> dateLabels; ///< per date: bucket start as wall time in `zone`
    std::vector<double> xs; ///< per date: bucket start as double UTC ms (chart x)
    std::vector<double> seriesTotals; ///< per series (group * measurements + m), NaN skipped
    std::vector<int> groupsByRank; ///< group indices, largest total of rankMeasurement first
    int rankMeasurement = -1; ///< first additive measurement, else 0; -1 without measurements
    QString problem; ///< translated note when the input had to be repaired, else ""

    qsizetype dateCount() const
    {
        return qsizetype(result.dates.size());
    }
    qsizetype groupCount() const
    {
        return qsizetype(result.groups.size());
    }
    qsizetype measurementCount() const
    {
        return result.measurements.size();
    }
    /// Values of one series; always dateCount() long.
    const std::vector<double>& values(qsizetype group, qsizetype measurement) const
    {
        return result.groups[size_t(group)].values[size_t(measurement)];
    }
    /// Total of one series (NaN-free sum over all dates).
    double seriesTotal(qsizetype group, qsizetype measurement) const
    {
        return seriesTotals[size_t(group * measurementCount() + measurement)];
    }

    /// Builds the derived data. Takes the result by value so callers can move a large one in.
    static std::shared_ptr<const PreparedResult> create(AggregateResult result, const QLocale& locale = QLocale());
    /// Label of a bucket start in @p zone for @p interval, as the table and the tooltips show it.
    static QString dateLabel(qint64 utcMs, Interval interval, const QTimeZone& zone, const QLocale& locale);
};

} // namespace kx
