// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "shell/shell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace kx {

Application::Application(QObject* parent)
    : QObject(parent)
{
}

Application::~Application() = default;

void Application::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("klaviyo-explorer"));
    QCoreApplication::setApplicationName(QStringLiteral("klaviyo-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KX_VERSION));
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::setDesktopFileName(QStringLiteral(KX_APP_ID));
}

Application::Arguments Application::parseArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explore Klaviyo metrics visually."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Start on the built-in demo account."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(
        QStringLiteral("file"), tr("Query files (.kmq) or request bodies (.json) to open."), tr("[file…]"));

    Arguments result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.showHelp = parser.isSet(helpOption);
    result.showVersion = parser.isSet(versionOption);
    result.options.demo = parser.isSet(demoOption);
    // Relative paths are the shell's; the window may open them after a recovery dialog.
    for (const QString& file : parser.positionalArguments())
        result.options.files.append(QFileInfo(file).absoluteFilePath());
    return result;
}

int Application::start(const QStringList& arguments)
{
    Arguments parsed = parseArguments(arguments);
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << parsed.error << "\n\n" << parsed.helpText;
        return 1;
    }
    if (parsed.showHelp) {
        QTextStream(stdout) << parsed.helpText;
        return 0;
    }
    if (parsed.showVersion) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    }
    m_shell = std::make_unique<Shell>(std::move(parsed.options));
    m_shell->start();
    return -1;
}

} // namespace kx
