// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace kx {

class MainWindow;

/**
 * The composition root: owns the network access manager, the API client, the credential store,
 * the settings and the main window, and wires them. Nothing else constructs infrastructure.
 */
class Application : public QObject
{
    Q_OBJECT

public:
    explicit Application(QObject* parent = nullptr);
    ~Application() override;

    /// Organisation, application name and version, shared by the GUI and the command line.
    static void setIdentity();

    /// Parses the GUI arguments and shows the window. Returns an exit code to stop with, or -1 to
    /// enter the event loop.
    int start(const QStringList& arguments);

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace kx
