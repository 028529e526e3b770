// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar.h"

#include <cstdint>

namespace kx {

QString intervalName(Interval interval)
{
    switch (interval) {
    case Interval::Hour:
        return QStringLiteral("hour");
    case Interval::Day:
        return QStringLiteral("day");
    case Interval::Week:
        return QStringLiteral("week");
    case Interval::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

bool parseInterval(QStringView text, Interval* out)
{
    static constexpr struct {
        const char16_t* name;
        Interval value;
    } table[] = { { u"hour", Interval::Hour }, { u"day", Interval::Day }, { u"week", Interval::Week },
        { u"month", Interval::Month } };
    for (const auto& entry : table) {
        if (text == QStringView(entry.name)) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

namespace calendar {

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil-from-days inverse).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

QDate localDate(qint64 utcMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
}

template <typename Char>
struct Cursor {
    const Char* p;
    const Char* end;

    bool digits(int count, int* value)
    {
        if (end - p < count)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const auto c = p[i];
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + (c - '0');
        }
        p += count;
        *value = v;
        return true;
    }
    bool take(char c)
    {
        if (p < end && p[0] == c) {
            ++p;
            return true;
        }
        return false;
    }
};

struct ParsedIso {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    bool hasOffset = false;
    int offsetSeconds = 0;
};

template <typename Char>
bool parseIsoFields(const Char* text, qsizetype length, ParsedIso* out)
{
    Cursor<Char> c { text, text + length };
    ParsedIso r;
    if (!c.digits(4, &r.year) || !c.take('-') || !c.digits(2, &r.month) || !c.take('-') || !c.digits(2, &r.day))
        return false;
    if (r.month < 1 || r.month > 12 || r.day < 1 || r.day > 31)
        return false;
    if (c.p < c.end && (c.p[0] == 'T' || c.p[0] == ' ')) {
        ++c.p;
        if (!c.digits(2, &r.hour) || !c.take(':') || !c.digits(2, &r.minute))
            return false;
        if (c.take(':')) {
            if (!c.digits(2, &r.second))
                return false;
            if (c.take('.')) {
                int scale = 100;
                const auto* start = c.p;
                while (c.p < c.end && c.p[0] >= '0' && c.p[0] <= '9') {
                    r.millis += (c.p[0] - '0') * scale;
                    scale /= 10;
                    ++c.p;
                }
                if (c.p == start)
                    return false;
            }
        }
        if (r.hour > 24 || r.minute > 59 || r.second > 60)
            return false;
        if (c.take('Z') || c.take('z')) {
            r.hasOffset = true;
        } else if (c.p < c.end && (c.p[0] == '+' || c.p[0] == '-')) {
            const int sign = c.p[0] == '-' ? -1 : 1;
            ++c.p;
            int oh = 0;
            int om = 0;
            if (!c.digits(2, &oh))
                return false;
            c.take(':');
            if (!c.digits(2, &om))
                return false;
            r.hasOffset = true;
            r.offsetSeconds = sign * (oh * 3600 + om * 60);
        }
    }
    if (c.p != c.end)
        return false;
    const QDate check(r.year, r.month, r.day);
    if (!check.isValid())
        return false;
    *out = r;
    return true;
}

qint64 utcMsOf(const ParsedIso& r)
{
    const qint64 days = daysFromCivil(r.year, static_cast<unsigned>(r.month), static_cast<unsigned>(r.day));
    const qint64 secs = days * 86400 + r.hour * 3600 + r.minute * 60 + r.second - r.offsetSeconds;
    return secs * 1000 + r.millis;
}

void appendTwo(QString& out, int v)
{
    out += QChar(u'0' + v / 10);
    out += QChar(u'0' + v % 10);
}

QString formatWithOffset(const QDate& date, const QTime& time, int offsetSeconds)
{
    QString out;
    out.reserve(25);
    const int y = date.year();
    out += QChar(u'0' + (y / 1000) % 10);
    out += QChar(u'0' + (y / 100) % 10);
    appendTwo(out, y % 100);
    out += u'-';
    appendTwo(out, date.month());
    out += u'-';
    appendTwo(out, date.day());
    out += u'T';
    appendTwo(out, time.hour());
    out += u':';
    appendTwo(out, time.minute());
    out += u':';
    appendTwo(out, time.second());
    out += offsetSeconds < 0 ? u'-' : u'+';
    const int abs = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    appendTwo(out, abs / 3600);
    out += u':';
    appendTwo(out, (abs % 3600) / 60);
    return out;
}

} // namespace

qint64 startOfDay(QDate date, const QTimeZone& zone)
{
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

qint64 fromLocal(const QDateTime& wallTime, const QTimeZone& zone)
{
    return QDateTime(wallTime.date(), wallTime.time(), zone).toMSecsSinceEpoch();
}

qint64 floorToBucket(qint64 utcMs, Interval interval, const QTimeZone& zone)
{
    switch (interval) {
    case Interval::Hour: {
        const qint64 offsetMs = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())))
            * 1000;
        const qint64 local = utcMs + offsetMs;
        const qint64 floored = local - ((local % kMsPerHour) + kMsPerHour) % kMsPerHour;
        return floored - offsetMs;
    }
    case Interval::Day:
        return startOfDay(localDate(utcMs, zone), zone);
    case Interval::Week: {
        const QDate d = localDate(utcMs, zone);
        return startOfDay(d.addDays(1 - d.dayOfWeek()), zone);
    }
    case Interval::Month: {
        const QDate d = localDate(utcMs, zone);
        return startOfDay(QDate(d.year(), d.month(), 1), zone);
    }
    }
    return utcMs;
}

qint64 addBuckets(qint64 bucketStartUtcMs, Interval interval, int n, const QTimeZone& zone)
{
    switch (interval) {
    case Interval::Hour:
        return bucketStartUtcMs + qint64(n) * kMsPerHour;
    case Interval::Day:
        return startOfDay(localDate(bucketStartUtcMs, zone).addDays(n), zone);
    case Interval::Week:
        return startOfDay(localDate(bucketStartUtcMs, zone).addDays(qint64(n) * 7), zone);
    case Interval::Month:
        return startOfDay(localDate(bucketStartUtcMs, zone).addMonths(n), zone);
    }
    return bucketStartUtcMs;
}

QString formatLocalIso(qint64 utcMs, const QTimeZone& zone)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return formatWithOffset(dt.date(), dt.time(), dt.offsetFromUtc());
}

QString formatUtcIso(qint64 utcMs)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return formatWithOffset(dt.date(), dt.time(), 0);
}

bool parseIsoInstant(const char* text, qsizetype length, qint64* utcMs)
{
    ParsedIso r;
    if (!parseIsoFields(text, length, &r))
        return false;
    *utcMs = utcMsOf(r);
    return true;
}

bool parseIsoInstant(QStringView text, qint64* utcMs, const QTimeZone& assumedZone)
{
    ParsedIso r;
    if (!parseIsoFields(text.utf16(), text.size(), &r))
        return false;
    if (r.hasOffset || assumedZone == QTimeZone::utc()) {
        *utcMs = utcMsOf(r);
        return true;
    }
    const QDateTime wall(QDate(r.year, r.month, r.day), QTime(r.hour % 24, r.minute, r.second % 60, r.millis));
    *utcMs = fromLocal(wall, assumedZone) + (r.hour == 24 ? kMsPerHour * 24 : 0);
    return true;
}

bool isoHasOffset(QStringView text)
{
    ParsedIso r;
    return parseIsoFields(text.utf16(), text.size(), &r) && r.hasOffset;
}

} // namespace calendar
} // namespace kx
