// SPDX-License-Identifier: GPL-3.0-or-later
#include "emulatorserver.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent>

namespace kx {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;
constexpr qsizetype kTrickleChunk = 64;
constexpr int kTrickleIntervalMs = 40;

} // namespace

struct EmulatorServer::Connection {
    QByteArray buffer;
    bool busy = false;   ///< a request is in the engine or being written
    bool closing = false;
};

EmulatorServer::EmulatorServer(std::shared_ptr<DemoEngine> engine, QObject* parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &EmulatorServer::acceptConnections);
}

EmulatorServer::~EmulatorServer()
{
    close();
    qDeleteAll(m_connections);
    m_connections.clear();
}

bool EmulatorServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void EmulatorServer::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket* socket : sockets)
        socket->abort();
}

quint16 EmulatorServer::port() const
{
    return m_server->serverPort();
}

QUrl EmulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString EmulatorServer::errorString() const
{
    return m_server->errorString();
}

void EmulatorServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto* connection = new Connection;
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void EmulatorServer::readFrom(QTcpSocket* socket)
{
    Connection* c = m_connections.value(socket);
    if (!c || c->closing)
        return;
    c->buffer += socket->readAll();
    if (!c->busy)
        processNext(socket);
}

void EmulatorServer::sendPlainError(QTcpSocket* socket, int status)
{
    Connection* c = m_connections.value(socket);
    if (c)
        c->closing = true;
    const QByteArray body = httpReasonPhrase(status) + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
        + "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    Q_EMIT requestServed({}, {}, status);
}

void EmulatorServer::processNext(QTcpSocket* socket)
{
    Connection* c = m_connections.value(socket);
    if (!c || c->busy || c->closing)
        return;
    const qsizetype headerEnd = c->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (c->buffer.size() > kMaxHeaderBytes)
            sendPlainError(socket, 431);
        return;
    }
    const QList<QByteArray> lines = c->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        sendPlainError(socket, 400);
        return;
    }
    HttpRequest request;
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    qint64 contentLength = 0;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            sendPlainError(socket, 400);
            return;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                sendPlainError(socket, 400);
                return;
            }
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = value.toLower().contains("chunked");
        }
    }
    if (chunked) {
        sendPlainError(socket, 411); // Klaviyo's clients send Content-Length
        return;
    }
    if (contentLength > kMaxBodyBytes) {
        sendPlainError(socket, 413);
        return;
    }
    if (c->buffer.size() < headerEnd + 4 + contentLength)
        return; // wait for the rest of the body
    request.body = c->buffer.mid(headerEnd + 4, contentLength);
    c->buffer.remove(0, headerEnd + 4 + contentLength);
    request.origin = "http://127.0.0.1:" + QByteArray::number(port());
    const QByteArray connectionHeader = request.header("connection").toLower();
    const bool keepAlive = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains("close") : connectionHeader.contains("keep-alive");

    c->busy = true;
    auto* watcher = new QFutureWatcher<HttpResponse>(socket);
    connect(watcher, &QFutureWatcher<HttpResponse>::finished, socket, [this, socket, watcher, request, keepAlive] {
        const HttpResponse response = watcher->result();
        watcher->deleteLater();
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, socket, [this, socket, request, response, keepAlive] {
                send(socket, request, response, keepAlive);
            });
        } else {
            send(socket, request, response, keepAlive);
        }
    });
    watcher->setFuture(QtConcurrent::run([engine = m_engine, request] { return engine->handle(request); }));
}

void EmulatorServer::send(QTcpSocket* socket, const HttpRequest& request, const HttpResponse& response, bool keepAlive)
{
    Connection* c = m_connections.value(socket);
    if (!c)
        return;
    if (response.transportFault == TransportFault::Drop) {
        c->closing = true;
        socket->abort(); // reset, no response
        Q_EMIT requestServed(request.method, request.path, 0);
        return;
    }
    const bool close = !keepAlive || response.transportFault == TransportFault::Truncate;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    Q_EMIT requestServed(request.method, request.path, response.status);

    if (response.transportFault == TransportFault::Truncate) {
        c->closing = true;
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    if (response.transportFault == TransportFault::Trickle) {
        // A slow trickle: a few bytes every few tens of milliseconds.
        auto data = std::make_shared<QByteArray>(head + response.body);
        auto* timer = new QTimer(socket);
        timer->setInterval(kTrickleIntervalMs);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, data, close] {
            socket->write(data->left(kTrickleChunk));
            data->remove(0, kTrickleChunk);
            if (!data->isEmpty())
                return;
            timer->stop();
            timer->deleteLater();
            if (close) {
                if (Connection* conn = m_connections.value(socket))
                    conn->closing = true;
                socket->disconnectFromHost();
            } else if (Connection* conn = m_connections.value(socket)) {
                conn->busy = false;
                processNext(socket);
            }
        });
        timer->start();
        return;
    }
    socket->write(head + response.body);
    if (close) {
        c->closing = true;
        socket->disconnectFromHost();
        return;
    }
    c->busy = false;
    processNext(socket);
}

} // namespace kx
