// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include "util/calendar.h"

namespace kx {

/// One labelled tick of a date axis: an instant and its label as wall time in the query zone.
struct TimeTick
{
    qint64 utcMs = 0;
    QString label;
};

/**
 * Tick positions and labels for a date axis in @p zone, independent of the machine's timezone
 * (QDateTimeAxis would label in local time). Ticks sit on local calendar boundaries (hours,
 * midnights, Mondays, 1st of months) no finer than @p dataInterval, and the step grows until at
 * most @p maxTicks fit. Label formats follow the tick unit: hour "MMM d HH:mm", day and week
 * "MMM d", month "MMM yyyy", in @p locale. Labels are unique (a repeated one gets an invisible
 * suffix) because QCategoryAxis keys its categories by label.
 * @note Pure and thread-safe.
 */
QList<TimeTick> timeTicks(qint64 fromUtcMs, qint64 toUtcMs, Interval dataInterval, const QTimeZone& zone, int maxTicks,
    const QLocale& locale = QLocale());

} // namespace kx
