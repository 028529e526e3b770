// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoreply.h"

#include "demoengineprovider.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <cstring>
#include <utility>

namespace kx {

namespace {
// The socket front's pace (emulatorserver.cpp).
constexpr qsizetype kTrickleChunk = 64;
constexpr int kTrickleIntervalMs = 40;
} // namespace

DemoReply::DemoReply(std::shared_ptr<DemoEngineProvider> provider, HttpRequest request,
    QNetworkAccessManager::Operation operation, const QNetworkRequest& networkRequest, QObject* parent)
    : QNetworkReply(parent)
{
    setRequest(networkRequest);
    setUrl(networkRequest.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_watcher = new QFutureWatcher<HttpResponse>(this);
    connect(m_watcher, &QFutureWatcher<HttpResponse>::finished, this, [this] {
        if (!m_done)
            deliver(m_watcher->result());
    });
    m_watcher->setFuture(QtConcurrent::run([provider = std::move(provider), request = std::move(request)] {
        const std::shared_ptr<DemoEngine> engine = provider->engine();
        return engine ? engine->handle(request) : HttpResponse { 503, {}, {}, 0, TransportFault::None };
    }));
}

DemoReply::~DemoReply() = default;

QNetworkReply::NetworkError DemoReply::errorForStatus(int status)
{
    // The mapping of QNetworkReplyHttpImpl (qnetworkreplyhttpimpl.cpp, statusCodeFromHttp).
    switch (status) {
    case 400:
        return ProtocolInvalidOperationError;
    case 401:
        return AuthenticationRequiredError;
    case 403:
        return ContentAccessDenied;
    case 404:
        return ContentNotFoundError;
    case 405:
        return ContentOperationNotPermittedError;
    case 407:
        return ProxyAuthenticationRequiredError;
    case 409:
        return ContentConflictError;
    case 410:
        return ContentGoneError;
    case 418:
        return ProtocolInvalidOperationError;
    case 500:
        return InternalServerError;
    case 501:
        return OperationNotImplementedError;
    case 503:
        return ServiceUnavailableError;
    default:
        if (status >= 500)
            return UnknownServerError;
        if (status >= 400)
            return UnknownContentError;
        return NoError;
    }
}

void DemoReply::deliver(const HttpResponse& response)
{
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, response] {
            if (!m_done)
                complete(response);
        });
        return;
    }
    complete(response);
}

void DemoReply::failTransport(NetworkError error, const QString& message)
{
    m_done = true;
    setError(error, message);
    Q_EMIT errorOccurred(error);
    setFinished(true);
    Q_EMIT finished();
}

void DemoReply::complete(const HttpResponse& response)
{
    // A dropped connection has no response at all (the socket front closes it; here the
    // reply fails as a real one would).
    if (response.transportFault == TransportFault::Drop) {
        failTransport(RemoteHostClosedError, tr("Connection closed"));
        return;
    }
    m_done = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, httpReasonPhrase(response.status));
    for (const auto& [name, value] : response.headers)
        setRawHeader(name, value);
    const QByteArray contentType = response.header("content-type");
    if (!contentType.isEmpty())
        setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    setHeader(QNetworkRequest::ContentLengthHeader, response.body.size());
    setRawHeader("Content-Length", QByteArray::number(response.body.size()));
    m_body = response.transportFault == TransportFault::Truncate ? response.body.left(response.body.size() / 2) : response.body;
    Q_EMIT metaDataChanged();
    if (response.transportFault == TransportFault::Trickle && !m_body.isEmpty()) {
        // The body arrives a chunk at a time, as over a slow socket.
        QByteArray pending = std::exchange(m_body, {});
        auto* timer = new QTimer(this);
        timer->setInterval(kTrickleIntervalMs);
        connect(timer, &QTimer::timeout, this,
            [this, timer, pending, total = pending.size(), status = response.status]() mutable {
                if (isFinished()) {
                    timer->stop();
                    return;
                }
                m_body += pending.left(kTrickleChunk);
                pending.remove(0, kTrickleChunk);
                Q_EMIT readyRead();
                Q_EMIT downloadProgress(m_body.size(), total);
                if (pending.isEmpty() && !isFinished()) {
                    timer->stop();
                    finishWithStatus(status);
                }
            });
        timer->start();
        return;
    }
    if (!m_body.isEmpty()) {
        Q_EMIT readyRead();
        Q_EMIT downloadProgress(m_body.size(), response.body.size());
    }
    if (m_done && isFinished())
        return; // aborted from a slot
    if (response.transportFault == TransportFault::Truncate) {
        setError(RemoteHostClosedError, tr("Connection closed"));
        Q_EMIT errorOccurred(RemoteHostClosedError);
        setFinished(true);
        Q_EMIT finished();
        return;
    }
    finishWithStatus(response.status);
}

void DemoReply::finishWithStatus(int status)
{
    if (const NetworkError e = errorForStatus(status); e != NoError) {
        //: %1 is the URL, %2 the HTTP reason phrase (Qt's own wording for HTTP errors)
        setError(e, tr("Error transferring %1 - server replied: %2")
                        .arg(url().toString(QUrl::RemoveUserInfo), QString::fromLatin1(httpReasonPhrase(status))));
        Q_EMIT errorOccurred(e);
    }
    setFinished(true);
    Q_EMIT finished();
}

void DemoReply::abort()
{
    if (isFinished())
        return;
    m_done = true;
    m_body.clear();
    m_position = 0;
    setError(OperationCanceledError, tr("Operation canceled"));
    Q_EMIT errorOccurred(OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 DemoReply::bytesAvailable() const
{
    return m_body.size() - m_position + QNetworkReply::bytesAvailable();
}

qint64 DemoReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_position);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

} // namespace kx
