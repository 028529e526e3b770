// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/calendar.h"

#include <QtTest>

using namespace kx;
using namespace Qt::StringLiterals;

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    static qint64 utc(const char* iso)
    {
        qint64 ms = 0;
        if (!calendar::parseIsoInstant(QString::fromLatin1(iso), &ms))
            qFatal("bad test literal %s", iso);
        return ms;
    }

private Q_SLOTS:
    void parsesIsoVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        QTest::addRow("offset") << u"2022-06-01T00:00:00-04:00"_s << u"2022-06-01T04:00:00+00:00"_s;
        QTest::addRow("zulu") << u"2023-03-01T00:00:00Z"_s << u"2023-03-01T00:00:00+00:00"_s;
        QTest::addRow("fraction") << u"2022-12-30T22:00:00.123456+00:00"_s << u"2022-12-30T22:00:00+00:00"_s;
        QTest::addRow("space") << u"2022-06-06 12:29:59+00:00"_s << u"2022-06-06T12:29:59+00:00"_s;
        QTest::addRow("date only") << u"2023-02-07"_s << u"2023-02-07T00:00:00+00:00"_s;
        QTest::addRow("compact offset") << u"2024-01-01T10:00:00+0530"_s << u"2024-01-01T04:30:00+00:00"_s;
    }
    void parsesIsoVariants()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        qint64 ms = 0;
        QVERIFY(calendar::parseIsoInstant(text, &ms));
        QCOMPARE(calendar::formatUtcIso(ms), utc);
        const QByteArray latin = text.toLatin1();
        qint64 ms2 = 0;
        QVERIFY(calendar::parseIsoInstant(latin.constData(), latin.size(), &ms2));
        QCOMPARE(ms2, ms);
    }

    void rejectsMalformedIso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("month 13") << u"2022-13-01"_s;
        QTest::addRow("feb 30") << u"2022-02-30"_s;
        QTest::addRow("trailing") << u"2022-01-01T00:00:00Zx"_s;
        QTest::addRow("html") << u"<html>"_s;
    }
    void rejectsMalformedIso()
    {
        QFETCH(QString, text);
        qint64 ms = 0;
        QVERIFY(!calendar::parseIsoInstant(text, &ms));
    }

    void offsetLessTextUsesAssumedZone()
    {
        qint64 ms = 0;
        QVERIFY(calendar::parseIsoInstant(u"2022-07-01T00:00:00", &ms, QTimeZone("America/New_York")));
        QCOMPARE(calendar::formatUtcIso(ms), u"2022-07-01T04:00:00+00:00"_s);
    }

    // Monthly US/Eastern buckets are local midnight: 04:00Z in summer, 05:00Z in winter.
    void monthlyUsEasternBucketsFollowDst()
    {
        const QTimeZone zone("US/Eastern");
        QVERIFY(zone.isValid());
        qint64 b = calendar::floorToBucket(utc("2022-06-06T12:29:59Z"), Interval::Month, zone);
        QStringList got;
        for (int i = 0; i < 7; ++i) {
            got << calendar::formatUtcIso(b);
            b = calendar::addBuckets(b, Interval::Month, 1, zone);
        }
        QCOMPARE(got,
            QStringList({ u"2022-06-01T04:00:00+00:00"_s, u"2022-07-01T04:00:00+00:00"_s,
                u"2022-08-01T04:00:00+00:00"_s, u"2022-09-01T04:00:00+00:00"_s, u"2022-10-01T04:00:00+00:00"_s,
                u"2022-11-01T04:00:00+00:00"_s, u"2022-12-01T05:00:00+00:00"_s }));
        QCOMPARE(calendar::formatLocalIso(utc("2022-12-01T05:00:00Z"), zone), u"2022-12-01T00:00:00-05:00"_s);
        QCOMPARE(calendar::formatLocalIso(utc("2022-06-01T04:00:00Z"), zone), u"2022-06-01T00:00:00-04:00"_s);
    }

    void dailyUsEasternAcrossFallBack()
    {
        const QTimeZone zone("America/New_York");
        const qint64 d0 = calendar::floorToBucket(utc("2022-11-06T03:00:00Z"), Interval::Day, zone);
        QCOMPARE(calendar::formatUtcIso(d0), u"2022-11-05T04:00:00+00:00"_s); // still Nov 5 locally
        const qint64 d1 = calendar::addBuckets(d0, Interval::Day, 1, zone);
        const qint64 d2 = calendar::addBuckets(d1, Interval::Day, 1, zone);
        QCOMPARE(calendar::formatUtcIso(d1), u"2022-11-06T04:00:00+00:00"_s);
        QCOMPARE(calendar::formatUtcIso(d2), u"2022-11-07T05:00:00+00:00"_s);
        QCOMPARE(d2 - d1, qint64(25) * 3600 * 1000); // the fall-back day has 25 hours
    }

    void hourlyBerlinAcrossBothTransitions()
    {
        const QTimeZone zone("Europe/Berlin");
        // Spring forward 2023-03-26: local 02:00 does not exist; 01:00+01:00 is followed by 03:00+02:00.
        qint64 b = calendar::floorToBucket(utc("2023-03-26T00:30:00Z"), Interval::Hour, zone);
        QCOMPARE(calendar::formatLocalIso(b, zone), u"2023-03-26T01:00:00+01:00"_s);
        b = calendar::addBuckets(b, Interval::Hour, 1, zone);
        QCOMPARE(calendar::formatLocalIso(b, zone), u"2023-03-26T03:00:00+02:00"_s);
        // Fall back 2023-10-29: local 02:00 happens twice.
        b = calendar::floorToBucket(utc("2023-10-29T00:10:00Z"), Interval::Hour, zone);
        QCOMPARE(calendar::formatLocalIso(b, zone), u"2023-10-29T02:00:00+02:00"_s);
        b = calendar::addBuckets(b, Interval::Hour, 1, zone);
        QCOMPARE(calendar::formatLocalIso(b, zone), u"2023-10-29T02:00:00+01:00"_s);
        // A Berlin day of hourly buckets: 23 on the spring day, 25 on the autumn day.
        const qint64 spring = calendar::startOfDay(QDate(2023, 3, 26), zone);
        const qint64 autumn = calendar::startOfDay(QDate(2023, 10, 29), zone);
        QCOMPARE((calendar::addBuckets(spring, Interval::Day, 1, zone) - spring) / 3600000, 23);
        QCOMPARE((calendar::addBuckets(autumn, Interval::Day, 1, zone) - autumn) / 3600000, 25);
    }

    void weeksStartOnMonday()
    {
        const QTimeZone zone("UTC");
        const qint64 b = calendar::floorToBucket(utc("2024-01-04T12:00:00Z"), Interval::Week, zone); // Thursday
        QCOMPARE(calendar::formatUtcIso(b), u"2024-01-01T00:00:00+00:00"_s);
        QCOMPARE(calendar::formatUtcIso(calendar::addBuckets(b, Interval::Week, 1, zone)),
            u"2024-01-08T00:00:00+00:00"_s);
    }

    void halfHourZoneHoursAlignLocally()
    {
        const QTimeZone zone("Asia/Kolkata");
        const qint64 b = calendar::floorToBucket(utc("2024-01-01T04:10:00Z"), Interval::Hour, zone);
        QCOMPARE(calendar::formatLocalIso(b, zone), u"2024-01-01T09:00:00+05:30"_s);
    }
};

QTEST_APPLESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
