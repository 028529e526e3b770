// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsfetch.h"

#include "apicall.h"
#include "apiclient.h"
#include "apiratelimiter.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {
/// A link loop or a runaway server must not keep the run going for ever.
constexpr int MaxPages = 10000;
} // namespace

QString filterStringLiteral(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1);
    escaped.replace(u'\'', "\\'"_L1);
    return u'\'' + escaped + u'\'';
}

MetricsFetch::MetricsFetch(ApiClient* client, QObject* parent)
    : ApiOperation(client, parent)
{
}

ApiRequest MetricsFetch::firstRequest() const
{
    QList<QueryItem> query;
    QStringList conditions;
    if (!m_integrationName.isEmpty())
        conditions << u"equals(integration.name,"_s + filterStringLiteral(m_integrationName) + u')';
    if (!m_integrationCategory.isEmpty())
        conditions << u"equals(integration.category,"_s + filterStringLiteral(m_integrationCategory) + u')';
    if (!conditions.isEmpty())
        query.append({ u"filter"_s, conditions.join(u',') });
    if (!m_fields.isEmpty())
        query.append({ u"fields[metric]"_s, m_fields.join(u',') });
    return ApiRequest::get(u"/api/metrics"_s, EndpointFamily::Metrics, query);
}

RunPlan MetricsFetch::plan() const
{
    // The page count is unknown until the first answer; at least one request.
    const int requests = std::max(1, requestsPlanned());
    RunPlan plan;
    plan.requests = requests;
    if (client())
        plan.minimumSeconds = client()->rateLimiter()->minimumSeconds(EndpointFamily::Metrics, requests - requestsDone());
    return plan;
}

void MetricsFetch::run()
{
    m_metrics.clear();
    m_seenNextUrls.clear();
    addPlanned(1);
    fetch(firstRequest());
}

void MetricsFetch::fetch(const ApiRequest& request)
{
    send(request, [this](ApiCall* call) {
        countDone();
        if (!call->isSuccess()) {
            fail(call->error());
            return;
        }
        QString parseError;
        const std::optional<MetricsPage> page = apiparsers::parseMetricsPage(call->response().body, &parseError);
        if (!page) {
            fail(makeApiError(ApiError::Kind::BadResponse, call->url().path(), parseError));
            return;
        }
        m_metrics += page->metrics;
        if (page->nextUrl.isEmpty()) {
            succeed();
            return;
        }
        if (m_seenNextUrls.contains(page->nextUrl) || requestsDone() >= MaxPages) {
            fail(makeApiError(ApiError::Kind::BadResponse, call->url().path(),
                tr("the list of metrics pages does not end")));
            return;
        }
        m_seenNextUrls.insert(page->nextUrl);
        ApiRequest next = ApiRequest::get(call->request().path, EndpointFamily::Metrics);
        next.absoluteUrl = QUrl::fromEncoded(page->nextUrl.toUtf8(), QUrl::TolerantMode);
        addPlanned(1);
        fetch(next);
    });
}

} // namespace kx
