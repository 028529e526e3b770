// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell.h"

#include "shell/accountsession.h"
#include "auth/keychaincredentialstore.h"
#include "shell/autosavemanager.h"
#include "demo/demonetworkaccessmanager.h"
#include "demo/demostore.h"
#include "shell/dialogservice.h"
#include "mainwindow.h"
#include "shell/querydocumentwidget.h"
#include "shell/recentfiles.h"
#include "shell/thememanager.h"

#include <QDate>
#include <QSettings>
#include <QStandardPaths>

namespace kx {

Shell::Shell(ShellOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(std::make_unique<QSettings>())
    , m_dialogs(std::make_unique<DialogService>())
    , m_theme(std::make_unique<ThemeManager>())
    , m_recent(std::make_unique<RecentFiles>(m_settings.get()))
    , m_autosave(std::make_unique<AutosaveManager>(autosaveDirectory()))
{
    if (m_options.demoEngineOptions || m_options.demoStore) {
        auto store = m_options.demoStore ? m_options.demoStore : generateDemoStore(1, QDate::currentDate());
        m_network = std::make_unique<DemoNetworkAccessManager>(
            std::make_shared<DemoEngine>(std::move(store), m_options.demoEngineOptions.value_or(EngineOptions {})));
    } else {
        // One manager for everything: requests to the demo account's URL are answered in-process.
        m_network = std::make_unique<DemoNetworkAccessManager>();
    }
    CredentialStore* keychain = m_options.credentialStore;
    if (!keychain) {
        m_ownedKeychain = std::make_unique<KeychainCredentialStore>();
        keychain = m_ownedKeychain.get();
    }
    m_dialogs->setInteractive(m_options.interactiveDialogs);
    m_theme->setTheme(ThemeManager::themeFromKey(m_settings->value(QStringLiteral("ui/theme")).toString()));
    m_session = std::make_unique<AccountSession>(m_network.get(), keychain, m_settings.get(), metricCacheDirectory());
    if (m_options.clock)
        m_session->setClock(m_options.clock);
    m_autosave->setIntervalMs(m_options.autosaveIntervalMs);

    ShellServices services;
    services.session = m_session.get();
    services.dialogs = m_dialogs.get();
    services.recentFiles = m_recent.get();
    services.autosave = m_autosave.get();
    services.theme = m_theme.get();
    services.settings = m_settings.get();
    m_window = std::make_unique<MainWindow>(services);
}

Shell::~Shell()
{
    // Documents (their runs use the client) before the session, the session before the network.
    m_window.reset();
    m_session.reset();
    m_network.reset();
    m_settings->sync();
}

QString Shell::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString Shell::metricCacheDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/metrics");
}

void Shell::start()
{
    m_window->show();
    QString error;
    if (!m_autosave->start(&error))
        m_dialogs->inform(m_window.get(), QMessageBox::Warning, tr("Autosave is off"), error);

    if (m_options.demo) {
        m_session->activateDemo();
    } else if (const auto active = m_session->profiles()->activeProfile()) {
        m_session->activate(*active);
    }
    const QStringList files = m_options.files;
    offerRecovery([this, files] { m_window->openFiles(files); });
}

void Shell::offerRecovery(std::function<void()> next)
{
    const QList<RecoveredDocument> documents = m_autosave->recoverable();
    if (documents.isEmpty()) {
        next();
        return;
    }
    QStringList titles;
    for (const RecoveredDocument& doc : documents)
        titles.append(doc.title);
    m_dialogs->ask(m_window.get(), QMessageBox::Question, tr("Restore unsaved queries?"),
        documents.size() == 1
            ? tr("The app did not close normally last time. One query document had unsaved changes.")
            : tr("The app did not close normally last time. %n query documents had unsaved changes.", nullptr,
                int(documents.size())),
        titles.join(u'\n'), QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, this,
        [this, documents, next](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes) {
                for (const RecoveredDocument& recovered : documents) {
                    QString error;
                    // A new document whose metric was not chosen yet comes back too.
                    const auto document =
                        queryfile::fromJson(recovered.content, queryfile::MetricChoice::Optional, &error);
                    if (!document)
                        continue; // unreadable: nothing to restore (reports are restored too)
                    QueryDocumentWidget* doc = m_window->openDocument(*document, recovered.originalPath);
                    doc->markModified();
                }
            }
            // Restored documents are autosaved again by this session.
            m_autosave->discardRecoverable();
            m_autosave->saveNow();
            next();
        });
}

} // namespace kx
