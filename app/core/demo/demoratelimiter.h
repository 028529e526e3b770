// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace kx {

/**
 * Klaviyo's per-account fixed-window limiter: a 1-second burst window, a 60-second steady
 * window and, for some endpoints, a daily quota; a request over any of them is refused.
 * Windows are aligned on the clock (floor(now / window)), and refused requests do not count.
 * @note Thread-safe.
 */
class DemoRateLimiter
{
public:
    struct Limits {
        int perSecond = 0; ///< 0: no such window
        int perMinute = 0;
        int perDay = 0;
    };
    struct Decision {
        bool allowed = true;
        int retryAfterSeconds = 0; ///< when refused
        QByteArray limitHeader;    ///< "10, 10;w=1, 150;w=60"
        int remaining = 0;         ///< of the tightest window, after this request
        int resetSeconds = 0;      ///< until that window restarts
    };

    /// Counts one request of @p bucket (an endpoint family) at @p nowMs against @p limits.
    Decision acquire(int bucket, const Limits& limits, qint64 nowMs);
    /// The state of @p bucket's windows at @p nowMs without counting a request (for answers that
    /// return before the limiter, e.g. 401 or 404); always allowed.
    Decision peek(int bucket, const Limits& limits, qint64 nowMs);
    /// Forgets every counter.
    void reset();

private:
    Decision decide(int bucket, const Limits& limits, qint64 nowMs, bool consume);

    struct Window {
        qint64 index = -1;
        int used = 0;
    };
    struct Counters {
        Window second;
        Window minute;
        Window day;
    };
    QMutex m_mutex;
    QHash<int, Counters> m_counters;
};

} // namespace kx
