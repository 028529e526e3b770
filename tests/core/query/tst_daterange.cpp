// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "query/metricquery.h"

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

DateRange preset(RangePreset p)
{
    DateRange r;
    r.kind = DateRange::Kind::Preset;
    r.preset = p;
    return r;
}

DateRange absolute(const QString& start, const QString& end, FilterOp startOp = FilterOp::GreaterOrEqual,
    FilterOp endOp = FilterOp::LessThan)
{
    DateRange r;
    r.kind = DateRange::Kind::Absolute;
    r.startText = start;
    r.endText = end;
    r.startOp = startOp;
    r.endOp = endOp;
    return r;
}

} // namespace

class TestDateRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measurementNamesRoundTrip()
    {
        QCOMPARE(allMeasurements().size(), 3);
        for (Measurement m : allMeasurements()) {
            QCOMPARE(measurementFromName(measurementName(m)), std::optional<Measurement>(m));
            QVERIFY(!measurementLabel(m).isEmpty());
        }
        QCOMPARE(measurementName(Measurement::SumValue), u"sum_value"_s);
        QVERIFY(!measurementFromName(u"Count"));
    }

    void presetKeysRoundTrip()
    {
        QCOMPARE(allRangePresets().size(), 13);
        QSet<QString> keys;
        for (RangePreset p : allRangePresets()) {
            const QString key = rangePresetKey(p);
            QVERIFY(!keys.contains(key));
            keys.insert(key);
            QCOMPARE(rangePresetFromKey(key), std::optional<RangePreset>(p));
            QVERIFY(!rangePresetLabel(p).isEmpty());
        }
        QCOMPARE(rangePresetKey(RangePreset::Last7Days), u"last_7_days"_s);
        QCOMPARE(rangePresetKey(RangePreset::Last12Months), u"last_12_months"_s);
        QVERIFY(!rangePresetFromKey(u"last_365_days"));
    }

    void resolvesPresets_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");

        // UTC, an ordinary Friday in a leap year
        const QString utcNow = u"2024-03-15T12:00:00Z"_s;
        const QList<std::array<QString, 3>> utcCases {
            { u"today"_s, u"2024-03-15T00:00:00+00:00"_s, u"2024-03-16T00:00:00+00:00"_s },
            { u"yesterday"_s, u"2024-03-14T00:00:00+00:00"_s, u"2024-03-15T00:00:00+00:00"_s },
            { u"last_7_days"_s, u"2024-03-08T00:00:00+00:00"_s, u"2024-03-15T00:00:00+00:00"_s },
            { u"last_30_days"_s, u"2024-02-14T00:00:00+00:00"_s, u"2024-03-15T00:00:00+00:00"_s },
            { u"last_90_days"_s, u"2023-12-16T00:00:00+00:00"_s, u"2024-03-15T00:00:00+00:00"_s },
            { u"this_week"_s, u"2024-03-11T00:00:00+00:00"_s, u"2024-03-16T00:00:00+00:00"_s },
            { u"last_week"_s, u"2024-03-04T00:00:00+00:00"_s, u"2024-03-11T00:00:00+00:00"_s },
            { u"this_month"_s, u"2024-03-01T00:00:00+00:00"_s, u"2024-03-16T00:00:00+00:00"_s },
            { u"last_month"_s, u"2024-02-01T00:00:00+00:00"_s, u"2024-03-01T00:00:00+00:00"_s },
            { u"last_3_months"_s, u"2023-12-15T00:00:00+00:00"_s, u"2024-03-15T00:00:00+00:00"_s },
            { u"last_12_months"_s, u"2023-03-15T00:00:00+00:00"_s, u"2024-03-15T00:00:00+00:00"_s },
            { u"this_year"_s, u"2024-01-01T00:00:00+00:00"_s, u"2024-03-16T00:00:00+00:00"_s },
            { u"last_year"_s, u"2023-01-01T00:00:00+00:00"_s, u"2024-01-01T00:00:00+00:00"_s },
        };
        for (const auto& c : utcCases)
            QTest::addRow("utc %s", qPrintable(c[0])) << u"UTC"_s << utcNow << c[0] << c[1] << c[2];

        // New York on the evening DST began (Sunday 2024-03-10, 23 h long); in UTC it is already Monday.
        const QString springNow = u"2024-03-11T03:30:00Z"_s;
        const QList<std::array<QString, 3>> springCases {
            { u"today"_s, u"2024-03-10T00:00:00-05:00"_s, u"2024-03-11T00:00:00-04:00"_s },
            { u"yesterday"_s, u"2024-03-09T00:00:00-05:00"_s, u"2024-03-10T00:00:00-05:00"_s },
            { u"last_7_days"_s, u"2024-03-03T00:00:00-05:00"_s, u"2024-03-10T00:00:00-05:00"_s },
            { u"last_30_days"_s, u"2024-02-09T00:00:00-05:00"_s, u"2024-03-10T00:00:00-05:00"_s },
            { u"last_90_days"_s, u"2023-12-11T00:00:00-05:00"_s, u"2024-03-10T00:00:00-05:00"_s },
            { u"this_week"_s, u"2024-03-04T00:00:00-05:00"_s, u"2024-03-11T00:00:00-04:00"_s },
            { u"last_week"_s, u"2024-02-26T00:00:00-05:00"_s, u"2024-03-04T00:00:00-05:00"_s },
            { u"this_month"_s, u"2024-03-01T00:00:00-05:00"_s, u"2024-03-11T00:00:00-04:00"_s },
            { u"last_month"_s, u"2024-02-01T00:00:00-05:00"_s, u"2024-03-01T00:00:00-05:00"_s },
            { u"last_3_months"_s, u"2023-12-10T00:00:00-05:00"_s, u"2024-03-10T00:00:00-05:00"_s },
            { u"last_12_months"_s, u"2023-03-10T00:00:00-05:00"_s, u"2024-03-10T00:00:00-05:00"_s },
            { u"this_year"_s, u"2024-01-01T00:00:00-05:00"_s, u"2024-03-11T00:00:00-04:00"_s },
            { u"last_year"_s, u"2023-01-01T00:00:00-05:00"_s, u"2024-01-01T00:00:00-05:00"_s },
        };
        for (const auto& c : springCases)
            QTest::addRow("ny spring %s", qPrintable(c[0]))
                << u"America/New_York"_s << springNow << c[0] << c[1] << c[2];

        // New York on the day DST ended (Sunday 2024-11-03, 25 h long).
        const QString fallNow = u"2024-11-03T15:00:00Z"_s;
        const QList<std::array<QString, 3>> fallCases {
            { u"today"_s, u"2024-11-03T00:00:00-04:00"_s, u"2024-11-04T00:00:00-05:00"_s },
            { u"yesterday"_s, u"2024-11-02T00:00:00-04:00"_s, u"2024-11-03T00:00:00-04:00"_s },
            { u"last_7_days"_s, u"2024-10-27T00:00:00-04:00"_s, u"2024-11-03T00:00:00-04:00"_s },
            { u"last_30_days"_s, u"2024-10-04T00:00:00-04:00"_s, u"2024-11-03T00:00:00-04:00"_s },
            { u"this_week"_s, u"2024-10-28T00:00:00-04:00"_s, u"2024-11-04T00:00:00-05:00"_s },
            { u"last_week"_s, u"2024-10-21T00:00:00-04:00"_s, u"2024-10-28T00:00:00-04:00"_s },
            { u"this_month"_s, u"2024-11-01T00:00:00-04:00"_s, u"2024-11-04T00:00:00-05:00"_s },
            { u"last_month"_s, u"2024-10-01T00:00:00-04:00"_s, u"2024-11-01T00:00:00-04:00"_s },
        };
        for (const auto& c : fallCases)
            QTest::addRow("ny fall %s", qPrintable(c[0])) << u"America/New_York"_s << fallNow << c[0] << c[1] << c[2];

        // New York, last second of the year (in UTC it is already 2025).
        const QString eveNow = u"2025-01-01T04:59:59Z"_s;
        const QList<std::array<QString, 3>> eveCases {
            { u"today"_s, u"2024-12-31T00:00:00-05:00"_s, u"2025-01-01T00:00:00-05:00"_s },
            { u"this_week"_s, u"2024-12-30T00:00:00-05:00"_s, u"2025-01-01T00:00:00-05:00"_s },
            { u"this_month"_s, u"2024-12-01T00:00:00-05:00"_s, u"2025-01-01T00:00:00-05:00"_s },
            { u"last_month"_s, u"2024-11-01T00:00:00-04:00"_s, u"2024-12-01T00:00:00-05:00"_s },
            { u"last_3_months"_s, u"2024-09-30T00:00:00-04:00"_s, u"2024-12-31T00:00:00-05:00"_s },
            { u"last_12_months"_s, u"2023-12-31T00:00:00-05:00"_s, u"2024-12-31T00:00:00-05:00"_s },
            { u"this_year"_s, u"2024-01-01T00:00:00-05:00"_s, u"2025-01-01T00:00:00-05:00"_s },
            { u"last_year"_s, u"2023-01-01T00:00:00-05:00"_s, u"2024-01-01T00:00:00-05:00"_s },
        };
        for (const auto& c : eveCases)
            QTest::addRow("ny eve %s", qPrintable(c[0])) << u"America/New_York"_s << eveNow << c[0] << c[1] << c[2];

        // One second later the year has turned in New York too.
        const QString newYearNow = u"2025-01-01T05:00:00Z"_s;
        QTest::addRow("ny new year this_year") << u"America/New_York"_s << newYearNow << u"this_year"_s
                                               << u"2025-01-01T00:00:00-05:00"_s << u"2025-01-02T00:00:00-05:00"_s;
        QTest::addRow("ny new year last_year") << u"America/New_York"_s << newYearNow << u"last_year"_s
                                               << u"2024-01-01T00:00:00-05:00"_s << u"2025-01-01T00:00:00-05:00"_s;
        QTest::addRow("ny new year yesterday") << u"America/New_York"_s << newYearNow << u"yesterday"_s
                                               << u"2024-12-31T00:00:00-05:00"_s << u"2025-01-01T00:00:00-05:00"_s;
        QTest::addRow("ny new year last_month") << u"America/New_York"_s << newYearNow << u"last_month"_s
                                                << u"2024-12-01T00:00:00-05:00"_s << u"2025-01-01T00:00:00-05:00"_s;

        // Month ends: month arithmetic clamps to the last day.
        QTest::addRow("utc mar 31 last_3_months") << u"UTC"_s << u"2024-03-31T10:00:00Z"_s << u"last_3_months"_s
                                                  << u"2023-12-31T00:00:00+00:00"_s << u"2024-03-31T00:00:00+00:00"_s;
        QTest::addRow("utc may 31 last_3_months") << u"UTC"_s << u"2024-05-31T12:00:00Z"_s << u"last_3_months"_s
                                                  << u"2024-02-29T00:00:00+00:00"_s << u"2024-05-31T00:00:00+00:00"_s;
        QTest::addRow("utc feb 29 last_12_months") << u"UTC"_s << u"2024-02-29T12:00:00Z"_s << u"last_12_months"_s
                                                   << u"2023-02-28T00:00:00+00:00"_s << u"2024-02-29T00:00:00+00:00"_s;
        QTest::addRow("utc mar 1 last_month") << u"UTC"_s << u"2024-03-01T00:00:00Z"_s << u"last_month"_s
                                              << u"2024-02-01T00:00:00+00:00"_s << u"2024-03-01T00:00:00+00:00"_s;
        QTest::addRow("utc sunday this_week") << u"UTC"_s << u"2024-03-31T23:59:59Z"_s << u"this_week"_s
                                              << u"2024-03-25T00:00:00+00:00"_s << u"2024-04-01T00:00:00+00:00"_s;
        QTest::addRow("utc monday this_week") << u"UTC"_s << u"2024-03-11T00:00:00Z"_s << u"this_week"_s
                                              << u"2024-03-11T00:00:00+00:00"_s << u"2024-03-12T00:00:00+00:00"_s;
        QTest::addRow("utc monday last_week") << u"UTC"_s << u"2024-03-11T00:00:00Z"_s << u"last_week"_s
                                              << u"2024-03-04T00:00:00+00:00"_s << u"2024-03-11T00:00:00+00:00"_s;
        QTest::addRow("utc jan 1 last_year") << u"UTC"_s << u"2024-01-01T00:00:00Z"_s << u"last_year"_s
                                             << u"2023-01-01T00:00:00+00:00"_s << u"2024-01-01T00:00:00+00:00"_s;
    }
    void resolvesPresets()
    {
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QString, key);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        const auto p = rangePresetFromKey(key);
        QVERIFY(p);
        const ResolvedRange r = resolveRange(preset(*p), tz, instant(now));
        QCOMPARE(calendar::formatLocalIso(r.startUtcMs, tz), start);
        QCOMPARE(calendar::formatLocalIso(r.endUtcMs, tz), end);
        QCOMPARE(r.startUtcMs, instant(start));
        QCOMPARE(r.endUtcMs, instant(end));
    }

    void dstDaysHaveTheirRealLength()
    {
        const QTimeZone ny("America/New_York");
        const ResolvedRange spring = resolveRange(preset(RangePreset::Today), ny, instant(u"2024-03-10T12:00:00Z"_s));
        QCOMPARE(spring.endUtcMs - spring.startUtcMs, qint64(23) * 3600 * 1000);
        const ResolvedRange fall = resolveRange(preset(RangePreset::Today), ny, instant(u"2024-11-03T12:00:00Z"_s));
        QCOMPARE(fall.endUtcMs - fall.startUtcMs, qint64(25) * 3600 * 1000);
    }

    void resolvesAbsoluteRanges_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("startText");
        QTest::addColumn<QString>("endText");
        QTest::addColumn<int>("startOp");
        QTest::addColumn<int>("endOp");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        const int ge = int(FilterOp::GreaterOrEqual);
        const int gt = int(FilterOp::GreaterThan);
        const int lt = int(FilterOp::LessThan);
        const int le = int(FilterOp::LessOrEqual);
        QTest::addRow("offsets win over the zone")
            << u"America/New_York"_s << u"2024-01-01T00:00:00+00:00"_s << u"2024-02-01T00:00:00Z"_s << ge << lt
            << u"2024-01-01T00:00:00Z"_s << u"2024-02-01T00:00:00Z"_s;
        QTest::addRow("no offset read in the query zone")
            << u"US/Eastern"_s << u"2022-01-01T00:00:00"_s << u"2023-01-01T00:00:00"_s << ge << lt
            << u"2022-01-01T05:00:00Z"_s << u"2023-01-01T05:00:00Z"_s;
        QTest::addRow("date only in the zone, summer")
            << u"America/New_York"_s << u"2022-06-01"_s << u"2022-07-01"_s << ge << lt << u"2022-06-01T04:00:00Z"_s
            << u"2022-07-01T04:00:00Z"_s;
        QTest::addRow("exclusive start inclusive end")
            << u"UTC"_s << u"2024-01-01T00:00:00Z"_s << u"2024-01-31T23:59:59Z"_s << gt << le
            << u"2024-01-01T00:00:00.001Z"_s << u"2024-01-31T23:59:59.001Z"_s;
        QTest::addRow("fraction and space")
            << u"UTC"_s << u"2022-06-06 12:29:59.5+00:00"_s << u"2022-12-30T22:00:00+00:00"_s << ge << lt
            << u"2022-06-06T12:29:59.500Z"_s << u"2022-12-30T22:00:00Z"_s;
    }
    void resolvesAbsoluteRanges()
    {
        QFETCH(QString, zone);
        QFETCH(QString, startText);
        QFETCH(QString, endText);
        QFETCH(int, startOp);
        QFETCH(int, endOp);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const QTimeZone tz(zone.toLatin1());
        QVERIFY(tz.isValid());
        const auto r = tryResolveRange(absolute(startText, endText, FilterOp(startOp), FilterOp(endOp)), tz, 0);
        QVERIFY(r);
        QCOMPARE(r->startUtcMs, instant(start));
        QCOMPARE(r->endUtcMs, instant(end));
    }

    void refusesMalformedLexemes()
    {
        const QTimeZone utc = QTimeZone::utc();
        QVERIFY(!tryResolveRange(absolute(u"YYYY-MM-DDTHH:MM:SS"_s, u"2024-01-01"_s), utc, 0));
        QVERIFY(!tryResolveRange(absolute(u"2024-01-01"_s, u"2024-02-30"_s), utc, 0));
        QVERIFY(!tryResolveRange(absolute(QString(), QString()), utc, 0));
        QCOMPARE(resolveRange(absolute(u"x"_s, u"y"_s), utc, 0), ResolvedRange {});
    }

    void invalidZoneResolvesInUtc()
    {
        const ResolvedRange r =
            resolveRange(preset(RangePreset::Today), QTimeZone("No/Such_Zone"), instant(u"2024-03-15T12:00:00Z"_s));
        QCOMPARE(r.startUtcMs, instant(u"2024-03-15T00:00:00Z"_s));
        QCOMPARE(r.endUtcMs, instant(u"2024-03-16T00:00:00Z"_s));
    }
};

QTEST_APPLESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
