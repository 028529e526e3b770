// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demostore.h"
#include "shell/shell.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

namespace kx::test {

/// Isolates the test from the user's settings, data and cache (call from initTestCase()).
inline void enterShellTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("klaviyo-explorer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("klaviyo-explorer-shell-tests"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
    QLocale::setDefault(QLocale::c());
}

/// Forgets every setting, autosave and cached metric list of earlier tests (call from init()).
inline void resetAppState()
{
    QSettings().clear();
    QSettings().sync();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

/// The generated demo account, built once per test executable (tests that configure the engine).
inline std::shared_ptr<const DemoStore> sharedDemoStore()
{
    static const std::shared_ptr<const DemoStore> store = generateDemoStore(1, QDate::currentDate());
    return store;
}

/// Saves a picture of @p widget into the build tree (build/shell-screenshots/NAME.png) to look at.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(KX_BIN_DIR "/../shell-screenshots");
    QDir().mkpath(dir);
    // Let deferred work land first (chart ticks are recomputed on the next turns after a resize).
    QTest::qWait(250);
    QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

} // namespace kx::test
