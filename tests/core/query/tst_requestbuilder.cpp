// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include "query/requestbuilder.h"
#include "testsupport.h"

using namespace kx;
using namespace Qt::StringLiterals;

namespace {

qint64 instant(const QString& iso)
{
    qint64 ms = 0;
    if (!calendar::parseIsoInstant(iso, &ms))
        qFatal("bad test literal %s", qPrintable(iso));
    return ms;
}

DateRange absolute(const QString& start, const QString& end)
{
    DateRange r;
    r.kind = DateRange::Kind::Absolute;
    r.startText = start;
    r.endText = end;
    return r;
}

FilterExpr parsed(const QString& text)
{
    const auto e = parseFilter(text);
    if (!e)
        qFatal("bad filter literal %s", qPrintable(text));
    return *e;
}

QJsonObject fixture(const QString& name)
{
    return QJsonDocument::fromJson(test::readTestData(u"queries/"_s + name)).object();
}

QStringList filtersOf(const QJsonObject& body)
{
    QStringList out;
    const QJsonArray array =
        body.value("data"_L1).toObject().value("attributes"_L1).toObject().value("filter"_L1).toArray();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

MetricQuery baseQuery(const QString& zone, Interval interval, const DateRange& range)
{
    MetricQuery q;
    q.metricId = u"RESQ6t"_s;
    q.measurements = { Measurement::Count };
    q.timezone = zone;
    q.interval = interval;
    q.range = range;
    return q;
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private:
    /// Invariants every split must satisfy (contiguous, ≤ 1 year, inner bounds on bucket starts).
    static bool checkSplit(const ResolvedRange& range, const QList<ResolvedRange>& chunks, Interval interval,
        const QTimeZone& zone, QString* why)
    {
        if (chunks.isEmpty()) {
            *why = u"no chunks"_s;
            return false;
        }
        if (chunks.constFirst().startUtcMs != range.startUtcMs || chunks.constLast().endUtcMs != range.endUtcMs) {
            *why = u"chunks do not cover the range"_s;
            return false;
        }
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const ResolvedRange& c = chunks.at(i);
            if (c.endUtcMs <= c.startUtcMs) {
                *why = u"empty chunk %1"_s.arg(i);
                return false;
            }
            const qint64 yearLater = QDateTime::fromMSecsSinceEpoch(c.startUtcMs, zone).addYears(1).toMSecsSinceEpoch();
            if (c.endUtcMs > yearLater) {
                *why = u"chunk %1 is longer than a year"_s.arg(i);
                return false;
            }
            if (i > 0) {
                if (chunks.at(i - 1).endUtcMs != c.startUtcMs) {
                    *why = u"gap or overlap before chunk %1"_s.arg(i);
                    return false;
                }
                if (calendar::floorToBucket(c.startUtcMs, interval, zone) != c.startUtcMs) {
                    *why = u"chunk %1 starts inside a bucket"_s.arg(i);
                    return false;
                }
            }
        }
        return true;
    }

private Q_SLOTS:
    void splitsTwoAndAHalfYearsDailyInEastern()
    {
        const QTimeZone eastern("US/Eastern");
        MetricQuery q =
            baseQuery(u"US/Eastern"_s, Interval::Day, absolute(u"2022-01-01T00:00:00"_s, u"2024-07-01T00:00:00"_s));
        const QList<AggregateChunk> chunks = metricAggregateChunks(q, 0);
        QCOMPARE(chunks.size(), 3);
        const QStringList bounds { u"2022-01-01T00:00:00-05:00"_s, u"2023-01-01T00:00:00-05:00"_s,
            u"2024-01-01T00:00:00-05:00"_s, u"2024-07-01T00:00:00-04:00"_s };
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            QCOMPARE(calendar::formatLocalIso(chunks.at(i).range.startUtcMs, eastern), bounds.at(i));
            QCOMPARE(calendar::formatLocalIso(chunks.at(i).range.endUtcMs, eastern), bounds.at(i + 1));
            if (i > 0)
                QCOMPARE(chunks.at(i).range.startUtcMs, chunks.at(i - 1).range.endUtcMs);
        }
        // the outer bounds keep the imported instants but gain the zone's offset (how Klaviyo reads
        // an offset-less bound is not documented); the inner ones are written in the zone
        QCOMPARE(filtersOf(chunks.at(0).body),
            (QStringList { u"greater-or-equal(datetime,2022-01-01T00:00:00-05:00)"_s,
                u"less-than(datetime,2023-01-01T00:00:00-05:00)"_s }));
        QCOMPARE(filtersOf(chunks.at(1).body),
            (QStringList { u"greater-or-equal(datetime,2023-01-01T00:00:00-05:00)"_s,
                u"less-than(datetime,2024-01-01T00:00:00-05:00)"_s }));
        QCOMPARE(filtersOf(chunks.at(2).body),
            (QStringList { u"greater-or-equal(datetime,2024-01-01T00:00:00-05:00)"_s,
                u"less-than(datetime,2024-07-01T00:00:00-04:00)"_s }));
    }

    void snapsChunkBoundsDownToBuckets_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("innerBounds"); // local ISO in the zone
        QTest::addRow("daily mid-day start")
            << u"America/New_York"_s << int(Interval::Day) << u"2022-03-15T13:30:00-04:00"_s
            << u"2024-01-10T00:00:00-05:00"_s << QStringList { u"2023-03-15T00:00:00-04:00"_s };
        QTest::addRow("monthly") << u"US/Eastern"_s << int(Interval::Month) << u"2022-06-06T12:29:59+00:00"_s
                                 << u"2024-01-01T00:00:00-05:00"_s << QStringList { u"2023-06-01T00:00:00-04:00"_s };
        QTest::addRow("weekly on mondays")
            << u"UTC"_s << int(Interval::Week) << u"2023-01-04T00:00:00Z"_s << u"2025-02-01T00:00:00Z"_s
            << QStringList { u"2024-01-01T00:00:00+00:00"_s, u"2024-12-30T00:00:00+00:00"_s };
        QTest::addRow("weekly in eastern")
            << u"America/New_York"_s << int(Interval::Week) << u"2023-03-15T00:00:00-04:00"_s
            << u"2024-06-01T00:00:00-04:00"_s << QStringList { u"2024-03-11T00:00:00-04:00"_s };
        QTest::addRow("hourly half-hour zone")
            << u"America/St_Johns"_s << int(Interval::Hour) << u"2023-01-01T00:30:00-03:30"_s
            << u"2024-03-01T00:00:00-03:30"_s << QStringList { u"2024-01-01T00:00:00-03:30"_s };
        QTest::addRow("exactly one year is one chunk") << u"UTC"_s << int(Interval::Day) << u"2023-01-01T00:00:00Z"_s
                                                       << u"2024-01-01T00:00:00Z"_s << QStringList {};
        QTest::addRow("leap year one chunk") << u"UTC"_s << int(Interval::Day) << u"2024-01-01T00:00:00Z"_s
                                             << u"2025-01-01T00:00:00Z"_s << QStringList {};
        QTest::addRow("one year and a day")
            << u"UTC"_s << int(Interval::Day) << u"2023-01-01T00:00:00Z"_s << u"2024-01-02T00:00:00Z"_s
            << QStringList { u"2024-01-01T00:00:00+00:00"_s };
    }
    void snapsChunkBoundsDownToBuckets()
    {
        QFETCH(QString, zone);
        QFETCH(int, interval);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QStringList, innerBounds);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        const ResolvedRange range { instant(start), instant(end) };
        const QList<ResolvedRange> chunks = splitAggregateRange(range, Interval(interval), tz);
        QString why;
        QVERIFY2(checkSplit(range, chunks, Interval(interval), tz, &why), qPrintable(why));
        QStringList inner;
        for (qsizetype i = 1; i < chunks.size(); ++i)
            inner << calendar::formatLocalIso(chunks.at(i).startUtcMs, tz);
        QCOMPARE(inner, innerBounds);
        if (Interval(interval) == Interval::Week) {
            for (qsizetype i = 1; i < chunks.size(); ++i)
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(chunks.at(i).startUtcMs, tz).date().dayOfWeek(), 1);
        }
    }

    void splitKeepsInvariantsForManyRanges()
    {
        QRandomGenerator rng(20240101);
        const QList<QByteArray> zones { "UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
            "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham" };
        const qint64 base = instant(u"2019-01-01T00:00:00Z"_s);
        const qint64 span = qint64(6) * 365 * 24 * 3600 * 1000;
        for (int i = 0; i < 400; ++i) {
            const QTimeZone tz(zones.at(int(rng.bounded(qsizetype(zones.size())))));
            const auto interval = Interval(rng.bounded(4));
            const qint64 a = base + qint64(rng.bounded(double(span)));
            const qint64 b = a + 1000 + qint64(rng.bounded(double(span) / 2));
            const ResolvedRange range { a, b };
            QString why;
            const auto chunks = splitAggregateRange(range, interval, tz);
            QVERIFY2(checkSplit(range, chunks, interval, tz, &why),
                qPrintable(why + u" in "_s + QString::fromLatin1(tz.id()) + u" interval "_s + intervalName(interval)));
        }
        QVERIFY(splitAggregateRange({ 10, 10 }, Interval::Day, QTimeZone::utc()).isEmpty());
        QVERIFY(splitAggregateRange({ 10, 5 }, Interval::Day, QTimeZone::utc()).isEmpty());
    }

    void writesPresetBoundsInTheZone()
    {
        DateRange last7;
        last7.preset = RangePreset::Last7Days;
        MetricQuery q = baseQuery(u"America/New_York"_s, Interval::Day, last7);
        const QList<AggregateChunk> chunks = metricAggregateChunks(q, instant(u"2024-03-11T03:30:00Z"_s));
        QCOMPARE(chunks.size(), 1);
        const QJsonObject expected = QJsonDocument::fromJson(R"json({"data":{"type":"metric-aggregate","attributes":{
            "metric_id":"RESQ6t","measurements":["count"],
            "filter":["greater-or-equal(datetime,2024-03-03T00:00:00-05:00)","less-than(datetime,2024-03-10T00:00:00-05:00)"],
            "interval":"day","timezone":"America/New_York"}}})json")
                                         .object();
        QCOMPARE(chunks.at(0).body, expected);
        QCOMPARE(chunks.at(0).range.startUtcMs, instant(u"2024-03-03T05:00:00Z"_s));
        QCOMPARE(metricAggregateBody(q, instant(u"2024-03-11T03:30:00Z"_s)), expected);

        DateRange lastYear;
        lastYear.preset = RangePreset::LastYear;
        q = baseQuery(u"UTC"_s, Interval::Month, lastYear);
        QCOMPARE(filtersOf(metricAggregateBody(q, instant(u"2024-06-01T00:00:00Z"_s))),
            (QStringList { u"greater-or-equal(datetime,2023-01-01T00:00:00+00:00)"_s,
                u"less-than(datetime,2024-01-01T00:00:00+00:00)"_s }));
    }

    void writesOptionalAttributesOnlyWhenSet()
    {
        MetricQuery q = baseQuery(u"UTC"_s, Interval::Week, absolute(u"2024-01-01"_s, u"2024-02-01"_s));
        QJsonObject attrs = metricAggregateBody(q, 0).value("data"_L1).toObject().value("attributes"_L1).toObject();
        for (const char* key : { "by", "page_size", "sort", "return_fields" })
            QVERIFY2(!attrs.contains(QLatin1StringView(key)), key);
        q.by = QStringList { u"$message"_s, u"Campaign Name"_s };
        q.pageSize = 1000;
        q.sort = u"-count"_s;
        q.returnFields = QStringList { u"data"_s };
        q.measurements = { Measurement::Unique, Measurement::SumValue };
        attrs = metricAggregateBody(q, 0).value("data"_L1).toObject().value("attributes"_L1).toObject();
        QCOMPARE(attrs.value("by"_L1).toArray(), QJsonArray({ u"$message"_s, u"Campaign Name"_s }));
        QCOMPARE(attrs.value("page_size"_L1).toInt(), 1000);
        QCOMPARE(attrs.value("sort"_L1).toString(), u"-count"_s);
        QCOMPARE(attrs.value("return_fields"_L1).toArray(), QJsonArray({ u"data"_s }));
        QCOMPARE(attrs.value("measurements"_L1).toArray(), QJsonArray({ u"unique"_s, u"sum_value"_s }));
        QCOMPARE(attrs.value("interval"_L1).toString(), u"week"_s);
    }

    void placesDatetimeBoundsAndVerbatimFilters_data()
    {
        QTest::addColumn<int>("startIndex");
        QTest::addColumn<int>("endIndex");
        QTest::addColumn<bool>("combined");
        QTest::addColumn<QStringList>("expected");
        const QString ge = u"greater-or-equal(datetime,2024-01-01)"_s;
        const QString lt = u"less-than(datetime,2024-02-01)"_s;
        const QString a = u"equals(URL,\"a\")"_s;
        const QString b = u"equals(Subject,'b')"_s;
        const QString v = u"not(equals(List,\"x\"))"_s; // verbatim at index 4
        QTest::addRow("first") << 0 << -1 << false << QStringList { ge, lt, a, b, v };
        QTest::addRow("negative means first") << -1 << -1 << false << QStringList { ge, lt, a, b, v };
        QTest::addRow("middle") << 1 << -1 << false << QStringList { a, ge, lt, b, v };
        QTest::addRow("last") << 2 << -1 << false << QStringList { a, b, ge, lt, v };
        QTest::addRow("apart") << 0 << 3 << false << QStringList { ge, a, b, lt, v };
        QTest::addRow("end first") << 1 << 0 << false << QStringList { lt, ge, a, b, v };
        QTest::addRow("combined") << 1 << -1 << true << QStringList { a, ge + u',' + lt, b, v };
        QTest::addRow("index past the end clamps") << 9 << -1 << false << QStringList { a, b, v, ge, lt };
    }
    void placesDatetimeBoundsAndVerbatimFilters()
    {
        QFETCH(int, startIndex);
        QFETCH(int, endIndex);
        QFETCH(bool, combined);
        QFETCH(QStringList, expected);
        MetricQuery q = baseQuery(u"UTC"_s, Interval::Day, absolute(u"2024-01-01"_s, u"2024-02-01"_s));
        q.filters = { parsed(u"equals(URL,\"a\")"_s), parsed(u"equals(Subject,'b')"_s) };
        q.datetimeFilterIndex = startIndex;
        q.datetimeEndFilterIndex = endIndex;
        q.datetimeBoundsCombined = combined;
        const int verbatimIndex = combined ? 3 : (startIndex > 2 ? 2 : 4);
        q.verbatimFilters = { VerbatimFilter { verbatimIndex, u"not(equals(List,\"x\"))"_s } };
        QCOMPARE(filtersOf(metricAggregateBody(q, 0)), expected);
        const auto chunks = metricAggregateChunks(q, 0);
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(filtersOf(chunks.at(0).body), expected);
    }

    void keepsImportedOperatorsOnOuterBoundsOnly()
    {
        MetricQuery q =
            baseQuery(u"UTC"_s, Interval::Month, absolute(u"2022-05-15T00:00:00Z"_s, u"2023-12-31T23:59:59Z"_s));
        q.range.startOp = FilterOp::GreaterThan;
        q.range.endOp = FilterOp::LessOrEqual;
        const auto chunks = metricAggregateChunks(q, 0);
        QCOMPARE(chunks.size(), 2);
        QCOMPARE(filtersOf(chunks.at(0).body),
            (QStringList { u"greater-than(datetime,2022-05-15T00:00:00Z)"_s,
                u"less-than(datetime,2023-05-01T00:00:00+00:00)"_s }));
        QCOMPARE(filtersOf(chunks.at(1).body),
            (QStringList { u"greater-or-equal(datetime,2023-05-01T00:00:00+00:00)"_s,
                u"less-or-equal(datetime,2023-12-31T23:59:59Z)"_s }));
        QCOMPARE(chunks.at(0).range.startUtcMs, instant(u"2022-05-15T00:00:00Z"_s) + 1);
        QCOMPARE(chunks.at(1).range.endUtcMs, instant(u"2023-12-31T23:59:59Z"_s) + 1);
    }

    void refusesRangesThatDoNotResolve()
    {
        MetricQuery q = baseQuery(u"UTC"_s, Interval::Day, absolute(u"YYYY-MM-DD"_s, u"2024-01-01"_s));
        QVERIFY(metricAggregateChunks(q, 0).isEmpty());
        // the unsplit body still carries the lexemes as written
        QCOMPARE(filtersOf(metricAggregateBody(q, 0)).value(0), u"greater-or-equal(datetime,YYYY-MM-DD)"_s);
        q.range = absolute(u"2024-02-01"_s, u"2024-01-01"_s);
        QVERIFY(metricAggregateChunks(q, 0).isEmpty());
    }

    void aggregateBodiesEqualFixtures()
    {
        {
            MetricQuery q =
                baseQuery(u"US/Eastern"_s, Interval::Day, absolute(u"2023-03-10T05:00:00"_s, u"2023-03-11T05:00:00"_s));
            q.metricId = u"PPN222"_s;
            QCOMPARE(metricAggregateBody(q, 0), fixture(u"seed001-daily-started-checkout.json"_s));
            QCOMPARE(metricAggregateChunks(q, 0).value(0).body, fixture(u"seed001-daily-started-checkout.json"_s));
        }
        {
            MetricQuery q = baseQuery(u"US/Eastern"_s, Interval::Month, absolute(u"2022-01-01"_s, u"2022-12-31"_s));
            q.metricId = u"QhyxVR"_s;
            q.measurements = { Measurement::Unique };
            q.filters = { parsed(u"equals($message,\"01GAQWA31SZKABEZJNXDBGW2F1\")"_s) };
            QCOMPARE(metricAggregateBody(q, 0), fixture(u"seed001-unique-opens-one-message.json"_s));
        }
        {
            MetricQuery q = baseQuery(
                u"America/New_York"_s, Interval::Week, absolute(u"2023-01-01T00:00:00"_s, u"2023-04-01T00:00:00"_s));
            q.metricId = u"PLACED_ORDER_METRIC_ID"_s;
            q.by = QStringList { u"$attributed_message"_s };
            q.datetimeBoundsCombined = true;
            QCOMPARE(metricAggregateBody(q, 0), fixture(u"seed001-conversions-all.json"_s));
            QCOMPARE(metricAggregateChunks(q, 0).value(0).body, fixture(u"seed001-conversions-all.json"_s));
        }
        {
            MetricQuery q = baseQuery(
                u"US/Eastern"_s, Interval::Month, absolute(u"2022-01-01T00:00:00"_s, u"2023-01-01T00:00:00"_s));
            q.metricId = u"PhqdJM"_s;
            q.measurements = { Measurement::SumValue };
            q.by = QStringList { u"$attributed_flow"_s };
            q.verbatimFilters = { VerbatimFilter { 2, u"not(equals($attributed_flow,\"\"))"_s } };
            QCOMPARE(metricAggregateBody(q, 0), fixture(u"seed001-flow-revenue.json"_s));
        }
        {
            MetricQuery q = baseQuery(
                u"America/New_York"_s, Interval::Day, absolute(u"2022-12-01T00:00:00"_s, u"2022-12-08T00:00:00"_s));
            q.metricId = u"0rG4eQ"_s;
            q.pageSize = 500;
            q.by = QStringList { u"$message"_s };
            QCOMPARE(metricAggregateBody(q, 0), fixture(u"digest-4-1-spec-example.json"_s));
        }
        {
            // Seed 000: a monthly count for a year in UTC, 500 groups a page.
            MetricQuery q =
                baseQuery(u"UTC"_s, Interval::Month, absolute(u"2022-10-01T00:00:00"_s, u"2023-10-01T00:00:00"_s));
            q.metricId = u"XWKwsS"_s;
            q.pageSize = 500;
            QCOMPARE(metricAggregateBody(q, 0), fixture(u"seed000-monthly-count.json"_s));
            const QList<AggregateChunk> chunks = metricAggregateChunks(q, 0);
            QCOMPARE(chunks.size(), 1); // exactly one year: one request
            QCOMPARE(chunks.first().body, fixture(u"seed000-monthly-count.json"_s));
        }
    }

    void reportBodiesEqualFixtures()
    {
        {
            ReportQuery r;
            r.type = ReportType::FormValues;
            r.timeframe = { u"last_12_months"_s, {}, {} };
            r.filter = parsed(u"any(form_id,[\"abc123\",\"def456\"])"_s);
            r.statistics = QStringList { u"viewed_form"_s, u"submits"_s, u"submit_rate"_s };
            r.groupBy = QStringList { u"form_id"_s, u"form_version_id"_s };
            QCOMPARE(reportBody(r), fixture(u"seed002-form-values.json"_s));
        }
        {
            ReportQuery r;
            r.type = ReportType::FlowValues;
            r.timeframe = { {}, u"2024-05-08T00:00:00+00:00"_s, u"2024-06-20T00:00:00+00:00"_s };
            r.conversionMetricId = u"RESQ6t"_s;
            r.filter = parsed(u"equals(flow_id,\"XVTP5Q\")"_s);
            r.statistics = QStringList { u"clicks"_s, u"clicks_unique"_s, u"conversion_uniques"_s };
            QCOMPARE(reportBody(r), fixture(u"seed002-flow-values.json"_s));
        }
        {
            ReportQuery r;
            r.type = ReportType::FlowSeries;
            r.timeframe = { u"last_30_days"_s, {}, {} };
            r.interval = u"daily"_s;
            r.conversionMetricId = u"RESQ6t"_s;
            r.groupBy = QStringList { u"flow_id"_s, u"flow_message_id"_s, u"send_channel"_s };
            r.filter = parsed(u"and(equals(flow_id,\"abc123\"),contains-any(send_channel,[\"email\",\"sms\"]))"_s);
            r.statistics = QStringList { u"opens"_s, u"open_rate"_s };
            QCOMPARE(reportBody(r), fixture(u"digest-5-2-flow-series.json"_s));
        }
        {
            ReportQuery r;
            r.type = ReportType::SegmentSeries;
            r.timeframe = { u"last_7_days"_s, {}, {} };
            r.interval = u"daily"_s;
            r.filter = parsed(u"equals(segment_id,\"RpKvCF\")"_s);
            r.statistics = QStringList { u"total_members"_s, u"members_added"_s };
            QCOMPARE(reportBody(r), fixture(u"seed002-segment-series.json"_s));
        }
    }

    void reportBodyOmitsUnsetAttributes()
    {
        ReportQuery r;
        r.type = ReportType::SegmentValues;
        r.statistics = QStringList { u"total_members"_s };
        const QJsonObject data = reportBody(r).value("data"_L1).toObject();
        QCOMPARE(data.value("type"_L1).toString(), u"segment-values-report"_s);
        const QJsonObject attrs = data.value("attributes"_L1).toObject();
        QCOMPARE(attrs.keys(), (QStringList { u"statistics"_s, u"timeframe"_s }));
        QCOMPARE(attrs.value("timeframe"_L1).toObject(), (QJsonObject { { "key"_L1, u"last_30_days"_s } }));
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
