// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace kx {

/// Outcome of a credential operation; the key is only set by a successful read.
struct CredentialResult {
    enum class Status {
        Ok,
        NotFound,    ///< nothing stored for this profile
        NoBackend,   ///< no keychain service on this machine: use the key for this session only
        AccessDenied,///< the user or the system refused access
        Failed,      ///< anything else
    };
    Status status = Status::Ok;
    QString key;     ///< read: the API key (memory only; never log it)
    QString message; ///< translated sentence for the user when status is not Ok

    bool isOk() const { return status == Status::Ok; }
};

using CredentialCallback = std::function<void(const CredentialResult&)>;

/**
 * Where API keys live, per profile id. Asynchronous: every operation answers through a callback
 * that runs later from the event loop, never inside the call, and only while @p context is alive.
 * Keys are never written to QSettings, logs or files by any implementation.
 * @note Thread: use from the GUI/main thread.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~CredentialStore() override = default;

    virtual void readKey(const QString& profileId, QObject* context, CredentialCallback callback) = 0;
    virtual void writeKey(const QString& profileId, const QString& key, QObject* context, CredentialCallback callback) = 0;
    virtual void removeKey(const QString& profileId, QObject* context, CredentialCallback callback) = 0;
    /// Whether keys survive a restart (false for the session-only store).
    virtual bool isPersistent() const = 0;
};

} // namespace kx
