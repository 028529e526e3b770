// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "accountsession.h"
#include "api/apiclient.h"
#include "auth/memorycredentialstore.h"
#include "connectiontester.h"
#include "dialogservice.h"
#include "query/revision.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kx {

namespace {
const QString kDemoId = QStringLiteral("demo");
constexpr int kIdRole = Qt::UserRole;

bool looksLikeKey(const QString& key)
{
    return std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

QString intervalLabel(Interval interval)
{
    switch (interval) {
    case Interval::Hour:
        return QCoreApplication::translate("kx::SettingsDialog", "Hourly");
    case Interval::Day:
        return QCoreApplication::translate("kx::SettingsDialog", "Daily");
    case Interval::Week:
        return QCoreApplication::translate("kx::SettingsDialog", "Weekly");
    case Interval::Month:
        return QCoreApplication::translate("kx::SettingsDialog", "Monthly");
    }
    return {};
}
} // namespace

SettingsDialog::SettingsDialog(AccountSession* session, DialogService* dialogs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_showKey(new QToolButton(this))
    , m_keyHint(new QLabel(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_baseUrl(new QLineEdit(m_advanced))
    , m_revision(new QComboBox(m_advanced))
    , m_timezone(new QComboBox(m_advanced))
    , m_interval(new QComboBox(m_advanced))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_scopes(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_use(new QPushButton(tr("Use this account"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Accounts and keys"));
    resize(820, 560);

    m_list->setObjectName(QStringLiteral("profileList"));
    m_add->setObjectName(QStringLiteral("addProfileButton"));
    m_remove->setObjectName(QStringLiteral("removeProfileButton"));
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_key->setObjectName(QStringLiteral("apiKeyEdit"));
    m_showKey->setObjectName(QStringLiteral("showKeyButton"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_revision->setObjectName(QStringLiteral("revisionCombo"));
    m_timezone->setObjectName(QStringLiteral("timezoneCombo"));
    m_interval->setObjectName(QStringLiteral("intervalCombo"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_scopes->setObjectName(QStringLiteral("scopeList"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_use->setObjectName(QStringLiteral("useProfileButton"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));

    m_list->setMinimumWidth(200);
    m_name->setPlaceholderText(tr("e.g. My shop"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("pk_…"));
    m_key->setAccessibleName(tr("Private API key"));
    m_showKey->setCheckable(true);
    m_showKey->setText(tr("Show"));
    m_showKey->setToolTip(tr("Show or hide the key"));
    m_keyHint->setWordWrap(true);
    QPalette muted = m_keyHint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_keyHint->setPalette(muted);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList revisions = revision::knownRevisions();
    std::reverse(revisions.begin(), revisions.end());
    m_revision->addItems(revisions);
    m_revision->setEditable(true);
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromLatin1(id));
    m_timezone->addItems(zones);
    m_timezone->setEditable(true);
    m_timezone->setInsertPolicy(QComboBox::NoInsert);
    m_timezone->completer()->setFilterMode(Qt::MatchContains);
    m_timezone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (Interval i : { Interval::Hour, Interval::Day, Interval::Week, Interval::Month })
        m_interval->addItem(intervalLabel(i), int(i));
    m_baseUrl->setPlaceholderText(ApiClient::defaultBaseUrl().toString());

    auto* keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);

    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->addRow(tr("Base URL"), m_baseUrl);
    advancedForm->addRow(tr("API revision"), m_revision);
    advancedForm->addRow(tr("Default timezone"), m_timezone);
    advancedForm->addRow(tr("Default interval"), m_interval);
    m_advanced->setVisible(false);
    m_advancedToggle->setText(tr("Advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Private API key"), keyRow);
    form->addRow(QString(), m_keyHint);

    auto* scopesTitle = new QLabel(tr("What this key may read"), this);
    QFont bold = scopesTitle->font();
    bold.setWeight(QFont::DemiBold);
    scopesTitle->setFont(bold);
    m_scopes->setSelectionMode(QAbstractItemView::NoSelection);
    m_scopes->setWordWrap(true);
    m_scopes->setMinimumHeight(150);
    m_scopes->setFocusPolicy(Qt::NoFocus);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(scopesTitle, 1);
    testRow->addWidget(m_test);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    right->addWidget(m_advanced);
    right->addSpacing(6);
    right->addLayout(testRow);
    right->addWidget(m_scopes, 1);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    auto* accountsTitle = new QLabel(tr("Accounts"), this);
    accountsTitle->setFont(bold);
    left->addWidget(accountsTitle);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(8);
    columns->addLayout(right, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    m_save->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showKey, &QToolButton::toggled, this, [this](bool show) {
        m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_showKey->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(kIdRole).toString() != m_currentId)
            showProfile(item->data(kIdRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_currentId.isEmpty() || m_currentId == kDemoId)
            return;
        const QString id = m_currentId;
        m_dialogs->ask(this, QMessageBox::Question, tr("Remove account"),
            tr("Remove the account “%1”? Its key is deleted from the keychain.").arg(m_name->text()), QString(),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this, [this, id](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes)
                    return;
                const bool wasActive = m_session->hasProfile() && m_session->profile().id == id;
                m_session->profiles()->remove(id);
                m_session->keychain()->removeKey(id, this, [](const CredentialResult&) {});
                m_session->sessionKeys()->removeKey(id, this, [](const CredentialResult&) {});
                if (wasActive)
                    m_session->deactivate();
                reloadList(kDemoId);
                setStatus(tr("The account was removed."), false);
            });
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(false); });
    connect(m_use, &QPushButton::clicked, this, [this] { saveCurrent(true); });

    const QString active = m_session->hasProfile() ? m_session->profile().id : QString();
    reloadList(active.isEmpty() ? (m_session->profiles()->profiles().isEmpty() ? QString() : m_session->profiles()->profiles().first().id) : active);
    if (m_list->count() <= 1 && active.isEmpty())
        addProfile();
}

SettingsDialog::~SettingsDialog()
{
    if (m_tester)
        delete m_tester.data();
}

void SettingsDialog::reloadList(const QString& selectId)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString active = m_session->hasProfile() ? m_session->profile().id : QString();
    auto* demo = new QListWidgetItem(tr("Demo account (built in)"), m_list);
    demo->setData(kIdRole, kDemoId);
    for (const Profile& p : m_session->profiles()->profiles()) {
        auto* item = new QListWidgetItem(p.id == active ? tr("%1 (active)").arg(p.name) : p.name, m_list);
        item->setData(kIdRole, p.id);
    }
    if (active == kDemoId)
        demo->setText(tr("Demo account (built in, active)"));
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == selectId)
            row = i;
    }
    if (selectId.isEmpty() && !m_currentId.isEmpty())
        return;
    m_list->setCurrentRow(row);
    showProfile(m_list->item(row)->data(kIdRole).toString());
}

void SettingsDialog::selectProfile(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void SettingsDialog::addProfile()
{
    QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_currentId.clear();
    Profile fresh;
    m_name->setText(QString());
    m_key->clear();
    m_baseUrl->setText(fresh.baseUrl.toString());
    m_revision->setCurrentText(fresh.revision);
    m_timezone->setCurrentText(QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    m_interval->setCurrentIndex(m_interval->findData(int(fresh.defaultInterval)));
    m_keyHint->setText(tr("Create a private key with read access in Klaviyo (Settings → API keys). It is stored only in "
                          "your system's keychain."));
    m_scopes->clear();
    setStatus(QString(), false);
    updateButtons();
    m_name->setFocus();
}

void SettingsDialog::showProfile(const QString& id)
{
    const auto profile = m_session->profiles()->profile(id);
    if (!profile)
        return;
    m_currentId = id;
    m_name->setText(profile->name);
    m_key->clear();
    m_baseUrl->setText(profile->baseUrl.toString());
    m_revision->setCurrentText(profile->revision);
    m_timezone->setCurrentText(profile->defaultTimezone);
    m_interval->setCurrentIndex(m_interval->findData(int(profile->defaultInterval)));
    m_keyHint->setText(profile->isDemo ? tr("The demo account needs no key.")
                                       : tr("Leave empty to keep the saved key. Keys are stored only in your system's keychain."));
    m_scopes->clear();
    setStatus(QString(), false);
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const bool demo = m_currentId == kDemoId;
    for (QWidget* w : std::initializer_list<QWidget*> { m_name, m_key, m_showKey, m_baseUrl, m_revision, m_timezone, m_interval })
        w->setEnabled(!demo && !m_busy);
    m_remove->setEnabled(!demo && !m_currentId.isEmpty() && !m_busy);
    m_save->setEnabled(!demo && !m_busy);
    m_use->setEnabled(!m_busy);
    m_test->setEnabled(!m_busy && !(m_tester && m_tester->isRunning()));
    m_add->setEnabled(!m_busy);
}

Profile SettingsDialog::profileFromFields() const
{
    Profile p;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    const QString url = m_baseUrl->text().trimmed();
    p.baseUrl = url.isEmpty() ? ApiClient::defaultBaseUrl() : QUrl(url);
    p.revision = m_revision->currentText().trimmed();
    p.defaultTimezone = m_timezone->currentText().trimmed();
    p.defaultInterval = Interval(m_interval->currentData().toInt());
    return p;
}

bool SettingsDialog::validateFields(QString* error) const
{
    const Profile p = profileFromFields();
    if (p.name.isEmpty()) {
        *error = tr("Give the account a name.");
        return false;
    }
    if (!ApiClient::isAllowedBaseUrl(p.baseUrl, error))
        return false;
    if (!revision::isValidRevisionText(p.revision)) {
        *error = tr("The API revision must be a date like %1.").arg(revision::defaultRevision());
        return false;
    }
    if (!QTimeZone(p.defaultTimezone.toUtf8()).isValid()) {
        *error = tr("“%1” is not a timezone this computer knows. Pick one from the list.").arg(p.defaultTimezone);
        return false;
    }
    const QString key = m_key->text().trimmed();
    if (m_currentId.isEmpty() && key.isEmpty()) {
        *error = tr("Paste the account's private API key.");
        return false;
    }
    if (!key.isEmpty() && !looksLikeKey(key)) {
        *error = tr("The key contains spaces or characters a key cannot have. Copy it again from Klaviyo.");
        return false;
    }
    return true;
}

void SettingsDialog::saveCurrent(bool activate)
{
    if (m_busy)
        return;
    if (m_currentId == kDemoId) {
        if (activate)
            m_session->activateDemo();
        reloadList(kDemoId);
        setStatus(activate ? tr("Now using the demo account.") : QString(), false);
        Q_EMIT saveFinished(true);
        return;
    }
    QString error;
    if (!validateFields(&error)) {
        setStatus(error, true);
        Q_EMIT saveFinished(false);
        return;
    }
    const QString id = m_session->profiles()->save(profileFromFields());
    m_currentId = id;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        finishSave(id, activate, true, tr("Saved."));
        return;
    }
    setBusy(true);
    setStatus(tr("Saving the key in the keychain…"), false);
    m_session->saveKey(id, key, this, [this, id, key, activate](const CredentialResult& result) {
        if (result.isOk()) {
            m_key->clear();
            finishSave(id, activate, true, tr("Saved. The key is stored in your system's keychain."));
            return;
        }
        if (result.status != CredentialResult::Status::NoBackend) {
            finishSave(id, false, false, result.message);
            return;
        }
        m_dialogs->ask(this, QMessageBox::Warning, tr("No keychain"),
            tr("This computer has no keychain service, so the key cannot be stored safely."), result.message,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, this,
            [this, id, key, activate](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Yes) {
                    finishSave(id, false, false, tr("The account was saved without its key."));
                    return;
                }
                m_session->useKeyForSession(id, key);
                m_key->clear();
                finishSave(id, activate, true, tr("Saved. The key is kept for this session only; enter it again next time."));
            });
    });
}

void SettingsDialog::finishSave(const QString& id, bool activate, bool ok, const QString& message)
{
    setBusy(false);
    const bool isActive = m_session->hasProfile() && m_session->profile().id == id;
    if (ok && activate) {
        if (const auto p = m_session->profiles()->profile(id))
            m_session->activate(*p);
    } else if (ok && isActive) {
        m_session->reconnect();
    }
    reloadList(id);
    setStatus(message, !ok);
    Q_EMIT saveFinished(ok);
}

void SettingsDialog::testConnection()
{
    if (m_tester && m_tester->isRunning())
        return;
    const bool demo = m_currentId == kDemoId;
    const Profile p = demo ? demoProfile() : profileFromFields();
    delete m_tester.data(); // its calls use the client: delete it first
    m_testClient.reset();
    m_testClient = std::make_unique<ApiClient>(m_session->network());
    QString error;
    if (!m_testClient->setBaseUrl(p.baseUrl, &error) || !m_testClient->setRevision(p.revision)) {
        setStatus(error.isEmpty() ? tr("The API revision must be a date like %1.").arg(revision::defaultRevision()) : error, true);
        return;
    }
    const auto run = [this, p](const QString& key) {
        if (!m_testClient->setApiKey(key)) {
            setStatus(tr("The key contains spaces or characters a key cannot have. Copy it again from Klaviyo."), true);
            return;
        }
        m_scopes->clear();
        auto* tester = new ConnectionTester(m_testClient.get(), this);
        m_tester = tester;
        const QString profileId = m_currentId;
        connect(tester, &ConnectionTester::checkChanged, this, [this, tester](int index) {
            const ScopeCheck c = tester->checks().value(index);
            QListWidgetItem* item = m_scopes->item(index);
            if (!item)
                return;
            switch (c.state) {
            case ScopeCheck::State::Granted:
                item->setText(tr("✓ %1 — %2").arg(c.scope, c.feature));
                item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
                break;
            case ScopeCheck::State::Missing:
                item->setText(tr("✗ %1 — missing. %2").arg(c.scope, c.message));
                item->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
                break;
            case ScopeCheck::State::Failed:
                item->setText(tr("? %1 — could not check: %2").arg(c.scope, c.message));
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                break;
            case ScopeCheck::State::Pending:
                break;
            }
            item->setData(Qt::UserRole, int(c.state));
        });
        connect(tester, &ConnectionTester::finished, this, [this, tester, profileId] {
            if (tester->keyError().isError()) {
                setStatus(tester->keyError().message, true);
            } else if (tester->allGranted()) {
                setStatus(tr("The key works and has every scope the app uses."), false);
            } else {
                setStatus(tr("The key works. Features whose scope is missing are turned off until you add the scope in Klaviyo."), false);
            }
            if (!profileId.isEmpty() && !tester->keyError().isError())
                m_session->setScopeChecks(profileId, tester->checks());
            updateButtons();
            Q_EMIT testFinished();
        });
        tester->start();
        for (const ScopeCheck& c : tester->checks()) {
            auto* item = new QListWidgetItem(tr("… %1 — %2").arg(c.scope, c.feature), m_scopes);
            item->setData(Qt::UserRole, int(c.state));
        }
        setStatus(tr("Testing the connection…"), false);
        updateButtons();
    };
    if (demo) {
        run(AccountSession::demoKey());
        return;
    }
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty()) {
        run(typed);
        return;
    }
    if (m_currentId.isEmpty()) {
        setStatus(tr("Paste the account's private API key first."), true);
        return;
    }
    const QString id = m_currentId;
    m_session->sessionKeys()->readKey(id, this, [this, id, run](const CredentialResult& session) {
        if (session.isOk()) {
            run(session.key);
            return;
        }
        m_session->keychain()->readKey(id, this, [this, run](const CredentialResult& stored) {
            if (!stored.isOk()) {
                setStatus(stored.status == CredentialResult::Status::NotFound ? tr("No key is saved for this account yet. Paste it first.")
                                                                              : stored.message,
                    true);
                return;
            }
            run(stored.key);
        });
    });
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::setStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    QPalette p = palette();
    if (isError)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(p);
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

} // namespace kx
