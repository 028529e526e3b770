// SPDX-License-Identifier: GPL-3.0-or-later
// API client benchmarks: the work the client does on its own thread (the UI thread in the app)
// besides waiting: checking every successful body before handing it on, and planning a run
// against the rate limits. Times are CPU time of this thread, best of 5.
#include <algorithm>
#include <ctime>

#include "api/apicall.h"
#include "api/apiratelimiter.h"
#include "benchregistry.h"
#include "syntheticaggregate.h"

using namespace Qt::StringLiterals;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

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

KX_BENCH("api")
{
    // The largest answer a run gets: a year of hourly data, 100 groups × 3 measurements (~18 MB).
    kx::ApiResponse response;
    response.status = 200;
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/vnd.api+json"));
    response.body = kx::test::makeAggregateResponse(100, { u"count"_s, u"sum_value"_s, u"unique"_s }, 8760, 7);
    reporter.figure(u"api_body_mb"_s, double(response.body.size()) / 1e6, u"MB"_s);
    const double check = bestOfCpuMs(5, [&] {
        if (!kx::successBodyProblem(response).isEmpty())
            qFatal("the synthetic body was refused");
    });
    reporter.figure(u"api_body_check_ms"_s, check, u"ms"_s);

    // plan() of a long run: 1,000 aggregate requests at 3/s and 60/m (with a 5 % margin).
    kx::ApiRateLimiter limiter;
    double seconds = 0;
    const double plan = bestOfCpuMs(5, [&] { seconds = limiter.minimumSeconds(kx::EndpointFamily::MetricAggregates, 1000); });
    reporter.figure(u"api_plan_1000_aggregates_ms"_s, plan, u"ms"_s);
    reporter.figure(u"api_plan_1000_aggregates_minutes"_s, seconds / 60.0, u"min"_s);
}
