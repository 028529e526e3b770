// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kx::test {

/// Contents of tests/data/@p relativePath; fails the calling test (QFAIL-style) when missing.
QByteArray readTestData(const QString& relativePath);
/// Contents of tests/data/shared/@p relativePath (copies of ../shared/ files, so a clone tests alone).
QByteArray readShared(const QString& relativePath);

} // namespace kx::test
