// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include "clisession.h"

namespace kx::CommandLine {

namespace {

QtMessageHandler g_previousHandler = nullptr;

void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // Harmless for a process that draws one image and exits; on stderr it reads like an error.
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool isHelp(QByteArrayView word)
{
    return word == "help" || word == "-h" || word == "--help" || word == "-?";
}

bool isVersion(QByteArrayView word)
{
    return word == "-v" || word == "--version";
}

QString usage(const QString& program)
{
    const QString name = QFileInfo(program).fileName();
    return QCoreApplication::translate("kx::CommandLine",
        "Klaviyo Metrics Explorer %1\n"
        "\n"
        "Desktop app:\n"
        "  %2 [--demo] [FILE.kmq…]      open the window (on the demo account with --demo)\n"
        "\n"
        "Command line (no display needed):\n"
        "  %2 run FILE [options]        run a query file or a raw API request body; writes CSV or JSON\n"
        "  %2 metrics [options]         list the account's metrics\n"
        "  %2 request FILE              print each request body exactly as 'run' sends it (compact JSON)\n"
        "                               and a curl command\n"
        "  %2 validate FILE             check a query and print its errors and warnings\n"
        "\n"
        "Run '%2 COMMAND --help' for a command's options. The API key is read from KLAVIYO_API_KEY,\n"
        "else from the active profile in the system keychain; --demo needs no key.\n"
        "Exit codes: 0 success, 2 usage or validation error, 3 API error, 4 network error, 130 cancelled.\n")
        .arg(QCoreApplication::applicationVersion(), name);
}

} // namespace

bool isCommand(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const QByteArrayView verb(argv[1]);
    return verb == "run" || verb == "metrics" || verb == "request" || verb == "validate" || isHelp(verb)
        || isVersion(verb);
}

bool needsGraphics(int argc, char* argv[])
{
    if (argc < 2 || QByteArrayView(argv[1]) != "run")
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        const bool image =
            [](QByteArrayView v) {
                return v == "png" || v == "svg";
            }(arg.startsWith("--format=")
                    ? arg.sliced(9)
                    : (arg == "--format" && i + 1 < argc ? QByteArrayView(argv[i + 1]) : QByteArrayView()));
        if (image)
            return true;
    }
    return false;
}

void prepareGraphics()
{
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
}

int run(const QStringList& arguments)
{
    const QByteArray verb = arguments.value(1).toUtf8();
    if (isHelp(verb)) {
        QTextStream(stdout) << usage(arguments.value(0));
        return 0;
    }
    if (isVersion(verb)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return 0;
    }
    CliSession session;
    return session.exec(arguments);
}

} // namespace kx::CommandLine
