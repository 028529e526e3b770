// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

namespace kx {

/**
 * Keys in the system keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on
 * macOS, Credential Manager on Windows): service "klaviyo-explorer", account = profile id.
 * QtKeychain's insecure plain-text fallback is switched off. When no keychain service works the
 * callback gets Status::NoBackend with a message offering the session-only store instead.
 * @note Jobs are children of this store and delete themselves when done.
 */
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    /// @p service: keychain service name; the app uses the default, tests may isolate themselves.
    explicit KeychainCredentialStore(QObject* parent = nullptr, const QString& service = defaultServiceName());
    ~KeychainCredentialStore() override;

    static QString defaultServiceName(); ///< "klaviyo-explorer"
    QString serviceName() const { return m_service; }

    void readKey(const QString& profileId, QObject* context, CredentialCallback callback) override;
    void writeKey(const QString& profileId, const QString& key, QObject* context, CredentialCallback callback) override;
    void removeKey(const QString& profileId, QObject* context, CredentialCallback callback) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace kx
