// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/calendar.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <optional>

namespace kx {

/**
 * One Klaviyo account the user works with. The private API key is NOT part of it: keys live only
 * in the OS keychain (CredentialStore), addressed by the profile id.
 */
struct Profile {
    QString id;   ///< stable, generated; also the keychain entry name
    QString name; ///< what the user calls the account
    QUrl baseUrl = QUrl(QStringLiteral("https://a.klaviyo.com"));
    QString revision = QStringLiteral("2026-07-15");
    QString defaultTimezone = QStringLiteral("UTC");
    Interval defaultInterval = Interval::Day;
    bool isDemo = false; ///< the built-in demo account (never stored)

    friend bool operator==(const Profile&, const Profile&) = default;
};

/// The built-in demo account profile (base URL of the in-process emulator).
Profile demoProfile();

/**
 * Profiles persisted in QSettings (group "profiles"), plus which one is active. Holds no secret:
 * the settings file never contains an API key.
 * @note Not thread-safe; use from the thread that owns the QSettings.
 */
class ProfileStore
{
public:
    explicit ProfileStore(QSettings* settings);

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& id) const;
    /// Adds or replaces (by id) a profile; assigns an id when empty and returns it.
    QString save(Profile profile);
    void remove(const QString& id);
    QString activeProfileId() const;
    void setActiveProfileId(const QString& id);
    /// The active profile, the demo profile when "demo" is active, or nullopt when none is set.
    std::optional<Profile> activeProfile() const;
    /// Finds a profile by id or (case-insensitively) by name.
    std::optional<Profile> find(const QString& idOrName) const;

private:
    QSettings* m_settings;
};

} // namespace kx
