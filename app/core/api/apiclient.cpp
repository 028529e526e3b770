// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "apiratelimiter.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

int defaultPort(const QString& scheme)
{
    return scheme.compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString shellQuote(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', "'\\''"_L1);
    return u'\'' + quoted + u'\'';
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_limiter(new ApiRateLimiter(this))
    , m_baseUrl(defaultBaseUrl())
    , m_revision(revision::defaultRevision())
{
    m_limiter->setRevision(m_revision);
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(u"https://a.klaviyo.com"_s);
}

bool ApiClient::isAllowedBaseUrl(const QUrl& url, QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("“%1” is not a server address. Use an address such as https://a.klaviyo.com.")
                          .arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != "https"_L1 && scheme != "http"_L1)
        return refuse(tr("The server address must start with https://."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refuse(tr("The server address must not contain a user name, a query or a fragment."));
    if (scheme == "http"_L1 && !isLoopbackHost(url.host())) {
        return refuse(tr("The server address %1 uses plain http, which would send the API key unencrypted. Use "
                         "https://, or http:// only for a server on this computer (localhost).")
                          .arg(url.toDisplayString()));
    }
    return true;
}

bool ApiClient::setBaseUrl(const QUrl& url, QString* error)
{
    if (!isAllowedBaseUrl(url, error))
        return false;
    m_baseUrl = url;
    return true;
}

bool ApiClient::setApiKey(const QString& key)
{
    const QString trimmed = key.trimmed();
    m_apiKey.clear();
    m_keyError.clear();
    if (trimmed.isEmpty())
        return true;
    for (const QChar c : trimmed) {
        // Printable ASCII only: anything else could not travel in an HTTP header (and CR/LF would
        // let a pasted value inject headers).
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            m_keyError = tr("The API key contains characters a Klaviyo key cannot have. Paste the private key again; "
                            "it starts with pk_.");
            return false;
        }
    }
    m_apiKey = trimmed;
    return true;
}

bool ApiClient::setRevision(const QString& revision)
{
    if (!revision::isValidRevisionText(revision))
        return false;
    m_revision = revision;
    m_limiter->setRevision(revision);
    return true;
}

void ApiClient::setTransferTimeoutMs(int ms)
{
    m_transferTimeoutMs = std::max(1, ms);
}

void ApiClient::setRetryPolicy(const RetryPolicy& policy)
{
    m_retryPolicy = policy;
}

void ApiClient::setRequestLogger(RequestLogger logger)
{
    m_logger = std::move(logger);
}

QByteArray ApiClient::encodeQuery(const QList<QueryItem>& items)
{
    QByteArray query;
    for (const auto& [name, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return query;
}

QUrl ApiClient::requestUrl(const ApiRequest& request, QString* error) const
{
    return requestUrl(request, m_baseUrl, error);
}

QUrl ApiClient::requestUrl(const ApiRequest& request, const QUrl& base, QString* error)
{
    if (request.absoluteUrl.isValid() && !request.absoluteUrl.isEmpty()) {
        const QUrl& next = request.absoluteUrl;
        const bool sameServer = next.scheme().compare(base.scheme(), Qt::CaseInsensitive) == 0
            && next.host().compare(base.host(), Qt::CaseInsensitive) == 0
            && next.port(defaultPort(next.scheme())) == base.port(defaultPort(base.scheme()))
            && next.userInfo().isEmpty();
        if (!sameServer) {
            if (error) {
                *error = tr("Klaviyo's link to the next page points to another server (%1); the app does not "
                            "send the API key there.")
                             .arg(next.host());
            }
            return {};
        }
        return next;
    }
    if (!request.path.startsWith(u'/')) {
        if (error)
            *error = tr("The request path “%1” is not valid.").arg(request.path);
        return {};
    }
    QByteArray encoded = base.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    encoded += QUrl::toPercentEncoding(request.path, "/");
    const QByteArray query = encodeQuery(request.query);
    if (!query.isEmpty())
        encoded += '?' + query;
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);
    if (!url.isValid()) {
        if (error)
            *error = tr("The request path “%1” is not valid.").arg(request.path);
        return {};
    }
    return url;
}

QByteArray ApiClient::userAgent()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(KX_VERSION);
    return "klaviyo-explorer/" + version.toUtf8();
}

ApiCall* ApiClient::send(const ApiRequest& request, QObject* parent)
{
    ApiCall::Config config;
    config.network = m_network;
    config.limiter = m_limiter;
    QString urlError;
    config.url = requestUrl(request, &urlError);
    config.urlError = urlError;
    const QString revision = request.revision.isEmpty() ? m_revision : request.revision;
    if (config.urlError.isEmpty() && !revision::isValidRevisionText(revision))
        config.urlError = tr("“%1” is not an API revision (YYYY-MM-DD).").arg(revision);
    config.revision = revision.toLatin1();
    if (m_apiKey.isEmpty()) {
        config.keyError = m_keyError.isEmpty()
            ? tr("No API key is set for this account. Enter the private key in Settings → Accounts.")
            : m_keyError;
    } else {
        config.authorization = "Klaviyo-API-Key " + m_apiKey.toLatin1();
    }
    config.userAgent = userAgent();
    config.transferTimeoutMs = m_transferTimeoutMs;
    config.retry = m_retryPolicy;
    config.logger = m_logger;

    auto* call = new ApiCall(std::move(config), request, parent ? parent : this);
    QMetaObject::invokeMethod(call, &ApiCall::start, Qt::QueuedConnection);
    return call;
}

QString curlCommand(const ApiRequest& request, const QUrl& base, const QString& revision)
{
    const QUrl url = ApiClient::requestUrl(request, base);
    const QString rev = request.revision.isEmpty() ? revision : request.revision;
    QStringList lines;
    if (request.method == ApiRequest::Method::Post)
        lines << u"curl --request POST "_s + shellQuote(QString::fromUtf8(url.toEncoded()));
    else
        lines << u"curl --request GET "_s + shellQuote(QString::fromUtf8(url.toEncoded()));
    // Double quotes: the shell substitutes the variable, so the key never appears in the text.
    lines << u"  -H \"Authorization: Klaviyo-API-Key $KLAVIYO_API_KEY\""_s;
    lines << u"  -H "_s + shellQuote(u"revision: "_s + rev);
    lines << u"  -H "_s + shellQuote(u"Accept: application/vnd.api+json"_s);
    if (request.method == ApiRequest::Method::Post) {
        lines << u"  -H "_s + shellQuote(u"Content-Type: application/vnd.api+json"_s);
        lines << u"  --data-raw "_s + shellQuote(QString::fromUtf8(request.body));
    }
    return lines.join(" \\\n"_L1);
}

} // namespace kx
