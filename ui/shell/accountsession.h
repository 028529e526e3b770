// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/metricsfetch.h"
#include "api/namelookup.h"
#include "auth/credentialstore.h"
#include "connectiontester.h"
#include "metriccache.h"
#include "settings/profile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace kx {

class ApiClient;
class MemoryCredentialStore;

/**
 * The account the window works on: the active profile, its key (from the keychain or kept for
 * this session only), the API client configured for it, its metric list (cached on disk, refreshed
 * from Get Metrics), which scopes its key has, and names already looked up. Switching profiles
 * resets all of it. No widget code.
 * @note Does not own the network manager, the keychain store or the settings (the composition
 * root does); owns the client, the session-only key store and the running metrics fetch.
 */
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState {
        NoAccount,   ///< no profile active (welcome page)
        NoKey,       ///< the profile has no key saved
        Connecting,  ///< reading the key or fetching metrics
        Connected,   ///< the last request succeeded
        Offline,     ///< Klaviyo could not be reached; cached data on show
        KeyRejected, ///< 401: the key is wrong or revoked
        Failed,      ///< another error; see connectionMessage()
    };
    Q_ENUM(ConnectionState)

    /// The key the in-process demo account accepts.
    static QString demoKey() { return QStringLiteral("pk_demo"); }

    AccountSession(QNetworkAccessManager* network, CredentialStore* keychain, QSettings* settings,
        const QString& cacheDir, QObject* parent = nullptr);
    ~AccountSession() override;

    ProfileStore* profiles() { return &m_profiles; }
    CredentialStore* keychain() const { return m_keychain; }
    MemoryCredentialStore* sessionKeys() const { return m_sessionKeys; }
    ApiClient* client() const { return m_client.get(); }
    QNetworkAccessManager* network() const { return m_network; }
    QSettings* settings() const { return m_settings; }

    /// Clock for relative date ranges (UTC ms); default the system clock. Tests pin it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const;

    bool hasProfile() const { return m_active; }
    const Profile& profile() const { return m_profile; }
    /// Makes @p profile active (and persists the choice unless it is the demo): reads its key,
    /// shows its cached metrics at once, then refreshes them.
    void activate(const Profile& profile);
    void activateDemo();
    /// Re-reads the key of the active profile (after Settings saved a new one) and refreshes.
    void reconnect();
    /// No profile: back to the welcome page.
    void deactivate();

    ConnectionState connectionState() const { return m_state; }
    /// Translated sentence about the state (why it failed, what to do).
    QString connectionMessage() const { return m_stateMessage; }

    QList<MetricInfo> metrics() const { return m_metrics; }
    std::optional<MetricInfo> metric(const QString& id) const;
    /// First metric named @p name (case-insensitive), preferring @p integration when given.
    std::optional<MetricInfo> metricByName(const QString& name, const QString& integration = {}) const;
    QDateTime metricsRefreshedAt() const { return m_refreshedAt; }
    bool isRefreshing() const { return m_fetch != nullptr; }
    void refreshMetrics();

    /// What the last connection test or request said about a scope of the active profile.
    ScopeCheck::State scopeState(EndpointFamily family) const;
    /// Remembers the result of a connection test for @p profileId (persisted; no secret).
    void setScopeChecks(const QString& profileId, const QList<ScopeCheck>& checks);
    /// A request of @p family got a 403: mark its scope missing for the active profile.
    void markScopeMissing(EndpointFamily family);
    /// Why a feature using @p family is unavailable (translated), or empty when it is available.
    QString scopeBlockReason(EndpointFamily family) const;

    /// Names already looked up for the active profile.
    QString cachedName(NameKind kind, const QString& id) const;
    bool hasCachedName(NameKind kind, const QString& id) const;
    void cacheNames(NameKind kind, const QHash<QString, QString>& names);

    /// Saves @p key for @p profileId in the keychain; @p callback gets the store's answer.
    void saveKey(const QString& profileId, const QString& key, QObject* context, CredentialCallback callback);
    /// Keeps @p key in memory only (no keychain service): gone when the app quits.
    void useKeyForSession(const QString& profileId, const QString& key);

Q_SIGNALS:
    void profileChanged();
    void metricsChanged();
    void connectionStateChanged(kx::AccountSession::ConnectionState state);
    void scopesChanged();

private:
    void configureClient();
    void keyRead(const CredentialResult& result);
    void setState(ConnectionState state, const QString& message = {});
    void fetchFinished();
    void loadScopes();
    QString scopeSettingsKey(const QString& profileId) const;

    QNetworkAccessManager* m_network;
    CredentialStore* m_keychain;
    MemoryCredentialStore* m_sessionKeys;
    QSettings* m_settings;
    ProfileStore m_profiles;
    MetricCache m_cache;
    std::unique_ptr<ApiClient> m_client;
    std::function<qint64()> m_clock;

    Profile m_profile;
    bool m_active = false;
    quint64 m_generation = 0; ///< bumps on every profile switch; drops late key reads
    ConnectionState m_state = ConnectionState::NoAccount;
    QString m_stateMessage;
    QList<MetricInfo> m_metrics;
    QDateTime m_refreshedAt;
    QPointer<MetricsFetch> m_fetch;
    QHash<EndpointFamily, ScopeCheck::State> m_scopes;
    QHash<NameKind, QHash<QString, QString>> m_names;
};

} // namespace kx
