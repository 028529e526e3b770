// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QHash>

namespace kx {

/**
 * Session-only key store: keys live in this object's memory and are gone when the app quits.
 * Used when no keychain is available ("use the key for this session only") and by tests.
 */
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit MemoryCredentialStore(QObject* parent = nullptr);
    ~MemoryCredentialStore() override;

    void readKey(const QString& profileId, QObject* context, CredentialCallback callback) override;
    void writeKey(const QString& profileId, const QString& key, QObject* context, CredentialCallback callback) override;
    void removeKey(const QString& profileId, QObject* context, CredentialCallback callback) override;
    bool isPersistent() const override { return false; }

private:
    void answer(QObject* context, CredentialCallback callback, CredentialResult result);

    QHash<QString, QString> m_keys;
};

} // namespace kx
