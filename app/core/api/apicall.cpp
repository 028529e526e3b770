// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include <cmath>
#include <limits>
#include <simdjson.h>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimeZone>

#include "apiratelimiter.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {

/// An HTTP-date (RFC 9110 §5.6.7) in UTC: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which
/// Qt's RFC 2822 parser refuses because of "GMT", the obsolete RFC 850 ("Sunday, 06-Nov-94
/// 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994") forms, or an RFC 2822 date with a
/// numeric zone. The weekday is not checked. Invalid when none fits.
QDateTime parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).simplified();
    const QStringList parts = text.split(u' ');
    const QLocale c = QLocale::c();
    QDate date;
    QString time;
    if (parts.size() == 6 && parts[5] == "GMT"_L1) {
        date = c.toDate(parts.mid(1, 3).join(u' '), u"dd MMM yyyy"_s);
        time = parts[4];
    } else if (parts.size() == 4 && parts[3] == "GMT"_L1) {
        date = c.toDate(parts[1], u"dd-MMM-yy"_s);
        // Qt reads a two-digit year as 19yy; RFC 850 dates before 1970 mean this century.
        if (date.isValid() && date.year() < 1970)
            date = date.addYears(100);
        time = parts[2];
    } else if (parts.size() == 5) {
        date = c.toDate(parts[1] + u' ' + parts[2] + u' ' + parts[4], u"MMM d yyyy"_s);
        time = parts[3];
    }
    const QTime clock = QTime::fromString(time, u"HH:mm:ss"_s);
    if (date.isValid() && clock.isValid())
        return QDateTime(date, clock, QTimeZone::utc());
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

/// Retry-After is an integer of seconds on Klaviyo; HTTP also allows a date, which @p wallNowMs
/// (UTC ms since the epoch) turns into whole seconds, rounded up. -1 when unusable.
int parseRetryAfter(const QByteArray& value, qint64 wallNowMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, std::numeric_limits<int>::max()));
    const QDateTime when = parseHttpDate(text);
    if (!when.isValid())
        return -1;
    const qint64 ms = std::max<qint64>(0, when.toMSecsSinceEpoch() - wallNowMs);
    return int(std::min<qint64>((ms + 999) / 1000, std::numeric_limits<int>::max()));
}

/// "Request was throttled. Expected available in 7 seconds." → 7; -1 when absent.
int retryAfterFromDetail(const QList<ApiErrorItem>& items)
{
    static const QRegularExpression pattern(u"available in (\\d+) second"_s);
    for (const ApiErrorItem& item : items) {
        const QRegularExpressionMatch match = pattern.match(item.detail);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return -1;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt numbers connection-level errors below 100; 1xx…4xx are proxy/content/protocol/server codes.
    return error != QNetworkReply::NoError && int(error) < 100;
}

qint64 monotonicNowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

QString successBodyProblem(const ApiResponse& response, bool checkJson)
{
    const QByteArray contentType = response.header("Content-Type").toLower();
    const QByteArray head = response.body.left(64).trimmed();
    if (contentType.contains("html") || head.startsWith('<'))
        return ApiCall::tr("a web page instead of data");
    if (head.isEmpty())
        return ApiCall::tr("an empty answer");
    if (!checkJson)
        return {};
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(response.body.constData(), std::size_t(response.body.size()));
    simdjson::dom::element document;
    if (parser.parse(padded).get(document) != simdjson::SUCCESS)
        return ApiCall::tr("the data is cut off or malformed");
    simdjson::dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS || object["data"].error() != simdjson::SUCCESS)
        return ApiCall::tr("the answer has no data");
    return {};
}

ApiCall::ApiCall(Config config, ApiRequest request, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_request(std::move(request))
{
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiCall::wakeUp);
}

ApiCall::~ApiCall()
{
    ++m_generation;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void ApiCall::start()
{
    if (m_finished)
        return;
    if (!m_config.urlError.isEmpty()) {
        finishWith(makeApiError(ApiError::Kind::InvalidInput, endpointPath(), m_config.urlError));
        return;
    }
    if (!m_config.keyError.isEmpty()) {
        ApiError error = makeApiError(ApiError::Kind::Auth, endpointPath());
        error.message = m_config.keyError;
        finishWith(error);
        return;
    }
    tryToSend();
}

void ApiCall::tryToSend()
{
    if (m_finished)
        return;
    qint64 delay = 0;
    bool serverAskedToWait = false;
    ApiRateLimiter* limiter = m_config.limiter;
    if (limiter) {
        delay = limiter->delayBeforeNext(m_request.family);
        serverAskedToWait = limiter->blockedUntil(m_request.family) > 0;
    } else {
        delay = std::max<qint64>(0, m_retryAfterUntilMs - monotonicNowMs());
        serverAskedToWait = delay > 0;
    }
    if (delay > 0) {
        // Never wait silently for longer than the patience allows (a spent daily quota can mean hours).
        const qint64 patienceMs = qint64(m_config.retry.retryAfterPatienceSeconds) * 1000;
        if (delay > patienceMs) {
            const int seconds = int(std::min<qint64>((delay + 999) / 1000, std::numeric_limits<int>::max()));
            finishWith(throttleError(seconds, m_config.retry.quotaThresholdSeconds, endpointPath()));
            return;
        }
        waitThenSend(delay,
            serverAskedToWait ? tr("Klaviyo asked to wait before the next request.")
                              : tr("Waiting for Klaviyo's rate limit."));
        return;
    }
    if (limiter)
        limiter->recordSent(m_request.family);
    sendNow();
}

void ApiCall::waitThenSend(qint64 ms, const QString& reason)
{
    const int interval = int(std::min<qint64>(ms, std::numeric_limits<int>::max()));
    m_waitedMs += interval;
    m_waiting = true;
    ApiRateLimiter* limiter = m_config.limiter;
    if (limiter && limiter->isManualTime()) {
        m_wakeAtMs = limiter->now() + interval;
        if (!m_timeConnection)
            m_timeConnection = connect(limiter, &ApiRateLimiter::timeAdvanced, this, &ApiCall::wakeUpIfDue);
    } else {
        m_waitTimer.start(interval);
    }
    Q_EMIT waiting(interval, reason);
}

void ApiCall::wakeUpIfDue()
{
    const ApiRateLimiter* limiter = m_config.limiter;
    if (m_waiting && !m_finished && limiter && limiter->now() >= m_wakeAtMs)
        wakeUp();
}

void ApiCall::wakeUp()
{
    endWait();
    tryToSend();
}

void ApiCall::endWait()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    Q_EMIT waitFinished();
}

void ApiCall::sendNow()
{
    QNetworkAccessManager* network = m_config.network;
    if (!network) {
        finishWith(makeApiError(ApiError::Kind::Network, endpointPath(), tr("the network service has shut down")));
        return;
    }
    QNetworkRequest request(m_config.url);
    request.setRawHeader("Authorization", m_config.authorization);
    request.setRawHeader("revision", m_config.revision);
    request.setRawHeader("Accept", "application/vnd.api+json");
    request.setRawHeader("User-Agent", m_config.userAgent);
    // Never follow redirects: a redirect could carry the Authorization header to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_config.transferTimeoutMs);

    QNetworkReply* reply = nullptr;
    if (m_request.method == ApiRequest::Method::Post) {
        request.setRawHeader("Content-Type", "application/vnd.api+json");
        reply = network->post(request, m_request.body);
    } else {
        reply = network->get(request);
    }
    reply->setParent(this);
    m_reply = reply;
    ++m_attempts;
    m_sendTimer.start();
    const quint64 generation = ++m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] { handleReply(reply, generation); });
}

QString ApiCall::endpointPath() const
{
    return m_config.url.path();
}

HttpFailure ApiCall::failureFor(int status, const ApiResponse& response) const
{
    HttpFailure failure;
    failure.status = status;
    failure.body = response.body;
    failure.contentType = response.header("Content-Type");
    failure.cfMitigated = response.header("cf-mitigated");
    const ApiRateLimiter* limiter = m_config.limiter;
    failure.retryAfterSeconds = parseRetryAfter(
        response.header("Retry-After"), limiter ? limiter->wallNow() : QDateTime::currentMSecsSinceEpoch());
    failure.endpoint = endpointPath();
    failure.family = m_request.family;
    failure.revision = QString::fromLatin1(m_config.revision);
    return failure;
}

void ApiCall::log(int status, ApiError::Kind outcome)
{
    if (!m_config.logger)
        return;
    RequestLogEntry entry;
    entry.method = m_request.methodName();
    entry.path = endpointPath();
    entry.status = status;
    entry.elapsedMs = m_sendTimer.isValid() ? m_sendTimer.elapsed() : 0;
    entry.attempt = m_attempts;
    entry.outcome = outcome;
    m_config.logger(entry);
}

void ApiCall::handleReply(QNetworkReply* reply, quint64 generation)
{
    if (generation != m_generation || m_finished || reply != m_reply) {
        // A stale answer (cancelled or superseded): drop it, never deliver it.
        reply->deleteLater();
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();

    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    // An aborted reply (transfer timeout) is closed; reading it would only warn.
    if (reply->isReadable())
        response.body = reply->readAll();

    // The transfer timeout aborts the reply (OperationCanceledError on Qt 6.4, TimeoutError later);
    // a user cancel never gets here because cancel() bumps the generation first.
    if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError) {
        log(status, ApiError::Kind::Timeout);
        finishWith(makeApiError(ApiError::Kind::Timeout, endpointPath()));
        return;
    }
    if (status == 0) {
        log(0, ApiError::Kind::Network);
        finishWith(makeApiError(ApiError::Kind::Network, endpointPath(), reply->errorString()));
        return;
    }
    if (status >= 200 && status < 300) {
        if (isTransportError(networkError)) {
            log(status, ApiError::Kind::BadResponse);
            ApiError error = makeApiError(ApiError::Kind::BadResponse, endpointPath(), tr("the answer was cut off"));
            error.httpStatus = status;
            finishWith(error);
            return;
        }
        const QString reason = successBodyProblem(response, !m_request.bodyParsedByCaller);
        if (!reason.isEmpty()) {
            log(status, ApiError::Kind::BadResponse);
            ApiError error = makeApiError(ApiError::Kind::BadResponse, endpointPath(), reason);
            error.httpStatus = status;
            finishWith(error);
            return;
        }
        log(status, ApiError::Kind::None);
        m_response = std::move(response);
        finishWith(ApiError {});
        return;
    }

    const RetryPolicy& policy = m_config.retry;
    if (status == 429) {
        const HttpFailure failure = failureFor(status, response);
        const QList<ApiErrorItem> items = parseApiErrorItems(response.body);
        int retryAfter = failure.retryAfterSeconds;
        if (retryAfter < 0)
            retryAfter = retryAfterFromDetail(items);
        log(status, ApiError::Kind::Throttled);
        const qint64 waitMs = retryAfter >= 0 ? qint64(retryAfter) * 1000 : policy.backoffMs(m_throttleRetries);
        // Everyone sending to this family must respect the server's wait, not only this call.
        if (ApiRateLimiter* limiter = m_config.limiter)
            limiter->blockUntil(m_request.family, limiter->now() + waitMs);
        else
            m_retryAfterUntilMs = monotonicNowMs() + waitMs;
        if (retryAfter > policy.retryAfterPatienceSeconds || m_throttleRetries >= policy.maxThrottleRetries) {
            finishWith(throttleError(retryAfter, policy.quotaThresholdSeconds, endpointPath(), items));
            return;
        }
        ++m_throttleRetries;
        tryToSend();
        return;
    }
    if (policy.backoffStatuses.contains(status) && m_backoffRetries < policy.maxBackoffRetries) {
        log(status, ApiError::Kind::Server);
        const qint64 delay = policy.backoffMs(m_backoffRetries);
        ++m_backoffRetries;
        waitThenSend(delay, tr("Klaviyo is busy (HTTP %1); trying again.").arg(status));
        return;
    }
    const ApiError error = apiErrorFromHttp(failureFor(status, response));
    log(status, error.kind);
    finishWith(error);
}

void ApiCall::finishWith(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_waitTimer.stop();
    endWait();
    Q_EMIT finished();
}

void ApiCall::finishQueued(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_waitTimer.stop();
    endWait();
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    ++m_generation;
    m_waitTimer.stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finishQueued(makeApiError(ApiError::Kind::Cancelled, endpointPath()));
}

} // namespace kx
