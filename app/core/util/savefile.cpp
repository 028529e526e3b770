// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace kx {

namespace {

QString fileError(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("kx::SaveFile", "Could not write “%1”: %2")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

bool saveFile(const QString& path, const FileWriter& write, QString* error)
{
    QString message;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        message = fileError(path, file.errorString());
    } else if (!write(&file, &message)) {
        file.cancelWriting();
        if (message.isEmpty()) // the writer failed on the device itself
            message = fileError(path, file.errorString());
    } else if (!file.commit()) {
        message = fileError(path, file.errorString());
    }
    if (error)
        *error = message;
    return message.isEmpty();
}

bool saveFile(const QString& path, const QByteArray& content, QString* error)
{
    return saveFile(
        path,
        [&content](QIODevice* device, QString*) { return device->write(content) == content.size(); },
        error);
}

} // namespace kx
