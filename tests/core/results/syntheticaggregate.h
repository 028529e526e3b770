// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace kx::test {

/**
 * A metric-aggregates response body shaped like the API's (digest §4.4): @p hours hourly dates
 * from 2024-01-01T00:00:00+00:00, @p groups groups with one 26-character ULID-like dimension each
 * (the last one "" when there are several, as for events without the dimension), one array per
 * measurement with realistic float literals (`12.0`, `35.5`, `0.0`). Deterministic for a @p seed;
 * 100 groups × 3 measurements × 8,760 hours is about 18 MB.
 */
QByteArray makeAggregateResponse(int groups, const QStringList& measurements, int hours, quint32 seed);

} // namespace kx::test
