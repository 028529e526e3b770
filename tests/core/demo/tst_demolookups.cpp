// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/metrics and the name look-ups on the small fixture: shapes per revision, filters,
// sparse fieldsets, includes, sorting and cursor pagination.
#include "demotestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kx;
using namespace kx::test;

namespace {

QStringList ids(const QJsonObject& response)
{
    QStringList out;
    for (const QJsonValue& v : response.value(u"data"_s).toArray())
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

/// A fixture with @p metrics metrics, @p campaigns email campaigns and @p forms forms.
QByteArray manyEntitiesFixture(int metrics, int campaigns, int forms)
{
    QJsonArray m;
    for (int i = 0; i < metrics; ++i)
        m.append(QJsonObject {
            { u"id"_s, u"M%1"_s.arg(i, 5, 10, QLatin1Char('0')) }, { u"name"_s, u"Metric %1"_s.arg(i) } });
    QJsonArray c;
    for (int i = 0; i < campaigns; ++i) {
        const QString id = u"01HRMANYCAMPA1GN%1"_s.arg(i, 10, 10, QLatin1Char('0'));
        const QString message = u"01HRMANYCAMPMSG0%1"_s.arg(i, 10, 10, QLatin1Char('0'));
        c.append(QJsonObject { { u"id"_s, id }, { u"name"_s, u"Campaign %1"_s.arg(i) }, { u"channel"_s, u"email"_s },
            { u"status"_s, u"Sent"_s }, { u"send_time"_s, u"2024-03-09T15:00:00+00:00"_s },
            { u"messages"_s,
                QJsonArray { QJsonObject {
                    { u"id"_s, message }, { u"label"_s, u"Message %1"_s.arg(i) }, { u"channel"_s, u"email"_s } } } } });
    }
    QJsonArray f;
    for (int i = 0; i < forms; ++i)
        f.append(
            QJsonObject { { u"id"_s, u"F%1"_s.arg(i, 5, 10, QLatin1Char('0')) }, { u"name"_s, u"Form %1"_s.arg(i) } });
    const QJsonObject fixture {
        { u"account"_s,
            QJsonObject { { u"name"_s, u"Many"_s }, { u"timezone"_s, u"UTC"_s }, { u"today"_s, u"2024-11-30"_s } } },
        { u"metrics"_s, m }, { u"campaigns"_s, c }, { u"forms"_s, f }, { u"events"_s, QJsonArray {} }
    };
    return QJsonDocument(fixture).toJson(QJsonDocument::Compact);
}

QByteArray afterOrigin(const QString& link)
{
    return link.mid(QStringLiteral("https://demo.klaviyo-explorer.invalid").size()).toLatin1();
}

} // namespace

class TestDemoLookups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_engine = fixtureEngine(); }
    void metricsListHasTheDocumentedShape();
    void metricsRelationshipsFollowTheRevision();
    void metricsFilterOnIntegration_data();
    void metricsFilterOnIntegration();
    void sparseFieldsetsKeepNamedFields();
    void unknownFieldIs400();
    void includeFlowTriggers();
    void singleMetric();
    void flowsHideArchivedUnlessAsked();
    void flowFilterValidation_data();
    void flowFilterValidation();
    void flowsSortAndPaginate();
    void flowMessageNameMovesWithTheRevision_data();
    void flowMessageNameMovesWithTheRevision();
    void campaignsNeedAChannelFilter();
    void campaignsFilterAndInclude();
    void campaignMessageLabelMovesWithTheRevision();
    void listsPageByTen();
    void segmentsFilterAndProfileCount();
    void formsLookup();
    void invalidCursorIs400();
    void pageSizesOfMetricsCampaignsAndForms();

private:
    HttpResponse get(const QByteArray& pathAndQuery, const QByteArray& revision = "2024-10-15")
    {
        return m_engine->handle(apiRequest("GET", pathAndQuery, {}, revision));
    }
    std::shared_ptr<DemoEngine> m_engine;
};

void TestDemoLookups::metricsListHasTheDocumentedShape()
{
    const HttpResponse r = get("/api/metrics");
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r);
    QCOMPARE(ids(body).size(), 12);
    const QJsonObject first = body.value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"type"_s).toString(), u"metric"_s);
    QCOMPARE(first.value(u"id"_s).toString(), u"RcvEml"_s);
    const QJsonObject attributes = first.value(u"attributes"_s).toObject();
    QCOMPARE(attributes.value(u"name"_s).toString(), u"Received Email"_s);
    QCOMPARE(attributes.value(u"created"_s).toString(), u"2023-01-05T10:00:00+00:00"_s);
    QCOMPARE(attributes.value(u"integration"_s).toObject(),
        (QJsonObject { { u"object"_s, u"integration"_s }, { u"id"_s, u"Kla1v0"_s }, { u"name"_s, u"Klaviyo"_s }, { u"category"_s, u"Internal"_s } }));
    QCOMPARE(first.value(u"links"_s).toObject().value(u"self"_s).toString(), u"https://demo.klaviyo-explorer.invalid/api/metrics/RcvEml"_s);
    const QJsonObject links = body.value(u"links"_s).toObject();
    QCOMPARE(links.value(u"self"_s).toString(), u"https://demo.klaviyo-explorer.invalid/api/metrics"_s);
    QVERIFY(links.value(u"next"_s).isNull());
    QVERIFY(links.value(u"prev"_s).isNull());
}

void TestDemoLookups::metricsRelationshipsFollowTheRevision()
{
    const QJsonObject old = json(get("/api/metrics/", "2023-10-15")).value(u"data"_s).toArray().at(0).toObject();
    QVERIFY(!old.contains(u"relationships"_s));
    const QJsonObject current = json(get("/api/metrics", "2026-07-15")).value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(current.value(u"relationships"_s).toObject().value(u"flow-triggers"_s).toObject().value(u"links"_s).toObject().value(u"related"_s).toString(),
        u"https://demo.klaviyo-explorer.invalid/api/metrics/RcvEml/flow-triggers"_s);
}

void TestDemoLookups::metricsFilterOnIntegration_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("integration name") << QByteArray("equals(integration.name,'Shopify')") << QStringList { u"PlcOrd"_s };
    QTest::addRow("integration category") << QByteArray("equals(integration.category,\"API\")") << QStringList { u"CstmMt"_s };
    QTest::addRow("no match") << QByteArray("equals(integration.name,\"shopify\")") << QStringList {};
}

void TestDemoLookups::metricsFilterOnIntegration()
{
    QFETCH(QByteArray, filter);
    QFETCH(QStringList, expected);
    const HttpResponse r = get("/api/metrics?filter=" + filter.toPercentEncoding());
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(json(r)), expected);
}

void TestDemoLookups::sparseFieldsetsKeepNamedFields()
{
    const QJsonObject metric = json(get("/api/metrics?fields%5Bmetric%5D=name")).value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(metric.value(u"attributes"_s).toObject(), (QJsonObject { { u"name"_s, u"Received Email"_s } }));
    const QJsonObject nested = json(get("/api/metrics?fields[metric]=name,integration.name")).value(u"data"_s).toArray().at(0).toObject();
    QCOMPARE(nested.value(u"attributes"_s).toObject(),
        (QJsonObject { { u"name"_s, u"Received Email"_s }, { u"integration"_s, QJsonObject { { u"name"_s, u"Klaviyo"_s } } } }));
}

void TestDemoLookups::unknownFieldIs400()
{
    const HttpResponse r = get("/api/metrics?fields%5Bmetric%5D=name,colour");
    QCOMPARE(r.status, 400);
    QCOMPARE(firstError(r).value(u"source"_s).toObject().value(u"parameter"_s).toString(), u"fields[metric]"_s);
}

void TestDemoLookups::includeFlowTriggers()
{
    const QJsonObject body = json(get("/api/metrics/PlcOrd?include=flow-triggers&fields%5Bflow%5D=name"));
    const QJsonArray triggers = body.value(u"data"_s).toObject().value(u"relationships"_s).toObject().value(u"flow-triggers"_s).toObject().value(u"data"_s).toArray();
    QCOMPARE(triggers, (QJsonArray { QJsonObject { { u"type"_s, u"flow"_s }, { u"id"_s, u"FLW002"_s } } }));
    const QJsonObject included = body.value(u"included"_s).toArray().at(0).toObject();
    QCOMPARE(included.value(u"attributes"_s).toObject(), (QJsonObject { { u"name"_s, u"Old Winback"_s } }));
}

void TestDemoLookups::singleMetric()
{
    const HttpResponse r = get("/api/metrics/PlcOrd/");
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r);
    QCOMPARE(body.value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"name"_s).toString(), u"Placed Order"_s);
    QCOMPARE(body.value(u"links"_s).toObject().value(u"self"_s).toString(), u"https://demo.klaviyo-explorer.invalid/api/metrics/PlcOrd/"_s);
}

void TestDemoLookups::flowsHideArchivedUnlessAsked()
{
    QCOMPARE(ids(json(get("/api/flows"))), QStringList { u"FLW001"_s });
    QCOMPARE(ids(json(get("/api/flows?filter=equals(archived,true)"))), QStringList { u"FLW002"_s });
    QCOMPARE(ids(json(get("/api/flows?filter=" + QByteArray("any(id,[\"FLW001\",\"FLW002\"]),equals(archived,true)").toPercentEncoding()))),
        QStringList { u"FLW002"_s });
    // By id an archived flow is found.
    const HttpResponse single = get("/api/flows/FLW002");
    QCOMPARE(single.status, 200);
    QCOMPARE(json(single).value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"archived"_s).toBool(), true);
}

void TestDemoLookups::flowFilterValidation_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("name starts-with") << QByteArray("starts-with(name,\"Welcome\")") << 200 << QStringList { u"FLW001"_s };
    QTest::addRow("created after, unquoted datetime") << QByteArray("greater-than(created,2023-01-01T00:00:00Z)") << 200
                                                      << QStringList { u"FLW001"_s };
    QTest::addRow("quoted datetime is invalid") << QByteArray("greater-than(created,'2023-01-01T00:00:00Z')") << 400 << QStringList {};
    QTest::addRow("operator not allowed") << QByteArray("any(name,[\"Welcome Series\"])") << 400 << QStringList {};
    QTest::addRow("field not allowed") << QByteArray("equals(colour,\"red\")") << 400 << QStringList {};
    QTest::addRow("boolean must be unquoted") << QByteArray("equals(archived,\"true\")") << 400 << QStringList {};
    QTest::addRow("not is refused") << QByteArray("not(equals(status,\"live\"))") << 400 << QStringList {};
}

void TestDemoLookups::flowFilterValidation()
{
    QFETCH(QByteArray, filter);
    QFETCH(int, status);
    QFETCH(QStringList, expected);
    const HttpResponse r = get("/api/flows?filter=" + filter.toPercentEncoding());
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(ids(json(r)), expected);
    else
        QCOMPARE(firstError(r).value(u"source"_s).toObject().value(u"parameter"_s).toString(), u"filter"_s);
}

void TestDemoLookups::flowsSortAndPaginate()
{
    const QByteArray query = "/api/flows?filter=" + QByteArray("any(id,[\"FLW001\"])").toPercentEncoding() + "&sort=-name&page%5Bsize%5D=1";
    QCOMPARE(get(query).status, 200);
    // Both flows (archived included), newest name first, one per page.
    const HttpResponse first = get("/api/flows?filter=equals(archived,false)&sort=-name&page%5Bsize%5D=1");
    QCOMPARE(ids(json(first)), QStringList { u"FLW001"_s });
    const HttpResponse all = get("/api/flows?sort=name&page%5Bsize%5D=50");
    QCOMPARE(ids(json(all)), QStringList { u"FLW001"_s });
    const HttpResponse archivedPage = get("/api/flows?filter=equals(archived,true)&page%5Bsize%5D=1");
    QVERIFY(json(archivedPage).value(u"links"_s).toObject().value(u"next"_s).isNull());
    QCOMPARE(get("/api/flows?page%5Bsize%5D=51").status, 400);
    QCOMPARE(get("/api/flows?sort=colour").status, 400);
}

void TestDemoLookups::flowMessageNameMovesWithTheRevision_data()
{
    QTest::addColumn<QByteArray>("revision");
    QTest::addColumn<QString>("path");
    QTest::addRow("2023-10-15") << QByteArray("2023-10-15") << u"name"_s;
    QTest::addRow("2025-07-15") << QByteArray("2025-07-15") << u"name"_s;
    QTest::addRow("2025-10-15") << QByteArray("2025-10-15") << u"definition.name"_s;
    QTest::addRow("2026-07-15") << QByteArray("2026-07-15") << u"definition.name"_s;
}

void TestDemoLookups::flowMessageNameMovesWithTheRevision()
{
    QFETCH(QByteArray, revision);
    QFETCH(QString, path);
    const HttpResponse r = get("/api/flow-messages/01HRF10WMSG000000000000001", revision);
    QCOMPARE(r.status, 200);
    QJsonValue v = json(r).value(u"data"_s).toObject().value(u"attributes"_s);
    for (const QString& part : path.split(u'.'))
        v = v.toObject().value(part);
    QCOMPARE(v.toString(), u"Welcome Email 1"_s);
    if (revision >= "2025-10-15") {
        const HttpResponse sparse = get("/api/flow-messages/01HRF10WMSG000000000000001?fields%5Bflow-message%5D=definition.name", revision);
        QCOMPARE(json(sparse).value(u"data"_s).toObject().value(u"attributes"_s).toObject(),
            (QJsonObject { { u"definition"_s, QJsonObject { { u"name"_s, u"Welcome Email 1"_s } } } }));
    }
    QCOMPARE(get("/api/flow-messages/01HRNOPE0000000000000000000", revision).status, 404);
}

void TestDemoLookups::campaignsNeedAChannelFilter()
{
    const HttpResponse r = get("/api/campaigns");
    QCOMPARE(r.status, 400);
    QCOMPARE(firstError(r).value(u"source"_s).toObject().value(u"parameter"_s).toString(), u"filter"_s);
    QVERIFY(firstError(r).value(u"detail"_s).toString().startsWith(u"A channel filter is required to list campaigns."_s));
    QCOMPARE(get("/api/campaigns?filter=equals(messages.channel,'mobile_push')", "2023-10-15").status, 400);
    QCOMPARE(get("/api/campaigns?filter=equals(messages.channel,'mobile_push')", "2024-10-15").status, 200);
}

void TestDemoLookups::campaignsFilterAndInclude()
{
    QCOMPARE(ids(json(get("/api/campaigns?filter=equals(messages.channel,'email')"))), QStringList { u"01HRCAMPA1GN00000000000001"_s });
    QCOMPARE(ids(json(get("/api/campaigns?filter=equals(messages.channel,'sms')"))), QStringList { u"01HRCAMPA1GN00000000000002"_s });
    QCOMPARE(ids(json(get("/api/campaigns?filter=" + QByteArray("and(equals(messages.channel,'email'),equals(archived,true))").toPercentEncoding()))),
        QStringList { u"01HRCAMPA1GN00000000000003"_s });
    const QByteArray byId = "/api/campaigns?filter="
        + QByteArray("equals(messages.channel,'email'),any(id,[\"01HRCAMPA1GN00000000000001\"])").toPercentEncoding()
        + "&fields%5Bcampaign%5D=name&include=campaign-messages";
    QCOMPARE(get(byId, "2025-04-15").status, 400); // id filter arrived in 2025-07-15
    const QJsonObject body = json(get(byId, "2025-07-15"));
    QCOMPARE(body.value(u"data"_s).toArray().at(0).toObject().value(u"attributes"_s).toObject(),
        (QJsonObject { { u"name"_s, u"Spring Sale"_s } }));
    const QJsonObject message = body.value(u"included"_s).toArray().at(0).toObject();
    QCOMPARE(message.value(u"type"_s).toString(), u"campaign-message"_s);
    QCOMPARE(message.value(u"id"_s).toString(), u"01HRCAMPMSG000000000000001"_s);
}

void TestDemoLookups::campaignMessageLabelMovesWithTheRevision()
{
    const QJsonObject old = json(get("/api/campaign-messages/01HRCAMPMSG000000000000001", "2024-10-15")).value(u"data"_s).toObject();
    QCOMPARE(old.value(u"attributes"_s).toObject().value(u"label"_s).toString(), u"Spring Sale – Email"_s);
    const QJsonObject current = json(get("/api/campaign-messages/01HRCAMPMSG000000000000001?fields%5Bcampaign-message%5D=definition.label", "2025-01-15"))
                                    .value(u"data"_s)
                                    .toObject();
    QCOMPARE(current.value(u"attributes"_s).toObject(),
        (QJsonObject { { u"definition"_s, QJsonObject { { u"label"_s, u"Spring Sale – Email"_s } } } }));
    // SMS messages have no label in the definition.
    const QJsonObject sms = json(get("/api/campaign-messages/01HRCAMPMSG000000000000002", "2026-07-15")).value(u"data"_s).toObject();
    QVERIFY(!sms.value(u"attributes"_s).toObject().value(u"definition"_s).toObject().contains(u"label"_s));
}

void TestDemoLookups::listsPageByTen()
{
    const QJsonObject page1 = json(get("/api/lists"));
    QCOMPARE(ids(page1).size(), 10);
    QCOMPARE(ids(page1).first(), u"LST001"_s);
    const QString next = page1.value(u"links"_s).toObject().value(u"next"_s).toString();
    QVERIFY2(next.contains(u"page%5Bcursor%5D="_s), qPrintable(next));
    const QJsonObject page2 = json(get(afterOrigin(next)));
    QCOMPARE(ids(page2), (QStringList { u"LST011"_s, u"LST012"_s }));
    QVERIFY(page2.value(u"links"_s).toObject().value(u"next"_s).isNull());
    QVERIFY(page2.value(u"links"_s).toObject().value(u"prev"_s).isString());

    QCOMPARE(ids(json(get("/api/lists?page%5Bsize%5D=5", "2026-07-15"))).size(), 5);
    QCOMPARE(get("/api/lists?page%5Bsize%5D=11", "2026-07-15").status, 400);
    QCOMPARE(ids(json(get("/api/lists?filter=" + QByteArray("any(name,[\"List 3\",\"List 12\"])").toPercentEncoding()))),
        (QStringList { u"LST003"_s, u"LST012"_s }));
}

void TestDemoLookups::segmentsFilterAndProfileCount()
{
    QCOMPARE(ids(json(get("/api/segments?filter=equals(is_starred,true)"))), QStringList { u"SEG001"_s });
    QCOMPARE(get("/api/segments?filter=equals(is_starred,true)", "2023-10-15").status, 400);
    const QJsonObject seg = json(get("/api/segments/SEG001?additional-fields%5Bsegment%5D=profile_count")).value(u"data"_s).toObject();
    QCOMPARE(seg.value(u"attributes"_s).toObject().value(u"profile_count"_s).toInt(), 14);
    QCOMPARE(seg.value(u"attributes"_s).toObject().value(u"name"_s).toString(), u"VIP"_s);
}

void TestDemoLookups::formsLookup()
{
    QCOMPARE(ids(json(get("/api/forms"))), (QStringList { u"FRM001"_s, u"FRM002"_s }));
    QCOMPARE(ids(json(get("/api/forms?filter=" + QByteArray("any(id,[\"FRM002\"])").toPercentEncoding()))), QStringList { u"FRM002"_s });
    const QJsonObject form = json(get("/api/forms/FRM001?fields%5Bform%5D=name,ab_test")).value(u"data"_s).toObject();
    QCOMPARE(form.value(u"attributes"_s).toObject(), (QJsonObject { { u"name"_s, u"Welcome Popup"_s }, { u"ab_test"_s, true } }));
}

void TestDemoLookups::invalidCursorIs400()
{
    const HttpResponse r = get("/api/lists?page%5Bcursor%5D=garbage");
    QCOMPARE(r.status, 400);
    QCOMPARE(firstError(r).value(u"detail"_s).toString(), u"Invalid cursor provided."_s);
    // A cursor of another endpoint is refused as well.
    const QString flowsNext = json(get("/api/lists")).value(u"links"_s).toObject().value(u"next"_s).toString();
    const QByteArray cursor = flowsNext.mid(flowsNext.indexOf(u"page%5Bcursor%5D="_s) + 17).toLatin1();
    QCOMPARE(get("/api/segments?page%5Bcursor%5D=" + cursor).status, 400);
}

void TestDemoLookups::pageSizesOfMetricsCampaignsAndForms()
{
    QString error;
    const auto store = loadFixture(manyEntitiesFixture(205, 105, 25), &error);
    QVERIFY2(store, qPrintable(error));
    EngineOptions options;
    options.rateLimits = false;
    DemoEngine engine(store, options);
    auto get = [&](const QByteArray& pathAndQuery, const QByteArray& revision) {
        return engine.handle(apiRequest("GET", pathAndQuery, {}, revision));
    };
    auto nextOf = [](const HttpResponse& r) {
        return json(r).value(u"links"_s).toObject().value(u"next"_s);
    };

    // Metrics: pages of 200, no page[size].
    const HttpResponse metrics = get("/api/metrics", "2024-10-15");
    QCOMPARE(ids(json(metrics)).size(), 200);
    QVERIFY(nextOf(metrics).isString());
    const HttpResponse metrics2 = get(afterOrigin(nextOf(metrics).toString()), "2024-10-15");
    QCOMPARE(ids(json(metrics2)).size(), 5);
    QVERIFY(nextOf(metrics2).isNull());
    QCOMPARE(get("/api/metrics?page%5Bsize%5D=10", "2026-07-15").status, 400);

    // Campaigns: pages of 100; page[size] (at most 100) only from 2026-04-15.
    const QByteArray email =
        "/api/campaigns?filter=" + QByteArray("equals(messages.channel,'email')").toPercentEncoding();
    const HttpResponse campaigns = get(email, "2024-10-15");
    QCOMPARE(campaigns.status, 200);
    QCOMPARE(ids(json(campaigns)).size(), 100);
    QVERIFY(nextOf(campaigns).isString());
    QCOMPARE(ids(json(get(afterOrigin(nextOf(campaigns).toString()), "2024-10-15"))).size(), 5);
    QCOMPARE(get(email + "&page%5Bsize%5D=5", "2026-01-15").status, 400);
    QCOMPARE(ids(json(get(email + "&page%5Bsize%5D=100", "2026-04-15"))).size(), 100);
    QCOMPARE(ids(json(get(email + "&page%5Bsize%5D=7", "2026-04-15"))).size(), 7);
    QCOMPARE(get(email + "&page%5Bsize%5D=101", "2026-04-15").status, 400);

    // Forms: 20 by default, page[size] up to 100.
    const HttpResponse forms = get("/api/forms", "2024-10-15");
    QCOMPARE(ids(json(forms)).size(), 20);
    QVERIFY(nextOf(forms).isString());
    const HttpResponse allForms = get("/api/forms?page%5Bsize%5D=100", "2024-10-15");
    QCOMPARE(allForms.status, 200);
    QCOMPARE(ids(json(allForms)).size(), 25);
    QVERIFY(nextOf(allForms).isNull());
    QCOMPARE(get("/api/forms?page%5Bsize%5D=101", "2024-10-15").status, 400);
}

QTEST_GUILESS_MAIN(TestDemoLookups)
#include "tst_demolookups.moc"
