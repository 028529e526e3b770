// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace kx {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Klaviyo Metrics Explorer"));
    resize(1280, 800);
}

} // namespace kx
