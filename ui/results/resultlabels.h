// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QLocale>
#include <QString>
#include <QStringList>

#include "query/metricquery.h"

namespace kx {

/**
 * Turns a dimension value into what the user reads: @p dimension is the `by` item, @p value the
 * raw value (often an id). Returns the display name, or an empty string when it has none.
 * @note Called on the UI thread only, while models and charts build their labels.
 */
using NameProvider = std::function<QString(const QString& dimension, const QString& value)>;

/// Whether values of @p measurement may be summed across buckets and groups. Unique profiles may
/// not: the same profile can appear in several buckets.
bool isAdditive(Measurement measurement);
/// Locale text of one value: counts without decimals, sums with two; NaN (missing) is empty.
QString formatMeasurementValue(double value, Measurement measurement, const QLocale& locale);

/// What a dimension value is shown as: the provider's name if any, "(none)" for an empty value.
QString dimensionValueLabel(const QString& dimension, const QString& value, const NameProvider& names);
/// A dimension tuple as one label, values joined with " / "; empty tuple gives an empty string.
QString groupLabel(const QStringList& by, const QStringList& dimensions, const NameProvider& names);
/// Stable key of a series, used for hidden series in saved files: the compact JSON array of the
/// raw dimension values followed by the measurement key, e.g. `["US","count"]`.
QString seriesKey(const QStringList& dimensions, Measurement measurement);
/// Key of the "Other" series of @p measurement: null in place of the values, `[null,"count"]`.
QString otherSeriesKey(Measurement measurement);
/// Tooltip for a dimension tuple: one "dimension: name (id)" line per value.
QString groupToolTip(const QStringList& by, const QStringList& dimensions, const NameProvider& names);

} // namespace kx
