// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryrunner.h"

#include "accountsession.h"
#include "api/aggregaterun.h"
#include "api/apiclient.h"
#include "api/namelookup.h"
#include "dimensionnames.h"
#include "query/requestbuilder.h"

#include <cmath>

namespace kx {

QueryRunner::QueryRunner(AccountSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

QueryRunner::~QueryRunner()
{
    dropRun();
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->cancel();
        delete m_lookup.data();
    }
}

void QueryRunner::dropRun()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    if (m_run->isRunning())
        m_run->cancel();
    m_run->deleteLater();
    m_run = nullptr;
    m_running = false;
}

bool QueryRunner::prepare(const MetricQuery& query, QString* error)
{
    dropRun();
    if (!m_session || !m_session->hasProfile()) {
        if (error)
            *error = tr("Choose an account first: open Settings or explore the demo account.");
        return false;
    }
    if (!m_session->client()->hasApiKey()) {
        if (error)
            *error = m_session->connectionMessage().isEmpty()
                ? tr("There is no API key for this account yet. Add it in Settings.")
                : m_session->connectionMessage();
        return false;
    }
    const QList<AggregateChunk> chunks = metricAggregateChunks(query, m_session->now());
    if (chunks.isEmpty()) {
        if (error)
            *error = tr("The date range of this query is empty. Choose another range.");
        return false;
    }
    QList<QJsonObject> bodies;
    bodies.reserve(chunks.size());
    for (const AggregateChunk& chunk : chunks)
        bodies.append(chunk.body);
    AggregateResult skeleton;
    skeleton.metricId = query.metricId;
    skeleton.metricName = query.metricName;
    skeleton.timezone = query.timezone;
    skeleton.interval = query.interval;
    skeleton.by = query.by;
    skeleton.measurements = query.measurements;
    skeleton.rangeStartUtcMs = chunks.first().range.startUtcMs;
    skeleton.rangeEndUtcMs = chunks.last().range.endUtcMs;
    m_run = new AggregateRun(m_session->client(), bodies, std::move(skeleton), this);
    return true;
}

RunPlan QueryRunner::plan() const
{
    return m_run ? m_run->plan() : RunPlan {};
}

bool QueryRunner::isTrivialPlan() const
{
    const RunPlan p = plan();
    return p.requests <= 1 && p.minimumSeconds < 1.0;
}

QString QueryRunner::planText(const RunPlan& plan)
{
    // Numbers go through %n so translators can give plural forms; English reads the same.
    const int seconds = int(std::ceil(plan.minimumSeconds));
    const QString requests = plan.requests == 1 ? tr("1 request") : tr("%n requests", nullptr, plan.requests);
    if (seconds < 1)
        return requests;
    const QString time = seconds < 120 ? tr("%n s", "seconds", seconds) : tr("%n min", "minutes", (seconds + 59) / 60);
    return tr("%1, at least %2 at Klaviyo's limits").arg(requests, time);
}

void QueryRunner::start()
{
    if (!isPrepared())
        return;
    connect(m_run, &ApiOperation::progress, this, &QueryRunner::progress);
    connect(m_run, &ApiOperation::finished, this, &QueryRunner::runFinished);
    m_running = true;
    m_run->start();
    Q_EMIT started();
}

void QueryRunner::cancel()
{
    if (m_running && m_run)
        m_run->cancel();
}

void QueryRunner::discard()
{
    if (isPrepared())
        dropRun();
}

bool QueryRunner::isRunning() const
{
    return m_running;
}

void QueryRunner::runFinished()
{
    AggregateRun* run = m_run;
    m_run = nullptr;
    m_running = false;
    if (!run)
        return;
    run->disconnect(this);
    run->deleteLater();
    if (run->isSuccess()) {
        const AggregateResult result = run->result();
        Q_EMIT succeeded(result);
        resolveNames(result);
        return;
    }
    const ApiError error = run->error();
    if (error.kind == ApiError::Kind::Cancelled) {
        Q_EMIT cancelled();
        return;
    }
    if (error.kind == ApiError::Kind::Permission && m_session)
        m_session->markScopeMissing(EndpointFamily::Metrics); // metric-aggregates needs metrics:read too
    Q_EMIT failed(error);
}

void QueryRunner::resolveNames(const AggregateResult& result)
{
    if (!m_session)
        return;
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->cancel();
        m_lookup->deleteLater();
        m_lookup = nullptr;
    }
    auto* lookup = new NameLookup(m_session->client(), this);
    if (queueUnknownNames(result, *m_session, lookup) == 0) {
        delete lookup;
        return;
    }
    startLookup(lookup, true);
}

void QueryRunner::startLookup(NameLookup* lookup, bool retryMessages)
{
    m_lookup = lookup;
    connect(lookup, &ApiOperation::finished, this, [this, lookup, retryMessages] {
        lookup->deleteLater();
        if (m_lookup == lookup)
            m_lookup = nullptr;
        if (!m_session)
            return;
        for (NameKind kind : { NameKind::Flow, NameKind::Campaign, NameKind::FlowMessage, NameKind::CampaignMessage,
                 NameKind::Form, NameKind::Segment, NameKind::List }) {
            m_session->cacheNames(kind, lookup->names(kind));
            if (lookup->kindError(kind).kind == ApiError::Kind::Permission)
                m_session->markScopeMissing(familyForNameKind(kind));
        }
        // `$message` ids shaped like campaign ids may be flow messages' [INF: the API documents
        // no rule]: ask for the ones no campaign has as flow messages, once.
        const QStringList notCampaigns = lookup->notFound(NameKind::Campaign);
        if (retryMessages && !notCampaigns.isEmpty()
            && m_session->scopeState(EndpointFamily::Flows) != ScopeCheck::State::Missing) {
            auto* messages = new NameLookup(m_session->client(), this);
            messages->addIds(NameKind::FlowMessage, notCampaigns);
            startLookup(messages, false);
        }
        Q_EMIT namesResolved();
    });
    lookup->start();
}

} // namespace kx
