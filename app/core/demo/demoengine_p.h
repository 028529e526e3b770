// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of DemoEngine shared by its handler files (not installed, not used elsewhere).
#pragma once

#include "demoengine.h"
#include "query/filterexpr.h"
#include "query/reportquery.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace kx::demoimpl {

/// One JSON:API error of a response.
struct DemoError {
    int status = 400;
    QString code = QStringLiteral("invalid");
    QString title = QStringLiteral("Invalid input.");
    QString detail;
    QString pointer;   ///< source.pointer
    QString parameter; ///< source.parameter
};

DemoError invalidBody(const QString& detail, const QString& pointer);
DemoError invalidParameter(const QString& detail, const QString& parameter);
DemoError notFound(const QString& detail);

/// What a handler produced: a 200 body or errors.
struct Outcome {
    int status = 200;
    QByteArray body;
    QList<DemoError> errors;

    static Outcome ok(QByteArray body) { return { 200, std::move(body), {} }; }
    static Outcome fail(const DemoError& e) { return { e.status, {}, { e } }; }
    bool isError() const { return !errors.isEmpty(); }
};

/// A routed, authenticated request.
struct RequestContext {
    const HttpRequest* http = nullptr;
    const DemoStore* store = nullptr;
    const EngineOptions* options = nullptr;
    QString revision;       ///< the effective known revision, "YYYY-MM-DD"
    int revisionNumber = 0; ///< yyyymmdd of revision
    QString path;           ///< decoded, without the trailing slash
    bool trailingSlash = false;
    QString id;             ///< the {id} of the path, if any
    QList<std::pair<QString, QString>> query; ///< decoded parameters in order
    qint64 nowMs = 0;       ///< the account's "now"

    bool since(int yyyymmdd) const { return revisionNumber >= yyyymmdd; }
    bool hasParam(QStringView name) const;
    QString param(QStringView name) const;
    /// origin + path (with the request's trailing slash) + the original query.
    QString selfLink() const;
    /// origin + @p path.
    QString link(const QString& path) const;
    /// selfLink with `page[cursor]`-style parameter @p name set to @p value.
    QString linkWithParam(const QString& name, const QString& value) const;
};

/// Percent-decoding for query strings: '+' is a space (so an unencoded +00:00 breaks, as live).
QString decodeQueryComponent(QByteArrayView text);
QByteArray encodeQueryComponent(const QString& text);

/// Opaque page cursors: base64url of a small JSON array tagged with the endpoint.
QString encodeCursor(qint64 offset, QStringView tag);
bool decodeCursor(QStringView cursor, QStringView tag, qint64* offset);

/// A numeric-looking id that is stable for the same request (Klaviyo's are ephemeral).
QString ephemeralNumericId(const QByteArray& seed);
/// A UUID-shaped id derived from @p seed.
QString ephemeralUuid(const QByteArray& seed);

/// Parses `filter=`: a conjunction of conditions, or an error for `parameter`/`pointer`.
std::optional<QList<FilterExpr>> parseConditions(const QString& text, DemoError* error, const QString& parameter,
    const QString& pointer = {});

/// Serialises a JSON value compactly (QJsonDocument for small bodies).
QByteArray toJson(const QJsonObject& object);

// Handlers -------------------------------------------------------------------------------------
Outcome handleLookup(const RequestContext& ctx, QStringView resource, bool single);
Outcome handleMetricAggregates(const RequestContext& ctx);
Outcome handleReport(const RequestContext& ctx, ReportType type);

} // namespace kx::demoimpl
