// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace kx;

namespace {

ResultSnapshot sampleSnapshot()
{
    ResultSnapshot s;
    AggregateResult& r = s.result;
    r.metricId = QStringLiteral("RESQ6t");
    r.metricName = QStringLiteral("Placed Order");
    r.timezone = QStringLiteral("America/New_York");
    r.interval = Interval::Day;
    r.by = { QStringLiteral("$attributed_flow"), QStringLiteral("Campaign Name") };
    r.measurements = { Measurement::Count, Measurement::SumValue };
    // Across the 2026 DST change in New York: March 8 has 23 hours.
    r.dates = { 1772946000000, 1773028800000, 1773115200000 };
    r.groups.push_back({ { QStringLiteral("XVTP5Q"), QString() }, { { 1, 2, 3 }, { 10.5, 0.1, 1e-7 } } });
    r.groups.push_back({ { QString(), QStringLiteral("Black \"Friday\", 50%") },
        { { 0, std::numeric_limits<double>::quiet_NaN(), 7 }, { 2.5e20, -3, 0 } } });
    r.rangeStartUtcMs = 1772946000000;
    r.rangeEndUtcMs = 1773201600001; // an inclusive end bound, moved by one millisecond
    r.requestCount = 3;
    r.warnings = { QStringLiteral("A bucket was reported twice.") };
    s.provenance.ranAt = QDateTime::fromMSecsSinceEpoch(1773201600123, QTimeZone::utc());
    s.provenance.profileName = QStringLiteral("Demo account");
    s.provenance.revision = QStringLiteral("2026-07-15");
    s.provenance.appVersion = QStringLiteral("0.1.0");
    return s;
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestResultSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverything()
    {
        const ResultSnapshot original = sampleSnapshot();
        // Through text, as it travels inside a .kmq file.
        const QByteArray text = QJsonDocument(resultsnapshot::toJson(original)).toJson();
        QString error;
        const auto back = resultsnapshot::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        const AggregateResult& a = original.result;
        const AggregateResult& b = back->result;
        QCOMPARE(b.metricId, a.metricId);
        QCOMPARE(b.metricName, a.metricName);
        QCOMPARE(b.timezone, a.timezone);
        QCOMPARE(b.interval, a.interval);
        QCOMPARE(b.by, a.by);
        QCOMPARE(b.measurements, a.measurements);
        QCOMPARE(b.dates, a.dates);
        QCOMPARE(b.rangeStartUtcMs, a.rangeStartUtcMs);
        QCOMPARE(b.rangeEndUtcMs, a.rangeEndUtcMs);
        QCOMPARE(b.requestCount, a.requestCount);
        QCOMPARE(b.warnings, a.warnings);
        QCOMPARE(b.groups.size(), a.groups.size());
        for (size_t g = 0; g < a.groups.size(); ++g) {
            QCOMPARE(b.groups[g].dimensions, a.groups[g].dimensions);
            QCOMPARE(b.groups[g].values.size(), a.groups[g].values.size());
            for (size_t m = 0; m < a.groups[g].values.size(); ++m) {
                for (size_t d = 0; d < a.dates.size(); ++d)
                    QVERIFY2(sameValue(b.groups[g].values[m][d], a.groups[g].values[m][d]),
                        qPrintable(QStringLiteral("group %1 measurement %2 date %3").arg(g).arg(m).arg(d)));
            }
        }
        QCOMPARE(back->provenance, original.provenance);
    }

    void emptyResultRoundTrips()
    {
        ResultSnapshot s;
        s.result.measurements = { Measurement::Unique };
        s.result.rangeStartUtcMs = 0;
        s.result.rangeEndUtcMs = 86400000;
        const auto back = resultsnapshot::fromJson(resultsnapshot::toJson(s));
        QVERIFY(back);
        QVERIFY(back->result.isEmpty());
        QCOMPARE(back->result.measurements, QList<Measurement> { Measurement::Unique });
        QVERIFY(!back->provenance.ranAt.isValid());
    }

    void badSnapshotsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("other format") << QStringLiteral("format") << QJsonValue(QStringLiteral("csv")) << QStringLiteral("not a result snapshot");
        QTest::addRow("future version") << QStringLiteral("version") << QJsonValue(2) << QStringLiteral("newer version");
        QTest::addRow("no version") << QStringLiteral("version") << QJsonValue(QStringLiteral("one")) << QStringLiteral("version");
        QTest::addRow("unknown timezone") << QStringLiteral("timezone") << QJsonValue(QStringLiteral("Mars/Olympus")) << QStringLiteral("timezone");
        QTest::addRow("unknown interval") << QStringLiteral("interval") << QJsonValue(QStringLiteral("fortnight")) << QStringLiteral("interval");
        QTest::addRow("unknown measurement") << QStringLiteral("measurements") << QJsonValue(QJsonArray { QStringLiteral("median") })
                                             << QStringLiteral("measurement");
        QTest::addRow("dates out of order") << QStringLiteral("dates")
                                            << QJsonValue(QJsonArray { QStringLiteral("2026-03-09T04:00:00+00:00"),
                                                   QStringLiteral("2026-03-08T05:00:00+00:00"), QStringLiteral("2026-03-10T04:00:00+00:00") })
                                            << QStringLiteral("Date 2");
        QTest::addRow("one date too few") << QStringLiteral("dates")
                                          << QJsonValue(QJsonArray { QStringLiteral("2026-03-08T05:00:00+00:00"),
                                                 QStringLiteral("2026-03-09T04:00:00+00:00") })
                                          << QStringLiteral("one value per date");
        QTest::addRow("by too short") << QStringLiteral("by") << QJsonValue(QJsonArray { QStringLiteral("$flow") })
                                      << QStringLiteral("one value per group-by");
        QTest::addRow("groups not a list") << QStringLiteral("groups") << QJsonValue(QStringLiteral("x")) << QStringLiteral("groups");
        QTest::addRow("no range") << QStringLiteral("range") << QJsonValue(QJsonObject {}) << QStringLiteral("date range");
    }

    void badSnapshotsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = resultsnapshot::toJson(sampleSnapshot());
        json.insert(key, value);
        QString error;
        QVERIFY(!resultsnapshot::fromJson(json, &error));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    }

    void valueThatIsNotANumberIsRefused()
    {
        QJsonObject json = resultsnapshot::toJson(sampleSnapshot());
        QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
        QJsonObject g = groups.at(0).toObject();
        g.insert(QStringLiteral("values"), QJsonArray { QJsonArray { 1, QStringLiteral("2"), 3 }, QJsonArray { 1, 2, 3 } });
        groups.replace(0, g);
        json.insert(QStringLiteral("groups"), groups);
        QString error;
        QVERIFY(!resultsnapshot::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("not a number")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestResultSnapshot)
#include "tst_resultsnapshot.moc"
