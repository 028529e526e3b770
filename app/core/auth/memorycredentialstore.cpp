// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycredentialstore.h"

#include <QPointer>

namespace kx {

MemoryCredentialStore::MemoryCredentialStore(QObject* parent)
    : CredentialStore(parent)
{
}

MemoryCredentialStore::~MemoryCredentialStore()
{
    // Overwrite the keys before the memory is released.
    for (QString& key : m_keys)
        key.fill(u'\0');
}

void MemoryCredentialStore::answer(QObject* context, CredentialCallback callback, CredentialResult result)
{
    if (!callback)
        return;
    // Always answer from the event loop, like the keychain does, so callers see one behaviour.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(this, [guard, hasContext = context != nullptr, callback = std::move(callback),
                                        result = std::move(result)] {
        if (hasContext && !guard)
            return;
        callback(result);
    }, Qt::QueuedConnection);
}

void MemoryCredentialStore::readKey(const QString& profileId, QObject* context, CredentialCallback callback)
{
    CredentialResult result;
    const auto it = m_keys.constFind(profileId);
    if (it == m_keys.constEnd()) {
        result.status = CredentialResult::Status::NotFound;
        result.message = tr("No API key is stored for this account. Enter the private key in Settings → Accounts.");
    } else {
        result.key = *it;
    }
    answer(context, std::move(callback), std::move(result));
}

void MemoryCredentialStore::writeKey(const QString& profileId, const QString& key, QObject* context,
    CredentialCallback callback)
{
    m_keys.insert(profileId, key);
    answer(context, std::move(callback), CredentialResult {});
}

void MemoryCredentialStore::removeKey(const QString& profileId, QObject* context, CredentialCallback callback)
{
    m_keys.remove(profileId);
    answer(context, std::move(callback), CredentialResult {});
}

} // namespace kx
