// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/revision.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace kx {

/// One query item: name and value as plain text (the client percent-encodes both).
using QueryItem = std::pair<QString, QString>;

/**
 * One Klaviyo API request as a value: what ApiClient::send() sends. The client adds the base URL,
 * the headers (key, revision, Accept, Content-Type, User-Agent) and the percent-encoding.
 */
struct ApiRequest {
    enum class Method { Get, Post };

    Method method = Method::Get;
    QString path;             ///< "/api/metrics", relative to the client's base URL
    QList<QueryItem> query;   ///< plain text; encoded with QUrl::toPercentEncoding (`+` → %2B)
    QUrl absoluteUrl;         ///< if valid: a `links.next` URL used instead of path + query;
                              ///< refused unless it is on the base URL's scheme, host and port
    QByteArray body;          ///< POST only: JSON:API document
    EndpointFamily family = EndpointFamily::Metrics; ///< rate limit bucket
    QString revision;         ///< empty: the client's revision
    /// The caller parses a success body off the UI thread and reports a malformed one itself (as
    /// a bad-response error), so the call only checks that it is not empty or a web page. Big
    /// answers (an 18 MB aggregate page) are then parsed once, and not on the UI thread.
    bool bodyParsedByCaller = false;

    static ApiRequest get(const QString& path, EndpointFamily family, const QList<QueryItem>& query = {})
    {
        ApiRequest request;
        request.method = Method::Get;
        request.path = path;
        request.query = query;
        request.family = family;
        return request;
    }
    static ApiRequest post(const QString& path, EndpointFamily family, const QByteArray& body)
    {
        ApiRequest request;
        request.method = Method::Post;
        request.path = path;
        request.body = body;
        request.family = family;
        return request;
    }
    /// "GET" or "POST".
    QString methodName() const { return method == Method::Post ? QStringLiteral("POST") : QStringLiteral("GET"); }
};

} // namespace kx
