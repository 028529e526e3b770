// SPDX-License-Identifier: GPL-3.0-or-later
// klaviyo-explorer-bench [NAME-SUBSTRING…]: runs every registered benchmark (or those whose name
// contains one of the arguments) and prints `name: value` lines on stdout.
#include "benchregistry.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

namespace kx::bench {

std::vector<Entry>& registry()
{
    static std::vector<Entry> entries;
    return entries;
}

void Reporter::figure(const QString& name, double value, const QString& unit)
{
    const QString text = unit.isEmpty() ? QString::number(value, 'f', 2)
                                        : QString::number(value, 'f', 2) + u' ' + unit;
    std::printf("%s: %s\n", qPrintable(name), qPrintable(text));
    std::fflush(stdout);
}

void Reporter::note(const QString& name, const QString& text)
{
    std::printf("%s: %s\n", qPrintable(name), qPrintable(text));
    std::fflush(stdout);
}

static double statusKb(const char* key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix(key);
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

double residentMb()
{
    return statusKb("VmRSS:") / 1024.0;
}

double peakResidentMb()
{
    return statusKb("VmHWM:") / 1024.0;
}

} // namespace kx::bench

int main(int argc, char* argv[])
{
    // The view benchmarks need widgets; run them offscreen unless a platform is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList filters = app.arguments().mid(1);
    kx::bench::Reporter reporter;
    for (const auto& entry : kx::bench::registry()) {
        const QString name = QString::fromLatin1(entry.name);
        bool selected = filters.isEmpty();
        for (const QString& f : filters)
            selected = selected || name.contains(f);
        if (selected)
            entry.run(reporter);
    }
    return 0;
}
