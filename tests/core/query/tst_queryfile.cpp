// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "query/queryfile.h"
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

FilterExpr parsed(const QString& text)
{
    const auto e = parseFilter(text);
    if (!e)
        qFatal("bad filter literal %s", qPrintable(text));
    return *e;
}

/// JSON written with backticks for double quotes, so test bodies need no escaping (moc 6.4 also
/// misreads raw string literals that contain quotes).
QByteArray bt(const char* text)
{
    return QByteArray(text).replace('`', '"');
}

QJsonValue jsonValue(const QByteArray& bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QueryDocument metricPresetDocument()
{
    QueryDocument doc;
    doc.kind = QueryDocument::Kind::MetricAggregate;
    MetricQuery& q = doc.metric;
    q.metricId = u"RESQ6t"_s;
    q.metricName = u"Placed Order"_s;
    q.integrationName = u"Shopify"_s;
    q.measurements = { Measurement::SumValue, Measurement::Count };
    q.by = QStringList { u"$attributed_flow"_s, u"Campaign Name"_s };
    q.filters = { parsed(u"equals(Campaign Name,\"Spring \\\"Sale\\\"\")"_s), parsed(u"any($flow,['a','b'])"_s) };
    q.range.kind = DateRange::Kind::Preset;
    q.range.preset = RangePreset::Last7Days;
    q.interval = Interval::Week;
    q.timezone = u"America/New_York"_s;
    q.pageSize = 250;
    q.sort = u"-sum_value"_s;
    q.returnFields = QStringList { u"data"_s };
    doc.view = QJsonObject { { "chart"_L1, u"bar"_s }, { "columns"_L1, QJsonArray { 1, 2, 3 } } };
    doc.snapshot = QJsonObject { { "dates"_L1, QJsonArray { u"2024-01-01T00:00:00+00:00"_s } },
        { "nested"_L1, QJsonObject { { "x"_L1, 1.5 }, { "y"_L1, QJsonValue::Null } } } };
    return doc;
}

QueryDocument metricImportedDocument()
{
    QueryDocument doc;
    MetricQuery& q = doc.metric;
    q.metricId = u"PhqdJM"_s;
    q.measurements = { Measurement::Unique };
    q.range.kind = DateRange::Kind::Absolute;
    q.range.startText = u"2022-01-01T00:00:00"_s;
    q.range.endText = u"2022-12-31T23:59:59Z"_s;
    q.range.startOp = FilterOp::GreaterThan;
    q.range.endOp = FilterOp::LessOrEqual;
    q.filters = { parsed(u"equals(URL,'x')"_s) };
    q.datetimeFilterIndex = 1;
    q.datetimeEndFilterIndex = 3;
    q.verbatimFilters = { VerbatimFilter { 2, u"not(equals($attributed_flow,\"\"))"_s } };
    return doc;
}

QueryDocument reportDocument(bool custom)
{
    QueryDocument doc;
    doc.kind = QueryDocument::Kind::Report;
    ReportQuery& r = doc.report;
    r.type = custom ? ReportType::CampaignValues : ReportType::FlowSeries;
    r.statistics = QStringList { u"opens"_s, u"open_rate"_s };
    r.timeframe = custom ? Timeframe { {}, u"2024-01-01T00:00:00+00:00"_s, u"2024-01-31T23:59:59+00:00"_s }
                         : Timeframe { u"last_90_days"_s, {}, {} };
    r.interval = custom ? QString() : u"weekly"_s;
    r.conversionMetricId = u"RESQ6t"_s;
    r.groupBy = QStringList { u"flow_id"_s, u"flow_message_id"_s };
    r.filter = parsed(u"and(equals(flow_id,\"abc123\"),contains-any(send_channel,[\"email\",\"sms\"]))"_s);
    doc.view = QJsonObject { { "tab"_L1, 2 } };
    return doc;
}

} // namespace

class TestQueryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsDocuments_data()
    {
        QTest::addColumn<QueryDocument>("doc");
        QTest::addRow("metric preset") << metricPresetDocument();
        QTest::addRow("metric imported layout") << metricImportedDocument();
        QTest::addRow("report key") << reportDocument(false);
        QTest::addRow("report custom") << reportDocument(true);
        QTest::addRow("default metric with name only") << [] {
            QueryDocument d;
            d.metric.metricName = u"Opened Email"_s;
            return d;
        }();
    }
    void roundTripsDocuments()
    {
        QFETCH(QueryDocument, doc);
        QString error;
        const auto back = queryfile::fromJson(queryfile::toJson(doc), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == doc);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"query.kmq"_s);
        QVERIFY2(queryfile::save(doc, path, &error), qPrintable(error));
        const auto loaded = queryfile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == doc);
        // saving twice overwrites in place
        QVERIFY(queryfile::save(doc, path, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"query.kmq"_s });
    }

    void writesReadableFormat()
    {
        const QByteArray json = queryfile::toJson(metricPresetDocument());
        QVERIFY(json.contains("\n    \"format\": \"klaviyo-explorer-query\""));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value("version"_L1).toInt(), 1);
        QCOMPARE(root.value("kind"_L1).toString(), u"metric-aggregate"_s);
        const QJsonObject query = root.value("query"_L1).toObject();
        // presets stay relative, the metric is kept by id, name and integration
        QCOMPARE(query.value("range"_L1).toObject(), (QJsonObject { { "preset"_L1, u"last_7_days"_s } }));
        QCOMPARE(query.value("metric"_L1).toObject(),
            (QJsonObject {
                { "id"_L1, u"RESQ6t"_s }, { "name"_L1, u"Placed Order"_s }, { "integration"_L1, u"Shopify"_s } }));
        QCOMPARE(query.value("filters"_L1).toArray().at(1).toString(), u"any($flow,['a','b'])"_s);
        QVERIFY(!query.contains("requestLayout"_L1));
        QCOMPARE(root.value("view"_L1).toObject(), metricPresetDocument().view);
        QCOMPARE(root.value("snapshot"_L1).toObject(), metricPresetDocument().snapshot);
        QCOMPARE(queryfile::toJson(reportDocument(false)).contains("\"kind\": \"report\""), true);
    }

    void rawRequestsRoundTripExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("report");
        const QDir dir(QStringLiteral(TESTDATA_DIR "/queries"));
        const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
        int count = 0;
        for (const QString& f : files) {
            if (f.startsWith(u"refused-"_s))
                continue;
            const bool report = !QJsonDocument::fromJson(readFile(dir.filePath(f)))
                                     .object()
                                     .value("data"_L1)
                                     .toObject()
                                     .value("type"_L1)
                                     .toString()
                                     .startsWith(u"metric-aggregate"_s);
            QTest::addRow("%s", qPrintable(f)) << f << report;
            ++count;
        }
        // 1 seed-000 + 9 seed-001 + 7 seed-002 + 3 digest examples
        QCOMPARE(count, 20);
    }
    void rawRequestsRoundTripExactly()
    {
        QFETCH(QString, name);
        QFETCH(bool, report);
        const QByteArray raw = test::readTestData(u"queries/"_s + name);
        QString error;
        const auto doc = queryfile::fromJson(raw, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->kind, report ? QueryDocument::Kind::Report : QueryDocument::Kind::MetricAggregate);
        if (!report)
            QCOMPARE(doc->metric.range.kind, DateRange::Kind::Absolute);
        const qint64 now = instant(u"2024-06-01T12:00:00Z"_s);
        QCOMPARE(jsonValue(queryfile::toRawRequest(*doc, now)), jsonValue(raw));
        // and through a saved .kmq file as well
        const auto viaKmq = queryfile::fromJson(queryfile::toJson(*doc), &error);
        QVERIFY2(viaKmq, qPrintable(error));
        QVERIFY(*viaKmq == *doc);
        QCOMPARE(jsonValue(queryfile::toRawRequest(*viaKmq, now)), jsonValue(raw));
    }

    void importsTheSeed000AggregateBody()
    {
        QString error;
        const auto doc = queryfile::fromJson(test::readTestData(u"queries/seed000-monthly-count.json"_s), &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->kind, QueryDocument::Kind::MetricAggregate);
        const MetricQuery& q = doc->metric;
        QCOMPARE(q.metricId, u"XWKwsS"_s);
        QCOMPARE(q.measurements, QList<Measurement> { Measurement::Count });
        QCOMPARE(q.interval, Interval::Month);
        QCOMPARE(q.timezone, u"UTC"_s);
        QCOMPARE(q.pageSize.value_or(0), 500);
        QVERIFY(q.by.isEmpty());
        QCOMPARE(q.range.kind, DateRange::Kind::Absolute);
        QCOMPARE(q.range.startText, u"2022-10-01T00:00:00"_s);
        QCOMPARE(q.range.endText, u"2023-10-01T00:00:00"_s);
        QVERIFY(q.filters.isEmpty());
        QVERIFY(q.verbatimFilters.isEmpty());
    }

    void importsRequestDetails()
    {
        QString error;
        const auto revenue = queryfile::fromJson(test::readTestData(u"queries/seed001-flow-revenue.json"_s), &error);
        QVERIFY2(revenue, qPrintable(error));
        const MetricQuery& q = revenue->metric;
        QCOMPARE(q.metricId, u"PhqdJM"_s);
        QCOMPARE(q.measurements, QList<Measurement> { Measurement::SumValue });
        QCOMPARE(q.interval, Interval::Month);
        QCOMPARE(q.timezone, u"US/Eastern"_s);
        QCOMPARE(q.range.startText, u"2022-01-01T00:00:00"_s);
        QCOMPARE(q.range.endText, u"2023-01-01T00:00:00"_s);
        QVERIFY(q.filters.isEmpty());
        QCOMPARE(q.verbatimFilters.size(), 1);
        QCOMPARE(q.verbatimFilters.at(0).index, 2);
        QCOMPARE(q.verbatimFilters.at(0).text, u"not(equals($attributed_flow,\"\"))"_s);

        const auto combined =
            queryfile::fromJson(test::readTestData(u"queries/seed001-revenue-one-campaign.json"_s), &error);
        QVERIFY2(combined, qPrintable(error));
        QVERIFY(combined->metric.datetimeBoundsCombined);
        QCOMPARE(combined->metric.filters.size(), 1);
        QCOMPARE(combined->metric.filters.at(0).field, u"$attributed_message"_s);
        QCOMPARE(combined->metric.metricName, QString());

        const auto form = queryfile::fromJson(test::readTestData(u"queries/seed002-form-values.json"_s), &error);
        QVERIFY2(form, qPrintable(error));
        QCOMPARE(form->report.type, ReportType::FormValues);
        QCOMPARE(form->report.groupBy, (QStringList { u"form_id"_s, u"form_version_id"_s }));
        QVERIFY(form->report.filter);
        QCOMPARE(form->report.filter->op, FilterOp::Any);
    }

    void normalisesInsignificantWhitespace()
    {
        // seed 002 writes [\"abc123\",\"def456\" ]; the space is not kept.
        const QByteArray raw =
            bt("{`data`:{`type`:`form-values-report`,`attributes`:{`timeframe`:{`key`:`last_12_months`},"
               "`filter`:`any(form_id,[\\`abc123\\`,\\`def456\\` ])`,`statistics`:[`viewed_form`]}}}");
        QString error;
        const auto doc = queryfile::fromJson(raw, &error);
        QVERIFY2(doc, qPrintable(error));
        const QJsonObject out = QJsonDocument::fromJson(queryfile::toRawRequest(*doc, 0)).object();
        QCOMPARE(out.value("data"_L1).toObject().value("attributes"_L1).toObject().value("filter"_L1).toString(),
            u"any(form_id,[\"abc123\",\"def456\"])"_s);
    }

    void exportsPresetsResolved()
    {
        const QJsonObject raw =
            QJsonDocument::fromJson(queryfile::toRawRequest(metricPresetDocument(), instant(u"2024-03-11T03:30:00Z"_s)))
                .object();
        const QJsonObject attrs = raw.value("data"_L1).toObject().value("attributes"_L1).toObject();
        QCOMPARE(attrs.value("filter"_L1).toArray().at(0).toString(),
            u"greater-or-equal(datetime,2024-03-03T00:00:00-05:00)"_s);
        QCOMPARE(attrs.value("metric_id"_L1).toString(), u"RESQ6t"_s);
        QVERIFY(!attrs.contains("metric_name"_L1));
    }

    void refusesBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = queryfile::toJson(metricPresetDocument());
        auto edited = [&good](const std::function<void(QJsonObject&)>& edit) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            edit(root);
            return QJsonDocument(root).toJson();
        };
        auto editedQuery = [&edited](const std::function<void(QJsonObject&)>& edit) {
            return edited([&edit](QJsonObject& root) {
                QJsonObject q = root.value("query"_L1).toObject();
                edit(q);
                root.insert("query"_L1, q);
            });
        };
        QTest::addRow("not json") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n", 8) << u"not valid JSON"_s;
        QTest::addRow("array") << QByteArray("[1,2]") << u"JSON object was expected"_s;
        QTest::addRow("empty object") << QByteArray("{}") << u"neither"_s;
        QTest::addRow("unknown format") << edited([](QJsonObject& r) { r.insert("format"_L1, u"other-app"_s); })
                                        << u"other-app"_s;
        QTest::addRow("format wrong type") << edited([](QJsonObject& r) { r.insert("format"_L1, 3); }) << u"“format”"_s;
        QTest::addRow("future version") << edited([](QJsonObject& r) { r.insert("version"_L1, 2); })
                                        << u"newer version"_s;
        QTest::addRow("version as text") << edited([](QJsonObject& r) { r.insert("version"_L1, u"1"_s); })
                                         << u"“version”"_s;
        QTest::addRow("version zero") << edited([](QJsonObject& r) { r.insert("version"_L1, 0); }) << u"version"_s;
        QTest::addRow("version missing") << edited([](QJsonObject& r) { r.remove("version"_L1); }) << u"version"_s;
        QTest::addRow("unknown kind") << edited([](QJsonObject& r) { r.insert("kind"_L1, u"funnel"_s); })
                                      << u"funnel"_s;
        QTest::addRow("query missing") << edited([](QJsonObject& r) { r.remove("query"_L1); }) << u"“query”"_s;
        QTest::addRow("view not object") << edited([](QJsonObject& r) { r.insert("view"_L1, 5); }) << u"“view”"_s;
        QTest::addRow("missing metric") << editedQuery([](QJsonObject& q) { q.remove("metric"_L1); }) << u"no metric"_s;
        QTest::addRow("empty metric") << editedQuery([](QJsonObject& q) {
            q.insert("metric"_L1, QJsonObject { { "id"_L1, u""_s } });
        }) << u"no metric"_s;
        QTest::addRow("metric wrong type")
            << editedQuery([](QJsonObject& q) { q.insert("metric"_L1, u"RESQ6t"_s); }) << u"“metric”"_s;
        QTest::addRow("measurements wrong type")
            << editedQuery([](QJsonObject& q) { q.insert("measurements"_L1, u"count"_s); }) << u"“measurements”"_s;
        QTest::addRow("unknown measurement")
            << editedQuery([](QJsonObject& q) { q.insert("measurements"_L1, QJsonArray { u"median"_s }); })
            << u"median"_s;
        QTest::addRow("unknown preset") << editedQuery([](QJsonObject& q) {
            q.insert("range"_L1, QJsonObject { { "preset"_L1, u"forever"_s } });
        }) << u"forever"_s;
        QTest::addRow("bad range op") << editedQuery([](QJsonObject& q) {
            q.insert("range"_L1,
                QJsonObject {
                    { "start"_L1, u"2024-01-01"_s }, { "end"_L1, u"2024-02-01"_s }, { "startOp"_L1, u"less-than"_s } });
        }) << u"greater-or-equal"_s;
        QTest::addRow("unreadable filter")
            << editedQuery([](QJsonObject& q) { q.insert("filters"_L1, QJsonArray { u"equals(a,"_s }); })
            << u"Filter 1"_s;
        QTest::addRow("unknown interval")
            << editedQuery([](QJsonObject& q) { q.insert("interval"_L1, u"year"_s); }) << u"year"_s;
        QTest::addRow("page size fraction")
            << editedQuery([](QJsonObject& q) { q.insert("pageSize"_L1, 2.5); }) << u"“pageSize”"_s;
        QTest::addRow("unknown report type") << edited([](QJsonObject& r) {
            r.insert("kind"_L1, u"report"_s);
            r.insert("query"_L1, QJsonObject { { "type"_L1, u"campaign-series-report"_s } });
        }) << u"campaign-series-report"_s;

        // raw request bodies
        QTest::addRow("raw no metric_id") << (bt("{`data`:{`type`:`metric-aggregate`,`attributes`:{"
                                                 "`measurements`:[`count`],`filter`:[`greater-or-equal(datetime,2024-"
                                                 "01-01)`,`less-than(datetime,2024-02-01)`]}}}"))
                                          << u"metric_id"_s;
        QTest::addRow("raw no range") << (bt(
            "{`data`:{`type`:`metric-aggregate`,`attributes`:{"
            "`metric_id`:`X`,`measurements`:[`count`],`filter`:[`equals(URL,\\`x\\`)`]}}}"))
                                      << u"no complete datetime range"_s;
        QTest::addRow("raw quoted datetime")
            << (bt("{`data`:{`type`:`metric-aggregate`,`attributes`:{"
                   "`metric_id`:`X`,`measurements`:[`count`],`filter`:[`greater-or-equal(datetime,'2024-01-01')`,`less-"
                   "than(datetime,2024-02-01)`]}}}"))
            << u"quotes"_s;
        QTest::addRow("raw twice start") << (bt(
            "{`data`:{`type`:`metric-aggregate`,`attributes`:{"
            "`metric_id`:`X`,`measurements`:[`count`],`filter`:[`greater-or-equal(datetime,2024-01-01)`,`greater-than("
            "datetime,2024-01-02)`,`less-than(datetime,2024-02-01)`]}}}"))
                                         << u"twice"_s;
        QTest::addRow("raw equals datetime")
            << (bt("{`data`:{`type`:`metric-aggregate`,`attributes`:{"
                   "`metric_id`:`X`,`measurements`:[`count`],`filter`:[`equals(datetime,2024-01-01)`]}}}"))
            << u"greater-or-equal"_s;
        QTest::addRow("raw mixed") << (bt("{`data`:{`type`:`metric-aggregate`,`attributes`:{"
                                          "`metric_id`:`X`,`measurements`:[`count`],`filter`:[`greater-or-equal("
                                          "datetime,2024-01-01),equals(URL,'x')`,`less-than(datetime,2024-02-01)`]}}}"))
                                   << u"mixes"_s;
        QTest::addRow("raw unknown attribute")
            << (bt("{`data`:{`type`:`metric-aggregate`,`attributes`:{"
                   "`metric_id`:`X`,`measurements`:[`count`],`limit`:5,`filter`:[`greater-or-equal(datetime,2024-01-01)"
                   "`,`less-than(datetime,2024-02-01)`]}}}"))
            << u"“limit”"_s;
        QTest::addRow("raw unknown type") << (bt("{`data`:{`type`:`event`,`attributes`:{}}}")) << u"“event”"_s;
        QTest::addRow("raw no attributes") << (bt("{`data`:{`type`:`metric-aggregate`}}")) << u"“attributes”"_s;
        QTest::addRow("raw timeframe both")
            << (bt("{`data`:{`type`:`segment-values-report`,`attributes`:{"
                   "`statistics`:[`total_members`],`timeframe`:{`key`:`today`,`start`:`2024-01-01`}}}}"))
            << u"either a key"_s;
        QTest::addRow("raw report or") << (bt("{`data`:{`type`:`segment-values-report`,`attributes`:{"
                                              "`statistics`:[`total_members`],`timeframe`:{`key`:`today`},`filter`:`or("
                                              "equals(segment_id,\\`a\\`),equals(segment_id,\\`b\\`))`}}}"))
                                       << u"or(...)"_s;

        // the unrepaired shared examples
        QTest::addRow("digest 4.6 typo") << test::readTestData(u"queries/refused-digest-4-6-typo.json"_s)
                                         << u"Filter 2"_s;
        QTest::addRow("seed 001 placeholders") << test::readTestData(u"queries/refused-seed001-placeholders.json"_s)
                                               << u"INTERVAL (hour,day,week,month)"_s;
        QTest::addRow("seed 002 campaign quote")
            << test::readTestData(u"queries/refused-seed002-campaign-values.txt"_s) << u"not valid JSON"_s;
        QTest::addRow("seed 002 segment quotes")
            << test::readTestData(u"queries/refused-seed002-segment-values.txt"_s) << u"not valid JSON"_s;
    }
    void refusesBrokenInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!queryfile::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.endsWith(u'.'), qPrintable(error));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.kmq"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        QVERIFY(!queryfile::load(path, &error));
        QVERIFY2(error.contains(u"broken.kmq"_s) && error.contains(mentions), qPrintable(error));

        // Crash recovery takes a .kmq query with no metric chosen yet, and nothing else broken.
        const auto lenient = queryfile::fromJson(json, queryfile::MetricChoice::Optional, &error);
        const bool onlyTheMetric = QString::fromLatin1(QTest::currentDataTag()).endsWith(u"metric"_s)
            && !QString::fromLatin1(QTest::currentDataTag()).startsWith(u"raw"_s);
        QCOMPARE(bool(lenient), onlyTheMetric);
        if (lenient) {
            QVERIFY(lenient->metric.metricId.isEmpty());
            QCOMPARE(lenient->metric.interval, metricPresetDocument().metric.interval);
        }
    }

    void reportsMissingFiles()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!queryfile::load(dir.filePath(u"nothing.kmq"_s), &error));
        QVERIFY(error.contains(u"nothing.kmq"_s));
        QVERIFY(!queryfile::save(metricPresetDocument(), dir.filePath(u"missing/dir/q.kmq"_s), &error));
        QVERIFY(error.contains(u"q.kmq"_s));
    }

    void failedWriteKeepsPreviousFile()
    {
        // A write that fails half way (file size limit; works even when the tests run as root).
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.kmq"_s);
        QString error;
        QVERIFY(queryfile::save(metricPresetDocument(), path, &error));
        const QByteArray before = readFile(path);
        QVERIFY(before.size() < 32 * 1024);

        QueryDocument big = metricPresetDocument();
        big.snapshot.insert("blob"_L1, QString(256 * 1024, u'x'));

        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit original {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
        rlimit limited = original;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool saved = queryfile::save(big, path, &error);
        setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!saved);
        QVERIFY2(error.contains(u"q.kmq"_s) && error.contains(u"previous version"_s), qPrintable(error));
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"q.kmq"_s });
        QVERIFY(queryfile::load(path));
    }

    void readOnlyDirectoryKeepsPreviousFile()
    {
        if (geteuid() == 0)
            QSKIP("root ignores directory permissions; failedWriteKeepsPreviousFile covers the failure path");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"q.kmq"_s);
        QVERIFY(queryfile::save(metricPresetDocument(), path));
        const QByteArray before = readFile(path);
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        QString error;
        const bool saved = queryfile::save(reportDocument(false), path, &error);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!saved);
        QVERIFY(error.contains(u"q.kmq"_s));
        QCOMPARE(readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestQueryFile)
#include "tst_queryfile.moc"
