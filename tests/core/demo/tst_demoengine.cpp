// SPDX-License-Identifier: GPL-3.0-or-later
// DemoEngine's protocol layer: authentication, revisions, scopes, methods, media types, rate
// limits (with an injected clock) and injected faults.
#include "demo/demofaultplan.h"
#include "demo/demoratelimiter.h"
#include "demotestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kx;
using namespace kx::test;

namespace {

const QByteArray kReport = R"({"data":{"type":"campaign-values-report","attributes":{"statistics":["opens"],"timeframe":{"key":"last_12_months"},"conversion_metric_id":"PlcOrd"}}})";

HttpRequest withHeader(HttpRequest r, const QByteArray& name, const QByteArray& value)
{
    r.headers.removeIf([&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isNull())
        r.headers.append(qMakePair(name, value));
    return r;
}

} // namespace

class TestDemoEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authenticationIsRequired_data();
    void authenticationIsRequired();
    void configuredKeyIsTheOnlyOneAccepted();
    void keyNeverAppearsInResponses();
    void revisionHeaderIsRequiredAndEchoed();
    void reportsDoNotExistInOldRevisions_data();
    void reportsDoNotExistInOldRevisions();
    void scopesLimitEndpoints_data();
    void scopesLimitEndpoints();
    void wrongMethodIs405WithAllow();
    void unknownPathIs404();
    void trailingSlashAndBothContentTypesWork();
    void otherContentTypesAre415();
    void unsupportedQueryParametersAre400_data();
    void unsupportedQueryParametersAre400();
    void rateLimitHeadersCountDown();
    void earlyErrorsCarryRateLimitHeaders_data();
    void earlyErrorsCarryRateLimitHeaders();
    void burstLimitGives429WithRetryAfterOnly();
    void steadyAndDailyLimitsGiveLongerWaits();
    void rateLimitScaleMultipliesLimits();
    void faultSequenceIsFollowed();
    void faultSpecErrorsAreReported_data();
    void faultSpecErrorsAreReported();
    void faultProbabilitiesAreSeeded();
    void malformedAndTruncatedBodies();

private:
    static HttpResponse get(DemoEngine& engine, const QByteArray& pathAndQuery, const QByteArray& revision = "2024-10-15")
    {
        return engine.handle(apiRequest("GET", pathAndQuery, {}, revision));
    }
};

void TestDemoEngine::authenticationIsRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("code");
    QTest::addRow("missing") << QByteArray() << u"not_authenticated"_s;
    QTest::addRow("other scheme") << QByteArray("Bearer pk_abc") << u"not_authenticated"_s;
    QTest::addRow("public key") << QByteArray("Klaviyo-API-Key Xy12ab") << u"authentication_failed"_s;
    QTest::addRow("empty key") << QByteArray("Klaviyo-API-Key ") << u"not_authenticated"_s;
}

void TestDemoEngine::authenticationIsRequired()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, code);
    auto engine = fixtureEngine();
    const HttpResponse r = engine->handle(withHeader(apiRequest("GET", "/api/metrics"), "Authorization", authorization));
    QCOMPARE(r.status, 401);
    QCOMPARE(firstError(r).value(u"code"_s).toString(), code);
    QCOMPARE(r.header("content-type"), QByteArray("application/vnd.api+json"));
}

void TestDemoEngine::configuredKeyIsTheOnlyOneAccepted()
{
    EngineOptions options;
    options.apiKey = u"pk_secret_1234567890"_s;
    auto engine = fixtureEngine(options);
    QCOMPARE(engine->handle(apiRequest("GET", "/api/metrics")).status, 401);
    const HttpResponse ok = engine->handle(withHeader(apiRequest("GET", "/api/metrics"), "Authorization", "Klaviyo-API-Key pk_secret_1234567890"));
    QCOMPARE(ok.status, 200);
}

void TestDemoEngine::keyNeverAppearsInResponses()
{
    EngineOptions options;
    options.apiKey = u"pk_secret_1234567890"_s;
    auto engine = fixtureEngine(options);
    const HttpResponse r = engine->handle(withHeader(apiRequest("GET", "/api/metrics"), "Authorization", "Klaviyo-API-Key pk_wrong_abcdef"));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.body.contains("pk_wrong_abcdef"));
    QVERIFY(!r.body.contains("pk_secret"));
    for (const auto& h : r.headers)
        QVERIFY(!h.second.contains("pk_"));
}

void TestDemoEngine::revisionHeaderIsRequiredAndEchoed()
{
    auto engine = fixtureEngine();
    const HttpResponse missing = get(*engine, "/api/metrics", QByteArray());
    QCOMPARE(missing.status, 400);
    QCOMPARE(firstError(missing).value(u"source"_s).toObject().value(u"parameter"_s).toString(), u"revision"_s);
    const HttpResponse malformed = get(*engine, "/api/metrics", "2024/10/15");
    QCOMPARE(malformed.status, 400);
    const HttpResponse beta = get(*engine, "/api/metrics", "2026-07-15.pre");
    QCOMPARE(beta.status, 200);
    QCOMPARE(beta.header("X-Klaviyo-API-Revision"), QByteArray("2026-07-15.pre"));
    const HttpResponse between = get(*engine, "/api/metrics", "2025-02-01");
    QCOMPARE(between.status, 200);
    QCOMPARE(between.header("x-klaviyo-api-revision"), QByteArray("2025-02-01"));
}

void TestDemoEngine::reportsDoNotExistInOldRevisions_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("revision");
    QTest::addColumn<int>("status");
    QTest::addRow("campaign report in 2023-10-15") << QByteArray("/api/campaign-values-reports/") << QByteArray("2023-10-15") << 404;
    QTest::addRow("campaign report in 2024-02-15") << QByteArray("/api/campaign-values-reports/") << QByteArray("2024-02-15") << 200;
    QTest::addRow("form report in 2024-07-15") << QByteArray("/api/form-values-reports") << QByteArray("2024-07-15") << 404;
    QTest::addRow("segment report in 2024-06-15") << QByteArray("/api/segment-series-reports") << QByteArray("2024-06-15") << 404;
    QTest::addRow("forms list in 2024-06-15") << QByteArray("/api/forms") << QByteArray("2024-06-15") << 404;
    QTest::addRow("forms list in 2024-07-15") << QByteArray("/api/forms") << QByteArray("2024-07-15") << 200;
}

void TestDemoEngine::reportsDoNotExistInOldRevisions()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, revision);
    QFETCH(int, status);
    auto engine = fixtureEngine();
    const bool post = path.contains("reports");
    const HttpResponse r = engine->handle(apiRequest(post ? "POST" : "GET", path,
        post ? QByteArray(kReport).replace("campaign-values-report", path.contains("form") ? "form-values-report" : path.contains("segment") ? "segment-series-report" : "campaign-values-report") : QByteArray(),
        revision));
    if (status == 404) {
        QCOMPARE(r.status, 404);
        QCOMPARE(firstError(r).value(u"detail"_s).toString(), u"No valid revisions found for method"_s);
    } else {
        QCOMPARE(r.status, status);
    }
}

void TestDemoEngine::scopesLimitEndpoints_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addRow("metrics with metrics:read") << QStringList { u"metrics:read"_s } << QByteArray("/api/metrics") << 200;
    QTest::addRow("flows without flows:read") << QStringList { u"metrics:read"_s } << QByteArray("/api/flows") << 403;
    QTest::addRow("lists with the 2023 spelling") << QStringList { u"list:read"_s } << QByteArray("/api/lists") << 200;
    QTest::addRow("campaign report needs campaigns:read") << QStringList { u"metrics:read"_s }
                                                          << QByteArray("/api/campaign-values-reports") << 403;
}

void TestDemoEngine::scopesLimitEndpoints()
{
    QFETCH(QStringList, scopes);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    EngineOptions options;
    options.scopes = scopes;
    auto engine = fixtureEngine(options);
    const bool post = path.contains("reports");
    const HttpResponse r = engine->handle(apiRequest(post ? "POST" : "GET", path, post ? kReport : QByteArray()));
    QCOMPARE(r.status, status);
    if (status == 403) {
        QCOMPARE(firstError(r).value(u"code"_s).toString(), u"permission_denied"_s);
        QVERIFY(firstError(r).value(u"detail"_s).toString().contains(u":read"_s));
    }
}

void TestDemoEngine::wrongMethodIs405WithAllow()
{
    auto engine = fixtureEngine();
    const HttpResponse r = get(*engine, "/api/metric-aggregates/");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("POST"));
    QCOMPARE(firstError(r).value(u"code"_s).toString(), u"method_not_allowed"_s);
    const HttpResponse post = engine->handle(apiRequest("POST", "/api/metrics", "{}"));
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("allow"), QByteArray("GET"));
}

void TestDemoEngine::unknownPathIs404()
{
    auto engine = fixtureEngine();
    QCOMPARE(get(*engine, "/api/profiles").status, 404);
    QCOMPARE(get(*engine, "/api/metrics/NoSuch").status, 404);
    QCOMPARE(firstError(get(*engine, "/api/metrics/NoSuch")).value(u"code"_s).toString(), u"not_found"_s);
}

void TestDemoEngine::trailingSlashAndBothContentTypesWork()
{
    auto engine = fixtureEngine();
    QCOMPARE(get(*engine, "/api/metrics/").status, 200);
    QCOMPARE(get(*engine, "/api/metrics").status, 200);
    QCOMPARE(get(*engine, "/api/metrics/PlcOrd/").status, 200);
    const QByteArray body = aggregateBody(u"PlcOrd"_s, { u"count"_s }, u"day"_s, u"2024-03-10"_s, u"2024-03-12"_s);
    for (const QByteArray& type : { QByteArray("application/json"), QByteArray("application/vnd.api+json"), QByteArray("application/json; charset=utf-8") }) {
        const HttpResponse r = engine->handle(withHeader(apiRequest("POST", "/api/metric-aggregates/", body), "Content-Type", type));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/vnd.api+json"));
    }
}

void TestDemoEngine::otherContentTypesAre415()
{
    auto engine = fixtureEngine();
    const QByteArray body = aggregateBody(u"PlcOrd"_s, { u"count"_s }, u"day"_s, u"2024-03-10"_s, u"2024-03-12"_s);
    const HttpResponse r = engine->handle(withHeader(apiRequest("POST", "/api/metric-aggregates", body), "Content-Type", "text/plain"));
    QCOMPARE(r.status, 415);
    QCOMPARE(firstError(r).value(u"code"_s).toString(), u"unsupported_media_type"_s);
}

void TestDemoEngine::unsupportedQueryParametersAre400_data()
{
    QTest::addColumn<QByteArray>("pathAndQuery");
    QTest::addColumn<QByteArray>("revision");
    QTest::addColumn<QString>("parameter");
    QTest::addRow("page size on metrics") << QByteArray("/api/metrics?page%5Bsize%5D=5") << QByteArray("2026-07-15") << u"page[size]"_s;
    QTest::addRow("include on metrics before 2024-10-15") << QByteArray("/api/metrics?include=flow-triggers") << QByteArray("2024-07-15")
                                                          << u"include"_s;
    QTest::addRow("page size on lists before 2026-04-15") << QByteArray("/api/lists?page[size]=5") << QByteArray("2025-01-15")
                                                          << u"page[size]"_s;
    QTest::addRow("made-up parameter") << QByteArray("/api/flows?colour=red") << QByteArray("2024-10-15") << u"colour"_s;
}

void TestDemoEngine::unsupportedQueryParametersAre400()
{
    QFETCH(QByteArray, pathAndQuery);
    QFETCH(QByteArray, revision);
    QFETCH(QString, parameter);
    auto engine = fixtureEngine();
    const HttpResponse r = get(*engine, pathAndQuery, revision);
    QCOMPARE(r.status, 400);
    QCOMPARE(firstError(r).value(u"source"_s).toObject().value(u"parameter"_s).toString(), parameter);
}

void TestDemoEngine::rateLimitHeadersCountDown()
{
    qint64 now = 1'700'000'000'000; // on a second boundary
    EngineOptions options;
    options.clock = [&now] { return now; };
    auto engine = fixtureEngine(options);
    const HttpResponse first = get(*engine, "/api/metrics");
    QCOMPARE(first.header("RateLimit-Limit"), QByteArray("10, 10;w=1, 150;w=60"));
    QCOMPARE(first.header("RateLimit-Remaining"), QByteArray("9"));
    QCOMPARE(first.header("RateLimit-Reset"), QByteArray("0"));
    QCOMPARE(get(*engine, "/api/metrics").header("RateLimit-Remaining"), QByteArray("8"));
    // An error response is counted too and carries the headers.
    const HttpResponse bad = get(*engine, "/api/metrics?colour=red");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.header("RateLimit-Remaining"), QByteArray("7"));
    // Families are limited separately: reports publish 1/s, 2/m, 225/d.
    const HttpResponse report = engine->handle(apiRequest("POST", "/api/campaign-values-reports", kReport));
    QCOMPARE(report.status, 200);
    QCOMPARE(report.header("RateLimit-Limit"), QByteArray("1, 1;w=1, 2;w=60, 225;w=86400"));
    QCOMPARE(report.header("RateLimit-Remaining"), QByteArray("0"));
}

void TestDemoEngine::earlyErrorsCarryRateLimitHeaders_data()
{
    QTest::addColumn<HttpRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining"); // after one counted request per family
    const QByteArray metricsTier = "10, 10;w=1, 150;w=60";
    const QByteArray aggregatesTier = "3, 3;w=1, 60;w=60";
    const QByteArray reportsTier = "1, 1;w=1, 2;w=60, 225;w=86400";
    QTest::addRow("401 no key") << withHeader(apiRequest("GET", "/api/metrics"), "Authorization", QByteArray()) << 401
                                << metricsTier << QByteArray("9");
    QTest::addRow("401 wrong key") << withHeader(
        apiRequest("GET", "/api/metrics"), "Authorization", "Klaviyo-API-Key Xy12ab")
                                   << 401 << metricsTier << QByteArray("9");
    QTest::addRow("400 missing revision")
        << apiRequest("POST", "/api/metric-aggregates", "{}", QByteArray()) << 400 << aggregatesTier << QByteArray("2");
    QTest::addRow("400 invalid revision")
        << apiRequest("POST", "/api/metric-aggregates", "{}", "next-week") << 400 << aggregatesTier << QByteArray("2");
    QTest::addRow("403 missing scope") << apiRequest("GET", "/api/flows") << 403 << aggregatesTier << QByteArray("3");
    QTest::addRow("404 no valid revisions") << apiRequest("POST", "/api/campaign-values-reports", kReport, "2023-10-15")
                                            << 404 << reportsTier << QByteArray("1");
    QTest::addRow("404 unknown path") << apiRequest("GET", "/api/nothing-here") << 404 << metricsTier
                                      << QByteArray("10");
    QTest::addRow("405") << apiRequest("DELETE", "/api/metric-aggregates") << 405 << aggregatesTier << QByteArray("2");
    QTest::addRow("415") << withHeader(apiRequest("POST", "/api/metric-aggregates", "{}"), "Content-Type", "text/plain")
                         << 415 << aggregatesTier << QByteArray("2");
}

void TestDemoEngine::earlyErrorsCarryRateLimitHeaders()
{
    QFETCH(HttpRequest, request);
    QFETCH(int, status);
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    qint64 now = 1'700'000'000'000; // on a second boundary
    EngineOptions options;
    options.clock = [&now] {
        return now;
    };
    options.scopes = QStringList { u"metrics:read"_s, u"campaigns:read"_s };
    auto engine = fixtureEngine(options);
    // One counted request of the metrics and aggregates families first.
    QCOMPARE(get(*engine, "/api/metrics").status, 200);
    const QByteArray body = aggregateBody(u"PlcOrd"_s, { u"count"_s }, u"day"_s, u"2024-03-10"_s, u"2024-03-12"_s);
    QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).status, 200);
    const HttpResponse r = engine->handle(request);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("RateLimit-Limit"), limit);
    QCOMPARE(r.header("RateLimit-Remaining"), remaining);
    QCOMPARE(r.header("RateLimit-Reset"), QByteArray("0"));
    // The early error was not counted: the family's next request leaves one less than it reported.
    if (limit == "3, 3;w=1, 60;w=60" && remaining == "2") {
        QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).header("RateLimit-Remaining"),
            QByteArray("1"));
        QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).header("RateLimit-Remaining"),
            QByteArray("0"));
        // A full window: 429 stays header-free, and the early error reports the empty window.
        const HttpResponse throttled = engine->handle(apiRequest("POST", "/api/metric-aggregates", body));
        QCOMPARE(throttled.status, 429);
        QVERIFY(!throttled.hasHeader("RateLimit-Limit"));
        QVERIFY(!throttled.hasHeader("RateLimit-Remaining"));
        QVERIFY(!throttled.hasHeader("RateLimit-Reset"));
        const HttpResponse again = engine->handle(request);
        QCOMPARE(again.status, status);
        QCOMPARE(again.header("RateLimit-Remaining"), QByteArray("0"));
    } else if (limit == "10, 10;w=1, 150;w=60" && remaining == "9") {
        QCOMPARE(get(*engine, "/api/metrics").header("RateLimit-Remaining"), QByteArray("8"));
    }
    // Without rate limits no header is sent.
    EngineOptions off;
    off.scopes = options.scopes;
    auto unlimited = fixtureEngine(off);
    const HttpResponse plain = unlimited->handle(request);
    QCOMPARE(plain.status, status);
    QVERIFY(!plain.hasHeader("RateLimit-Limit"));
}

void TestDemoEngine::burstLimitGives429WithRetryAfterOnly()
{
    qint64 now = 1'700'000'000'000;
    EngineOptions options;
    options.clock = [&now] { return now; };
    auto engine = fixtureEngine(options);
    const QByteArray body = aggregateBody(u"PlcOrd"_s, { u"count"_s }, u"day"_s, u"2024-03-10"_s, u"2024-03-12"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).status, 200); // 3/s
    now += 400;
    const HttpResponse throttled = engine->handle(apiRequest("POST", "/api/metric-aggregates", body));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), QByteArray("1"));
    QVERIFY(!throttled.hasHeader("RateLimit-Limit"));
    QVERIFY(!throttled.hasHeader("RateLimit-Remaining"));
    QVERIFY(!throttled.hasHeader("RateLimit-Reset"));
    const QJsonObject error = firstError(throttled);
    QCOMPARE(error.value(u"code"_s).toString(), u"throttled"_s);
    QCOMPARE(error.value(u"title"_s).toString(), u"Request was throttled."_s);
    QCOMPARE(error.value(u"detail"_s).toString(), u"Request was throttled. Expected available in 1 second."_s);
    // Other families are unaffected; the next second is open again.
    QCOMPARE(get(*engine, "/api/metrics").status, 200);
    now += 600;
    QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).status, 200);
}

void TestDemoEngine::steadyAndDailyLimitsGiveLongerWaits()
{
    qint64 now = 1'700'000'020'000; // 40 s into a minute window
    EngineOptions options;
    options.clock = [&now] { return now; };
    auto engine = fixtureEngine(options);
    QCOMPARE(engine->handle(apiRequest("POST", "/api/campaign-values-reports", kReport)).status, 200);
    now += 1000;
    QCOMPARE(engine->handle(apiRequest("POST", "/api/campaign-values-reports", kReport)).status, 200);
    now += 1000;
    const HttpResponse steady = engine->handle(apiRequest("POST", "/api/campaign-values-reports", kReport));
    QCOMPARE(steady.status, 429);
    QCOMPARE(steady.header("Retry-After"), QByteArray("18")); // until the minute window ends

    DemoRateLimiter limiter;
    const DemoRateLimiter::Limits daily { 100, 1000, 2 };
    const qint64 t = 86'400'000LL * 20000 + 3'600'000; // 01:00 UTC
    QVERIFY(limiter.acquire(0, daily, t).allowed);
    QVERIFY(limiter.acquire(0, daily, t + 10).allowed);
    const auto refused = limiter.acquire(0, daily, t + 20);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfterSeconds, 23 * 3600); // hours, like a spent daily quota
}

void TestDemoEngine::rateLimitScaleMultipliesLimits()
{
    qint64 now = 1'700'000'000'000;
    EngineOptions options;
    options.clock = [&now] { return now; };
    options.rateLimitScale = 10;
    auto engine = fixtureEngine(options);
    const QByteArray body = aggregateBody(u"PlcOrd"_s, { u"count"_s }, u"day"_s, u"2024-03-10"_s, u"2024-03-12"_s);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).status, 200);
    QCOMPARE(engine->handle(apiRequest("POST", "/api/metric-aggregates", body)).status, 429);

    options.rateLimits = false;
    auto unlimited = fixtureEngine(options);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(unlimited->handle(apiRequest("POST", "/api/metric-aggregates", body)).status, 200);
}

void TestDemoEngine::faultSequenceIsFollowed()
{
    EngineOptions options;
    options.faults = u"seq=200;503;html403;504;524;500;429;drop;trickle;truncate;200,latency=5ms"_s;
    auto engine = fixtureEngine(options);
    QVERIFY(engine->faultSpecError().isEmpty());
    const HttpResponse ok = get(*engine, "/api/metrics");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.delayMs, 5);
    const HttpResponse unavailable = get(*engine, "/api/metrics");
    QCOMPARE(unavailable.status, 503);
    QVERIFY(unavailable.header("Content-Type").startsWith("text/html"));
    QCOMPARE(unavailable.header("Retry-After"), QByteArray("1"));
    const HttpResponse challenge = get(*engine, "/api/metrics");
    QCOMPARE(challenge.status, 403);
    QCOMPARE(challenge.header("cf-mitigated"), QByteArray("challenge"));
    QVERIFY(challenge.body.contains("<!DOCTYPE html>"));
    QCOMPARE(get(*engine, "/api/metrics").status, 504);
    QCOMPARE(get(*engine, "/api/metrics").status, 524);
    const HttpResponse server = get(*engine, "/api/metrics");
    QCOMPARE(server.status, 500);
    QCOMPARE(server.header("Content-Type"), QByteArray("application/vnd.api+json"));
    const HttpResponse throttled = get(*engine, "/api/metrics");
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.hasHeader("Retry-After"));
    QCOMPARE(get(*engine, "/api/metrics").transportFault, TransportFault::Drop);
    QCOMPARE(get(*engine, "/api/metrics").transportFault, TransportFault::Trickle);
    const HttpResponse truncated = get(*engine, "/api/metrics");
    QCOMPARE(truncated.transportFault, TransportFault::Truncate);
    QCOMPARE(truncated.status, 200);
    const HttpResponse after = get(*engine, "/api/metrics");
    QCOMPARE(after.status, 200);
    QCOMPARE(after.transportFault, TransportFault::None);
}

void TestDemoEngine::faultSpecErrorsAreReported_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addRow("unknown fault") << u"418@0.5"_s;
    QTest::addRow("probability above one") << u"503@1.5"_s;
    QTest::addRow("missing probability") << u"503"_s;
    QTest::addRow("bad latency") << u"latency=fast"_s;
    QTest::addRow("bad sequence item") << u"seq=200;boom"_s;
    QTest::addRow("inverted latency range") << u"latency=300ms..100ms"_s;
}

void TestDemoEngine::faultSpecErrorsAreReported()
{
    QFETCH(QString, spec);
    DemoFaultPlan plan;
    QString error;
    QVERIFY(!plan.parse(spec, 1, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(plan.isEmpty());
    EngineOptions options;
    options.faults = spec;
    auto engine = fixtureEngine(options);
    QVERIFY(!engine->faultSpecError().isEmpty());
    QCOMPARE(get(*engine, "/api/metrics").status, 200);
}

void TestDemoEngine::faultProbabilitiesAreSeeded()
{
    auto pattern = [](quint64 seed) {
        DemoFaultPlan plan;
        QString error;
        plan.parse(u"503@0.3,500@0.2,latency=10ms..50ms"_s, seed, &error);
        QString out;
        int faults = 0;
        for (int i = 0; i < 400; ++i) {
            const auto f = plan.next();
            out += QString::number(f.status) + u':' + QString::number(f.latencyMs) + u' ';
            faults += f.kind == DemoFaultPlan::Kind::Status;
            if (f.latencyMs < 10 || f.latencyMs > 50)
                return QString();
        }
        // 0.3 + 0.7 * 0.2 = 44 % of 400 requests, give or take
        return faults > 130 && faults < 220 ? out : QString();
    };
    const QString a = pattern(7);
    QVERIFY(!a.isEmpty());
    QCOMPARE(pattern(7), a);
    QVERIFY(pattern(8) != a);
}

void TestDemoEngine::malformedAndTruncatedBodies()
{
    EngineOptions options;
    options.faults = u"seq=malformed"_s;
    auto engine = fixtureEngine(options);
    const HttpResponse r = get(*engine, "/api/metrics");
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

QTEST_GUILESS_MAIN(TestDemoEngine)
#include "tst_demoengine.moc"
