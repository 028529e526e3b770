// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/shell.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace kx {

/**
 * The composition root of the desktop app: parses the GUI command line (`--demo`, query files)
 * and creates the Shell, which builds and wires the settings, network access manager, keychain,
 * account session and main window. Nothing else constructs infrastructure.
 */
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(QObject* parent = nullptr);
    ~Application() override;

    /// Organisation, application name and version, shared by the GUI and the command line.
    /// Also installs the translators for the user's language (see installTranslators()).
    static void setIdentity();
    /// Installs Qt's and the app's translations for the system locale, when there are any.
    static void installTranslators();

    /// What the GUI command line asks for (see parseArguments()).
    struct Arguments
    {
        ShellOptions options; ///< `--demo` and the query files (several may be given)
        bool showHelp = false; ///< `--help`: print helpText and stop
        bool showVersion = false;
        QString error; ///< an unknown option…: print it with helpText and stop with 1
        QString helpText;
    };
    /// Parses @p arguments (the program name first, as QCoreApplication::arguments()); never exits.
    static Arguments parseArguments(const QStringList& arguments);

    /// Parses the GUI arguments and shows the window. Returns an exit code to stop with, or -1 to
    /// enter the event loop.
    int start(const QStringList& arguments);

private:
    std::unique_ptr<Shell> m_shell;
};

} // namespace kx
