// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

class QIODevice;

namespace kx {

/// Fills a file: writes to @p device; on failure returns false with the reason in @p error.
using FileWriter = std::function<bool(QIODevice* device, QString* error)>;

/**
 * Writes @p path through a QSaveFile: @p write fills a temporary file that replaces @p path only
 * when everything was written and flushed, so any failure leaves an existing file as it was.
 * On failure returns false with the reason in @p error: the writer's own message, or what the
 * file system said, naming the file ("Could not write “/x/y.csv”: Permission denied").
 * @note Thread-safe (each call has its own file); translations come from "kx::SaveFile".
 */
bool saveFile(const QString& path, const FileWriter& write, QString* error);
/// saveFile() of @p content as it is.
bool saveFile(const QString& path, const QByteArray& content, QString* error);

} // namespace kx
