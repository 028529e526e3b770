// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QtTest>

namespace kx::test {

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test data %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}
} // namespace

QByteArray readTestData(const QString& relativePath)
{
    return readAll(QStringLiteral(TESTDATA_DIR "/") + relativePath);
}

QByteArray readShared(const QString& relativePath)
{
    return readAll(QStringLiteral(SHARED_DIR "/") + relativePath);
}

} // namespace kx::test
