// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosavemanager.h"
#include "util/savefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

namespace kx {

namespace {
const QString kLockName = QStringLiteral("session.lock");
const QString kManifestName = QStringLiteral("manifest.json");
const QString kSnapshotSuffix = QStringLiteral(".snapshot.json");

bool isSafeId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; });
}

} // namespace

AutosaveManager::AutosaveManager(const QString& rootDir, QObject* parent)
    : QObject(parent)
    , m_root(rootDir)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &AutosaveManager::saveNow);
}

AutosaveManager::~AutosaveManager() = default;

bool AutosaveManager::start(QString* error)
{
    if (m_lock)
        return true;
    const QString dir = m_root + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the autosave folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(dir + u'/' + kLockName);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (error)
            *error = tr("Cannot lock the autosave folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_sessionDir = dir;
    m_lock = std::move(lock);
    m_timer.start();
    return true;
}

void AutosaveManager::saveNow()
{
    if (!m_lock || !m_source)
        return;
    const QList<AutosaveItem> items = m_source();
    QString error;
    bool ok = true;
    QHash<QString, size_t> kept;
    QList<AutosaveItem> written;
    for (const AutosaveItem& item : items) {
        if (!isSafeId(item.id))
            continue;
        const size_t hash = qHash(item.content);
        if (m_written.value(item.id, 0) != hash || !m_written.contains(item.id)) {
            if (!saveFile(m_sessionDir + u'/' + item.id + QStringLiteral(".kmq"), item.content, &error)) {
                ok = false;
                continue;
            }
        }
        kept.insert(item.id, hash);
        written.append(item);
        const QString snapshotPath = m_sessionDir + u'/' + item.id + kSnapshotSuffix;
        const QByteArray previous = m_writtenSnapshots.value(item.id);
        if (item.snapshot.isEmpty()) {
            if (m_writtenSnapshots.remove(item.id))
                QFile::remove(snapshotPath);
        } else if (!item.snapshot.isSharedWith(previous) && item.snapshot != previous) {
            if (saveFile(snapshotPath, item.snapshot, &error))
                m_writtenSnapshots.insert(item.id, item.snapshot);
            else
                ok = false;
        }
    }
    const bool changed = kept != m_written;
    for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
        if (!kept.contains(it.key())) {
            QFile::remove(m_sessionDir + u'/' + it.key() + QStringLiteral(".kmq"));
            if (m_writtenSnapshots.remove(it.key()))
                QFile::remove(m_sessionDir + u'/' + it.key() + kSnapshotSuffix);
        }
    }
    m_written = kept;
    if (changed || !QFile::exists(m_sessionDir + u'/' + kManifestName)) {
        if (!writeManifest(written, &error))
            ok = false;
    }
    if (!ok) {
        Q_EMIT failed(tr("Unsaved documents could not be backed up: %1").arg(error));
        return;
    }
    Q_EMIT saved(int(written.size()));
}

bool AutosaveManager::writeManifest(const QList<AutosaveItem>& items, QString* error)
{
    QJsonArray documents;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const AutosaveItem& item : items) {
        documents.append(QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("title"), item.title },
            { QStringLiteral("originalPath"), item.originalPath }, { QStringLiteral("savedAt"), now } });
    }
    const QJsonObject manifest { { QStringLiteral("documents"), documents } };
    return saveFile(m_sessionDir + u'/' + kManifestName, QJsonDocument(manifest).toJson(), error);
}

QStringList AutosaveManager::deadSessionDirs() const
{
    QStringList result;
    const QDir root(m_root);
    QFileInfoList dirs = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : dirs) {
        const QString dir = info.absoluteFilePath();
        if (dir == QFileInfo(m_sessionDir).absoluteFilePath())
            continue;
        QLockFile lock(dir + u'/' + kLockName);
        lock.setStaleLockTime(0);
        // The lock of a live session cannot be taken; a crashed one left a stale or no lock.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        result.append(dir);
    }
    return result;
}

QList<RecoveredDocument> AutosaveManager::recoverable() const
{
    QList<RecoveredDocument> result;
    for (const QString& dir : deadSessionDirs()) {
        QFile manifestFile(dir + u'/' + kManifestName);
        if (!manifestFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray documents
            = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("documents")).toArray();
        for (const QJsonValue& value : documents) {
            const QJsonObject entry = value.toObject();
            const QString id = entry.value(QStringLiteral("id")).toString();
            if (!isSafeId(id))
                continue;
            QFile file(dir + u'/' + id + QStringLiteral(".kmq"));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            RecoveredDocument doc;
            doc.title = entry.value(QStringLiteral("title")).toString();
            doc.originalPath = entry.value(QStringLiteral("originalPath")).toString();
            doc.savedAt = QDateTime::fromString(entry.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
            doc.content = file.readAll();
            QFile snapshotFile(dir + u'/' + id + kSnapshotSuffix);
            if (snapshotFile.open(QIODevice::ReadOnly)) {
                // Put the kept results back into the document, as a saved file holds them.
                QJsonObject content = QJsonDocument::fromJson(doc.content).object();
                const QJsonObject snapshot = QJsonDocument::fromJson(snapshotFile.readAll()).object();
                if (!content.isEmpty() && !snapshot.isEmpty()) {
                    content.insert(QStringLiteral("snapshot"), snapshot);
                    doc.content = QJsonDocument(content).toJson();
                }
            }
            result.append(doc);
        }
    }
    return result;
}

void AutosaveManager::discardRecoverable()
{
    for (const QString& dir : deadSessionDirs())
        QDir(dir).removeRecursively();
}

void AutosaveManager::finish()
{
    m_timer.stop();
    if (!m_lock)
        return;
    m_lock->unlock();
    m_lock.reset();
    QDir(m_sessionDir).removeRecursively();
    m_written.clear();
    m_writtenSnapshots.clear();
}

void AutosaveManager::abandon()
{
    m_timer.stop();
    if (!m_lock)
        return;
    m_lock->unlock();
    m_lock.reset();
    m_written.clear();
    m_writtenSnapshots.clear();
}

} // namespace kx
