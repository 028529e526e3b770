// SPDX-License-Identifier: GPL-3.0-or-later
#include "namelookup.h"

#include "apicall.h"
#include "apiclient.h"
#include "apiparsers.h"
#include "metricsfetch.h"
#include "apiratelimiter.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

/// First revision whose GET /api/campaigns accepts `any(id,[…])` (digest §6, §10).
const QString CampaignIdFilterRevision = u"2025-07-15"_s;

struct KindInfo {
    QString collectionPath; ///< empty: no batch lookup, one GET per id
    QString itemPath;       ///< prefix of GET /{id}
    EndpointFamily family;
    QString fieldsParam;
    int pageSize;           ///< results per page of the collection with our parameters
};

KindInfo kindInfo(NameKind kind)
{
    switch (kind) {
    case NameKind::Flow:
        return { u"/api/flows"_s, u"/api/flows/"_s, EndpointFamily::Flows, u"fields[flow]"_s, 50 };
    case NameKind::Campaign:
        return { u"/api/campaigns"_s, u"/api/campaigns/"_s, EndpointFamily::Campaigns, u"fields[campaign]"_s, 100 };
    case NameKind::FlowMessage:
        return { {}, u"/api/flow-messages/"_s, EndpointFamily::Flows, u"fields[flow-message]"_s, 1 };
    case NameKind::CampaignMessage:
        return { {}, u"/api/campaign-messages/"_s, EndpointFamily::Campaigns, u"fields[campaign-message]"_s, 1 };
    case NameKind::Form:
        return { u"/api/forms"_s, u"/api/forms/"_s, EndpointFamily::Forms, u"fields[form]"_s, 100 };
    case NameKind::Segment:
        return { u"/api/segments"_s, u"/api/segments/"_s, EndpointFamily::Segments, u"fields[segment]"_s, 10 };
    case NameKind::List:
        return { u"/api/lists"_s, u"/api/lists/"_s, EndpointFamily::Lists, u"fields[list]"_s, 10 };
    }
    return { {}, {}, EndpointFamily::Flows, {}, 1 };
}

/// Ids go into filters and paths, so only the characters Klaviyo ids use are accepted.
bool isPlausibleId(const QString& id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

QString idList(const QStringList& ids)
{
    return u"[\""_s + ids.join("\",\""_L1) + u"\"]"_s;
}

} // namespace

QString nameKindName(NameKind kind)
{
    switch (kind) {
    case NameKind::Flow:
        return u"flow"_s;
    case NameKind::Campaign:
        return u"campaign"_s;
    case NameKind::FlowMessage:
        return u"flow-message"_s;
    case NameKind::CampaignMessage:
        return u"campaign-message"_s;
    case NameKind::Form:
        return u"form"_s;
    case NameKind::Segment:
        return u"segment"_s;
    case NameKind::List:
        return u"list"_s;
    }
    return {};
}

NameLookup::NameLookup(ApiClient* client, QObject* parent)
    : ApiOperation(client, parent)
{
}

void NameLookup::addIds(NameKind kind, const QStringList& ids)
{
    KindState& state = m_kinds[kind];
    for (const QString& id : ids) {
        if (id.isEmpty() || state.pending.contains(id) || state.notFound.contains(id))
            continue;
        if (!isPlausibleId(id)) {
            state.notFound.append(id);
            continue;
        }
        state.requested.append(id);
        state.pending.insert(id);
    }
}

QHash<QString, QString> NameLookup::names(NameKind kind) const
{
    const auto it = m_kinds.find(kind);
    return it == m_kinds.end() ? QHash<QString, QString> {} : it->second.names;
}

QString NameLookup::name(NameKind kind, const QString& id) const
{
    const auto it = m_kinds.find(kind);
    return it == m_kinds.end() ? QString() : it->second.names.value(id);
}

bool NameLookup::isFound(NameKind kind, const QString& id) const
{
    const auto it = m_kinds.find(kind);
    return it != m_kinds.end() && it->second.names.contains(id);
}

QStringList NameLookup::notFound(NameKind kind) const
{
    const auto it = m_kinds.find(kind);
    return it == m_kinds.end() ? QStringList {} : it->second.notFound;
}

ApiError NameLookup::kindError(NameKind kind) const
{
    const auto it = m_kinds.find(kind);
    return it == m_kinds.end() ? ApiError {} : it->second.error;
}

int NameLookup::estimatedRequests(NameKind kind, int ids) const
{
    if (ids <= 0)
        return 0;
    const KindInfo info = kindInfo(kind);
    if (info.collectionPath.isEmpty())
        return ids;
    // Each batch of up to m_batchSize ids comes back in pages of pageSize.
    int requests = 0;
    for (int start = 0; start < ids; start += m_batchSize) {
        const int inBatch = std::min(m_batchSize, ids - start);
        requests += (inBatch + info.pageSize - 1) / info.pageSize;
    }
    return requests;
}

RunPlan NameLookup::plan() const
{
    RunPlan plan;
    std::map<EndpointFamily, int> perFamily;
    for (const auto& [kind, state] : m_kinds) {
        const int ids = isRunning() || isFinished() ? int(state.pending.size()) : int(state.requested.size());
        const int requests = estimatedRequests(kind, ids);
        plan.requests += requests;
        perFamily[kindInfo(kind).family] += requests;
    }
    if (isRunning())
        plan.requests += requestsDone();
    if (client()) {
        // Families have separate limits and run side by side: the slowest one sets the pace.
        for (const auto& [family, requests] : perFamily)
            plan.minimumSeconds = std::max(plan.minimumSeconds, client()->rateLimiter()->minimumSeconds(family, requests));
    }
    return plan;
}

QString NameLookup::effectiveRevision(const KindState& state) const
{
    return state.revisionOverride.isEmpty() ? revision() : state.revisionOverride;
}

void NameLookup::configure(NameKind kind, KindState& state)
{
    const QString rev = revision();
    switch (kind) {
    case NameKind::Flow:
        state.phases = { Phase {} };
        if (m_includeArchived)
            state.phases.append(Phase { {}, true });
        break;
    case NameKind::Campaign: {
        const bool idFilter = rev.left(10) >= CampaignIdFilterRevision;
        if (!idFilter && !m_allowNewerRevision) {
            state.perId = true;
            break;
        }
        if (!idFilter)
            state.revisionOverride = revision::defaultRevision();
        const QStringList channels = revision::campaignChannels(effectiveRevision(state));
        for (const QString& channel : channels)
            state.phases.append(Phase { channel, false });
        if (m_includeArchived) {
            for (const QString& channel : channels)
                state.phases.append(Phase { channel, true });
        }
        break;
    }
    case NameKind::FlowMessage:
    case NameKind::CampaignMessage:
        state.perId = true;
        break;
    case NameKind::Form:
        if (!revision::formsEndpointAvailable(rev)) {
            if (!m_allowNewerRevision)
                break; // no phases: every form id ends up not found
            state.revisionOverride = revision::defaultRevision();
        }
        state.phases = { Phase {} };
        break;
    case NameKind::Segment:
    case NameKind::List:
        state.phases = { Phase {} };
        break;
    }
}

void NameLookup::run()
{
    for (auto& [kind, state] : m_kinds) {
        if (state.pending.isEmpty()) {
            state.done = true;
            continue;
        }
        configure(kind, state);
    }
    for (auto& [kind, state] : m_kinds) {
        if (!state.done)
            advancePhase(kind);
    }
    checkAllDone();
}

void NameLookup::advancePhase(NameKind kind)
{
    KindState& state = m_kinds[kind];
    ++state.phase;
    const bool morePhases = state.perId ? state.phase == 0 : state.phase < int(state.phases.size());
    if (!morePhases || state.pending.isEmpty()) {
        finishKind(kind);
        return;
    }
    // Ask only for ids still missing, in the order they were added.
    QStringList missing;
    for (const QString& id : std::as_const(state.requested)) {
        if (state.pending.contains(id))
            missing.append(id);
    }
    int tasks = 0;
    if (state.perId) {
        for (const QString& id : std::as_const(missing)) {
            m_queue.push_back(Task { kind, { id }, {}, {} });
            ++tasks;
        }
    } else {
        const Phase phase = state.phases[state.phase];
        for (qsizetype i = 0; i < missing.size(); i += m_batchSize) {
            m_queue.push_back(Task { kind, missing.mid(i, m_batchSize), phase, {} });
            ++tasks;
        }
    }
    state.outstanding += tasks;
    addPlanned(tasks);
    pump();
}

void NameLookup::finishKind(NameKind kind)
{
    KindState& state = m_kinds[kind];
    if (state.done)
        return;
    state.done = true;
    for (const QString& id : std::as_const(state.requested)) {
        if (state.pending.contains(id))
            state.notFound.append(id);
    }
    state.pending.clear();
}

void NameLookup::pump()
{
    while (m_inFlight < m_maxParallel && !m_queue.empty()) {
        const Task task = m_queue.front();
        m_queue.pop_front();
        startTask(task);
    }
}

void NameLookup::startTask(const Task& task)
{
    const KindState& state = m_kinds[task.kind];
    const KindInfo info = kindInfo(task.kind);
    const QString rev = effectiveRevision(state);
    ApiRequest request;
    request.family = info.family;
    request.revision = state.revisionOverride;
    if (state.perId) {
        QString nameField = u"name"_s;
        if (task.kind == NameKind::FlowMessage)
            nameField = revision::flowMessageNameField(rev);
        else if (task.kind == NameKind::CampaignMessage)
            nameField = revision::campaignMessageNameField(rev);
        request = ApiRequest::get(info.itemPath + task.ids.constFirst(), info.family, { { info.fieldsParam, nameField } });
        request.revision = state.revisionOverride;
    } else if (!task.nextUrl.isEmpty()) {
        request = ApiRequest::get(info.collectionPath, info.family);
        request.absoluteUrl = QUrl::fromEncoded(task.nextUrl.toUtf8(), QUrl::TolerantMode);
        request.revision = state.revisionOverride;
    } else {
        QString filter = u"any(id,"_s + idList(task.ids) + u')';
        if (task.kind == NameKind::Campaign) {
            QString channel = u"equals(messages.channel,"_s + filterStringLiteral(task.phase.channel) + u')';
            if (task.phase.archived)
                filter = u"and("_s + channel + u",equals(archived,true),"_s + filter + u')';
            else
                filter = u"and("_s + channel + u',' + filter + u')';
        } else if (task.phase.archived) {
            filter = u"and("_s + filter + u",equals(archived,true))"_s;
        }
        QList<QueryItem> query { { u"filter"_s, filter }, { info.fieldsParam, u"name"_s } };
        if (task.kind == NameKind::Form)
            query.append({ u"page[size]"_s, QString::number(info.pageSize) });
        request = ApiRequest::get(info.collectionPath, info.family, query);
        request.revision = state.revisionOverride;
    }
    ++m_inFlight;
    send(request, [this, task](ApiCall* call) { taskFinished(task, call); });
}

void NameLookup::taskFinished(const Task& task, ApiCall* call)
{
    --m_inFlight;
    countDone();
    KindState& state = m_kinds[task.kind];
    --state.outstanding;
    const KindInfo info = kindInfo(task.kind);
    const QString rev = effectiveRevision(state);

    auto failKind = [&](const ApiError& error) {
        if (!state.error.isError())
            state.error = error;
        // Drop the kind's queued work; its in-flight requests still come back and are counted.
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (it->kind == task.kind) {
                it = m_queue.erase(it);
                --state.outstanding;
            } else {
                ++it;
            }
        }
    };

    if (state.error.isError() || state.done) {
        // The kind already failed: ignore late answers.
    } else if (!call->isSuccess()) {
        if (state.perId && call->error().kind == ApiError::Kind::NotFound) {
            state.pending.remove(task.ids.constFirst());
            state.notFound.append(task.ids.constFirst());
        } else {
            failKind(call->error());
        }
    } else if (state.perId) {
        QString nameField = u"name"_s;
        if (task.kind == NameKind::FlowMessage)
            nameField = revision::flowMessageNameField(rev);
        else if (task.kind == NameKind::CampaignMessage)
            nameField = revision::campaignMessageNameField(rev);
        QString parseError;
        const std::optional<NamedResource> named
            = apiparsers::parseNamedResource(call->response().body, nameField, &parseError);
        if (!named) {
            failKind(makeApiError(ApiError::Kind::BadResponse, call->url().path(), parseError));
        } else {
            const QString id = task.ids.constFirst();
            state.pending.remove(id);
            state.names.insert(id, named->name);
        }
    } else {
        QString parseError;
        const std::optional<NamePage> page = apiparsers::parseNamePage(call->response().body, u"name"_s, &parseError);
        if (!page) {
            failKind(makeApiError(ApiError::Kind::BadResponse, call->url().path(), parseError));
        } else {
            for (const NamedResource& item : page->items) {
                // Only ids we asked for count; a server that ignores the filter must not add others.
                if (task.ids.contains(item.id) && state.pending.remove(item.id))
                    state.names.insert(item.id, item.name);
            }
            if (!page->nextUrl.isEmpty()) {
                if (page->nextUrl == task.nextUrl) {
                    failKind(makeApiError(ApiError::Kind::BadResponse, call->url().path(),
                        tr("the pages of the answer do not end")));
                } else {
                    Task next = task;
                    next.nextUrl = page->nextUrl;
                    m_queue.push_front(next);
                    ++state.outstanding;
                    addPlanned(1);
                }
            }
        }
    }

    if (state.outstanding == 0 && !state.done) {
        if (state.error.isError())
            finishKind(task.kind);
        else
            advancePhase(task.kind);
    }
    pump();
    checkAllDone();
}

void NameLookup::checkAllDone()
{
    if (isFinished() || m_inFlight > 0 || !m_queue.empty())
        return;
    for (const auto& [kind, state] : m_kinds) {
        if (!state.done)
            return;
    }
    for (const auto& [kind, state] : m_kinds) {
        if (state.error.isError()) {
            fail(state.error);
            return;
        }
    }
    succeed();
}

} // namespace kx
