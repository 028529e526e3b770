// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kx::test {

/// Captures qDebug/qInfo/qWarning/qCritical text while alive (restores the previous handler).
class MessageCapture
{
public:
    MessageCapture();
    ~MessageCapture();
    MessageCapture(const MessageCapture&) = delete;
    MessageCapture& operator=(const MessageCapture&) = delete;
    QStringList messages() const;
};

} // namespace kx::test
