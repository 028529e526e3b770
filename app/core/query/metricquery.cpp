// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

struct MeasurementInfo
{
    Measurement value;
    QLatin1StringView name;
    const char* label; ///< for the editor
    const char* shortLabel; ///< for results: headers, series, axes
};

constexpr MeasurementInfo kMeasurements[] = {
    { Measurement::Count, "count"_L1, QT_TRANSLATE_NOOP("kx::Measurement", "Event count"),
        QT_TRANSLATE_NOOP("kx::Measurement", "Count") },
    { Measurement::SumValue, "sum_value"_L1, QT_TRANSLATE_NOOP("kx::Measurement", "Sum of event values"),
        QT_TRANSLATE_NOOP("kx::Measurement", "Sum of values") },
    { Measurement::Unique, "unique"_L1, QT_TRANSLATE_NOOP("kx::Measurement", "Unique profiles"),
        QT_TRANSLATE_NOOP("kx::Measurement", "Unique profiles") },
};

struct PresetInfo
{
    RangePreset value;
    QLatin1StringView key;
    const char* label;
};

constexpr PresetInfo kPresets[] = {
    { RangePreset::Today, "today"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Today") },
    { RangePreset::Yesterday, "yesterday"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Yesterday") },
    { RangePreset::Last7Days, "last_7_days"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last 7 days") },
    { RangePreset::Last30Days, "last_30_days"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last 30 days") },
    { RangePreset::Last90Days, "last_90_days"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last 90 days") },
    { RangePreset::ThisWeek, "this_week"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "This week") },
    { RangePreset::LastWeek, "last_week"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last week") },
    { RangePreset::ThisMonth, "this_month"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "This month") },
    { RangePreset::LastMonth, "last_month"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last month") },
    { RangePreset::Last3Months, "last_3_months"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last 3 months") },
    { RangePreset::Last12Months, "last_12_months"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last 12 months") },
    { RangePreset::ThisYear, "this_year"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "This year") },
    { RangePreset::LastYear, "last_year"_L1, QT_TRANSLATE_NOOP("kx::RangePreset", "Last year") },
};

ResolvedRange days(QDate first, QDate endExclusive, const QTimeZone& zone)
{
    return { calendar::startOfDay(first, zone), calendar::startOfDay(endExclusive, zone) };
}

} // namespace

QString measurementName(Measurement m)
{
    for (const auto& entry : kMeasurements) {
        if (entry.value == m)
            return QString(entry.name);
    }
    return u"count"_s;
}

std::optional<Measurement> measurementFromName(QStringView name)
{
    for (const auto& entry : kMeasurements) {
        if (name == entry.name)
            return entry.value;
    }
    return std::nullopt;
}

QString measurementLabel(Measurement m)
{
    for (const auto& entry : kMeasurements) {
        if (entry.value == m)
            return QCoreApplication::translate("kx::Measurement", entry.label);
    }
    return {};
}

QString measurementShortLabel(Measurement m)
{
    for (const auto& entry : kMeasurements) {
        if (entry.value == m)
            return QCoreApplication::translate("kx::Measurement", entry.shortLabel);
    }
    return {};
}

QList<Measurement> allMeasurements()
{
    QList<Measurement> out;
    for (const auto& entry : kMeasurements)
        out << entry.value;
    return out;
}

QString rangePresetKey(RangePreset p)
{
    for (const auto& entry : kPresets) {
        if (entry.value == p)
            return QString(entry.key);
    }
    return u"last_30_days"_s;
}

std::optional<RangePreset> rangePresetFromKey(QStringView key)
{
    for (const auto& entry : kPresets) {
        if (key == entry.key)
            return entry.value;
    }
    return std::nullopt;
}

QString rangePresetLabel(RangePreset p)
{
    for (const auto& entry : kPresets) {
        if (entry.value == p)
            return QCoreApplication::translate("kx::RangePreset", entry.label);
    }
    return {};
}

QList<RangePreset> allRangePresets()
{
    QList<RangePreset> out;
    for (const auto& entry : kPresets)
        out << entry.value;
    return out;
}

std::optional<ResolvedRange> tryResolveRange(const DateRange& range, const QTimeZone& queryZone, qint64 nowUtcMs)
{
    // An invalid zone is a validation error reported elsewhere; resolving in UTC keeps this total.
    const QTimeZone zone = queryZone.isValid() ? queryZone : QTimeZone::utc();
    if (range.kind == DateRange::Kind::Absolute) {
        // [INF] Klaviyo does not document how it reads a datetime without offset; we read it as
        // wall time in the query timezone, which matches the guide's examples (seed 001 pairs
        // offset-less bounds with "timezone": "US/Eastern").
        ResolvedRange out;
        if (!calendar::parseIsoInstant(range.startText, &out.startUtcMs, zone)
            || !calendar::parseIsoInstant(range.endText, &out.endUtcMs, zone))
            return std::nullopt;
        if (range.startOp == FilterOp::GreaterThan)
            ++out.startUtcMs;
        if (range.endOp == FilterOp::LessOrEqual)
            ++out.endUtcMs;
        return out;
    }

    const QDate today = QDateTime::fromMSecsSinceEpoch(nowUtcMs, zone).date();
    const QDate tomorrow = today.addDays(1);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const QDate firstOfYear(today.year(), 1, 1);
    switch (range.preset) {
    case RangePreset::Today:
        return days(today, tomorrow, zone);
    case RangePreset::Yesterday:
        return days(today.addDays(-1), today, zone);
    case RangePreset::Last7Days:
        return days(today.addDays(-7), today, zone);
    case RangePreset::Last30Days:
        return days(today.addDays(-30), today, zone);
    case RangePreset::Last90Days:
        return days(today.addDays(-90), today, zone);
    case RangePreset::ThisWeek:
        return days(monday, tomorrow, zone);
    case RangePreset::LastWeek:
        return days(monday.addDays(-7), monday, zone);
    case RangePreset::ThisMonth:
        return days(firstOfMonth, tomorrow, zone);
    case RangePreset::LastMonth:
        return days(firstOfMonth.addMonths(-1), firstOfMonth, zone);
    case RangePreset::Last3Months:
        return days(today.addMonths(-3), today, zone);
    case RangePreset::Last12Months:
        return days(today.addMonths(-12), today, zone);
    case RangePreset::ThisYear:
        return days(firstOfYear, tomorrow, zone);
    case RangePreset::LastYear:
        return days(firstOfYear.addYears(-1), firstOfYear, zone);
    }
    return std::nullopt;
}

ResolvedRange resolveRange(const DateRange& range, const QTimeZone& zone, qint64 nowUtcMs)
{
    return tryResolveRange(range, zone, nowUtcMs).value_or(ResolvedRange {});
}

} // namespace kx
