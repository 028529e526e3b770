// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QByteArrayView>

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
    Q_UNUSED(arguments);
    return 2;
}

} // namespace kx::CommandLine
