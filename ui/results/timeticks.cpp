// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeticks.h"

#include <algorithm>

#include <QDateTime>
#include <QSet>

namespace kx {

namespace {

struct Step
{
    Interval unit;
    int count;
    qint64 approxMs;
};

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

constexpr Step kSteps[] = {
    { Interval::Hour, 1, kHour },
    { Interval::Hour, 2, 2 * kHour },
    { Interval::Hour, 3, 3 * kHour },
    { Interval::Hour, 6, 6 * kHour },
    { Interval::Hour, 12, 12 * kHour },
    { Interval::Day, 1, kDay },
    { Interval::Day, 2, 2 * kDay },
    { Interval::Week, 1, 7 * kDay },
    { Interval::Week, 2, 14 * kDay },
    { Interval::Month, 1, 30 * kDay },
    { Interval::Month, 2, 61 * kDay },
    { Interval::Month, 3, 91 * kDay },
    { Interval::Month, 6, 182 * kDay },
    { Interval::Month, 12, 365 * kDay },
    { Interval::Month, 24, 730 * kDay },
    { Interval::Month, 60, 1826 * kDay },
    { Interval::Month, 120, 3652 * kDay },
};

QString tickFormat(Interval unit)
{
    switch (unit) {
    case Interval::Hour:
        return QStringLiteral("MMM d HH:mm");
    case Interval::Day:
    case Interval::Week:
        return QStringLiteral("MMM d");
    case Interval::Month:
        return QStringLiteral("MMM yyyy");
    }
    return QStringLiteral("MMM d");
}

// Whether a bucket start is on a multiple of the step, so ticks stay on round values (every
// 6 hours at 0/6/12/18, quarters in January/April/…) however the range starts.
bool aligned(qint64 utcMs, const Step& step, const QTimeZone& zone)
{
    if (step.count == 1)
        return true;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    switch (step.unit) {
    case Interval::Hour:
        return local.time().hour() % step.count == 0;
    case Interval::Day:
        return (local.date().day() - 1) % step.count == 0 && local.date().day() < 31;
    case Interval::Week:
        return local.date().weekNumber() % step.count == 1 % step.count;
    case Interval::Month:
        return (local.date().year() * 12 + local.date().month() - 1) % step.count == 0;
    }
    return true;
}

} // namespace

QList<TimeTick> timeTicks(
    qint64 fromUtcMs, qint64 toUtcMs, Interval dataInterval, const QTimeZone& zone, int maxTicks, const QLocale& locale)
{
    QList<TimeTick> ticks;
    if (toUtcMs < fromUtcMs || !zone.isValid())
        return ticks;
    maxTicks = std::max(maxTicks, 1);
    const qint64 span = std::max<qint64>(toUtcMs - fromUtcMs, 1);

    const Step* chosen = &kSteps[std::size(kSteps) - 1];
    for (const Step& step : kSteps) {
        if (int(step.unit) < int(dataInterval))
            continue;
        if (span / step.approxMs + 1 <= maxTicks) {
            chosen = &step;
            break;
        }
    }

    const QString format = tickFormat(chosen->unit);
    QSet<QString> seen;
    // Walk unit by unit from the bucket containing `from`, keeping the aligned boundaries. The
    // walk is bounded: at most maxTicks × count units plus the ones before the first alignment.
    qint64 t = calendar::floorToBucket(fromUtcMs, chosen->unit, zone);
    const qint64 limit = qint64(maxTicks + 2) * chosen->count + 2 * chosen->count;
    for (qint64 n = 0; t <= toUtcMs && n < limit; ++n) {
        if (t >= fromUtcMs && aligned(t, *chosen, zone)) {
            QString label = locale.toString(QDateTime::fromMSecsSinceEpoch(t, zone), format);
            while (seen.contains(label))
                label.append(QChar(0x200B)); // zero-width space: same text, distinct key
            seen.insert(label);
            ticks.append({ t, label });
        }
        const qint64 next = calendar::addBuckets(t, chosen->unit, 1, zone);
        if (next <= t)
            break;
        t = next;
    }
    return ticks;
}

} // namespace kx
