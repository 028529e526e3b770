// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace kx {

/// The bucket size of a metric-aggregate query (`interval` in the API: hour, day, week, month).
enum class Interval { Hour, Day, Week, Month };

/// The API spelling of @p interval ("hour", "day", "week", "month").
QString intervalName(Interval interval);
/// Parses the API spelling; returns false for anything else.
bool parseInterval(QStringView text, Interval* out);

/**
 * Calendar arithmetic in an IANA timezone, shared by the client (year splitting, labels) and the
 * demo engine (bucketing). Instants are UTC milliseconds since the epoch.
 *
 * Buckets are local calendar boundaries in the zone: midnight for days, the 1st for months,
 * Monday midnight for weeks (Klaviyo does not document the first weekday; Monday is an
 * assumption shared by the demo engine and the client), the local hour for hours. Across a DST
 * change a day bucket is 23 or 25 hours long and an hour bucket is always 3600 s.
 */
namespace calendar {

/// Start of the bucket that contains @p utcMs.
qint64 floorToBucket(qint64 utcMs, Interval interval, const QTimeZone& zone);
/// Start of the bucket @p n buckets after the bucket starting at @p bucketStartUtcMs.
qint64 addBuckets(qint64 bucketStartUtcMs, Interval interval, int n, const QTimeZone& zone);
/// Local midnight starting @p date in @p zone (the first valid instant of that day).
qint64 startOfDay(QDate date, const QTimeZone& zone);
/// The instant of a local wall time in @p zone (a skipped wall time moves forward, an ambiguous
/// one takes the first occurrence).
qint64 fromLocal(const QDateTime& wallTime, const QTimeZone& zone);
/// ISO 8601 wall time in @p zone with its offset: `2022-06-01T00:00:00-04:00` (`+00:00` for UTC).
QString formatLocalIso(qint64 utcMs, const QTimeZone& zone);
/// UTC instant as the API writes it: `2022-06-01T04:00:00+00:00`.
QString formatUtcIso(qint64 utcMs);
/**
 * Parses an ISO 8601 / RFC 3339 instant as the API and filters use it: `YYYY-MM-DD`,
 * optionally `T` or space, `hh:mm[:ss[.f…]]`, optionally `Z` or `±hh:mm`/`±hhmm`.
 * Without an offset the text is read in @p assumedZone (UTC unless told otherwise).
 * Fast path for the hot loop of result parsing; returns false on malformed text.
 */
bool parseIsoInstant(QStringView text, qint64* utcMs, const QTimeZone& assumedZone = QTimeZone::utc());
bool parseIsoInstant(const char* text, qsizetype length, qint64* utcMs);
/// Whether @p text has an explicit offset or `Z`.
bool isoHasOffset(QStringView text);

} // namespace calendar
} // namespace kx
