// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kx::test {

namespace {

const char* const BufferProperty = "kxFakeBuffer";
const char* const DoneProperty = "kxFakeDone";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FakeRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString FakeRequest::queryValue(const QString& name) const
{
    const QList<QByteArray> items = query.split('&');
    for (const QByteArray& item : items) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.left(eq);
        if (QUrl::fromPercentEncoding(key) == name)
            return eq < 0 ? QString() : QUrl::fromPercentEncoding(item.mid(eq + 1));
    }
    return {};
}

FakeResponse FakeResponse::json(int status, const QByteArray& body)
{
    return withType(status, "application/vnd.api+json", body);
}

FakeResponse FakeResponse::withType(int status, const QByteArray& contentType, const QByteArray& body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    response.headers.append({ "Content-Type", contentType });
    return response;
}

FakeResponse FakeResponse::drop()
{
    FakeResponse response;
    response.action = Action::Drop;
    return response;
}

FakeResponse FakeResponse::hang()
{
    FakeResponse response;
    response.action = Action::Hang;
    return response;
}

FakeResponse& FakeResponse::header(const QByteArray& name, const QByteArray& value)
{
    headers.append({ name, value });
    return *this;
}

FakeResponse& FakeResponse::delayed(int ms)
{
    delayMs = ms;
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::accept);
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()));
}

void FakeHttpServer::close()
{
    m_server->close();
}

void FakeHttpServer::enqueue(const FakeResponse& response)
{
    m_script.push_back(response);
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

FakeResponse FakeHttpServer::nextResponse(const FakeRequest& request)
{
    if (!m_script.empty()) {
        FakeResponse response = m_script.front();
        m_script.pop_front();
        return response;
    }
    if (m_handler)
        return m_handler(request);
    return FakeResponse::json(404, R"({"errors":[{"id":"x","status":404,"code":"not_found","title":"Not found.","detail":"Not found."}]})");
}

void FakeHttpServer::readFrom(QTcpSocket* socket)
{
    if (socket->property(DoneProperty).toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property(BufferProperty).toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty(BufferProperty, buffer);
        return;
    }
    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype mark = request.target.indexOf('?');
    request.path = mark < 0 ? request.target : request.target.left(mark);
    request.query = mark < 0 ? QByteArray() : request.target.mid(mark + 1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() - bodyStart < contentLength) {
        socket->setProperty(BufferProperty, buffer);
        return;
    }
    request.body = buffer.mid(bodyStart, contentLength);
    request.receivedMs = m_clock.elapsed();
    socket->setProperty(BufferProperty, QByteArray());
    socket->setProperty(DoneProperty, true);

    const FakeResponse response = nextResponse(request);
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size()) - 1);

    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            if (guard)
                answer(guard, response);
        });
    } else {
        answer(socket, response);
    }
}

void FakeHttpServer::answer(QTcpSocket* socket, const FakeResponse& response)
{
    switch (response.action) {
    case FakeResponse::Action::Hang:
        return;
    case FakeResponse::Action::Drop:
        socket->abort();
        return;
    case FakeResponse::Action::Respond:
    case FakeResponse::Action::Truncate:
    case FakeResponse::Action::Trickle:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";

    if (response.action == FakeResponse::Action::Trickle) {
        socket->write(head);
        trickle(socket, response.body, std::max(1, response.trickleBytes), response.trickleIntervalMs);
        return;
    }
    if (response.action == FakeResponse::Action::Truncate) {
        socket->write(head + response.body.left(response.truncateAt));
        // A graceful close (FIN after the bytes), not abort(): a reset makes the client's kernel
        // drop bytes not read yet, and Qt then re-sends the request as if nothing had come.
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + response.body);
    socket->disconnectFromHost();
}

void FakeHttpServer::trickle(QPointer<QTcpSocket> socket, QByteArray rest, int bytes, int intervalMs)
{
    if (!socket)
        return;
    if (rest.isEmpty()) {
        socket->disconnectFromHost();
        return;
    }
    socket->write(rest.left(bytes));
    socket->flush();
    rest.remove(0, bytes);
    QTimer::singleShot(intervalMs, this, [this, socket, rest, bytes, intervalMs] { trickle(socket, rest, bytes, intervalMs); });
}

} // namespace kx::test
