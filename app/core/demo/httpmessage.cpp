// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

namespace kx {

namespace {

QByteArray findHeader(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second.isNull() ? QByteArray("") : h.second;
    }
    return {};
}

bool containsHeader(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return containsHeader(headers, name);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

bool HttpResponse::hasHeader(QByteArrayView name) const
{
    return containsHeader(headers, name);
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    removeHeader(name);
    headers.append(qMakePair(name, value));
}

void HttpResponse::removeHeader(QByteArrayView name)
{
    headers.removeIf([name](const QPair<QByteArray, QByteArray>& h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
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
    case 524:
        return "A Timeout Occurred";
    default:
        return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "OK";
    }
}

} // namespace kx
