// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"

#include "api/apicall.h"
#include "api/apiclient.h"

namespace kx {

ConnectionTester::ConnectionTester(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

QList<ScopeCheck> ConnectionTester::scopeChecks(const QString& rev)
{
    const auto check = [&rev](EndpointFamily family, const QString& feature) {
        ScopeCheck c;
        c.family = family;
        c.scope = revision::scopeFor(family, rev);
        c.feature = feature;
        return c;
    };
    return {
        check(EndpointFamily::Metrics, tr("Metric browser and metric queries")),
        check(EndpointFamily::Campaigns, tr("Campaign names in results and campaign reports")),
        check(EndpointFamily::Flows, tr("Flow names in results and flow reports")),
        check(EndpointFamily::Forms, tr("Form names in results and form reports")),
        check(EndpointFamily::Segments, tr("Segment reports")),
        check(EndpointFamily::Lists, tr("List names in results")),
    };
}

QString ConnectionTester::missingScopeAdvice(const ScopeCheck& check)
{
    return tr("Add the %1 scope to this key in Klaviyo (Settings → API keys) to use: %2.").arg(check.scope, check.feature);
}

void ConnectionTester::start()
{
    cancel();
    m_keyError = {};
    if (!m_client)
        return;
    m_checks = scopeChecks(m_client->revision());
    for (int i = 0; i < m_checks.size(); ++i) {
        const ScopeCheck& c = m_checks[i];
        ApiRequest request;
        switch (c.family) {
        case EndpointFamily::Metrics:
            request = ApiRequest::get(QStringLiteral("/api/metrics"), c.family, { { QStringLiteral("fields[metric]"), QStringLiteral("name") } });
            break;
        case EndpointFamily::Campaigns:
            request = ApiRequest::get(QStringLiteral("/api/campaigns"), c.family,
                { { QStringLiteral("filter"), QStringLiteral("equals(messages.channel,'email')") },
                    { QStringLiteral("fields[campaign]"), QStringLiteral("name") } });
            break;
        case EndpointFamily::Flows:
            request = ApiRequest::get(QStringLiteral("/api/flows"), c.family, { { QStringLiteral("fields[flow]"), QStringLiteral("name") } });
            break;
        case EndpointFamily::Forms:
            request = ApiRequest::get(QStringLiteral("/api/forms"), c.family, { { QStringLiteral("fields[form]"), QStringLiteral("name") } });
            // GET /api/forms exists from 2024-07-15; the revision header is per request.
            if (!revision::formsEndpointAvailable(m_client->revision()))
                request.revision = revision::defaultRevision();
            break;
        case EndpointFamily::Segments:
            request = ApiRequest::get(QStringLiteral("/api/segments"), c.family, { { QStringLiteral("fields[segment]"), QStringLiteral("name") } });
            break;
        case EndpointFamily::Lists:
            request = ApiRequest::get(QStringLiteral("/api/lists"), c.family, { { QStringLiteral("fields[list]"), QStringLiteral("name") } });
            break;
        case EndpointFamily::MetricAggregates:
        case EndpointFamily::Reports:
            continue;
        }
        ApiCall* call = m_client->send(request, this);
        m_calls.append(call);
        ++m_running;
        connect(call, &ApiCall::finished, this, [this, i, call] { probeFinished(i, call); });
    }
}

void ConnectionTester::cancel()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    m_running = 0;
    for (const QPointer<ApiCall>& call : calls) {
        if (call) {
            call->disconnect(this);
            call->cancel();
            call->deleteLater();
        }
    }
}

void ConnectionTester::probeFinished(int index, ApiCall* call)
{
    call->deleteLater();
    m_calls.removeAll(call);
    ScopeCheck& check = m_checks[index];
    const ApiError& error = call->error();
    if (!error.isError()) {
        check.state = ScopeCheck::State::Granted;
    } else if (error.kind == ApiError::Kind::Permission) {
        check.state = ScopeCheck::State::Missing;
        check.message = missingScopeAdvice(check);
    } else {
        check.state = ScopeCheck::State::Failed;
        check.message = error.message;
        if ((error.kind == ApiError::Kind::Auth || error.kind == ApiError::Kind::Network
                || error.kind == ApiError::Kind::Timeout)
            && !m_keyError.isError())
            m_keyError = error;
    }
    Q_EMIT checkChanged(index);
    if (--m_running == 0)
        Q_EMIT finished();
}

bool ConnectionTester::allGranted() const
{
    if (m_keyError.isError() || m_checks.isEmpty())
        return false;
    return std::all_of(m_checks.cbegin(), m_checks.cend(),
        [](const ScopeCheck& c) { return c.state == ScopeCheck::State::Granted; });
}

} // namespace kx
