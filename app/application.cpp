// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "shell/shell.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

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

int Application::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explore Klaviyo metrics visually."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Start on the built-in demo account."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("file"), tr("Query files (.kmq) to open."), tr("[file…]"));
    parser.process(arguments);

    ShellOptions options;
    options.demo = parser.isSet(demoOption);
    options.files = parser.positionalArguments();
    m_shell = std::make_unique<Shell>(std::move(options));
    m_shell->start();
    return -1;
}

} // namespace kx
