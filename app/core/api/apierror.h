// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

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
    /// Exit code of the command line for this error: 3 API error, 4 network error.
    int exitCode() const;
};

QString apiErrorKindName(ApiError::Kind kind); ///< "network", "timeout", "auth", …

} // namespace kx

Q_DECLARE_METATYPE(kx::ApiError)
