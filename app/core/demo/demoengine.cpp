// SPDX-License-Identifier: GPL-3.0-or-later
// DemoEngine: routing, authentication, revisions, scopes, rate limits, faults and the common
// JSON:API envelope. The endpoint bodies live in demolookups.cpp, demoaggregates.cpp and
// demoreports.cpp.
#include "demoengine.h"

#include "demoengine_p.h"
#include "demofaultplan.h"
#include "demojsonwriter.h"
#include "query/revision.h"
#include "demoratelimiter.h"
#include "util/calendar.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kx {

using namespace demoimpl;

namespace {

enum class Handler { Lookup, Aggregates, Report };

struct Param {
    const char* name;
    int since = 0;
    int until = 99999999; ///< exclusive
};

struct Route {
    const char* path;   ///< without the {id} segment
    bool hasId;
    const char* method;
    EndpointFamily rateFamily;
    EndpointFamily scopeFamily;
    int since;          ///< first revision with the endpoint (reports: see reportAvailable)
    Handler handler;
    const char* resource; ///< lookup resource ("metrics") or report type name
    std::initializer_list<Param> params;
};

constexpr int k231015 = 20231015;

// Allowed query parameters per endpoint and revision, from
// ../shared/klaviyo-api-raw/klaviyo-enums-and-limits-by-revision.json (`params`).
const Route kRoutes[] = {
    { "/api/metrics", false, "GET", EndpointFamily::Metrics, EndpointFamily::Metrics, k231015, Handler::Lookup, "metrics",
        { { "fields[metric]" }, { "filter" }, { "page[cursor]" }, { "fields[flow]", 20241015 }, { "include", 20241015 } } },
    { "/api/metrics", true, "GET", EndpointFamily::Metrics, EndpointFamily::Metrics, k231015, Handler::Lookup, "metrics",
        { { "fields[metric]" }, { "fields[flow]", 20241015 }, { "include", 20241015 } } },
    // page_cursor as a query parameter is how links.next of the aggregates is followed [INF, digest §4.5].
    { "/api/metric-aggregates", false, "POST", EndpointFamily::MetricAggregates, EndpointFamily::MetricAggregates,
        k231015, Handler::Aggregates, "metric-aggregates", { { "fields[metric-aggregate]", 20260415 }, { "page_cursor" } } },
    { "/api/flows", false, "GET", EndpointFamily::Flows, EndpointFamily::Flows, k231015, Handler::Lookup, "flows",
        { { "fields[flow-action]" }, { "fields[flow]" }, { "fields[tag]" }, { "filter" }, { "include" },
            { "page[cursor]" }, { "page[size]" }, { "sort" } } },
    { "/api/flows", true, "GET", EndpointFamily::Flows, EndpointFamily::Flows, k231015, Handler::Lookup, "flows",
        { { "fields[flow-action]" }, { "fields[flow]" }, { "fields[tag]" }, { "include" },
            { "additional-fields[flow]", 20250115 } } },
    { "/api/flow-messages", true, "GET", EndpointFamily::Flows, EndpointFamily::Flows, k231015, Handler::Lookup,
        "flow-messages", { { "fields[flow-action]" }, { "fields[flow-message]" }, { "fields[template]" }, { "include" } } },
    { "/api/campaigns", false, "GET", EndpointFamily::Campaigns, EndpointFamily::Campaigns, k231015, Handler::Lookup,
        "campaigns",
        { { "fields[campaign-message]" }, { "fields[campaign]" }, { "fields[tag]" }, { "filter" }, { "include" },
            { "page[cursor]" }, { "sort" }, { "page[size]", 20260415 } } },
    { "/api/campaigns", true, "GET", EndpointFamily::Campaigns, EndpointFamily::Campaigns, k231015, Handler::Lookup,
        "campaigns", { { "fields[campaign-message]" }, { "fields[campaign]" }, { "fields[tag]" }, { "include" } } },
    { "/api/campaign-messages", true, "GET", EndpointFamily::Campaigns, EndpointFamily::Campaigns, k231015,
        Handler::Lookup, "campaign-messages",
        { { "fields[campaign-message]" }, { "fields[campaign]" }, { "fields[template]" }, { "include" },
            { "fields[image]", 20250115 } } },
    { "/api/forms", false, "GET", EndpointFamily::Forms, EndpointFamily::Forms, 20240715, Handler::Lookup, "forms",
        { { "fields[form]" }, { "filter" }, { "page[cursor]" }, { "page[size]" }, { "sort" } } },
    { "/api/forms", true, "GET", EndpointFamily::Forms, EndpointFamily::Forms, 20240715, Handler::Lookup, "forms",
        { { "fields[form]" }, { "fields[form-version]", 0, 20251015 }, { "include", 0, 20251015 } } },
    { "/api/segments", false, "GET", EndpointFamily::Segments, EndpointFamily::Segments, k231015, Handler::Lookup,
        "segments",
        { { "fields[segment]" }, { "fields[tag]" }, { "filter" }, { "include" }, { "page[cursor]" },
            { "sort", 20240515 }, { "fields[flow]", 20241015 }, { "page[size]", 20260415 } } },
    { "/api/segments", true, "GET", EndpointFamily::Segments, EndpointFamily::Segments, k231015, Handler::Lookup,
        "segments",
        { { "additional-fields[segment]" }, { "fields[segment]" }, { "fields[tag]" }, { "include" },
            { "fields[flow]", 20241015 } } },
    { "/api/lists", false, "GET", EndpointFamily::Lists, EndpointFamily::Lists, k231015, Handler::Lookup, "lists",
        { { "fields[list]" }, { "fields[tag]" }, { "filter" }, { "include" }, { "page[cursor]" }, { "sort", 20240515 },
            { "fields[flow]", 20241015 }, { "page[size]", 20260415 } } },
    { "/api/lists", true, "GET", EndpointFamily::Lists, EndpointFamily::Lists, k231015, Handler::Lookup, "lists",
        { { "additional-fields[list]" }, { "fields[list]" }, { "fields[tag]" }, { "include" },
            { "fields[flow]", 20241015 } } },
    { "/api/campaign-values-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Campaigns, 0,
        Handler::Report, "campaign-values-report",
        { { "page_cursor" }, { "fields[campaign-values-report]", 20260415 } } },
    { "/api/flow-values-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Flows, 0, Handler::Report,
        "flow-values-report", { { "page_cursor" }, { "fields[flow-values-report]", 20260415 } } },
    { "/api/flow-series-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Flows, 0, Handler::Report,
        "flow-series-report", { { "page_cursor" }, { "fields[flow-series-report]", 20260415 } } },
    { "/api/form-values-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Forms, 0, Handler::Report,
        "form-values-report", { { "fields[form-values-report]", 20260415 } } },
    { "/api/form-series-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Forms, 0, Handler::Report,
        "form-series-report", { { "fields[form-series-report]", 20260415 } } },
    { "/api/segment-values-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Segments, 0,
        Handler::Report, "segment-values-report", { { "fields[segment-values-report]", 20260415 } } },
    { "/api/segment-series-reports", false, "POST", EndpointFamily::Reports, EndpointFamily::Segments, 0,
        Handler::Report, "segment-series-report", { { "fields[segment-series-report]", 20260415 } } },
};

int revisionNumber(const QString& rev)
{
    return rev.left(4).toInt() * 10000 + rev.mid(5, 2).toInt() * 100 + rev.mid(8, 2).toInt();
}

QByteArray errorBody(const QList<DemoError>& errors, QByteArrayView seed)
{
    DemoJsonWriter w;
    w.beginObject();
    w.key("errors"_L1);
    w.beginArray();
    int n = 0;
    for (const DemoError& e : errors) {
        w.beginObject();
        w.key("id"_L1);
        w.value(ephemeralUuid(seed.toByteArray() + QByteArray::number(n++)));
        w.key("status"_L1);
        w.valueInt(e.status);
        w.key("code"_L1);
        w.value(e.code);
        w.key("title"_L1);
        w.value(e.title);
        w.key("detail"_L1);
        w.value(e.detail);
        w.key("source"_L1);
        w.beginObject();
        if (!e.pointer.isEmpty()) {
            w.key("pointer"_L1);
            w.value(e.pointer);
        }
        if (!e.parameter.isEmpty()) {
            w.key("parameter"_L1);
            w.value(e.parameter);
        }
        w.endObject();
        if (e.status == 429) {
            w.key("links"_L1);
            w.beginObject();
            w.key("type"_L1);
            w.value("https://developers.klaviyo.com/en/docs/rate_limits_and_error_handling#rate-limits"_L1);
            w.endObject();
        }
        w.key("meta"_L1);
        w.beginObject();
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

constexpr QLatin1StringView kContentType = "application/vnd.api+json"_L1;

QByteArray challengePage()
{
    return "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>"
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
           "<meta name=\"robots\" content=\"noindex,nofollow\"></head><body>"
           "<div class=\"main-wrapper\" role=\"main\"><div class=\"main-content\">"
           "<h1 class=\"zone-name-title h1\">a.klaviyo.com</h1>"
           "<h2 class=\"h2\">Verifying you are human. This may take a few seconds.</h2>"
           "</div></div></body></html>\n";
}

QByteArray gatewayPage(int status)
{
    const QByteArray code = QByteArray::number(status);
    const QByteArray reason = httpReasonPhrase(status);
    return "<html>\r\n<head><title>" + code + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>" + code + " "
        + reason + "</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";
}

} // namespace

struct DemoEngine::Private {
    std::shared_ptr<const DemoStore> store;
    EngineOptions options;
    DemoRateLimiter limiter;
    DemoFaultPlan faults;
    QString faultError;
    std::atomic<quint64> requestCounter { 0 };

    qint64 clockMs() const
    {
        return options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch();
    }
    /// The account's "now": the clock when the anchor date is today there, otherwise the last
    /// instant of the anchor date (generated data ends then).
    qint64 accountNowMs(qint64 clock) const
    {
        const QDate today = QDateTime::fromMSecsSinceEpoch(clock, store->zone).date();
        if (!store->anchorDate.isValid() || store->anchorDate == today)
            return clock;
        return calendar::startOfDay(store->anchorDate.addDays(1), store->zone) - 1;
    }

    HttpResponse respond(const RequestContext* ctx, const QString& requestedRevision, const Outcome& outcome,
        QByteArrayView seed) const;
    /// The published limits of @p family in @p revision, scaled by the options.
    DemoRateLimiter::Limits limitsFor(EndpointFamily family, const QString& revision) const;
    /// An answer that returns before the limiter (401, 403, 404, 405, 415, 400 on the revision)
    /// still carries the RateLimit-* headers of its endpoint family; nothing is counted.
    /// @p route null: an unknown path, which reports the metrics tier [INF].
    HttpResponse withPeekedRateHeaders(HttpResponse r, const Route* route, const QString& requestedRevision);
    HttpResponse applyFault(const DemoFaultPlan::Fault& fault, HttpResponse response) const;
    HttpResponse route(const HttpRequest& request);
};

HttpResponse DemoEngine::Private::respond(const RequestContext* ctx, const QString& requestedRevision,
    const Outcome& outcome, QByteArrayView seed) const
{
    Q_UNUSED(ctx);
    HttpResponse r;
    r.status = outcome.status;
    r.addHeader("Content-Type", QByteArray(kContentType.data(), kContentType.size()));
    r.addHeader("Vary", "Accept, Accept-Language, Cookie");
    r.addHeader("Content-Language", "en-us");
    // Echo only a well-formed revision: the header value comes from the client.
    if (revision::isValidRevisionText(requestedRevision))
        r.addHeader("X-Klaviyo-API-Revision", requestedRevision.toLatin1());
    r.body = outcome.isError() ? errorBody(outcome.errors, seed) : outcome.body;
    return r;
}

DemoRateLimiter::Limits DemoEngine::Private::limitsFor(EndpointFamily family, const QString& revision) const
{
    const RateLimit published = revision::rateLimit(family, revision);
    const auto scaled = [this](int limit) {
        return limit <= 0 ? 0 : std::max(1, int(std::lround(limit * options.rateLimitScale)));
    };
    return { scaled(published.burstPerSecond), scaled(published.steadyPerMinute), scaled(published.perDay) };
}

namespace {

/// The newest revision table we ship dated on or before @p requested (its YYYY-MM-DD part);
/// @p fallback when all are newer.
QString revisionOnOrBefore(const QString& requested, const QString& fallback)
{
    QString effective = fallback;
    const QString date = requested.left(10);
    for (const QString& rev : revision::knownRevisions()) {
        if (rev <= date)
            effective = rev;
    }
    return effective;
}

} // namespace

HttpResponse DemoEngine::Private::withPeekedRateHeaders(
    HttpResponse r, const Route* route, const QString& requestedRevision)
{
    if (!options.rateLimits)
        return r;
    const EndpointFamily family = route ? route->rateFamily : EndpointFamily::Metrics;
    const int bucket = route ? int(route->rateFamily) : -1;
    // The requested revision when it is usable, else the newest; an endpoint that does not exist
    // in the requested revision reports its current limits.
    const QString newest = revision::knownRevisions().constLast();
    const QString effective = revision::isValidRevisionText(requestedRevision)
        ? revisionOnOrBefore(requestedRevision, newest)
        : newest;
    DemoRateLimiter::Limits limits = limitsFor(family, effective);
    if (limits.perSecond <= 0 && limits.perMinute <= 0 && limits.perDay <= 0)
        limits = limitsFor(family, newest);
    const DemoRateLimiter::Decision decision = limiter.peek(bucket, limits, clockMs());
    if (decision.limitHeader.isEmpty())
        return r;
    r.addHeader("RateLimit-Limit", decision.limitHeader);
    r.addHeader("RateLimit-Remaining", QByteArray::number(decision.remaining));
    r.addHeader("RateLimit-Reset", QByteArray::number(decision.resetSeconds));
    return r;
}

HttpResponse DemoEngine::Private::applyFault(const DemoFaultPlan::Fault& fault, HttpResponse response) const
{
    response.delayMs = fault.latencyMs;
    switch (fault.kind) {
    case DemoFaultPlan::Kind::None:
        break;
    case DemoFaultPlan::Kind::Status: {
        HttpResponse r;
        r.status = fault.status;
        r.delayMs = fault.latencyMs;
        if (fault.status == 429 || fault.status == 500) {
            DemoError e;
            e.status = fault.status;
            if (fault.status == 429) {
                e.code = u"throttled"_s;
                e.title = u"Request was throttled."_s;
                e.detail = u"Request was throttled. Expected available in 1 second."_s;
                e.pointer = u"/data"_s;
                r.addHeader("Retry-After", "1");
            } else {
                e.code = u"error"_s;
                e.title = u"A server error occurred."_s;
                e.detail = u"A server error occurred."_s;
            }
            r.addHeader("Content-Type", "application/vnd.api+json");
            r.body = errorBody({ e }, QByteArray(QByteArray("fault") + QByteArray::number(fault.status)));
        } else {
            // Gateways answer in HTML; 503 says when to come back.
            r.addHeader("Content-Type", "text/html");
            r.addHeader("Server", "cloudflare");
            if (fault.status == 503)
                r.addHeader("Retry-After", "1");
            r.body = gatewayPage(fault.status);
        }
        return r;
    }
    case DemoFaultPlan::Kind::Html403: {
        HttpResponse r;
        r.status = 403;
        r.delayMs = fault.latencyMs;
        r.addHeader("Content-Type", "text/html; charset=UTF-8");
        r.addHeader("cf-mitigated", "challenge");
        r.addHeader("Server", "cloudflare");
        r.body = challengePage();
        return r;
    }
    case DemoFaultPlan::Kind::Truncate:
        response.transportFault = TransportFault::Truncate;
        break;
    case DemoFaultPlan::Kind::Malformed:
        // Valid start, broken end: a parser must report it, not crash.
        response.body = response.body.left(std::max<qsizetype>(1, response.body.size() * 2 / 3)) + "\",,}{";
        break;
    case DemoFaultPlan::Kind::Drop:
        response.transportFault = TransportFault::Drop;
        break;
    case DemoFaultPlan::Kind::Trickle:
        response.transportFault = TransportFault::Trickle;
        break;
    }
    return response;
}

DemoEngine::DemoEngine(std::shared_ptr<const DemoStore> store, EngineOptions options)
    : d(std::make_unique<Private>())
{
    d->store = std::move(store);
    d->options = std::move(options);
    if (!d->options.faults.isEmpty() && !d->faults.parse(d->options.faults, d->options.faultSeed, &d->faultError))
        d->faults.parse(QString(), 1, nullptr);
}

DemoEngine::~DemoEngine() = default;

const DemoStore& DemoEngine::store() const
{
    return *d->store;
}

const EngineOptions& DemoEngine::options() const
{
    return d->options;
}

QString DemoEngine::faultSpecError() const
{
    return d->faultError;
}

HttpResponse DemoEngine::handle(const HttpRequest& request)
{
    const DemoFaultPlan::Fault fault = d->faults.isEmpty() ? DemoFaultPlan::Fault {} : d->faults.next();
    // Front-door faults (gateway errors, challenge pages) never reach the API: no quota is used.
    if (fault.kind == DemoFaultPlan::Kind::Status || fault.kind == DemoFaultPlan::Kind::Html403
        || fault.kind == DemoFaultPlan::Kind::Drop)
        return d->applyFault(fault, HttpResponse {});
    return d->applyFault(fault, d->route(request));
}

HttpResponse DemoEngine::Private::route(const HttpRequest& request)
{
    const quint64 serial = ++requestCounter;
    const QByteArray seed = request.method + request.path + request.query + request.body + QByteArray::number(serial);
    const QString requestedRevision = QString::fromLatin1(request.header("revision")).trimmed();
    // An error before the rate limit: not counted, but with the RateLimit-* headers of @p on.
    const auto earlyError = [&](const DemoError& e, const Route* on) {
        return withPeekedRateHeaders(respond(nullptr, requestedRevision, Outcome::fail(e), seed), on, requestedRevision);
    };

    // --- path ---------------------------------------------------------------------------------
    QString path = QUrl::fromPercentEncoding(request.path);
    const bool trailingSlash = path.size() > 1 && path.endsWith(u'/');
    if (trailingSlash)
        path.chop(1);
    const Route* matched = nullptr;
    const Route* onPath = nullptr; ///< any route of the path (405)
    QString id;
    QStringList allowedMethods;
    for (const Route& route : kRoutes) {
        const QLatin1StringView base(route.path);
        QString candidateId;
        if (route.hasId) {
            if (!path.startsWith(base) || path.size() <= base.size() + 1 || path[base.size()] != u'/')
                continue;
            candidateId = path.mid(base.size() + 1);
            if (candidateId.contains(u'/'))
                continue;
        } else if (path != base) {
            continue;
        }
        allowedMethods.append(QString::fromLatin1(route.method));
        if (!onPath)
            onPath = &route;
        if (request.method == route.method) {
            matched = &route;
            id = candidateId;
        }
    }
    if (allowedMethods.isEmpty()) {
        DemoError e = notFound(u"Not found."_s);
        return earlyError(e, nullptr);
    }
    if (!matched) {
        DemoError e;
        e.status = 405;
        e.code = u"method_not_allowed"_s;
        e.title = u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(request.method));
        e.detail = e.title;
        HttpResponse r = respond(nullptr, requestedRevision, Outcome::fail(e), seed);
        allowedMethods.removeDuplicates();
        r.addHeader("Allow", allowedMethods.join(u", "_s).toLatin1());
        return withPeekedRateHeaders(std::move(r), onPath, requestedRevision);
    }

    // --- authentication -------------------------------------------------------------------------
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.isEmpty()) {
        DemoError e;
        e.status = 401;
        e.code = u"not_authenticated"_s;
        e.title = u"Authentication credentials were not provided."_s;
        e.detail = u"Missing or invalid authorization scheme. Please use Klaviyo-API-Key."_s;
        return earlyError(e, matched);
    }
    const QByteArray scheme = "Klaviyo-API-Key ";
    const QByteArray key = authorization.startsWith(scheme) ? authorization.mid(scheme.size()).trimmed() : QByteArray();
    const bool keyOk = options.apiKey.isEmpty() ? key.startsWith("pk_") && key.size() > 3
                                                : !key.isEmpty() && key == options.apiKey.toUtf8();
    if (!keyOk) {
        DemoError e;
        e.status = 401;
        e.code = authorization.startsWith(scheme) ? u"authentication_failed"_s : u"not_authenticated"_s;
        e.title = authorization.startsWith(scheme) ? u"Incorrect authentication credentials."_s
                                                   : u"Authentication credentials were not provided."_s;
        // Never echo the key.
        e.detail = authorization.startsWith(scheme) ? u"Incorrect authentication credentials."_s
                                                    : u"Missing or invalid authorization scheme. Please use Klaviyo-API-Key."_s;
        return earlyError(e, matched);
    }

    // --- revision -------------------------------------------------------------------------------
    if (requestedRevision.isEmpty()) {
        DemoError e = invalidParameter(u"Missing required header: revision."_s, u"revision"_s);
        return earlyError(e, matched);
    }
    if (!revision::isValidRevisionText(requestedRevision)) {
        DemoError e = invalidParameter(
            u"Invalid revision \"%1\"; use the format YYYY-MM-DD[.suffix]."_s.arg(requestedRevision), u"revision"_s);
        return earlyError(e, matched);
    }
    // The newest known revision on or before the requested date; older dates use the oldest
    // table we ship (2023-10-15) [INF: Klaviyo serves 2022-10-17 onwards].
    const QString effective = revisionOnOrBefore(requestedRevision, revision::knownRevisions().constFirst());
    const int revNumber = revisionNumber(effective);
    const bool available = matched->handler == Handler::Report
        ? revision::reportAvailable(*reportTypeFromName(QString::fromLatin1(matched->resource)), effective)
        : revNumber >= matched->since;
    if (!available) {
        DemoError e = notFound(u"No valid revisions found for method"_s);
        return earlyError(e, matched);
    }

    // --- scope ----------------------------------------------------------------------------------
    const QString scope = revision::scopeFor(matched->scopeFamily, effective);
    if (!options.scopes.isEmpty() && !scope.isEmpty()) {
        // list:read (2023 spelling) and lists:read are the same permission.
        QString alias = scope;
        if (scope == u"list:read"_s)
            alias = u"lists:read"_s;
        else if (scope == u"lists:read"_s)
            alias = u"list:read"_s;
        if (!options.scopes.contains(scope) && !options.scopes.contains(alias)) {
            DemoError e;
            e.status = 403;
            e.code = u"permission_denied"_s;
            e.title = u"You do not have permission to perform this action."_s;
            e.detail = u"This API key is missing required scopes: %1."_s.arg(scope);
            return earlyError(e, matched);
        }
    }

    // --- media type -----------------------------------------------------------------------------
    if (request.method == "POST") {
        const QByteArray contentType = request.header("content-type").split(';').value(0).trimmed().toLower();
        if (!contentType.isEmpty() && contentType != "application/json" && contentType != "application/vnd.api+json") {
            DemoError e;
            e.status = 415;
            e.code = u"unsupported_media_type"_s;
            e.title = u"Unsupported media type \"%1\" in request."_s.arg(QString::fromLatin1(contentType));
            e.detail = e.title;
            return earlyError(e, matched);
        }
    }

    // --- rate limit -----------------------------------------------------------------------------
    const qint64 clock = clockMs();
    DemoRateLimiter::Decision decision;
    if (options.rateLimits) {
        decision = limiter.acquire(int(matched->rateFamily), limitsFor(matched->rateFamily, effective), clock);
        if (!decision.allowed) {
            DemoError e;
            e.status = 429;
            e.code = u"throttled"_s;
            e.title = u"Request was throttled."_s;
            e.detail = decision.retryAfterSeconds == 1
                ? u"Request was throttled. Expected available in 1 second."_s
                : u"Request was throttled. Expected available in %1 seconds."_s.arg(decision.retryAfterSeconds);
            e.pointer = u"/data"_s;
            HttpResponse r = respond(nullptr, requestedRevision, Outcome::fail(e), seed);
            r.addHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
            return r;
        }
    }

    // --- query parameters -----------------------------------------------------------------------
    RequestContext ctx;
    ctx.http = &request;
    ctx.store = store.get();
    ctx.options = &options;
    ctx.revision = effective;
    ctx.revisionNumber = revNumber;
    ctx.path = path;
    ctx.trailingSlash = trailingSlash;
    ctx.id = id;
    ctx.nowMs = accountNowMs(clock);
    Outcome outcome;
    for (const QByteArray& part : request.query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QString name = decodeQueryComponent(eq < 0 ? part : part.left(eq));
        const QString value = eq < 0 ? QString() : decodeQueryComponent(part.mid(eq + 1));
        bool allowed = false;
        for (const Param& p : matched->params) {
            if (name == QLatin1StringView(p.name) && revNumber >= p.since && revNumber < p.until)
                allowed = true;
        }
        if (!allowed) {
            outcome = Outcome::fail(invalidParameter(
                u"'%1' is not a valid query parameter for this endpoint."_s.arg(name), name));
            break;
        }
        if (ctx.hasParam(name)) {
            outcome = Outcome::fail(invalidParameter(u"Duplicate query parameter '%1'."_s.arg(name), name));
            break;
        }
        ctx.query.append({ name, value });
    }

    if (!outcome.isError()) {
        switch (matched->handler) {
        case Handler::Lookup:
            outcome = handleLookup(ctx, QString::fromLatin1(matched->resource), matched->hasId);
            break;
        case Handler::Aggregates:
            outcome = handleMetricAggregates(ctx);
            break;
        case Handler::Report:
            outcome = handleReport(ctx, *reportTypeFromName(QString::fromLatin1(matched->resource)));
            break;
        }
    }
    HttpResponse r = respond(&ctx, requestedRevision, outcome, seed);
    if (options.rateLimits) {
        r.addHeader("RateLimit-Limit", decision.limitHeader);
        r.addHeader("RateLimit-Remaining", QByteArray::number(decision.remaining));
        r.addHeader("RateLimit-Reset", QByteArray::number(decision.resetSeconds));
    }
    return r;
}

// --- shared helpers ---------------------------------------------------------------------------

namespace demoimpl {

DemoError invalidBody(const QString& detail, const QString& pointer)
{
    DemoError e;
    e.detail = detail;
    e.pointer = pointer;
    return e;
}

DemoError invalidParameter(const QString& detail, const QString& parameter)
{
    DemoError e;
    e.detail = detail;
    e.parameter = parameter;
    return e;
}

DemoError notFound(const QString& detail)
{
    DemoError e;
    e.status = 404;
    e.code = u"not_found"_s;
    e.title = u"Not found."_s;
    e.detail = detail;
    return e;
}

bool RequestContext::hasParam(QStringView name) const
{
    for (const auto& [k, v] : query) {
        if (k == name)
            return true;
    }
    return false;
}

QString RequestContext::param(QStringView name) const
{
    for (const auto& [k, v] : query) {
        if (k == name)
            return v;
    }
    return {};
}

QString RequestContext::link(const QString& p) const
{
    return QString::fromLatin1(http->origin) + p;
}

QString RequestContext::selfLink() const
{
    QString out = link(path + (trailingSlash ? u"/"_s : QString()));
    if (!http->query.isEmpty())
        out += u'?' + QString::fromLatin1(http->query);
    return out;
}

QString RequestContext::linkWithParam(const QString& name, const QString& value) const
{
    QByteArray q;
    bool replaced = false;
    for (const auto& [k, v] : query) {
        if (!q.isEmpty())
            q += '&';
        q += encodeQueryComponent(k) + '=';
        if (k == name) {
            q += encodeQueryComponent(value);
            replaced = true;
        } else {
            q += encodeQueryComponent(v);
        }
    }
    if (!replaced) {
        if (!q.isEmpty())
            q += '&';
        q += encodeQueryComponent(name) + '=' + encodeQueryComponent(value);
    }
    return link(path + (trailingSlash ? u"/"_s : QString())) + u'?' + QString::fromLatin1(q);
}

QString decodeQueryComponent(QByteArrayView text)
{
    QByteArray bytes = text.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QByteArray encodeQueryComponent(const QString& text)
{
    return text.toUtf8().toPercentEncoding();
}

QString encodeCursor(qint64 offset, QStringView tag)
{
    const QByteArray json = "[" + QByteArray::number(offset) + ",\"" + tag.toUtf8() + "\"]";
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(QStringView cursor, QStringView tag, qint64* offset)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonArray array = doc.array();
    if (array.size() != 2 || !array.at(0).isDouble() || array.at(1).toString() != tag)
        return false;
    const double value = array.at(0).toDouble();
    if (value < 0 || value > 1e12 || value != std::floor(value))
        return false;
    *offset = qint64(value);
    return true;
}

QString ephemeralNumericId(const QByteArray& seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Sha1);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(hash[i]);
    return QString::number(v % 9'000'000'000'000'000'000ULL + 1'000'000'000'000'000'000ULL);
}

QString ephemeralUuid(const QByteArray& seed)
{
    QByteArray hash = QCryptographicHash::hash(seed, QCryptographicHash::Md5);
    hash[6] = char((hash[6] & 0x0f) | 0x40);
    hash[8] = char((hash[8] & 0x3f) | 0x80);
    const QByteArray hex = hash.toHex();
    return QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
        + hex.mid(20, 12));
}

std::optional<QList<FilterExpr>> parseConditions(const QString& text, DemoError* error, const QString& parameter,
    const QString& pointer)
{
    FilterParseError parseError;
    const std::optional<FilterExpr> expr = parseFilter(text, &parseError);
    if (!expr) {
        error->status = 400;
        error->detail = u"Invalid filter provided: %1 (at character %2)."_s.arg(parseError.message).arg(parseError.position);
        error->parameter = parameter;
        error->pointer = pointer;
        return std::nullopt;
    }
    return flattenConditions(*expr);
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace demoimpl

} // namespace kx
