// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apirequest.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace kx {

class ApiRateLimiter;

/**
 * The Klaviyo REST client: turns ApiRequest values into ApiCall objects that carry the key, the
 * revision header, exact percent-encoding, rate limiting and retries. It holds the key in memory
 * only and never writes it anywhere (logs, errors, curl commands).
 *
 * @note Ownership: the QNetworkAccessManager belongs to the composition root and must outlive
 * the client; the client owns its ApiRateLimiter. Calls are children of the parent passed to send().
 * @note Thread: use from the thread that owns the network access manager.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RequestLogger = std::function<void(const RequestLogEntry&)>;

    explicit ApiClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ApiClient() override;

    /// https://a.klaviyo.com
    static QUrl defaultBaseUrl();
    /**
     * Sets the server. https is accepted for any host; plain http only for loopback hosts
     * (127.0.0.0/8, ::1, localhost) so a key is never sent in clear over a network. A URL with
     * credentials, a query or a fragment is refused. On refusal the base URL is unchanged and
     * @p error gets a translated sentence.
     */
    bool setBaseUrl(const QUrl& url, QString* error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    /// The same check as setBaseUrl() without changing anything.
    static bool isAllowedBaseUrl(const QUrl& url, QString* error = nullptr);

    /// The private API key, kept in memory only. Surrounding whitespace is trimmed; a key with
    /// control or non-ASCII characters is refused (returns false) and calls fail with Auth.
    bool setApiKey(const QString& key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    /// Revision header of every request without an override; default revision::defaultRevision().
    /// Also loads the limiter's limits for that revision. Refuses text that is not YYYY-MM-DD[.suffix].
    bool setRevision(const QString& revision);
    QString revision() const { return m_revision; }

    /// Transfer timeout per HTTP exchange: no bytes for this long fails the call with Timeout.
    void setTransferTimeoutMs(int ms);
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    void setRetryPolicy(const RetryPolicy& policy);
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }

    /// The limiter shared by every call of this client (owned by the client).
    ApiRateLimiter* rateLimiter() const { return m_limiter; }

    /// Called once per HTTP exchange with method, path, status and duration (never the key).
    void setRequestLogger(RequestLogger logger);

    /**
     * The URL @p request goes to: base URL + path + percent-encoded query, or its absoluteUrl
     * after checking it is on the base URL's scheme, host and port. Invalid URL and @p error set
     * when refused.
     */
    QUrl requestUrl(const ApiRequest& request, QString* error = nullptr) const;
    static QUrl requestUrl(const ApiRequest& request, const QUrl& base, QString* error = nullptr);

    /// `name=value&…` with both sides encoded by QUrl::toPercentEncoding (digest §2.3: `+` → %2B).
    static QByteArray encodeQuery(const QList<QueryItem>& items);

    /**
     * Starts @p request and returns its call at once; the call begins from the event loop, so
     * connect to its signals right away. The call is a child of @p parent (this client when null).
     */
    ApiCall* send(const ApiRequest& request, QObject* parent = nullptr);

    /// "klaviyo-explorer/<application version>"
    static QByteArray userAgent();

private:
    QPointer<QNetworkAccessManager> m_network;
    ApiRateLimiter* m_limiter = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_keyError;
    QString m_revision;
    int m_transferTimeoutMs = 60000;
    RetryPolicy m_retryPolicy;
    RequestLogger m_logger;
};

/**
 * The exact request as a shell command for support and documentation. The key is written as
 * `$KLAVIYO_API_KEY` (inside double quotes so the shell expands it), never the key itself.
 */
QString curlCommand(const ApiRequest& request, const QUrl& base, const QString& revision);

} // namespace kx
