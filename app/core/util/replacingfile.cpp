// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacingfile.h"

#include <filesystem>
#include <system_error>

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace kx {

ReplacingFile::ReplacingFile(const QString& destination, QObject* parent)
    : QFile(parent)
    , m_destination(destination)
{
}

ReplacingFile::~ReplacingFile()
{
    if (!m_committed)
        discard();
}

bool ReplacingFile::openForWriting()
{
    const QFileInfo target(m_destination);
    if (target.isDir()) {
        setErrorString(QCoreApplication::translate("kx::ReplacingFile", "it is a folder"));
        return false;
    }
    // A hidden sibling, so the rename stays on one file system and is atomic.
    const QString stem = target.absolutePath() + u"/."_s + target.fileName() + u".part-"_s;
    for (int attempt = 0; attempt < 32; ++attempt) {
        setFileName(stem + QString::number(QRandomGenerator::global()->generate() & 0xffffff, 36));
        if (open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_created = true;
            if (target.exists())
                setPermissions(target.permissions());
            return true;
        }
        if (error() != QFileDevice::OpenError || !QFileInfo::exists(fileName()))
            break; // not a name clash: the folder is missing or not writable
    }
    return false;
}

bool ReplacingFile::commit()
{
    if (!isOpen())
        return false;
    if (!flush() || error() != QFileDevice::NoError) {
        const QString reason = errorString();
        discard();
        setErrorString(reason);
        return false;
    }
    close();
    std::error_code error;
    // std::filesystem::rename replaces an existing destination atomically (rename(2) on POSIX).
    std::filesystem::rename(std::filesystem::path(fileName().toStdU16String()),
        std::filesystem::path(m_destination.toStdU16String()), error);
    if (error) {
        discard();
        setErrorString(QString::fromLocal8Bit(error.message()));
        return false;
    }
    m_committed = true;
    return true;
}

void ReplacingFile::cancel()
{
    discard();
}

void ReplacingFile::discard()
{
    if (m_committed || !m_created)
        return;
    if (isOpen())
        close();
    QFile::remove(fileName());
    m_created = false;
}

} // namespace kx
