// SPDX-License-Identifier: GPL-3.0-or-later
// klaviyo-emulator: serves the demo account (or a fixture) as the Klaviyo API over HTTP/1.1 on
// 127.0.0.1. The first line on stdout is `listening on http://127.0.0.1:PORT`.
#include "demo/demoengine.h"
#include "demo/emulatorserver.h"
#include "demo/demofaultplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFd[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd[1], &byte, 1);
}

/// The translations of this file: lupdate files them under the context of
/// Q_DECLARE_TR_FUNCTIONS, which Text::tr() uses at run time too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kx::Emulator)
};

int fail(const QString& message)
{
    std::fprintf(stderr, "klaviyo-emulator: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"klaviyo-emulator"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Serves a Klaviyo account over HTTP on 127.0.0.1, with the paths, headers, status codes, JSON:API\n"
        "bodies, errors and rate limits of https://a.klaviyo.com. The first line on stdout is\n"
        "\"listening on http://127.0.0.1:PORT\". SIGTERM or SIGINT stops it.\n"
        "\n"
        "Fault SPEC (--faults): comma-separated items\n"
        "  latency=200ms        delay every answer (also 2s, or a range 100ms..400ms)\n"
        "  FAULT@P              inject FAULT with probability P (0..1) on each request\n"
        "  seq=A;B;...          the first requests get A, B, ... in order (ok or 200: no fault)\n"
        "  seed=N               seed of the probabilities\n"
        "FAULT is 500, 502, 503, 504, 524 or 429 (a status), html403 (Cloudflare challenge page),\n"
        "truncate (half the body, then the connection closes), malformed (broken JSON),\n"
        "drop (connection closed without an answer) or trickle (the answer a few bytes at a time).\n"
        "Example: --faults '503@0.1,latency=200ms,seq=200;503;truncate;200'"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, Text::tr("Port on 127.0.0.1 (0 picks a free port)."), u"N"_s, u"0"_s);
    const QCommandLineOption anchorOption(u"anchor-date"_s, Text::tr("Last day of the generated data, the account's today (default: today)."), u"YYYY-MM-DD"_s);
    const QCommandLineOption seedOption(u"seed"_s, Text::tr("Seed of the generated account."), u"N"_s, u"1"_s);
    const QCommandLineOption datasetOption(u"dataset"_s, Text::tr("Serve this fixture instead of generated data (see FIXTURE-FORMAT.md)."), u"FILE"_s);
    const QCommandLineOption rateOption(u"rate-limits"_s, Text::tr("on, off, or a factor applied to the published limits."), u"on|off|SCALE"_s, u"on"_s);
    const QCommandLineOption faultsOption(u"faults"_s, Text::tr("Faults to inject (see above)."), u"SPEC"_s);
    const QCommandLineOption keyOption(u"api-key"_s, Text::tr("Require this private key (default: any key starting with pk_)."), u"KEY"_s);
    const QCommandLineOption scopesOption(u"scopes"_s, Text::tr("Comma-separated scopes of the key (default: all)."), u"LIST"_s);
    parser.addOptions({ portOption, anchorOption, seedOption, datasetOption, rateOption, faultsOption, keyOption, scopesOption });
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(Text::tr("--port needs a number between 0 and 65535"));
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(Text::tr("--seed needs a non-negative number"));
    QDate anchor = QDate::currentDate();
    if (parser.isSet(anchorOption)) {
        anchor = QDate::fromString(parser.value(anchorOption), Qt::ISODate);
        if (!anchor.isValid())
            return fail(Text::tr("--anchor-date needs a date YYYY-MM-DD"));
    }

    kx::EngineOptions options;
    const QString rate = parser.value(rateOption);
    if (rate == u"off"_s) {
        options.rateLimits = false;
    } else if (rate != u"on"_s) {
        options.rateLimitScale = rate.toDouble(&ok);
        if (!ok || options.rateLimitScale <= 0)
            return fail(Text::tr("--rate-limits needs on, off or a positive factor"));
    }
    options.apiKey = parser.value(keyOption);
    if (parser.isSet(scopesOption))
        options.scopes = parser.value(scopesOption).split(u',', Qt::SkipEmptyParts);
    options.faults = parser.value(faultsOption);
    options.faultSeed = seed;
    if (!options.faults.isEmpty()) {
        kx::DemoFaultPlan probe;
        QString error;
        if (!probe.parse(options.faults, seed, &error))
            return fail(Text::tr("--faults: %1").arg(error));
    }

    std::shared_ptr<const kx::DemoStore> store;
    if (parser.isSet(datasetOption)) {
        QFile file(parser.value(datasetOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QString error;
        store = kx::loadFixture(file.readAll(), &error, parser.isSet(anchorOption) ? anchor : QDate());
        if (!store)
            return fail(Text::tr("%1: %2").arg(file.fileName(), error));
    } else {
        store = kx::generateDemoStore(seed, anchor);
    }

    auto engine = std::make_shared<kx::DemoEngine>(store, options);
    kx::EmulatorServer server(engine);
    if (!server.listen(quint16(port)))
        return fail(Text::tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server.errorString()));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(Text::tr("cannot install the signal handlers"));
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier] {
        notifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    std::printf("listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    server.close();
    ::close(g_signalFd[0]);
    ::close(g_signalFd[1]);
    return code;
}
