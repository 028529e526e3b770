// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "results/aggregateparser.h"
#include "syntheticaggregate.h"
#include "testsupport.h"
#include "util/calendar.h"

using namespace kx;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(const char* iso)
{
    qint64 ms = 0;
    if (!calendar::parseIsoInstant(QString::fromLatin1(iso), &ms))
        qFatal("bad test literal %s", iso);
    return ms;
}

QStringList utcTexts(const std::vector<qint64>& dates)
{
    QStringList out;
    for (const qint64 d : dates)
        out << calendar::formatUtcIso(d);
    return out;
}

// Both parsers must produce exactly the same page.
bool samePages(const AggregatePage& a, const AggregatePage& b, QString* why)
{
    if (a.dates != b.dates)
        return *why = u"dates differ"_s, false;
    if (a.measurements != b.measurements)
        return *why = u"measurements differ: "_s + a.measurements.join(u',') + u" / "_s + b.measurements.join(u','),
               false;
    if (a.nextUrl != b.nextUrl || a.nextCursor != b.nextCursor)
        return *why = u"next link differs"_s, false;
    if (a.rows.size() != b.rows.size())
        return *why = u"row counts differ"_s, false;
    for (size_t r = 0; r < a.rows.size(); ++r) {
        if (a.rows[r].dimensions != b.rows[r].dimensions)
            return *why = u"dimensions of row %1 differ"_s.arg(r), false;
        if (a.rows[r].values != b.rows[r].values)
            return *why = u"values of row %1 differ"_s.arg(r), false;
    }
    return true;
}

} // namespace

class TestAggregateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDocumentedExamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("dateCount");
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QString>("lastDate");
        QTest::addColumn<QStringList>("measurements");
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<QStringList>("firstDimensions");
        QTest::addColumn<QList<double>>("firstValues"); // first measurement of the first row

        const QList<double> flowRevenue { 0, 0, 0, 0, 0, 0, 0, 0, 0, 17829, 21619, 126630, 505086 };
        QTest::addRow("seed 001 flow revenue")
            << u"results/aggregate_seed001_flow_revenue.json"_s << 13 << u"2021-12-01T05:00:00+00:00"_s
            << u"2022-12-01T05:00:00+00:00"_s << QStringList { u"sum_value"_s } << 1 << QStringList { u"R9VbBr"_s }
            << flowRevenue;
        QTest::addRow("seed 001 daily checkout")
            << u"results/aggregate_seed001_daily_checkout.json"_s << 1 << u"2023-03-10T05:00:00+00:00"_s
            << u"2023-03-10T05:00:00+00:00"_s << QStringList { u"count"_s } << 1 << QStringList {}
            << QList<double> { 1679 };
        QTest::addRow("seed 001 unique by message")
            << u"results/aggregate_seed001_unique_by_message.json"_s << 13 << u"2021-12-01T05:00:00+00:00"_s
            << u"2022-12-01T05:00:00+00:00"_s << QStringList { u"unique"_s } << 1
            << QStringList { u"01GAN9XBEZ4F13FZFKPPCJ1WNW"_s }
            << QList<double> { 0, 0, 0, 0, 0, 0, 0, 0, 34106, 0, 0, 0, 0 };
        QTest::addRow("seed 001 unique one message")
            << u"results/aggregate_seed001_unique_one_message.json"_s << 13 << u"2021-12-01T05:00:00+00:00"_s
            << u"2022-12-01T05:00:00+00:00"_s << QStringList { u"unique"_s } << 1 << QStringList {}
            << QList<double> { 0, 0, 0, 0, 0, 0, 0, 0, 46261, 0, 0, 0, 0 };
        QTest::addRow("digest 4.4 example")
            << u"results/aggregate_digest_example.json"_s << 3 << u"2022-06-01T04:00:00+00:00"_s
            << u"2022-12-01T05:00:00+00:00"_s << QStringList { u"count"_s, u"unique"_s } << 2
            << QStringList { u"01GMRWDSA0ARTAKE1SFX8JGXAY"_s } << QList<double> { 120, 98, 0 };
        QTest::addRow("unknown keys and integers")
            << u"results/aggregate_unknown_keys.json"_s << 2 << u"2024-03-10T00:00:00+00:00"_s
            << u"2024-03-11T00:00:00+00:00"_s << QStringList { u"count"_s, u"sum_value"_s, u"unique"_s } << 2
            << QStringList { u"XVTP5Q"_s, u"email"_s } << QList<double> { 2, 0 };
    }
    void parsesDocumentedExamples()
    {
        QFETCH(QString, file);
        QFETCH(int, dateCount);
        QFETCH(QString, firstDate);
        QFETCH(QString, lastDate);
        QFETCH(QStringList, measurements);
        QFETCH(int, rowCount);
        QFETCH(QStringList, firstDimensions);
        QFETCH(QList<double>, firstValues);

        const QByteArray body = test::readTestData(file);
        QVERIFY(!body.isEmpty());
        QString error;
        const auto page = parseAggregatePage(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(int(page->dates.size()), dateCount);
        QCOMPARE(calendar::formatUtcIso(page->dates.front()), firstDate);
        QCOMPARE(calendar::formatUtcIso(page->dates.back()), lastDate);
        QCOMPARE(page->measurements, measurements);
        QCOMPARE(int(page->rows.size()), rowCount);
        QCOMPARE(page->rows.front().dimensions, firstDimensions);
        const std::vector<double>& got = page->rows.front().values.front();
        QCOMPARE(QList<double>(got.begin(), got.end()), firstValues);
        for (const auto& row : page->rows) {
            QCOMPARE(row.values.size(), size_t(measurements.size()));
            for (const auto& series : row.values)
                QCOMPARE(int(series.size()), dateCount);
        }
    }

    void digestExampleValuesAndEmptyDimension()
    {
        QString error;
        const auto page = parseAggregatePage(test::readTestData(u"results/aggregate_digest_example.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows[1].dimensions, QStringList { QString() });
        QCOMPARE(page->rows[0].values[1], (std::vector<double> { 80, 70, 0 })); // unique
        QCOMPARE(page->rows[1].values[0], (std::vector<double> { 3, 0, 1 })); // count
        QVERIFY(page->nextUrl.isEmpty());
        QVERIFY(page->nextCursor.isEmpty());
    }

    // Community thread 8333 / seed 001: monthly US/Eastern buckets come back as UTC instants whose
    // hour shifts with DST; each must be local midnight on the 1st in the query zone.
    void usEasternMonthlyDatesAreLocalMonthStarts()
    {
        QString error;
        const auto page =
            parseAggregatePage(test::readTestData(u"results/aggregate_seed001_flow_revenue.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        const QTimeZone zone("US/Eastern");
        QVERIFY(zone.isValid());
        QDate expected(2021, 12, 1);
        for (const qint64 d : page->dates) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(d, zone);
            QCOMPARE(local.date(), expected);
            QCOMPARE(local.time(), QTime(0, 0));
            QCOMPARE(calendar::floorToBucket(d, Interval::Month, zone), d);
            expected = expected.addMonths(1);
        }
        QCOMPARE(calendar::formatLocalIso(page->dates[6], zone), u"2022-06-01T00:00:00-04:00"_s);
        QCOMPARE(calendar::formatLocalIso(page->dates[12], zone), u"2022-12-01T00:00:00-05:00"_s);
    }

    void unknownKeysAreIgnoredAndCursorExtracted()
    {
        QString error;
        const auto page = parseAggregatePage(test::readTestData(u"results/aggregate_unknown_keys.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        // Row measurement keys came in different orders; both rows use the canonical order.
        QCOMPARE(page->rows[0].values[1], (std::vector<double> { 10.5, 0 }));
        QCOMPARE(page->rows[1].values[1], (std::vector<double> { 0, 99.99 }));
        QCOMPARE(page->rows[1].values[2], (std::vector<double> { 0, 2 }));
        QCOMPARE(page->rows[1].dimensions, (QStringList { u"Y6nRLr"_s, QString() }));
        QVERIFY(page->nextUrl.startsWith(u"https://a.klaviyo.com/api/metric-aggregates/?page_cursor="_s));
        QCOMPARE(page->nextCursor, u"WzE2NTcyMTM4NjQsICIzc042NjRyeHo0ciIsIHRydWVd+/="_s);
    }

    void cursorFromNextUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("cursor");
        QTest::addRow("none") << QString() << QString();
        QTest::addRow("page_cursor") << u"https://a.klaviyo.com/api/metric-aggregates/?page_cursor=abc"_s << u"abc"_s;
        QTest::addRow("page[cursor] encoded")
            << u"https://a.klaviyo.com/api/metrics/?fields%5Bmetric%5D=name&page%5Bcursor%5D=bmV4dA%3D%3D"_s
            << u"bmV4dA=="_s;
        QTest::addRow("page[cursor] raw") << u"https://a.klaviyo.com/api/metrics?page[cursor]=xyz&x=1"_s << u"xyz"_s;
        QTest::addRow("plus kept") << u"https://a.klaviyo.com/api/x?page_cursor=a+b"_s << u"a+b"_s;
        QTest::addRow("fragment") << u"https://a.klaviyo.com/api/x?page_cursor=q1#top"_s << u"q1"_s;
        QTest::addRow("no cursor item") << u"https://a.klaviyo.com/api/x?page_size=10"_s << QString();
        QTest::addRow("bare token") << u"WzE2NTcyMTM4NjRd"_s << u"WzE2NTcyMTM4NjRd"_s;
        QTest::addRow("url without query") << u"https://a.klaviyo.com/api/x"_s << QString();
    }
    void cursorFromNextUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, cursor);
        QCOMPARE(kx::cursorFromNextUrl(url), cursor);
    }

    void nextLinkNullOrMissingGivesNoCursor()
    {
        const QByteArray body =
            R"({"data":{"type":"metric-aggregate","attributes":{"dates":[],"data":[]}},"links":{"self":"s","next":null}})";
        QString error;
        const auto page = parseAggregatePage(body, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(page->nextUrl.isEmpty());
        QVERIFY(page->nextCursor.isEmpty());
        QVERIFY(page->rows.empty());
        QVERIFY(page->measurements.isEmpty());
    }

    void rejectsMalformedResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("qtSameText"); // semantic errors are worded identically by both parsers

        const QByteArray good =
            R"({"data":{"type":"metric-aggregate","attributes":{"dates":["2024-01-01T00:00:00+00:00","2024-01-02T00:00:00+00:00"],"data":[{"dimensions":["a"],"measurements":{"count":[1.0,2.0]}}]}}})";
        auto with = [&good](const char* from, const char* to) {
            QByteArray b = good;
            const qsizetype at = b.indexOf(from);
            if (at < 0)
                qFatal("fixture pattern %s not found", from);
            return b.replace(at, qsizetype(qstrlen(from)), to);
        };

        QTest::addRow("empty") << QByteArray() << u"The metric aggregates response is empty."_s << true;
        QTest::addRow("blank") << QByteArray(" \r\n ") << u"The metric aggregates response is empty."_s << true;
        QTest::addRow("html page") << QByteArray(
            "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>")
                                   << u"The server sent an HTML page instead of a metric aggregates response."_s
                                   << true;
        QTest::addRow("truncated") << good.left(good.size() - 20)
                                   << u"The metric aggregates response ends early (the JSON is truncated)."_s << true;
        QTest::addRow("truncated in string")
            << good.left(good.indexOf("2024-01-02"))
            << u"The metric aggregates response ends early (the JSON is truncated)."_s << true;
        QTest::addRow("not json") << QByteArray("Service Unavailable")
                                  << u"The metric aggregates response is not valid JSON: "_s << false;
        QTest::addRow("trailing comma") << with("2.0]", "2.0,]")
                                        << u"The metric aggregates response is not valid JSON: "_s << false;
        QTest::addRow("array document") << QByteArray("[1,2]")
                                        << u"The metric aggregates response is not a JSON object."_s << true;
        QTest::addRow("error document")
            << QByteArray(
                   R"({"errors":[{"status":400,"code":"invalid","title":"Invalid input.","detail":"Unknown timezone."}]})")
            << u"The server answered with an error instead of metric aggregates: Unknown timezone."_s << true;
        QTest::addRow("no data") << QByteArray(R"({"links":{}})") << u"The metric aggregates response has no “data”."_s
                                 << true;
        QTest::addRow("data not object") << QByteArray(R"({"data":[]})")
                                         << u"“data” in the metric aggregates response is not an object."_s << true;
        QTest::addRow("report instead") << with("metric-aggregate", "flow-values-report")
                                        << u"The response describes a “flow-values-report”, not a metric aggregate."_s
                                        << true;
        QTest::addRow("no attributes") << QByteArray(R"({"data":{"type":"metric-aggregate","id":"1"}})")
                                       << u"The metric aggregates response has no “data.attributes”."_s << true;
        QTest::addRow("attributes not object")
            << QByteArray(R"({"data":{"attributes":7}})")
            << u"“data.attributes” in the metric aggregates response is not an object."_s << true;
        QTest::addRow("missing dates") << with(
            R"("dates":["2024-01-01T00:00:00+00:00","2024-01-02T00:00:00+00:00"],)", "")
                                       << u"The metric aggregates response has no “data.attributes.dates”."_s << true;
        QTest::addRow("dates not array") << with(R"(["2024-01-01T00:00:00+00:00","2024-01-02T00:00:00+00:00"])",
            "{}") << u"“data.attributes.dates” in the metric aggregates response is not an array."_s
                                         << true;
        QTest::addRow("date not string") << with(R"("2024-01-02T00:00:00+00:00")",
            "1704153600") << u"“data.attributes.dates[1]” in the metric aggregates response is not a string."_s
                                         << true;
        QTest::addRow("date not iso") << with("2024-01-02T00:00:00+00:00",
            "yesterday") << u"Date 2 (“yesterday”) of the metric aggregates response is not an ISO 8601 instant."_s
                                      << true;
        QTest::addRow("missing rows") << with(
            R"(,"data":[{"dimensions":["a"],"measurements":{"count":[1.0,2.0]}}])", "")
                                      << u"The metric aggregates response has no “data.attributes.data”."_s << true;
        QTest::addRow("rows not array") << with(R"([{"dimensions":["a"],"measurements":{"count":[1.0,2.0]}}])",
            R"({"x":1})") << u"“data.attributes.data” in the metric aggregates response is not an array."_s
                                        << true;
        QTest::addRow("row not object") << with(R"({"dimensions":["a"],"measurements":{"count":[1.0,2.0]}})",
            "3") << u"“data.attributes.data[0]” in the metric aggregates response is not an object."_s
                                        << true;
        QTest::addRow("dimensions not array")
            << with(R"(["a"])", R"("a")")
            << u"“data.attributes.data[0].dimensions” in the metric aggregates response is not an array."_s << true;
        QTest::addRow("dimension number")
            << with(R"(["a"])", R"([5])")
            << u"“data.attributes.data[0].dimensions[0]” in the metric aggregates response is not a string."_s << true;
        QTest::addRow("no measurements") << with(R"(,"measurements":{"count":[1.0,2.0]})",
            "") << u"The metric aggregates response has no “data.attributes.data[0].measurements”."_s
                                         << true;
        QTest::addRow("measurements not object")
            << with(R"({"count":[1.0,2.0]})", "[1.0,2.0]")
            << u"“data.attributes.data[0].measurements” in the metric aggregates response is not an object."_s << true;
        QTest::addRow("values not array")
            << with("[1.0,2.0]", "3.0")
            << u"“data.attributes.data[0].measurements.count” in the metric aggregates response is not an array."_s
            << true;
        QTest::addRow("value string")
            << with("2.0]", R"("2"])")
            << u"“data.attributes.data[0].measurements.count[1]” in the metric aggregates response is not a number."_s
            << true;
        QTest::addRow("value null")
            << with("[1.0,", "[null,")
            << u"“data.attributes.data[0].measurements.count[0]” in the metric aggregates response is not a number."_s
            << true;
        QTest::addRow("too few values") << with("[1.0,2.0]", "[1.0]")
                                        << u"Measurement “count” of group 1 has 1 values for 2 dates."_s << true;
        QTest::addRow("too many values") << with("[1.0,2.0]", "[1.0,2.0,3.0]")
                                         << u"Measurement “count” of group 1 has 3 values for 2 dates."_s << true;
        // Twelve dates, and the third group has only eleven values: the brief's own example.
        QByteArray twelve = R"({"data":{"attributes":{"dates":[)";
        QByteArray row12 = "[";
        for (int m = 1; m <= 12; ++m) {
            twelve += (m > 1 ? "," : "") + QByteArray("\"2023-") + (m < 10 ? "0" : "") + QByteArray::number(m)
                + "-01T00:00:00Z\"";
            row12 += (m > 1 ? "," : "") + QByteArray::number(m);
        }
        row12 += "]";
        const QByteArray row11 = "[1,2,3,4,5,6,7,8,9,10,11]";
        twelve += R"(],"data":[)";
        twelve += R"({"dimensions":["x"],"measurements":{"count":)" + row12 + "}},";
        twelve += R"({"dimensions":["y"],"measurements":{"count":)" + row12 + "}},";
        twelve += R"({"dimensions":["z"],"measurements":{"count":)" + row11 + "}}]}}}";
        QTest::addRow("group 3 short") << twelve << u"Measurement “count” of group 3 has 11 values for 12 dates."_s
                                       << true;
        QTest::addRow("measurement missing in one group")
            << QByteArray(
                   R"({"data":{"attributes":{"dates":["2024-01-01"],"data":[{"dimensions":["a"],"measurements":{"count":[1],"unique":[1]}},{"dimensions":["b"],"measurements":{"count":[2]}}]}}})")
            << u"Group 2 of the metric aggregates response has no values for measurement “unique”."_s << true;
    }
    void rejectsMalformedResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(bool, qtSameText);

        QString simdError;
        QVERIFY(!parseAggregatePage(body, &simdError));
        QVERIFY2(simdError.startsWith(error), qPrintable(simdError));
        QString qtError;
        QVERIFY(!parseAggregatePageQt(body, &qtError));
        QVERIFY(!qtError.isEmpty());
        if (qtSameText)
            QCOMPARE(qtError, simdError);
        else
            QVERIFY2(qtError.startsWith(error), qPrintable(qtError));
    }

    void nullErrorPointerIsAllowed()
    {
        QVERIFY(!parseAggregatePage("nope", nullptr));
        QVERIFY(!parseAggregatePageQt("nope", nullptr));
    }

    void parsersAgreeOnFixtures_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name : { "aggregate_seed001_flow_revenue.json", "aggregate_seed001_daily_checkout.json",
                 "aggregate_seed001_unique_by_message.json", "aggregate_seed001_unique_one_message.json",
                 "aggregate_digest_example.json", "aggregate_unknown_keys.json" })
            QTest::addRow("%s", name) << u"results/"_s + QLatin1StringView(name);
    }
    void parsersAgreeOnFixtures()
    {
        QFETCH(QString, file);
        const QByteArray body = test::readTestData(file);
        QString e1;
        QString e2;
        const auto a = parseAggregatePage(body, &e1);
        const auto b = parseAggregatePageQt(body, &e2);
        QVERIFY2(a, qPrintable(e1));
        QVERIFY2(b, qPrintable(e2));
        QString why;
        QVERIFY2(samePages(*a, *b, &why), qPrintable(why));
    }

    void parsersAgreeOnGeneratedResponse()
    {
        const QStringList measurements { u"count"_s, u"sum_value"_s, u"unique"_s };
        const QByteArray body = test::makeAggregateResponse(100, measurements, 8760, 42);
        QVERIFY(body.size() > 17'000'000); // the "about 18 MB" of a year of hourly data
        QString e1;
        QString e2;
        const auto a = parseAggregatePage(body, &e1);
        QVERIFY2(a, qPrintable(e1));
        const auto b = parseAggregatePageQt(body, &e2);
        QVERIFY2(b, qPrintable(e2));
        QString why;
        QVERIFY2(samePages(*a, *b, &why), qPrintable(why));
        QCOMPARE(a->rows.size(), size_t(100));
        QCOMPARE(a->dates.size(), size_t(8760));
        QCOMPARE(a->dates.front(), utc("2024-01-01T00:00:00Z"));
        QCOMPARE(a->dates.back(), utc("2024-12-30T23:00:00Z")); // 2024 is a leap year: 8,760 h end on 30 Dec
        QCOMPARE(a->rows.back().dimensions, QStringList { QString() });
        QCOMPARE(a->rows.front().dimensions.front().size(), 26);
        double total = 0;
        for (const auto& row : a->rows)
            for (const double v : row.values[0])
                total += v;
        QVERIFY(total > 0);
    }

    // Whether the body has spare capacity (parsed in place) or not (parsed from a padded copy),
    // and whatever its allocation looks like, the result is the same.
    void paddedAndUnpaddedBodiesParseAlike()
    {
        const QByteArray exact = test::makeAggregateResponse(3, { u"count"_s }, 50, 7);
        QByteArray padded;
        padded.reserve(exact.size() + kAggregateParsePadding);
        padded.append(exact);
        QByteArray shifted = "xxxxxxxx" + exact;
        shifted.remove(0, 8); // free space at the front, none guaranteed at the end
        const QByteArray raw = QByteArray::fromRawData(exact.constData(), exact.size());
        QString error;
        const auto a = parseAggregatePage(exact, &error);
        QVERIFY2(a, qPrintable(error));
        for (const QByteArray* body : std::initializer_list<const QByteArray*> { &padded, &shifted, &raw }) {
            const auto b = parseAggregatePage(*body, &error);
            QVERIFY2(b, qPrintable(error));
            QString why;
            QVERIFY2(samePages(*a, *b, &why), qPrintable(why));
        }
    }

    void generatorIsDeterministic()
    {
        const QStringList m { u"count"_s, u"unique"_s };
        QCOMPARE(test::makeAggregateResponse(4, m, 30, 9), test::makeAggregateResponse(4, m, 30, 9));
        QVERIFY(test::makeAggregateResponse(4, m, 30, 9) != test::makeAggregateResponse(4, m, 30, 10));
        const auto page = parseAggregatePage(test::makeAggregateResponse(1, m, 3, 1), nullptr);
        QVERIFY(page);
        QCOMPARE(utcTexts(page->dates),
            (QStringList {
                u"2024-01-01T00:00:00+00:00"_s, u"2024-01-01T01:00:00+00:00"_s, u"2024-01-01T02:00:00+00:00"_s }));
    }
};

QTEST_APPLESS_MAIN(TestAggregateParser)
#include "tst_aggregateparser.moc"
