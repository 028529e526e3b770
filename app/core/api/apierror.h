// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/revision.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace kx {

/// One entry of a JSON:API `errors[]` array.
struct ApiErrorItem {
    QString id;
    QString code;
    QString title;
    QString detail;
    QString pointer;   ///< source.pointer, e.g. "/data/attributes/timezone"
    QString parameter; ///< source.parameter, e.g. "filter"
    friend bool operator==(const ApiErrorItem&, const ApiErrorItem&) = default;
};

/**
 * Everything that can go wrong with an API call, as one value. `message` is a sentence a
 * marketer understands (what happened and what to do); the items keep the API's own words.
 */
struct ApiError {
    enum class Kind {
        None,
        Network,        ///< DNS, refused or dropped connection, TLS
        Timeout,        ///< no bytes for the transfer timeout
        Auth,           ///< 401: missing or wrong key
        Permission,     ///< 403: the key lacks a scope (or a bot challenge page)
        NotFound,       ///< 404: unknown id, or the endpoint does not exist in this revision
        InvalidInput,   ///< 400/405/415/422: the request is wrong
        Throttled,      ///< 429 that could not be waited out within the run's patience
        QuotaExhausted, ///< 429 with a Retry-After of hours: the daily quota is spent
        Server,         ///< 5xx after retries
        BadResponse,    ///< 2xx whose body is not what the API documents
        Cancelled,      ///< the user cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QList<ApiErrorItem> items;
    QString message;           ///< translated, one or two sentences
    int retryAfterSeconds = -1; ///< from a 429, when known
    QString endpoint;          ///< path of the failing request, never with the key

    bool isError() const { return kind != Kind::None; }
    /// The first `source.pointer` or `source.parameter` the API named, if any.
    QString sourceField() const;
    /// Exit code of the command line for this error: 3 API error, 4 network error, 130 cancelled.
    int exitCode() const;
};

QString apiErrorKindName(ApiError::Kind kind); ///< "network", "timeout", "auth", …

/**
 * Parses a JSON:API error document (`{"errors": [...]}`, digest §7.1). Unknown keys (`status`,
 * `links`, `meta`) are ignored. Returns an empty list when @p body is not such a document
 * (HTML page, empty body, other JSON). Pure function, thread-safe.
 */
QList<ApiErrorItem> parseApiErrorItems(const QByteArray& body);

/// What the client saw of a finished HTTP exchange that did not succeed; input of apiErrorFromHttp().
struct HttpFailure {
    int status = 0;                 ///< HTTP status (0: none received)
    QByteArray body;                ///< response body as received
    QByteArray contentType;         ///< Content-Type header
    QByteArray cfMitigated;         ///< `cf-mitigated` header (Cloudflare bot protection)
    int retryAfterSeconds = -1;     ///< parsed Retry-After, -1 when absent
    QString endpoint;               ///< request path (never with the key or the query)
    std::optional<EndpointFamily> family; ///< to name the missing scope on a 403
    QString revision;               ///< revision the request was sent with
};

/**
 * Classifies a non-2xx HTTP answer into an ApiError with its marketer-level message:
 * 401 → Auth, 403 → Permission (scope named from the endpoint family, or a bot challenge for
 * an HTML / `cf-mitigated: challenge` answer), 404 → NotFound (revision hint for "No valid
 * revisions found"), 400/405/415/422 and other 4xx → InvalidInput (400 with an authentication
 * code → Auth), 429 → Throttled, 5xx → Server. Pure function.
 */
ApiError apiErrorFromHttp(const HttpFailure& failure);

/// An error of @p kind with the standard message for that kind; @p detail is appended where the
/// message has a slot for it (network and bad-response reasons, the wait of a 429).
ApiError makeApiError(ApiError::Kind kind, const QString& endpoint, const QString& detail = {});

/// A 429 that will not be waited out: QuotaExhausted when @p retryAfterSeconds is at least
/// @p quotaThresholdSeconds (the message names the reset time), Throttled otherwise.
ApiError throttleError(int retryAfterSeconds, int quotaThresholdSeconds, const QString& endpoint,
    const QList<ApiErrorItem>& items = {});

/// The endpoint family of an API path ("/api/flows/abc" → Flows); nullopt when unknown.
std::optional<EndpointFamily> endpointFamilyForPath(QStringView path);

} // namespace kx

Q_DECLARE_METATYPE(kx::ApiError)
