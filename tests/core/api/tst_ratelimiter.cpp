// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiratelimiter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using kx::ApiRateLimiter;
using kx::EndpointFamily;
using kx::RateLimit;
using Window = kx::ApiRateLimiter::Window;

namespace {

/// A limiter on a clock the test moves by hand.
struct Fixture {
    qint64 now = 1'000'000;
    ApiRateLimiter limiter;
    explicit Fixture(double marginFraction = 0.0, qint64 marginMs = 0)
    {
        limiter.setClock([this] { return now; });
        limiter.setSafetyMargin(marginFraction, marginMs);
    }
    /// Sends as soon as the limiter allows; returns the send time.
    qint64 sendWhenAllowed(EndpointFamily family)
    {
        now += limiter.delayBeforeNext(family);
        [[maybe_unused]] const qint64 check = limiter.delayBeforeNext(family);
        Q_ASSERT(check == 0);
        limiter.recordSent(family);
        return now;
    }
};

/// Most sends in any fixed window [k·length + offset, (k+1)·length + offset), for every offset step.
int worstFixedWindow(const std::vector<qint64>& sends, qint64 length, qint64 step)
{
    int worst = 0;
    for (qint64 offset = 0; offset < length; offset += step) {
        std::map<qint64, int> perWindow;
        for (qint64 t : sends) {
            const qint64 shifted = t - offset;
            const qint64 index = shifted >= 0 ? shifted / length : (shifted - length + 1) / length;
            worst = std::max(worst, ++perWindow[index]);
        }
    }
    return worst;
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsThePublishedLimitsOfTheRevision()
    {
        ApiRateLimiter limiter;
        QCOMPARE(limiter.limit(EndpointFamily::Metrics), (RateLimit { 10, 150, 0 }));
        QCOMPARE(limiter.limit(EndpointFamily::MetricAggregates), (RateLimit { 3, 60, 0 }));
        QCOMPARE(limiter.limit(EndpointFamily::Reports), (RateLimit { 1, 2, 225 }));
        QCOMPARE(limiter.limit(EndpointFamily::Lists), (RateLimit { 75, 750, 0 }));
        limiter.setRevision(u"2023-10-15"_s);
        QCOMPARE(limiter.limit(EndpointFamily::Lists), (RateLimit { 75, 700, 0 }));
        QCOMPARE(limiter.limit(EndpointFamily::Reports), RateLimit {});
    }

    void safetyMarginStretchesWindows()
    {
        ApiRateLimiter limiter;
        QCOMPARE(limiter.windowLengthMs(Window::Burst), 1050);
        QCOMPARE(limiter.windowLengthMs(Window::Steady), 63000);
        QCOMPARE(limiter.windowLengthMs(Window::Daily), 86400000 + 4320000);
        limiter.setSafetyMargin(0.0, 200);
        QCOMPARE(limiter.windowLengthMs(Window::Burst), 1200);
        QCOMPARE(limiter.windowLengthMs(Window::Steady), 60200);
        limiter.setSafetyMargin(0.0, 0);
        QCOMPARE(limiter.windowLengthMs(Window::Burst), 1000);
    }

    void burstWindowHoldsTheBurstLimit()
    {
        Fixture f;
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Metrics), 0);
            f.limiter.recordSent(EndpointFamily::Metrics);
        }
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Metrics), 1000);
        f.now += 400;
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Metrics), 600);
        f.now += 600;
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Metrics), 0);
        // Families are independent.
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Flows), 0);
    }

    void marginDelaysTheNextSend()
    {
        Fixture f(0.05, 50);
        for (int i = 0; i < 3; ++i)
            f.limiter.recordSent(EndpointFamily::MetricAggregates);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::MetricAggregates), 1050);
    }

    void steadyWindowHoldsTheSteadyLimit()
    {
        Fixture f;
        std::vector<qint64> sends;
        for (int i = 0; i < 200; ++i)
            sends.push_back(f.sendWhenAllowed(EndpointFamily::MetricAggregates));
        // 3 per second at most and 60 per minute: the first minute takes 60 sends at 3/s.
        QCOMPARE(sends[59] - sends[0], 19000);
        QCOMPARE(sends[60] - sends[0], 60000);
        QCOMPARE(worstFixedWindow(sends, 1000, 50), 3);
        QCOMPARE(worstFixedWindow(sends, 60000, 500), 60);
    }

    void slidingWindowsKeepEveryFixedWindowWithinLimits()
    {
        // Random bursts of demand: whenever a request wants to go, it goes as early as allowed.
        Fixture f(0.0, 0);
        QRandomGenerator random(42);
        std::vector<qint64> sends;
        for (int i = 0; i < 400; ++i) {
            f.now += random.bounded(0, 700);
            sends.push_back(f.sendWhenAllowed(EndpointFamily::Metrics));
        }
        QVERIFY(worstFixedWindow(sends, 1000, 37) <= 10);
        QVERIFY(worstFixedWindow(sends, 60000, 997) <= 150);
    }

    void dailyWindowHoldsTheDailyLimit()
    {
        Fixture f;
        f.limiter.setLimit(EndpointFamily::Reports, RateLimit { 0, 0, 3 });
        QSignalSpy daily(&f.limiter, &ApiRateLimiter::dailyUsageChanged);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Reports), 0);
            f.limiter.recordSent(EndpointFamily::Reports);
            f.now += 1000;
        }
        QCOMPARE(daily.count(), 3);
        QCOMPARE(daily.last().at(1).toInt(), 3);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Reports, Window::Daily), 0);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Reports), 86400000 - 3000);
    }

    void reportLimitsNeedThirtySecondsBetweenCalls()
    {
        Fixture f;
        QCOMPARE(f.sendWhenAllowed(EndpointFamily::Reports), 1'000'000);
        QCOMPARE(f.sendWhenAllowed(EndpointFamily::Reports), 1'001'000);
        QCOMPARE(f.sendWhenAllowed(EndpointFamily::Reports), 1'060'000);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Reports, Window::Daily), 222);
    }

    void blockUntilHoldsBackTheFamily()
    {
        Fixture f;
        f.limiter.blockUntil(EndpointFamily::MetricAggregates, f.now + 1500);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::MetricAggregates), 1500);
        QCOMPARE(f.limiter.remaining(EndpointFamily::MetricAggregates, Window::Burst), 0);
        QCOMPARE(f.limiter.blockedUntil(EndpointFamily::MetricAggregates), f.now + 1500);
        // A shorter block never shortens a longer one.
        f.limiter.blockUntil(EndpointFamily::MetricAggregates, f.now + 500);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::MetricAggregates), 1500);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Metrics), 0);
        f.now += 1500;
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::MetricAggregates), 0);
        QCOMPARE(f.limiter.blockedUntil(EndpointFamily::MetricAggregates), 0);
        QCOMPARE(f.limiter.remaining(EndpointFamily::MetricAggregates, Window::Burst), 3);
    }

    void remainingCountsTheCurrentWindows()
    {
        Fixture f;
        for (int i = 0; i < 4; ++i)
            f.limiter.recordSent(EndpointFamily::Metrics);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Metrics, Window::Burst), 6);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Metrics, Window::Steady), 146);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Metrics, Window::Daily), -1);
        QCOMPARE(f.limiter.used(EndpointFamily::Metrics, Window::Burst), 4);
        f.now += 1000;
        QCOMPARE(f.limiter.remaining(EndpointFamily::Metrics, Window::Burst), 10);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Metrics, Window::Steady), 146);
        f.now += 59000;
        QCOMPARE(f.limiter.remaining(EndpointFamily::Metrics, Window::Steady), 150);
    }

    void minimumSeconds_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("requests");
        QTest::addColumn<double>("marginFraction");
        QTest::addColumn<double>("seconds");
        QTest::addRow("nothing") << int(EndpointFamily::MetricAggregates) << 0 << 0.0 << 0.0;
        QTest::addRow("one") << int(EndpointFamily::MetricAggregates) << 1 << 0.0 << 0.0;
        QTest::addRow("within burst") << int(EndpointFamily::MetricAggregates) << 3 << 0.0 << 0.0;
        QTest::addRow("4 aggregates") << int(EndpointFamily::MetricAggregates) << 4 << 0.0 << 1.0;
        QTest::addRow("4 aggregates with margin") << int(EndpointFamily::MetricAggregates) << 4 << 0.05 << 1.05;
        QTest::addRow("61 aggregates") << int(EndpointFamily::MetricAggregates) << 61 << 0.0 << 60.0;
        QTest::addRow("3 reports") << int(EndpointFamily::Reports) << 3 << 0.0 << 60.0;
        QTest::addRow("5 reports") << int(EndpointFamily::Reports) << 5 << 0.0 << 120.0;
        QTest::addRow("20 lists") << int(EndpointFamily::Lists) << 20 << 0.0 << 0.0;
    }
    void minimumSeconds()
    {
        QFETCH(int, family);
        QFETCH(int, requests);
        QFETCH(double, marginFraction);
        QFETCH(double, seconds);
        Fixture f(marginFraction, 0);
        QCOMPARE(f.limiter.minimumSeconds(EndpointFamily(family), requests), seconds);
        // Planning does not consume anything.
        QCOMPARE(f.limiter.used(EndpointFamily(family), Window::Burst), 0);
    }

    void minimumSecondsStartsFromTheCurrentState()
    {
        Fixture f;
        f.limiter.recordSent(EndpointFamily::Reports);
        f.now += 200;
        // Second report waits 800 ms for the burst window, third one the rest of the minute.
        QCOMPARE(f.limiter.minimumSeconds(EndpointFamily::Reports, 1), 0.8);
        QCOMPARE(f.limiter.minimumSeconds(EndpointFamily::Reports, 2), 59.8);
        f.limiter.blockUntil(EndpointFamily::Metrics, f.now + 5000);
        QCOMPARE(f.limiter.minimumSeconds(EndpointFamily::Metrics, 1), 5.0);
    }

    void dailyUsageRoundTrips()
    {
        Fixture f;
        f.limiter.recordSent(EndpointFamily::Reports);
        f.now += 10'000;
        f.limiter.recordSent(EndpointFamily::Reports);
        f.now += 5'000;
        const QList<qint64> ages = f.limiter.dailyUsageAges(EndpointFamily::Reports);
        QCOMPARE(ages, (QList<qint64> { 15'000, 5'000 }));

        // A new process restores them relative to its own clock.
        Fixture g;
        g.now = 42;
        QSignalSpy daily(&g.limiter, &ApiRateLimiter::dailyUsageChanged);
        g.limiter.restoreDailyUsage(EndpointFamily::Reports, ages + QList<qint64> { -5, 100'000'000 });
        QCOMPARE(daily.count(), 1);
        QCOMPARE(g.limiter.used(EndpointFamily::Reports, Window::Daily), 2);
        QCOMPARE(g.limiter.dailyUsageAges(EndpointFamily::Reports), ages);
        QCOMPARE(g.limiter.remaining(EndpointFamily::Reports, Window::Daily), 223);
    }

    void changedIsEmittedOnEveryChange()
    {
        Fixture f;
        QSignalSpy changed(&f.limiter, &ApiRateLimiter::changed);
        f.limiter.recordSent(EndpointFamily::Flows);
        f.limiter.blockUntil(EndpointFamily::Flows, f.now + 10);
        f.limiter.setLimit(EndpointFamily::Flows, RateLimit { 1, 1, 0 });
        f.limiter.reset();
        QCOMPARE(changed.count(), 4);
        QCOMPARE(f.limiter.used(EndpointFamily::Flows, Window::Burst), 0);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Flows), 0);
    }

    void familyWithoutLimitsNeverWaits()
    {
        Fixture f;
        f.limiter.setRevision(u"2023-10-15"_s);
        for (int i = 0; i < 50; ++i)
            f.limiter.recordSent(EndpointFamily::Reports);
        QCOMPARE(f.limiter.delayBeforeNext(EndpointFamily::Reports), 0);
        QCOMPARE(f.limiter.remaining(EndpointFamily::Reports, Window::Burst), -1);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
