// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QTest>

#include "application.h"

using namespace kx;

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensFilesGivenOnTheCommandLine()
    {
        // What a shell or a file manager (Exec=klaviyo-explorer %F) passes.
        const auto parsed = Application::parseArguments(
            { QStringLiteral("klaviyo-explorer"), QStringLiteral("x.kmq"), QStringLiteral("--demo") });
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY(!parsed.showHelp);
        QVERIFY(!parsed.showVersion);
        QVERIFY(parsed.options.demo);
        QCOMPARE(parsed.options.files, QStringList { QDir::current().absoluteFilePath(QStringLiteral("x.kmq")) });
    }

    void opensSeveralFilesInOneWindow()
    {
        const auto parsed = Application::parseArguments({ QStringLiteral("klaviyo-explorer"),
            QStringLiteral("/data/a.kmq"), QStringLiteral("/data/b c.kmq"), QStringLiteral("/data/body.json") });
        QVERIFY(parsed.error.isEmpty());
        QVERIFY(!parsed.options.demo);
        QCOMPARE(parsed.options.files,
            (QStringList {
                QStringLiteral("/data/a.kmq"), QStringLiteral("/data/b c.kmq"), QStringLiteral("/data/body.json") }));
    }

    void startsEmptyWithoutArguments()
    {
        const auto parsed = Application::parseArguments({ QStringLiteral("klaviyo-explorer") });
        QVERIFY(parsed.error.isEmpty());
        QVERIFY(!parsed.options.demo);
        QVERIFY(parsed.options.files.isEmpty());
        QCOMPARE(parsed.options.autosaveIntervalMs, ShellOptions {}.autosaveIntervalMs);
        QVERIFY(parsed.options.interactiveDialogs);
    }

    void helpVersionAndMistakesDoNotStartTheWindow()
    {
        const auto help = Application::parseArguments({ QStringLiteral("klaviyo-explorer"), QStringLiteral("--help") });
        QVERIFY(help.showHelp);
        QVERIFY2(help.helpText.contains(QStringLiteral("--demo")), qPrintable(help.helpText));
        QVERIFY(help.helpText.contains(QStringLiteral("file")));
        const auto version =
            Application::parseArguments({ QStringLiteral("klaviyo-explorer"), QStringLiteral("--version") });
        QVERIFY(version.showVersion);
        const auto wrong =
            Application::parseArguments({ QStringLiteral("klaviyo-explorer"), QStringLiteral("--demmo") });
        QVERIFY(wrong.error.contains(QStringLiteral("demmo")));
        // The same checks in start(): an exit code instead of a window.
        Application app;
        QCOMPARE(app.start({ QStringLiteral("klaviyo-explorer"), QStringLiteral("--demmo") }), 1);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
