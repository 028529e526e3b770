// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <deque>
#include <functional>

#include <QList>
#include <QObject>
#include <QString>

#include "query/revision.h"

namespace kx {

/**
 * Client-side rate limiter, one state per EndpointFamily, so that the app never provokes a 429.
 *
 * Klaviyo counts requests per account in fixed 1-second (burst) and 60-second (steady) windows,
 * plus a daily cap on some endpoints (digest §7.3). We cannot know where the server's windows
 * start, so the limiter uses sliding windows: if every window of length W slides over at most N
 * sends, every fixed window of length W holds at most N too. Each window is stretched by a safety
 * margin (a fraction of its length, at least a minimum) to absorb network jitter between our
 * send time and the server's arrival time. The daily window is a sliding 24 h window [INF: the
 * server's day boundary is not documented].
 *
 * Pure logic with an injectable clock (milliseconds of a monotonic clock) so tests run instantly.
 * @note Lives in the thread that uses it (the client's); not thread-safe.
 */
class ApiRateLimiter : public QObject
{
    Q_OBJECT

public:
    enum class Window
    {
        Burst,
        Steady,
        Daily
    };
    using Clock = std::function<qint64()>;

    explicit ApiRateLimiter(QObject* parent = nullptr);
    ~ApiRateLimiter() override;

    /// Replaces the clock (default: QDeadlineTimer/steady clock in ms). For tests.
    void setClock(Clock clock);
    qint64 now() const;

    /**
     * Manual time, for tests (off by default). When on, the waits of the calls that use this
     * limiter (its own delays, a 429's Retry-After, backoff) use no timer: a waiting ApiCall sends
     * again only when timeAdvanced() is emitted and now() has reached the end of its wait. A test
     * moves the clock given to setClock() and calls notifyTimeAdvanced(), and so controls every
     * wait to the millisecond without sleeping.
     */
    void setManualTime(bool manual)
    {
        m_manualTime = manual;
    }
    bool isManualTime() const
    {
        return m_manualTime;
    }
    /// With manual time: the clock moved on; emits timeAdvanced() so that due waits end.
    void notifyTimeAdvanced()
    {
        Q_EMIT timeAdvanced();
    }

    /// Replaces the wall clock (UTC ms since the epoch; default: the system clock), which turns an
    /// HTTP-date Retry-After into a wait. For tests.
    void setWallClock(Clock clock);
    /// Wall-clock time, UTC ms since the epoch.
    qint64 wallNow() const;

    /// Loads the published limits of every family for revision @p rev (revision::rateLimit).
    void setRevision(const QString& rev);
    /// Overrides the limits of one family (0 in a field: no such window).
    void setLimit(EndpointFamily family, RateLimit limit);
    RateLimit limit(EndpointFamily family) const;

    /// Stretches each window by max(@p fraction × length, @p minimumMs). Defaults: 5 %, 50 ms.
    void setSafetyMargin(double fraction, qint64 minimumMs);
    double safetyMarginFraction() const
    {
        return m_marginFraction;
    }
    qint64 safetyMarginMinimumMs() const
    {
        return m_marginMinimumMs;
    }
    /// Effective length of @p window in ms, margin included.
    qint64 windowLengthMs(Window window) const;

    /// Milliseconds to wait before the next request of @p family may be sent; 0 = send now.
    qint64 delayBeforeNext(EndpointFamily family) const;
    /// Records that a request of @p family was sent now.
    void recordSent(EndpointFamily family);
    /// After a 429: no request of @p family before @p atMs (clock time). Never shortens a block.
    void blockUntil(EndpointFamily family, qint64 atMs);
    /// Clock time until which @p family is blocked by a 429, or 0.
    qint64 blockedUntil(EndpointFamily family) const;

    /// Requests of @p family still allowed in @p window right now (0 while blocked);
    /// -1 when the family has no such window. For the UI meter.
    int remaining(EndpointFamily family, Window window) const;
    /// Requests of @p family counted in @p window right now.
    int used(EndpointFamily family, Window window) const;

    /**
     * Seconds the next @p requests requests of @p family need at the limits, from now: the time
     * of the last send if each is sent as early as the limiter allows ("4 requests, at least 2 s").
     */
    double minimumSeconds(EndpointFamily family, int requests) const;

    /// Ages (ms before now) of the sends counted in the daily window, oldest first. The UI may
    /// persist them (as wall-clock times) so the daily report quota survives a restart.
    QList<qint64> dailyUsageAges(EndpointFamily family) const;
    /// Restores sends made before this process started, as ages in ms before now.
    void restoreDailyUsage(EndpointFamily family, const QList<qint64>& agesMs);

    /// Forgets every recorded send and block (e.g. when the account changes).
    void reset();

Q_SIGNALS:
    /// Any count, limit or block changed; the UI meter re-reads remaining().
    void changed();
    /// A send of a family with a daily cap was recorded or restored; @p used is the daily count.
    void dailyUsageChanged(kx::EndpointFamily family, int used);
    /// Manual time only: the test moved the clock (see setManualTime()).
    void timeAdvanced();

private:
    static constexpr int FamilyCount = 8;
    struct State
    {
        RateLimit limit;
        std::deque<qint64> sends; ///< ascending clock times
        qint64 blockedUntil = 0;
    };

    State& state(EndpointFamily family);
    const State& state(EndpointFamily family) const;
    static int windowLimit(const RateLimit& limit, Window window);
    qint64 retentionMs(const State& state) const;
    void prune(State& state, qint64 now) const;
    qint64 delayAt(const State& state, const std::deque<qint64>& sends, qint64 now) const;
    int countInWindow(const std::deque<qint64>& sends, qint64 now, qint64 lengthMs) const;

    Clock m_clock;
    Clock m_wallClock;
    std::array<State, FamilyCount> m_states;
    double m_marginFraction = 0.05;
    qint64 m_marginMinimumMs = 50;
    bool m_manualTime = false;
};

} // namespace kx
