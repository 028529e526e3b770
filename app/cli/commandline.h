// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kx {

/**
 * The headless command line: `run`, `metrics`, `request`, `validate`. Runs inside a
 * QCoreApplication; never needs a display.
 */
namespace CommandLine {

/// Whether argv names a command-line verb (so main() can skip creating a QApplication).
bool isCommand(int argc, char* argv[]);
/// Whether the command draws a chart (`run … --format png|svg`) and so needs a QApplication.
bool needsGraphics(int argc, char* argv[]);
/**
 * Call before creating the QApplication of a chart run: keeps Qt's "XDG_RUNTIME_DIR not set"
 * warning (the offscreen platform looks up its runtime directory, which a headless session often
 * lacks) off stderr, without changing the environment. Every other message passes through.
 */
void prepareGraphics();
/// Runs the verb in @p arguments and returns the process exit code.
int run(const QStringList& arguments);

} // namespace CommandLine
} // namespace kx
