// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "apierror.h"
#include "apirequest.h"

namespace kx {

class ApiCall;
class ApiClient;

/// What a run will cost before it starts: HTTP requests and the least time the rate limits allow.
struct RunPlan
{
    int requests = 0;
    double minimumSeconds = 0;
    friend bool operator==(const RunPlan&, const RunPlan&) = default;
};

/**
 * Base of the multi-request operations (MetricsFetch, AggregateRun, ReportRun, NameLookup):
 * start(), cancel(), one finished() signal, progress reports and an error value. Results are
 * read from the subclass as values after finished().
 *
 * @note Ownership: the operation owns its calls (they are its children) and deletes each with
 * deleteLater() when it is done. The client must outlive the operation's run.
 * @note Stale guard: cancel() bumps a generation; answers and worker results that arrive later
 * are dropped, never delivered. Thread: the client's thread; heavy parsing runs in QtConcurrent.
 */
class ApiOperation : public QObject
{
    Q_OBJECT

public:
    ~ApiOperation() override;

    /// Begins the run (once). Work starts from the event loop; connect signals before or after.
    void start();
    /// Stops every request and pending wait; finished() follows promptly with Kind::Cancelled.
    void cancel();

    bool isRunning() const
    {
        return m_started && !m_finished;
    }
    bool isFinished() const
    {
        return m_finished;
    }
    /// Finished without error.
    bool isSuccess() const
    {
        return m_finished && !m_error.isError();
    }
    const ApiError& error() const
    {
        return m_error;
    }

    /// Requests and least duration of the run as far as known now (it may grow with pagination).
    virtual RunPlan plan() const = 0;

    /// Revision header for this run's requests instead of the client's (e.g. reports need
    /// ≥ 2024-02-15). Empty: the client's revision.
    void setRevision(const QString& revision)
    {
        m_revision = revision;
    }
    QString revision() const;

    int requestsDone() const
    {
        return m_done;
    }
    int requestsPlanned() const
    {
        return m_planned;
    }
    /**
     * Seconds of the run so far during which at least one of its calls was waiting (rate
     * limiter, Retry-After or backoff): the length of the union of the calls' waits, measured on
     * the client's limiter clock. Parallel waits count once, so the figure never exceeds the time
     * the run has taken; a wait cut short by cancel() or the end of the run counts up to then.
     */
    double waitingSeconds() const;

Q_SIGNALS:
    /// Emitted exactly once: success, failure or cancellation.
    void finished();
    /// @p done of @p planned requests are complete (planned grows when pages appear);
    /// @p waitingSeconds as waitingSeconds(). Also emitted when a wait begins and when the last
    /// running wait ends.
    void progress(int done, int planned, double waitingSeconds);

protected:
    ApiOperation(ApiClient* client, QObject* parent);

    /// Starts the first request(s); called once from the event loop after start().
    virtual void run() = 0;

    ApiClient* client() const
    {
        return m_client;
    }
    /// Current generation; compare in worker callbacks to drop stale results.
    quint64 generation() const
    {
        return m_generation;
    }

    /// Sends @p request (with the run's revision) and calls @p handler with the finished call
    /// unless the run has ended meanwhile. The call is deleted after the handler returns.
    void send(ApiRequest request, std::function<void(ApiCall*)> handler);

    /// A request is complete: counts it and reports progress.
    void countDone();
    /// More requests became known (a next page): reports progress.
    void addPlanned(int requests);
    /// Ends the run successfully / with @p error (first call wins).
    void succeed();
    void fail(const ApiError& error);
    /// Number of calls still in flight.
    int callsInFlight() const
    {
        return int(m_calls.size());
    }

private:
    void emitProgress();
    void end(const ApiError& error);
    qint64 clockMs() const;
    void waitStarted(const ApiCall* call);
    void waitEnded(const ApiCall* call);
    void closeWaits();

    QPointer<ApiClient> m_client;
    QList<QPointer<ApiCall>> m_calls;
    QString m_revision;
    ApiError m_error;
    quint64 m_generation = 0;
    int m_done = 0;
    int m_planned = 0;
    QSet<const ApiCall*> m_waitingCalls; ///< calls between waiting() and waitFinished()
    qint64 m_waitOpenedMs = 0; ///< clock time the current union interval began
    qint64 m_waitedMs = 0; ///< length of the closed union intervals
    bool m_started = false;
    bool m_finished = false;
};

} // namespace kx
