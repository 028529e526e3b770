// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/filterexpr.h"
#include "query/metricquery.h"

#include <QString>

namespace kx {

/**
 * Plain-language names and explanations of the API's spellings, as the editor shows them to a
 * marketer (the API spelling stays visible in tooltips, so a developer can still find it).
 * All strings are translated.
 */
namespace querylabels {

/// "Attributed flow" for "$attributed_flow"; dimensions without `$` are already plain and kept.
QString dimensionLabel(const QString& apiName);
/// What grouping or filtering by @p apiName gives, with the API name (tooltip text).
QString dimensionToolTip(const QString& apiName);
/// "Hourly", "Daily", "Weekly", "Monthly".
QString intervalLabel(Interval interval);
/// What the measurement counts, in one or two sentences (tooltip text).
QString measurementToolTip(Measurement measurement);
/// "is", "is any of", "contains", "is at least", …
QString operatorLabel(FilterOp op);
/// A `sort` value in words: "Event count, highest first" for "-count", "Flow, Z to A" for "-$flow".
QString sortLabel(const QString& sortValue);

} // namespace querylabels
} // namespace kx
