// SPDX-License-Identifier: GPL-3.0-or-later
// klaviyo-explorer-bench [NAME-SUBSTRING…]: runs every registered benchmark (or those whose name
// contains one of the arguments) and prints `name: value` lines on stdout.
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include "benchregistry.h"

namespace kx::bench {

std::vector<Entry>& registry()
{
    static std::vector<Entry> entries;
    return entries;
}

void Reporter::figure(const QString& name, double value, const QString& unit)
{
    const QString text = unit.isEmpty() ? QString::number(value, 'f', 2) : QString::number(value, 'f', 2) + u' ' + unit;
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

namespace {

/**
 * With KX_BENCH_TRACE_EVENTS=N set, prints every top-level event that took N ms or more to
 * stderr (receiver class, object name, event type), to find what makes up a UI stall.
 */
class BenchApplication : public QApplication
{
public:
    BenchApplication(int& argc, char** argv)
        : QApplication(argc, argv)
        , m_traceMs(qEnvironmentVariableIntValue("KX_BENCH_TRACE_EVENTS"))
    {
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_traceMs <= 0 || m_depth > 0)
            return QApplication::notify(receiver, event);
        const QByteArray what = QByteArray(receiver->metaObject()->className()) + '(' + receiver->objectName().toUtf8()
            + ") type " + QByteArray::number(int(event->type()));
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ms = clock.elapsed();
        if (ms >= m_traceMs)
            std::fprintf(stderr, "event %lld ms, ended at %.1f ms: %s\n", static_cast<long long>(ms),
                double(kx::bench::sinceStartNs()) / 1e6, what.constData());
        return handled;
    }

private:
    const int m_traceMs;
    int m_depth = 0;
};

const QElapsedTimer& startClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock;
}

} // namespace

qint64 kx::bench::sinceStartNs()
{
    return startClock().nsecsElapsed();
}

int kx::bench::traceMs()
{
    return qEnvironmentVariableIntValue("KX_BENCH_TRACE_EVENTS");
}

int main(int argc, char* argv[])
{
    startClock();
    // The view benchmarks need widgets; run them offscreen unless a platform is chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
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
