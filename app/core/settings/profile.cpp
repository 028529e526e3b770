// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace kx {

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kActive = QStringLiteral("activeProfile");
const QString kDemoId = QStringLiteral("demo");
} // namespace

Profile demoProfile()
{
    Profile p;
    p.id = kDemoId;
    p.name = QCoreApplication::translate("kx::Profile", "Demo account");
    p.baseUrl = QUrl(QStringLiteral("https://demo.klaviyo-explorer.invalid"));
    p.defaultTimezone = QStringLiteral("America/New_York");
    p.isDemo = true;
    return p;
}

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& id : ids) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(),
        [](const Profile& a, const Profile& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    if (id == kDemoId)
        return demoProfile();
    m_settings->beginGroup(kGroup + u'/' + id);
    std::optional<Profile> result;
    if (m_settings->contains(QStringLiteral("name"))) {
        Profile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl"), p.baseUrl.toString()).toString());
        p.revision = m_settings->value(QStringLiteral("revision"), p.revision).toString();
        p.defaultTimezone = m_settings->value(QStringLiteral("timezone"), p.defaultTimezone).toString();
        Interval interval = Interval::Day;
        if (parseInterval(m_settings->value(QStringLiteral("interval")).toString(), &interval))
            p.defaultInterval = interval;
        result = p;
    }
    m_settings->endGroup();
    return result;
}

QString ProfileStore::save(Profile p)
{
    if (p.id.isEmpty() || p.id == kDemoId)
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_settings->beginGroup(kGroup + u'/' + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("revision"), p.revision);
    m_settings->setValue(QStringLiteral("timezone"), p.defaultTimezone);
    m_settings->setValue(QStringLiteral("interval"), intervalName(p.defaultInterval));
    m_settings->endGroup();
    return p.id;
}

void ProfileStore::remove(const QString& id)
{
    m_settings->remove(kGroup + u'/' + id);
    if (activeProfileId() == id)
        m_settings->remove(kActive);
}

QString ProfileStore::activeProfileId() const
{
    return m_settings->value(kActive).toString();
}

void ProfileStore::setActiveProfileId(const QString& id)
{
    m_settings->setValue(kActive, id);
}

std::optional<Profile> ProfileStore::activeProfile() const
{
    const QString id = activeProfileId();
    if (id.isEmpty())
        return std::nullopt;
    return profile(id);
}

std::optional<Profile> ProfileStore::find(const QString& idOrName) const
{
    if (auto p = profile(idOrName))
        return p;
    for (const Profile& p : profiles()) {
        if (p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace kx
