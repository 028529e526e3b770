// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the real client stack against the demo engine (in-process front), on the small
// hand-written fixture. Expected numbers are computed here from the fixture file, not by the engine.
#include "api/aggregaterun.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/metricsfetch.h"
#include "api/namelookup.h"
#include "api/reportrun.h"

#include "demo/demonetworkaccessmanager.h"
#include "query/requestbuilder.h"
#include "util/calendar.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using kx::ApiClient;
using kx::ApiOperation;
using kx::NameKind;
using Kind = kx::ApiError::Kind;

namespace {

QJsonObject fixture()
{
    return QJsonDocument::fromJson(kx::test::readTestData(u"demo/small-fixture.json"_s)).object();
}

struct DemoHarness {
    std::unique_ptr<kx::DemoNetworkAccessManager> network;
    std::unique_ptr<ApiClient> client;

    explicit DemoHarness(kx::EngineOptions options = {})
    {
        QString error;
        std::shared_ptr<const kx::DemoStore> store = kx::loadFixture(kx::test::readTestData(u"demo/small-fixture.json"_s), &error);
        if (!store)
            qFatal("fixture: %s", qPrintable(error));
        network = std::make_unique<kx::DemoNetworkAccessManager>(std::make_shared<kx::DemoEngine>(store, options));
        client = std::make_unique<ApiClient>(network.get());
        if (!client->setBaseUrl(kx::demo::baseUrl()))
            qFatal("demo base url refused");
        client->setApiKey(u"pk_demo"_s);
    }

    static bool run(ApiOperation& operation)
    {
        QSignalSpy finished(&operation, &ApiOperation::finished);
        operation.start();
        return finished.wait(20000);
    }
};

/// Events of @p metricId in [start, end) per value of the `$message` property ("" when absent).
QHash<QString, double> countsByMessage(const QString& metricId, qint64 start, qint64 end)
{
    QHash<QString, double> counts;
    const QJsonArray events = fixture().value("events"_L1).toArray();
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        if (event.value("metric_id"_L1).toString() != metricId)
            continue;
        qint64 at = 0;
        if (!kx::calendar::parseIsoInstant(event.value("datetime"_L1).toString(), &at))
            continue;
        if (at >= start && at < end)
            counts[event.value("properties"_L1).toObject().value("$message"_L1).toString()] += 1;
    }
    return counts;
}

QHash<QString, double> totalsByDimension(const kx::AggregateResult& result)
{
    QHash<QString, double> totals;
    for (const kx::AggregateResult::Group& group : result.groups) {
        double sum = 0;
        for (double v : group.values.at(0))
            sum += v;
        if (sum != 0)
            totals[group.dimensions.value(0)] += sum;
    }
    return totals;
}

kx::MetricQuery openedEmailQuery(const QString& start, const QString& end, std::optional<int> pageSize)
{
    kx::MetricQuery query;
    query.metricId = u"OpnEml"_s;
    query.measurements = { kx::Measurement::Count };
    query.by = { u"$message"_s };
    query.interval = kx::Interval::Month;
    query.timezone = u"America/New_York"_s;
    query.range.kind = kx::DateRange::Kind::Absolute;
    query.range.startText = start;
    query.range.endText = end;
    query.pageSize = pageSize;
    return query;
}

} // namespace

class TestApiDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsFetchListsTheFixture()
    {
        DemoHarness h;
        kx::MetricsFetch all(h.client.get());
        QVERIFY(DemoHarness::run(all));
        QVERIFY2(all.isSuccess(), qPrintable(all.error().message));
        const QJsonArray metrics = fixture().value("metrics"_L1).toArray();
        QCOMPARE(all.metrics().size(), metrics.size());
        int klaviyo = 0;
        for (const QJsonValue& m : metrics)
            klaviyo += m.toObject().value("integration"_L1).toObject().value("name"_L1).toString() == u"Klaviyo"_s;

        kx::MetricsFetch filtered(h.client.get());
        filtered.setIntegrationName(u"Klaviyo"_s);
        QVERIFY(DemoHarness::run(filtered));
        QVERIFY2(filtered.isSuccess(), qPrintable(filtered.error().message));
        QCOMPARE(filtered.metrics().size(), klaviyo);
        for (const kx::MetricInfo& info : filtered.metrics()) {
            QCOMPARE(info.integrationName, u"Klaviyo"_s);
            QVERIFY(info.created.isValid());
        }
    }

    void aggregateRunMatchesTheFixture_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("chunks");
        QTest::addRow("one year") << u"2024-01-01T00:00:00-05:00"_s << u"2025-01-01T00:00:00-05:00"_s << 0 << 1;
        QTest::addRow("one group a page") << u"2024-01-01T00:00:00-05:00"_s << u"2025-01-01T00:00:00-05:00"_s << 1 << 1;
        QTest::addRow("two chunks") << u"2023-06-01T00:00:00-04:00"_s << u"2024-12-01T00:00:00-05:00"_s << 0 << 2;
        QTest::addRow("two chunks, paged") << u"2023-06-01T00:00:00-04:00"_s << u"2024-12-01T00:00:00-05:00"_s << 1 << 2;
    }
    void aggregateRunMatchesTheFixture()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, pageSize);
        QFETCH(int, chunks);
        const kx::MetricQuery query = openedEmailQuery(start, end, pageSize > 0 ? std::optional(pageSize) : std::nullopt);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<kx::AggregateChunk> pieces = kx::metricAggregateChunks(query, now);
        QCOMPARE(pieces.size(), chunks);
        QList<QJsonObject> bodies;
        for (const kx::AggregateChunk& piece : pieces)
            bodies << piece.body;
        kx::AggregateResult skeleton;
        skeleton.metricId = query.metricId;
        skeleton.by = query.by;
        skeleton.measurements = query.measurements;
        skeleton.interval = query.interval;
        skeleton.timezone = query.timezone;

        DemoHarness h;
        kx::AggregateRun run(h.client.get(), bodies, skeleton);
        QVERIFY(DemoHarness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));

        qint64 from = 0;
        qint64 to = 0;
        QVERIFY(kx::calendar::parseIsoInstant(start, &from));
        QVERIFY(kx::calendar::parseIsoInstant(end, &to));
        const QHash<QString, double> expected = countsByMessage(u"OpnEml"_s, from, to);
        QVERIFY(expected.size() >= 2);
        QCOMPARE(totalsByDimension(run.result()), expected);
        QVERIFY(std::is_sorted(run.result().dates.begin(), run.result().dates.end()));
        if (pageSize == 1)
            QVERIFY2(run.result().requestCount > chunks, qPrintable(QString::number(run.result().requestCount)));
        else
            QCOMPARE(run.result().requestCount, chunks);
    }

    void nameLookupResolvesTheFixtureNames()
    {
        DemoHarness h;
        kx::NameLookup lookup(h.client.get());
        lookup.addIds(NameKind::Flow, { u"FLW001"_s, u"FLW002"_s, u"FLW404"_s });
        lookup.addIds(NameKind::Campaign, { u"01HRCAMPA1GN00000000000001"_s, u"01HRCAMPA1GN00000000000002"_s,
                                              u"01HRCAMPA1GN00000000000003"_s, u"01HRCAMPA1GN00000000000404"_s });
        lookup.addIds(NameKind::FlowMessage, { u"01HRF10WMSG000000000000001"_s, u"01HRF10WMSG000000000000404"_s });
        lookup.addIds(NameKind::CampaignMessage, { u"01HRCAMPMSG000000000000001"_s });
        QStringList lists;
        for (int i = 1; i <= 12; ++i)
            lists << u"LST%1"_s.arg(i, 3, 10, QChar(u'0'));
        lookup.addIds(NameKind::List, lists);
        lookup.addIds(NameKind::Segment, { u"SEG001"_s, u"SEG002"_s });
        lookup.addIds(NameKind::Form, { u"FRM001"_s, u"FRM002"_s });
        QVERIFY(DemoHarness::run(lookup));
        QVERIFY2(lookup.isSuccess(), qPrintable(lookup.error().message));

        QCOMPARE(lookup.name(NameKind::Flow, u"FLW001"_s), u"Welcome Series"_s);
        QCOMPARE(lookup.name(NameKind::Flow, u"FLW002"_s), u"Old Winback"_s); // archived
        QCOMPARE(lookup.notFound(NameKind::Flow), QStringList { u"FLW404"_s });
        QCOMPARE(lookup.name(NameKind::Campaign, u"01HRCAMPA1GN00000000000001"_s), u"Spring Sale"_s);
        QCOMPARE(lookup.name(NameKind::Campaign, u"01HRCAMPA1GN00000000000002"_s), u"SMS Flash"_s);
        QCOMPARE(lookup.name(NameKind::Campaign, u"01HRCAMPA1GN00000000000003"_s), u"Archived Promo"_s);
        QCOMPARE(lookup.notFound(NameKind::Campaign), QStringList { u"01HRCAMPA1GN00000000000404"_s });
        QCOMPARE(lookup.name(NameKind::FlowMessage, u"01HRF10WMSG000000000000001"_s),
            fixture().value("flows"_L1).toArray().at(0).toObject().value("messages"_L1).toArray().at(0).toObject().value("name"_L1).toString());
        QCOMPARE(lookup.notFound(NameKind::FlowMessage), QStringList { u"01HRF10WMSG000000000000404"_s });
        QVERIFY(lookup.isFound(NameKind::CampaignMessage, u"01HRCAMPMSG000000000000001"_s));
        QCOMPARE(lookup.names(NameKind::List).size(), 12);
        QCOMPARE(lookup.name(NameKind::List, u"LST012"_s), u"List 12"_s);
        QCOMPARE(lookup.name(NameKind::Segment, u"SEG001"_s), u"VIP"_s);
        QCOMPARE(lookup.name(NameKind::Form, u"FRM002"_s), u"Footer Signup"_s);
    }

    void reportRunReturnsThePages()
    {
        DemoHarness h;
        const QJsonObject body { { u"data"_s, QJsonObject { { u"type"_s, u"flow-values-report"_s },
            { u"attributes"_s, QJsonObject {
                { u"statistics"_s, QJsonArray { u"opens"_s, u"open_rate"_s } },
                { u"timeframe"_s, QJsonObject { { u"start"_s, u"2024-01-01T00:00:00-05:00"_s }, { u"end"_s, u"2024-11-29T23:59:59-05:00"_s } } },
                { u"conversion_metric_id"_s, u"PlcOrd"_s } } } } } };
        kx::ReportRun run(h.client.get(), kx::ReportType::FlowValues, body);
        QVERIFY(DemoHarness::run(run));
        QVERIFY2(run.isSuccess(), qPrintable(run.error().message));
        QVERIFY(!run.pages().isEmpty());
        const QJsonObject page = QJsonDocument::fromJson(run.pages().constFirst()).object();
        QCOMPARE(page.value("data"_L1).toObject().value("type"_L1).toString(), u"flow-values-report"_s);
        QVERIFY(page.value("data"_L1).toObject().value("attributes"_L1).toObject().value("results"_L1).isArray());
    }

    void emulatorErrorsReachTheUserAsKinds()
    {
        DemoHarness h;
        // Reports do not exist in 2023-10-15.
        kx::ReportRun old(h.client.get(), kx::ReportType::SegmentValues, QJsonObject {});
        old.setRevision(u"2023-10-15"_s);
        QVERIFY(DemoHarness::run(old));
        QCOMPARE(old.error().kind, Kind::NotFound);
        QVERIFY2(old.error().message.contains(u"2023-10-15"_s), qPrintable(old.error().message));

        // A timezone the endpoint refuses, named by its pointer.
        kx::MetricQuery query = openedEmailQuery(u"2024-01-01T00:00:00+00:00"_s, u"2024-02-01T00:00:00+00:00"_s, std::nullopt);
        query.timezone = u"Europe/Kyiv"_s;
        const QList<kx::AggregateChunk> pieces = kx::metricAggregateChunks(query, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(pieces.size(), 1);
        kx::AggregateRun bad(h.client.get(), { pieces[0].body }, kx::AggregateResult {});
        QVERIFY(DemoHarness::run(bad));
        QCOMPARE(bad.error().kind, Kind::InvalidInput);
        QVERIFY2(bad.error().sourceField().contains(u"timezone"_s), qPrintable(bad.error().sourceField()));

        // A key the account does not know.
        h.client->setApiKey(u"sk_not_a_private_key"_s);
        kx::MetricsFetch fetch(h.client.get());
        QVERIFY(DemoHarness::run(fetch));
        QCOMPARE(fetch.error().kind, Kind::Auth);
    }

    void missingScopeNamesTheScope()
    {
        kx::EngineOptions options;
        options.scopes = { u"metrics:read"_s };
        DemoHarness h(options);
        kx::NameLookup lookup(h.client.get());
        lookup.addIds(NameKind::Flow, { u"FLW001"_s });
        lookup.addIds(NameKind::List, { u"LST001"_s });
        QVERIFY(DemoHarness::run(lookup));
        QCOMPARE(lookup.kindError(NameKind::Flow).kind, Kind::Permission);
        QVERIFY2(lookup.kindError(NameKind::Flow).message.contains(u"flows:read"_s), qPrintable(lookup.kindError(NameKind::Flow).message));
        QCOMPARE(lookup.kindError(NameKind::List).kind, Kind::Permission);
        QVERIFY(lookup.kindError(NameKind::List).message.contains(u"lists:read"_s));
    }
};

QTEST_GUILESS_MAIN(TestApiDemo)
#include "tst_apidemo.moc"
