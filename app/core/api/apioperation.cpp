// SPDX-License-Identifier: GPL-3.0-or-later
#include "apioperation.h"

#include <QDeadlineTimer>

#include "apicall.h"
#include "apiclient.h"
#include "apiratelimiter.h"

namespace kx {

ApiOperation::ApiOperation(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

ApiOperation::~ApiOperation()
{
    ++m_generation;
    // Calls are children and die with us; make sure none of them calls back meanwhile.
    for (const QPointer<ApiCall>& call : std::as_const(m_calls)) {
        if (call)
            call->disconnect(this);
    }
}

QString ApiOperation::revision() const
{
    if (!m_revision.isEmpty())
        return m_revision;
    return m_client ? m_client->revision() : revision::defaultRevision();
}

void ApiOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation || m_finished)
                return;
            if (!m_client) {
                fail(makeApiError(ApiError::Kind::Network, {}, tr("the connection to Klaviyo is closed")));
                return;
            }
            run();
        },
        Qt::QueuedConnection);
}

void ApiOperation::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    m_finished = true;
    m_started = true;
    closeWaits();
    m_error = makeApiError(ApiError::Kind::Cancelled, {});
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall>& call : calls) {
        if (!call)
            continue;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

void ApiOperation::send(ApiRequest request, std::function<void(ApiCall*)> handler)
{
    if (m_finished || !m_client)
        return;
    if (!m_revision.isEmpty() && request.revision.isEmpty())
        request.revision = m_revision;
    ApiCall* call = m_client->send(request, this);
    m_calls.append(call);
    connect(call, &ApiCall::waiting, this, [this, call](int, const QString&) { waitStarted(call); });
    connect(call, &ApiCall::waitFinished, this, [this, call] { waitEnded(call); });
    const quint64 generation = m_generation;
    connect(call, &ApiCall::finished, this, [this, call, generation, handler = std::move(handler)] {
        waitEnded(call);
        m_calls.removeAll(call);
        call->deleteLater();
        if (generation != m_generation || m_finished)
            return;
        handler(call);
    });
}

void ApiOperation::countDone()
{
    ++m_done;
    emitProgress();
}

void ApiOperation::addPlanned(int requests)
{
    m_planned += requests;
    emitProgress();
}

void ApiOperation::emitProgress()
{
    if (!m_finished)
        Q_EMIT progress(m_done, std::max(m_planned, m_done), waitingSeconds());
}

qint64 ApiOperation::clockMs() const
{
    // The limiter's clock, so that a test that drives the limiter's time drives this figure too.
    return m_client ? m_client->rateLimiter()->now() : QDeadlineTimer::current().deadline();
}

double ApiOperation::waitingSeconds() const
{
    qint64 ms = m_waitedMs;
    if (!m_waitingCalls.isEmpty())
        ms += std::max<qint64>(0, clockMs() - m_waitOpenedMs);
    return double(ms) / 1000.0;
}

void ApiOperation::waitStarted(const ApiCall* call)
{
    if (m_waitingCalls.isEmpty())
        m_waitOpenedMs = clockMs();
    m_waitingCalls.insert(call);
    emitProgress();
}

void ApiOperation::waitEnded(const ApiCall* call)
{
    if (!m_waitingCalls.remove(call) || !m_waitingCalls.isEmpty())
        return;
    m_waitedMs += std::max<qint64>(0, clockMs() - m_waitOpenedMs);
    emitProgress();
}

void ApiOperation::closeWaits()
{
    if (m_waitingCalls.isEmpty())
        return;
    m_waitedMs += std::max<qint64>(0, clockMs() - m_waitOpenedMs);
    m_waitingCalls.clear();
}

void ApiOperation::succeed()
{
    end(ApiError {});
}

void ApiOperation::fail(const ApiError& error)
{
    end(error);
}

void ApiOperation::end(const ApiError& error)
{
    if (m_finished)
        return;
    // Report the final count before the run is marked finished.
    closeWaits();
    Q_EMIT progress(m_done, std::max(m_planned, m_done), waitingSeconds());
    ++m_generation;
    m_finished = true;
    m_error = error;
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall>& call : calls) {
        if (!call)
            continue;
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    Q_EMIT finished();
}

} // namespace kx
