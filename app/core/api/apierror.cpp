// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

/// Translation context of the messages (lupdate reads the macro's argument as the context).
struct ApiErrorText {
    Q_DECLARE_TR_FUNCTIONS(kx::ApiError)
};

QString jsonText(const QJsonValue& value)
{
    // Real responses carry `status` as a number and everything else as strings; be lenient.
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

bool isAuthCode(const QString& code)
{
    return code == "not_authenticated"_L1 || code == "authentication_failed"_L1;
}

bool isHtml(const HttpFailure& failure)
{
    if (failure.contentType.toLower().contains("html"))
        return true;
    const QByteArray head = failure.body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

/// The family whose scope a request needs: reports need the scope of the object they report on.
std::optional<EndpointFamily> scopeFamily(const HttpFailure& failure)
{
    std::optional<EndpointFamily> family = failure.family;
    if (!family)
        family = endpointFamilyForPath(failure.endpoint);
    if (family != EndpointFamily::Reports)
        return family;
    const QString path = failure.endpoint;
    if (path.contains("/campaign-"_L1))
        return EndpointFamily::Campaigns;
    if (path.contains("/flow-"_L1))
        return EndpointFamily::Flows;
    if (path.contains("/form-"_L1))
        return EndpointFamily::Forms;
    if (path.contains("/segment-"_L1))
        return EndpointFamily::Segments;
    return std::nullopt;
}

QString permissionMessage(const HttpFailure& failure)
{
    const std::optional<EndpointFamily> family = scopeFamily(failure);
    if (!family) {
        return ApiErrorText::tr("Klaviyo refused this request for the API key. Check the key's scopes in Klaviyo "
                  "(Settings → API keys) and try again.");
    }
    const QString rev = failure.revision.isEmpty() ? revision::defaultRevision() : failure.revision;
    const QString scope = revision::scopeFor(*family, rev);
    switch (*family) {
    case EndpointFamily::Metrics:
    case EndpointFamily::MetricAggregates:
        return ApiErrorText::tr("The key has no access to metrics. Add the %1 scope to the key in Klaviyo "
                  "(Settings → API keys) and try again.").arg(scope);
    case EndpointFamily::Flows:
        return ApiErrorText::tr("The key has no access to flows. Add the %1 scope to the key in Klaviyo "
                  "(Settings → API keys) and try again.").arg(scope);
    case EndpointFamily::Campaigns:
        return ApiErrorText::tr("The key has no access to campaigns. Add the %1 scope to the key in Klaviyo "
                  "(Settings → API keys) and try again.").arg(scope);
    case EndpointFamily::Forms:
        return ApiErrorText::tr("The key has no access to forms. Add the %1 scope to the key in Klaviyo "
                  "(Settings → API keys) and try again.").arg(scope);
    case EndpointFamily::Segments:
        return ApiErrorText::tr("The key has no access to segments. Add the %1 scope to the key in Klaviyo "
                  "(Settings → API keys) and try again.").arg(scope);
    case EndpointFamily::Lists:
        return ApiErrorText::tr("The key has no access to lists. Add the %1 scope to the key in Klaviyo "
                  "(Settings → API keys) and try again.").arg(scope);
    case EndpointFamily::Reports:
        break;
    }
    return ApiErrorText::tr("Klaviyo refused this request for the API key. Check the key's scopes in Klaviyo "
              "(Settings → API keys) and try again.");
}

QString firstDetail(const QList<ApiErrorItem>& items)
{
    for (const ApiErrorItem& item : items) {
        if (!item.detail.isEmpty())
            return item.detail;
        if (!item.title.isEmpty())
            return item.title;
    }
    return {};
}

QString invalidInputMessage(const ApiError& error)
{
    const QString detail = firstDetail(error.items);
    const QString field = error.sourceField();
    if (error.httpStatus == 405)
        return ApiErrorText::tr("Klaviyo does not accept this kind of request at %1 (HTTP 405). This is a bug in the app; "
                  "please report it.").arg(error.endpoint);
    if (error.httpStatus == 415)
        return ApiErrorText::tr("Klaviyo did not accept the request format (HTTP 415). This is a bug in the app; please "
                  "report it.");
    if (!detail.isEmpty() && !field.isEmpty())
        return ApiErrorText::tr("Klaviyo rejected the request: %1 (in %2). Change the query and run it again.")
            .arg(detail, field);
    if (!detail.isEmpty())
        return ApiErrorText::tr("Klaviyo rejected the request: %1. Change the query and run it again.").arg(detail);
    return ApiErrorText::tr("Klaviyo rejected the request (HTTP %1). Change the query and run it again.")
        .arg(error.httpStatus);
}

QString notFoundMessage(const ApiError& error, const QString& revisionText)
{
    for (const ApiErrorItem& item : error.items) {
        if (item.detail.contains("No valid revisions found"_L1, Qt::CaseInsensitive)) {
            return ApiErrorText::tr("This kind of request does not exist in API revision %1. Choose a newer API revision in "
                      "Settings → Accounts and run it again.").arg(revisionText);
        }
    }
    return ApiErrorText::tr("Klaviyo found nothing at %1. The item may have been deleted, or it belongs to another "
              "Klaviyo account.").arg(error.endpoint);
}

QString standardMessage(ApiError::Kind kind, int status, const QString& endpoint, const QString& detail)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        if (detail.isEmpty())
            return ApiErrorText::tr("Could not reach Klaviyo. Check the internet connection and try again.");
        return ApiErrorText::tr("Could not reach Klaviyo (%1). Check the internet connection and try again.").arg(detail);
    case ApiError::Kind::Timeout:
        return ApiErrorText::tr("Klaviyo did not answer in time. Try again later, or ask for a shorter date range.");
    case ApiError::Kind::Auth:
        return ApiErrorText::tr("Klaviyo refused the API key. Check the key in Settings → Accounts; private keys start "
                  "with pk_.");
    case ApiError::Kind::Permission:
        return ApiErrorText::tr("Klaviyo refused this request for the API key. Check the key's scopes in Klaviyo "
                  "(Settings → API keys) and try again.");
    case ApiError::Kind::NotFound:
        return ApiErrorText::tr("Klaviyo found nothing at %1. The item may have been deleted, or it belongs to another "
                  "Klaviyo account.").arg(endpoint);
    case ApiError::Kind::InvalidInput:
        if (detail.isEmpty())
            return ApiErrorText::tr("Klaviyo rejected the request (HTTP %1). Change the query and run it again.").arg(status);
        return ApiErrorText::tr("Klaviyo rejected the request: %1. Change the query and run it again.").arg(detail);
    case ApiError::Kind::Throttled:
        return ApiErrorText::tr("Klaviyo's rate limit for this kind of request is reached. Wait a minute and run it again.");
    case ApiError::Kind::QuotaExhausted:
        return ApiErrorText::tr("The daily Klaviyo quota for this kind of request is used up. Run it again tomorrow.");
    case ApiError::Kind::Server:
        if (status > 0)
            return ApiErrorText::tr("Klaviyo had a server problem (HTTP %1). Try again in a few minutes.").arg(status);
        return ApiErrorText::tr("Klaviyo had a server problem. Try again in a few minutes.");
    case ApiError::Kind::BadResponse:
        if (detail.isEmpty())
            return ApiErrorText::tr("Klaviyo sent an answer the app cannot read. Try again; if it keeps happening, report "
                      "it.");
        return ApiErrorText::tr("Klaviyo sent an answer the app cannot read (%1). Try again; if it keeps happening, "
                  "report it.").arg(detail);
    case ApiError::Kind::Cancelled:
        return ApiErrorText::tr("Cancelled.");
    }
    return {};
}

} // namespace

QString ApiError::sourceField() const
{
    for (const ApiErrorItem& item : items) {
        if (!item.pointer.isEmpty())
            return item.pointer;
        if (!item.parameter.isEmpty())
            return item.parameter;
    }
    return {};
}

int ApiError::exitCode() const
{
    switch (kind) {
    case Kind::None:
        return 0;
    case Kind::Network:
    case Kind::Timeout:
        return 4;
    case Kind::Cancelled:
        return 130;
    case Kind::Auth:
    case Kind::Permission:
    case Kind::NotFound:
    case Kind::InvalidInput:
    case Kind::Throttled:
    case Kind::QuotaExhausted:
    case Kind::Server:
    case Kind::BadResponse:
        return 3;
    }
    return 3;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return u"none"_s;
    case ApiError::Kind::Network:
        return u"network"_s;
    case ApiError::Kind::Timeout:
        return u"timeout"_s;
    case ApiError::Kind::Auth:
        return u"auth"_s;
    case ApiError::Kind::Permission:
        return u"permission"_s;
    case ApiError::Kind::NotFound:
        return u"not_found"_s;
    case ApiError::Kind::InvalidInput:
        return u"invalid_input"_s;
    case ApiError::Kind::Throttled:
        return u"throttled"_s;
    case ApiError::Kind::QuotaExhausted:
        return u"quota_exhausted"_s;
    case ApiError::Kind::Server:
        return u"server"_s;
    case ApiError::Kind::BadResponse:
        return u"bad_response"_s;
    case ApiError::Kind::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QList<ApiErrorItem> parseApiErrorItems(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonValue errors = doc.object().value("errors"_L1);
    if (!errors.isArray())
        return {};
    QList<ApiErrorItem> items;
    const QJsonArray array = errors.toArray();
    for (const QJsonValue& entry : array) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        ApiErrorItem item;
        item.id = jsonText(object.value("id"_L1));
        item.code = jsonText(object.value("code"_L1));
        item.title = jsonText(object.value("title"_L1));
        item.detail = jsonText(object.value("detail"_L1));
        const QJsonObject source = object.value("source"_L1).toObject();
        item.pointer = jsonText(source.value("pointer"_L1));
        item.parameter = jsonText(source.value("parameter"_L1));
        items.append(item);
    }
    return items;
}

ApiError makeApiError(ApiError::Kind kind, const QString& endpoint, const QString& detail)
{
    ApiError error;
    error.kind = kind;
    error.endpoint = endpoint;
    error.message = standardMessage(kind, 0, endpoint, detail);
    return error;
}

ApiError throttleError(int retryAfterSeconds, int quotaThresholdSeconds, const QString& endpoint,
    const QList<ApiErrorItem>& items)
{
    ApiError error;
    error.httpStatus = 429;
    error.endpoint = endpoint;
    error.items = items;
    error.retryAfterSeconds = retryAfterSeconds;
    if (retryAfterSeconds >= 0 && retryAfterSeconds >= quotaThresholdSeconds) {
        error.kind = ApiError::Kind::QuotaExhausted;
        const QDateTime reset = QDateTime::currentDateTime().addSecs(retryAfterSeconds);
        const int hours = int(std::lround(retryAfterSeconds / 3600.0));
        error.message = ApiErrorText::tr("The daily Klaviyo quota for this kind of request is used up. It resets at %1 (in about %n "
            "hour(s)); run it again after that.", nullptr, std::max(hours, 1))
                            .arg(QLocale().toString(reset, QLocale::ShortFormat));
        return error;
    }
    error.kind = ApiError::Kind::Throttled;
    if (retryAfterSeconds >= 0) {
        error.message = ApiErrorText::tr("Klaviyo's rate limit for this kind of request is reached and lifts in %n second(s), longer than "
            "the app waits on its own. Run it again after that.", nullptr, retryAfterSeconds);
    } else {
        error.message = standardMessage(ApiError::Kind::Throttled, 429, endpoint, {});
    }
    return error;
}

ApiError apiErrorFromHttp(const HttpFailure& failure)
{
    ApiError error;
    error.httpStatus = failure.status;
    error.endpoint = failure.endpoint;
    error.items = parseApiErrorItems(failure.body);
    error.retryAfterSeconds = failure.retryAfterSeconds;
    const int status = failure.status;
    const QString rev = failure.revision.isEmpty() ? revision::defaultRevision() : failure.revision;

    const bool authCode = std::any_of(error.items.cbegin(), error.items.cend(),
        [](const ApiErrorItem& item) { return isAuthCode(item.code); });

    if (status == 401 || (status == 400 && authCode)) {
        error.kind = ApiError::Kind::Auth;
        error.message = standardMessage(error.kind, status, failure.endpoint, {});
    } else if (status == 403) {
        error.kind = ApiError::Kind::Permission;
        if (failure.cfMitigated.trimmed().toLower() == "challenge" || (error.items.isEmpty() && isHtml(failure))) {
            error.message = ApiErrorText::tr("Klaviyo's bot protection answered with a challenge page instead of data. Wait a few "
                               "minutes and try again; if it keeps happening, try from another network.");
        } else if (authCode) {
            error.kind = ApiError::Kind::Auth;
            error.message = standardMessage(error.kind, status, failure.endpoint, {});
        } else {
            error.message = permissionMessage(failure);
        }
    } else if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
        error.message = notFoundMessage(error, rev);
        // A 404 without a JSON body may still carry the revision text as plain text.
        if (error.items.isEmpty() && failure.body.contains("No valid revisions found")) {
            error.items.append(ApiErrorItem { {}, u"not_found"_s, {}, QString::fromUtf8(failure.body.trimmed().left(200)), {}, {} });
            error.message = notFoundMessage(error, rev);
        }
    } else if (status == 429) {
        error = throttleError(failure.retryAfterSeconds, std::numeric_limits<int>::max(), failure.endpoint, error.items);
    } else if (status >= 500) {
        error.kind = ApiError::Kind::Server;
        error.message = standardMessage(error.kind, status, failure.endpoint, {});
    } else if (status >= 400) {
        error.kind = ApiError::Kind::InvalidInput;
        error.message = invalidInputMessage(error);
    } else if (status >= 200 && status < 300) {
        error.kind = ApiError::Kind::BadResponse;
        error.message = standardMessage(error.kind, status, failure.endpoint, {});
    } else {
        // 1xx/3xx as a final answer: the client never follows redirects (they could carry the key
        // to another host), so an unexpected status is an unreadable answer.
        error.kind = ApiError::Kind::BadResponse;
        error.message = standardMessage(error.kind, status, failure.endpoint,
            ApiErrorText::tr("unexpected HTTP status %1").arg(status));
    }
    return error;
}

std::optional<EndpointFamily> endpointFamilyForPath(QStringView path)
{
    // Accept full URLs (links.next) as well as paths.
    const qsizetype api = path.indexOf(u"/api/");
    if (api < 0)
        return std::nullopt;
    QStringView rest = path.mid(api + 5);
    const qsizetype end = rest.indexOf(u'/');
    const qsizetype query = rest.indexOf(u'?');
    qsizetype cut = rest.size();
    if (end >= 0)
        cut = end;
    if (query >= 0 && query < cut)
        cut = query;
    const QStringView segment = rest.left(cut);
    if (segment == u"metrics")
        return EndpointFamily::Metrics;
    if (segment == u"metric-aggregates")
        return EndpointFamily::MetricAggregates;
    if (segment.endsWith(u"-reports"))
        return EndpointFamily::Reports;
    if (segment == u"flows" || segment == u"flow-messages")
        return EndpointFamily::Flows;
    if (segment == u"campaigns" || segment == u"campaign-messages")
        return EndpointFamily::Campaigns;
    if (segment == u"forms")
        return EndpointFamily::Forms;
    if (segment == u"segments")
        return EndpointFamily::Segments;
    if (segment == u"lists")
        return EndpointFamily::Lists;
    return std::nullopt;
}

} // namespace kx
