// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchregistry.h"
#include "query/filterexpr.h"
#include "query/requestbuilder.h"

using namespace Qt::StringLiterals;

KX_BENCH("query")
{
    // Filter parse + print: the emulator parses every filter string of every request.
    const QString filter =
        u"and(equals(flow_id,\"XVTP5Q\"),contains-any(send_channel,[\"email\",\"sms\",\"push-notification\"]),"
        "greater-or-equal(datetime,2024-01-01T00:00:00-05:00),equals(Campaign Name,'Spring \\'24'))"_s;
    constexpr int kFilters = 10000;
    qsizetype printed = 0;
    const double parseMs = kx::bench::bestOfMs(3, [&] {
        for (int i = 0; i < kFilters; ++i) {
            const auto expr = kx::parseFilter(filter);
            printed += expr ? kx::printFilter(*expr).size() : 0;
        }
    });
    reporter.figure(u"query_filter_parse_print_10k_ms"_s, parseMs, u"ms"_s);

    // Request building for the longest range the API allows (5 years), hourly in a DST zone.
    kx::MetricQuery q;
    q.metricId = u"RESQ6t"_s;
    q.measurements = { kx::Measurement::Count };
    q.interval = kx::Interval::Hour;
    q.timezone = u"America/New_York"_s;
    q.range.kind = kx::DateRange::Kind::Absolute;
    q.range.startText = u"2021-01-01T00:00:00"_s;
    q.range.endText = u"2026-01-01T00:00:00"_s;
    qsizetype chunks = 0;
    const double chunkMs = kx::bench::bestOfMs(5, [&] { chunks = kx::metricAggregateChunks(q, 0).size(); });
    reporter.figure(u"query_chunks_5y_hourly_ms"_s, chunkMs, u"ms"_s);
    reporter.figure(u"query_chunks_5y_hourly_count"_s, double(chunks));
    reporter.note(u"query_filter_printed_chars"_s, QString::number(printed));
}
