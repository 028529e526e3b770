// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrun.h"

#include "apicall.h"
#include "apiclient.h"
#include "apiparsers.h"
#include "apiratelimiter.h"

#include <QJsonDocument>

namespace kx {

ReportRun::ReportRun(ApiClient* client, ReportType type, const QJsonObject& body, QObject* parent)
    : ApiOperation(client, parent)
    , m_type(type)
    , m_body(QJsonDocument(body).toJson(QJsonDocument::Compact))
{
}

ApiRequest ReportRun::firstRequest() const
{
    return ApiRequest::post(reportPath(m_type), EndpointFamily::Reports, m_body);
}

RunPlan ReportRun::plan() const
{
    RunPlan plan;
    plan.requests = std::max(1, requestsPlanned());
    if (client())
        plan.minimumSeconds = client()->rateLimiter()->minimumSeconds(EndpointFamily::Reports, plan.requests - requestsDone());
    return plan;
}

void ReportRun::run()
{
    m_pages.clear();
    m_seenNextUrls.clear();
    addPlanned(1);
    fetch(firstRequest());
}

void ReportRun::fetch(const ApiRequest& request)
{
    send(request, [this](ApiCall* call) {
        countDone();
        if (!call->isSuccess()) {
            fail(call->error());
            return;
        }
        const QByteArray body = call->response().body;
        QString parseError;
        const std::optional<QString> next = apiparsers::parseNextLink(body, &parseError);
        if (!next) {
            fail(makeApiError(ApiError::Kind::BadResponse, call->url().path(), parseError));
            return;
        }
        m_pages.append(body);
        if (next->isEmpty()) {
            succeed();
            return;
        }
        if (m_seenNextUrls.contains(*next) || m_pages.size() >= m_maxPages) {
            fail(makeApiError(ApiError::Kind::BadResponse, call->url().path(), tr("the pages of the report do not end")));
            return;
        }
        m_seenNextUrls.insert(*next);
        ApiRequest nextRequest = firstRequest();
        nextRequest.absoluteUrl = QUrl::fromEncoded(next->toUtf8(), QUrl::TolerantMode);
        addPlanned(1);
        fetch(nextRequest);
    });
}

} // namespace kx
