// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiratelimiter.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QDeadlineTimer>

namespace kx {

namespace {

constexpr qint64 BurstMs = 1000;
constexpr qint64 SteadyMs = 60 * 1000;
constexpr qint64 DailyMs = 24 * 60 * 60 * 1000;

constexpr std::array<EndpointFamily, 8> AllFamilies { EndpointFamily::Metrics, EndpointFamily::MetricAggregates,
    EndpointFamily::Reports, EndpointFamily::Flows, EndpointFamily::Campaigns, EndpointFamily::Forms,
    EndpointFamily::Segments, EndpointFamily::Lists };

qint64 baseLength(ApiRateLimiter::Window window)
{
    switch (window) {
    case ApiRateLimiter::Window::Burst:
        return BurstMs;
    case ApiRateLimiter::Window::Steady:
        return SteadyMs;
    case ApiRateLimiter::Window::Daily:
        return DailyMs;
    }
    return BurstMs;
}

constexpr std::array<ApiRateLimiter::Window, 3> AllWindows { ApiRateLimiter::Window::Burst,
    ApiRateLimiter::Window::Steady, ApiRateLimiter::Window::Daily };

} // namespace

ApiRateLimiter::ApiRateLimiter(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDeadlineTimer::current().deadline(); })
    , m_wallClock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setRevision(revision::defaultRevision());
}

ApiRateLimiter::~ApiRateLimiter() = default;

void ApiRateLimiter::setClock(Clock clock)
{
    m_clock = std::move(clock);
    Q_EMIT changed();
}

qint64 ApiRateLimiter::now() const
{
    return m_clock();
}

void ApiRateLimiter::setWallClock(Clock clock)
{
    m_wallClock = std::move(clock);
}

qint64 ApiRateLimiter::wallNow() const
{
    return m_wallClock();
}

void ApiRateLimiter::setRevision(const QString& rev)
{
    for (EndpointFamily family : AllFamilies)
        state(family).limit = revision::rateLimit(family, rev);
    Q_EMIT changed();
}

void ApiRateLimiter::setLimit(EndpointFamily family, RateLimit limit)
{
    state(family).limit = limit;
    Q_EMIT changed();
}

RateLimit ApiRateLimiter::limit(EndpointFamily family) const
{
    return state(family).limit;
}

void ApiRateLimiter::setSafetyMargin(double fraction, qint64 minimumMs)
{
    m_marginFraction = std::max(0.0, fraction);
    m_marginMinimumMs = std::max<qint64>(0, minimumMs);
    Q_EMIT changed();
}

qint64 ApiRateLimiter::windowLengthMs(Window window) const
{
    const qint64 base = baseLength(window);
    const auto margin = std::max<qint64>(std::llround(double(base) * m_marginFraction), m_marginMinimumMs);
    return base + margin;
}

ApiRateLimiter::State& ApiRateLimiter::state(EndpointFamily family)
{
    return m_states[std::size_t(family)];
}

const ApiRateLimiter::State& ApiRateLimiter::state(EndpointFamily family) const
{
    return m_states[std::size_t(family)];
}

int ApiRateLimiter::windowLimit(const RateLimit& limit, Window window)
{
    switch (window) {
    case Window::Burst:
        return limit.burstPerSecond;
    case Window::Steady:
        return limit.steadyPerMinute;
    case Window::Daily:
        return limit.perDay;
    }
    return 0;
}

qint64 ApiRateLimiter::retentionMs(const State& state) const
{
    // Keep only as much history as the longest window of the family needs.
    if (state.limit.perDay > 0)
        return windowLengthMs(Window::Daily);
    if (state.limit.steadyPerMinute > 0)
        return windowLengthMs(Window::Steady);
    return windowLengthMs(Window::Burst);
}

void ApiRateLimiter::prune(State& state, qint64 now) const
{
    const qint64 keepAfter = now - retentionMs(state);
    while (!state.sends.empty() && state.sends.front() <= keepAfter)
        state.sends.pop_front();
}

int ApiRateLimiter::countInWindow(const std::deque<qint64>& sends, qint64 now, qint64 lengthMs) const
{
    // The window is (now - length, now]; sends are ascending.
    const auto first = std::upper_bound(sends.cbegin(), sends.cend(), now - lengthMs);
    const auto last = std::upper_bound(first, sends.cend(), now);
    return int(last - first);
}

qint64 ApiRateLimiter::delayAt(const State& state, const std::deque<qint64>& sends, qint64 now) const
{
    qint64 delay = std::max<qint64>(0, state.blockedUntil - now);
    for (Window window : AllWindows) {
        const int max = windowLimit(state.limit, window);
        if (max <= 0)
            continue;
        const qint64 length = windowLengthMs(window);
        const auto first = std::upper_bound(sends.cbegin(), sends.cend(), now - length);
        const auto last = std::upper_bound(first, sends.cend(), now);
        const qint64 inWindow = last - first;
        if (inWindow < max)
            continue;
        // The next send may go once the oldest sends have left the window so that only max - 1
        // remain: that is when send number (inWindow - max) of the window is `length` old.
        const qint64 leaving = *(first + (inWindow - max));
        delay = std::max(delay, leaving + length - now);
    }
    return delay;
}

qint64 ApiRateLimiter::delayBeforeNext(EndpointFamily family) const
{
    const State& s = state(family);
    return delayAt(s, s.sends, now());
}

void ApiRateLimiter::recordSent(EndpointFamily family)
{
    State& s = state(family);
    const qint64 t = now();
    prune(s, t);
    // A clock that does not go backwards keeps the deque sorted; guard against a test clock that does.
    if (!s.sends.empty() && s.sends.back() > t)
        s.sends.insert(std::upper_bound(s.sends.begin(), s.sends.end(), t), t);
    else
        s.sends.push_back(t);
    Q_EMIT changed();
    if (s.limit.perDay > 0)
        Q_EMIT dailyUsageChanged(family, used(family, Window::Daily));
}

void ApiRateLimiter::blockUntil(EndpointFamily family, qint64 atMs)
{
    State& s = state(family);
    if (atMs <= s.blockedUntil)
        return;
    s.blockedUntil = atMs;
    Q_EMIT changed();
}

qint64 ApiRateLimiter::blockedUntil(EndpointFamily family) const
{
    const State& s = state(family);
    return s.blockedUntil > now() ? s.blockedUntil : 0;
}

int ApiRateLimiter::used(EndpointFamily family, Window window) const
{
    const State& s = state(family);
    return countInWindow(s.sends, now(), windowLengthMs(window));
}

int ApiRateLimiter::remaining(EndpointFamily family, Window window) const
{
    const State& s = state(family);
    const int max = windowLimit(s.limit, window);
    if (max <= 0)
        return -1;
    if (s.blockedUntil > now())
        return 0;
    return std::max(0, max - used(family, window));
}

double ApiRateLimiter::minimumSeconds(EndpointFamily family, int requests) const
{
    if (requests <= 0)
        return 0;
    const State& s = state(family);
    const qint64 start = now();
    std::deque<qint64> sends = s.sends;
    qint64 t = start;
    for (int i = 0; i < requests; ++i) {
        t += delayAt(s, sends, t);
        sends.push_back(t);
    }
    return double(t - start) / 1000.0;
}

QList<qint64> ApiRateLimiter::dailyUsageAges(EndpointFamily family) const
{
    const State& s = state(family);
    const qint64 t = now();
    const qint64 length = windowLengthMs(Window::Daily);
    QList<qint64> ages;
    for (qint64 sent : s.sends) {
        if (sent > t - length && sent <= t)
            ages.append(t - sent);
    }
    return ages;
}

void ApiRateLimiter::restoreDailyUsage(EndpointFamily family, const QList<qint64>& agesMs)
{
    State& s = state(family);
    const qint64 t = now();
    const qint64 length = windowLengthMs(Window::Daily);
    for (qint64 age : agesMs) {
        if (age < 0 || age >= length)
            continue;
        const qint64 sent = t - age;
        s.sends.insert(std::upper_bound(s.sends.begin(), s.sends.end(), sent), sent);
    }
    prune(s, t);
    Q_EMIT changed();
    Q_EMIT dailyUsageChanged(family, used(family, Window::Daily));
}

void ApiRateLimiter::reset()
{
    for (State& s : m_states) {
        s.sends.clear();
        s.blockedUntil = 0;
    }
    Q_EMIT changed();
}

} // namespace kx
