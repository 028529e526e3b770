// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apioperation.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <deque>
#include <map>

namespace kx {

/// The kinds of ids a result can carry that have a display name (digest §6).
enum class NameKind { Flow, Campaign, FlowMessage, CampaignMessage, Form, Segment, List };
/// "flow", "campaign", "flow-message", "campaign-message", "form", "segment", "list"
QString nameKindName(NameKind kind);

/**
 * Resolves ids to names. Flows, campaigns, forms, segments and lists are looked up in batches
 * with `any(id,[…])` (at most 100 ids each, following `links.next`); campaigns need a channel
 * filter, so they are asked per channel (`and(equals(messages.channel,'email'),any(id,[…]))`,
 * then sms, then mobile_push where the revision has it), each time only for the ids still
 * missing. Ids still missing are then looked up among archived flows/campaigns (listings hide
 * them by default [INF]). Flow and campaign messages are fetched one by one with the sparse name
 * field of the revision. Ids that are never found are reported in notFound().
 *
 * The campaigns `id` filter exists from revision 2025-07-15 and GET /api/forms from 2024-07-15;
 * with an older revision those lookups use the newest revision instead (the revision header is
 * per request) unless setAllowNewerRevision(false), in which case campaigns are fetched one by
 * one and forms are reported as not found.
 *
 * A failure of one kind (e.g. a key without flows:read) does not stop the others: error() is the
 * first such failure and the names of the other kinds stay valid.
 */
class NameLookup : public ApiOperation
{
    Q_OBJECT

public:
    explicit NameLookup(ApiClient* client, QObject* parent = nullptr);

    /// Queues ids of @p kind; duplicates and empty ids are ignored. Call before start().
    void addIds(NameKind kind, const QStringList& ids);
    /// Ids per `any(id,[…])` request, 1…100 (default 100).
    void setBatchSize(int size) { m_batchSize = std::clamp(size, 1, 100); }
    /// Also search archived flows and campaigns for ids not found otherwise (default true).
    void setIncludeArchived(bool include) { m_includeArchived = include; }
    /// Use the newest revision for lookups the run's revision cannot do (default true).
    void setAllowNewerRevision(bool allow) { m_allowNewerRevision = allow; }
    /// Requests in flight at once (default 4; the rate limiter paces them).
    void setMaxParallel(int count) { m_maxParallel = std::max(1, count); }

    RunPlan plan() const override;

    /// id → name of every id found (the name may be empty, e.g. an SMS campaign message).
    QHash<QString, QString> names(NameKind kind) const;
    /// The name of @p id, or an empty string.
    QString name(NameKind kind, const QString& id) const;
    bool isFound(NameKind kind, const QString& id) const;
    /// Ids of @p kind that do not exist (or are not visible to the key), in the order added.
    QStringList notFound(NameKind kind) const;
    /// Why @p kind could not be resolved, Kind::None when it was.
    ApiError kindError(NameKind kind) const;

protected:
    void run() override;

private:
    struct Phase {
        QString channel; ///< campaigns: messages.channel value
        bool archived = false;
    };
    struct KindState {
        QStringList requested;
        QSet<QString> pending;
        QHash<QString, QString> names;
        QStringList notFound;
        QList<Phase> phases;
        int phase = -1;
        int outstanding = 0;
        bool perId = false;
        bool done = false;
        QString revisionOverride;
        ApiError error;
    };
    struct Task {
        NameKind kind = NameKind::Flow;
        QStringList ids;    ///< batch: ids of the any() filter; single: one id
        Phase phase;
        QString nextUrl;    ///< follow-up page of a batch
    };

    void configure(NameKind kind, KindState& state);
    void advancePhase(NameKind kind);
    void finishKind(NameKind kind);
    void startTask(const Task& task);
    void taskFinished(const Task& task, ApiCall* call);
    void pump();
    void checkAllDone();
    QString effectiveRevision(const KindState& state) const;
    int estimatedRequests(NameKind kind, int ids) const;

    std::map<NameKind, KindState> m_kinds;
    std::deque<Task> m_queue;
    int m_inFlight = 0;
    int m_batchSize = 100;
    int m_maxParallel = 4;
    bool m_includeArchived = true;
    bool m_allowNewerRevision = true;
};

} // namespace kx
