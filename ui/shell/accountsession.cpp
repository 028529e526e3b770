// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsession.h"

#include "api/apiclient.h"
#include "api/apiratelimiter.h"
#include "api/metricsfetch.h"
#include "auth/memorycredentialstore.h"

#include <QDateTime>
#include <QSettings>

namespace kx {

namespace {
QString stateKey(ScopeCheck::State state)
{
    switch (state) {
    case ScopeCheck::State::Granted:
        return QStringLiteral("granted");
    case ScopeCheck::State::Missing:
        return QStringLiteral("missing");
    case ScopeCheck::State::Pending:
    case ScopeCheck::State::Failed:
        break;
    }
    return {};
}
} // namespace

AccountSession::AccountSession(QNetworkAccessManager* network, CredentialStore* keychain, QSettings* settings,
    const QString& cacheDir, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_keychain(keychain)
    , m_sessionKeys(new MemoryCredentialStore(this))
    , m_settings(settings)
    , m_profiles(settings)
    , m_cache(cacheDir)
    , m_client(std::make_unique<ApiClient>(network))
{
}

AccountSession::~AccountSession()
{
    // The fetch's calls must go before the client.
    if (m_fetch) {
        m_fetch->cancel();
        delete m_fetch.data();
    }
}

qint64 AccountSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void AccountSession::activate(const Profile& profile)
{
    ++m_generation;
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    m_profile = profile;
    m_active = true;
    m_profiles.setActiveProfileId(profile.id);
    m_names.clear();
    m_client->setApiKey(QString());
    m_client->rateLimiter()->reset();
    configureClient();
    loadScopes();

    m_metrics.clear();
    m_refreshedAt = {};
    if (const auto cached = m_cache.load(profile.id)) {
        m_metrics = cached->metrics;
        m_refreshedAt = cached->refreshedAt;
    }
    Q_EMIT profileChanged();
    Q_EMIT metricsChanged();
    Q_EMIT scopesChanged();

    setState(ConnectionState::Connecting, tr("Connecting to %1…").arg(profile.name));
    if (profile.isDemo) {
        m_client->setApiKey(demoKey());
        refreshMetrics();
        return;
    }
    const quint64 generation = m_generation;
    const QString id = profile.id;
    // A key kept for this session wins over the keychain (the keychain may not work at all).
    m_sessionKeys->readKey(id, this, [this, generation, id](const CredentialResult& result) {
        if (generation != m_generation)
            return;
        if (result.isOk()) {
            keyRead(result);
            return;
        }
        m_keychain->readKey(id, this, [this, generation](const CredentialResult& stored) {
            if (generation == m_generation)
                keyRead(stored);
        });
    });
}

void AccountSession::activateDemo()
{
    activate(demoProfile());
}

void AccountSession::reconnect()
{
    if (m_active) {
        // Settings may have changed the profile itself (URL, revision): reload it.
        const auto stored = m_profiles.profile(m_profile.id);
        activate(stored ? *stored : m_profile);
    }
}

void AccountSession::deactivate()
{
    ++m_generation;
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->cancel();
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    m_active = false;
    m_profile = {};
    m_metrics.clear();
    m_refreshedAt = {};
    m_names.clear();
    m_client->setApiKey(QString());
    m_profiles.setActiveProfileId(QString());
    Q_EMIT profileChanged();
    Q_EMIT metricsChanged();
    setState(ConnectionState::NoAccount);
}

void AccountSession::configureClient()
{
    QString error;
    if (!m_client->setBaseUrl(m_profile.baseUrl, &error))
        m_client->setBaseUrl(ApiClient::defaultBaseUrl());
    if (!m_client->setRevision(m_profile.revision))
        m_client->setRevision(revision::defaultRevision());
}

void AccountSession::keyRead(const CredentialResult& result)
{
    if (!result.isOk()) {
        if (result.status == CredentialResult::Status::NotFound) {
            setState(ConnectionState::NoKey,
                tr("No API key is saved for %1. Open Settings to add the account's private API key.").arg(m_profile.name));
        } else {
            setState(ConnectionState::NoKey, result.message);
        }
        return;
    }
    if (!m_client->setApiKey(result.key)) {
        setState(ConnectionState::KeyRejected,
            tr("The saved API key contains characters a key cannot have. Paste the key again in Settings."));
        return;
    }
    QString error;
    if (!ApiClient::isAllowedBaseUrl(m_profile.baseUrl, &error)) {
        setState(ConnectionState::Failed, error);
        return;
    }
    refreshMetrics();
}

void AccountSession::refreshMetrics()
{
    if (!m_active || m_fetch || !m_client->hasApiKey())
        return;
    m_fetch = new MetricsFetch(m_client.get(), this);
    connect(m_fetch, &ApiOperation::finished, this, &AccountSession::fetchFinished);
    setState(ConnectionState::Connecting, tr("Refreshing the metric list…"));
    m_fetch->start();
}

void AccountSession::fetchFinished()
{
    MetricsFetch* fetch = m_fetch;
    m_fetch = nullptr;
    if (!fetch)
        return;
    fetch->deleteLater();
    if (fetch->isSuccess()) {
        m_metrics = fetch->metrics();
        m_refreshedAt = QDateTime::fromMSecsSinceEpoch(now(), QTimeZone::utc());
        m_cache.save(m_profile.id, { m_metrics, m_refreshedAt });
        if (m_scopes.value(EndpointFamily::Metrics) != ScopeCheck::State::Granted) {
            m_scopes.insert(EndpointFamily::Metrics, ScopeCheck::State::Granted);
            Q_EMIT scopesChanged();
        }
        Q_EMIT metricsChanged();
        setState(ConnectionState::Connected);
        return;
    }
    const ApiError& error = fetch->error();
    switch (error.kind) {
    case ApiError::Kind::Cancelled:
        setState(m_metrics.isEmpty() ? ConnectionState::Failed : ConnectionState::Offline, error.message);
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        setState(ConnectionState::Offline, error.message);
        break;
    case ApiError::Kind::Auth:
        setState(ConnectionState::KeyRejected, error.message);
        break;
    case ApiError::Kind::Permission:
        markScopeMissing(EndpointFamily::Metrics);
        setState(ConnectionState::Failed, error.message);
        break;
    default:
        setState(ConnectionState::Failed, error.message);
        break;
    }
}

void AccountSession::setState(ConnectionState state, const QString& message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT connectionStateChanged(state);
}

std::optional<MetricInfo> AccountSession::metric(const QString& id) const
{
    for (const MetricInfo& m : m_metrics) {
        if (m.id == id)
            return m;
    }
    return std::nullopt;
}

std::optional<MetricInfo> AccountSession::metricByName(const QString& name, const QString& integration) const
{
    std::optional<MetricInfo> any;
    for (const MetricInfo& m : m_metrics) {
        if (m.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (integration.isEmpty() || m.integrationName.compare(integration, Qt::CaseInsensitive) == 0)
            return m;
        if (!any)
            any = m;
    }
    return any;
}

QString AccountSession::scopeSettingsKey(const QString& profileId) const
{
    return QStringLiteral("scopes/") + profileId;
}

void AccountSession::loadScopes()
{
    m_scopes.clear();
    if (m_profile.isDemo)
        return;
    m_settings->beginGroup(scopeSettingsKey(m_profile.id));
    for (const ScopeCheck& c : ConnectionTester::scopeChecks(m_profile.revision)) {
        const QString value = m_settings->value(QString::number(int(c.family))).toString();
        if (value == u"granted")
            m_scopes.insert(c.family, ScopeCheck::State::Granted);
        else if (value == u"missing")
            m_scopes.insert(c.family, ScopeCheck::State::Missing);
    }
    m_settings->endGroup();
}

void AccountSession::setScopeChecks(const QString& profileId, const QList<ScopeCheck>& checks)
{
    m_settings->beginGroup(scopeSettingsKey(profileId));
    for (const ScopeCheck& c : checks) {
        const QString value = stateKey(c.state);
        if (!value.isEmpty())
            m_settings->setValue(QString::number(int(c.family)), value);
    }
    m_settings->endGroup();
    if (m_active && profileId == m_profile.id) {
        loadScopes();
        Q_EMIT scopesChanged();
    }
}

void AccountSession::markScopeMissing(EndpointFamily family)
{
    if (!m_active || m_profile.isDemo) {
        // The demo account's scopes are a test setting; remember them for this session only.
        m_scopes.insert(family, ScopeCheck::State::Missing);
        Q_EMIT scopesChanged();
        return;
    }
    ScopeCheck check;
    check.family = family;
    check.state = ScopeCheck::State::Missing;
    setScopeChecks(m_profile.id, { check });
}

ScopeCheck::State AccountSession::scopeState(EndpointFamily family) const
{
    return m_scopes.value(family, ScopeCheck::State::Pending);
}

QString AccountSession::scopeBlockReason(EndpointFamily family) const
{
    if (scopeState(family) != ScopeCheck::State::Missing)
        return {};
    const QString rev = m_profile.revision.isEmpty() ? revision::defaultRevision() : m_profile.revision;
    for (const ScopeCheck& c : ConnectionTester::scopeChecks(rev)) {
        if (c.family == family)
            return ConnectionTester::missingScopeAdvice(c);
    }
    return {};
}

QString AccountSession::cachedName(NameKind kind, const QString& id) const
{
    return m_names.value(kind).value(id);
}

bool AccountSession::hasCachedName(NameKind kind, const QString& id) const
{
    return m_names.value(kind).contains(id);
}

void AccountSession::cacheNames(NameKind kind, const QHash<QString, QString>& names)
{
    QHash<QString, QString>& target = m_names[kind];
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        target.insert(it.key(), it.value());
}

void AccountSession::saveKey(const QString& profileId, const QString& key, QObject* context, CredentialCallback callback)
{
    m_keychain->writeKey(profileId, key, context, std::move(callback));
}

void AccountSession::useKeyForSession(const QString& profileId, const QString& key)
{
    m_sessionKeys->writeKey(profileId, key, this, [](const CredentialResult&) {});
}

} // namespace kx
