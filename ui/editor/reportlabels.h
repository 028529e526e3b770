// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "query/reportquery.h"

namespace kx::reportlabels {

/// "Campaign values", "Flow series", … (translated).
QString typeLabel(ReportType type);
/// "Open rate" for "open_rate" (translated where known, else the API name made readable).
QString statisticLabel(const QString& statistic);
/// The formula of @p statistic from the Reporting API overview (seed 002), translated; "" if unknown.
QString statisticFormula(const QString& statistic);
/// Rates are fractions in [0, 1] and are shown as percentages.
bool isRate(const QString& statistic);
/// "Last 30 days" for "last_30_days" (translated).
QString timeframeLabel(const QString& key);
/// "Daily", "Hourly", … (translated).
QString intervalLabel(const QString& interval);
/// "Campaign", "Flow message" … for a grouping key such as "campaign_id" (translated).
QString groupingLabel(const QString& key);
/// A few useful statistics to start a new report of @p type with.
QStringList defaultStatistics(ReportType type);

} // namespace kx::reportlabels
