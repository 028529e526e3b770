// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "shell/shell.h"

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

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
    installTranslators();
}

void Application::installTranslators()
{
    // The user's languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Qt's own strings (standard
    // buttons) when the system has them, then the app's catalogue compiled into the binary.
    const QLocale locale;
    const auto install = [&locale](const QString& name, const QString& directory) {
        auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
        if (translator->load(locale, name, QStringLiteral("_"), directory))
            QCoreApplication::installTranslator(translator.release());
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("klaviyo-explorer"), QStringLiteral(":/i18n"));
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
