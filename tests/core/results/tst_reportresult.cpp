// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QtTest>

#include "results/reportresult.h"
#include "testsupport.h"
#include "util/calendar.h"

using namespace kx;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kx::ReportType)

namespace {

QStringList utcTexts(const std::vector<qint64>& dates)
{
    QStringList out;
    for (const qint64 d : dates)
        out << calendar::formatUtcIso(d);
    return out;
}

std::optional<ReportResult> parseFile(ReportType type, const QString& file, QString* error)
{
    return parseReportPages(type, { test::readTestData(u"results/"_s + file) }, error);
}

} // namespace

class TestReportResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDocumentedReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ReportType>("type");
        QTest::addColumn<int>("rowCount");
        QTest::addColumn<QStringList>("statistics");
        QTest::addColumn<QStringList>("groupingKeys");
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("checkStatistic");
        QTest::addColumn<int>("checkRow");
        QTest::addColumn<int>("checkDate");
        QTest::addColumn<double>("checkValue");

        const QStringList flowKeys { u"flow_id"_s, u"send_channel"_s, u"flow_message_id"_s };
        QTest::addRow("seed 002 campaign values")
            << u"report_seed002_campaign_values.json"_s << ReportType::CampaignValues << 1
            << QStringList { u"opens"_s, u"open_rate"_s } << QStringList { u"send_channel"_s, u"campaign_id"_s }
            << QStringList {} << u"open_rate"_s << 0 << 0 << 0.8253;
        QTest::addRow("seed 002 flow values")
            << u"report_seed002_flow_values.json"_s << ReportType::FlowValues << 2
            << QStringList { u"clicks"_s, u"clicks_unique"_s, u"conversion_uniques"_s } << flowKeys << QStringList {}
            << u"clicks_unique"_s << 1 << 0 << 208.0;
        QTest::addRow("seed 002 flow series")
            << u"report_seed002_flow_series.json"_s << ReportType::FlowSeries << 2
            << QStringList { u"clicks"_s, u"delivery_rate"_s, u"open_rate"_s } << flowKeys
            << QStringList { u"2024-01-05T00:00:00+00:00"_s, u"2024-01-06T00:00:00+00:00"_s,
                   u"2024-01-07T00:00:00+00:00"_s }
            << u"delivery_rate"_s << 1 << 1 << 0.56;
        QTest::addRow("seed 002 form values") << u"report_seed002_form_values.json"_s << ReportType::FormValues << 3
                                              << QStringList { u"viewed_form"_s, u"submits"_s, u"submit_rate"_s }
                                              << QStringList { u"form_id"_s, u"form_version_id"_s } << QStringList {}
                                              << u"viewed_form"_s << 2 << 0 << 200.0;
        QTest::addRow("seed 002 form series keyed by date")
            << u"report_seed002_form_series_keyed.json"_s << ReportType::FormSeries << 1
            << QStringList { u"viewed_form"_s, u"submits"_s, u"submit_rate"_s } << QStringList { u"form_id"_s }
            << QStringList { u"2024-03-01T00:00:00+00:00"_s, u"2024-04-01T00:00:00+00:00"_s,
                   u"2024-05-01T00:00:00+00:00"_s }
            << u"submits"_s << 0 << 2 << 2.0;
        QTest::addRow("seed 002 segment values")
            << u"report_seed002_segment_values.json"_s << ReportType::SegmentValues << 1
            << QStringList { u"total_members"_s, u"members_added"_s, u"members_removed"_s, u"net_members_changed"_s }
            << QStringList { u"segment_id"_s } << QStringList {} << u"members_removed"_s << 0 << 0 << 0.0;
        QStringList eight;
        for (int d = 30; d <= 37; ++d)
            eight << QDate(2024, 7, 1)
                         .addDays(d - 1)
                         .startOfDay(QTimeZone::utc())
                         .toString(Qt::ISODate)
                         .replace(u"Z"_s, u"+00:00"_s);
        QTest::addRow("seed 002 segment series")
            << u"report_seed002_segment_series.json"_s << ReportType::SegmentSeries << 1
            << QStringList { u"total_members"_s, u"members_added"_s } << QStringList { u"segment_id"_s } << eight
            << u"members_added"_s << 0 << 2 << 79.0;
        QTest::addRow("digest 5.3 campaign values")
            << u"report_digest_campaign_values.json"_s << ReportType::CampaignValues << 1
            << QStringList { u"opens"_s, u"open_rate"_s }
            << QStringList { u"send_channel"_s, u"campaign_id"_s, u"campaign_message_id"_s } << QStringList {}
            << u"opens"_s << 0 << 0 << 123.0;
        QTest::addRow("digest 5.3 flow series") << u"report_digest_flow_series.json"_s << ReportType::FlowSeries << 1
                                                << QStringList { u"opens"_s, u"open_rate"_s } << flowKeys
                                                << QStringList { u"2024-01-05T00:00:00+00:00"_s,
                                                       u"2024-01-06T00:00:00+00:00"_s, u"2024-01-07T00:00:00+00:00"_s }
                                                << u"open_rate"_s << 0 << 2 << 0.8398;
        QTest::addRow("observed without data.links")
            << u"report_observed_campaign_values.json"_s << ReportType::CampaignValues << 1
            << QStringList { u"clicks"_s, u"opens"_s, u"open_rate"_s, u"delivered"_s }
            << QStringList { u"send_channel"_s, u"campaign_id"_s } << QStringList {} << u"opens"_s << 0 << 0 << 2.0;
    }
    void parsesDocumentedReports()
    {
        QFETCH(QString, file);
        QFETCH(ReportType, type);
        QFETCH(int, rowCount);
        QFETCH(QStringList, statistics);
        QFETCH(QStringList, groupingKeys);
        QFETCH(QStringList, dates);
        QFETCH(QString, checkStatistic);
        QFETCH(int, checkRow);
        QFETCH(int, checkDate);
        QFETCH(double, checkValue);

        QString error;
        const auto r = parseFile(type, file, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->type, type);
        QCOMPARE(r->series, isSeriesReport(type));
        QCOMPARE(int(r->rows.size()), rowCount);
        QCOMPARE(r->statistics, statistics);
        QCOMPARE(r->groupingKeys, groupingKeys);
        QCOMPARE(utcTexts(r->dateTimes), dates);
        QCOMPARE(r->rows[size_t(checkRow)].value(checkStatistic, checkDate), checkValue);
        const size_t perStatistic = r->series ? size_t(dates.size()) : 1;
        for (const auto& row : r->rows) {
            for (const auto& values : row.values)
                QCOMPARE(values.size(), perStatistic);
        }
    }

    void groupingsKeepResponseOrderAndValues()
    {
        QString error;
        const auto r = parseFile(ReportType::FlowValues, u"report_seed002_flow_values.json"_s, &error);
        QVERIFY2(r, qPrintable(error));
        const auto& row = r->rows[1];
        QCOMPARE(row.groupings.size(), 3);
        QCOMPARE(row.groupings[0], (QPair<QString, QString> { u"flow_id"_s, u"XVTP5Q"_s }));
        QCOMPARE(row.grouping(u"flow_message_id"), u"01GJTHNWVG93F3KNX71SJ4FDBB"_s);
        QVERIFY(row.grouping(u"campaign_id").isEmpty());
        QVERIFY(std::isnan(row.value(u"opens"_s)));
        QVERIFY(std::isnan(row.value(u"clicks"_s, 1))); // values reports have one value
    }

    void relationshipsAreCollected()
    {
        QString error;
        const auto r = parseFile(ReportType::FlowSeries, u"report_digest_flow_series.json"_s, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->relationships.value(u"flows"_s), QStringList { u"XVTP5Q"_s });
        QCOMPARE(r->relationships.value(u"flow-messages"_s), QStringList { u"01GMRWDSA0ARTAKE1SFX8JGXAY"_s });
        // Placeholder items that are not resource identifiers are skipped, not an error.
        const auto observed = parseFile(ReportType::CampaignValues, u"report_observed_campaign_values.json"_s, &error);
        QVERIFY2(observed, qPrintable(error));
        QVERIFY(observed->relationships.value(u"campaigns"_s).isEmpty());
    }

    void emptyResultsAreValid_data()
    {
        QTest::addColumn<ReportType>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("dateCount");
        QTest::addRow("values")
            << ReportType::CampaignValues
            << QByteArray(
                   R"({"data":{"type":"campaign-values-report","id":"x","attributes":{"results":[]}},"links":{"self":"s","next":null}})")
            << 0;
        QTest::addRow("series with dates")
            << ReportType::SegmentSeries
            << QByteArray(
                   R"({"data":{"type":"segment-series-report","attributes":{"results":[],"date_times":["2024-08-01T00:00:00+00:00"]}}})")
            << 1;
        QTest::addRow("series without dates")
            << ReportType::FlowSeries
            << QByteArray(R"({"data":{"type":"flow-series-report","attributes":{"results":[]}}})") << 0;
    }
    void emptyResultsAreValid()
    {
        QFETCH(ReportType, type);
        QFETCH(QByteArray, body);
        QFETCH(int, dateCount);
        QString error;
        const auto r = parseReportPages(type, { body }, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->isEmpty());
        QVERIFY(r->statistics.isEmpty());
        QCOMPARE(int(r->dateTimes.size()), dateCount);
    }

    void nullStatisticsAreNaN()
    {
        const QByteArray values =
            R"({"data":{"type":"campaign-values-report","attributes":{"results":[{"groupings":{"campaign_id":"c","variation":null,"n":3},"statistics":{"open_rate":null,"opens":0}}]}}})";
        QString error;
        const auto r = parseReportPages(ReportType::CampaignValues, { values }, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(std::isnan(r->rows[0].value(u"open_rate"_s)));
        QCOMPARE(r->rows[0].value(u"opens"_s), 0.0);
        QCOMPARE(r->rows[0].grouping(u"variation"), QString());
        QCOMPARE(r->rows[0].grouping(u"n"), u"3"_s);

        const QByteArray series =
            R"({"data":{"type":"flow-series-report","attributes":{"date_times":["2024-01-01","2024-01-02"],"results":[{"groupings":{},"statistics":{"open_rate":[0.5,null]}}]}}})";
        const auto s = parseReportPages(ReportType::FlowSeries, { series }, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->rows[0].value(u"open_rate"_s, 0), 0.5);
        QVERIFY(std::isnan(s->rows[0].value(u"open_rate"_s, 1)));
    }

    void keyedSeriesFollowsDateTimes()
    {
        const QByteArray body =
            R"({"data":{"type":"form-series-report","attributes":{"date_times":["2024-03-01T00:00:00+00:00","2024-04-01T00:00:00+00:00","2024-05-01T00:00:00+00:00"],"results":[{"groupings":{"form_id":"f"},"statistics":{"viewed_form":{"2024-05-01":5,"2024-03-01":3}}}]}}})";
        QString error;
        const auto r = parseReportPages(ReportType::FormSeries, { body }, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->rows[0].value(u"viewed_form"_s, 0), 3.0);
        QVERIFY(std::isnan(r->rows[0].value(u"viewed_form"_s, 1))); // no value written for April
        QCOMPARE(r->rows[0].value(u"viewed_form"_s, 2), 5.0);
    }

    void pagesAreConcatenated()
    {
        const QByteArray page1 =
            R"({"data":{"type":"campaign-values-report","attributes":{"results":[{"groupings":{"campaign_id":"a","send_channel":"email"},"statistics":{"opens":1}}]},"relationships":{"campaigns":{"data":[{"type":"campaign","id":"a"}]}}},"links":{"next":"https://a.klaviyo.com/api/campaign-values-reports/?page_cursor=x"}})";
        const QByteArray page2 =
            R"({"data":{"type":"campaign-values-report","attributes":{"results":[{"groupings":{"campaign_id":"b","send_channel":"sms"},"statistics":{"clicks":4,"opens":2}}]},"relationships":{"campaigns":{"data":[{"type":"campaign","id":"b"},{"type":"campaign","id":"a"}]}}},"links":{"next":null}})";
        QString error;
        const auto r = parseReportPages(ReportType::CampaignValues, { page1, page2 }, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->rows.size(), size_t(2));
        QCOMPARE(r->statistics, (QStringList { u"opens"_s, u"clicks"_s }));
        QCOMPARE(r->rows[1].value(u"clicks"_s), 4.0);
        QVERIFY(std::isnan(r->rows[0].value(u"clicks"_s)));
        QCOMPARE(r->relationships.value(u"campaigns"_s), (QStringList { u"a"_s, u"b"_s }));
    }

    void rejectsMalformedReports_data()
    {
        QTest::addColumn<ReportType>("type");
        QTest::addColumn<QList<QByteArray>>("pages");
        QTest::addColumn<QString>("error");

        const QByteArray series =
            R"({"data":{"type":"flow-series-report","attributes":{"date_times":["2024-01-05T00:00:00+00:00","2024-01-06T00:00:00+00:00","2024-01-07T00:00:00+00:00"],"results":[{"groupings":{"flow_id":"a"},"statistics":{"opens":[1,2,3]}},{"groupings":{"flow_id":"b"},"statistics":{"opens":[1,2,3],"clicks":[1,2]}}]}}})";
        QByteArray otherDates = series;
        otherDates.replace("2024-01-07", "2024-01-08");
        const QByteArray values =
            R"({"data":{"type":"campaign-values-report","attributes":{"results":[{"groupings":{},"statistics":{"opens":1}}]}}})";
        QByteArray alignedSeries = series;
        alignedSeries.replace(R"(,"clicks":[1,2])", "");

        QTest::addRow("no pages") << ReportType::CampaignValues << QList<QByteArray> {}
                                  << u"The report has no pages."_s;
        QTest::addRow("empty") << ReportType::CampaignValues << QList<QByteArray> { QByteArray() }
                               << u"The report response is empty."_s;
        QTest::addRow("html") << ReportType::CampaignValues
                              << QList<QByteArray> { "<html><body>Bad gateway</body></html>" }
                              << u"The server sent an HTML page instead of a report response."_s;
        QTest::addRow("truncated") << ReportType::CampaignValues << QList<QByteArray> { values.left(40) }
                                   << u"The report response ends early (the JSON is truncated)."_s;
        QTest::addRow("not json") << ReportType::CampaignValues << QList<QByteArray> { "{nope}" }
                                  << u"The report response is not valid JSON: "_s;
        QTest::addRow("error document")
            << ReportType::FlowValues
            << QList<
                   QByteArray> { R"({"errors":[{"status":400,"code":"invalid","title":"Invalid input.","detail":"Passed in conversion metric does not support querying for values data"}]})" }
            << u"The server answered with an error instead of a report: Passed in conversion metric does not support querying for values data"_s;
        QTest::addRow("another report type")
            << ReportType::FlowValues << QList<QByteArray> { values }
            << u"The response is a “campaign-values-report”, not a “flow-values-report”."_s;
        QTest::addRow("no results")
            << ReportType::CampaignValues
            << QList<QByteArray> { R"({"data":{"type":"campaign-values-report","attributes":{}}})" }
            << u"The report response has no “data.attributes.results”."_s;
        QTest::addRow("results not array")
            << ReportType::CampaignValues << QList<QByteArray> { R"({"data":{"attributes":{"results":{}}}})" }
            << u"“data.attributes.results” in the report response is not an array."_s;
        QTest::addRow("statistic not number")
            << ReportType::CampaignValues
            << QList<QByteArray> { R"({"data":{"attributes":{"results":[{"statistics":{"opens":"7"}}]}}})" }
            << u"“data.attributes.results[0].statistics.opens” in the report response is not a number."_s;
        QTest::addRow("series statistic scalar")
            << ReportType::SegmentSeries
            << QList<
                   QByteArray> { R"({"data":{"attributes":{"date_times":["2024-01-01"],"results":[{"statistics":{"total_members":7}}]}}})" }
            << u"“data.attributes.results[0].statistics.total_members” in the report response is not an array."_s;
        QTest::addRow("misaligned series") << ReportType::FlowSeries << QList<QByteArray> { series }
                                           << u"Statistic “clicks” of result 2 has 2 values for 3 dates."_s;
        QTest::addRow("misaligned on page 2")
            << ReportType::FlowSeries << QList<QByteArray> { alignedSeries, series }
            << u"Page 2 of the report: Statistic “clicks” of result 4 has 2 values for 3 dates."_s;
        QTest::addRow("pages with other dates")
            << ReportType::FlowSeries
            << QList<QByteArray> { alignedSeries, otherDates.replace(R"(,"clicks":[1,2])", "") }
            << u"Page 2 of the report has other dates than page 1."_s;
        QTest::addRow("series without date_times")
            << ReportType::FlowSeries
            << QList<QByteArray> { R"({"data":{"attributes":{"results":[{"statistics":{"opens":[1]}}]}}})" }
            << u"The report response has no “data.attributes.date_times”."_s;
        QTest::addRow("bad date")
            << ReportType::FlowSeries
            << QList<QByteArray> { R"({"data":{"attributes":{"date_times":["soon"],"results":[]}}})" }
            << u"“data.attributes.date_times[0]” (“soon”) in the report response is not an ISO 8601 date."_s;
        QTest::addRow("keyed date not in date_times")
            << ReportType::FormSeries
            << QList<
                   QByteArray> { R"({"data":{"attributes":{"date_times":["2024-03-01"],"results":[{"statistics":{"submits":{"2024-03-02":1}}}]}}})" }
            << u"Statistic “submits” of result 1 has a value for “2024-03-02”, which is not one of the report's dates."_s;
    }
    void rejectsMalformedReports()
    {
        QFETCH(ReportType, type);
        QFETCH(QList<QByteArray>, pages);
        QFETCH(QString, error);
        QString got;
        QVERIFY(!parseReportPages(type, pages, &got));
        QVERIFY2(got.startsWith(error), qPrintable(got));
        QVERIFY(!parseReportPages(type, pages, nullptr)); // no error pointer: no crash
    }
};

QTEST_APPLESS_MAIN(TestReportResult)
#include "tst_reportresult.moc"
