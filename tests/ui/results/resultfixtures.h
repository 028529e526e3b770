// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// AggregateResult values built in code for the result-view tests (header-only, one copy per test).

#include <cmath>
#include <cstdint>

#include <QDateTime>
#include <QTimeZone>

#include "results/aggregateresult.h"

namespace kx::test {

inline qint64 utcMs(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

/// Three UTC days, by Country: US, "" (no country) and DE; count, sum_value and unique.
inline AggregateResult countryResult()
{
    AggregateResult r;
    r.metricId = QStringLiteral("M1");
    r.metricName = QStringLiteral("Placed Order");
    r.timezone = QStringLiteral("UTC");
    r.interval = Interval::Day;
    r.by = { QStringLiteral("Country") };
    r.measurements = { Measurement::Count, Measurement::SumValue, Measurement::Unique };
    r.dates = { utcMs(2024, 1, 1), utcMs(2024, 1, 2), utcMs(2024, 1, 3) };
    r.groups = {
        { { QStringLiteral("US") }, { { 10, 20, 30 }, { 1.5, 2.5, 3.0 }, { 5, 6, 7 } } },
        { { QString() }, { { 1, 0, 2 }, { 0.25, 0, 1 }, { 1, 0, 1 } } },
        { { QStringLiteral("DE") }, { { 4, 5, 6 }, { 10, 20, 30.5 }, { 2, 3, 3 } } },
    };
    r.rangeStartUtcMs = r.dates.front();
    r.rangeEndUtcMs = utcMs(2024, 1, 4);
    return r;
}

/// A deterministic pseudo-random result: @p groups groups (dimension "G<n>", group n has the
/// n-th largest level), @p measurements of count/sum_value/unique, @p dates hourly UTC buckets.
inline AggregateResult syntheticResult(int groups, int measurements, int dates, Interval interval = Interval::Hour,
    const QString& timezone = QStringLiteral("UTC"))
{
    AggregateResult r;
    r.metricId = QStringLiteral("SYN");
    r.metricName = QStringLiteral("Synthetic");
    r.timezone = timezone;
    r.interval = interval;
    r.by = { QStringLiteral("Group") };
    const Measurement all[] = { Measurement::Count, Measurement::SumValue, Measurement::Unique };
    for (int m = 0; m < measurements && m < 3; ++m)
        r.measurements.append(all[m]);
    const qint64 start = utcMs(2023, 1, 1);
    const qint64 step = interval == Interval::Hour ? 3600000LL : 86400000LL;
    r.dates.reserve(size_t(dates));
    for (int d = 0; d < dates; ++d)
        r.dates.push_back(start + d * step);
    std::uint32_t state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return double(state >> 8) / double(1u << 24);
    };
    r.groups.resize(size_t(groups));
    for (int g = 0; g < groups; ++g) {
        auto& group = r.groups[size_t(g)];
        group.dimensions = { QStringLiteral("G%1").arg(g) };
        group.values.resize(size_t(r.measurements.size()));
        const double level = 1000.0 / (g + 1);
        for (auto& series : group.values) {
            series.resize(size_t(dates));
            for (int d = 0; d < dates; ++d)
                series[size_t(d)] = std::round(level * (1 + 0.5 * std::sin(d / 24.0)) + level * next());
        }
    }
    r.rangeStartUtcMs = r.dates.empty() ? 0 : r.dates.front();
    r.rangeEndUtcMs = r.dates.empty() ? 0 : r.dates.back() + step;
    return r;
}

} // namespace kx::test
