// SPDX-License-Identifier: GPL-3.0-or-later
// Results benchmarks: a year of hourly data for 100 groups × 3 measurements (~18 MB of JSON),
// parsed and merged with simdjson and with the QJsonDocument baseline on the same input, then
// written as CSV (long and wide) and JSON to a device that discards the bytes.
// Times are the CPU time of this thread (user + system), best of 3: the build machine is shared,
// and wall-clock time there measures the other processes more than this code.
#include <algorithm>
#include <ctime>

#include <QIODevice>

#include "benchregistry.h"
#include "results/aggregatejsonwriter.h"
#include "results/aggregateparser.h"
#include "results/csvwriter.h"
#include "syntheticaggregate.h"

using namespace Qt::StringLiterals;

namespace {

/// Counts and drops what is written, so the figures measure the writer, not a disk or a QBuffer.
class NullDevice : public QIODevice
{
public:
    qint64 written = 0;

protected:
    qint64 readData(char*, qint64) override
    {
        return -1;
    }
    qint64 writeData(const char*, qint64 len) override
    {
        written += len;
        return len;
    }
};

kx::AggregateResult skeleton()
{
    kx::AggregateResult s;
    s.metricId = u"PhqdJM"_s;
    s.metricName = u"Placed Order"_s;
    s.timezone = u"America/New_York"_s;
    s.interval = kx::Interval::Hour;
    s.by = QStringList { u"$attributed_message"_s };
    s.measurements = { kx::Measurement::Count, kx::Measurement::SumValue, kx::Measurement::Unique };
    s.rangeStartUtcMs = 1704067200000; // 2024-01-01T00:00:00Z, as the client sets it
    s.rangeEndUtcMs = s.rangeStartUtcMs + 8760LL * 3600 * 1000; // a year of hours
    return s;
}

constexpr double kMB = 1e6;

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

/// CPU milliseconds of @p work on this thread, the best of @p repeats runs.
template <typename F> double bestOfCpuMs(int repeats, F&& work)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const double t0 = threadCpuMs();
        work();
        best = std::min(best, threadCpuMs() - t0);
    }
    return best;
}

} // namespace

KX_BENCH("results")
{
    const QStringList measurements { u"count"_s, u"sum_value"_s, u"unique"_s };
    QByteArray body = kx::test::makeAggregateResponse(100, measurements, 8760, 42);
    body.squeeze(); // no spare capacity: parseAggregatePage takes its padded-copy path
    reporter.figure(u"aggregate_response_mb"_s, double(body.size()) / kMB, u"MB"_s);

    kx::AggregateResult result;
    const auto parseMergeSimd = [&] {
        QString error;
        auto page = kx::parseAggregatePage(body, &error);
        if (!page)
            qFatal("simdjson parse failed: %s", qPrintable(error));
        kx::AggregateMerger merger(skeleton());
        merger.addPage(std::move(*page));
        result = merger.take();
    };
    // The first parse of a process also pays for the parser's memory (see JsonParserLease).
    const double first = bestOfCpuMs(1, parseMergeSimd);
    const double simd = bestOfCpuMs(3, parseMergeSimd);
    const double qt = bestOfCpuMs(3, [&] {
        QString error;
        auto page = kx::parseAggregatePageQt(body, &error);
        if (!page)
            qFatal("QJsonDocument parse failed: %s", qPrintable(error));
        kx::AggregateMerger merger(skeleton());
        merger.addPage(std::move(*page));
        result = merger.take();
    });
    reporter.figure(u"parse_merge_simdjson_first_ms"_s, first, u"ms"_s);
    reporter.figure(u"parse_merge_simdjson_ms"_s, simd, u"ms"_s);
    reporter.figure(u"parse_merge_qjsondocument_ms"_s, qt, u"ms"_s);
    reporter.figure(u"parse_speedup_x"_s, qt / simd, u"x"_s);

    QByteArray padded;
    padded.reserve(body.size() + kx::kAggregateParsePadding);
    padded.append(body);
    const double inPlace = bestOfCpuMs(3, [&] {
        if (!kx::parseAggregatePage(padded, nullptr))
            qFatal("simdjson parse failed");
    });
    reporter.figure(u"parse_simdjson_in_place_ms"_s, inPlace, u"ms"_s);

    // The merger alone: the same data as 12 monthly chunks of 730 hours (pages made beforehand).
    {
        const auto whole = kx::parseAggregatePage(padded, nullptr);
        std::vector<std::vector<kx::AggregatePage>> runs(3);
        for (auto& run : runs) {
            for (int month = 0; month < 12; ++month) {
                kx::AggregatePage p;
                p.measurements = whole->measurements;
                p.dates.assign(whole->dates.begin() + month * 730, whole->dates.begin() + (month + 1) * 730);
                for (const auto& row : whole->rows) {
                    kx::AggregatePage::Row cut { row.dimensions, {} };
                    for (const auto& series : row.values)
                        cut.values.emplace_back(series.begin() + month * 730, series.begin() + (month + 1) * 730);
                    p.rows.push_back(std::move(cut));
                }
                run.push_back(std::move(p));
            }
        }
        size_t next = 0;
        const double merge = bestOfCpuMs(3, [&] {
            kx::AggregateMerger merger(skeleton());
            for (auto& p : runs[next])
                merger.addPage(std::move(p));
            ++next;
            if (merger.take().groups.size() != 100)
                qFatal("merge lost groups");
        });
        reporter.figure(u"merge_12_chunks_ms"_s, merge, u"ms"_s);
    }

    // Exports are timed on the wall clock: the CSV writer formats on worker threads, so the
    // calling thread's CPU time would leave most of the work out.
    qint64 longBytes = 0;
    const double longMs = kx::bench::bestOfMs(3, [&] {
        NullDevice sink;
        sink.open(QIODevice::WriteOnly);
        kx::CsvWriter writer;
        if (!writer.write(result, &sink))
            qFatal("csv failed: %s", qPrintable(writer.errorString()));
        longBytes = sink.written;
    });
    reporter.figure(u"csv_long_mb"_s, double(longBytes) / kMB, u"MB"_s);
    reporter.figure(u"csv_long_ms"_s, longMs, u"ms"_s);
    reporter.figure(u"csv_long_mb_per_s"_s, double(longBytes) / kMB / (longMs / 1000.0), u"MB/s"_s);

    qint64 wideBytes = 0;
    const double wideMs = kx::bench::bestOfMs(3, [&] {
        NullDevice sink;
        sink.open(QIODevice::WriteOnly);
        kx::CsvWriter writer(kx::CsvWriter::Options { kx::CsvWriter::Layout::Wide, {}, false });
        if (!writer.write(result, &sink))
            qFatal("csv failed: %s", qPrintable(writer.errorString()));
        wideBytes = sink.written;
    });
    reporter.figure(u"csv_wide_mb"_s, double(wideBytes) / kMB, u"MB"_s);
    reporter.figure(u"csv_wide_ms"_s, wideMs, u"ms"_s);

    qint64 jsonBytes = 0;
    const double jsonMs = kx::bench::bestOfMs(3, [&] {
        NullDevice sink;
        sink.open(QIODevice::WriteOnly);
        kx::AggregateJsonWriter writer;
        if (!writer.write(result, &sink))
            qFatal("json failed: %s", qPrintable(writer.errorString()));
        jsonBytes = sink.written;
    });
    reporter.figure(u"json_export_mb"_s, double(jsonBytes) / kMB, u"MB"_s);
    reporter.figure(u"json_export_ms"_s, jsonMs, u"ms"_s);
}
