// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoengine.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace kx {

/**
 * The socket front of the demo engine: a small HTTP/1.1 server on 127.0.0.1 (request line,
 * headers, Content-Length bodies, keep-alive and `Connection: close`). Each request runs the
 * engine in a worker thread; one request at a time per connection, in order. Applies the
 * transport faults (drop, trickle, truncate) and the latency the engine asks for.
 * @note Lives in the thread that created it; the engine is shared.
 */
class EmulatorServer : public QObject
{
    Q_OBJECT

public:
    explicit EmulatorServer(std::shared_ptr<DemoEngine> engine, QObject* parent = nullptr);
    ~EmulatorServer() override;

    /// Listens on 127.0.0.1:@p port (0: a free port). False with errorString() on failure.
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    /// http://127.0.0.1:PORT
    QUrl baseUrl() const;
    QString errorString() const;
    DemoEngine& engine() const { return *m_engine; }

Q_SIGNALS:
    /// A response (or a dropped connection, status 0) went out.
    void requestServed(const QByteArray& method, const QByteArray& path, int status);

private:
    struct Connection;
    void acceptConnections();
    void readFrom(QTcpSocket* socket);
    void processNext(QTcpSocket* socket);
    void send(QTcpSocket* socket, const HttpRequest& request, const HttpResponse& response, bool keepAlive);
    void sendPlainError(QTcpSocket* socket, int status);

    std::shared_ptr<DemoEngine> m_engine;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, Connection*> m_connections;
};

} // namespace kx
