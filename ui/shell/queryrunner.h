// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/aggregaterun.h"
#include "api/apioperation.h"
#include "api/namelookup.h"
#include "query/metricquery.h"
#include "results/aggregateresult.h"

#include <QObject>
#include <QPointer>

namespace kx {

class AccountSession;

/**
 * Runs one document's metric query on the session's client: prepare() builds the chunked
 * requests and tells the plan (requests, least time at Klaviyo's limits), start() runs them,
 * cancel() stops within the event loop turn. After a result arrives, ids in its dimensions
 * (flows, campaigns, messages, forms) are looked up and cached in the session (namesResolved()).
 * No widget code; all signals come from the GUI thread, the heavy parsing runs in workers.
 */
class QueryRunner : public QObject
{
    Q_OBJECT

public:
    explicit QueryRunner(AccountSession* session, QObject* parent = nullptr);
    ~QueryRunner() override;

    /// Builds the run for @p query resolved at the session's clock. False and a translated
    /// @p error when there is nothing to run (empty range, no account, no key).
    bool prepare(const MetricQuery& query, QString* error = nullptr);
    bool isPrepared() const { return m_run && !m_running && !m_run->isFinished(); }
    RunPlan plan() const;
    /// One request that the limits allow at once: run without asking.
    bool isTrivialPlan() const;
    /// "4 requests, at least 2 s at Klaviyo's limits" (translated).
    static QString planText(const RunPlan& plan);

    void start();
    void cancel();
    /// Drops a prepared run that was not started.
    void discard();
    bool isRunning() const;
    bool isResolvingNames() const { return m_lookup != nullptr; }

Q_SIGNALS:
    void started();
    void progress(int done, int planned, double waitingSeconds);
    void succeeded(const kx::AggregateResult& result);
    void failed(const kx::ApiError& error);
    void cancelled();
    /// Names of ids in the last result were added to the session's cache.
    void namesResolved();

private:
    void runFinished();
    void startLookup(NameLookup* lookup, bool retryMessages);
    void resolveNames(const AggregateResult& result);
    void dropRun();

    QPointer<AccountSession> m_session;
    QPointer<AggregateRun> m_run;
    QPointer<NameLookup> m_lookup;
    bool m_running = false; ///< from start() until the run's finished() was handled
};

} // namespace kx
