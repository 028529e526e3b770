// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoengine.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace kx {

class AccountSession;
class AutosaveManager;
class CredentialStore;
class DemoStore;
class DialogService;
class MainWindow;
class RecentFiles;
class ThemeManager;

/// How the desktop shell starts; the defaults are the real app's, the rest are test seams.
struct ShellOptions {
    bool demo = false;       ///< start on the demo account (`--demo`)
    QStringList files;       ///< query files to open (positional arguments)
    /// Configures the in-process demo account (scopes, faults, rate limits…); nullopt: the
    /// default demo account, generated on its first request.
    std::optional<EngineOptions> demoEngineOptions;
    /// The demo data to serve (null: generated for today, seed 1, on the first demo request).
    std::shared_ptr<const DemoStore> demoStore;
    /// Where keys live; null: the system keychain. Not owned.
    CredentialStore* credentialStore = nullptr;
    bool interactiveDialogs = true; ///< false: dialogs are never shown (tests pre-answer them)
    int autosaveIntervalMs = 5000;
    std::function<qint64()> clock;  ///< UTC ms for relative ranges; default the system clock
};

/**
 * The composition root of the desktop app: creates the settings, the network access manager
 * (with the demo account built in), the keychain store, the account session, the autosave,
 * recent files, theme and dialog services and the main window, and wires them. The Application
 * parses the command line and owns one Shell; tests create their own with test seams. Both
 * live in app/ (the kxapp library), above the widgets of ui/ and the services of app/core.
 * @note Destruction order is explicit: window, session (client), network.
 */
class Shell : public QObject
{
    Q_OBJECT

public:
    explicit Shell(ShellOptions options = {}, QObject* parent = nullptr);
    ~Shell() override;

    /// Shows the window, offers to restore documents of a crashed session, activates the
    /// account (the demo with `--demo`, else the last active profile, else the welcome page)
    /// and opens the files given.
    void start();

    MainWindow* window() const { return m_window.get(); }
    AccountSession* session() const { return m_session.get(); }
    DialogService* dialogs() const { return m_dialogs.get(); }
    AutosaveManager* autosave() const { return m_autosave.get(); }
    RecentFiles* recentFiles() const { return m_recent.get(); }
    ThemeManager* theme() const { return m_theme.get(); }
    QSettings* settings() const { return m_settings.get(); }
    QNetworkAccessManager* network() const { return m_network.get(); }

    /// Folders the shell writes to (under the application data and cache folders).
    static QString autosaveDirectory();
    static QString metricCacheDirectory();

private:
    void offerRecovery(std::function<void()> next);

    ShellOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CredentialStore> m_ownedKeychain;
    std::unique_ptr<DialogService> m_dialogs;
    std::unique_ptr<ThemeManager> m_theme;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<AutosaveManager> m_autosave;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kx
