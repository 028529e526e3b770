// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QNetworkReply>

#include <memory>

template <typename T>
class QFutureWatcher;

namespace kx {

class DemoEngineProvider;

/**
 * A QNetworkReply answered by the demo engine instead of a socket. The engine runs in a worker
 * thread (QtConcurrent); the reply then delivers the status code attribute, reason phrase, raw
 * headers, body, readyRead/downloadProgress/finished and the QNetworkReply error a real HTTP
 * reply would have. abort() works at any time.
 * @note Lives in the thread of its QNetworkAccessManager; owned by the caller like any reply.
 */
class DemoReply : public QNetworkReply
{
    Q_OBJECT

public:
    DemoReply(std::shared_ptr<DemoEngineProvider> provider, HttpRequest request, QNetworkAccessManager::Operation operation,
        const QNetworkRequest& networkRequest, QObject* parent = nullptr);
    ~DemoReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    /// The QNetworkReply error Qt's HTTP backend reports for @p status (NoError below 400).
    static NetworkError errorForStatus(int status);

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void deliver(const HttpResponse& response);
    void complete(const HttpResponse& response);
    void finishWithStatus(int status);
    void failTransport(NetworkError error, const QString& message);

    QFutureWatcher<HttpResponse>* m_watcher = nullptr;
    QByteArray m_body;
    qint64 m_position = 0;
    bool m_done = false;
};

} // namespace kx
