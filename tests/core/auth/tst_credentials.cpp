// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/keychaincredentialstore.h"
#include "auth/memorycredentialstore.h"

#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using kx::CredentialResult;
using kx::CredentialStore;
using Status = kx::CredentialResult::Status;

namespace {

const QString KeyA = u"pk_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
const QString KeyB = u"pk_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;

/// Runs one store operation and waits for its callback (the stores always answer later).
class Waiter : public QObject
{
public:
    std::optional<CredentialResult> result;
    bool answeredInside = false;

    template <typename Start>
    bool run(Start start, int timeoutMs = 15000)
    {
        result.reset();
        bool inside = true;
        start([this, &inside](const CredentialResult& r) {
            answeredInside = inside;
            result = r;
        });
        inside = false;
        return QTest::qWaitFor([this] { return result.has_value(); }, timeoutMs);
    }
};

CredentialResult read(CredentialStore& store, const QString& profile)
{
    Waiter w;
    w.run([&](kx::CredentialCallback cb) { store.readKey(profile, &w, cb); });
    return w.result.value_or(CredentialResult { Status::Failed, {}, u"no answer"_s });
}

CredentialResult write(CredentialStore& store, const QString& profile, const QString& key)
{
    Waiter w;
    w.run([&](kx::CredentialCallback cb) { store.writeKey(profile, key, &w, cb); });
    return w.result.value_or(CredentialResult { Status::Failed, {}, u"no answer"_s });
}

CredentialResult remove(CredentialStore& store, const QString& profile)
{
    Waiter w;
    w.run([&](kx::CredentialCallback cb) { store.removeKey(profile, &w, cb); });
    return w.result.value_or(CredentialResult { Status::Failed, {}, u"no answer"_s });
}

#define VERIFY_OK(expr)                                                                                           \
    do {                                                                                                           \
        const CredentialResult r_ = (expr);                                                                        \
        QVERIFY2(r_.isOk(), qPrintable(r_.message));                                                               \
    } while (false)

/// The behaviour every store must have; returns early on the first failure.
void checkRoundTrip(CredentialStore& store, const QString& profileA, const QString& profileB)
{
    QCOMPARE(read(store, profileA).status, Status::NotFound);
    QVERIFY(!read(store, profileA).message.isEmpty());

    VERIFY_OK(write(store, profileA, KeyA));
    VERIFY_OK(write(store, profileB, KeyB));
    CredentialResult a = read(store, profileA);
    QVERIFY2(a.isOk(), qPrintable(a.message));
    QCOMPARE(a.key, KeyA);
    QCOMPARE(read(store, profileB).key, KeyB);

    // Overwrite one profile: the other is untouched.
    VERIFY_OK(write(store, profileA, KeyB));
    QCOMPARE(read(store, profileA).key, KeyB);
    QCOMPARE(read(store, profileB).key, KeyB);
    VERIFY_OK(write(store, profileA, KeyA));

    VERIFY_OK(remove(store, profileA));
    QCOMPARE(read(store, profileA).status, Status::NotFound);
    QCOMPARE(read(store, profileB).key, KeyB);
    // Removing what is not there is fine.
    VERIFY_OK(remove(store, profileA));
    VERIFY_OK(remove(store, profileB));
    QCOMPARE(read(store, profileB).status, Status::NotFound);
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTripsKeysPerProfile()
    {
        kx::MemoryCredentialStore store;
        QVERIFY(!store.isPersistent());
        checkRoundTrip(store, u"profile-a"_s, u"profile-b"_s);
    }

    void memoryStoreAnswersLater()
    {
        kx::MemoryCredentialStore store;
        Waiter w;
        QVERIFY(w.run([&](kx::CredentialCallback cb) { store.writeKey(u"p"_s, KeyA, &w, cb); }));
        QVERIFY(!w.answeredInside);
    }

    void memoryStoreSkipsTheCallbackOfADeadContext()
    {
        kx::MemoryCredentialStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.writeKey(u"p"_s, KeyA, context.get(), [&called](const CredentialResult&) { called = true; });
        context.reset();
        QTest::qWait(50);
        QVERIFY(!called);
        // The write itself happened.
        QCOMPARE(read(store, u"p"_s).key, KeyA);
    }

    void memoryStoresAreIndependent()
    {
        kx::MemoryCredentialStore one;
        kx::MemoryCredentialStore two;
        VERIFY_OK(write(one, u"p"_s, KeyA));
        QCOMPARE(read(two, u"p"_s).status, Status::NotFound);
    }

    void keychainStoreRoundTripsKeysPerProfile()
    {
        // A private service name so nothing collides with a real installation's entries.
        const QString service = u"klaviyo-explorer-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        kx::KeychainCredentialStore store(nullptr, service);
        QVERIFY(store.isPersistent());
        QCOMPARE(kx::KeychainCredentialStore::defaultServiceName(), u"klaviyo-explorer"_s);

        const CredentialResult probe = read(store, u"probe"_s);
        if (probe.status == Status::NoBackend) {
            QVERIFY2(probe.message.contains(u"session only"_s), qPrintable(probe.message));
            if (qEnvironmentVariableIntValue("KX_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"KX_REQUIRE_KEYCHAIN=1 but no keychain works: "_s + probe.message));
            QSKIP(qPrintable(u"No Secret Service here (run inside packaging/with-keyring.sh): "_s + probe.message));
        }
        QCOMPARE(probe.status, Status::NotFound);

        checkRoundTrip(store, u"profile-a"_s, u"profile-b"_s);

        // A second store object on the same service sees what the first wrote (it is persistent).
        VERIFY_OK(write(store, u"shared"_s, KeyA));
        kx::KeychainCredentialStore again(nullptr, service);
        QCOMPARE(read(again, u"shared"_s).key, KeyA);
        VERIFY_OK(remove(again, u"shared"_s));
        QCOMPARE(read(store, u"shared"_s).status, Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
