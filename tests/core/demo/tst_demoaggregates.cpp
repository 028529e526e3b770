// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/metric-aggregates on the small fixture, checked against counts worked out by hand
// from tests/data/demo/small-fixture.json (America/New_York: DST starts 2024-03-10 and ends
// 2024-11-03). Event E1…E12 below are the Opened Email events in file order.
#include "demotestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace kx;
using namespace kx::test;

namespace {

const QString kCampaignA = u"01HRCAMPA1GN00000000000001"_s; // campaign "Spring Sale" ($message of its events)
const QString kFlowMsgB = u"01HRF10WMSG000000000000001"_s;  // flow message "Welcome Email 1"

/// "dim1/dim2=v1,v2,…" per row, in response order.
QStringList rowsOf(const QJsonObject& response, const QString& measurement)
{
    QStringList out;
    const QJsonArray data = response.value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"data"_s).toArray();
    for (const QJsonValue& row : data) {
        QStringList values;
        for (const double v : numbers(row.toObject().value(u"measurements"_s).toObject().value(measurement)))
            values.append(QString::number(v));
        out.append(strings(row.toObject().value(u"dimensions"_s)).join(u'/') + u'=' + values.join(u','));
    }
    return out;
}

QStringList datesOf(const QJsonObject& response)
{
    return strings(response.value(u"data"_s).toObject().value(u"attributes"_s).toObject().value(u"dates"_s));
}

QByteArray body(const QString& metric, const QString& measurement, const QString& interval, const QStringList& filters,
    const QStringList& by, const QJsonObject& extra = {})
{
    QJsonObject attributes = extra;
    attributes.insert(u"metric_id"_s, metric);
    attributes.insert(u"measurements"_s, QJsonArray { measurement });
    attributes.insert(u"interval"_s, interval);
    attributes.insert(u"filter"_s, QJsonArray::fromStringList(filters));
    if (!by.isEmpty())
        attributes.insert(u"by"_s, QJsonArray::fromStringList(by));
    if (!attributes.contains(u"timezone"_s))
        attributes.insert(u"timezone"_s, u"America/New_York"_s);
    return QJsonDocument(QJsonObject { { u"data"_s, QJsonObject { { u"type"_s, u"metric-aggregate"_s }, { u"attributes"_s, attributes } } } })
        .toJson(QJsonDocument::Compact);
}

QStringList range(const QString& start, const QString& end)
{
    return { u"greater-or-equal(datetime,%1)"_s.arg(start), u"less-than(datetime,%1)"_s.arg(end) };
}

} // namespace

class TestDemoAggregates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_engine = fixtureEngine(); }

    void bucketsMatchHandCounts_data();
    void bucketsMatchHandCounts();
    void sortOrdersGroups_data();
    void sortOrdersGroups();
    void sortByMeasurementsAndDimensions_data();
    void sortByMeasurementsAndDimensions();
    void numericComparisonsOnAProperty_data();
    void numericComparisonsOnAProperty();
    void negatedFiltersAreRefusedUnlessAccepted();
    void pagesFollowLinksNextAndBodyCursor();
    void invalidRequestsPointAtTheField_data();
    void invalidRequestsPointAtTheField();
    void dimensionsFollowTheRevision();
    void legacyZoneNamesAreAccepted();
    void sparseFieldsetKeepsOnlyDates();
    void responseHasTheDocumentedEnvelope();

private:
    std::shared_ptr<DemoEngine> m_engine;
};

void TestDemoAggregates::bucketsMatchHandCounts_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("measurement");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("by");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("timezone");

    const QString opened = u"OpnEml"_s;
    const QStringList springDays { u"2024-03-09T05:00:00+00:00"_s, u"2024-03-10T05:00:00+00:00"_s, u"2024-03-11T04:00:00+00:00"_s };
    const QStringList springRange = range(u"2024-03-09T00:00:00-05:00"_s, u"2024-03-12T00:00:00-04:00"_s);
    const QString a = kCampaignA;
    const QString b = kFlowMsgB;

    // Mar 9: E1. Mar 10 (23 h): E2, E3, E4 and E5 (23:30 EDT). Mar 11: E6 at local midnight.
    QTest::addRow("day count across spring-forward") << opened << u"count"_s << u"day"_s << springRange << QStringList {}
                                                     << springDays << QStringList { u"=1,4,1"_s } << QString();
    QTest::addRow("day unique profiles") << opened << u"unique"_s << u"day"_s << springRange << QStringList {} << springDays
                                         << QStringList { u"=1,3,1"_s } << QString();
    QTest::addRow("day by message") << opened << u"count"_s << u"day"_s << springRange << QStringList { u"$message"_s }
                                    << springDays << QStringList { a + u"=1,2,1"_s, b + u"=0,2,0"_s } << QString();
    QTest::addRow("day by client, missing value grouped under empty")
        << opened << u"count"_s << u"day"_s << springRange << QStringList { u"Client Name"_s } << springDays
        << QStringList { u"=0,1,0"_s, u"Apple Mail=0,2,0"_s, u"Gmail=1,1,1"_s } << QString();
    QTest::addRow("day by message and client")
        << opened << u"count"_s << u"day"_s << springRange << QStringList { u"$message"_s, u"Client Name"_s } << springDays
        << QStringList { a + u"/Apple Mail=0,1,0"_s, a + u"/Gmail=1,1,1"_s, b + u"/=0,1,0"_s, b + u"/Apple Mail=0,1,0"_s } << QString();
    QTest::addRow("day unique by client") << opened << u"unique"_s << u"day"_s << springRange << QStringList { u"Client Name"_s }
                                          << springDays << QStringList { u"=0,1,0"_s, u"Apple Mail=0,1,0"_s, u"Gmail=1,1,1"_s } << QString();
    // Local 00:00–04:00 on Mar 10 is three real hours: 02:00 does not exist.
    QTest::addRow("hour on spring-forward day")
        << opened << u"count"_s << u"hour"_s << range(u"2024-03-10T00:00:00-05:00"_s, u"2024-03-10T04:00:00-04:00"_s)
        << QStringList {}
        << QStringList { u"2024-03-10T05:00:00+00:00"_s, u"2024-03-10T06:00:00+00:00"_s, u"2024-03-10T07:00:00+00:00"_s }
        << QStringList { u"=1,1,1"_s } << QString();
    // Local 00:00–03:00 on Nov 3 is four real hours: 01:00 happens twice (E10 EDT, E11 EST).
    QTest::addRow("hour on fall-back day")
        << opened << u"count"_s << u"hour"_s << range(u"2024-11-03T00:00:00-04:00"_s, u"2024-11-03T03:00:00-05:00"_s)
        << QStringList {}
        << QStringList { u"2024-11-03T04:00:00+00:00"_s, u"2024-11-03T05:00:00+00:00"_s, u"2024-11-03T06:00:00+00:00"_s,
               u"2024-11-03T07:00:00+00:00"_s }
        << QStringList { u"=0,1,1,0"_s } << QString();
    // Nov 3 lasts 25 hours: E10, E11 and E12 (23:30 EST, already Nov 4 in UTC).
    QTest::addRow("day of 25 hours") << opened << u"count"_s << u"day"_s
                                     << range(u"2024-11-03T00:00:00-04:00"_s, u"2024-11-05T00:00:00-05:00"_s) << QStringList {}
                                     << QStringList { u"2024-11-03T04:00:00+00:00"_s, u"2024-11-04T05:00:00+00:00"_s }
                                     << QStringList { u"=3,0"_s } << QString();
    QTest::addRow("day of 25 hours unique") << opened << u"unique"_s << u"day"_s
                                            << range(u"2024-11-03T00:00:00-04:00"_s, u"2024-11-05T00:00:00-05:00"_s)
                                            << QStringList {}
                                            << QStringList { u"2024-11-03T04:00:00+00:00"_s, u"2024-11-04T05:00:00+00:00"_s }
                                            << QStringList { u"=2,0"_s } << QString();
    // E8 at 23:59:59 on Mar 31 stays in March; E9 at local midnight is April.
    const QStringList months { u"2024-03-01T05:00:00+00:00"_s, u"2024-04-01T04:00:00+00:00"_s };
    const QStringList monthRange = range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s);
    QTest::addRow("month boundary by message") << opened << u"count"_s << u"month"_s << monthRange << QStringList { u"$message"_s }
                                               << months << QStringList { a + u"=6,0"_s, b + u"=2,1"_s } << QString();
    QTest::addRow("month unique") << opened << u"unique"_s << u"month"_s << monthRange << QStringList {} << months
                                  << QStringList { u"=3,1"_s } << QString();
    // Weeks start on Monday; the first bucket starts before the range (Wed Mar 6).
    QTest::addRow("week from mid-week") << opened << u"count"_s << u"week"_s
                                        << range(u"2024-03-06T00:00:00-05:00"_s, u"2024-03-18T00:00:00-04:00"_s) << QStringList {}
                                        << QStringList { u"2024-03-04T05:00:00+00:00"_s, u"2024-03-11T04:00:00+00:00"_s }
                                        << QStringList { u"=5,1"_s } << QString();
    QTest::addRow("day bucket floors before a UTC range start")
        << opened << u"count"_s << u"day"_s << range(u"2024-03-09T22:00:00Z"_s, u"2024-03-10T12:00:00Z"_s) << QStringList {}
        << QStringList { u"2024-03-09T00:00:00+00:00"_s, u"2024-03-10T00:00:00+00:00"_s } << QStringList { u"=1,3"_s }
        << u"UTC"_s;

    QTest::addRow("filter equals") << opened << u"count"_s << u"day"_s
                                   << springRange + QStringList { u"equals(Client Name,\"Gmail\")"_s } << QStringList {}
                                   << springDays << QStringList { u"=1,1,1"_s } << QString();
    QTest::addRow("filter any") << opened << u"count"_s << u"day"_s
                                << springRange + QStringList { u"any($message,[\"%1\"])"_s.arg(b) } << QStringList {}
                                << springDays << QStringList { u"=0,2,0"_s } << QString();
    QTest::addRow("two filters are AND-ed")
        << opened << u"count"_s << u"day"_s
        << springRange + QStringList { u"equals($message,\"%1\")"_s.arg(a), u"equals(Client Name,'Apple Mail')"_s }
        << QStringList {} << springDays << QStringList { u"=0,1,0"_s } << QString();
    QTest::addRow("filter contains is case-sensitive")
        << opened << u"count"_s << u"day"_s << springRange + QStringList { u"contains(Client Name,\"Mail\")"_s }
        << QStringList {} << springDays << QStringList { u"=0,2,0"_s } << QString();
    // Clients over the three days: E1 Gmail | E2 Gmail, E3 Apple Mail, E4 Apple Mail, E5 none | E6 Gmail.
    QTest::addRow("filter contains-any") << opened << u"count"_s << u"day"_s
                                         << springRange
            + QStringList { u"contains-any(Client Name,[\"Apple\",\"Gm\"])"_s }
                                         << QStringList {} << springDays << QStringList { u"=1,3,1"_s } << QString();
    QTest::addRow("filter contains-any, one matches")
        << opened << u"count"_s << u"day"_s
        << springRange + QStringList { u"contains-any(Client Name,[\"Outlook\",\"Apple\"])"_s } << QStringList {}
        << springDays << QStringList { u"=0,2,0"_s } << QString();
    QTest::addRow("filter contains-all") << opened << u"count"_s << u"day"_s
                                         << springRange
            + QStringList { u"contains-all(Client Name,[\"Apple\",\" Mail\"])"_s }
                                         << QStringList {} << springDays << QStringList { u"=0,2,0"_s } << QString();
    QTest::addRow("filter contains-all, not all present")
        << opened << u"count"_s << u"day"_s
        << springRange + QStringList { u"contains-all(Client Name,[\"Apple\",\"Gmail\"])"_s } << QStringList {}
        << springDays << QStringList { u"=0,0,0"_s } << QString();
    QTest::addRow("filter starts-with") << opened << u"count"_s << u"day"_s
                                        << springRange + QStringList { u"starts-with(Client Name,\"Apple\")"_s }
                                        << QStringList {} << springDays << QStringList { u"=0,2,0"_s } << QString();
    QTest::addRow("filter ends-with is case-sensitive")
        << opened << u"count"_s << u"day"_s << springRange + QStringList { u"ends-with(Client Name,\"mail\")"_s }
        << QStringList {} << springDays << QStringList { u"=1,1,1"_s } << QString();
    QTest::addRow("datetime bounds in one string with exclusive start, inclusive end")
        << opened << u"count"_s << u"day"_s
        << QStringList { u"greater-than(datetime,2024-03-10T05:30:00Z),less-or-equal(datetime,2024-03-10T07:00:00Z)"_s }
        << QStringList {} << QStringList { u"2024-03-10T05:00:00+00:00"_s } << QStringList { u"=2"_s } << QString();

    const QStringList orderDays { u"2024-03-10T05:00:00+00:00"_s, u"2024-03-11T04:00:00+00:00"_s };
    const QStringList orderRange = range(u"2024-03-10T00:00:00-05:00"_s, u"2024-03-12T00:00:00-04:00"_s);
    QTest::addRow("sum_value by attributed message")
        << u"PlcOrd"_s << u"sum_value"_s << u"day"_s << orderRange << QStringList { u"$attributed_message"_s } << orderDays
        << QStringList { u"=20,0"_s, a + u"=50.25,9.75"_s, b + u"=0,100.5"_s } << QString();
    QTest::addRow("count by attributed channel") << u"PlcOrd"_s << u"count"_s << u"day"_s << orderRange
                                                 << QStringList { u"$attributed_channel"_s } << orderDays
                                                 << QStringList { u"=1,0"_s, u"email=1,2"_s } << QString();
    QTest::addRow("no events, no by: one zero row") << u"PlcOrd"_s << u"count"_s << u"day"_s
                                                    << range(u"2024-06-01T00:00:00-04:00"_s, u"2024-06-02T00:00:00-04:00"_s)
                                                    << QStringList {} << QStringList { u"2024-06-01T04:00:00+00:00"_s }
                                                    << QStringList { u"=0"_s } << QString();
    QTest::addRow("no events with by: no rows") << u"PlcOrd"_s << u"count"_s << u"day"_s
                                                << range(u"2024-06-01T00:00:00-04:00"_s, u"2024-06-02T00:00:00-04:00"_s)
                                                << QStringList { u"$attributed_message"_s }
                                                << QStringList { u"2024-06-01T04:00:00+00:00"_s } << QStringList {} << QString();
}

void TestDemoAggregates::bucketsMatchHandCounts()
{
    QFETCH(QString, metric);
    QFETCH(QString, measurement);
    QFETCH(QString, interval);
    QFETCH(QStringList, filters);
    QFETCH(QStringList, by);
    QFETCH(QStringList, dates);
    QFETCH(QStringList, rows);
    QFETCH(QString, timezone);
    QJsonObject extra;
    if (!timezone.isEmpty())
        extra.insert(u"timezone"_s, timezone);
    const HttpResponse r = m_engine->handle(
        apiRequest("POST", "/api/metric-aggregates", body(metric, measurement, interval, filters, by, extra)));
    QCOMPARE(r.status, 200);
    const QJsonObject response = json(r);
    QCOMPARE(datesOf(response), dates);
    QCOMPARE(rowsOf(response, measurement), rows);
}

void TestDemoAggregates::sortOrdersGroups_data()
{
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("rows");
    // March–April by message: A has 6 opens, B has 3.
    QTest::addRow("default by dimension") << QString() << QStringList { kCampaignA + u"=6,0"_s, kFlowMsgB + u"=2,1"_s };
    QTest::addRow("count ascending") << u"count"_s << QStringList { kFlowMsgB + u"=2,1"_s, kCampaignA + u"=6,0"_s };
    QTest::addRow("count descending") << u"-count"_s << QStringList { kCampaignA + u"=6,0"_s, kFlowMsgB + u"=2,1"_s };
    QTest::addRow("dimension descending") << u"-$message"_s << QStringList { kFlowMsgB + u"=2,1"_s, kCampaignA + u"=6,0"_s };
}

void TestDemoAggregates::sortOrdersGroups()
{
    QFETCH(QString, sort);
    QFETCH(QStringList, rows);
    QJsonObject extra;
    if (!sort.isEmpty())
        extra.insert(u"sort"_s, sort);
    const HttpResponse r = m_engine->handle(apiRequest("POST", "/api/metric-aggregates",
        body(u"OpnEml"_s, u"count"_s, u"month"_s, range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s),
            { u"$message"_s }, extra)));
    QCOMPARE(r.status, 200);
    QCOMPARE(rowsOf(json(r), u"count"_s), rows);
}

void TestDemoAggregates::sortByMeasurementsAndDimensions_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("measurement");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("sort");
    QTest::addColumn<QStringList>("rows");
    // March–April. Placed Order by $attributed_message: "" 20 (1 order), A 60 (2), B 100.5 (1).
    const QString a = kCampaignA;
    const QString b = kFlowMsgB;
    const QString order = u"PlcOrd"_s;
    QTest::addRow("sum_value ascending") << order << u"sum_value"_s << u"$attributed_message"_s << u"sum_value"_s
                                         << QStringList { u"=20,0"_s, a + u"=60,0"_s, b + u"=100.5,0"_s };
    QTest::addRow("sum_value descending") << order << u"sum_value"_s << u"$attributed_message"_s << u"-sum_value"_s
                                          << QStringList { b + u"=100.5,0"_s, a + u"=60,0"_s, u"=20,0"_s };
    // By count instead, A (2 orders) leads and the ties keep the dimension order.
    QTest::addRow("count descending, same data") << order << u"sum_value"_s << u"$attributed_message"_s << u"-count"_s
                                                 << QStringList { a + u"=60,0"_s, u"=20,0"_s, b + u"=100.5,0"_s };
    QTest::addRow("dimension ascending") << order << u"count"_s << u"$attributed_message"_s << u"$attributed_message"_s
                                         << QStringList { u"=1,0"_s, a + u"=2,0"_s, b + u"=1,0"_s };
    // Opened Email by client, unique per month: Gmail p1 in March and p4 in April (2 in all),
    // every other client one profile in March.
    QTest::addRow("unique descending") << u"OpnEml"_s << u"unique"_s << u"Client Name"_s << u"-unique"_s
                                       << QStringList { u"Gmail=1,1"_s, u"=1,0"_s, u"Apple Mail=1,0"_s,
                                              u"Outlook=1,0"_s };
    QTest::addRow("unique ascending") << u"OpnEml"_s << u"unique"_s << u"Client Name"_s << u"unique"_s
                                      << QStringList { u"=1,0"_s, u"Apple Mail=1,0"_s, u"Outlook=1,0"_s,
                                             u"Gmail=1,1"_s };
}

void TestDemoAggregates::sortByMeasurementsAndDimensions()
{
    QFETCH(QString, metric);
    QFETCH(QString, measurement);
    QFETCH(QString, by);
    QFETCH(QString, sort);
    QFETCH(QStringList, rows);
    const HttpResponse r = m_engine->handle(apiRequest("POST", "/api/metric-aggregates",
        body(metric, measurement, u"month"_s, range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s),
            { by }, { { u"sort"_s, sort } })));
    QCOMPARE(r.status, 200);
    QCOMPARE(rowsOf(json(r), measurement), rows);
}

void TestDemoAggregates::numericComparisonsOnAProperty_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    // formula-fixture.json: four Received SMS on Nov 10 with $usage_amount 1, 2, 3 and none.
    QTest::addRow("greater-than") << u"greater-than($usage_amount,1)"_s << 2;
    QTest::addRow("greater-or-equal") << u"greater-or-equal($usage_amount,2)"_s << 2;
    QTest::addRow("less-than") << u"less-than($usage_amount,3)"_s << 2;
    QTest::addRow("less-or-equal, missing value excluded") << u"less-or-equal($usage_amount,3)"_s << 3;
    QTest::addRow("equals a number") << u"equals($usage_amount,3)"_s << 1;
    QTest::addRow("none above") << u"greater-than($usage_amount,3)"_s << 0;
}

void TestDemoAggregates::numericComparisonsOnAProperty()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    auto engine = fixtureEngineFrom(u"formula-fixture.json"_s);
    const HttpResponse r = engine->handle(apiRequest("POST", "/api/metric-aggregates",
        body(u"RcvSms"_s, u"count"_s, u"day"_s,
            range(u"2024-11-10T00:00:00-05:00"_s, u"2024-11-11T00:00:00-05:00"_s) + QStringList { filter }, {}),
        "2025-07-15"));
    QCOMPARE(r.status, 200);
    QCOMPARE(rowsOf(json(r), u"count"_s), QStringList { u"="_s + QString::number(count) });
}

void TestDemoAggregates::negatedFiltersAreRefusedUnlessAccepted()
{
    // Seed 001's not(equals(<dimension>,"")) keeps the events that have the dimension.
    const QStringList filters = range(u"2024-03-09T00:00:00-05:00"_s, u"2024-03-12T00:00:00-04:00"_s)
        + QStringList { u"not(equals(Client Name,\"\"))"_s };
    const QByteArray request = body(u"OpnEml"_s, u"count"_s, u"day"_s, filters, { u"Client Name"_s });

    // The default follows the digest: or/not are undocumented and refused.
    const HttpResponse refused = m_engine->handle(apiRequest("POST", "/api/metric-aggregates", request));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("/data/attributes/filter/2"));

    EngineOptions options;
    options.acceptNegatedFilters = true;
    const auto accepting = fixtureEngine(options);
    const HttpResponse r = accepting->handle(apiRequest("POST", "/api/metric-aggregates", request));
    QCOMPARE(r.status, 200);
    // Without the filter: "=0,1,0", "Apple Mail=0,2,0", "Gmail=1,1,1" (bucketsMatchHandCounts).
    QCOMPARE(rowsOf(json(r), u"count"_s), (QStringList { u"Apple Mail=0,2,0"_s, u"Gmail=1,1,1"_s }));

    // not(equals(…,"Gmail")) keeps the others, the events without a client included.
    const HttpResponse notGmail = accepting->handle(apiRequest("POST", "/api/metric-aggregates",
        body(u"OpnEml"_s, u"count"_s, u"day"_s,
            range(u"2024-03-09T00:00:00-05:00"_s, u"2024-03-12T00:00:00-04:00"_s)
                + QStringList { u"not(equals(Client Name,\"Gmail\"))"_s },
            { u"Client Name"_s })));
    QCOMPARE(notGmail.status, 200);
    QCOMPARE(rowsOf(json(notGmail), u"count"_s), (QStringList { u"=0,1,0"_s, u"Apple Mail=0,2,0"_s }));

    // The negated condition is checked like any other: an unknown field is refused.
    const HttpResponse badField = accepting->handle(apiRequest("POST", "/api/metric-aggregates",
        body(u"OpnEml"_s, u"count"_s, u"day"_s,
            range(u"2024-03-09T00:00:00-05:00"_s, u"2024-03-12T00:00:00-04:00"_s)
                + QStringList { u"not(equals(No Such Field,\"x\"))"_s },
            {})));
    QCOMPARE(badField.status, 400);
}

void TestDemoAggregates::pagesFollowLinksNextAndBodyCursor()
{
    const QByteArray first = body(u"OpnEml"_s, u"count"_s, u"month"_s,
        range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s), { u"$message"_s },
        QJsonObject { { u"page_size"_s, 1 }, { u"sort"_s, u"-count"_s } });
    const HttpResponse r1 = m_engine->handle(apiRequest("POST", "/api/metric-aggregates/", first));
    QCOMPARE(r1.status, 200);
    QCOMPARE(rowsOf(json(r1), u"count"_s), QStringList { kCampaignA + u"=6,0"_s });
    const QString next = json(r1).value(u"links"_s).toObject().value(u"next"_s).toString();
    QVERIFY2(next.startsWith(u"https://demo.klaviyo-explorer.invalid/api/metric-aggregates/?page_cursor="_s), qPrintable(next));
    const QString cursor = next.mid(next.indexOf(u'=') + 1);

    // Following links.next: the same body POSTed to the URL.
    const HttpResponse r2 = m_engine->handle(apiRequest("POST", "/api/metric-aggregates/?page_cursor=" + cursor.toLatin1(), first));
    QCOMPARE(r2.status, 200);
    QCOMPARE(rowsOf(json(r2), u"count"_s), QStringList { kFlowMsgB + u"=2,1"_s });
    QCOMPARE(datesOf(json(r2)), datesOf(json(r1)));
    QVERIFY(!json(r2).value(u"links"_s).toObject().contains(u"next"_s));

    // The cursor back in attributes.page_cursor gives the same page.
    const QByteArray viaBody = body(u"OpnEml"_s, u"count"_s, u"month"_s,
        range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s), { u"$message"_s },
        QJsonObject { { u"page_size"_s, 1 }, { u"sort"_s, u"-count"_s }, { u"page_cursor"_s, cursor } });
    const HttpResponse r3 = m_engine->handle(apiRequest("POST", "/api/metric-aggregates", viaBody));
    QCOMPARE(rowsOf(json(r3), u"count"_s), rowsOf(json(r2), u"count"_s));
}

void TestDemoAggregates::invalidRequestsPointAtTheField_data()
{
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<QString>("pointer");
    const QStringList ok = range(u"2024-03-01T00:00:00-05:00"_s, u"2024-04-01T00:00:00-04:00"_s);
    auto with = [&](const QJsonObject& extra, const QStringList& filters = {}) {
        return body(u"OpnEml"_s, u"count"_s, u"day"_s, filters.isEmpty() ? ok : filters, {}, extra);
    };
    QTest::addRow("not json") << QByteArray("{\"data\":") << u"/data"_s;
    QTest::addRow("wrong type") << QByteArray(R"({"data":{"type":"metric","attributes":{}}})") << u"/data/type"_s;
    QTest::addRow("missing metric") << QByteArray(R"({"data":{"type":"metric-aggregate","attributes":{"measurements":["count"],"filter":["x"]}}})")
                                    << u"/data/attributes/metric_id"_s;
    QTest::addRow("unknown metric") << body(u"NoSuch"_s, u"count"_s, u"day"_s, ok, {}) << u"/data/attributes/metric_id"_s;
    QTest::addRow("bad measurement") << body(u"OpnEml"_s, u"total"_s, u"day"_s, ok, {}) << u"/data/attributes/measurements/0"_s;
    QTest::addRow("bad interval") << body(u"OpnEml"_s, u"count"_s, u"daily"_s, ok, {}) << u"/data/attributes/interval"_s;
    QTest::addRow("bad by") << body(u"OpnEml"_s, u"count"_s, u"day"_s, ok, { u"Colour"_s }) << u"/data/attributes/by/0"_s;
    QTest::addRow("unknown timezone") << with({ { u"timezone"_s, u"Mars/Olympus_Mons"_s } }) << u"/data/attributes/timezone"_s;
    QTest::addRow("unsupported timezone") << with({ { u"timezone"_s, u"Europe/Kyiv"_s } }) << u"/data/attributes/timezone"_s;
    QTest::addRow("bad sort") << with({ { u"sort"_s, u"-timestamp"_s } }) << u"/data/attributes/sort"_s;
    QTest::addRow("page size zero") << with({ { u"page_size"_s, 0 } }) << u"/data/attributes/page_size"_s;
    QTest::addRow("bad cursor") << with({ { u"page_cursor"_s, u"bm9wZQ"_s } }) << u"/data/attributes/page_cursor"_s;
    QTest::addRow("unknown attribute") << with({ { u"colour"_s, u"red"_s } }) << u"/data/attributes/colour"_s;
    QTest::addRow("no datetime range") << with({}, { u"equals($message,\"x\")"_s }) << u"/data/attributes/filter"_s;
    QTest::addRow("only a start") << with({}, { u"greater-or-equal(datetime,2024-03-01)"_s }) << u"/data/attributes/filter"_s;
    QTest::addRow("range over a year") << with({}, range(u"2023-03-01T00:00:00Z"_s, u"2024-03-02T00:00:00Z"_s))
                                       << u"/data/attributes/filter"_s;
    QTest::addRow("more than five years back") << with({}, range(u"2019-06-01T00:00:00Z"_s, u"2019-07-01T00:00:00Z"_s))
                                               << u"/data/attributes/filter"_s;
    QTest::addRow("end before start") << with({}, range(u"2024-03-02T00:00:00Z"_s, u"2024-03-01T00:00:00Z"_s))
                                      << u"/data/attributes/filter"_s;
    QTest::addRow("unknown filter field") << with({}, ok + QStringList { u"equals(colour,\"red\")"_s }) << u"/data/attributes/filter/2"_s;
    QTest::addRow("malformed filter") << with({}, ok + QStringList { u"equals($message,"_s }) << u"/data/attributes/filter/2"_s;
    QTest::addRow("or is refused") << with({}, ok + QStringList { u"or(equals($message,\"a\"),equals($message,\"b\"))"_s })
                                   << u"/data/attributes/filter/2"_s;
    QTest::addRow("any needs a list") << with({}, ok + QStringList { u"any($message,\"a\")"_s }) << u"/data/attributes/filter/2"_s;
    QTest::addRow("has is refused") << with({}, ok + QStringList { u"has($message)"_s })
                                    << u"/data/attributes/filter/2"_s;
}

void TestDemoAggregates::invalidRequestsPointAtTheField()
{
    QFETCH(QByteArray, requestBody);
    QFETCH(QString, pointer);
    const HttpResponse r = m_engine->handle(apiRequest("POST", "/api/metric-aggregates", requestBody));
    QCOMPARE(r.status, 400);
    const QJsonObject error = firstError(r);
    QCOMPARE(error.value(u"code"_s).toString(), u"invalid"_s);
    QCOMPARE(error.value(u"status"_s).toInt(), 400);
    QCOMPARE(error.value(u"source"_s).toObject().value(u"pointer"_s).toString(), pointer);
    QVERIFY(!error.value(u"detail"_s).toString().isEmpty());
    QCOMPARE(error.value(u"id"_s).toString().size(), 36);
}

void TestDemoAggregates::dimensionsFollowTheRevision()
{
    // "Bot Click" joined the `by` enum in 2024-07-15.
    const QByteArray request = body(u"ClkEml"_s, u"count"_s, u"month"_s,
        range(u"2024-03-01T00:00:00-05:00"_s, u"2024-04-01T00:00:00-04:00"_s), { u"Bot Click"_s });
    const HttpResponse old = m_engine->handle(apiRequest("POST", "/api/metric-aggregates/", request, "2023-10-15"));
    QCOMPARE(old.status, 400);
    QCOMPARE(firstError(old).value(u"source"_s).toObject().value(u"pointer"_s).toString(), u"/data/attributes/by/0"_s);
    const HttpResponse current = m_engine->handle(apiRequest("POST", "/api/metric-aggregates", request, "2026-07-15"));
    QCOMPARE(current.status, 200);
    QCOMPARE(rowsOf(json(current), u"count"_s), (QStringList { u"false=2"_s, u"true=1"_s }));
}

void TestDemoAggregates::legacyZoneNamesAreAccepted()
{
    const HttpResponse r = m_engine->handle(apiRequest("POST", "/api/metric-aggregates",
        body(u"OpnEml"_s, u"count"_s, u"month"_s, range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s), {},
            { { u"timezone"_s, u"US/Eastern"_s } })));
    QCOMPARE(r.status, 200);
    QCOMPARE(datesOf(json(r)), (QStringList { u"2024-03-01T05:00:00+00:00"_s, u"2024-04-01T04:00:00+00:00"_s }));
}

void TestDemoAggregates::sparseFieldsetKeepsOnlyDates()
{
    const QByteArray request = body(u"OpnEml"_s, u"count"_s, u"month"_s,
        range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s), {});
    const HttpResponse r = m_engine->handle(apiRequest("POST", "/api/metric-aggregates?fields%5Bmetric-aggregate%5D=dates", request, "2026-07-15"));
    QCOMPARE(r.status, 200);
    const QJsonObject attributes = json(r).value(u"data"_s).toObject().value(u"attributes"_s).toObject();
    QVERIFY(attributes.contains(u"dates"_s));
    QVERIFY(!attributes.contains(u"data"_s));
    // Unknown before 2026-04-15.
    const HttpResponse old = m_engine->handle(apiRequest("POST", "/api/metric-aggregates?fields%5Bmetric-aggregate%5D=dates", request, "2025-01-15"));
    QCOMPARE(old.status, 400);
    QCOMPARE(firstError(old).value(u"source"_s).toObject().value(u"parameter"_s).toString(), u"fields[metric-aggregate]"_s);
}

void TestDemoAggregates::responseHasTheDocumentedEnvelope()
{
    const QByteArray request = body(u"OpnEml"_s, u"count"_s, u"month"_s,
        range(u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s), {});
    const HttpResponse r = m_engine->handle(apiRequest("POST", "/api/metric-aggregates/", request));
    QCOMPARE(r.header("content-type"), QByteArray("application/vnd.api+json"));
    const QJsonObject data = json(r).value(u"data"_s).toObject();
    QCOMPARE(data.value(u"type"_s).toString(), u"metric-aggregate"_s);
    bool numeric = false;
    data.value(u"id"_s).toString().toULongLong(&numeric);
    QVERIFY(numeric);
    QCOMPARE(data.value(u"links"_s).toObject().value(u"self"_s).toString(),
        u"https://demo.klaviyo-explorer.invalid/api/metric-aggregates/"_s);
    // Counts are written as floats, like Klaviyo's.
    QVERIFY2(r.body.contains("\"count\":[8.0,1.0]"), r.body.constData());
}

QTEST_GUILESS_MAIN(TestDemoAggregates)
#include "tst_demoaggregates.moc"
