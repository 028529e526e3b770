// SPDX-License-Identifier: GPL-3.0-or-later
// The Reporting API on the small fixture: statistics worked out by hand with the formula table
// of the Reporting API overview (seed 002), groupings, timeframes and validation.
#include "demotestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kx;
using namespace kx::test;

namespace {

const QString kCampaignA = u"01HRCAMPA1GN00000000000001"_s;
const QString kCampaignMsgA = u"01HRCAMPMSG000000000000001"_s;
const QString kFlowMsgB = u"01HRF10WMSG000000000000001"_s;
const QString kFlowSms = u"01HRF10WMSG000000000000002"_s;
// tests/data/demo/formula-fixture.json (see tests/data/demo/README.md).
const QString kSmsCampaign = u"01HRTFSMSCAMPA1GN000000001"_s;
const QString kPushCampaign = u"01HRTFPUSHCAMPA1GN00000010"_s;

QByteArray report(const QString& type, const QStringList& statistics, const QJsonObject& timeframe, const QJsonObject& extra = {})
{
    QJsonObject attributes = extra;
    attributes.insert(u"statistics"_s, QJsonArray::fromStringList(statistics));
    attributes.insert(u"timeframe"_s, timeframe);
    return QJsonDocument(QJsonObject { { u"data"_s, QJsonObject { { u"type"_s, type }, { u"attributes"_s, attributes } } } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject custom(const QString& start, const QString& end)
{
    return { { u"start"_s, start }, { u"end"_s, end } };
}

QJsonObject key(const QString& k)
{
    return { { u"key"_s, k } };
}

QJsonArray results(const HttpResponse& r)
{
    return json(r).value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"results"_s).toArray();
}

} // namespace

class TestDemoReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_engine = fixtureEngine(); }
    void campaignValuesMatchTheFormulaTable_data();
    void campaignValuesMatchTheFormulaTable();
    void campaignGroupingsAndRelationships();
    void campaignsSentOutsideTheTimeframeAreLeftOut();
    void flowValuesCountEventsInsideTheTimeframe();
    void flowSeriesAlignsWithDateTimes();
    void groupByTagExplodesRows();
    void formValuesByVersion();
    void segmentValuesAndSeries();
    void timeframeKeysResolveInAccountTimezone();
    void timeframeKeysCoverExactlyTheirDays_data();
    void timeframeKeysCoverExactlyTheirDays();
    void customTimeframeIncludesStartAndRoundsEndUp();
    void smsStatisticsMatchTheFormulaTable_data();
    void smsStatisticsMatchTheFormulaTable();
    void pushStatisticsFollowTheSeedTable_data();
    void pushStatisticsFollowTheSeedTable();
    void formStepStatistics();
    void conversionMetricMustBeEligible();
    void invalidReportsPointAtTheField_data();
    void invalidReportsPointAtTheField();
    void groupByFollowsTheRevision();
    void pagesOfResults();

private:
    HttpResponse postFormula(const QByteArray& path, const QByteArray& body)
    {
        if (!m_formula)
            m_formula = fixtureEngineFrom(u"formula-fixture.json"_s);
        return m_formula->handle(apiRequest("POST", path, body, "2025-10-15"));
    }
    double campaignStatistic(const QString& campaign, const QString& statistic)
    {
        const HttpResponse r = postFormula("/api/campaign-values-reports",
            report(u"campaign-values-report"_s, { statistic },
                custom(u"2024-11-01T00:00:00"_s, u"2024-11-30T23:59:59"_s),
                { { u"conversion_metric_id"_s, u"PlcOrd"_s },
                    { u"filter"_s, u"equals(campaign_id,\"%1\")"_s.arg(campaign) } }));
        if (r.status != 200 || results(r).size() != 1)
            return -1;
        return results(r).at(0).toObject().value(u"statistics"_s).toObject().value(statistic).toDouble(-1);
    }
    std::shared_ptr<DemoEngine> m_formula;
    HttpResponse post(const QByteArray& path, const QByteArray& body, const QByteArray& revision = "2025-10-15")
    {
        return m_engine->handle(apiRequest("POST", path, body, revision));
    }
    std::shared_ptr<DemoEngine> m_engine;
};

void TestDemoReports::campaignValuesMatchTheFormulaTable_data()
{
    QTest::addColumn<QString>("statistic");
    QTest::addColumn<double>("expected");
    // Campaign A (sent 2024-03-09): received R1–R4 (4), bounced B1 (1), opens E1 E2 E3 E6 E7 E8 E10
    // E11 (8) by p1 p2 p3 (3), clicks K1 K2 (2) by p1 (1), spam S1, unsubscribe U1, orders O1
    // 50.25 and O4 9.75 (2, both p1). All its events count: the UI attributes by send date.
    QTest::addRow("recipients") << u"recipients"_s << 5.0;
    QTest::addRow("delivered") << u"delivered"_s << 4.0;
    QTest::addRow("delivery_rate") << u"delivery_rate"_s << 0.8;
    QTest::addRow("bounced") << u"bounced"_s << 1.0;
    QTest::addRow("bounce_rate") << u"bounce_rate"_s << 0.2;
    QTest::addRow("opens") << u"opens"_s << 8.0;
    QTest::addRow("opens_unique") << u"opens_unique"_s << 3.0;
    QTest::addRow("open_rate") << u"open_rate"_s << 0.75;
    QTest::addRow("clicks") << u"clicks"_s << 2.0;
    QTest::addRow("clicks_unique") << u"clicks_unique"_s << 1.0;
    QTest::addRow("click_rate") << u"click_rate"_s << 0.25;
    QTest::addRow("click_to_open_rate") << u"click_to_open_rate"_s << 0.333333;
    QTest::addRow("spam_complaints") << u"spam_complaints"_s << 1.0;
    QTest::addRow("spam_complaint_rate") << u"spam_complaint_rate"_s << 0.25;
    QTest::addRow("unsubscribes") << u"unsubscribes"_s << 1.0;
    QTest::addRow("unsubscribe_rate") << u"unsubscribe_rate"_s << 0.25;
    QTest::addRow("conversions") << u"conversions"_s << 2.0;
    QTest::addRow("conversion_value") << u"conversion_value"_s << 60.0;
    QTest::addRow("conversion_uniques") << u"conversion_uniques"_s << 1.0;
    QTest::addRow("conversion_rate") << u"conversion_rate"_s << 0.25;
    QTest::addRow("average_order_value") << u"average_order_value"_s << 30.0;
    QTest::addRow("revenue_per_recipient") << u"revenue_per_recipient"_s << 15.0;
    QTest::addRow("failed") << u"failed"_s << 0.0;
    QTest::addRow("failed_rate (0/0)") << u"failed_rate"_s << 0.0;
}

void TestDemoReports::campaignValuesMatchTheFormulaTable()
{
    QFETCH(QString, statistic);
    QFETCH(double, expected);
    const HttpResponse r = post("/api/campaign-values-reports/",
        report(u"campaign-values-report"_s, { statistic }, custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"filter"_s, u"equals(send_channel,\"email\")"_s } }));
    QCOMPARE(r.status, 200);
    const QJsonArray rows = results(r);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"statistics"_s).toObject().value(statistic).toDouble(), expected);
}

void TestDemoReports::campaignGroupingsAndRelationships()
{
    const HttpResponse r = post("/api/campaign-values-reports",
        report(u"campaign-values-report"_s, { u"opens"_s }, custom(u"2024-03-01T00:00:00+02:00"_s, u"2024-04-30T23:59:59Z"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s } }));
    QCOMPARE(r.status, 200);
    const QJsonObject data = json(r).value(u"data"_s).toObject();
    QCOMPARE(data.value(u"type"_s).toString(), u"campaign-values-report"_s);
    QCOMPARE(data.value(u"id"_s).toString().size(), 36);
    // The SMS campaign (sent Apr 5) has no events: only entities with activity appear.
    const QJsonArray rows = results(r);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(u"groupings"_s).toObject(),
        (QJsonObject { { u"campaign_id"_s, kCampaignA }, { u"campaign_message_id"_s, kCampaignMsgA }, { u"send_channel"_s, u"email"_s } }));
    QVERIFY(r.body.contains("\"opens\":8.0"));
    QCOMPARE(data.value(u"relationships"_s).toObject().value(u"campaigns"_s).toObject().value(u"data"_s).toArray(),
        (QJsonArray { QJsonObject { { u"type"_s, u"campaign"_s }, { u"id"_s, kCampaignA } } }));
    const QJsonObject links = json(r).value(u"links"_s).toObject();
    QCOMPARE(links.value(u"self"_s).toString(), u"https://demo.klaviyo-explorer.invalid/api/campaign-values-reports"_s);
    QVERIFY(links.value(u"next"_s).isNull());
}

void TestDemoReports::campaignsSentOutsideTheTimeframeAreLeftOut()
{
    const HttpResponse r = post("/api/campaign-values-reports",
        report(u"campaign-values-report"_s, { u"opens"_s }, custom(u"2024-03-10T00:00:00"_s, u"2024-03-31T23:59:59"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s } }));
    QCOMPARE(r.status, 200);
    QCOMPARE(results(r).size(), 0);
}

void TestDemoReports::flowValuesCountEventsInsideTheTimeframe()
{
    // March (local): flow message B received R5, R6, R7 (R7 is 23:00 on Mar 31 in New York),
    // opened E4, E5 by p2, p3; clicked K3; order O3 100.5. The SMS message: M1 with 2 segments.
    const HttpResponse r = post("/api/flow-values-reports",
        report(u"flow-values-report"_s,
            { u"delivered"_s, u"opens"_s, u"opens_unique"_s, u"open_rate"_s, u"clicks_unique"_s, u"click_rate"_s, u"conversions"_s,
                u"conversion_value"_s, u"revenue_per_recipient"_s, u"message_segment_count_sum"_s },
            custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s), { { u"conversion_metric_id"_s, u"PlcOrd"_s } }));
    QCOMPARE(r.status, 200);
    const QJsonArray rows = results(r);
    QCOMPARE(rows.size(), 2);
    const QJsonObject email = rows.at(0).toObject();
    QCOMPARE(email.value(u"groupings"_s).toObject(),
        (QJsonObject { { u"flow_id"_s, u"FLW001"_s }, { u"flow_message_id"_s, kFlowMsgB }, { u"send_channel"_s, u"email"_s } }));
    const QJsonObject stats = email.value(u"statistics"_s).toObject();
    QCOMPARE(stats.value(u"delivered"_s).toDouble(), 3.0);
    QCOMPARE(stats.value(u"opens"_s).toDouble(), 2.0);
    QCOMPARE(stats.value(u"opens_unique"_s).toDouble(), 2.0);
    QCOMPARE(stats.value(u"open_rate"_s).toDouble(), 0.666667);
    QCOMPARE(stats.value(u"clicks_unique"_s).toDouble(), 1.0);
    QCOMPARE(stats.value(u"click_rate"_s).toDouble(), 0.333333);
    QCOMPARE(stats.value(u"conversions"_s).toDouble(), 1.0);
    QCOMPARE(stats.value(u"conversion_value"_s).toDouble(), 100.5);
    QCOMPARE(stats.value(u"revenue_per_recipient"_s).toDouble(), 33.5);
    QCOMPARE(stats.value(u"message_segment_count_sum"_s).toDouble(), 0.0);
    const QJsonObject sms = rows.at(1).toObject();
    QCOMPARE(sms.value(u"groupings"_s).toObject().value(u"flow_message_id"_s).toString(), kFlowSms);
    QCOMPARE(sms.value(u"groupings"_s).toObject().value(u"send_channel"_s).toString(), u"sms"_s);
    QCOMPARE(sms.value(u"statistics"_s).toObject().value(u"delivered"_s).toDouble(), 1.0);
    QCOMPARE(sms.value(u"statistics"_s).toObject().value(u"message_segment_count_sum"_s).toDouble(), 2.0);
    const QJsonObject relationships = json(r).value(u"data"_s).toObject().value(u"relationships"_s).toObject();
    QCOMPARE(relationships.value(u"flows"_s).toObject().value(u"data"_s).toArray().size(), 1);
    QCOMPARE(relationships.value(u"flow-messages"_s).toObject().value(u"data"_s).toArray().size(), 2);
}

void TestDemoReports::flowSeriesAlignsWithDateTimes()
{
    const HttpResponse r = post("/api/flow-series-reports",
        report(u"flow-series-report"_s, { u"opens"_s, u"delivered"_s }, custom(u"2024-03-09T00:00:00"_s, u"2024-03-11T23:59:59"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"daily"_s },
                { u"filter"_s, u"equals(flow_message_id,\"%1\")"_s.arg(kFlowMsgB) } }));
    QCOMPARE(r.status, 200);
    const QJsonObject attributes = json(r).value(u"data"_s).toObject().value(u"attributes"_s).toObject();
    QCOMPARE(strings(attributes.value(u"date_times"_s)),
        (QStringList { u"2024-03-09T05:00:00+00:00"_s, u"2024-03-10T05:00:00+00:00"_s, u"2024-03-11T04:00:00+00:00"_s }));
    const QJsonObject stats = attributes.value(u"results"_s).toArray().at(0).toObject().value(u"statistics"_s).toObject();
    QCOMPARE(numbers(stats.value(u"opens"_s)), (QList<double> { 0, 2, 0 }));
    QCOMPARE(numbers(stats.value(u"delivered"_s)), (QList<double> { 0, 2, 0 }));
    const QJsonObject relationships = json(r).value(u"data"_s).toObject().value(u"relationships"_s).toObject();
    QCOMPARE(relationships,
        (QJsonObject { { u"flows"_s,
                           QJsonObject { { u"data"_s,
                               QJsonArray { QJsonObject { { u"type"_s, u"flow"_s }, { u"id"_s, u"FLW001"_s } } } } } },
            { u"flow-messages"_s,
                QJsonObject { { u"data"_s,
                    QJsonArray { QJsonObject { { u"type"_s, u"flow-message"_s }, { u"id"_s, kFlowMsgB } } } } } } }));
}

void TestDemoReports::groupByTagExplodesRows()
{
    const HttpResponse r = post("/api/flow-values-reports",
        report(u"flow-values-report"_s, { u"delivered"_s }, custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s },
                { u"group_by"_s, QJsonArray { u"flow_id"_s, u"flow_message_id"_s, u"tag_name"_s, u"flow_name"_s } },
                { u"filter"_s, u"contains-any(tag_name,[\"Onboarding\"])"_s } }),
        "2026-01-15");
    QCOMPARE(r.status, 200);
    const QJsonObject groupings = results(r).at(0).toObject().value(u"groupings"_s).toObject();
    QCOMPARE(groupings.value(u"tag_name"_s).toString(), u"Onboarding"_s);
    QCOMPARE(groupings.value(u"flow_name"_s).toString(), u"Welcome Series"_s);
    const HttpResponse none = post("/api/flow-values-reports",
        report(u"flow-values-report"_s, { u"delivered"_s }, custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"filter"_s, u"contains-any(tag_name,[\"Sale\"])"_s } }),
        "2026-01-15");
    QCOMPARE(results(none).size(), 0);
}

void TestDemoReports::formValuesByVersion()
{
    const QJsonObject march = custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s);
    const HttpResponse byForm = post("/api/form-values-reports",
        report(u"form-values-report"_s, { u"viewed_form"_s, u"viewed_form_uniques"_s, u"submits"_s, u"submit_rate"_s }, march));
    QCOMPARE(byForm.status, 200);
    QCOMPARE(results(byForm).size(), 2);
    QCOMPARE(results(byForm).at(0).toObject(),
        (QJsonObject { { u"groupings"_s, QJsonObject { { u"form_id"_s, u"FRM001"_s } } },
            { u"statistics"_s, QJsonObject { { u"viewed_form"_s, 3.0 }, { u"viewed_form_uniques"_s, 2.0 }, { u"submits"_s, 1.0 }, { u"submit_rate"_s, 0.333333 } } } }));
    const HttpResponse byVersion = post("/api/form-values-reports",
        report(u"form-values-report"_s, { u"viewed_form"_s, u"submit_rate"_s }, march,
            { { u"group_by"_s, QJsonArray { u"form_id"_s, u"form_version_id"_s } }, { u"filter"_s, u"equals(form_id,\"FRM001\")"_s } }));
    const QJsonArray rows = results(byVersion);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value(u"groupings"_s).toObject().value(u"form_version_id"_s).toString(), u"VER002"_s);
    QCOMPARE(rows.at(1).toObject().value(u"statistics"_s).toObject().value(u"viewed_form"_s).toDouble(), 2.0);
    QCOMPARE(rows.at(1).toObject().value(u"statistics"_s).toObject().value(u"submit_rate"_s).toDouble(), 0.5);
    // Form reports have no relationships (digest §5.3: only campaign and flow reports).
    QVERIFY(!json(byForm).value(u"data"_s).toObject().contains(u"relationships"_s));
    QVERIFY(!json(byVersion).value(u"data"_s).toObject().contains(u"relationships"_s));
    const HttpResponse versionAlone = post("/api/form-values-reports",
        report(u"form-values-report"_s, { u"viewed_form"_s }, march, { { u"group_by"_s, QJsonArray { u"form_version_id"_s } } }));
    QCOMPARE(versionAlone.status, 400);
    QCOMPARE(firstError(versionAlone).value(u"detail"_s).toString(), u"Can group by form_version_id only if form_id are also passed in together"_s);
    QCOMPARE(firstError(versionAlone).value(u"source"_s).toObject().value(u"pointer"_s).toString(), u"/data/attributes/group_bys"_s);
}

void TestDemoReports::segmentValuesAndSeries()
{
    const QJsonObject days = custom(u"2024-03-09T00:00:00"_s, u"2024-03-10T23:59:59"_s);
    const HttpResponse values = post("/api/segment-values-reports",
        report(u"segment-values-report"_s, { u"total_members"_s, u"members_added"_s, u"members_removed"_s, u"net_members_changed"_s }, days,
            { { u"filter"_s, u"equals(segment_id,\"SEG001\")"_s } }));
    QCOMPARE(values.status, 200);
    QCOMPARE(results(values).at(0).toObject().value(u"statistics"_s).toObject(),
        (QJsonObject { { u"total_members"_s, 14.0 }, { u"members_added"_s, 5.0 }, { u"members_removed"_s, 1.0 }, { u"net_members_changed"_s, 4.0 } }));
    const HttpResponse series = post("/api/segment-series-reports",
        report(u"segment-series-report"_s, { u"total_members"_s, u"members_added"_s }, days,
            { { u"interval"_s, u"daily"_s }, { u"filter"_s, u"any(segment_id,[\"SEG001\"])"_s } }));
    QCOMPARE(series.status, 200);
    const QJsonObject stats = results(series).at(0).toObject().value(u"statistics"_s).toObject();
    QCOMPARE(numbers(stats.value(u"total_members"_s)), (QList<double> { 12, 14 }));
    QCOMPARE(numbers(stats.value(u"members_added"_s)), (QList<double> { 3, 2 }));
    QVERIFY(!json(values).value(u"data"_s).toObject().contains(u"relationships"_s));
    QVERIFY(!json(series).value(u"data"_s).toObject().contains(u"relationships"_s));
    const HttpResponse tooEarly = post("/api/segment-values-reports",
        report(u"segment-values-report"_s, { u"total_members"_s }, custom(u"2023-05-01T00:00:00"_s, u"2023-06-30T00:00:00"_s)));
    QCOMPARE(tooEarly.status, 400);
}

void TestDemoReports::timeframeKeysResolveInAccountTimezone()
{
    // Today is 2024-11-30 (Saturday) in New York. this_week = Mon Nov 25 – Sun Dec 1.
    const HttpResponse r = post("/api/flow-series-reports",
        report(u"flow-series-report"_s, { u"opens"_s }, key(u"this_week"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"daily"_s } }));
    QCOMPARE(r.status, 200);
    const QStringList dates = strings(json(r).value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"date_times"_s));
    QCOMPARE(dates.size(), 7);
    QCOMPARE(dates.first(), u"2024-11-25T05:00:00+00:00"_s);
    // last_12_months = Nov 2023 … Oct 2024: longer than the 52-week cap of monthly series.
    const HttpResponse months = post("/api/flow-series-reports",
        report(u"flow-series-report"_s, { u"opens"_s }, key(u"last_12_months"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"monthly"_s } }));
    QCOMPARE(months.status, 400);
    // last_month = October 2024, in weeks starting on Monday.
    const HttpResponse weekly = post("/api/flow-series-reports",
        report(u"flow-series-report"_s, { u"opens"_s }, key(u"last_month"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"weekly"_s } }));
    QCOMPARE(weekly.status, 200);
    const QStringList weeks = strings(json(weekly).value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"date_times"_s));
    QCOMPARE(weeks.first(), u"2024-09-30T04:00:00+00:00"_s); // the Monday on or before Oct 1
    QCOMPARE(weeks.last(), u"2024-10-28T04:00:00+00:00"_s);
    const HttpResponse hourly = post("/api/flow-series-reports",
        report(u"flow-series-report"_s, { u"opens"_s }, key(u"last_30_days"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"hourly"_s } }));
    QCOMPARE(hourly.status, 400);
    QCOMPARE(firstError(hourly).value(u"source"_s).toObject().value(u"pointer"_s).toString(), u"/data/attributes/interval"_s);
}

void TestDemoReports::timeframeKeysCoverExactlyTheirDays_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("probe");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("conversions");
    // Today is Sat 2024-11-30 in New York; the account's "now" is its last instant. Probe N of
    // formula-fixture.json has Placed Orders worth 1000 one second before the key's first day,
    // 1 at its first instant, 10 one second before its end and 100 at its end (local times). A
    // right range sums 11; 1 when the end is after now (later events do not exist yet).
    QTest::addRow("today: Nov 30") << u"today"_s << 1 << 11.0 << 2.0;
    QTest::addRow("yesterday: Nov 29") << u"yesterday"_s << 2 << 11.0 << 2.0;
    QTest::addRow("this_week: Mon Nov 25 - Sun Dec 1") << u"this_week"_s << 3 << 1.0 << 1.0;
    QTest::addRow("last_week: Nov 18 - 24") << u"last_week"_s << 4 << 11.0 << 2.0;
    QTest::addRow("last_7_days: Nov 24 - 30") << u"last_7_days"_s << 5 << 11.0 << 2.0;
    QTest::addRow("last_30_days: Nov 1 - 30") << u"last_30_days"_s << 6 << 11.0 << 2.0;
    QTest::addRow("last_90_days: Sep 2 - Nov 30") << u"last_90_days"_s << 7 << 11.0 << 2.0;
    QTest::addRow("last_365_days: 2023-12-02 - Nov 30") << u"last_365_days"_s << 8 << 11.0 << 2.0;
    QTest::addRow("this_month: Nov 1 - 30") << u"this_month"_s << 9 << 11.0 << 2.0;
    QTest::addRow("last_month: Oct 1 - 31") << u"last_month"_s << 10 << 11.0 << 2.0;
    QTest::addRow("last_3_months: Sep 1 - Nov 30") << u"last_3_months"_s << 11 << 11.0 << 2.0;
    QTest::addRow("last_12_months: 2023-11-01 - 2024-10-31") << u"last_12_months"_s << 12 << 11.0 << 2.0;
    QTest::addRow("this_year: 2024") << u"this_year"_s << 13 << 1.0 << 1.0;
    QTest::addRow("last_year: 2023") << u"last_year"_s << 14 << 11.0 << 2.0;
}

void TestDemoReports::timeframeKeysCoverExactlyTheirDays()
{
    QFETCH(QString, key);
    QFETCH(int, probe);
    QFETCH(double, value);
    QFETCH(double, conversions);
    const QString message = u"01HRTFKEY%1"_s.arg(probe, 17, 10, QLatin1Char('0'));
    const HttpResponse r = postFormula("/api/flow-values-reports",
        report(u"flow-values-report"_s, { u"conversion_value"_s, u"conversions"_s }, ::key(key),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s },
                { u"filter"_s, u"equals(flow_message_id,\"%1\")"_s.arg(message) } }));
    QCOMPARE(r.status, 200);
    QCOMPARE(results(r).size(), 1);
    const QJsonObject stats = results(r).at(0).toObject().value(u"statistics"_s).toObject();
    QCOMPARE(stats.value(u"conversion_value"_s).toDouble(), value);
    QCOMPARE(stats.value(u"conversions"_s).toDouble(), conversions);
}

void TestDemoReports::customTimeframeIncludesStartAndRoundsEndUp()
{
    // Probe "custom": orders at 09:59:59 (1000), 10:00:00 (1), 12:40 (10) and 13:00 (100) on
    // Nov 20. Start 10:00 counts its own instant; end 12:15 is rounded up to 12:59:59.
    const QString message = u"01HRTFKEYCUSTOM00000000001"_s;
    const HttpResponse r = postFormula("/api/flow-values-reports",
        report(u"flow-values-report"_s, { u"conversion_value"_s },
            custom(u"2024-11-20T10:00:00"_s, u"2024-11-20T12:15:00"_s),
            { { u"conversion_metric_id"_s, u"PlcOrd"_s },
                { u"filter"_s, u"equals(flow_message_id,\"%1\")"_s.arg(message) } }));
    QCOMPARE(r.status, 200);
    QCOMPARE(
        results(r).at(0).toObject().value(u"statistics"_s).toObject().value(u"conversion_value"_s).toDouble(), 11.0);
}

void TestDemoReports::smsStatisticsMatchTheFormulaTable_data()
{
    QTest::addColumn<QString>("statistic");
    QTest::addColumn<double>("expected");
    // Campaign "SMS Weekend" (sent Nov 10): Received SMS s1-s4 with Segment Count 1, 2, 1, 3 and
    // $usage_amount 1, 2, 3, - (credits 1 + 2 + 3 + 3 = 9), Failed to Deliver SMS s5, Clicked SMS
    // s1 s1 s2, Unsubscribed from SMS s3, Placed Orders s1 30 and s2 15. Credit price $0.01.
    QTest::addRow("delivered") << u"delivered"_s << 4.0;
    QTest::addRow("recipients") << u"recipients"_s << 5.0;
    QTest::addRow("failed") << u"failed"_s << 1.0;
    QTest::addRow("failed_rate = 1 / (4 + 1)") << u"failed_rate"_s << 0.2;
    QTest::addRow("bounced_or_failed") << u"bounced_or_failed"_s << 1.0;
    QTest::addRow("bounced_or_failed_rate = 1 / 5") << u"bounced_or_failed_rate"_s << 0.2;
    QTest::addRow("delivery_rate = 4 / 5") << u"delivery_rate"_s << 0.8;
    QTest::addRow("bounced") << u"bounced"_s << 0.0;
    QTest::addRow("clicks") << u"clicks"_s << 3.0;
    QTest::addRow("clicks_unique") << u"clicks_unique"_s << 2.0;
    QTest::addRow("click_rate = 2 / 4") << u"click_rate"_s << 0.5;
    QTest::addRow("unsubscribes") << u"unsubscribes"_s << 1.0;
    QTest::addRow("unsubscribe_uniques") << u"unsubscribe_uniques"_s << 1.0;
    QTest::addRow("unsubscribe_rate = 1 / 4") << u"unsubscribe_rate"_s << 0.25;
    QTest::addRow("message_segment_count_sum") << u"message_segment_count_sum"_s << 7.0;
    QTest::addRow("text_message_credit_usage_amount") << u"text_message_credit_usage_amount"_s << 9.0;
    QTest::addRow("text_message_spend = 9 * 0.01") << u"text_message_spend"_s << 0.09;
    QTest::addRow("text_message_roi = 45 / 0.09") << u"text_message_roi"_s << 500.0;
    QTest::addRow("conversion_value") << u"conversion_value"_s << 45.0;
    QTest::addRow("conversion_rate = 2 / 4") << u"conversion_rate"_s << 0.5;
    QTest::addRow("opens (no email, no push)") << u"opens"_s << 0.0;
}

void TestDemoReports::smsStatisticsMatchTheFormulaTable()
{
    QFETCH(QString, statistic);
    QFETCH(double, expected);
    QCOMPARE(campaignStatistic(kSmsCampaign, statistic), expected);
}

void TestDemoReports::pushStatisticsFollowTheSeedTable_data()
{
    QTest::addColumn<QString>("statistic");
    QTest::addColumn<double>("expected");
    // Campaign "Push Drop" (sent Nov 12): Received Push q1 q1 q2 q3 (4 by 3 profiles), Bounced
    // Push q4, Opened Push q1 q1 q2. The seed table is followed literally: delivery_rate's
    // numerator has "Bounced pushes" and open_rate divides by "Received push uniques".
    QTest::addRow("delivered") << u"delivered"_s << 4.0;
    QTest::addRow("recipients") << u"recipients"_s << 5.0;
    QTest::addRow("bounced") << u"bounced"_s << 1.0;
    QTest::addRow("bounce_rate = 1 / (4 + 1)") << u"bounce_rate"_s << 0.2;
    QTest::addRow("bounced_or_failed_rate = 1 / 5") << u"bounced_or_failed_rate"_s << 0.2;
    QTest::addRow("delivery_rate = (0 + 0 + 1) / 5") << u"delivery_rate"_s << 0.2;
    QTest::addRow("opens") << u"opens"_s << 3.0;
    QTest::addRow("opens_unique") << u"opens_unique"_s << 2.0;
    QTest::addRow("open_rate = 2 / (0 + 3)") << u"open_rate"_s << 0.666667;
    QTest::addRow("click_rate (email and SMS only)") << u"click_rate"_s << 0.0;
}

void TestDemoReports::pushStatisticsFollowTheSeedTable()
{
    QFETCH(QString, statistic);
    QFETCH(double, expected);
    QCOMPARE(campaignStatistic(kPushCampaign, statistic), expected);
}

void TestDemoReports::formStepStatistics()
{
    // Form FRMSTP on Nov 15: Viewed Form f1 f1 f2, Submitted Form f1, Closed Form f2 f2,
    // Qualified for Form f1 f2 f3, Viewed Form Step f1 f1 f2 f3, Submitted Form Step f1 f2.
    const QStringList stats { u"viewed_form"_s, u"viewed_form_uniques"_s, u"submits"_s, u"submit_rate"_s,
        u"closed_form"_s, u"closed_form_uniques"_s, u"qualified_form"_s, u"qualified_form_uniques"_s,
        u"viewed_form_step"_s, u"viewed_form_step_uniques"_s, u"submitted_form_step"_s,
        u"submitted_form_step_uniques"_s };
    const HttpResponse r = postFormula("/api/form-values-reports",
        report(u"form-values-report"_s, stats, custom(u"2024-11-15T00:00:00"_s, u"2024-11-15T23:59:59"_s),
            { { u"group_by"_s, QJsonArray { u"form_id"_s, u"form_version_id"_s } } }));
    QCOMPARE(r.status, 200);
    QCOMPARE(results(r).size(), 1);
    QCOMPARE(results(r).at(0).toObject().value(u"groupings"_s).toObject(),
        (QJsonObject { { u"form_id"_s, u"FRMSTP"_s }, { u"form_version_id"_s, u"VERS01"_s } }));
    QCOMPARE(results(r).at(0).toObject().value(u"statistics"_s).toObject(),
        (QJsonObject { { u"viewed_form"_s, 3.0 }, { u"viewed_form_uniques"_s, 2.0 }, { u"submits"_s, 1.0 },
            { u"submit_rate"_s, 0.333333 }, { u"closed_form"_s, 2.0 }, { u"closed_form_uniques"_s, 1.0 },
            { u"qualified_form"_s, 3.0 }, { u"qualified_form_uniques"_s, 3.0 }, { u"viewed_form_step"_s, 4.0 },
            { u"viewed_form_step_uniques"_s, 3.0 }, { u"submitted_form_step"_s, 2.0 },
            { u"submitted_form_step_uniques"_s, 2.0 } }));
    QVERIFY(!json(r).value(u"data"_s).toObject().contains(u"relationships"_s));
}

void TestDemoReports::conversionMetricMustBeEligible()
{
    const HttpResponse r = post("/api/campaign-values-reports",
        report(u"campaign-values-report"_s, { u"opens"_s }, key(u"last_12_months"_s), { { u"conversion_metric_id"_s, u"ActSit"_s } }));
    QCOMPARE(r.status, 400);
    QCOMPARE(firstError(r).value(u"detail"_s).toString(), u"Passed in conversion metric does not support querying for values data"_s);
    QCOMPARE(firstError(r).value(u"source"_s).toObject().value(u"pointer"_s).toString(), u"/data/attributes/conversion_metric_id"_s);
    // The list is configurable.
    EngineOptions options;
    options.conversionMetricNames = { u"Active on Site"_s };
    auto engine = fixtureEngine(options);
    QCOMPARE(engine->handle(apiRequest("POST", "/api/campaign-values-reports",
                                report(u"campaign-values-report"_s, { u"opens"_s }, key(u"last_12_months"_s), { { u"conversion_metric_id"_s, u"ActSit"_s } }),
                                "2025-10-15"))
                 .status,
        200);
}

void TestDemoReports::invalidReportsPointAtTheField_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    const QJsonObject conv { { u"conversion_metric_id"_s, u"PlcOrd"_s } };
    const QJsonObject march = custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s);
    QTest::addRow("unknown statistic") << QByteArray("/api/campaign-values-reports")
                                       << report(u"campaign-values-report"_s, { u"revenue"_s }, march, conv) << u"/data/attributes/statistics/0"_s;
    QTest::addRow("form statistic on campaigns") << QByteArray("/api/campaign-values-reports")
                                                 << report(u"campaign-values-report"_s, { u"submits"_s }, march, conv) << u"/data/attributes/statistics/0"_s;
    QTest::addRow("missing conversion metric") << QByteArray("/api/flow-values-reports")
                                               << report(u"flow-values-report"_s, { u"opens"_s }, march) << u"/data/attributes/conversion_metric_id"_s;
    QTest::addRow("unknown timeframe key") << QByteArray("/api/flow-values-reports")
                                           << report(u"flow-values-report"_s, { u"opens"_s }, key(u"last_2_days"_s), conv)
                                           << u"/data/attributes/timeframe/key"_s;
    QTest::addRow("key and custom together") << QByteArray("/api/flow-values-reports")
                                             << report(u"flow-values-report"_s, { u"opens"_s },
                                                    QJsonObject { { u"key"_s, u"today"_s }, { u"start"_s, u"2024-01-01T00:00:00"_s } }, conv)
                                             << u"/data/attributes/timeframe"_s;
    QTest::addRow("over one year") << QByteArray("/api/flow-values-reports")
                                   << report(u"flow-values-report"_s, { u"opens"_s }, custom(u"2023-01-01T00:00:00"_s, u"2024-01-02T00:00:00"_s), conv)
                                   << u"/data/attributes/timeframe"_s;
    QTest::addRow("series without interval") << QByteArray("/api/flow-series-reports")
                                             << report(u"flow-series-report"_s, { u"opens"_s }, march, conv) << u"/data/attributes/interval"_s;
    QTest::addRow("daily over 60 days") << QByteArray("/api/flow-series-reports")
                                        << report(u"flow-series-report"_s, { u"opens"_s }, custom(u"2024-01-01T00:00:00"_s, u"2024-03-31T00:00:00"_s),
                                               { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"daily"_s } })
                                        << u"/data/attributes/interval"_s;
    QTest::addRow("interval on a values report") << QByteArray("/api/flow-values-reports")
                                                 << report(u"flow-values-report"_s, { u"opens"_s }, march,
                                                        { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"interval"_s, u"daily"_s } })
                                                 << u"/data/attributes/interval"_s;
    QTest::addRow("required group_by missing") << QByteArray("/api/campaign-values-reports")
                                               << report(u"campaign-values-report"_s, { u"opens"_s }, march,
                                                      { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"group_by"_s, QJsonArray { u"campaign_id"_s } } })
                                               << u"/data/attributes/group_by"_s;
    QTest::addRow("filter field not allowed") << QByteArray("/api/campaign-values-reports")
                                              << report(u"campaign-values-report"_s, { u"opens"_s }, march,
                                                     { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"filter"_s, u"equals(flow_id,\"x\")"_s } })
                                              << u"/data/attributes/filter"_s;
    QTest::addRow("same attribute twice") << QByteArray("/api/campaign-values-reports")
                                          << report(u"campaign-values-report"_s, { u"opens"_s }, march,
                                                 { { u"conversion_metric_id"_s, u"PlcOrd"_s },
                                                     { u"filter"_s, u"and(equals(send_channel,\"email\"),equals(send_channel,\"sms\"))"_s } })
                                          << u"/data/attributes/filter"_s;
    QTest::addRow("bad send_channel") << QByteArray("/api/campaign-values-reports")
                                      << report(u"campaign-values-report"_s, { u"opens"_s }, march,
                                             { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"filter"_s, u"equals(send_channel,\"fax\")"_s } })
                                      << u"/data/attributes/filter"_s;
    QTest::addRow("wrong type") << QByteArray("/api/campaign-values-reports") << report(u"flow-values-report"_s, { u"opens"_s }, march, conv)
                                << u"/data/type"_s;
}

void TestDemoReports::invalidReportsPointAtTheField()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    const HttpResponse r = post(path, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(firstError(r).value(u"source"_s).toObject().value(u"pointer"_s).toString(), pointer);
}

void TestDemoReports::groupByFollowsTheRevision()
{
    const QJsonObject march = custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s);
    const QByteArray body = report(u"campaign-values-report"_s, { u"opens"_s }, march,
        { { u"conversion_metric_id"_s, u"PlcOrd"_s }, { u"group_by"_s, QJsonArray { u"campaign_id"_s, u"campaign_message_id"_s } } });
    QCOMPARE(post("/api/campaign-values-reports", body, "2025-07-15").status, 400); // group_by arrived in 2025-10-15
    const HttpResponse current = post("/api/campaign-values-reports", body, "2025-10-15");
    QCOMPARE(current.status, 200);
    QCOMPARE(results(current).at(0).toObject().value(u"groupings"_s).toObject().keys(),
        (QStringList { u"campaign_id"_s, u"campaign_message_id"_s }));
    // Without group_by the 2024 grouping is send_channel and campaign_id.
    const HttpResponse old = post("/api/campaign-values-reports/",
        report(u"campaign-values-report"_s, { u"opens"_s }, march, { { u"conversion_metric_id"_s, u"PlcOrd"_s } }), "2024-06-15");
    QCOMPARE(results(old).at(0).toObject().value(u"groupings"_s).toObject().keys(), (QStringList { u"campaign_id"_s, u"send_channel"_s }));
}

void TestDemoReports::pagesOfResults()
{
    EngineOptions options;
    options.reportPageSize = 1;
    auto engine = fixtureEngine(options);
    const QByteArray body = report(u"flow-values-report"_s, { u"delivered"_s }, custom(u"2024-03-01T00:00:00"_s, u"2024-03-31T23:59:59"_s),
        { { u"conversion_metric_id"_s, u"PlcOrd"_s } });
    const HttpResponse first = engine->handle(apiRequest("POST", "/api/flow-values-reports", body, "2025-10-15"));
    QCOMPARE(results(first).size(), 1);
    const QString next = json(first).value(u"links"_s).toObject().value(u"next"_s).toString();
    QVERIFY(next.contains(u"page_cursor="_s));
    const QByteArray path = next.mid(QStringLiteral("https://demo.klaviyo-explorer.invalid").size()).toLatin1();
    const HttpResponse second = engine->handle(apiRequest("POST", path, body, "2025-10-15"));
    QCOMPARE(second.status, 200);
    QCOMPARE(results(second).at(0).toObject().value(u"groupings"_s).toObject().value(u"flow_message_id"_s).toString(), kFlowSms);
    QVERIFY(json(second).value(u"links"_s).toObject().value(u"next"_s).isNull());
    // Form and segment reports have no page_cursor parameter.
    QCOMPARE(engine->handle(apiRequest("POST", "/api/form-values-reports?page_cursor=abc",
                                report(u"form-values-report"_s, { u"submits"_s }, key(u"today"_s)), "2025-10-15"))
                 .status,
        400);
}

QTEST_GUILESS_MAIN(TestDemoReports)
#include "tst_demoreports.moc"
