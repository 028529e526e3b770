// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportquery.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kx {

/// A rate limit as Klaviyo publishes it per endpoint (`x-klaviyo-ratelimit`); 0 = no such window.
struct RateLimit {
    int burstPerSecond = 0;
    int steadyPerMinute = 0;
    int perDay = 0;
    friend bool operator==(const RateLimit&, const RateLimit&) = default;
};

/// Endpoint families that share a rate limit.
enum class EndpointFamily { Metrics, MetricAggregates, Reports, Flows, Campaigns, Forms, Segments, Lists };

/// The allowed filter fields and operators of one report type.
struct ReportFilterField {
    QString field;
    QStringList operators; ///< e.g. {"equals", "contains-any"}
    bool isList = false;   ///< tag_id / tag_name style list attributes
};

/**
 * What one API revision accepts, compiled from the official OpenAPI branches
 * (../shared/klaviyo-api-raw/klaviyo-enums-and-limits-by-revision.json) into tables that ship
 * with the app. Revisions are "YYYY-MM-DD" strings; any date is mapped to the newest known
 * revision on or before it.
 */
namespace revision {

QString defaultRevision();            ///< "2026-07-15"
QStringList knownRevisions();         ///< ascending, 2023-10-15 … 2026-07-15
bool isValidRevisionText(QStringView text); ///< YYYY-MM-DD[.suffix]
/// The known revision whose tables apply to @p rev ("2025-02-01" → "2025-01-15"; before the
/// first known revision → the first; text that is not a revision → defaultRevision()).
QString resolveRevision(const QString& rev);

QStringList aggregateDimensions(const QString& rev);  ///< the `by` enum of that revision
QStringList aggregateSortValues(const QString& rev);  ///< the `sort` enum of that revision
/// The `by` values a marketer uses most, in display order (subset of aggregateDimensions).
QStringList commonAggregateDimensions(const QString& rev);
/// Zone names the metric-aggregates endpoint refuses although they are IANA names.
QStringList unsupportedTimezones(); ///< "Factory", "Europe/Kyiv", "Pacific/Kanton"

bool reportAvailable(ReportType type, const QString& rev); ///< campaign/flow ≥ 2024-02-15, form/segment ≥ 2024-10-15
bool formsEndpointAvailable(const QString& rev);           ///< GET /api/forms ≥ 2024-07-15
QStringList reportStatistics(ReportType type, const QString& rev);
QStringList reportGroupByValues(ReportType type, const QString& rev); ///< empty: no group_by attribute
QStringList reportDefaultGroupBy(ReportType type, const QString& rev);
QStringList reportRequiredGroupBy(ReportType type, const QString& rev);
QList<ReportFilterField> reportFilterFields(ReportType type, const QString& rev);
/// The group_by value that must accompany @p groupBy ("form_id" for "form_version_id"), or "".
QString reportGroupByPrerequisite(ReportType type, const QString& groupBy, const QString& rev);
/// Values allowed for `send_channel` in campaign/flow report filters; empty for other reports.
QStringList reportSendChannels(ReportType type, const QString& rev);
/// Most items a list filter (contains-any, contains-all, any) may carry in a report filter.
int reportFilterMaxListItems();
QStringList reportIntervals();     ///< daily, hourly, monthly, weekly
QStringList timeframeKeys();       ///< the 14 keys
QStringList campaignChannels(const QString& rev); ///< messages.channel values for GET /api/campaigns

/// Field path of a campaign message's name in that revision: "label" or "definition.label".
QString campaignMessageNameField(const QString& rev);
/// Field path of a flow message's name in that revision: "name" or "definition.name".
QString flowMessageNameField(const QString& rev);

RateLimit rateLimit(EndpointFamily family, const QString& rev);
/// "metrics:read", "list:read" (2023-10-15 spelling) …; "" for Reports, whose scope depends on
/// the report type (see reportScope()).
QString scopeFor(EndpointFamily family, const QString& rev);
/// The scope a report endpoint needs: "campaigns:read", "flows:read", "forms:read", "segments:read".
QString reportScope(ReportType type);
/// Whether the spec of @p rev writes paths with a trailing slash (before 2024-10-15). The live API
/// accepts both forms (digest §1.1).
bool pathsHaveTrailingSlash(const QString& rev);
/// The request media type of @p rev's spec: application/json before 2024-10-15, then
/// application/vnd.api+json (the live API accepts both).
QString requestContentType(const QString& rev);

} // namespace revision
} // namespace kx
