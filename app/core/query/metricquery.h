// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterexpr.h"
#include "util/calendar.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kx {

/// What a metric-aggregate query measures (`measurements` in the API).
enum class Measurement { Count, SumValue, Unique };
QString measurementName(Measurement m); ///< "count", "sum_value", "unique"
std::optional<Measurement> measurementFromName(QStringView name);
QString measurementLabel(Measurement m); ///< translated display name for the editor ("Event count", …)
/// Translated compact name for column headers, series and axes ("Count", "Sum of values", …).
QString measurementShortLabel(Measurement m);
QList<Measurement> allMeasurements();    ///< in enum order

/// Relative date ranges, resolved at run time in the query timezone.
enum class RangePreset {
    Today,
    Yesterday,
    Last7Days,
    Last30Days,
    Last90Days,
    ThisWeek,
    LastWeek,
    ThisMonth,
    LastMonth,
    Last3Months,
    Last12Months,
    ThisYear,
    LastYear,
};
QString rangePresetKey(RangePreset p); ///< stable file spelling: "today", "last_7_days", …
std::optional<RangePreset> rangePresetFromKey(QStringView key);
QString rangePresetLabel(RangePreset p); ///< translated display name ("Last 7 days", …)
QList<RangePreset> allRangePresets();    ///< in enum order

/**
 * The date range of a metric query: a preset that stays relative in saved files, or absolute
 * bounds kept as the ISO lexemes they were written with (so a pasted request prints back exactly).
 * Absolute bounds are an inclusive start and an exclusive end unless the ops say otherwise.
 */
struct DateRange {
    enum class Kind { Preset, Absolute };
    Kind kind = Kind::Preset;
    RangePreset preset = RangePreset::Last30Days;
    QString startText;                        ///< Absolute: e.g. "2024-01-01T00:00:00-05:00"
    QString endText;                          ///< Absolute: e.g. "2025-01-01T00:00:00-05:00"
    FilterOp startOp = FilterOp::GreaterOrEqual; ///< greater-or-equal or greater-than
    FilterOp endOp = FilterOp::LessThan;         ///< less-than or less-or-equal

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

/// A date range resolved to instants: [startUtcMs, endUtcMs).
struct ResolvedRange {
    qint64 startUtcMs = 0;
    qint64 endUtcMs = 0;
    friend bool operator==(const ResolvedRange&, const ResolvedRange&) = default;
};

/**
 * Resolves @p range to instants. Presets are computed from @p nowUtcMs at local midnights of
 * @p zone: today [today, tomorrow); yesterday; last_N_days = N full days ending at today's
 * midnight (today excluded); this_week [Monday, tomorrow); last_week; this_month [1st, tomorrow);
 * last_month; last_3_months / last_12_months [today − N months, today); this_year [Jan 1,
 * tomorrow); last_year. Absolute bounds are parsed from their lexemes; a lexeme without offset is
 * read in @p zone. An exclusive start (greater-than) or inclusive end (less-or-equal) moves the
 * bound by one millisecond so the result is always half-open.
 * @return {0, 0} when an absolute lexeme does not parse (see tryResolveRange()).
 */
ResolvedRange resolveRange(const DateRange& range, const QTimeZone& zone, qint64 nowUtcMs);
/// As resolveRange(), but empty when an absolute lexeme does not parse.
std::optional<ResolvedRange> tryResolveRange(const DateRange& range, const QTimeZone& zone, qint64 nowUtcMs);

/**
 * A `filter[]` string of an imported request that parseFilter() refuses but Klaviyo's own older
 * guide uses (`not(equals($attributed_flow,""))`, seed 001). It is kept verbatim at its index so
 * the request exports unchanged; the editor never creates one and the validator flags it.
 */
struct VerbatimFilter {
    int index = 0; ///< position in the request's `filter` array
    QString text;
    friend bool operator==(const VerbatimFilter&, const VerbatimFilter&) = default;
};

/**
 * A Query Metric Aggregates question as the user builds it (value type, copyable, comparable).
 * The metric is kept by id and by name and integration so files stay portable across accounts.
 */
struct MetricQuery {
    QString metricId;
    QString metricName;      ///< display and cross-account matching; not sent to the API
    QString integrationName; ///< likewise
    QList<Measurement> measurements;
    QStringList by;                ///< dimension names exactly as the API spells them
    QList<FilterExpr> filters;     ///< dimension conditions (never the datetime bounds), AND-ed
    DateRange range;
    Interval interval = Interval::Day;
    QString timezone = QStringLiteral("UTC"); ///< IANA id
    std::optional<int> pageSize;   ///< API default 500 when absent
    QString sort;                  ///< "" or an enum value such as "-count"
    QStringList returnFields;      ///< passed through untouched

    /// Layout of the original request's `filter[]`, so that import → export is exact:
    /// the index at which the datetime bounds stood (-1: first), and whether they shared one string.
    int datetimeFilterIndex = 0;
    bool datetimeBoundsCombined = false;
    /// Index of the end bound when it did not directly follow the start bound (-1: directly after).
    int datetimeEndFilterIndex = -1;
    QList<VerbatimFilter> verbatimFilters; ///< imported strings the parser refuses; see VerbatimFilter

    friend bool operator==(const MetricQuery&, const MetricQuery&) = default;
};

} // namespace kx
