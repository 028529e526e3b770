// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "apierror.h"
#include "apirequest.h"
#include "apiresponse.h"
#include "retrypolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace kx {

class ApiRateLimiter;

/// One HTTP exchange as the request log sees it: never the key, never the query or body.
struct RequestLogEntry
{
    QString method; ///< "GET" / "POST"
    QString path; ///< URL path only
    int status = 0; ///< HTTP status, 0 when none was received
    qint64 elapsedMs = 0;
    int attempt = 1; ///< 1 for the first send of a call, 2 for its first retry, …
    ApiError::Kind outcome = ApiError::Kind::None; ///< classification of this exchange
};

/**
 * Why a 2xx body is not a JSON:API document (a web page, empty, cut off or malformed JSON, no
 * `data`), as a translated phrase; empty when it is one. Validates the whole document with
 * simdjson, unless @p checkJson is false: then only a web page or an empty body is caught (for
 * callers that parse the body themselves, see ApiRequest::bodyParsedByCaller). Pure function,
 * thread-safe; ApiCall uses it on every successful answer.
 */
QString successBodyProblem(const ApiResponse& response, bool checkJson = true);

/**
 * One API request in flight, created by ApiClient::send(). It waits for the rate limiter (with
 * a QTimer, never blocking), sends, waits out a 429's Retry-After and retries, retries 503/504/524
 * with backoff, and ends with exactly one finished() signal. Results are values: response() on
 * success, error() otherwise.
 *
 * Every wait is announced by waiting() and closed by waitFinished(). With the limiter's manual
 * time (ApiRateLimiter::setManualTime(), for tests) no timer runs: the wait ends when the limiter's
 * clock reaches its end and the limiter emits timeAdvanced().
 *
 * @note Ownership: the call is a child of the parent given to send() (the client by default).
 * Delete it with deleteLater() once finished() arrived, or let its parent delete it. Deleting a
 * running call aborts it silently. The call owns its QNetworkReply and deletes it with
 * deleteLater(). It keeps only guarded pointers to the network manager and the limiter.
 * @note Stale guard: every send gets a generation number; cancel() bumps it, so an answer that
 * arrives after cancel() is dropped and never delivered.
 * @note Thread: lives in the thread of the client that created it.
 */
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiRequest& request() const
    {
        return m_request;
    }
    /// The URL the call sends to (pre-encoded).
    QUrl url() const
    {
        return m_config.url;
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
    /// The successful answer (status 2xx, a JSON:API document). Empty before finished().
    const ApiResponse& response() const
    {
        return m_response;
    }
    /// Why the call failed; Kind::None while running and on success.
    const ApiError& error() const
    {
        return m_error;
    }
    /// HTTP requests sent so far (first attempt and retries).
    int attempts() const
    {
        return m_attempts;
    }
    /// Milliseconds spent waiting (rate limiter, Retry-After, backoff), as announced by waiting().
    qint64 waitedMs() const
    {
        return m_waitedMs;
    }

    /**
     * Aborts the request and any pending wait. The call finishes promptly (from the event loop,
     * not inside this function) with a Cancelled error; a late answer is never delivered.
     * Does nothing once finished.
     */
    void cancel();

Q_SIGNALS:
    /// Emitted exactly once, on success, failure or cancellation.
    void finished();
    /// The call waits @p ms before its next send; @p reason is a translated sentence.
    void waiting(int ms, const QString& reason);
    /// The wait announced by waiting() is over: its time came (a send or another wait follows),
    /// or the call was cancelled or finished. Emitted before finished().
    void waitFinished();

private:
    friend class ApiClient;

    /// Snapshot of the client's settings taken at send() time.
    struct Config
    {
        QPointer<QNetworkAccessManager> network;
        QPointer<ApiRateLimiter> limiter;
        QUrl url; ///< final, pre-encoded
        QString urlError; ///< non-empty: the URL was refused, fail without sending
        QByteArray authorization; ///< header value; empty: no key
        QString keyError; ///< non-empty: the key is unusable
        QByteArray revision;
        QByteArray userAgent;
        int transferTimeoutMs = 60000;
        RetryPolicy retry;
        std::function<void(const RequestLogEntry&)> logger;
    };

    ApiCall(Config config, ApiRequest request, QObject* parent);

    void start();
    void tryToSend();
    void sendNow();
    void handleReply(QNetworkReply* reply, quint64 generation);
    void waitThenSend(qint64 ms, const QString& reason);
    void wakeUp();
    void wakeUpIfDue();
    void endWait();
    void finishWith(const ApiError& error);
    void finishQueued(const ApiError& error);
    void log(int status, ApiError::Kind outcome);
    QString endpointPath() const;
    HttpFailure failureFor(int status, const ApiResponse& response) const;

    Config m_config;
    ApiRequest m_request;
    ApiResponse m_response;
    ApiError m_error;
    QPointer<QNetworkReply> m_reply;
    QTimer m_waitTimer;
    QElapsedTimer m_sendTimer;
    quint64 m_generation = 0;
    int m_attempts = 0;
    int m_backoffRetries = 0;
    int m_throttleRetries = 0;
    qint64 m_waitedMs = 0;
    qint64 m_retryAfterUntilMs = 0; ///< used when no limiter is available
    qint64 m_wakeAtMs = 0; ///< manual time: the limiter clock time the wait ends
    QMetaObject::Connection m_timeConnection; ///< manual time: to the limiter's timeAdvanced()
    bool m_waiting = false;
    bool m_finished = false;
};

} // namespace kx
