// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace kx::test {

/// A request as the fake server received it over the socket.
struct FakeRequest {
    QByteArray method;   ///< "GET", "POST"
    QByteArray target;   ///< path and query exactly as sent on the request line
    QByteArray path;     ///< target before '?'
    QByteArray query;    ///< target after '?', still percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedMs = 0; ///< since the server was created

    /// Header value (case-insensitive name), empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    /// Percent-decoded value of query item @p name (first occurrence), empty when absent.
    QString queryValue(const QString& name) const;
};

/// What the fake answers to one request.
struct FakeResponse {
    enum class Action {
        Respond,  ///< status, headers and body (after delayMs)
        Drop,     ///< close the connection without answering
        Truncate, ///< announce the full Content-Length, send truncateAt bytes, close
        Trickle,  ///< send the body trickleBytes at a time every trickleIntervalMs
        Hang,     ///< never answer, keep the connection open
    };
    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    int truncateAt = 0;
    int trickleBytes = 16;
    int trickleIntervalMs = 50;

    /// A JSON:API answer (Content-Type application/vnd.api+json).
    static FakeResponse json(int status, const QByteArray& body);
    /// An answer with an explicit content type.
    static FakeResponse withType(int status, const QByteArray& contentType, const QByteArray& body);
    static FakeResponse drop();
    static FakeResponse hang();
    FakeResponse& header(const QByteArray& name, const QByteArray& value);
    FakeResponse& delayed(int ms);
};

/**
 * A loopback HTTP/1.1 server for tests: listens on 127.0.0.1 with a free port, records every
 * request, and answers from a script (enqueue(), consumed in order), else from a handler, else
 * with 404. Each answer closes its connection (`Connection: close`). Real sockets, so the client
 * runs its real QNetworkReply paths.
 */
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;

    explicit FakeHttpServer(QObject* parent = nullptr);
    ~FakeHttpServer() override;

    /// Starts listening on 127.0.0.1, port chosen by the system. False on failure.
    bool listen();
    quint16 port() const;
    /// http://127.0.0.1:<port>
    QUrl baseUrl() const;
    /// Stops accepting; later connections are refused.
    void close();

    void enqueue(const FakeResponse& response);
    void setHandler(Handler handler);
    int pendingScript() const { return int(m_script.size()); }

    QList<FakeRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    FakeRequest lastRequest() const { return m_requests.isEmpty() ? FakeRequest {} : m_requests.constLast(); }
    void clearRequests() { m_requests.clear(); }
    /// Milliseconds since the server was created (the clock of FakeRequest::receivedMs).
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void accept();
    void readFrom(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const FakeResponse& response);
    void trickle(QPointer<QTcpSocket> socket, QByteArray rest, int bytes, int intervalMs);
    FakeResponse nextResponse(const FakeRequest& request);

    QTcpServer* m_server = nullptr;
    std::deque<FakeResponse> m_script;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QElapsedTimer m_clock;
};

} // namespace kx::test
