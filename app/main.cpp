// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "cli/commandline.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // A command-line verb (run, metrics, request, validate) needs no display.
    if (kx::CommandLine::isCommand(argc, argv)) {
        if (kx::CommandLine::needsGraphics(argc, argv)) {
            // Charts are drawn with Qt Charts, which needs a QApplication; no window is shown, so
            // the offscreen platform works everywhere, with or without a display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            kx::CommandLine::prepareGraphics();
            QApplication app(argc, argv);
            kx::Application::setIdentity();
            return kx::CommandLine::run(app.arguments());
        }
        QCoreApplication app(argc, argv);
        kx::Application::setIdentity();
        return kx::CommandLine::run(app.arguments());
    }
    QApplication app(argc, argv);
    kx::Application::setIdentity();
    kx::Application application;
    if (const int code = application.start(app.arguments()); code >= 0)
        return code;
    return QApplication::exec();
}
