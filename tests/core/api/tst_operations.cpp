// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include "api/aggregaterun.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apiratelimiter.h"
#include "api/metricsfetch.h"
#include "api/namelookup.h"
#include "api/reportrun.h"
#include "fakehttpserver.h"
#include "query/requestbuilder.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using kx::ApiClient;
using kx::ApiOperation;
using kx::NameKind;
using kx::NameLookup;
using kx::test::FakeHttpServer;
using kx::test::FakeRequest;
using kx::test::FakeResponse;
using Kind = kx::ApiError::Kind;

namespace {

struct Harness
{
    QNetworkAccessManager network;
    FakeHttpServer server;
    ApiClient client { &network };

    Harness()
    {
        QVERIFY(server.listen());
        QVERIFY(client.setBaseUrl(server.baseUrl()));
        QVERIFY(client.setApiKey(u"pk_test_operations_key_0000000000000"_s));
        // Generous limits: these tests are about the protocol, not about pacing.
        for (kx::EndpointFamily family : { kx::EndpointFamily::Metrics, kx::EndpointFamily::MetricAggregates,
                 kx::EndpointFamily::Reports, kx::EndpointFamily::Flows, kx::EndpointFamily::Campaigns,
                 kx::EndpointFamily::Forms, kx::EndpointFamily::Segments, kx::EndpointFamily::Lists })
            client.rateLimiter()->setLimit(family, kx::RateLimit { 1000, 100000, 0 });
    }

    QByteArray base() const
    {
        return server.baseUrl().toEncoded();
    }

    /// Starts @p operation and waits for finished().
    static bool run(ApiOperation& operation, int timeoutMs = 10000)
    {
        QSignalSpy finished(&operation, &ApiOperation::finished);
        operation.start();
        return finished.wait(timeoutMs) && finished.count() == 1;
    }
};

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The ids of the `any(id,[…])` inside a filter.
QStringList idsInFilter(const QString& filter)
{
    static const QRegularExpression any(uR"(any\(id,\[([^\]]*)\]\))"_s);
    const QRegularExpressionMatch match = any.match(filter);
    if (!match.hasMatch())
        return {};
    QStringList ids = match.captured(1).split(u',');
    for (QString& id : ids)
        id = id.mid(1, id.size() - 2);
    return ids;
}

QJsonObject namedResource(const QString& type, const QString& id, const QJsonObject& attributes)
{
    return QJsonObject { { u"type"_s, type }, { u"id"_s, id }, { u"attributes"_s, attributes },
        { u"links"_s, QJsonObject { { u"self"_s, QString(u"https://a.klaviyo.com/api/x/"_s + id) } } } };
}

QByteArray namePage(const QString& type, const QStringList& ids, const QString& next = {})
{
    QJsonArray data;
    for (const QString& id : ids)
        data.append(namedResource(type, id, QJsonObject { { u"name"_s, QString(type + u' ' + id) } }));
    QJsonObject links { { u"self"_s, u"x"_s } };
    links.insert(u"next"_s, next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next));
    return json(QJsonObject { { u"data"_s, data }, { u"links"_s, links } });
}

QStringList makeIds(const QString& prefix, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << prefix + QString::number(i).rightJustified(4, u'0');
    return ids;
}

/// An aggregate page: `dates` as given, one row per group with `count` values start, start+1, …
QByteArray aggregatePage(const QStringList& dates, const QList<std::pair<QString, double>>& groups, const QString& next)
{
    QJsonArray rows;
    for (const auto& [dimension, start] : groups) {
        QJsonArray values;
        for (qsizetype i = 0; i < dates.size(); ++i)
            values.append(start + double(i));
        rows.append(QJsonObject { { u"dimensions"_s, QJsonArray { dimension } },
            { u"measurements"_s, QJsonObject { { u"count"_s, values } } } });
    }
    QJsonObject links { { u"self"_s, u"x"_s } };
    if (!next.isEmpty())
        links.insert(u"next"_s, next);
    return json(QJsonObject {
        { u"data"_s,
            QJsonObject { { u"type"_s, u"metric-aggregate"_s }, { u"id"_s, u"4290621170589644056"_s },
                { u"attributes"_s,
                    QJsonObject { { u"dates"_s, QJsonArray::fromStringList(dates) }, { u"data"_s, rows } } },
                { u"links"_s, QJsonObject { { u"self"_s, u"x"_s } } } } },
        { u"links"_s, links } });
}

QStringList monthStarts(int year, int firstMonth, int months)
{
    QStringList dates;
    QDate d(year, firstMonth, 1);
    for (int i = 0; i < months; ++i, d = d.addMonths(1))
        dates << d.toString(Qt::ISODate) + u"T00:00:00+00:00"_s;
    return dates;
}

/// A one-year chunk body of a monthly count by $message.
QJsonObject yearBody(int year)
{
    return QJsonObject { { u"data"_s,
        QJsonObject { { u"type"_s, u"metric-aggregate"_s },
            { u"attributes"_s,
                QJsonObject { { u"metric_id"_s, u"RESQ6t"_s }, { u"measurements"_s, QJsonArray { u"count"_s } },
                    { u"interval"_s, u"month"_s }, { u"by"_s, QJsonArray { u"$message"_s } },
                    { u"filter"_s,
                        QJsonArray { u"greater-or-equal(datetime,%1-01-01T00:00:00+00:00)"_s.arg(year),
                            u"less-than(datetime,%1-01-01T00:00:00+00:00)"_s.arg(year + 1) } } } } } } };
}

/// The year of a yearBody() request.
int yearOf(const QJsonObject& attributes)
{
    return attributes.value("filter"_L1).toArray().at(0).toString().mid(26, 4).toInt();
}

kx::AggregateResult monthlyByMessage()
{
    kx::AggregateResult skeleton;
    skeleton.metricId = u"RESQ6t"_s;
    skeleton.by = { u"$message"_s };
    skeleton.measurements = { kx::Measurement::Count };
    skeleton.interval = kx::Interval::Month;
    return skeleton;
}

/// Puts the client's limiter on manual time: waits end only when the test moves the clock.
struct ManualTime
{
    qint64 now = 1'000'000;
    kx::ApiRateLimiter* limiter;

    explicit ManualTime(ApiClient& client)
        : limiter(client.rateLimiter())
    {
        limiter->setClock([this] { return now; });
        limiter->setManualTime(true);
    }
    void advance(qint64 ms)
    {
        now += ms;
        limiter->notifyTimeAdvanced();
    }
};

QJsonObject attributesOf(const FakeRequest& request)
{
    return QJsonDocument::fromJson(request.body).object().value("data"_L1).toObject().value("attributes"_L1).toObject();
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsFetchFollowsNextLinks()
    {
        Harness h;
        h.server.setHandler([&h](const FakeRequest& request) {
            const bool second = request.query.contains("page%5Bcursor%5D=");
            QByteArray body =
                kx::test::readTestData(second ? u"api/metrics-page-2.json"_s : u"api/metrics-page-1.json"_s);
            body.replace("{{BASE}}", h.base());
            return FakeResponse::json(200, body);
        });
        kx::MetricsFetch fetch(&h.client);
        fetch.setIntegrationName(u"Shopify"_s);
        fetch.setFields({ u"name"_s, u"integration"_s });
        QSignalSpy progress(&fetch, &ApiOperation::progress);
        QVERIFY(Harness::run(fetch));
        QVERIFY2(fetch.isSuccess(), qPrintable(fetch.error().message));
        QCOMPARE(fetch.metrics().size(), 4);
        QCOMPARE(fetch.metrics()[0].name, u"Placed Order"_s);
        QCOMPARE(fetch.metrics()[3].id, u"QwErTy"_s);

        QCOMPARE(h.server.requestCount(), 2);
        const FakeRequest first = h.server.requests()[0];
        QCOMPARE(first.path, QByteArray("/api/metrics"));
        QCOMPARE(first.queryValue(u"filter"_s), u"equals(integration.name,'Shopify')"_s);
        QCOMPARE(first.queryValue(u"fields[metric]"_s), u"name,integration"_s);
        const FakeRequest second = h.server.requests()[1];
        QCOMPARE(second.target,
            QByteArray(
                "/api/metrics?filter=equals%28integration.name%2C%27Shopify%27%29&page%5Bcursor%5D=bmV4dDo6aWQ6OjQ2"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 2);
        QCOMPARE(progress.last().at(1).toInt(), 2);
        QCOMPARE(fetch.requestsDone(), 2);
    }

    void metricsFilterQuotesAreEscaped()
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        kx::MetricsFetch fetch(&client);
        fetch.setIntegrationCategory(u"Tony's \\ shop"_s);
        const kx::ApiRequest request = fetch.firstRequest();
        QCOMPARE(request.query.value(0).second, u"equals(integration.category,'Tony\\'s \\\\ shop')"_s);
        QCOMPARE(kx::filterStringLiteral(u"plain"_s), u"'plain'"_s);
    }

    void metricsFetchStopsOnALinkLoop()
    {
        Harness h;
        h.server.setHandler([&h](const FakeRequest&) {
            return FakeResponse::json(200,
                namePage(u"metric"_s, { u"RESQ6t"_s },
                    QString::fromUtf8(h.base()) + u"/api/metrics?page%5Bcursor%5D=same"_s));
        });
        kx::MetricsFetch fetch(&h.client);
        QVERIFY(Harness::run(fetch));
        QCOMPARE(fetch.error().kind, Kind::BadResponse);
        QCOMPARE(h.server.requestCount(), 2);
    }

    void aggregateRunMergesPagesAndChunks()
    {
        // A real 17-month query: the query module splits it into two chunks (one year max).
        kx::MetricQuery query;
        query.metricId = u"RESQ6t"_s;
        query.measurements = { kx::Measurement::Count };
        query.by = { u"$message"_s };
        query.interval = kx::Interval::Month;
        query.timezone = u"UTC"_s;
        query.range.kind = kx::DateRange::Kind::Absolute;
        query.range.startText = u"2023-01-01T00:00:00+00:00"_s;
        query.range.endText = u"2024-06-01T00:00:00+00:00"_s;
        const qint64 now = QDateTime(QDate(2024, 7, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const QList<kx::AggregateChunk> chunks = kx::metricAggregateChunks(query, now);
        QCOMPARE(chunks.size(), 2);
        QList<QJsonObject> bodies;
        for (const kx::AggregateChunk& chunk : chunks)
            bodies << chunk.body;

        Harness h;
        const QString next = QString::fromUtf8(h.base()) + u"/api/metric-aggregates/?page_cursor=CUR%2B1"_s;
        h.server.setHandler([&](const FakeRequest& request) {
            const QJsonObject attributes = attributesOf(request);
            const QString filters = QString::fromUtf8(QJsonDocument(attributes.value("filter"_L1).toArray()).toJson());
            if (filters.contains(u"2023-01-01"_s)) {
                if (attributes.value("page_cursor"_L1).toString() == u"CUR+1"_s)
                    return FakeResponse::json(200, aggregatePage(monthStarts(2023, 1, 12), { { u"B"_s, 100 } }, {}));
                return FakeResponse::json(200, aggregatePage(monthStarts(2023, 1, 12), { { u"A"_s, 1 } }, next));
            }
            return FakeResponse::json(
                200, aggregatePage(monthStarts(2024, 1, 5), { { u"A"_s, 13 }, { u"C"_s, 50 } }, {}));
        });

        kx::AggregateResult skeleton;
        skeleton.metricId = query.metricId;
        skeleton.by = query.by;
        skeleton.interval = query.interval;
        skeleton.measurements = query.measurements;
        kx::AggregateRun run(&h.client, bodies, skeleton);
        run.setMaxParallelChunks(1);
        QCOMPARE(run.plan().requests, 2);
        QSignalSpy progress(&run, &ApiOperation::progress);
        QVERIFY(Harness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));

        QCOMPARE(h.server.requestCount(), 3);
        const QJsonObject firstBody = attributesOf(h.server.requests()[0]);
        QJsonObject secondBody = attributesOf(h.server.requests()[1]);
        QCOMPARE(secondBody.value("page_cursor"_L1).toString(), u"CUR+1"_s);
        secondBody.remove("page_cursor"_L1);
        QCOMPARE(secondBody, firstBody);
        QCOMPARE(h.server.requests()[1].path, QByteArray("/api/metric-aggregates"));
        QCOMPARE(h.server.requests()[2].body, json(bodies[1]));

        const kx::AggregateResult& result = run.result();
        QCOMPARE(result.requestCount, 3);
        QCOMPARE(result.metricId, u"RESQ6t"_s);
        QCOMPARE(int(result.dates.size()), 17);
        QVERIFY(std::is_sorted(result.dates.begin(), result.dates.end()));
        QCOMPARE(result.dates.front(), QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(result.dates.back(), QDateTime(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(int(result.groups.size()), 3);
        for (const kx::AggregateResult::Group& group : result.groups) {
            const std::vector<double>& values = group.values.at(0);
            QCOMPARE(int(values.size()), 17);
            const QString dimension = group.dimensions.value(0);
            if (dimension == u"A"_s) {
                for (int i = 0; i < 17; ++i)
                    QCOMPARE(values[std::size_t(i)], double(i + 1)); // the dates continue across chunks
            } else if (dimension == u"B"_s) {
                QCOMPARE(values[0], 100.0);
                QCOMPARE(values[11], 111.0);
                QCOMPARE(values[12], 0.0);
            } else {
                QCOMPARE(dimension, u"C"_s);
                QCOMPARE(values[11], 0.0);
                QCOMPARE(values[12], 50.0);
            }
        }
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
    }

    void aggregateRunFetchesChunksInParallel()
    {
        static constexpr int kDelayMs = 1000;
        Harness h;
        h.server.setHandler([](const FakeRequest& request) {
            const QJsonObject attributes = attributesOf(request);
            const int year = attributes.value("filter"_L1).toArray().at(0).toString().mid(26, 4).toInt();
            return FakeResponse::json(200, aggregatePage(monthStarts(year, 1, 12), { { u"A"_s, double(year) } }, {}))
                .delayed(kDelayMs);
        });
        QList<QJsonObject> bodies;
        for (int year = 2020; year < 2023; ++year) {
            bodies << QJsonObject { { u"data"_s,
                QJsonObject { { u"type"_s, u"metric-aggregate"_s },
                    { u"attributes"_s,
                        QJsonObject { { u"metric_id"_s, u"RESQ6t"_s }, { u"measurements"_s, QJsonArray { u"count"_s } },
                            { u"interval"_s, u"month"_s }, { u"by"_s, QJsonArray { u"$message"_s } },
                            { u"filter"_s,
                                QJsonArray { u"greater-or-equal(datetime,%1-01-01T00:00:00+00:00)"_s.arg(year),
                                    u"less-than(datetime,%1-01-01T00:00:00+00:00)"_s.arg(year + 1) } } } } } } };
        }
        kx::AggregateResult skeleton;
        skeleton.by = { u"$message"_s };
        skeleton.measurements = { kx::Measurement::Count };
        kx::AggregateRun run(&h.client, bodies, skeleton);
        QVERIFY(Harness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        // Serial requests could not start before the previous answer, which the server holds back
        // kDelayMs after receiving: all three arriving within that window proves they overlapped.
        const QList<kx::test::FakeRequest> requests = h.server.requests();
        QCOMPARE(requests.size(), 3);
        const qint64 spread = requests.constLast().receivedMs - requests.constFirst().receivedMs;
        QVERIFY2(spread < kDelayMs, qPrintable(QString::number(spread)));
        QCOMPARE(int(run.result().dates.size()), 36);
        QCOMPARE(run.result().groups.at(0).values.at(0).front(), 2020.0);
        QCOMPARE(run.result().groups.at(0).values.at(0).back(), 2022.0 + 11);
    }

    // Three chunks at one request a second: the second waits 1 s, the third 1 s and then 1 s
    // more. The calls' waits add up to 3 s, but the run waited 2 s.
    void waitingSecondsCountParallelWaitsOnce()
    {
        Harness h;
        ManualTime time(h.client);
        h.client.rateLimiter()->setSafetyMargin(0, 0);
        h.client.rateLimiter()->setLimit(kx::EndpointFamily::MetricAggregates, kx::RateLimit { 1, 0, 0 });
        h.server.setHandler([](const FakeRequest& request) {
            const int year = yearOf(attributesOf(request));
            return FakeResponse::json(200, aggregatePage(monthStarts(year, 1, 12), { { u"A"_s, double(year) } }, {}));
        });
        kx::AggregateRun run(&h.client, { yearBody(2020), yearBody(2021), yearBody(2022) }, monthlyByMessage());
        QSignalSpy progress(&run, &ApiOperation::progress);
        QSignalSpy finished(&run, &ApiOperation::finished);
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(h.server.requestCount(), 1, 10000);
        QCOMPARE(run.waitingSeconds(), 0.0); // two calls wait, but the clock has not moved

        time.advance(400);
        QCOMPARE(run.waitingSeconds(), 0.4); // an open wait counts up to now
        time.advance(600);
        QTRY_COMPARE_WITH_TIMEOUT(h.server.requestCount(), 2, 10000);
        QCOMPARE(run.waitingSeconds(), 1.0); // the third call waits on: the interval goes on
        time.advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(h.server.requestCount(), 3, 10000);
        time.advance(5000); // no call waits any more: this time is not waiting time
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        QCOMPARE(run.waitingSeconds(), 2.0);
        QCOMPARE(progress.last().at(2).toDouble(), 2.0);
        for (const QList<QVariant>& report : std::as_const(progress))
            QVERIFY(report.at(2).toDouble() <= 2.0);
        QCOMPARE(int(run.result().dates.size()), 36);
    }

    void waitingSecondsStopAtCancel()
    {
        Harness h;
        ManualTime time(h.client);
        h.client.rateLimiter()->setSafetyMargin(0, 0);
        h.client.rateLimiter()->setLimit(kx::EndpointFamily::MetricAggregates, kx::RateLimit { 1, 0, 0 });
        h.server.setHandler([](const FakeRequest& request) {
            const int year = yearOf(attributesOf(request));
            return FakeResponse::json(200, aggregatePage(monthStarts(year, 1, 12), { { u"A"_s, double(year) } }, {}));
        });
        kx::AggregateRun run(&h.client, { yearBody(2020), yearBody(2021) }, monthlyByMessage());
        QSignalSpy finished(&run, &ApiOperation::finished);
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(h.server.requestCount(), 1, 10000);
        time.advance(300);
        run.cancel();
        time.advance(5000); // the wait was cut short: later time is not counted
        QVERIFY(finished.wait(10000));
        QCOMPARE(run.error().kind, Kind::Cancelled);
        QCOMPARE(run.waitingSeconds(), 0.3);
        QCOMPARE(h.server.requestCount(), 1);
    }

    // Parsing a big page takes long: it must never block the thread the run (and the UI) lives on.
    void aggregatePagesAreParsedOffTheRunsThread()
    {
        Harness h;
        h.server.setHandler([](const FakeRequest& request) {
            const int year = yearOf(attributesOf(request));
            return FakeResponse::json(200, aggregatePage(monthStarts(year, 1, 12), { { u"A"_s, double(year) } }, {}));
        });
        QMutex mutex;
        QList<QThread*> parsedOn;
        kx::AggregateRun run(&h.client, { yearBody(2020), yearBody(2021) }, monthlyByMessage());
        run.setPageParser([&](const QByteArray& body, QString* error) {
            {
                QMutexLocker locker(&mutex);
                parsedOn.append(QThread::currentThread());
            }
            return kx::parseAggregatePage(body, error);
        });
        QVERIFY(Harness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        QCOMPARE(parsedOn.size(), 2);
        for (QThread* thread : std::as_const(parsedOn)) {
            QVERIFY(thread != QThread::currentThread());
            QVERIFY(thread != QCoreApplication::instance()->thread());
        }
        QCOMPARE(int(run.result().dates.size()), 24);
        QCOMPARE(run.result().groups.at(0).values.at(0).front(), 2020.0);
    }

    // A links.next without page_cursor / page[cursor]: the same body is POSTed to that URL.
    void aggregateNextLinkWithoutCursorIsRePosted()
    {
        Harness h;
        const QString next = QString::fromUtf8(h.base()) + u"/api/metric-aggregates?other=1"_s;
        h.server.setHandler([&](const FakeRequest& request) {
            if (request.query.isEmpty())
                return FakeResponse::json(200, aggregatePage(monthStarts(2020, 1, 12), { { u"A"_s, 1 } }, next));
            return FakeResponse::json(200, aggregatePage(monthStarts(2020, 1, 12), { { u"B"_s, 100 } }, {}));
        });
        kx::AggregateRun run(&h.client, { yearBody(2020) }, monthlyByMessage());
        QVERIFY(Harness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        QCOMPARE(h.server.requestCount(), 2);
        const FakeRequest first = h.server.requests()[0];
        const FakeRequest second = h.server.requests()[1];
        QCOMPARE(first.target, QByteArray("/api/metric-aggregates"));
        QCOMPARE(second.method, QByteArray("POST"));
        QCOMPARE(second.target, QByteArray("/api/metric-aggregates?other=1"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.body, json(yearBody(2020)));
        QVERIFY(!attributesOf(second).contains("page_cursor"_L1));
        QCOMPARE(int(run.result().groups.size()), 2);
        QCOMPARE(run.result().requestCount, 2);
    }

    void runAndRequestRevisionsReachTheHeader()
    {
        Harness h;
        QVERIFY(h.client.setRevision(u"2024-02-15"_s));
        const QString next = QString::fromUtf8(h.base()) + u"/api/metric-aggregates/?page_cursor=P2"_s;
        h.server.setHandler([&](const FakeRequest& request) {
            if (request.path.startsWith("/api/metric-aggregates")) {
                const bool last = attributesOf(request).contains("page_cursor"_L1);
                return FakeResponse::json(200,
                    aggregatePage(
                        monthStarts(2020, 1, 12), { { last ? u"B"_s : u"A"_s, 1 } }, last ? QString() : next));
            }
            return FakeResponse::json(200, R"({"data":[],"links":{"self":"x","next":null}})");
        });
        // The run's revision goes on every page of every chunk.
        kx::AggregateRun run(&h.client, { yearBody(2020) }, monthlyByMessage());
        run.setRevision(u"2024-10-15"_s);
        QVERIFY(Harness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        QCOMPARE(h.server.requestCount(), 2);
        for (const FakeRequest& request : h.server.requests())
            QCOMPARE(request.header("revision"), QByteArray("2024-10-15"));

        // Without an override, the client's revision.
        h.server.clearRequests();
        kx::MetricsFetch fetch(&h.client);
        QVERIFY(Harness::run(fetch));
        QVERIFY2(fetch.isSuccess(), qPrintable(fetch.error().message));
        QCOMPARE(h.server.lastRequest().header("revision"), QByteArray("2024-02-15"));

        // A request's own revision wins over the client's and the run's.
        h.server.clearRequests();
        kx::ApiRequest request = kx::ApiRequest::get(u"/api/metrics"_s, kx::EndpointFamily::Metrics);
        request.revision = u"2023-12-15"_s;
        kx::ApiCall* call = h.client.send(request);
        QSignalSpy done(call, &kx::ApiCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
        QCOMPARE(h.server.lastRequest().header("revision"), QByteArray("2023-12-15"));
    }

    void aggregateRunReportsAnUnreadablePage()
    {
        Harness h;
        h.server.setHandler([](const FakeRequest&) {
            return FakeResponse::json(
                200, R"({"data":{"type":"metric-aggregate","id":"1","attributes":{"dates":"nope","data":[]}}})");
        });
        const QList<QJsonObject> bodies { QJsonObject {
            { u"data"_s, QJsonObject { { u"attributes"_s, QJsonObject { { u"metric_id"_s, u"RESQ6t"_s } } } } } } };
        kx::AggregateRun run(&h.client, bodies, kx::AggregateResult {});
        QVERIFY(Harness::run(run));
        QCOMPARE(run.error().kind, Kind::BadResponse);
        QVERIFY(!run.error().message.isEmpty());
    }

    // Aggregate pages skip ApiCall's own JSON check (they are parsed once, on a worker thread):
    // the parser must still turn every unreadable page into a bad-response error.
    void aggregateRunReportsCutOffAndMalformedPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("truncated") << QByteArray(
            R"({"data":{"type":"metric-aggregate","id":"1","attributes":{"dates":["2024-01-01T00:00:00+00:00"],"data":[{"dimensions":[],"measurements":{"count":[1)")
                                   << u"ends early"_s;
        QTest::addRow("malformed") << QByteArray(R"({"data":{"type":"metric-aggregate",]}})") << u"not valid JSON"_s;
        QTest::addRow("no data") << QByteArray(R"({"links":{}})") << u"data"_s;
        QTest::addRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    }
    void aggregateRunReportsCutOffAndMalformedPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        Harness h;
        h.server.setHandler([body](const FakeRequest&) { return FakeResponse::json(200, body); });
        const QList<QJsonObject> bodies { QJsonObject {
            { u"data"_s, QJsonObject { { u"attributes"_s, QJsonObject { { u"metric_id"_s, u"RESQ6t"_s } } } } } } };
        kx::AggregateRun run(&h.client, bodies, kx::AggregateResult {});
        QVERIFY(Harness::run(run));
        QCOMPARE(run.error().kind, Kind::BadResponse);
        QVERIFY2(run.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(run.error().message));
        QCOMPARE(h.server.requestCount(), 1);
    }

    void aggregateRunRefusesAMalformedChunk()
    {
        Harness h;
        kx::AggregateRun run(&h.client, { QJsonObject { { u"metric_id"_s, u"x"_s } } }, kx::AggregateResult {});
        QVERIFY(Harness::run(run));
        QCOMPARE(run.error().kind, Kind::InvalidInput);
        QCOMPARE(h.server.requestCount(), 0);
    }

    void cancellingARunIsPromptAndFinal()
    {
        Harness h;
        h.server.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        const QList<QJsonObject> bodies { QJsonObject {
            { u"data"_s, QJsonObject { { u"attributes"_s, QJsonObject {} } } } } };
        kx::AggregateRun run(&h.client, bodies, kx::AggregateResult {});
        QSignalSpy finished(&run, &ApiOperation::finished);
        QSignalSpy received(&h.server, &FakeHttpServer::requestReceived);
        run.start();
        QVERIFY(received.wait(5000));
        run.cancel();
        // The server never answers: finishing at all proves cancel did not wait for the network.
        QVERIFY(finished.wait(5000));
        QCOMPARE(run.error().kind, Kind::Cancelled);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(h.server.requestCount(), 1);
    }

    void planUsesTheLimits()
    {
        QNetworkAccessManager network;
        ApiClient client(&network);
        const QList<QJsonObject> bodies(4, QJsonObject {});
        kx::AggregateRun run(&client, bodies, kx::AggregateResult {});
        QCOMPARE(run.plan(), (kx::RunPlan { 4, 1.05 }));
        kx::ReportRun report(&client, kx::ReportType::FlowSeries, QJsonObject {});
        QCOMPARE(report.plan(), (kx::RunPlan { 1, 0.0 }));
        NameLookup lookup(&client);
        lookup.addIds(NameKind::Flow, makeIds(u"F"_s, 250)); // 100 + 100 + 50 ids, 50 a page: 5 requests
        lookup.addIds(NameKind::FlowMessage, makeIds(u"M"_s, 2)); // one each
        QCOMPARE(lookup.plan().requests, 7);
        // 7 flow requests at 3/s: the 4th waits one (stretched) second, the 7th two.
        QCOMPARE(lookup.plan().minimumSeconds, 2.1);
    }

    void reportRunFollowsPagination()
    {
        Harness h;
        const QString next = QString::fromUtf8(h.base()) + u"/api/campaign-values-reports/?page_cursor=abc%3D%3D"_s;
        h.server.setHandler([&](const FakeRequest& request) {
            QJsonObject links { { u"self"_s, u"x"_s }, { u"prev"_s, QJsonValue::Null } };
            const bool last = request.query.contains("page_cursor");
            links.insert(u"next"_s, last ? QJsonValue(QJsonValue::Null) : QJsonValue(next));
            const QJsonObject results { { u"groupings"_s,
                                            QJsonObject { { u"campaign_id"_s, last ? u"two"_s : u"one"_s } } },
                { u"statistics"_s, QJsonObject { { u"opens"_s, 2.0 } } } };
            return FakeResponse::json(200,
                json(QJsonObject {
                    { u"data"_s,
                        QJsonObject { { u"type"_s, u"campaign-values-report"_s }, { u"id"_s, u"r"_s },
                            { u"attributes"_s, QJsonObject { { u"results"_s, QJsonArray { results } } } } } },
                    { u"links"_s, links } }));
        });
        const QJsonObject body { { u"data"_s,
            QJsonObject { { u"type"_s, u"campaign-values-report"_s },
                { u"attributes"_s,
                    QJsonObject { { u"statistics"_s, QJsonArray { u"opens"_s } },
                        { u"timeframe"_s, QJsonObject { { u"key"_s, u"last_30_days"_s } } },
                        { u"conversion_metric_id"_s, u"RESQ6t"_s } } } } } };
        kx::ReportRun run(&h.client, kx::ReportType::CampaignValues, body);
        run.setRevision(u"2024-10-15"_s);
        QVERIFY(Harness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        QCOMPARE(run.pages().size(), 2);
        QVERIFY(run.pages()[1].contains("\"two\""));
        QCOMPARE(h.server.requestCount(), 2);
        const FakeRequest first = h.server.requests()[0];
        const FakeRequest second = h.server.requests()[1];
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.path, QByteArray("/api/campaign-values-reports"));
        QCOMPARE(second.method, QByteArray("POST"));
        QCOMPARE(second.target, QByteArray("/api/campaign-values-reports/?page_cursor=abc%3D%3D"));
        QCOMPARE(second.body, first.body);
        QCOMPARE(first.body, json(body));
        QCOMPARE(first.header("revision"), QByteArray("2024-10-15"));
        QCOMPARE(second.header("revision"), QByteArray("2024-10-15"));
    }

    void reportRunFailsOnAnError()
    {
        Harness h;
        h.server.enqueue(FakeResponse::json(400,
            R"({"errors":[{"id":"1","status":400,"code":"invalid","title":"Invalid input.","detail":"Passed in conversion metric does not support querying for values data","source":{"pointer":"/data/attributes/conversion_metric_id"}}]})"));
        kx::ReportRun run(&h.client, kx::ReportType::FlowValues, QJsonObject {});
        QVERIFY(Harness::run(run));
        QCOMPARE(run.error().kind, Kind::InvalidInput);
        QCOMPARE(run.error().sourceField(), u"/data/attributes/conversion_metric_id"_s);
        QVERIFY(run.pages().isEmpty());
    }

    void nameLookupBatchesIdsByHundred()
    {
        Harness h;
        h.server.setHandler([](const FakeRequest& request) {
            return FakeResponse::json(200, namePage(u"form"_s, idsInFilter(request.queryValue(u"filter"_s))));
        });
        const QStringList ids = makeIds(u"Frm"_s, 250);
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Form, ids + QStringList { ids[3], QString() }); // duplicates and "" ignored
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(h.server.requestCount(), 3);
        QList<int> sizes;
        QStringList asked;
        for (const FakeRequest& request : h.server.requests()) {
            QCOMPARE(request.path, QByteArray("/api/forms"));
            const QString filter = request.queryValue(u"filter"_s);
            QVERIFY2(filter.startsWith(u"any(id,[\""_s), qPrintable(filter));
            sizes << int(idsInFilter(filter).size());
            asked << idsInFilter(filter);
            QCOMPARE(request.queryValue(u"fields[form]"_s), u"name"_s);
            QCOMPARE(request.queryValue(u"page[size]"_s), u"100"_s);
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<int> { 50, 100, 100 }));
        std::sort(asked.begin(), asked.end());
        QCOMPARE(asked, ids);
        QCOMPARE(lookup.names(NameKind::Form).size(), 250);
        QCOMPARE(lookup.name(NameKind::Form, ids[7]), u"form "_s + ids[7]);
        QVERIFY(lookup.notFound(NameKind::Form).isEmpty());
    }

    void nameLookupFollowsPagesWithinABatch()
    {
        Harness h;
        h.server.setHandler([&h](const FakeRequest& request) {
            // Flows come 50 a page: the rest of the batch is on the next page.
            if (request.query.contains("page%5Bcursor%5D=p2"))
                return FakeResponse::json(200, namePage(u"flow"_s, makeIds(u"Flw"_s, 60).mid(50)));
            const QStringList ids = idsInFilter(request.queryValue(u"filter"_s));
            return FakeResponse::json(200,
                namePage(u"flow"_s, ids.mid(0, 50), QString::fromUtf8(h.base()) + u"/api/flows?page%5Bcursor%5D=p2"_s));
        });
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Flow, makeIds(u"Flw"_s, 60));
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(h.server.requestCount(), 2);
        QCOMPARE(lookup.names(NameKind::Flow).size(), 60);
    }

    void nameLookupAsksCampaignsPerChannel()
    {
        Harness h;
        const QStringList ids { u"01GMRWDSA0ARTAKE1SFX8JGXA1"_s, u"01GMRWDSA0ARTAKE1SFX8JGXA2"_s,
            u"01GMRWDSA0ARTAKE1SFX8JGXA3"_s, u"01GMRWDSA0ARTAKE1SFX8JGXA4"_s, u"01GMRWDSA0ARTAKE1SFX8JGXA5"_s };
        h.server.setHandler([&ids](const FakeRequest& request) {
            const QString filter = request.queryValue(u"filter"_s);
            const QStringList asked = idsInFilter(filter);
            QStringList found;
            if (filter.startsWith(u"and(equals(messages.channel,'email'),any("_s))
                found = { ids[0], ids[1] };
            else if (filter.startsWith(u"and(equals(messages.channel,'sms'),any("_s))
                found = { ids[2] };
            else if (filter.startsWith(u"and(equals(messages.channel,'email'),equals(archived,true),any("_s))
                found = { ids[3] };
            QStringList answer;
            for (const QString& id : found) {
                if (asked.contains(id))
                    answer << id;
            }
            return FakeResponse::json(200, namePage(u"campaign"_s, answer));
        });
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Campaign, ids);
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));

        QStringList filters;
        for (const FakeRequest& request : h.server.requests()) {
            QCOMPARE(request.path, QByteArray("/api/campaigns"));
            QCOMPARE(request.queryValue(u"fields[campaign]"_s), u"name"_s);
            filters << request.queryValue(u"filter"_s);
        }
        const QString all = u"[\"%1\",\"%2\",\"%3\",\"%4\",\"%5\"]"_s.arg(ids[0], ids[1], ids[2], ids[3], ids[4]);
        const QString rest = u"[\"%1\",\"%2\",\"%3\"]"_s.arg(ids[2], ids[3], ids[4]);
        const QString lastTwo = u"[\"%1\",\"%2\"]"_s.arg(ids[3], ids[4]);
        const QString lastOne = u"[\"%1\"]"_s.arg(ids[4]);
        QCOMPARE(filters,
            (QStringList {
                u"and(equals(messages.channel,'email'),any(id,"_s + all + u"))"_s,
                u"and(equals(messages.channel,'sms'),any(id,"_s + rest + u"))"_s,
                u"and(equals(messages.channel,'mobile_push'),any(id,"_s + lastTwo + u"))"_s,
                u"and(equals(messages.channel,'email'),equals(archived,true),any(id,"_s + lastTwo + u"))"_s,
                u"and(equals(messages.channel,'sms'),equals(archived,true),any(id,"_s + lastOne + u"))"_s,
                u"and(equals(messages.channel,'mobile_push'),equals(archived,true),any(id,"_s + lastOne + u"))"_s,
            }));
        QCOMPARE(lookup.names(NameKind::Campaign).size(), 4);
        QCOMPARE(lookup.name(NameKind::Campaign, ids[3]), u"campaign "_s + ids[3]);
        QCOMPARE(lookup.notFound(NameKind::Campaign), QStringList { ids[4] });
    }

    void nameLookupUsesTheNewestRevisionWhereTheRunsCannot()
    {
        Harness h;
        QVERIFY(h.client.setRevision(u"2023-10-15"_s));
        h.server.setHandler([](const FakeRequest& request) {
            return FakeResponse::json(200, namePage(u"x"_s, idsInFilter(request.queryValue(u"filter"_s))));
        });
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Campaign, { u"01GMRWDSA0ARTAKE1SFX8JGXA1"_s });
        lookup.addIds(NameKind::Form, { u"Y6nRLr"_s });
        lookup.addIds(NameKind::List, { u"Ab12Cd"_s });
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(h.server.requestCount(), 3);
        for (const FakeRequest& request : h.server.requests()) {
            const QByteArray expected = request.path == "/api/lists" ? "2023-10-15" : "2026-07-15";
            QCOMPARE(request.header("revision"), expected);
        }
    }

    void nameLookupStaysOnTheRevisionWhenAsked()
    {
        Harness h;
        QVERIFY(h.client.setRevision(u"2023-10-15"_s));
        const QString known = u"01GMRWDSA0ARTAKE1SFX8JGXA1"_s;
        h.server.setHandler([&known](const FakeRequest& request) {
            if (request.path == "/api/campaigns/" + known.toLatin1()) {
                return FakeResponse::json(200,
                    json(QJsonObject { { u"data"_s,
                        namedResource(u"campaign"_s, known, QJsonObject { { u"name"_s, u"Spring"_s } }) } }));
            }
            return FakeResponse::json(404,
                R"({"errors":[{"id":"x","status":404,"code":"not_found","title":"Not found.","detail":"Not found."}]})");
        });
        NameLookup lookup(&h.client);
        lookup.setAllowNewerRevision(false);
        lookup.addIds(NameKind::Campaign, { known, u"01GMRWDSA0ARTAKE1SFX8JGXZZ"_s });
        lookup.addIds(NameKind::Form, { u"Y6nRLr"_s });
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(h.server.requestCount(), 2); // one GET per campaign, none for forms
        QCOMPARE(h.server.requests()[0].queryValue(u"fields[campaign]"_s), u"name"_s);
        QCOMPARE(h.server.requests()[0].header("revision"), QByteArray("2023-10-15"));
        QCOMPARE(lookup.name(NameKind::Campaign, known), u"Spring"_s);
        QCOMPARE(lookup.notFound(NameKind::Campaign), QStringList { u"01GMRWDSA0ARTAKE1SFX8JGXZZ"_s });
        QCOMPARE(lookup.notFound(NameKind::Form), QStringList { u"Y6nRLr"_s });
    }

    void nameLookupUsesTheMessageFieldOfTheRevision_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<QString>("flowField");
        QTest::addColumn<QString>("campaignField");
        QTest::addRow("2026-07-15") << u"2026-07-15"_s << u"definition.name"_s << u"definition.label"_s;
        QTest::addRow("2025-01-15") << u"2025-01-15"_s << u"name"_s << u"definition.label"_s;
        QTest::addRow("2023-10-15") << u"2023-10-15"_s << u"name"_s << u"label"_s;
    }
    void nameLookupUsesTheMessageFieldOfTheRevision()
    {
        QFETCH(QString, revision);
        QFETCH(QString, flowField);
        QFETCH(QString, campaignField);
        Harness h;
        QVERIFY(h.client.setRevision(revision));
        const QString flowMessage = u"01GMRWDSA0ARTAKE1SFX8JGXF1"_s;
        const QString campaignMessage = u"01GMRWDSA0ARTAKE1SFX8JGXC1"_s;
        h.server.setHandler([&](const FakeRequest& request) {
            auto nested = [](const QString& path, const QString& value) {
                const QStringList parts = path.split(u'.');
                return parts.size() == 1 ? QJsonObject { { parts[0], value } }
                                         : QJsonObject { { parts[0], QJsonObject { { parts[1], value } } } };
            };
            if (request.path == "/api/flow-messages/" + flowMessage.toLatin1())
                return FakeResponse::json(200,
                    json(QJsonObject { { u"data"_s,
                        namedResource(u"flow-message"_s, flowMessage,
                            nested(request.queryValue(u"fields[flow-message]"_s), u"Welcome 1"_s)) } }));
            if (request.path == "/api/campaign-messages/" + campaignMessage.toLatin1())
                return FakeResponse::json(200,
                    json(QJsonObject { { u"data"_s,
                        namedResource(u"campaign-message"_s, campaignMessage,
                            nested(request.queryValue(u"fields[campaign-message]"_s), u"Spring sale"_s)) } }));
            return FakeResponse::json(404, "{\"errors\":[]}");
        });
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::FlowMessage, { flowMessage, u"01GMRWDSA0ARTAKE1SFX8JGXF9"_s });
        lookup.addIds(NameKind::CampaignMessage, { campaignMessage });
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(h.server.requestCount(), 3);
        for (const FakeRequest& request : h.server.requests()) {
            if (request.path.startsWith("/api/flow-messages/"))
                QCOMPARE(request.queryValue(u"fields[flow-message]"_s), flowField);
            else
                QCOMPARE(request.queryValue(u"fields[campaign-message]"_s), campaignField);
        }
        QCOMPARE(lookup.name(NameKind::FlowMessage, flowMessage), u"Welcome 1"_s);
        QCOMPARE(lookup.name(NameKind::CampaignMessage, campaignMessage), u"Spring sale"_s);
        QCOMPARE(lookup.notFound(NameKind::FlowMessage), QStringList { u"01GMRWDSA0ARTAKE1SFX8JGXF9"_s });
    }

    void nameLookupReportsUnknownIds()
    {
        Harness h;
        h.server.setHandler([](const FakeRequest& request) {
            const QStringList asked = idsInFilter(request.queryValue(u"filter"_s));
            return FakeResponse::json(
                200, namePage(u"flow"_s, asked.contains(u"XVTP5Q"_s) ? QStringList { u"XVTP5Q"_s } : QStringList {}));
        });
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Flow, { u"XVTP5Q"_s, u"Gone01"_s, u"bad id\"),x"_s, QString(), u"Gone02"_s });
        QVERIFY(Harness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));
        QCOMPARE(h.server.requestCount(), 2);
        QCOMPARE(h.server.requests()[0].queryValue(u"filter"_s), u"any(id,[\"XVTP5Q\",\"Gone01\",\"Gone02\"])"_s);
        QCOMPARE(h.server.requests()[1].queryValue(u"filter"_s),
            u"and(any(id,[\"Gone01\",\"Gone02\"]),equals(archived,true))"_s);
        QVERIFY(lookup.isFound(NameKind::Flow, u"XVTP5Q"_s));
        QCOMPARE(lookup.notFound(NameKind::Flow), (QStringList { u"bad id\"),x"_s, u"Gone01"_s, u"Gone02"_s }));
    }

    void nameLookupKindFailureKeepsTheOthers()
    {
        Harness h;
        h.server.setHandler([](const FakeRequest& request) {
            if (request.path == "/api/flows")
                return FakeResponse::json(403,
                    R"({"errors":[{"id":"1","status":403,"code":"permission_denied","title":"You do not have permission to perform this action.","detail":"You do not have permission to perform this action."}]})");
            return FakeResponse::json(200, namePage(u"list"_s, idsInFilter(request.queryValue(u"filter"_s))));
        });
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Flow, makeIds(u"Flw"_s, 150));
        lookup.addIds(NameKind::List, { u"Ab12Cd"_s, u"Ef34Gh"_s });
        QVERIFY(Harness::run(lookup));
        QCOMPARE(lookup.error().kind, Kind::Permission);
        QVERIFY(lookup.error().message.contains(u"flows:read"_s));
        QCOMPARE(lookup.kindError(NameKind::Flow).kind, Kind::Permission);
        QCOMPARE(lookup.kindError(NameKind::List).kind, Kind::None);
        QCOMPARE(lookup.name(NameKind::List, u"Ef34Gh"_s), u"list Ef34Gh"_s);
    }

    void nameLookupWithNothingToDoFinishes()
    {
        Harness h;
        NameLookup lookup(&h.client);
        lookup.addIds(NameKind::Segment, { QString(), u"not valid!"_s });
        QVERIFY(Harness::run(lookup));
        QVERIFY(lookup.isSuccess());
        QCOMPARE(lookup.notFound(NameKind::Segment), QStringList { u"not valid!"_s });
        QCOMPARE(h.server.requestCount(), 0);
    }

    void kindNames()
    {
        QCOMPARE(kx::nameKindName(NameKind::FlowMessage), u"flow-message"_s);
        QCOMPARE(kx::nameKindName(NameKind::CampaignMessage), u"campaign-message"_s);
        QCOMPARE(kx::nameKindName(NameKind::List), u"list"_s);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
