// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

enum class Operation { Read, Write, Remove };

CredentialResult resultOf(const QKeychain::Job& job, Operation operation)
{
    CredentialResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            result.key = static_cast<const QKeychain::ReadPasswordJob&>(job).textData();
        return result;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return result; // nothing stored: removed already
        result.status = CredentialResult::Status::NotFound;
        result.message = KeychainCredentialStore::tr(
            "No API key is stored for this account. Enter the private key in Settings → Accounts.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = CredentialResult::Status::AccessDenied;
        result.message = KeychainCredentialStore::tr(
            "Access to the system keychain was refused. Allow Klaviyo Metrics Explorer to use the keychain, or use "
            "the key for this session only.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.status = CredentialResult::Status::NoBackend;
        result.message = KeychainCredentialStore::tr(
            "No keychain service is available on this computer (%1), so the API key cannot be saved. You can use "
            "the key for this session only; you will need to enter it again next time.")
                             .arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    result.status = CredentialResult::Status::Failed;
    result.message = KeychainCredentialStore::tr("The system keychain could not complete the request (%1).")
                         .arg(job.errorString());
    return result;
}

void watch(QKeychain::Job* job, QObject* fallbackContext, QObject* context, Operation operation,
    CredentialCallback callback)
{
    job->setAutoDelete(true);
    // Never let QtKeychain store the key in a plain-text settings file.
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : fallbackContext,
        [operation, callback = std::move(callback)](QKeychain::Job* finishedJob) {
            if (callback)
                callback(resultOf(*finishedJob, operation));
        });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent, const QString& service)
    : CredentialStore(parent)
    , m_service(service)
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::defaultServiceName()
{
    return u"klaviyo-explorer"_s;
}

void KeychainCredentialStore::readKey(const QString& profileId, QObject* context, CredentialCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(profileId);
    watch(job, this, context, Operation::Read, std::move(callback));
}

void KeychainCredentialStore::writeKey(const QString& profileId, const QString& key, QObject* context,
    CredentialCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(profileId);
    job->setTextData(key);
    watch(job, this, context, Operation::Write, std::move(callback));
}

void KeychainCredentialStore::removeKey(const QString& profileId, QObject* context, CredentialCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(profileId);
    watch(job, this, context, Operation::Remove, std::move(callback));
}

} // namespace kx
