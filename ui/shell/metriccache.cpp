// SPDX-License-Identifier: GPL-3.0-or-later
#include "metriccache.h"
#include "util/savefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kx {

namespace {
constexpr int kVersion = 1;

QString isoOrEmpty(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readDate(const QJsonValue& v)
{
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}
} // namespace

MetricCache::MetricCache(const QString& directory)
    : m_dir(directory)
{
}

QString MetricCache::filePath(const QString& profileId) const
{
    // Profile ids are generated, but hash them anyway so no id can escape the folder.
    const QByteArray hash = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return m_dir + u'/' + QString::fromLatin1(hash) + QStringLiteral(".json");
}

std::optional<MetricCache::Entry> MetricCache::load(const QString& profileId) const
{
    QFile file(filePath(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != kVersion
        || root.value(QStringLiteral("profile")).toString() != profileId)
        return std::nullopt;
    Entry entry;
    entry.refreshedAt = readDate(root.value(QStringLiteral("refreshedAt")));
    const QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
    for (const QJsonValue& value : metrics) {
        const QJsonObject o = value.toObject();
        MetricInfo m;
        m.id = o.value(QStringLiteral("id")).toString();
        if (m.id.isEmpty())
            continue;
        m.name = o.value(QStringLiteral("name")).toString();
        m.created = readDate(o.value(QStringLiteral("created")));
        m.updated = readDate(o.value(QStringLiteral("updated")));
        m.integrationId = o.value(QStringLiteral("integrationId")).toString();
        m.integrationName = o.value(QStringLiteral("integration")).toString();
        m.integrationCategory = o.value(QStringLiteral("category")).toString();
        entry.metrics.append(m);
    }
    return entry;
}

bool MetricCache::save(const QString& profileId, const Entry& entry, QString* error) const
{
    QJsonArray metrics;
    for (const MetricInfo& m : entry.metrics) {
        metrics.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name },
            { QStringLiteral("created"), isoOrEmpty(m.created) }, { QStringLiteral("updated"), isoOrEmpty(m.updated) },
            { QStringLiteral("integrationId"), m.integrationId }, { QStringLiteral("integration"), m.integrationName },
            { QStringLiteral("category"), m.integrationCategory } });
    }
    const QJsonObject root { { QStringLiteral("version"), kVersion }, { QStringLiteral("profile"), profileId },
        { QStringLiteral("refreshedAt"), isoOrEmpty(entry.refreshedAt) }, { QStringLiteral("metrics"), metrics } };
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QCoreApplication::translate("kx::MetricCache", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    return saveFile(filePath(profileId), QJsonDocument(root).toJson(QJsonDocument::Compact), error);
}

void MetricCache::remove(const QString& profileId) const
{
    QFile::remove(filePath(profileId));
}

} // namespace kx
