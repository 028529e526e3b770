// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "clisession.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace kx::CommandLine {

bool isCommand(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const QByteArrayView verb(argv[1]);
    return verb == "run" || verb == "metrics" || verb == "request" || verb == "validate";
}

int run(const QStringList& arguments)
{
    CliSession session;
    return session.exec(arguments);
}

} // namespace kx::CommandLine
