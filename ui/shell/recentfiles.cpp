// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace kx {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QString normalized(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

RecentFiles::RecentFiles(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_files(settings->value(kKey).toStringList())
{
    m_files.removeAll(QString());
    m_files.removeDuplicates();
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
}

RecentFiles::~RecentFiles() = default;

void RecentFiles::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString p = normalized(path);
    m_files.removeAll(p);
    m_files.prepend(p);
    while (m_files.size() > kMaxFiles)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString& path)
{
    if (m_files.removeAll(normalized(path)) + m_files.removeAll(path) > 0)
        store();
}

void RecentFiles::clear()
{
    if (m_files.isEmpty())
        return;
    m_files.clear();
    store();
}

void RecentFiles::pruneMissing()
{
    const qsizetype before = m_files.size();
    m_files.removeIf([](const QString& p) { return !QFileInfo::exists(p); });
    if (m_files.size() != before)
        store();
}

void RecentFiles::store()
{
    m_settings->setValue(kKey, m_files);
    Q_EMIT changed();
}

} // namespace kx
