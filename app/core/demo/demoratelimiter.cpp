// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoratelimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <climits>

namespace kx {

DemoRateLimiter::Decision DemoRateLimiter::acquire(int bucket, const Limits& limits, qint64 nowMs)
{
    return decide(bucket, limits, nowMs, true);
}

DemoRateLimiter::Decision DemoRateLimiter::peek(int bucket, const Limits& limits, qint64 nowMs)
{
    return decide(bucket, limits, nowMs, false);
}

DemoRateLimiter::Decision DemoRateLimiter::decide(int bucket, const Limits& limits, qint64 nowMs, bool consume)
{
    QMutexLocker locker(&m_mutex);
    Counters& c = m_counters[bucket];
    struct Check {
        Window* window;
        int limit;
        qint64 lengthMs;
    };
    const Check checks[] = { { &c.second, limits.perSecond, 1000 }, { &c.minute, limits.perMinute, 60'000 },
        { &c.day, limits.perDay, 86'400'000 } };
    Decision decision;
    // Roll the windows first.
    for (const Check& ch : checks) {
        const qint64 index = nowMs / ch.lengthMs;
        if (ch.window->index != index) {
            ch.window->index = index;
            ch.window->used = 0;
        }
    }
    // Refuse when any window is full; Retry-After is the wait until the longest blocking window ends.
    qint64 waitMs = 0;
    for (const Check& ch : checks) {
        if (ch.limit > 0 && ch.window->used >= ch.limit)
            waitMs = std::max(waitMs, (ch.window->index + 1) * ch.lengthMs - nowMs);
    }
    if (waitMs > 0 && consume) {
        decision.allowed = false;
        decision.retryAfterSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
        return decision;
    }
    QByteArray header;
    int remaining = INT_MAX;
    int reset = 0;
    bool first = true;
    for (const Check& ch : checks) {
        if (ch.limit <= 0)
            continue;
        if (consume)
            ++ch.window->used;
        if (first) {
            header = QByteArray::number(ch.limit);
            first = false;
        }
        header += ", " + QByteArray::number(ch.limit) + ";w=" + QByteArray::number(ch.lengthMs / 1000);
        const int left = std::max(0, ch.limit - ch.window->used);
        if (left < remaining) {
            remaining = left;
            reset = int(((ch.window->index + 1) * ch.lengthMs - nowMs - 1) / 1000); // whole seconds left
        }
    }
    decision.limitHeader = header;
    decision.remaining = remaining == INT_MAX ? 0 : remaining;
    decision.resetSeconds = reset;
    return decision;
}

void DemoRateLimiter::reset()
{
    QMutexLocker locker(&m_mutex);
    m_counters.clear();
}

} // namespace kx
