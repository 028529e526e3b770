// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace kx {

class AccountSession;
class ApiClient;
class ConnectionTester;
class DialogService;

/**
 * Accounts and keys: the profiles (a name, the private API key masked with a show toggle, and
 * advanced settings: base URL, revision, default timezone and interval), which one is active,
 * and "Test connection", which checks the key and lists each scope the app uses with ✓/✗ and
 * what to add in Klaviyo. Keys go only to the keychain; with no keychain service the user may
 * keep a key for this session only.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AccountSession* session, DialogService* dialogs, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Selects the profile @p id in the list (the demo account is "demo").
    void selectProfile(const QString& id);
    /// Starts a new, unsaved profile and focuses its name.
    void addProfile();
    /// Saves the profile on show (and its key, when one was typed). @p activate: also switch to it.
    void saveCurrent(bool activate = false);
    void testConnection();

    QString currentProfileId() const { return m_currentId; }
    QString statusText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A profile and its key were saved (or the save failed: @p ok false).
    void saveFinished(bool ok);
    void testFinished();

private:
    void reloadList(const QString& selectId);
    void showProfile(const QString& id);
    Profile profileFromFields() const;
    bool validateFields(QString* error) const;
    void setStatus(const QString& text, bool isError);
    void setBusy(bool busy);
    void finishSave(const QString& id, bool activate, bool ok, const QString& message);
    void updateButtons();

    AccountSession* m_session;
    DialogService* m_dialogs;
    QString m_currentId; ///< "" for a new, unsaved profile
    bool m_busy = false;

    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLineEdit* m_name;
    QLineEdit* m_key;
    QToolButton* m_showKey;
    QLabel* m_keyHint;
    QToolButton* m_advancedToggle;
    QGroupBox* m_advanced;
    QLineEdit* m_baseUrl;
    QComboBox* m_revision;
    QComboBox* m_timezone;
    QComboBox* m_interval;
    QPushButton* m_test;
    QListWidget* m_scopes;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_use;

    std::unique_ptr<ApiClient> m_testClient;
    QPointer<ConnectionTester> m_tester;
};

} // namespace kx
