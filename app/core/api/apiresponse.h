// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace kx {

/// A received HTTP answer as a value (status, headers, body); copied out of the QNetworkReply.
struct ApiResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received, names in their original case
    QByteArray body;

    /// Value of header @p name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace kx
