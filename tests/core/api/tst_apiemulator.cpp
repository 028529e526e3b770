// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end over loopback: the real client stack (ApiClient, MetricsFetch, AggregateRun,
// ReportRun, NameLookup) against the HTTP emulator (EmulatorServer on 127.0.0.1) serving the small
// hand-written fixture. Covers every scripted fault, scopes, revisions and keys, the endpoints the
// other suites only reach in-process, and the published rate limits with nothing ever throttled.
#include <algorithm>
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtTest>

#include "api/aggregaterun.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apiparsers.h"
#include "api/apiratelimiter.h"
#include "api/metricsfetch.h"
#include "api/namelookup.h"
#include "api/reportrun.h"
#include "demo/demoengine.h"
#include "demo/demostore.h"
#include "demo/emulatorserver.h"
#include "query/requestbuilder.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using kx::ApiClient;
using kx::ApiOperation;
using kx::EndpointFamily;
using kx::NameKind;
using Kind = kx::ApiError::Kind;

namespace {

enum class Op
{
    Metrics,
    Aggregate,
    Report,
    Names
};

const QString ClientKey = u"pk_emulator_client_key_000000000000"_s;

QByteArray fixtureBytes()
{
    return kx::test::readTestData(u"demo/small-fixture.json"_s);
}

std::shared_ptr<const kx::DemoStore> storeFrom(const QByteArray& json)
{
    QString error;
    std::shared_ptr<const kx::DemoStore> store = kx::loadFixture(json, &error);
    if (!store)
        qFatal("fixture: %s", qPrintable(error));
    return store;
}

/// The small fixture plus @p extra API metrics, so that GET /api/metrics needs several pages.
QByteArray fixtureWithMoreMetrics(int extra)
{
    QJsonObject root = QJsonDocument::fromJson(fixtureBytes()).object();
    QJsonArray metrics = root.value("metrics"_L1).toArray();
    for (int i = 0; i < extra; ++i) {
        metrics.append(
            QJsonObject { { u"id"_s, u"Mx%1"_s.arg(i, 4, 10, QChar(u'0')) }, { u"name"_s, u"Custom Event %1"_s.arg(i) },
                { u"created"_s, u"2023-06-01T00:00:00+00:00"_s }, { u"updated"_s, u"2023-06-01T00:00:00+00:00"_s },
                { u"integration"_s,
                    QJsonObject { { u"id"_s, u"7FtS4J"_s }, { u"name"_s, u"API"_s }, { u"category"_s, u"API"_s } } } });
    }
    root.insert(u"metrics"_s, metrics);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// One answer of the emulator as its requestServed() signal reported it.
struct Served
{
    QByteArray method;
    QByteArray path;
    int status = 0;
};

/// An emulator on 127.0.0.1 and a client pointed at it, recording what both saw.
struct EmulatorHarness
{
    QNetworkAccessManager network;
    std::unique_ptr<kx::EmulatorServer> server;
    std::unique_ptr<ApiClient> client;
    QList<kx::RequestLogEntry> log; ///< the client's request log
    QList<Served> served; ///< the server's answers

    explicit EmulatorHarness(const kx::EngineOptions& options, const QByteArray& fixture = fixtureBytes())
    {
        auto engine = std::make_shared<kx::DemoEngine>(storeFrom(fixture), options);
        if (!engine->faultSpecError().isEmpty())
            qFatal("fault spec: %s", qPrintable(engine->faultSpecError()));
        server = std::make_unique<kx::EmulatorServer>(engine);
        if (!server->listen())
            qFatal("emulator: %s", qPrintable(server->errorString()));
        QObject::connect(server.get(), &kx::EmulatorServer::requestServed, server.get(),
            [this](const QByteArray& method, const QByteArray& path, int status) {
                served.append({ method, path, status });
            });
        client = std::make_unique<ApiClient>(&network);
        if (!client->setBaseUrl(server->baseUrl()))
            qFatal("emulator base url refused");
        client->setApiKey(ClientKey);
        kx::RetryPolicy policy;
        policy.backoffScale = 0.01; // 503/504/524 backoff of a few ms
        policy.random = [] {
            return 0.5;
        };
        client->setRetryPolicy(policy);
        client->setTransferTimeoutMs(10000);
        client->setRequestLogger([this](const kx::RequestLogEntry& entry) { log.append(entry); });
    }

    static kx::EngineOptions noLimits(const QString& faults = {})
    {
        kx::EngineOptions options;
        options.rateLimits = false;
        options.faults = faults;
        return options;
    }

    static bool run(ApiOperation& operation, int timeoutMs = 20000)
    {
        QSignalSpy finished(&operation, &ApiOperation::finished);
        operation.start();
        return (finished.count() == 1 || finished.wait(timeoutMs)) && finished.count() == 1;
    }

    /// Puts the client's limiter on manual time (see ApiRateLimiter::setManualTime()).
    void manualTime(qint64* now) const
    {
        kx::ApiRateLimiter* limiter = client->rateLimiter();
        limiter->setClock([now] { return *now; });
        limiter->setSafetyMargin(0, 0);
        limiter->setManualTime(true);
    }

    QList<int> servedStatuses() const
    {
        QList<int> statuses;
        for (const Served& s : served)
            statuses << s.status;
        return statuses;
    }
    int servedCount(const QByteArray& pathPrefix) const
    {
        return int(std::count_if(
            served.cbegin(), served.cend(), [&](const Served& s) { return s.path.startsWith(pathPrefix); }));
    }
};

kx::MetricQuery openedEmailQuery(const QString& start, const QString& end, kx::Interval interval)
{
    kx::MetricQuery query;
    query.metricId = u"OpnEml"_s;
    query.measurements = { kx::Measurement::Count };
    query.by = { u"$message"_s };
    query.interval = interval;
    query.timezone = u"America/New_York"_s;
    query.range.kind = kx::DateRange::Kind::Absolute;
    query.range.startText = start;
    query.range.endText = end;
    return query;
}

/// The fixture account's "now": the end of its `today`, 2024-11-30 in New York.
qint64 fixtureNowMs()
{
    return QDateTime(QDate(2024, 12, 1), QTime(0, 0), QTimeZone("America/New_York")).toMSecsSinceEpoch() - 1;
}

std::unique_ptr<kx::AggregateRun> makeAggregateRun(ApiClient* client, const kx::MetricQuery& query)
{
    QList<QJsonObject> bodies;
    for (const kx::AggregateChunk& chunk : kx::metricAggregateChunks(query, fixtureNowMs()))
        bodies << chunk.body;
    kx::AggregateResult skeleton;
    skeleton.metricId = query.metricId;
    skeleton.by = query.by;
    skeleton.measurements = query.measurements;
    skeleton.interval = query.interval;
    skeleton.timezone = query.timezone;
    return std::make_unique<kx::AggregateRun>(client, bodies, skeleton);
}

QJsonObject flowValuesBody()
{
    return QJsonObject { { u"data"_s,
        QJsonObject { { u"type"_s, u"flow-values-report"_s },
            { u"attributes"_s,
                QJsonObject { { u"statistics"_s, QJsonArray { u"opens"_s, u"open_rate"_s } },
                    { u"timeframe"_s,
                        QJsonObject { { u"start"_s, u"2024-01-01T00:00:00-05:00"_s },
                            { u"end"_s, u"2024-11-29T23:59:59-05:00"_s } } },
                    { u"conversion_metric_id"_s, u"PlcOrd"_s } } } } } };
}

std::unique_ptr<ApiOperation> makeOperation(Op op, ApiClient* client)
{
    switch (op) {
    case Op::Metrics:
        return std::make_unique<kx::MetricsFetch>(client);
    case Op::Aggregate:
        return makeAggregateRun(client,
            openedEmailQuery(u"2024-01-01T00:00:00-05:00"_s, u"2024-11-30T00:00:00-05:00"_s, kx::Interval::Month));
    case Op::Report:
        return std::make_unique<kx::ReportRun>(client, kx::ReportType::FlowValues, flowValuesBody());
    case Op::Names: {
        auto lookup = std::make_unique<kx::NameLookup>(client);
        lookup->addIds(NameKind::Flow, { u"FLW001"_s });
        return lookup;
    }
    }
    return {};
}

/// The family of the first request of @p op.
EndpointFamily familyOf(Op op)
{
    switch (op) {
    case Op::Metrics:
        return EndpointFamily::Metrics;
    case Op::Aggregate:
        return EndpointFamily::MetricAggregates;
    case Op::Report:
        return EndpointFamily::Reports;
    case Op::Names:
        return EndpointFamily::Flows;
    }
    return EndpointFamily::Metrics;
}

/// Checks that a successful @p operation also carries the fixture's data.
void verifyResult(Op op, const ApiOperation& operation)
{
    QVERIFY2(operation.isSuccess(), qPrintable(operation.error().message));
    switch (op) {
    case Op::Metrics:
        QCOMPARE(static_cast<const kx::MetricsFetch&>(operation).metrics().size(), 12);
        break;
    case Op::Aggregate: {
        const kx::AggregateResult& result = static_cast<const kx::AggregateRun&>(operation).result();
        QCOMPARE(int(result.dates.size()), 11);
        QVERIFY(result.groups.size() >= 2);
        break;
    }
    case Op::Report: {
        const auto& report = static_cast<const kx::ReportRun&>(operation);
        QCOMPARE(report.pages().size(), 1);
        const QJsonObject page = QJsonDocument::fromJson(report.pages().constFirst()).object();
        QCOMPARE(page.value("data"_L1).toObject().value("type"_L1).toString(), u"flow-values-report"_s);
        break;
    }
    case Op::Names:
        QCOMPARE(static_cast<const kx::NameLookup&>(operation).name(NameKind::Flow, u"FLW001"_s), u"Welcome Series"_s);
        break;
    }
}

void addOperationRows(const char* fault, const std::function<void(const QString& name, Op op)>& add)
{
    add(QString::fromLatin1(fault) + u", metrics"_s, Op::Metrics);
    add(QString::fromLatin1(fault) + u", aggregate"_s, Op::Aggregate);
    add(QString::fromLatin1(fault) + u", report"_s, Op::Report);
    add(QString::fromLatin1(fault) + u", names"_s, Op::Names);
}

} // namespace

Q_DECLARE_METATYPE(Op)
Q_DECLARE_METATYPE(kx::ApiError::Kind)

class TestApiEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // 503, 504 and 524 are retried with backoff; the second answer is the real one.
    void gatewayErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Op>("op");
        for (int status : { 503, 504, 524 }) {
            addOperationRows(QByteArray::number(status).constData(),
                [status](const QString& name, Op op) { QTest::addRow("%s", qPrintable(name)) << status << op; });
        }
    }
    void gatewayErrorsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(Op, op);
        EmulatorHarness h(EmulatorHarness::noLimits(u"seq=%1;ok"_s.arg(status)));
        std::unique_ptr<ApiOperation> operation = makeOperation(op, h.client.get());
        QVERIFY(EmulatorHarness::run(*operation));
        verifyResult(op, *operation);
        QCOMPARE(h.servedStatuses().mid(0, 2), (QList<int> { status, 200 }));
        QCOMPARE(h.log.at(0).status, status);
        QCOMPARE(h.log.at(0).outcome, Kind::Server);
        QCOMPARE(h.log.at(0).attempt, 1);
        QCOMPARE(h.log.at(1).status, 200);
        QCOMPARE(h.log.at(1).attempt, 2); // the same call, sent again
        QCOMPARE(h.log.at(1).path, h.log.at(0).path);
        QVERIFY(operation->waitingSeconds() > 0); // the backoff was waited out
    }

    // A 429 with Retry-After: 1. The limiter runs on manual time, so the test decides when the
    // second has passed: the call must not send before, and sends exactly once after.
    void throttledRequestWaitsRetryAfterThenSucceeds_data()
    {
        QTest::addColumn<Op>("op");
        addOperationRows("429", [](const QString& name, Op op) { QTest::addRow("%s", qPrintable(name)) << op; });
    }
    void throttledRequestWaitsRetryAfterThenSucceeds()
    {
        QFETCH(Op, op);
        EmulatorHarness h(EmulatorHarness::noLimits(u"seq=429;ok"_s));
        qint64 now = 1'000'000;
        h.manualTime(&now);
        kx::ApiRateLimiter* limiter = h.client->rateLimiter();
        const EndpointFamily family = familyOf(op);
        std::unique_ptr<ApiOperation> operation = makeOperation(op, h.client.get());
        QSignalSpy finished(operation.get(), &ApiOperation::finished);
        operation->start();

        // The 429 came back and told the limiter: the family is blocked for Retry-After (1 s).
        QTRY_VERIFY_WITH_TIMEOUT(limiter->blockedUntil(family) > 0, 10000);
        QCOMPARE(limiter->blockedUntil(family), now + 1000);
        QCOMPARE(h.servedStatuses(), QList<int> { 429 });
        QCOMPARE(h.log.size(), 1);
        QCOMPARE(h.log.at(0).outcome, Kind::Throttled);
        QCOMPARE(limiter->used(family, kx::ApiRateLimiter::Window::Steady), 1);

        now += 999;
        limiter->notifyTimeAdvanced();
        QCoreApplication::processEvents();
        QCOMPARE(limiter->used(family, kx::ApiRateLimiter::Window::Steady), 1); // nothing sent yet
        QCOMPARE(operation->waitingSeconds(), 0.999);

        now += 1;
        limiter->notifyTimeAdvanced();
        QCOMPARE(limiter->used(family, kx::ApiRateLimiter::Window::Steady), 2); // sent on the tick
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        verifyResult(op, *operation);
        QCOMPARE(h.servedStatuses().mid(0, 2), (QList<int> { 429, 200 }));
        QCOMPARE(h.log.at(1).status, 200);
        QCOMPARE(h.log.at(1).attempt, 2);
        QCOMPARE(operation->waitingSeconds(), 1.0);
    }

    void faultsEndAsErrorKinds_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<Op>("op");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        const auto rows = [](const char* fault, Kind kind, const QString& messagePart) {
            addOperationRows(fault, [=](const QString& name, Op op) {
                QTest::addRow("%s", qPrintable(name)) << QString::fromLatin1(fault) << op << kind << messagePart;
            });
        };
        rows("html403", Kind::Permission, u"challenge page"_s);
        rows("truncate", Kind::BadResponse, QString());
        rows("malformed", Kind::BadResponse, QString());
        // Qt re-sends a request once by itself when its connection closes before any answer
        // (droppedConnectionIsResentOnce): only a second drop reaches the client.
        rows("drop;drop", Kind::Network, QString());
    }
    void faultsEndAsErrorKinds()
    {
        QFETCH(QString, fault);
        QFETCH(Op, op);
        QFETCH(Kind, kind);
        QFETCH(QString, messagePart);
        EmulatorHarness h(EmulatorHarness::noLimits(u"seq="_s + fault));
        std::unique_ptr<ApiOperation> operation = makeOperation(op, h.client.get());
        QVERIFY(EmulatorHarness::run(*operation));
        QCOMPARE(operation->error().kind, kind);
        QVERIFY2(operation->error().message.contains(messagePart), qPrintable(operation->error().message));
        QVERIFY(!operation->error().message.contains(ClientKey));
        // None of these is retried: one request, one (failed) answer.
        const bool drop = fault.startsWith(u"drop"_s);
        const int status = drop ? 0 : fault == u"html403"_s ? 403 : 200;
        QCOMPARE(h.servedStatuses(), drop ? (QList<int> { 0, 0 }) : QList<int> { status });
        QCOMPARE(h.log.size(), 1);
        QCOMPARE(h.log.at(0).status, status);
        QCOMPARE(h.log.at(0).attempt, 1);
    }

    // A connection reset before any answer is re-sent once by QNetworkAccessManager itself, on a
    // new connection; the client sees one exchange, which succeeds.
    void droppedConnectionIsResentOnce_data()
    {
        QTest::addColumn<Op>("op");
        addOperationRows("drop", [](const QString& name, Op op) { QTest::addRow("%s", qPrintable(name)) << op; });
    }
    void droppedConnectionIsResentOnce()
    {
        QFETCH(Op, op);
        EmulatorHarness h(EmulatorHarness::noLimits(u"seq=drop"_s));
        std::unique_ptr<ApiOperation> operation = makeOperation(op, h.client.get());
        QVERIFY(EmulatorHarness::run(*operation));
        verifyResult(op, *operation);
        QCOMPARE(h.servedStatuses().mid(0, 2), (QList<int> { 0, 200 }));
        QCOMPARE(h.log.at(0).status, 200);
        QCOMPARE(h.log.at(0).attempt, 1);
    }

    // 64 bytes every 40 ms: the whole answer takes longer than the transfer timeout, but bytes
    // keep coming, so it is a slow success, not a timeout.
    void slowTrickleSucceeds()
    {
        EmulatorHarness h(EmulatorHarness::noLimits(u"seq=trickle"_s));
        h.client->setTransferTimeoutMs(1000);
        kx::MetricsFetch fetch(h.client.get());
        fetch.setFields({ u"name"_s });
        QVERIFY(EmulatorHarness::run(fetch));
        QVERIFY2(fetch.isSuccess(), qPrintable(fetch.error().message));
        QCOMPARE(fetch.metrics().size(), 12);
        QCOMPARE(fetch.metrics().at(1).name, u"Opened Email"_s);
        QCOMPARE(h.servedStatuses(), QList<int> { 200 });
        QCOMPARE(h.log.size(), 1);
        QCOMPARE(h.log.at(0).attempt, 1);
    }

    void keyWithoutTheScopeNamesTheScope()
    {
        kx::EngineOptions options = EmulatorHarness::noLimits();
        options.scopes = { u"metrics:read"_s };
        EmulatorHarness h(options);

        kx::MetricsFetch metrics(h.client.get()); // within the scope
        QVERIFY(EmulatorHarness::run(metrics));
        QVERIFY2(metrics.isSuccess(), qPrintable(metrics.error().message));

        kx::NameLookup lookup(h.client.get());
        lookup.addIds(NameKind::Flow, { u"FLW001"_s });
        lookup.addIds(NameKind::List, { u"LST001"_s });
        QVERIFY(EmulatorHarness::run(lookup));
        QCOMPARE(lookup.error().kind, Kind::Permission);
        QCOMPARE(lookup.kindError(NameKind::Flow).kind, Kind::Permission);
        QCOMPARE(lookup.kindError(NameKind::Flow).httpStatus, 403);
        QVERIFY2(lookup.kindError(NameKind::Flow).message.contains(u"flows:read"_s),
            qPrintable(lookup.kindError(NameKind::Flow).message));
        QCOMPARE(lookup.kindError(NameKind::List).kind, Kind::Permission);
        QVERIFY2(lookup.kindError(NameKind::List).message.contains(u"lists:read"_s),
            qPrintable(lookup.kindError(NameKind::List).message));

        kx::ReportRun report(h.client.get(), kx::ReportType::FlowValues, flowValuesBody());
        QVERIFY(EmulatorHarness::run(report));
        QCOMPARE(report.error().kind, Kind::Permission);
        QVERIFY2(report.error().message.contains(u"flows:read"_s), qPrintable(report.error().message));
        QVERIFY(h.servedCount("/api/flow-values-reports") == 1);
    }

    void reportUnderAnOldRevisionIsNotFound()
    {
        EmulatorHarness h(EmulatorHarness::noLimits());
        kx::ReportRun report(h.client.get(), kx::ReportType::SegmentValues, QJsonObject {});
        report.setRevision(u"2023-10-15"_s);
        QVERIFY(EmulatorHarness::run(report));
        QCOMPARE(report.error().kind, Kind::NotFound);
        QCOMPARE(report.error().httpStatus, 404);
        QVERIFY2(report.error().message.contains(u"2023-10-15"_s), qPrintable(report.error().message));
        QCOMPARE(h.servedStatuses(), QList<int> { 404 });
    }

    void wrongKeyIsAnAuthError_data()
    {
        QTest::addColumn<Op>("op");
        addOperationRows("401", [](const QString& name, Op op) { QTest::addRow("%s", qPrintable(name)) << op; });
    }
    void wrongKeyIsAnAuthError()
    {
        QFETCH(Op, op);
        kx::EngineOptions options = EmulatorHarness::noLimits();
        options.apiKey = u"pk_the_only_key_the_account_knows_00"_s;
        EmulatorHarness h(options);
        std::unique_ptr<ApiOperation> operation = makeOperation(op, h.client.get());
        QVERIFY(EmulatorHarness::run(*operation));
        QCOMPARE(operation->error().kind, Kind::Auth);
        QCOMPARE(operation->error().httpStatus, 401);
        QCOMPARE(operation->error().exitCode(), 3);
        QVERIFY(!operation->error().message.contains(ClientKey));
        QCOMPARE(h.servedStatuses(), QList<int> { 401 });
    }

    void metricByIdOverHttp()
    {
        EmulatorHarness h(EmulatorHarness::noLimits());
        kx::ApiCall* call = h.client->send(kx::ApiRequest::get(u"/api/metrics/OpnEml"_s, EndpointFamily::Metrics));
        QSignalSpy finished(call, &kx::ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
        const std::optional<kx::MetricInfo> metric = kx::apiparsers::parseMetric(call->response().body);
        QVERIFY(metric);
        QCOMPARE(metric->id, u"OpnEml"_s);
        QCOMPARE(metric->name, u"Opened Email"_s);
        QCOMPARE(metric->integrationName, u"Klaviyo"_s);
        QCOMPARE(metric->created, QDateTime(QDate(2023, 1, 5), QTime(10, 0), QTimeZone::utc()));

        // With the sparse fieldset the CLI uses to title charts.
        kx::ApiCall* named = h.client->send(kx::ApiRequest::get(
            u"/api/metrics/PlcOrd"_s, EndpointFamily::Metrics, { { u"fields[metric]"_s, u"name"_s } }));
        QSignalSpy namedFinished(named, &kx::ApiCall::finished);
        QVERIFY(namedFinished.wait(10000));
        QVERIFY2(named->isSuccess(), qPrintable(named->error().message));
        QCOMPARE(kx::apiparsers::parseMetric(named->response().body)->name, u"Placed Order"_s);

        kx::ApiCall* missing = h.client->send(kx::ApiRequest::get(u"/api/metrics/NoSuch"_s, EndpointFamily::Metrics));
        QSignalSpy missingFinished(missing, &kx::ApiCall::finished);
        QVERIFY(missingFinished.wait(10000));
        QCOMPARE(missing->error().kind, Kind::NotFound);
        QCOMPARE(h.servedStatuses(), (QList<int> { 200, 200, 404 }));
    }

    // Lists (12 ids, two pages of 10), flow messages and campaign messages one by one.
    void namesOfListsAndMessagesOverHttp()
    {
        EmulatorHarness h(EmulatorHarness::noLimits());
        kx::NameLookup lookup(h.client.get());
        QStringList lists;
        for (int i = 1; i <= 12; ++i)
            lists << u"LST%1"_s.arg(i, 3, 10, QChar(u'0'));
        lookup.addIds(NameKind::List, lists);
        lookup.addIds(NameKind::FlowMessage,
            { u"01HRF10WMSG000000000000001"_s, u"01HRF10WMSG000000000000002"_s, u"01HRF10WMSG000000000000404"_s });
        lookup.addIds(NameKind::CampaignMessage, { u"01HRCAMPMSG000000000000001"_s, u"01HRCAMPMSG000000000000404"_s });
        QVERIFY(EmulatorHarness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));

        QCOMPARE(lookup.names(NameKind::List).size(), 12);
        QCOMPARE(lookup.name(NameKind::List, u"LST001"_s), u"List 1"_s);
        QCOMPARE(lookup.name(NameKind::List, u"LST012"_s), u"List 12"_s);
        QVERIFY(lookup.notFound(NameKind::List).isEmpty());
        QVERIFY(h.servedCount("/api/lists") >= 2); // the second page came through links.next

        QCOMPARE(lookup.name(NameKind::FlowMessage, u"01HRF10WMSG000000000000001"_s), u"Welcome Email 1"_s);
        QCOMPARE(lookup.name(NameKind::FlowMessage, u"01HRF10WMSG000000000000002"_s), u"Welcome SMS"_s);
        QCOMPARE(lookup.notFound(NameKind::FlowMessage), QStringList { u"01HRF10WMSG000000000000404"_s });
        QCOMPARE(h.servedCount("/api/flow-messages/"), 3);

        QVERIFY(lookup.isFound(NameKind::CampaignMessage, u"01HRCAMPMSG000000000000001"_s));
        QCOMPARE(lookup.notFound(NameKind::CampaignMessage), QStringList { u"01HRCAMPMSG000000000000404"_s });
        QCOMPARE(h.servedCount("/api/campaign-messages/"), 2);
        for (const Served& s : std::as_const(h.served)) {
            if (s.path.startsWith("/api/flow-messages/01HRF10WMSG000000000000404")
                || s.path.startsWith("/api/campaign-messages/01HRCAMPMSG000000000000404"))
                QCOMPARE(s.status, 404);
            else
                QCOMPARE(s.status, 200);
        }
    }

    // GET /api/metrics returns 200 a page: 462 metrics are three pages, followed by links.next.
    void metricsPagesOverHttp()
    {
        EmulatorHarness h(EmulatorHarness::noLimits(), fixtureWithMoreMetrics(450));
        kx::MetricsFetch fetch(h.client.get());
        QSignalSpy progress(&fetch, &ApiOperation::progress);
        QVERIFY(EmulatorHarness::run(fetch));
        QVERIFY2(fetch.isSuccess(), qPrintable(fetch.error().message));
        QCOMPARE(fetch.metrics().size(), 462);
        QSet<QString> ids;
        for (const kx::MetricInfo& metric : fetch.metrics())
            ids.insert(metric.id);
        QCOMPARE(ids.size(), 462);
        QVERIFY(ids.contains(u"OpnEml"_s));
        QVERIFY(ids.contains(u"Mx0449"_s));
        QCOMPARE(h.servedCount("/api/metrics"), 3);
        QCOMPARE(h.servedStatuses(), (QList<int> { 200, 200, 200 }));
        QCOMPARE(h.log.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
    }

    // The published limits on (as the real API enforces them): a five-year daily query (five
    // one-year chunks, twice) and a name lookup of every kind at the same time. The client's
    // limiter must pace them so that the server never has to answer 429.
    void ordinaryRunsNeverMeetA429()
    {
        kx::EngineOptions options;
        options.rateLimits = true;
        EmulatorHarness h(options);
        const kx::MetricQuery query =
            openedEmailQuery(u"2019-12-01T00:00:00-05:00"_s, u"2024-11-30T00:00:00-05:00"_s, kx::Interval::Day);
        std::unique_ptr<kx::AggregateRun> first = makeAggregateRun(h.client.get(), query);
        std::unique_ptr<kx::AggregateRun> second = makeAggregateRun(h.client.get(), query);
        QVERIFY(first->plan().requests >= 5);

        kx::NameLookup lookup(h.client.get());
        lookup.addIds(NameKind::Flow, { u"FLW001"_s, u"FLW002"_s });
        lookup.addIds(NameKind::Campaign,
            { u"01HRCAMPA1GN00000000000001"_s, u"01HRCAMPA1GN00000000000002"_s, u"01HRCAMPA1GN00000000000003"_s });
        lookup.addIds(NameKind::FlowMessage, { u"01HRF10WMSG000000000000001"_s, u"01HRF10WMSG000000000000002"_s });
        lookup.addIds(NameKind::CampaignMessage, { u"01HRCAMPMSG000000000000001"_s });
        QStringList lists;
        for (int i = 1; i <= 12; ++i)
            lists << u"LST%1"_s.arg(i, 3, 10, QChar(u'0'));
        lookup.addIds(NameKind::List, lists);
        lookup.addIds(NameKind::Segment, { u"SEG001"_s, u"SEG002"_s });
        lookup.addIds(NameKind::Form, { u"FRM001"_s, u"FRM002"_s });

        QSignalSpy firstDone(first.get(), &ApiOperation::finished);
        QSignalSpy lookupDone(&lookup, &ApiOperation::finished);
        first->start();
        lookup.start();
        QVERIFY(firstDone.wait(30000));
        QVERIFY(lookupDone.count() == 1 || lookupDone.wait(30000));
        QVERIFY(EmulatorHarness::run(*second, 30000)); // right after: the first run's sends still count

        QVERIFY2(first->isSuccess(), qPrintable(first->error().message));
        QVERIFY2(second->isSuccess(), qPrintable(second->error().message));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(lookup.name(NameKind::Flow, u"FLW002"_s), u"Old Winback"_s);
        QCOMPARE(lookup.names(NameKind::List).size(), 12);
        QCOMPARE(first->result().groups.size(), second->result().groups.size());
        QCOMPARE(int(first->result().dates.size()), int(second->result().dates.size()));

        const int aggregates = first->result().requestCount + second->result().requestCount;
        QCOMPARE(h.servedCount("/api/metric-aggregates"), aggregates);
        QVERIFY(h.served.size() > aggregates + 8);
        for (const kx::RequestLogEntry& entry : std::as_const(h.log)) {
            QVERIFY2(entry.status != 429, qPrintable(entry.path));
            QCOMPARE(entry.attempt, 1);
        }
        for (const Served& s : std::as_const(h.served))
            QVERIFY2(s.status == 200, qPrintable(QString::fromLatin1(s.path) + u' ' + QString::number(s.status)));
        QCOMPARE(h.log.size(), h.served.size());
        // The limiter had to hold requests back: at 3 a second, ten aggregate requests wait.
        QVERIFY(first->waitingSeconds() + second->waitingSeconds() > 0);
    }
};

QTEST_GUILESS_MAIN(TestApiEmulator)
#include "tst_apiemulator.moc"
