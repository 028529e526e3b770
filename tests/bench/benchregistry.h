// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <vector>

namespace kx::bench {

/// A benchmark prints its figures through this: one `name: value` line each.
class Reporter
{
public:
    void figure(const QString& name, double value, const QString& unit = {});
    void note(const QString& name, const QString& text);
};

struct Entry {
    const char* name;
    std::function<void(Reporter&)> run;
};

std::vector<Entry>& registry();

struct Registration {
    Registration(const char* name, std::function<void(Reporter&)> run) { registry().push_back({ name, std::move(run) }); }
};

/// Milliseconds taken by @p work, the best of @p repeats runs.
template <typename F>
double bestOfMs(int repeats, F&& work)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        work();
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;
}

/// Resident set size of this process in MB (from /proc/self/status).
double residentMb();
/// Peak resident set size of this process in MB.
double peakResidentMb();

/// Nanoseconds since the benchmark program started (for event traces).
qint64 sinceStartNs();
/// The KX_BENCH_TRACE_EVENTS threshold in ms (0: no trace).
int traceMs();

} // namespace kx::bench

#define KX_BENCH_CONCAT2(a, b) a##b
#define KX_BENCH_CONCAT(a, b) KX_BENCH_CONCAT2(a, b)
/// Defines and registers a benchmark: KX_BENCH("parse") { reporter.figure(...); }
#define KX_BENCH(name)                                                                                                \
    static void KX_BENCH_CONCAT(kxBench_, __LINE__)(kx::bench::Reporter & reporter);                               \
    static kx::bench::Registration KX_BENCH_CONCAT(kxBenchReg_, __LINE__)(name, &KX_BENCH_CONCAT(kxBench_, __LINE__)); \
    static void KX_BENCH_CONCAT(kxBench_, __LINE__)([[maybe_unused]] kx::bench::Reporter & reporter)
