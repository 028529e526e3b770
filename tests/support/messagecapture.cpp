// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagecapture.h"

#include <QMutex>
#include <QMutexLocker>

namespace kx::test {

namespace {

QMutex s_captureMutex;
QStringList s_captured;
QtMessageHandler s_previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker locker(&s_captureMutex);
        s_captured.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

MessageCapture::MessageCapture()
{
    QMutexLocker locker(&s_captureMutex);
    s_captured.clear();
    s_previousHandler = qInstallMessageHandler(captureHandler);
}

MessageCapture::~MessageCapture()
{
    qInstallMessageHandler(s_previousHandler);
    QMutexLocker locker(&s_captureMutex);
    s_previousHandler = nullptr;
}

QStringList MessageCapture::messages() const
{
    QMutexLocker locker(&s_captureMutex);
    return s_captured;
}

} // namespace kx::test
