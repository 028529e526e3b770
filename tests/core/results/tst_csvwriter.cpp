// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <limits>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "results/aggregatejsonwriter.h"
#include "results/csvwriter.h"
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

// Three US/Eastern days around the 2024 spring DST change (10 March): midnights at 05:00Z,
// 05:00Z and 04:00Z; dimension values that need every kind of quoting.
AggregateResult sampleResult()
{
    AggregateResult r;
    r.metricId = u"PhqdJM"_s;
    r.metricName = u"Placed Order"_s;
    r.timezone = u"US/Eastern"_s;
    r.interval = Interval::Day;
    r.by = QStringList { u"$attributed_flow"_s, u"Campaign Name"_s };
    r.measurements = { Measurement::Count, Measurement::SumValue };
    r.dates = { utc("2024-03-09T05:00:00Z"), utc("2024-03-10T05:00:00Z"), utc("2024-03-11T04:00:00Z") };
    r.groups.push_back({ { u"R9VbBr"_s, u"Spring, \"Big\" Sale"_s }, { { 120, 0, 3 }, { 1234.5, 0, 0.1 } } });
    r.groups.push_back({ { QString(), u" padded "_s }, { { 1, 2, 3 }, { -3, 1e-7, 2.5e20 } } });
    r.groups.push_back({ { u"XVTP5Q"_s, u"Line\nbreak"_s }, { { 0, 0, 0 }, { 0.25, 7, 1234567.25 } } });
    return r;
}

AggregateResult namedSample()
{
    AggregateResult r = sampleResult();
    r.dates.resize(1);
    r.measurements = { Measurement::Count };
    for (auto& g : r.groups) {
        g.dimensions[1] = u"Spring"_s;
        g.values.resize(1);
        g.values[0].resize(1);
    }
    return r;
}

QByteArray writeCsv(const AggregateResult& r, CsvWriter::Options options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(std::move(options));
    if (!writer.write(r, &buffer))
        qWarning("csv: %s", qPrintable(writer.errorString()));
    return buffer.data();
}

QByteArray writeCsv(const ReportResult& r)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer;
    if (!writer.write(r, &buffer))
        qWarning("csv: %s", qPrintable(writer.errorString()));
    return buffer.data();
}

/// Accepts a bounded number of bytes, then fails like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 budget)
        : m_budget(budget)
    {
    }

protected:
    qint64 readData(char*, qint64) override
    {
        return -1;
    }
    qint64 writeData(const char*, qint64 len) override
    {
        if (len > m_budget) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_budget -= len;
        return len;
    }

private:
    qint64 m_budget;
};

/// The same CSV as CsvWriter's long layout, built the slow obvious way, one QString per cell.
QByteArray referenceLong(const AggregateResult& r)
{
    const QTimeZone zone(r.timezone.toUtf8());
    QString out = u"date"_s;
    for (const QString& b : r.by)
        out += u',' + b;
    out += u",measurement,value\r\n"_s;
    for (size_t d = 0; d < r.dates.size(); ++d) {
        for (const auto& g : r.groups) {
            for (qsizetype m = 0; m < r.measurements.size(); ++m) {
                out += calendar::formatLocalIso(r.dates[d], zone);
                for (const QString& v : g.dimensions)
                    out += u',' + v;
                out += u',' + measurementName(r.measurements[m]) + u',';
                out += QString::number(qint64(g.values[size_t(m)][d]));
                out += u"\r\n"_s;
            }
        }
    }
    return out.toUtf8();
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutsMatchHandWrittenFiles_data()
    {
        QTest::addColumn<bool>("wide");
        QTest::addColumn<bool>("named");
        QTest::addColumn<QString>("file");
        QTest::addRow("long") << false << false << u"results/csv_long.csv"_s;
        QTest::addRow("wide") << true << false << u"results/csv_wide.csv"_s;
        QTest::addRow("long with names") << false << true << u"results/csv_long_names.csv"_s;
        QTest::addRow("wide with names") << true << true << u"results/csv_wide_names.csv"_s;
    }
    void layoutsMatchHandWrittenFiles()
    {
        QFETCH(bool, wide);
        QFETCH(bool, named);
        QFETCH(QString, file);
        CsvWriter::Options options;
        options.layout = wide ? CsvWriter::Layout::Wide : CsvWriter::Layout::Long;
        if (named)
            options.names.insert(u"$attributed_flow"_s, { { u"R9VbBr"_s, u"Welcome Series, v2"_s } });
        const QByteArray got = writeCsv(named ? namedSample() : sampleResult(), options);
        const QByteArray expected = test::readTestData(file);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(got, expected);
    }

    void fieldsAreQuotedOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("field");
        QTest::addRow("plain") << u"plain"_s << QByteArray("plain");
        QTest::addRow("inner space") << u"in side"_s << QByteArray("in side");
        QTest::addRow("empty") << QString() << QByteArray("");
        QTest::addRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
        QTest::addRow("quotes") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
        QTest::addRow("only a quote") << u"\""_s << QByteArray("\"\"\"\"");
        QTest::addRow("cr") << u"a\rb"_s << QByteArray("\"a\rb\"");
        QTest::addRow("lf") << u"a\nb"_s << QByteArray("\"a\nb\"");
        QTest::addRow("leading space") << u" lead"_s << QByteArray("\" lead\"");
        QTest::addRow("trailing space") << u"trail "_s << QByteArray("\"trail \"");
        QTest::addRow("utf-8") << u"Früh €"_s << QByteArray("Fr\xC3\xBCh \xE2\x82\xAC");
        QTest::addRow("semicolon and tab") << u"a;b\tc"_s << QByteArray("a;b\tc");
    }
    void fieldsAreQuotedOnlyWhenNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, field);
        AggregateResult r;
        r.by = QStringList { u"Subject"_s };
        r.measurements = { Measurement::Count };
        r.dates = { 0 };
        r.groups.push_back({ { value }, { { 5 } } });
        const QByteArray csv = writeCsv(r, {});
        QCOMPARE(csv, "date,Subject,measurement,value\r\n1970-01-01T00:00:00+00:00," + field + ",count,5\r\n");
    }

    void numbersAreFormattedExactly_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("0") << 0.0 << QByteArray("0");
        QTest::addRow("-0") << -0.0 << QByteArray("0");
        QTest::addRow("1") << 1.0 << QByteArray("1");
        QTest::addRow("120") << 120.0 << QByteArray("120");
        QTest::addRow("-3") << -3.0 << QByteArray("-3");
        QTest::addRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::addRow("1e-7") << 1e-7 << QByteArray("1e-07");
        QTest::addRow("1234567.25") << 1234567.25 << QByteArray("1234567.25");
        QTest::addRow("2.5e20") << 2.5e20 << QByteArray("2.5e+20");
        QTest::addRow("float sum") << 1021.0999999999999 << QByteArray("1021.0999999999999");
        QTest::addRow("large integral") << 123456789012345.0 << QByteArray("123456789012345");
        QTest::addRow("1e15") << 1e15 << QByteArray("1e+15");
        QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("");
        QTest::addRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("");
    }
    void numbersAreFormattedExactly()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        AggregateResult r;
        r.measurements = { Measurement::SumValue };
        r.dates = { 0 };
        r.groups.push_back({ {}, { { value } } });
        const QByteArray csv = writeCsv(r, {});
        QCOMPARE(csv, "date,measurement,value\r\n1970-01-01T00:00:00+00:00,sum_value," + text + "\r\n");
        if (std::isfinite(value))
            QCOMPARE(text.toDouble(), value); // reads back to the same double
    }

    // Daily US/Eastern buckets across the autumn DST change: the offset in the date column
    // follows the zone (-04:00, then -05:00 from 3 November 2024).
    void dateColumnCarriesTheLocalOffset()
    {
        AggregateResult r;
        r.timezone = u"US/Eastern"_s;
        r.measurements = { Measurement::Count };
        const QTimeZone zone("US/Eastern");
        qint64 day = calendar::startOfDay(QDate(2024, 11, 2), zone);
        for (int i = 0; i < 3; ++i) {
            r.dates.push_back(day);
            day = calendar::addBuckets(day, Interval::Day, 1, zone);
        }
        r.groups.push_back({ {}, { { 1, 2, 3 } } });
        CsvWriter::Options wide;
        wide.layout = CsvWriter::Layout::Wide;
        QCOMPARE(writeCsv(r, wide),
            QByteArray("date,count\r\n"
                       "2024-11-02T00:00:00-04:00,1\r\n"
                       "2024-11-03T00:00:00-04:00,2\r\n"
                       "2024-11-04T00:00:00-05:00,3\r\n"));
    }

    void byteOrderMarkIsOptional()
    {
        CsvWriter::Options options;
        options.byteOrderMark = true;
        const QByteArray csv = writeCsv(sampleResult(), options);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "date,"));
        QCOMPARE(csv.mid(3), test::readTestData(u"results/csv_long.csv"_s));
    }

    void emptyResultGivesTheHeaderOnly()
    {
        AggregateResult r = sampleResult();
        r.groups.clear();
        QCOMPARE(writeCsv(r, {}), QByteArray("date,$attributed_flow,Campaign Name,measurement,value\r\n"));
        CsvWriter::Options wide;
        wide.layout = CsvWriter::Layout::Wide;
        QCOMPARE(writeCsv(r, wide),
            QByteArray(
                "date\r\n2024-03-09T00:00:00-05:00\r\n2024-03-10T00:00:00-05:00\r\n2024-03-11T00:00:00-04:00\r\n"));
    }

    // More than one 1 MB block: the buffered output equals a naive cell-by-cell rendering.
    void largeOutputEqualsCellByCellReference_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("groups");
        QTest::addRow("one thread") << 1 << 3;
        // 240,000 records: five blocks of 1,250 dates formatted by the workers and written in
        // order as they come; the bytes must be the same as from one thread.
        QTest::addRow("two threads") << 2 << 20;
        QTest::addRow("three threads") << 3 << 20;
        QTest::addRow("picked") << 0 << 20;
    }

    void largeOutputEqualsCellByCellReference()
    {
        QFETCH(int, threads);
        QFETCH(int, groups);
        AggregateResult r;
        r.timezone = u"Europe/Berlin"_s;
        r.by = QStringList { u"$message"_s };
        r.measurements = { Measurement::Count, Measurement::Unique };
        for (int h = 0; h < 6000; ++h)
            r.dates.push_back(utc("2024-01-01T00:00:00Z") + qint64(h) * 3600 * 1000);
        for (int g = 0; g < groups; ++g) {
            AggregateResult::Group group { { u"01HGROUP%1AAAAAAAAAAAAAAAAA"_s.arg(g) }, {} };
            for (int m = 0; m < 2; ++m) {
                std::vector<double> values;
                for (int h = 0; h < 6000; ++h)
                    values.push_back(double((h * (g + 3) + m * 7) % 1000));
                group.values.push_back(std::move(values));
            }
            r.groups.push_back(std::move(group));
        }
        CsvWriter::Options options;
        options.threads = threads;
        const QByteArray got = writeCsv(r, options);
        QVERIFY(got.size() > (1 << 20) * 2);
        QCOMPARE(got.count("\r\n"), 1 + 6000 * groups * 2);
        QVERIFY(got == referenceLong(r));
    }

    // A device that fails in the middle of a parallel write stops the workers (no hang) and the
    // error is reported.
    void aFailureStopsTheParallelWriters()
    {
        AggregateResult r;
        r.timezone = u"UTC"_s;
        r.by = QStringList { u"$message"_s };
        r.measurements = { Measurement::Count };
        for (int h = 0; h < 20000; ++h)
            r.dates.push_back(utc("2024-01-01T00:00:00Z") + qint64(h) * 3600 * 1000);
        for (int g = 0; g < 30; ++g)
            r.groups.push_back({ { u"G%1"_s.arg(g) }, { std::vector<double>(20000, double(g)) } });
        CsvWriter::Options options;
        options.threads = 2;
        CsvWriter writer(options);
        FailingDevice full(5 << 20);
        full.open(QIODevice::WriteOnly);
        QVERIFY(!writer.write(r, &full));
        QCOMPARE(writer.errorString(), u"Could not write the export: No space left on device"_s);
    }

    void failuresAreReported()
    {
        CsvWriter writer;
        QBuffer closed;
        QVERIFY(!writer.write(sampleResult(), &closed));
        QVERIFY2(writer.errorString().contains(u"not open for writing"_s), qPrintable(writer.errorString()));
        QVERIFY(!writer.write(sampleResult(), nullptr));
        QVERIFY(!writer.errorString().isEmpty());

        FailingDevice full(100);
        full.open(QIODevice::WriteOnly);
        QVERIFY(!writer.write(sampleResult(), &full));
        QCOMPARE(writer.errorString(), u"Could not write the export: No space left on device"_s);

        AggregateResult unknownZone = sampleResult();
        unknownZone.timezone = u"Mars/Olympus_Mons"_s;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(!writer.write(unknownZone, &buffer));
        QCOMPARE(writer.errorString(), u"Unknown time zone “Mars/Olympus_Mons”."_s);
        QVERIFY(buffer.data().isEmpty());
    }

    void valuesReportHasOneRecordPerGrouping()
    {
        QString error;
        const auto report = parseReportPages(
            ReportType::FlowValues, { test::readTestData(u"results/report_seed002_flow_values.json"_s) }, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(writeCsv(*report),
            QByteArray("flow_id,send_channel,flow_message_id,clicks,clicks_unique,conversion_uniques\r\n"
                       "XVTP5Q,email,01GMRWDSA0ARTAKE1SFX8JGXAY,123,98,3\r\n"
                       "XVTP5Q,email,01GJTHNWVG93F3KNX71SJ4FDBB,342,208,10\r\n"));
    }

    void seriesReportHasOneRecordPerGroupingAndDate()
    {
        const QByteArray body =
            R"({"data":{"type":"segment-series-report","attributes":{"date_times":["2024-07-30T04:00:00+00:00","2024-07-31T04:00:00+00:00"],"results":[{"groupings":{"segment_id":"RpKvCF"},"statistics":{"total_members":[0,79],"members_added":[0.5,null]}},{"groupings":{"segment_id":"Y6nRLr"},"statistics":{"total_members":[3,4]}}]}}})";
        QString error;
        auto report = parseReportPages(ReportType::SegmentSeries, { body }, &error);
        QVERIFY2(report, qPrintable(error));
        report->timezone = u"America/New_York"_s;
        QCOMPARE(writeCsv(*report),
            QByteArray("date,segment_id,total_members,members_added\r\n"
                       "2024-07-30T00:00:00-04:00,RpKvCF,0,0.5\r\n"
                       "2024-07-31T00:00:00-04:00,RpKvCF,79,\r\n"
                       "2024-07-30T00:00:00-04:00,Y6nRLr,3,\r\n"
                       "2024-07-31T00:00:00-04:00,Y6nRLr,4,\r\n"));
    }

    void emptyReportGivesTheHeaderItsColumnsAllow()
    {
        QString error;
        const auto report = parseReportPages(ReportType::CampaignValues,
            { R"({"data":{"type":"campaign-values-report","attributes":{"results":[]}}})" }, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(writeCsv(*report).isEmpty()); // no columns known: nothing to write
        ReportResult withColumns = *report;
        withColumns.groupingKeys = QStringList { u"campaign_id"_s };
        withColumns.statistics = QStringList { u"opens"_s };
        QCOMPARE(writeCsv(withColumns), QByteArray("campaign_id,opens\r\n"));
    }

    void jsonExportIsCompactAndComplete()
    {
        AggregateResult r = sampleResult();
        r.groups[2].values[1][1] = std::numeric_limits<double>::quiet_NaN();
        r.warnings << u"1 bucket(s) starting at … were reported by two chunks"_s;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        DimensionNames names;
        names.insert(u"$attributed_flow"_s, { { u"R9VbBr"_s, u"Welcome \"Series\""_s } });
        AggregateJsonWriter writer(names);
        QVERIFY2(writer.write(r, &buffer), qPrintable(writer.errorString()));
        const QByteArray text = buffer.data();
        QVERIFY(!text.contains('\n')); // compact, and the LF in "Line\nbreak" is escaped
        QVERIFY(!text.contains(": "));
        QVERIFY2(text.contains(R"("values":[120,0,3])"), text.constData());
        QVERIFY(text.contains(R"("values":[1,2,3])"));
        QVERIFY(text.contains(R"("values":[-3,1e-07,2.5e+20])"));
        QVERIFY(text.contains(R"("values":[0.25,null,1234567.25])"));

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject o = doc.object();
        QCOMPARE(o.value("metric"_L1).toObject().value("id"_L1).toString(), u"PhqdJM"_s);
        QCOMPARE(o.value("metric"_L1).toObject().value("name"_L1).toString(), u"Placed Order"_s);
        QCOMPARE(o.value("timezone"_L1).toString(), u"US/Eastern"_s);
        QCOMPARE(o.value("interval"_L1).toString(), u"day"_s);
        QCOMPARE(o.value("by"_L1).toArray().size(), 2);
        QCOMPARE(o.value("dates"_L1).toArray().at(2).toString(), u"2024-03-11T00:00:00-04:00"_s);
        const QJsonArray series = o.value("series"_L1).toArray();
        QCOMPARE(series.size(), 6);
        const QJsonObject first = series.at(0).toObject();
        QCOMPARE(first.value("measurement"_L1).toString(), u"count"_s);
        QCOMPARE(
            first.value("dimensions"_L1).toObject().value("Campaign Name"_L1).toString(), u"Spring, \"Big\" Sale"_s);
        QCOMPARE(first.value("names"_L1).toObject().value("$attributed_flow"_L1).toString(), u"Welcome \"Series\""_s);
        QVERIFY(series.at(2).toObject().value("names"_L1).toObject().value("$attributed_flow"_L1).isNull()); // "" has
                                                                                                             // no name
        QCOMPARE(series.at(4).toObject().value("dimensions"_L1).toObject().value("Campaign Name"_L1).toString(),
            u"Line\nbreak"_s);
        QCOMPARE(series.at(3).toObject().value("values"_L1).toArray().at(2).toDouble(), 2.5e20);
        QCOMPARE(o.value("warnings"_L1).toArray().size(), 1);
    }

    void jsonExportReportsFailures()
    {
        AggregateJsonWriter writer;
        FailingDevice full(10);
        full.open(QIODevice::WriteOnly);
        QVERIFY(!writer.write(sampleResult(), &full));
        QCOMPARE(writer.errorString(), u"Could not write the export: No space left on device"_s);
        QBuffer closed;
        QVERIFY(!writer.write(sampleResult(), &closed));
    }
};

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
