// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "query/metricquery.h"
#include "query/reportquery.h"

namespace kx::whynote {

/**
 * The short, specific reasons why a metric query's numbers can differ from Klaviyo's own pages
 * (event time vs send date, timezone, unique not additive, bot clicks), for @p query run by a
 * profile whose account timezone is taken to be @p accountTimezone. Translated sentences.
 */
QStringList forMetricQuery(const MetricQuery& query, const QString& accountTimezone);
/// The same for a report.
QStringList forReport(const ReportQuery& query, const QString& accountTimezone);
/// Whether @p query counts email/SMS/push message events grouped by message, so that an
/// equivalent campaign or flow report exists.
bool hasEquivalentReport(const MetricQuery& query);
/// The campaign (or flow, when grouped by flow) values report closest to @p query.
ReportQuery equivalentReport(const MetricQuery& query);

} // namespace kx::whynote
