// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostore.h"
#include "httpmessage.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace kx {

/**
 * How a DemoEngine behaves. Defaults mimic production Klaviyo; the [INF] switches cover facts
 * the API digest marks as inferred, so a test can flip them when Klaviyo turns out different.
 */
struct EngineOptions {
    QString apiKey;           ///< required key; empty: any key that starts with "pk_"
    QStringList scopes;       ///< scopes the key has ("metrics:read", …); empty: all
    bool rateLimits = true;   ///< enforce the published limits
    double rateLimitScale = 1.0; ///< multiplies every published limit (tests use large values)
    std::function<qint64()> clock; ///< wall clock, UTC ms since the epoch; default the system clock
    QString faults;           ///< fault SPEC (see DemoFaultPlan); empty: none
    quint32 faultSeed = 1;    ///< seed of the probabilistic faults
    /// Metrics accepted as `conversion_metric_id` by name [INF: Klaviyo documents no list].
    QStringList conversionMetricNames { QStringLiteral("Placed Order"), QStringLiteral("Ordered Product"),
        QStringLiteral("Started Checkout"), QStringLiteral("Fulfilled Order") };
    /// [INF] A datetime bound without offset in metric-aggregate filters is read in UTC (false)
    /// or in the request's timezone (true).
    bool naiveDatetimeInRequestTimezone = false;
    /// [INF] Refuse more than one dimension filter besides the datetime bounds (unverified rule).
    bool singleDimensionFilter = false;
    /// [INF] Accept `not(<condition>)` as a metric-aggregate filter. Klaviyo's Query Metric
    /// Aggregates guide uses not(equals($attributed_flow,"")), but the current filter docs list
    /// no `not` (the digest: refuse or/not with 400), so the default refuses it.
    bool acceptNegatedFilters = false;
    /// [INF] Campaign values reports count the events of the campaigns SENT inside the timeframe
    /// (how the Klaviyo UI attributes); false counts events that happened inside it.
    bool campaignReportsBySendTime = true;
    /// [INF] GET /api/campaigns and /api/flows list archived objects only when filtered on them.
    bool hideArchivedByDefault = true;
    /// [INF] USD per SMS credit, for text_message_spend and text_message_roi.
    double smsCreditPrice = 0.01;
    /// [INF] Result rows per page of the campaign and flow reports (not configurable live).
    int reportPageSize = 500;
};

/**
 * The demo account's API: answers Klaviyo requests (same paths, headers, status codes,
 * JSON:API bodies and errors as https://a.klaviyo.com) from a DemoStore.
 * @note handle() is thread-safe: the store is immutable and the rate-limit and fault state are
 * guarded by a mutex, so both fronts call it from worker threads.
 */
class DemoEngine
{
public:
    explicit DemoEngine(std::shared_ptr<const DemoStore> store, EngineOptions options = {});
    ~DemoEngine();
    DemoEngine(const DemoEngine&) = delete;
    DemoEngine& operator=(const DemoEngine&) = delete;

    /// Answers one request. Never throws; bad input gives a JSON:API error response.
    HttpResponse handle(const HttpRequest& request);

    const DemoStore& store() const;
    const EngineOptions& options() const;
    /// Empty when options().faults parsed; otherwise why it did not (the engine then injects no fault).
    QString faultSpecError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kx
