// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>

namespace kx {

/**
 * When and how an ApiCall retries (digest §7.2/§7.3, SDK policy): 429 waits exactly Retry-After
 * and retries; 503/504/524 retry with capped exponential backoff and jitter; 500/502 and every
 * other 4xx never retry. Copyable value; ApiClient hands a copy to each call.
 */
struct RetryPolicy {
    /// Statuses retried with backoff (the SDKs' list minus 429, which is handled via Retry-After).
    QList<int> backoffStatuses { 503, 504, 524 };
    int maxBackoffRetries = 3;          ///< retries after the first attempt
    double backoffBaseSeconds = 0.5;    ///< min(base · factor^i, cap) ± jitter
    double backoffFactor = 1.5;
    double backoffCapSeconds = 60;
    double jitterFraction = 0.5;        ///< ±50 %
    double backoffScale = 1.0;          ///< multiplies backoff delays; tests use a small scale
    std::function<double()> random;     ///< uniform in [0, 1); empty: QRandomGenerator

    int maxThrottleRetries = 5;         ///< 429s waited out per call before giving up
    int retryAfterPatienceSeconds = 120; ///< longer Retry-After: fail instead of waiting silently
    /// A Retry-After at least this long means the daily quota is spent [INF: Klaviyo does not say
    /// which 429 is the daily one; observed daily waits are hours].
    int quotaThresholdSeconds = 3600;

    /// Delay before backoff retry number @p retryIndex (0-based), in ms, jitter and scale applied.
    qint64 backoffMs(int retryIndex) const;
};

} // namespace kx
