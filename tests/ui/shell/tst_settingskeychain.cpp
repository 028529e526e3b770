// SPDX-License-Identifier: GPL-3.0-or-later
#include "shelltesthelpers.h"

#include "auth/keychaincredentialstore.h"
#include "auth/memorycredentialstore.h"
#include "demo/demonetworkaccessmanager.h"
#include "mainwindow.h"
#include "shell/accountsession.h"
#include "shell/dialogservice.h"
#include "shell/metricbrowserwidget.h"
#include "shell/metriccatalogmodel.h"
#include "shell/settingsdialog.h"

#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace kx;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kKey = QStringLiteral("pk_keychaintest0123456789abcdefABCDEF");

CredentialResult readKey(CredentialStore& store, const QString& id)
{
    CredentialResult out;
    bool done = false;
    QObject context;
    store.readKey(id, &context, [&](const CredentialResult& r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, kTimeoutMs))
        out = { CredentialResult::Status::Failed, {}, QStringLiteral("no answer from the credential store") };
    return out;
}

/// A store on a machine without any keychain service.
class NoKeychainStore : public CredentialStore
{
public:
    void readKey(const QString&, QObject* context, CredentialCallback callback) override { answer(context, callback); }
    void writeKey(const QString&, const QString&, QObject* context, CredentialCallback callback) override
    {
        answer(context, callback);
    }
    void removeKey(const QString&, QObject* context, CredentialCallback callback) override { answer(context, callback); }
    bool isPersistent() const override { return false; }

private:
    static void answer(QObject* context, const CredentialCallback& callback)
    {
        QTimer::singleShot(0, context, [callback] {
            callback({ CredentialResult::Status::NoBackend, {},
                QStringLiteral("No keychain service is running. You can use the key for this session only.") });
        });
    }
};

/// Fills the settings dialog with a new account on the demo engine's address.
void fillNewAccount(SettingsDialog* dialog, const QString& name, const QString& key)
{
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addProfileButton")), Qt::LeftButton);
    auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("profileNameEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto* keyEdit = dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
    QTest::keyClicks(keyEdit, key);
    // The key is masked until the user asks to see it.
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    auto* show = dialog->findChild<QToolButton*>(QStringLiteral("showKeyButton"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->findChild<QToolButton*>(QStringLiteral("advancedToggle")), Qt::LeftButton);
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
    url->setText(demo::baseUrl().toString());
}

/// Every file the app wrote (settings, caches, autosaves) as one blob.
QByteArray everythingWritten()
{
    QByteArray all;
    QSettings().sync();
    QFile settingsFile(QSettings().fileName());
    if (settingsFile.open(QIODevice::ReadOnly))
        all += settingsFile.readAll();
    for (auto location : { QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation }) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
    }
    return all;
}

} // namespace

class TestSettingsKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enterShellTestMode();
        // Generating the demo account takes a while in a debug build: once per executable.
        QVERIFY(test::sharedDemoStore());
    }

    void init()
    {
        test::resetAppState();
    }

    void settingsSaveTheKeyInTheKeychainOnly()
    {
        const QString service = QStringLiteral("klaviyo-explorer-shelltest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        KeychainCredentialStore keychain(nullptr, service);
        const CredentialResult probe = readKey(keychain, QStringLiteral("probe"));
        if (probe.status == CredentialResult::Status::NoBackend) {
            if (qEnvironmentVariableIntValue("KX_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(QStringLiteral("KX_REQUIRE_KEYCHAIN=1 but no keychain works: ") + probe.message));
            QSKIP(qPrintable(QStringLiteral("No Secret Service here (run inside packaging/with-keyring.sh): ") + probe.message));
        }

        ShellOptions options;

        options.demoStore = test::sharedDemoStore();
        options.credentialStore = &keychain;
        options.interactiveDialogs = false;
        Shell shell(options);
        shell.window()->resize(1300, 850);
        shell.start();
        QVERIFY(shell.window()->isShowingWelcome());
        // "Connect your Klaviyo account" opens the settings on a new account.
        QTest::mouseClick(shell.window()->findChild<QWidget*>(QStringLiteral("connectButton")), Qt::LeftButton);
        SettingsDialog* dialog = shell.window()->settingsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        fillNewAccount(dialog, QStringLiteral("Keychain shop"), kKey);
        test::screenshot(dialog, QStringLiteral("30-settings-new-account"));

        QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        QVERIFY(saved.wait(kTimeoutMs));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(QStringLiteral("keychain")));
        const auto profile = shell.session()->profiles()->find(QStringLiteral("Keychain shop"));
        QVERIFY(profile);
        QCOMPARE(profile->baseUrl, demo::baseUrl());

        // The key is in the keychain (a fresh store object reads it back)…
        KeychainCredentialStore again(nullptr, service);
        const CredentialResult stored = readKey(again, profile->id);
        QVERIFY2(stored.isOk(), qPrintable(stored.message));
        QCOMPARE(stored.key, kKey);
        // …and nowhere on disk, nor in the key field.
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"))->text().isEmpty());

        // "Use this account": the key comes back from the keychain and the browser fills.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("useProfileButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected, kTimeoutMs);
        QCOMPARE(shell.session()->profile().name, QStringLiteral("Keychain shop"));
        QVERIFY(shell.window()->metricBrowser()->catalogModel()->metricCount() > 0);
        dialog->close();

        const QByteArray written = everythingWritten();
        QVERIFY(written.contains("Keychain shop"));
        QVERIFY(!written.contains(kKey.toUtf8()));
        QVERIFY(!written.contains("keychaintest"));

        bool removed = false;
        QObject context;
        again.removeKey(profile->id, &context, [&removed](const CredentialResult&) { removed = true; });
        QTRY_VERIFY(removed);
    }

    void withoutKeychainTheKeyCanBeKeptForTheSession()
    {
        NoKeychainStore store;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.credentialStore = &store;
        options.interactiveDialogs = false;
        Shell shell(options);
        shell.start();
        shell.window()->showSettings();
        SettingsDialog* dialog = shell.window()->settingsDialog();
        fillNewAccount(dialog, QStringLiteral("Laptop without keyring"), kKey);
        shell.dialogs()->setNextAnswer(QMessageBox::Yes);
        QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("useProfileButton")), Qt::LeftButton);
        QVERIFY(saved.wait(kTimeoutMs));
        QVERIFY(saved.at(0).at(0).toBool());
        // Said plainly, with the choice offered.
        QVERIFY2(shell.dialogs()->messages().value(0).startsWith(QStringLiteral("No keychain: ")),
            qPrintable(shell.dialogs()->messages().value(0)));
        QVERIFY(dialog->statusText().contains(QStringLiteral("this session only")));
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected, kTimeoutMs);
        QVERIFY(!everythingWritten().contains(kKey.toUtf8()));
        dialog->close();
    }

    void declinedSessionKeySavesTheAccountWithoutKey()
    {
        NoKeychainStore store;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.credentialStore = &store;
        options.interactiveDialogs = false;
        Shell shell(options);
        shell.start();
        shell.window()->showSettings();
        SettingsDialog* dialog = shell.window()->settingsDialog();
        fillNewAccount(dialog, QStringLiteral("No key"), kKey);
        shell.dialogs()->setNextAnswer(QMessageBox::No);
        QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("useProfileButton")), Qt::LeftButton);
        QVERIFY(saved.wait(kTimeoutMs));
        QVERIFY(!saved.at(0).at(0).toBool());
        QVERIFY(!shell.session()->hasProfile());
        QVERIFY(dialog->statusText().contains(QStringLiteral("without its key")));
        dialog->close();
    }
};

QTEST_MAIN(TestSettingsKeychain)
#include "tst_settingskeychain.moc"
