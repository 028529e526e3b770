// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace kx {

qint64 RetryPolicy::backoffMs(int retryIndex) const
{
    const double base = std::min(backoffBaseSeconds * std::pow(backoffFactor, std::max(0, retryIndex)),
        backoffCapSeconds);
    const double r = random ? std::clamp(random(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    const double jittered = base * (1.0 + jitterFraction * (2.0 * r - 1.0));
    return std::max<qint64>(0, std::llround(jittered * backoffScale * 1000.0));
}

} // namespace kx
