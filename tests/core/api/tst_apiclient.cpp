// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apiratelimiter.h"
#include "fakehttpserver.h"
#include "messagecapture.h"

using namespace Qt::StringLiterals;
using kx::ApiCall;
using kx::ApiClient;
using kx::ApiError;
using kx::ApiRequest;
using kx::EndpointFamily;
using kx::test::FakeHttpServer;
using kx::test::FakeResponse;
using Kind = kx::ApiError::Kind;

Q_DECLARE_METATYPE(kx::ApiError::Kind)
Q_DECLARE_METATYPE(kx::test::FakeResponse)

namespace {

const QString Key = u"pk_0123456789abcdefghijklmnopqrstuvwx"_s;
const QByteArray OkBody = R"({"data":[],"links":{"self":"x","next":null}})";

/// A client against a fresh fake server, with fast retries for the tests.
struct Harness
{
    QNetworkAccessManager network;
    FakeHttpServer server;
    ApiClient client { &network };

    Harness()
    {
        QVERIFY(server.listen());
        QVERIFY(client.setBaseUrl(server.baseUrl()));
        QVERIFY(client.setApiKey(Key));
        kx::RetryPolicy policy;
        policy.backoffScale = 0.01;
        policy.random = [] {
            return 0.5;
        };
        client.setRetryPolicy(policy);
        client.setTransferTimeoutMs(5000);
    }

    /// Sends and waits for finished(); returns the call (owned by the client).
    ApiCall* run(const ApiRequest& request, int timeoutMs = 10000)
    {
        ApiCall* call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        if (!finished.wait(timeoutMs))
            qWarning("call did not finish in %d ms", timeoutMs);
        return call;
    }
};

/// Puts the client's limiter on manual time: waits end only when the test moves the clock.
struct ManualTime
{
    qint64 now = 1'000'000;
    qint64 wall = QDateTime(QDate(2024, 11, 30), QTime(11, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    kx::ApiRateLimiter* limiter;

    explicit ManualTime(ApiClient& client)
        : limiter(client.rateLimiter())
    {
        limiter->setClock([this] { return now; });
        limiter->setWallClock([this] { return wall; });
        limiter->setManualTime(true);
    }
    void advance(qint64 ms)
    {
        now += ms;
        wall += ms;
        limiter->notifyTimeAdvanced();
    }
};

ApiRequest metricsRequest()
{
    return ApiRequest::get(u"/api/metrics"_s, EndpointFamily::Metrics);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"1.2.3"_s);
    }

    void sendsTheDocumentedHeaders()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(200, OkBody));
        ApiCall* get = h.run(metricsRequest());
        QVERIFY2(get->isSuccess(), qPrintable(get->error().message));
        QCOMPARE(get->response().status, 200);
        QCOMPARE(get->response().body, OkBody);
        QCOMPARE(get->response().header("content-type"), QByteArray("application/vnd.api+json"));
        QCOMPARE(get->attempts(), 1);

        const kx::test::FakeRequest request = h.server.lastRequest();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/api/metrics"));
        QCOMPARE(request.header("Authorization"), "Klaviyo-API-Key " + Key.toLatin1());
        QCOMPARE(request.header("revision"), QByteArray("2026-07-15"));
        QCOMPARE(request.header("Accept"), QByteArray("application/vnd.api+json"));
        QCOMPARE(request.header("User-Agent"), QByteArray("klaviyo-explorer/1.2.3"));
        QVERIFY(!request.hasHeader("Content-Type"));

        h.server.enqueue(FakeResponse::json(200, R"({"data":{"type":"metric-aggregate","id":"1"}})"));
        const QByteArray body = R"({"data":{"type":"metric-aggregate","attributes":{"metric_id":"RESQ6t"}}})";
        ApiCall* post = h.run(ApiRequest::post(u"/api/metric-aggregates"_s, EndpointFamily::MetricAggregates, body));
        QVERIFY(post->isSuccess());
        const kx::test::FakeRequest posted = h.server.lastRequest();
        QCOMPARE(posted.method, QByteArray("POST"));
        QCOMPARE(posted.header("Content-Type"), QByteArray("application/vnd.api+json"));
        QCOMPARE(posted.body, body);
    }

    void revisionCanBeSetPerClientAndPerRequest()
    {
        Harness h;
        QVERIFY(h.client.setRevision(u"2023-10-15"_s));
        QVERIFY(!h.client.setRevision(u"yesterday"_s));
        QCOMPARE(h.client.revision(), u"2023-10-15"_s);
        QCOMPARE(h.client.rateLimiter()->limit(EndpointFamily::Lists).steadyPerMinute, 700);
        h.server.setHandler([](const kx::test::FakeRequest&) { return FakeResponse::json(200, OkBody); });
        QVERIFY(h.run(metricsRequest())->isSuccess());
        QCOMPARE(h.server.lastRequest().header("revision"), QByteArray("2023-10-15"));
        ApiRequest report = ApiRequest::post(u"/api/flow-values-reports"_s, EndpointFamily::Reports, "{}");
        report.revision = u"2024-10-15"_s;
        QVERIFY(h.run(report)->isSuccess());
        QCOMPARE(h.server.lastRequest().header("revision"), QByteArray("2024-10-15"));
    }

    void baseUrlAllowsPlainHttpOnlyOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("klaviyo") << u"https://a.klaviyo.com"_s << true;
        QTest::addRow("any https") << u"https://proxy.example.com:8443/klaviyo"_s << true;
        QTest::addRow("demo host") << u"https://demo.klaviyo-explorer.invalid"_s << true;
        QTest::addRow("loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::addRow("loopback v4 range") << u"http://127.3.2.1"_s << true;
        QTest::addRow("loopback v6") << u"http://[::1]:9000/"_s << true;
        QTest::addRow("localhost") << u"http://LocalHost:9000"_s << true;
        QTest::addRow("plain http remote") << u"http://a.klaviyo.com"_s << false;
        QTest::addRow("plain http lan") << u"http://192.168.1.10:8080"_s << false;
        QTest::addRow("localhost lookalike") << u"http://localhost.example.com"_s << false;
        QTest::addRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::addRow("credentials") << u"https://user:secret@a.klaviyo.com"_s << false;
        QTest::addRow("query") << u"https://a.klaviyo.com/?x=1"_s << false;
        QTest::addRow("no host") << u"https://"_s << false;
        QTest::addRow("not a url") << u"a.klaviyo.com"_s << false;
    }
    void baseUrlAllowsPlainHttpOnlyOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QNetworkAccessManager network;
        ApiClient client(&network);
        QString error;
        QCOMPARE(client.setBaseUrl(QUrl(url), &error), allowed);
        QCOMPARE(error.isEmpty(), allowed);
        QCOMPARE(client.baseUrl(), allowed ? QUrl(url) : ApiClient::defaultBaseUrl());
    }

    void filterIsPercentEncoded()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(200, OkBody));
        const QString filter =
            u"and(equals(messages.channel,'email'),greater-or-equal(created_at,2024-01-01T00:00:00+00:00))"_s;
        ApiCall* call = h.run(ApiRequest::get(u"/api/campaigns"_s, EndpointFamily::Campaigns,
            { { u"filter"_s, filter }, { u"fields[campaign]"_s, u"name"_s } }));
        QVERIFY(call->isSuccess());
        const QByteArray target = h.server.lastRequest().target;
        QVERIFY2(target.contains("%2B00%3A00"), target.constData());
        QVERIFY2(!target.contains('+'), target.constData());
        QVERIFY2(target.contains("fields%5Bcampaign%5D=name"), target.constData());
        QCOMPARE(h.server.lastRequest().queryValue(u"filter"_s), filter);
        QCOMPARE(h.client.requestUrl(call->request()), call->url());
    }

    void encodeQueryEncodesEveryReservedCharacter()
    {
        const QByteArray query = ApiClient::encodeQuery({ { u"filter"_s, u"any(id,[\"a b\",\"c&d\"]) + é"_s } });
        QCOMPARE(query, QByteArray("filter=any%28id%2C%5B%22a%20b%22%2C%22c%26d%22%5D%29%20%2B%20%C3%A9"));
    }

    void refusedConnectionIsANetworkError()
    {
        Harness h;
        h.server.close();
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Network);
        QCOMPARE(call->error().exitCode(), 4);
        QVERIFY(!call->error().message.isEmpty());
    }

    void droppedConnectionIsANetworkError()
    {
        Harness h;
        // Qt itself re-sends a GET once or twice when the connection closes before an answer.
        h.server.setHandler([](const kx::test::FakeRequest&) { return FakeResponse::drop(); });
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Network);
        QCOMPARE(call->attempts(), 1);
        QVERIFY(h.server.requestCount() >= 1);
    }

    void silenceBeyondTheTransferTimeoutIsATimeout()
    {
        Harness h;
        h.client.setTransferTimeoutMs(300);
        h.server.enqueue(FakeResponse::hang());
        QElapsedTimer clock;
        clock.start();
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Timeout);
        QCOMPARE(call->error().exitCode(), 4);
        QVERIFY(clock.elapsed() >= 250);
    }

    void slowButSteadyAnswerIsNotATimeout()
    {
        Harness h;
        h.client.setTransferTimeoutMs(400);
        QByteArray body =
            R"({"data":[{"type":"metric","id":"RESQ6t","attributes":{"name":"Placed Order"}}],"links":{"next":null}})";
        FakeResponse slow = FakeResponse::json(200, body);
        slow.action = FakeResponse::Action::Trickle;
        slow.trickleBytes = 10;
        slow.trickleIntervalMs = 100;
        h.server.enqueue(slow);
        QElapsedTimer clock;
        clock.start();
        ApiCall* call = h.run(metricsRequest());
        QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
        QCOMPARE(call->response().body, body);
        QVERIFY(clock.elapsed() > 400); // longer than the timeout in total, but never silent that long
    }

    void httpErrorsMapToKinds_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("sourceField");

        QTest::addRow("401") << FakeResponse::json(401,
            R"({"errors":[{"id":"1","status":401,"code":"not_authenticated","title":"Authentication credentials were not provided.","detail":"Authentication credentials were not provided."}]})")
                             << u"/api/metrics"_s << Kind::Auth << u"pk_"_s << QString();
        QTest::addRow("403 json") << FakeResponse::json(403,
            R"({"errors":[{"id":"2","status":403,"code":"permission_denied","title":"You do not have permission to perform this action.","detail":"You do not have permission to perform this action."}]})")
                                  << u"/api/flows"_s << Kind::Permission << u"flows:read"_s << QString();
        FakeResponse challenge = FakeResponse::withType(
            403, "text/html; charset=UTF-8", "<!DOCTYPE html><html><title>Just a moment...</title></html>");
        challenge.header("cf-mitigated", "challenge");
        QTest::addRow("403 challenge") << challenge << u"/api/metrics"_s << Kind::Permission << u"bot protection"_s
                                       << QString();
        QTest::addRow("404 revision") << FakeResponse::json(404,
            R"({"errors":[{"id":"3","status":404,"code":"not_found","title":"Not found.","detail":"No valid revisions found for method"}]})")
                                      << u"/api/segment-values-reports"_s << Kind::NotFound << u"revision 2026-07-15"_s
                                      << QString();
        QTest::addRow("400 pointer") << FakeResponse::json(400,
            "{\"errors\":[{\"id\":\"4\",\"status\":400,\"code\":\"invalid\",\"title\":\"Invalid "
            "input.\",\"detail\":\"'Mars/Olympus' is not a valid "
            "timezone.\",\"source\":{\"pointer\":\"/data/attributes/timezone\"},\"meta\":{}}]}")
                                     << u"/api/metric-aggregates"_s << Kind::InvalidInput << u"Mars/Olympus"_s
                                     << u"/data/attributes/timezone"_s;
        QTest::addRow("500") << FakeResponse::json(500, "") << u"/api/metrics"_s << Kind::Server << u"HTTP 500"_s
                             << QString();
        QTest::addRow("502") << FakeResponse::withType(502, "text/html", "<html>Bad gateway</html>")
                             << u"/api/metrics"_s << Kind::Server << u"HTTP 502"_s << QString();
        FakeResponse redirect = FakeResponse::json(302, "");
        redirect.header("Location", "http://127.0.0.1:1/elsewhere");
        QTest::addRow("redirect not followed")
            << redirect << u"/api/metrics"_s << Kind::BadResponse << u"302"_s << QString();
    }
    void httpErrorsMapToKinds()
    {
        QFETCH(FakeResponse, response);
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        QFETCH(QString, messagePart);
        QFETCH(QString, sourceField);
        Harness h;
        h.server.setHandler([response](const kx::test::FakeRequest&) { return response; });
        const EndpointFamily family = kx::endpointFamilyForPath(path).value_or(EndpointFamily::Metrics);
        ApiCall* call = h.run(ApiRequest::get(path, family));
        QCOMPARE(call->error().kind, kind);
        QCOMPARE(call->error().httpStatus, response.status);
        QCOMPARE(call->error().endpoint, path);
        QCOMPARE(call->error().sourceField(), sourceField);
        QVERIFY2(call->error().message.contains(messagePart), qPrintable(call->error().message));
        QCOMPARE(call->error().exitCode(), 3);
        // None of these is retried.
        QCOMPARE(h.server.requestCount(), 1);
        QCOMPARE(call->attempts(), 1);
        QVERIFY(call->response().body.isEmpty());
    }

    // Waits run on the limiter's manual time: the test moves the clock, nothing sleeps.
    void retryAfterIsWaitedExactlyThenRetried_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("detail");
        QTest::addRow("seconds") << QByteArray("7") << QByteArray("Request was throttled.");
        // IMF-fixdate, 7 s after the (fixed) wall clock.
        QTest::addRow("HTTP date") << QByteArray("Sat, 30 Nov 2024 11:00:07 GMT")
                                   << QByteArray("Request was throttled.");
        QTest::addRow("obsolete RFC 850 date")
            << QByteArray("Saturday, 30-Nov-24 11:00:07 GMT") << QByteArray("Request was throttled.");
        QTest::addRow("asctime date") << QByteArray("Sat Nov 30 11:00:07 2024") << QByteArray("Request was throttled.");
        QTest::addRow("numeric zone date")
            << QByteArray("Sat, 30 Nov 2024 12:00:07 +0100") << QByteArray("Request was throttled.");
        QTest::addRow("only in the detail")
            << QByteArray() << QByteArray("Request was throttled. Expected available in 7 seconds.");
    }
    void retryAfterIsWaitedExactlyThenRetried()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, detail);
        Harness h;
        ManualTime time(h.client);
        FakeResponse throttled = FakeResponse::json(429,
            R"({"errors":[{"id":"x","status":429,"code":"throttled","title":"Request was throttled.","detail":")"
                + detail + R"("}]})");
        if (!retryAfter.isEmpty())
            throttled.header("Retry-After", retryAfter);
        h.server.enqueue(throttled);
        h.server.enqueue(FakeResponse::json(200, OkBody));
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy waiting(call, &ApiCall::waiting);
        QSignalSpy waitFinished(call, &ApiCall::waitFinished);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(waiting.wait(10000)); // the 429 came back
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting[0][0].toInt(), 7000);
        QCOMPARE(call->attempts(), 1);
        // The limiter was told: every call of the family is held back until then.
        kx::ApiRateLimiter* limiter = h.client.rateLimiter();
        QCOMPARE(limiter->blockedUntil(EndpointFamily::Metrics), time.now + 7000);
        QCOMPARE(limiter->delayBeforeNext(EndpointFamily::Metrics), 7000);

        time.advance(6999);
        QCoreApplication::processEvents();
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(waitFinished.count(), 0);
        QCOMPARE(h.server.requestCount(), 1);

        time.advance(1);
        QCOMPARE(waitFinished.count(), 1);
        QCOMPARE(call->attempts(), 2); // sent on the tick, exactly once
        QVERIFY(finished.wait(10000));
        QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
        QCOMPARE(h.server.requestCount(), 2);
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(call->waitedMs(), 7000);
    }

    void retryAfterZeroRetriesAtOnce()
    {
        Harness h;
        ManualTime time(h.client);
        h.server.enqueue(FakeResponse::json(429, "").header("Retry-After", "0"));
        h.server.enqueue(FakeResponse::json(200, OkBody));
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy waiting(call, &ApiCall::waiting);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000)); // the clock never moves: no wait may be needed
        QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(h.server.requestCount(), 2);
        QCOMPARE(waiting.count(), 0);
        QCOMPARE(call->waitedMs(), 0);
    }

    void throttleRetriesAreBounded_data()
    {
        QTest::addColumn<int>("maxRetries");
        QTest::addRow("no retry") << 0;
        QTest::addRow("two") << 2;
        QTest::addRow("default") << kx::RetryPolicy {}.maxThrottleRetries;
    }
    void throttleRetriesAreBounded()
    {
        QFETCH(int, maxRetries);
        Harness h;
        ManualTime time(h.client);
        kx::RetryPolicy policy = h.client.retryPolicy();
        policy.maxThrottleRetries = maxRetries;
        h.client.setRetryPolicy(policy);
        h.server.setHandler(
            [](const kx::test::FakeRequest&) { return FakeResponse::json(429, "").header("Retry-After", "3"); });
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy waiting(call, &ApiCall::waiting);
        QSignalSpy finished(call, &ApiCall::finished);
        // Each 429 asks for 3 s: move the clock on each time the call waits, until it gives up.
        for (int i = 0; i < maxRetries; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), i + 1, 10000);
            QCOMPARE(waiting.last().at(0).toInt(), 3000);
            time.advance(3000);
        }
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(call->error().kind, Kind::Throttled);
        QCOMPARE(call->error().retryAfterSeconds, 3);
        QCOMPARE(call->attempts(), maxRetries + 1);
        QCOMPARE(h.server.requestCount(), maxRetries + 1);
        QCOMPARE(waiting.count(), maxRetries);
    }

    void retryAfterBeyondPatienceFailsAsThrottled()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(429, "").header("Retry-After", "500"));
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Throttled);
        QCOMPARE(call->error().retryAfterSeconds, 500);
        QVERIFY2(call->error().message.contains(u"500"_s), qPrintable(call->error().message));
        QCOMPARE(h.server.requestCount(), 1);
        // The family stays blocked for everyone: the next call fails without a request.
        ApiCall* next = h.run(metricsRequest());
        QCOMPARE(next->error().kind, Kind::Throttled);
        QCOMPARE(h.server.requestCount(), 1);
    }

    void hoursOfRetryAfterMeanTheDailyQuotaIsSpent()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(429, "").header("Retry-After", "73473"));
        ApiCall* call = h.run(ApiRequest::post(u"/api/campaign-values-reports"_s, EndpointFamily::Reports, "{}"));
        QCOMPARE(call->error().kind, Kind::QuotaExhausted);
        QVERIFY2(call->error().message.contains(u"20 hour"_s), qPrintable(call->error().message));
        QVERIFY(h.client.rateLimiter()->blockedUntil(EndpointFamily::Reports) > 0);
        QCOMPARE(h.client.rateLimiter()->remaining(EndpointFamily::Reports, kx::ApiRateLimiter::Window::Daily), 0);
    }

    void transientServerErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("503") << 503;
        QTest::addRow("504") << 504;
        QTest::addRow("524") << 524;
    }
    void transientServerErrorsAreRetried()
    {
        QFETCH(int, status);
        Harness h;
        h.server.enqueue(FakeResponse::withType(status, "text/html", "<html>busy</html>"));
        h.server.enqueue(FakeResponse::json(200, OkBody));
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy waiting(call, &ApiCall::waiting);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(h.server.requestCount(), 2);
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting[0][0].toInt(), 5); // 0.5 s × scale 0.01, jitter at its centre
    }

    void retriesAreBounded()
    {
        Harness h;
        for (int i = 0; i < 6; ++i)
            h.server.enqueue(FakeResponse::json(503, ""));
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Server);
        QCOMPARE(call->error().httpStatus, 503);
        QCOMPARE(call->attempts(), 4);
        QCOMPARE(h.server.requestCount(), 4);
    }

    void backoffGrowsAndIsCapped()
    {
        kx::RetryPolicy policy;
        policy.random = [] {
            return 0.5;
        };
        QCOMPARE(policy.backoffMs(0), 500);
        QCOMPARE(policy.backoffMs(1), 750);
        QCOMPARE(policy.backoffMs(2), 1125);
        QCOMPARE(policy.backoffMs(20), 60000);
        policy.random = [] {
            return 0.0;
        };
        QCOMPARE(policy.backoffMs(0), 250);
        policy.random = [] {
            return 1.0;
        };
        QCOMPARE(policy.backoffMs(0), 750);
        policy.random = nullptr;
        for (int i = 0; i < 50; ++i) {
            const qint64 ms = policy.backoffMs(1);
            QVERIFY(ms >= 375 && ms <= 1125);
        }
    }

    void unreadableSuccessBodiesAreBadResponses_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<QString>("messagePart");
        FakeResponse cut = FakeResponse::json(
            200, R"({"data":[{"type":"metric","id":"RESQ6t","attributes":{"name":"Placed Order"}}]})");
        cut.action = FakeResponse::Action::Truncate;
        cut.truncateAt = 20;
        QTest::addRow("connection cut mid-body") << cut << u"cut off"_s;
        QTest::addRow("truncated json") << FakeResponse::json(200, "{\"data\":[{\"type\":\"metric\",\"id\":\"RES")
                                        << u"cut off or malformed"_s;
        QTest::addRow("malformed json") << FakeResponse::json(200, "{\"data\":[}]}") << u"cut off or malformed"_s;
        QTest::addRow("html page") << FakeResponse::withType(
            200, "text/html", "<!DOCTYPE html><html><body>Maintenance</body></html>")
                                   << u"web page"_s;
        QTest::addRow("html without type")
            << FakeResponse::withType(200, "application/octet-stream", "<html></html>") << u"web page"_s;
        QTest::addRow("empty") << FakeResponse::json(200, "") << u"empty"_s;
        QTest::addRow("no data") << FakeResponse::json(200, R"({"links":{}})") << u"no data"_s;
        QTest::addRow("array") << FakeResponse::json(200, "[]") << u"no data"_s;
    }
    void unreadableSuccessBodiesAreBadResponses()
    {
        QFETCH(FakeResponse, response);
        QFETCH(QString, messagePart);
        Harness h;
        h.server.enqueue(response);
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::BadResponse);
        QCOMPARE(call->error().httpStatus, 200);
        QVERIFY2(call->error().message.contains(messagePart), qPrintable(call->error().message));
        QCOMPARE(h.server.requestCount(), 1);
    }

    void cancelMidRequestFinishesPromptly()
    {
        Harness h;
        h.server.enqueue(FakeResponse::hang());
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy received(&h.server, &FakeHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        call->cancel();
        QVERIFY(call->isFinished());
        QCOMPARE(finished.count(), 0); // delivered from the event loop, not inside cancel()
        QVERIFY(finished.wait(5000)); // the server never answers: cancel did not wait for it
        QCOMPARE(call->error().kind, Kind::Cancelled);
        QCOMPARE(call->error().exitCode(), 130);
        call->cancel();
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
    }

    void cancelWhileWaitingForTheLimiter()
    {
        Harness h;
        h.client.rateLimiter()->setLimit(EndpointFamily::Flows, kx::RateLimit { 1, 0, 0 });
        h.server.setHandler([](const kx::test::FakeRequest&) { return FakeResponse::json(200, OkBody); });
        QVERIFY(h.run(ApiRequest::get(u"/api/flows"_s, EndpointFamily::Flows))->isSuccess());
        ApiCall* call = h.client.send(ApiRequest::get(u"/api/flows"_s, EndpointFamily::Flows));
        QSignalSpy waiting(call, &ApiCall::waiting);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(waiting.wait(2000));
        QVERIFY(waiting[0][0].toInt() > 500);
        call->cancel();
        QVERIFY(finished.wait(5000)); // the limiter's wait was longer: cancel cut it short
        QCOMPARE(call->error().kind, Kind::Cancelled);
        QTest::qWait(1200);
        QCOMPARE(h.server.requestCount(), 1);
        QCOMPARE(finished.count(), 1);
    }

    void cancelledCallNeverDeliversALateAnswer()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(200, OkBody).delayed(300));
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy finished(call, &ApiCall::finished);
        QSignalSpy received(&h.server, &FakeHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        call->cancel();
        QTest::qWait(700);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->error().kind, Kind::Cancelled);
        QCOMPARE(call->response().status, 0);
        QVERIFY(call->response().body.isEmpty());
    }

    void cancelBeforeStartSendsNothing()
    {
        Harness h;
        h.server.setHandler([](const kx::test::FakeRequest&) { return FakeResponse::json(200, OkBody); });
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy finished(call, &ApiCall::finished);
        call->cancel();
        QVERIFY(finished.wait(1000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(h.server.requestCount(), 0);
    }

    void deletingARunningCallIsSilent()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(200, OkBody).delayed(200));
        ApiCall* call = h.client.send(metricsRequest());
        QSignalSpy received(&h.server, &FakeHttpServer::requestReceived);
        QVERIFY(received.wait(5000));
        delete call;
        QTest::qWait(400);
    }

    void limiterPacesCalls()
    {
        Harness h;
        h.client.rateLimiter()->setLimit(EndpointFamily::Segments, kx::RateLimit { 2, 0, 0 });
        h.server.setHandler([](const kx::test::FakeRequest&) { return FakeResponse::json(200, OkBody); });
        QList<ApiCall*> calls;
        for (int i = 0; i < 3; ++i)
            calls << h.client.send(ApiRequest::get(u"/api/segments"_s, EndpointFamily::Segments));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(calls.cbegin(), calls.cend(), [](ApiCall* c) { return c->isFinished(); }), 5000);
        QCOMPARE(h.server.requestCount(), 3);
        const qint64 gap = h.server.requests()[2].receivedMs - h.server.requests()[0].receivedMs;
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
    }

    void missingKeyFailsWithoutSending()
    {
        Harness h;
        QVERIFY(h.client.setApiKey(QString()));
        QVERIFY(!h.client.hasApiKey());
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Auth);
        QVERIFY(call->error().message.contains(u"No API key"_s));
        QCOMPARE(h.server.requestCount(), 0);
    }

    void keyWithControlCharactersIsRefused()
    {
        Harness h;
        QVERIFY(!h.client.setApiKey(u"pk_abc\r\nX-Evil: 1"_s));
        ApiCall* call = h.run(metricsRequest());
        QCOMPARE(call->error().kind, Kind::Auth);
        QCOMPARE(h.server.requestCount(), 0);
        // Whitespace around a pasted key is harmless.
        QVERIFY(h.client.setApiKey(u"  "_s + Key + u"\n"_s));
        h.server.enqueue(FakeResponse::json(200, OkBody));
        QVERIFY(h.run(metricsRequest())->isSuccess());
        QCOMPARE(h.server.lastRequest().header("Authorization"), "Klaviyo-API-Key " + Key.toLatin1());
    }

    void nextLinksAreFollowedOnlyOnTheSameServer()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(200, OkBody));
        ApiRequest next = metricsRequest();
        next.absoluteUrl = QUrl::fromEncoded(h.server.baseUrl().toEncoded() + "/api/metrics?page%5Bcursor%5D=abc%2B1");
        QVERIFY(h.run(next)->isSuccess());
        QCOMPARE(h.server.lastRequest().target, QByteArray("/api/metrics?page%5Bcursor%5D=abc%2B1"));

        ApiRequest elsewhere = metricsRequest();
        elsewhere.absoluteUrl = QUrl(u"https://evil.example.com/api/metrics?page%5Bcursor%5D=abc"_s);
        ApiCall* refused = h.run(elsewhere);
        QCOMPARE(refused->error().kind, Kind::InvalidInput);
        QVERIFY(refused->error().message.contains(u"evil.example.com"_s));
        ApiRequest otherPort = metricsRequest();
        otherPort.absoluteUrl = QUrl(u"http://127.0.0.1:1/api/metrics"_s);
        QCOMPARE(h.run(otherPort)->error().kind, Kind::InvalidInput);
        QCOMPARE(h.server.requestCount(), 1);
    }

    void curlCommandNeverContainsTheKey()
    {
        ApiRequest get = ApiRequest::get(
            u"/api/metrics"_s, EndpointFamily::Metrics, { { u"filter"_s, u"equals(integration.name,'Shopify')"_s } });
        const QString getCurl = kx::curlCommand(get, ApiClient::defaultBaseUrl(), u"2026-07-15"_s);
        QCOMPARE(getCurl,
            u"curl --request GET "
            u"'https://a.klaviyo.com/api/metrics?filter=equals%28integration.name%2C%27Shopify%27%29' \\\n"
            "  -H \"Authorization: Klaviyo-API-Key $KLAVIYO_API_KEY\" \\\n"
            "  -H 'revision: 2026-07-15' \\\n"
            "  -H 'Accept: application/vnd.api+json'"_s);

        ApiRequest post = ApiRequest::post(
            u"/api/flow-series-reports"_s, EndpointFamily::Reports, QByteArray("{\"data\":{\"name\":\"Tony's\"}}"));
        post.revision = u"2025-01-15"_s;
        const QString postCurl = kx::curlCommand(post, ApiClient::defaultBaseUrl(), u"2026-07-15"_s);
        QVERIFY(postCurl.startsWith(u"curl --request POST 'https://a.klaviyo.com/api/flow-series-reports'"_s));
        QVERIFY(postCurl.contains(u"-H 'revision: 2025-01-15'"_s));
        QVERIFY(postCurl.contains(u"-H 'Content-Type: application/vnd.api+json'"_s));
        QVERIFY(postCurl.endsWith(u"  --data-raw '{\"data\":{\"name\":\"Tony'\\''s\"}}'"_s));
        QVERIFY(postCurl.contains(u"$KLAVIYO_API_KEY"_s));
        QVERIFY(!postCurl.contains(u"pk_"_s));
    }

    void requestLogHasNoKey()
    {
        Harness h;
        QList<kx::RequestLogEntry> entries;
        h.client.setRequestLogger([&entries](const kx::RequestLogEntry& entry) { entries << entry; });
        h.server.enqueue(FakeResponse::json(503, ""));
        h.server.enqueue(FakeResponse::json(200, OkBody));
        QVERIFY(h.run(ApiRequest::get(u"/api/metrics"_s, EndpointFamily::Metrics, { { u"filter"_s, u"x"_s } }))
                    ->isSuccess());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].method, u"GET"_s);
        QCOMPARE(entries[0].path, u"/api/metrics"_s);
        QCOMPARE(entries[0].status, 503);
        QCOMPARE(entries[0].attempt, 1);
        QCOMPARE(entries[0].outcome, Kind::Server);
        QCOMPARE(entries[1].status, 200);
        QCOMPARE(entries[1].attempt, 2);
        QCOMPARE(entries[1].outcome, Kind::None);
        QVERIFY(entries[1].elapsedMs >= 0);
    }

    void keyNeverAppearsInMessages()
    {
        kx::test::MessageCapture capture;
        QStringList texts;
        {
            Harness h;
            h.client.setRequestLogger([](const kx::RequestLogEntry& entry) {
                qInfo("request %s %s -> %d in %lld ms", qPrintable(entry.method), qPrintable(entry.path), entry.status,
                    entry.elapsedMs);
            });
            const QList<FakeResponse> answers { FakeResponse::json(200, OkBody), FakeResponse::json(401, ""),
                FakeResponse::json(403, ""), FakeResponse::json(400, R"({"errors":[{"detail":"bad"}]})"),
                FakeResponse::json(500, ""), FakeResponse::drop(), FakeResponse::json(200, "{broken") };
            for (const FakeResponse& answer : answers) {
                h.server.enqueue(answer);
                ApiCall* call = h.run(metricsRequest());
                texts << call->error().message << call->error().endpoint << call->url().toString();
                qWarning("%s", qPrintable(call->error().message));
            }
            texts << kx::curlCommand(metricsRequest(), h.client.baseUrl(), h.client.revision());
        }
        const QStringList logged = capture.messages();
        QVERIFY(logged.size() >= 7);
        for (const QString& text : logged + texts) {
            QVERIFY2(!text.contains(Key), qPrintable(text));
            QVERIFY2(!text.contains(u"pk_0123"_s), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
