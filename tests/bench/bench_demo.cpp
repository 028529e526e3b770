// SPDX-License-Identifier: GPL-3.0-or-later
// The demo account: generation time and size, and two year-long aggregate queries measured
// through DemoEngine::handle() (validation, aggregation and JSON encoding included).
#include "benchregistry.h"

#include "demo/demoengine.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QDate kAnchor(2025, 6, 30);

kx::HttpRequest aggregateRequest(const kx::DemoStore& store, const QString& metric, const QString& interval, const QString& by,
    const QStringList& measurements)
{
    const QJsonObject attributes { { u"metric_id"_s, store.metrics[store.metricIndexByName(metric)].id },
        { u"measurements"_s, QJsonArray::fromStringList(measurements) }, { u"interval"_s, interval },
        { u"by"_s, QJsonArray { by } }, { u"timezone"_s, u"America/New_York"_s },
        { u"filter"_s, QJsonArray { u"greater-or-equal(datetime,2024-07-01T00:00:00-04:00)"_s, u"less-than(datetime,2025-07-01T00:00:00-04:00)"_s } } };
    kx::HttpRequest r;
    r.method = "POST";
    r.path = "/api/metric-aggregates";
    r.origin = "https://demo.klaviyo-explorer.invalid";
    r.headers = { qMakePair(QByteArray("Authorization"), QByteArray("Klaviyo-API-Key pk_demo")),
        qMakePair(QByteArray("revision"), QByteArray("2026-07-15")), qMakePair(QByteArray("Content-Type"), QByteArray("application/json")) };
    r.body = QJsonDocument(QJsonObject { { u"data"_s, QJsonObject { { u"type"_s, u"metric-aggregate"_s }, { u"attributes"_s, attributes } } } })
                 .toJson(QJsonDocument::Compact);
    return r;
}

/// CPU milliseconds of @p work (the machine may be shared: wall time then overstates the cost).
template <typename F>
double cpuMs(F&& work)
{
    const std::clock_t start = std::clock();
    work();
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
}

} // namespace

KX_BENCH("demo")
{
    std::shared_ptr<const kx::DemoStore> store;
    const double generate = kx::bench::bestOfMs(3, [&] {
        store.reset();
        store = kx::generateDemoStore(1, kAnchor);
    });
    reporter.figure(u"demo_generate_ms"_s, generate, u"ms"_s);
    reporter.figure(u"demo_generate_cpu_ms"_s, cpuMs([&] { store = kx::generateDemoStore(1, kAnchor); }), u"ms"_s);
    reporter.figure(u"demo_events"_s, double(store->eventCount()));
    // Distinct profiles that have at least one event ("tens of thousands" in the issue).
    std::vector<bool> seen(size_t(store->profileCount()), false);
    for (int m = 0; m < store->metrics.size(); ++m) {
        for (const auto& e : store->events(m)) {
            if (e.profile < 0)
                continue;
            if (size_t(e.profile) >= seen.size())
                seen.resize(size_t(e.profile) + 1, false);
            seen[size_t(e.profile)] = true;
        }
    }
    reporter.figure(u"demo_profiles"_s, double(std::count(seen.begin(), seen.end(), true)));
    reporter.figure(u"demo_resident_mb"_s, kx::bench::residentMb(), u"MB"_s);

    kx::EngineOptions options;
    options.rateLimits = false;
    kx::DemoEngine engine(store, options);
    qsizetype bytes = 0;
    const kx::HttpRequest orders = aggregateRequest(*store, u"Placed Order"_s, u"day"_s, u"$attributed_message"_s,
        { u"count"_s, u"sum_value"_s, u"unique"_s });
    const double ordersMs = kx::bench::bestOfMs(5, [&] {
        const kx::HttpResponse r = engine.handle(orders);
        bytes = r.status == 200 ? r.body.size() : -1;
    });
    reporter.figure(u"demo_query_placed_order_year_daily_by_attributed_message_ms"_s, ordersMs, u"ms"_s);
    reporter.figure(u"demo_query_placed_order_year_daily_by_attributed_message_kb"_s, double(bytes) / 1024, u"KB"_s);
    reporter.figure(u"demo_query_placed_order_year_daily_by_attributed_message_cpu_ms"_s, cpuMs([&] { engine.handle(orders); }), u"ms"_s);
    const kx::HttpRequest opens = aggregateRequest(*store, u"Opened Email"_s, u"hour"_s, u"$message"_s, { u"count"_s });
    const double opensMs = kx::bench::bestOfMs(5, [&] {
        const kx::HttpResponse r = engine.handle(opens);
        bytes = r.status == 200 ? r.body.size() : -1;
    });
    reporter.figure(u"demo_query_opened_email_year_hourly_by_message_ms"_s, opensMs, u"ms"_s);
    reporter.figure(u"demo_query_opened_email_year_hourly_by_message_kb"_s, double(bytes) / 1024, u"KB"_s);
    reporter.figure(u"demo_query_opened_email_year_hourly_by_message_cpu_ms"_s, cpuMs([&] { engine.handle(opens); }), u"ms"_s);
    reporter.figure(u"demo_peak_resident_mb"_s, kx::bench::peakResidentMb(), u"MB"_s);
}
