// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace kx::test {

/// Contents of tests/data/@p relativePath; fails the calling test (QFAIL-style) when missing.
QByteArray readTestData(const QString& relativePath);
/// Contents of ../shared/@p relativePath (the seeds and the API digest).
QByteArray readShared(const QString& relativePath);

} // namespace kx::test
