// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace kx {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// A request as the demo engine sees it, whichever front (socket or in-process) received it.
struct HttpRequest {
    QByteArray method;       ///< "GET", "POST", …
    QByteArray path;         ///< percent-encoded path, e.g. "/api/metrics/"
    QByteArray query;        ///< percent-encoded query without '?'
    HttpHeaders headers;
    QByteArray body;
    QByteArray origin;       ///< scheme://host[:port] the client used; links are built on it

    /// The first header named @p name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

/// What the socket front must do besides sending the response (the in-process front ignores
/// the socket-only actions).
enum class TransportFault {
    None,
    Drop,     ///< close the connection without answering
    Trickle,  ///< send the response a few bytes at a time
    Truncate, ///< announce the full Content-Length, send half the body, close
};

/// A response of the demo engine: status, headers and a complete body.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    int delayMs = 0;                               ///< latency fault: wait before answering
    TransportFault transportFault = TransportFault::None;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }
    /// Replaces every header named @p name (case-insensitive) with one value.
    void setHeader(const QByteArray& name, const QByteArray& value);
    void removeHeader(QByteArrayView name);
};

/// The standard reason phrase of @p status ("OK", "Too Many Requests", …).
QByteArray httpReasonPhrase(int status);

} // namespace kx
