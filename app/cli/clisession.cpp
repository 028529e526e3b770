// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisession.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimeZone>

#include "api/aggregaterun.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apiparsers.h"
#include "api/metricsfetch.h"
#include "api/reportrun.h"
#include "auth/keychaincredentialstore.h"
#include "demo/demonetworkaccessmanager.h"
#include "query/queryvalidator.h"
#include "query/requestbuilder.h"
#include "query/revision.h"
#include "reports/reportresultswidget.h"
#include "reports/reporttablemodel.h"
#include "results/aggregatejsonwriter.h"
#include "results/blockwriter.h"
#include "results/chartbuilder.h"
#include "results/chartimageexporter.h"
#include "results/csvwriter.h"
#include "results/preparedresult.h"
#include "results/reportresult.h"
#include "shell/dimensionnames.h"
#include "util/calendar.h"
#include "util/replacingfile.h"

namespace kx {

using namespace Qt::StringLiterals;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitApi = 3;
constexpr int kExitCancelled = 130;

const QString kDemoKey = QStringLiteral("pk_demo");

QString isoOrEmpty(const QDateTime& t)
{
    return t.isValid() ? calendar::formatUtcIso(t.toMSecsSinceEpoch()) : QString();
}

QJsonValue numberOrNull(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

/// A report as JSON: {"type", "statistics", "date_times"?, "rows": [{"groupings", "statistics"}]}.
QByteArray reportJson(const ReportResult& result)
{
    QJsonObject root { { QStringLiteral("type"), reportTypeName(result.type) },
        { QStringLiteral("statistics"), QJsonArray::fromStringList(result.statistics) } };
    if (result.series) {
        QJsonArray dates;
        const QTimeZone zone(result.timezone.toUtf8());
        for (qint64 t : result.dateTimes)
            dates.append(calendar::formatLocalIso(t, zone.isValid() ? zone : QTimeZone::utc()));
        root.insert(QStringLiteral("date_times"), dates);
    }
    QJsonArray rows;
    for (const ReportResult::Row& row : result.rows) {
        QJsonObject groupings;
        for (const auto& [key, value] : row.groupings)
            groupings.insert(key, value);
        QJsonObject statistics;
        for (const QString& statistic : result.statistics) {
            if (result.series) {
                QJsonArray values;
                for (qsizetype i = 0; i < qsizetype(result.dateTimes.size()); ++i)
                    values.append(numberOrNull(row.value(statistic, i)));
                statistics.insert(statistic, values);
            } else {
                statistics.insert(statistic, numberOrNull(row.value(statistic)));
            }
        }
        rows.append(
            QJsonObject { { QStringLiteral("groupings"), groupings }, { QStringLiteral("statistics"), statistics } });
    }
    root.insert(QStringLiteral("rows"), rows);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

namespace {

int g_signalPipe[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

CliSession::CliSession(QObject* parent)
    : QObject(parent)
    , m_err(stderr)
{
    m_progressOnTerminal = ::isatty(::fileno(stderr)) == 1;
    // Ctrl+C or SIGTERM cancels the run cleanly (no partial output file) and exits with 130. The
    // handler only writes to a pipe; the event loop does the rest.
    if (g_signalPipe[0] < 0 && ::pipe(g_signalPipe) != 0)
        return;
    m_signalNotifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        if (m_operation)
            m_operation->cancel();
        if (m_lookup)
            m_lookup->cancel();
        fail(kExitCancelled, tr("Cancelled; nothing was written."));
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

CliSession::~CliSession()
{
    if (m_operation)
        m_operation->cancel();
    if (m_lookup)
        m_lookup->cancel();
    // The operation's calls must go before the client, the client before the network manager.
    delete m_lookup.data();
    delete m_operation.data();
    m_client.reset();
    m_network.reset();
}

int CliSession::exec(const QStringList& arguments)
{
    if (const int code = parse(arguments); code >= 0)
        return code;
    switch (m_verb) {
    case Verb::Validate:
        return validateCommand();
    case Verb::Request:
        return requestCommand();
    case Verb::Run:
        if (const int code = loadDocument(); code != kExitOk)
            return code;
        if (const int code = validateCommand(); code != kExitOk)
            return code;
        if (const int code = prepareOutput(); code != kExitOk)
            return code;
        prepareBackend([this] { startRun(); });
        break;
    case Verb::Metrics:
        if (const int code = prepareOutput(); code != kExitOk)
            return code;
        prepareBackend([this] { startMetrics(); });
        break;
    }
    if (m_finished)
        return m_exitCode;
    return QCoreApplication::exec();
}

int CliSession::parse(const QStringList& arguments)
{
    const QString verb = arguments.value(1);
    if (verb == u"run")
        m_verb = Verb::Run;
    else if (verb == u"metrics")
        m_verb = Verb::Metrics;
    else if (verb == u"request")
        m_verb = Verb::Request;
    else
        m_verb = Verb::Validate;

    const bool online = m_verb == Verb::Run || m_verb == Verb::Metrics;
    m_parser.setApplicationDescription(m_verb == Verb::Request
            ? tr("Klaviyo Metrics Explorer, command line. Prints each request body exactly as 'run' sends it "
                 "(compact JSON), then a curl command that reads the key from $KLAVIYO_API_KEY.")
            : tr("Klaviyo Metrics Explorer, command line."));
    m_parser.addHelpOption();
    if (m_verb != Verb::Metrics)
        m_parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .kmq query file or a raw API request body."));
    m_parser.addOption({ QStringLiteral("revision"),
        tr("API revision to use (default: the profile's, else %1).").arg(revision::defaultRevision()),
        QStringLiteral("R") });
    m_parser.addOption({ QStringLiteral("now"),
        tr("Resolve relative date ranges as if it were this ISO 8601 instant (reproducible runs)."),
        QStringLiteral("INSTANT") });
    if (online) {
        m_parser.addOption({ QStringLiteral("demo"), tr("Use the built-in demo account (no key, no network).") });
        m_parser.addOption(
            { QStringLiteral("base-url"), tr("API base URL (default https://a.klaviyo.com)."), QStringLiteral("URL") });
        m_parser.addOption(
            { QStringLiteral("profile"), tr("Use this saved profile (name or id)."), QStringLiteral("NAME") });
        m_parser.addOption({ QStringLiteral("format"),
            m_verb == Verb::Run ? tr("Output format: csv, json, or a chart as png or svg (default csv).")
                                : tr("Output format: csv or json (default csv)."),
            QStringLiteral("FORMAT"), QStringLiteral("csv") });
        m_parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
            tr("Write the output to FILE ('-' for standard output, the default)."), QStringLiteral("FILE"),
            QStringLiteral("-") });
        m_parser.addOption({ QStringLiteral("timeout"), tr("Seconds without data before a request fails (default 60)."),
            QStringLiteral("SECONDS"), QStringLiteral("60") });
    }
    if (m_verb == Verb::Run) {
        m_parser.addOption({ QStringLiteral("layout"), tr("CSV layout: long or wide (default long)."),
            QStringLiteral("LAYOUT"), QStringLiteral("long") });
        if (m_verb == Verb::Run) {
            m_parser.addOption({ QStringLiteral("names"),
                tr("Look up the names of flows, messages, campaigns, forms and segments whose ids the result "
                   "groups by, and add them next to the ids (extra API calls; charts always show names).") });
        }
        m_parser.addOption({ QStringLiteral("width"), tr("Chart width in pixels (png, svg; default 1600)."),
            QStringLiteral("PIXELS"), QStringLiteral("1600") });
        m_parser.addOption({ QStringLiteral("height"), tr("Chart height in pixels (png, svg; default 900)."),
            QStringLiteral("PIXELS"), QStringLiteral("900") });
        m_parser.addOption({ QStringLiteral("dpi"), tr("Chart resolution; text and lines scale with it (default 96)."),
            QStringLiteral("DPI"), QStringLiteral("96") });
        m_parser.addOption({ QStringLiteral("chart"),
            tr("Chart type: line, area, bar or stacked-bar (default: the one saved in the file, else line)."),
            QStringLiteral("TYPE") });
    }
    if (m_verb == Verb::Metrics) {
        m_parser.addOption({ QStringLiteral("integration"), tr("Only metrics of this integration (e.g. Shopify)."),
            QStringLiteral("NAME") });
        m_parser.addOption(
            { QStringLiteral("category"), tr("Only metrics of this integration category."), QStringLiteral("NAME") });
    }

    QStringList args = arguments;
    args.removeAt(1); // the verb
    if (!m_parser.parse(args)) {
        m_err << m_parser.errorText() << u'\n'
              << tr("Run '%1 %2 --help' for the options.").arg(arguments.value(0), verb) << Qt::endl;
        return kExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText().replace(
            QStringLiteral("[options]"), verb + QStringLiteral(" [options]"));
        return kExitOk;
    }
    if (m_verb != Verb::Metrics) {
        const QStringList positional = m_parser.positionalArguments();
        if (positional.size() != 1) {
            m_err << tr("Give exactly one query file, e.g. '%1 %2 query.kmq'.").arg(arguments.value(0), verb)
                  << Qt::endl;
            return kExitUsage;
        }
        m_file = positional.first();
    }
    if (m_parser.isSet(QStringLiteral("revision"))
        && !revision::isValidRevisionText(m_parser.value(QStringLiteral("revision")))) {
        m_err << tr("The revision '%1' is not a date like 2026-07-15.").arg(m_parser.value(QStringLiteral("revision")))
              << Qt::endl;
        return kExitUsage;
    }
    m_now = QDateTime::currentMSecsSinceEpoch();
    if (m_parser.isSet(QStringLiteral("now"))) {
        qint64 ms = 0;
        if (!calendar::parseIsoInstant(m_parser.value(QStringLiteral("now")), &ms)) {
            m_err << tr("--now needs an ISO 8601 instant such as 2026-11-23T12:00:00Z.") << Qt::endl;
            return kExitUsage;
        }
        m_now = ms;
    }
    if (online) {
        const QString format = m_parser.value(QStringLiteral("format"));
        const bool image = format == u"png" || format == u"svg";
        if (format != u"csv" && format != u"json" && !(m_verb == Verb::Run && image)) {
            m_err << (m_verb == Verb::Run ? tr("Unknown format '%1': use csv, json, png or svg.").arg(format)
                                          : tr("Unknown format '%1': use csv or json.").arg(format))
                  << Qt::endl;
            return kExitUsage;
        }
        if (image) {
            if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
                m_err << tr("Charts need the graphical libraries; start the command as '%1 run FILE --format %2'.")
                             .arg(arguments.value(0), format)
                      << Qt::endl;
                return kExitUsage;
            }
            for (const char* name : { "width", "height" }) {
                bool ok = false;
                const int v = m_parser.value(QLatin1StringView(name)).toInt(&ok);
                if (!ok || v < 100 || v > 20000) {
                    m_err << tr("--%1 needs a number of pixels between 100 and 20000.").arg(QLatin1StringView(name))
                          << Qt::endl;
                    return kExitUsage;
                }
            }
            bool ok = false;
            const double dpi = m_parser.value(QStringLiteral("dpi")).toDouble(&ok);
            if (!ok || dpi < 24 || dpi > 1200) {
                m_err << tr("--dpi needs a resolution between 24 and 1200.") << Qt::endl;
                return kExitUsage;
            }
            if (m_parser.isSet(QStringLiteral("chart"))
                && !ChartBuilder::chartTypeFromKey(m_parser.value(QStringLiteral("chart")))) {
                m_err << tr("Unknown chart '%1': use line, area, bar or stacked-bar.")
                             .arg(m_parser.value(QStringLiteral("chart")))
                      << Qt::endl;
                return kExitUsage;
            }
        }
        if (m_verb == Verb::Run) {
            const QString layout = m_parser.value(QStringLiteral("layout"));
            if (layout != u"long" && layout != u"wide") {
                m_err << tr("Unknown layout '%1': use long or wide.").arg(layout) << Qt::endl;
                return kExitUsage;
            }
        }
        bool ok = false;
        const int timeout = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout <= 0) {
            m_err << tr("--timeout needs a positive number of seconds.") << Qt::endl;
            return kExitUsage;
        }
        if (m_parser.isSet(QStringLiteral("demo"))
            && (m_parser.isSet(QStringLiteral("base-url")) || m_parser.isSet(QStringLiteral("profile")))) {
            m_err << tr("--demo runs against the built-in demo account: leave out --base-url and --profile.")
                  << Qt::endl;
            return kExitUsage;
        }
        if (m_parser.isSet(QStringLiteral("profile"))) {
            QSettings settings;
            ProfileStore profiles(&settings);
            m_profile = profiles.find(m_parser.value(QStringLiteral("profile")));
            if (!m_profile) {
                m_err << tr("There is no profile named '%1'. Create it in the app's Settings, or use --base-url with "
                            "KLAVIYO_API_KEY.")
                             .arg(m_parser.value(QStringLiteral("profile")))
                      << Qt::endl;
                return kExitUsage;
            }
        } else if (!m_parser.isSet(QStringLiteral("demo"))) {
            // The active profile supplies the key (and the default revision) also when --base-url
            // names another server, e.g. a loopback emulator: "KLAVIYO_API_KEY, else the active
            // profile's key in the keychain".
            QSettings settings;
            m_profile = ProfileStore(&settings).activeProfile();
        }
    }
    return -1;
}

QString CliSession::revision() const
{
    if (m_parser.isSet(QStringLiteral("revision")))
        return m_parser.value(QStringLiteral("revision"));
    if (m_profile && !m_profile->isDemo)
        return m_profile->revision;
    return revision::defaultRevision();
}

qint64 CliSession::nowUtcMs() const
{
    return m_now;
}

int CliSession::loadDocument()
{
    QString error;
    auto document = queryfile::load(m_file, &error);
    if (!document) {
        m_err << error << Qt::endl;
        return kExitUsage;
    }
    m_document = *document;
    return kExitOk;
}

int CliSession::validateCommand()
{
    if (m_verb == Verb::Validate) {
        if (const int code = loadDocument(); code != kExitOk)
            return code;
    }
    const QList<ValidationMessage> messages = m_document.kind == QueryDocument::Kind::Report
        ? validate(m_document.report, revision(), nowUtcMs())
        : validate(m_document.metric, revision(), nowUtcMs());
    int errors = 0;
    QTextStream out(stdout);
    for (const ValidationMessage& m : messages) {
        const bool isError = m.severity == ValidationMessage::Error;
        errors += isError ? 1 : 0;
        const QString line = (isError ? tr("error") : tr("warning")) + u": "
            + (m.field.isEmpty() ? QString() : m.field + u": ") + m.message;
        // `validate` reports on stdout (its output); `run` only warns on stderr.
        if (m_verb == Verb::Validate)
            out << line << Qt::endl;
        else
            m_err << line << Qt::endl;
    }
    if (m_verb == Verb::Validate && messages.isEmpty())
        out << tr("%1: no problems found.").arg(m_file) << Qt::endl;
    return errors > 0 ? kExitUsage : kExitOk;
}

int CliSession::requestCommand()
{
    if (const int code = loadDocument(); code != kExitOk)
        return code;
    const QUrl base = m_profile ? m_profile->baseUrl : ApiClient::defaultBaseUrl();
    QTextStream out(stdout);
    QList<ApiRequest> requests;
    if (m_document.kind == QueryDocument::Kind::Report) {
        // Compact, byte for byte what `run` sends (ReportRun, AggregateRun).
        ApiRequest request = ApiRequest::post(reportPath(m_document.report.type), EndpointFamily::Reports,
            QJsonDocument(reportBody(m_document.report)).toJson(QJsonDocument::Compact));
        requests.append(request);
    } else {
        const QList<AggregateChunk> chunks = metricAggregateChunks(m_document.metric, nowUtcMs());
        if (chunks.isEmpty()) {
            m_err << tr("The date range of this query is empty; run 'validate' for details.") << Qt::endl;
            return kExitUsage;
        }
        for (const AggregateChunk& chunk : chunks)
            requests.append(ApiRequest::post(QStringLiteral("/api/metric-aggregates"), EndpointFamily::MetricAggregates,
                QJsonDocument(chunk.body).toJson(QJsonDocument::Compact)));
    }
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.size() > 1)
            out << u"# "_s << tr("Request %1 of %2").arg(i + 1).arg(requests.size()) << u'\n';
        out << requests[i].body << u'\n';
        out << curlCommand(requests[i], base, revision()) << u'\n';
        if (i + 1 < requests.size())
            out << u'\n';
    }
    out.flush();
    return kExitOk;
}

int CliSession::prepareOutput()
{
    const QString path = m_parser.value(QStringLiteral("output"));
    if (path == u"-") {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly)) {
            m_err << tr("Cannot write to standard output.") << Qt::endl;
            return kExitUsage;
        }
        m_output = std::move(file);
        return kExitOk;
    }
    // Open the destination before running, so an unwritable path costs no API calls. The file is
    // written under a temporary name and renamed on commit: a failed run leaves an old file intact.
    auto file = std::make_unique<ReplacingFile>(path);
    if (!file->openForWriting()) {
        m_err << tr("Cannot write '%1': %2. Choose another file with -o.").arg(path, file->errorString()) << Qt::endl;
        return kExitUsage;
    }
    m_output = std::move(file);
    return kExitOk;
}

void CliSession::prepareBackend(std::function<void()> next)
{
    const bool demo = m_parser.isSet(QStringLiteral("demo"));
    if (demo)
        m_network = std::make_unique<DemoNetworkAccessManager>();
    else
        m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setTransferTimeoutMs(m_parser.value(QStringLiteral("timeout")).toInt() * 1000);

    QUrl base = ApiClient::defaultBaseUrl();
    if (demo)
        base = demo::baseUrl();
    else if (m_parser.isSet(QStringLiteral("base-url")))
        base = QUrl(m_parser.value(QStringLiteral("base-url")));
    else if (m_profile)
        base = m_profile->baseUrl;
    QString error;
    if (!m_client->setBaseUrl(base, &error)) {
        fail(kExitUsage, error);
        return;
    }
    if (!m_client->setRevision(revision())) {
        fail(kExitUsage, tr("The revision '%1' is not a date like 2026-07-15.").arg(revision()));
        return;
    }

    if (demo) {
        m_client->setApiKey(kDemoKey);
        next();
        return;
    }
    const QString envKey = qEnvironmentVariable("KLAVIYO_API_KEY").trimmed();
    if (!envKey.isEmpty()) {
        if (!m_client->setApiKey(envKey)) {
            fail(kExitUsage, tr("KLAVIYO_API_KEY contains characters an API key cannot have; copy the key again."));
            return;
        }
        next();
        return;
    }
    if (!m_profile || m_profile->isDemo) {
        fail(kExitUsage,
            tr("No API key: set KLAVIYO_API_KEY, or save a key for a profile in the app's Settings. "
               "To try the command line without a key, add --demo."));
        return;
    }
    m_credentials = std::make_unique<KeychainCredentialStore>();
    m_credentials->readKey(m_profile->id, this, [this, next](const CredentialResult& result) {
        if (!result.isOk()) {
            const QString why = result.status == CredentialResult::Status::NotFound
                ? tr("No key is saved for the profile '%1'.").arg(m_profile->name)
                : result.message;
            fail(kExitUsage, why + u' ' + tr("Set KLAVIYO_API_KEY, or save the key in the app's Settings."));
            return;
        }
        m_client->setApiKey(result.key);
        next();
    });
}

void CliSession::watch(ApiOperation* operation, std::function<void()> onSuccess)
{
    m_operation = operation;
    if (m_progressOnTerminal) {
        connect(operation, &ApiOperation::progress, this, [this](int done, int planned, double waiting) {
            m_err << u'\r'
                  << tr("%1 of %2 requests, %3 s waiting for Klaviyo's rate limits")
                         .arg(done)
                         .arg(planned)
                         .arg(waiting, 0, 'f', 1)
                  << Qt::flush;
        });
    }
    connect(operation, &ApiOperation::finished, this, [this, operation, onSuccess] {
        if (m_progressOnTerminal)
            m_err << u'\r' << QString(60, u' ') << u'\r' << Qt::flush;
        if (!operation->isSuccess()) {
            const ApiError& error = operation->error();
            QString text = error.message;
            if (!error.items.isEmpty() && !error.items.first().detail.isEmpty()
                && !text.contains(error.items.first().detail))
                text += u' ' + tr("Klaviyo said: %1").arg(error.items.first().detail);
            fail(error.exitCode(), text);
            return;
        }
        onSuccess();
    });
    if (m_progressOnTerminal) {
        const RunPlan plan = operation->plan();
        if (plan.requests > 1)
            m_err << tr("%1 requests, at least %2 s at Klaviyo's limits")
                         .arg(plan.requests)
                         .arg(plan.minimumSeconds, 0, 'f', 0)
                  << Qt::endl;
    }
    operation->start();
}

void CliSession::startRun()
{
    if (m_document.kind == QueryDocument::Kind::Report) {
        auto* run = new ReportRun(m_client.get(), m_document.report.type, reportBody(m_document.report), this);
        watch(run, [this] { writeReportResult(); });
        return;
    }
    const MetricQuery& query = m_document.metric;
    const QList<AggregateChunk> chunks = metricAggregateChunks(query, nowUtcMs());
    if (chunks.isEmpty()) {
        fail(kExitUsage, tr("The date range of this query is empty; run 'validate' for details."));
        return;
    }
    QList<QJsonObject> bodies;
    for (const AggregateChunk& chunk : chunks)
        bodies.append(chunk.body);
    AggregateResult skeleton;
    skeleton.metricId = query.metricId;
    skeleton.metricName = query.metricName;
    skeleton.timezone = query.timezone;
    skeleton.interval = query.interval;
    skeleton.by = query.by;
    skeleton.measurements = query.measurements;
    skeleton.rangeStartUtcMs = chunks.first().range.startUtcMs;
    skeleton.rangeEndUtcMs = chunks.last().range.endUtcMs;
    auto* run = new AggregateRun(m_client.get(), bodies, skeleton, this);
    watch(run, [this] { writeAggregateResult(); });
}

void CliSession::startMetrics()
{
    auto* fetch = new MetricsFetch(m_client.get(), this);
    if (m_parser.isSet(QStringLiteral("integration")))
        fetch->setIntegrationName(m_parser.value(QStringLiteral("integration")));
    if (m_parser.isSet(QStringLiteral("category")))
        fetch->setIntegrationCategory(m_parser.value(QStringLiteral("category")));
    watch(fetch, [this] { writeMetrics(); });
}

void CliSession::writeAggregateResult()
{
    const auto* run = qobject_cast<AggregateRun*>(m_operation.data());
    const QString format = m_parser.value(QStringLiteral("format"));
    if ((format == u"png" || format == u"svg") && run->result().metricName.isEmpty() && !m_metricNameAsked) {
        // A raw request body names the metric by id only; a chart is titled with its name.
        m_metricNameAsked = true;
        ApiCall* call = m_client->send(ApiRequest::get(u"/api/metrics/"_s + run->result().metricId,
                                           EndpointFamily::Metrics, { { u"fields[metric]"_s, u"name"_s } }),
            this);
        connect(call, &ApiCall::finished, this, [this, call] {
            if (call->isSuccess()) {
                if (const auto metric = apiparsers::parseMetric(call->response().body))
                    m_metricName = metric->name;
            }
            call->deleteLater();
            writeAggregateResult();
        });
        return;
    }
    AggregateResult named;
    if (!m_metricName.isEmpty()) {
        named = run->result();
        named.metricName = m_metricName;
    }
    const AggregateResult& result = m_metricName.isEmpty() ? run->result() : named;
    if (wantsNames() && !m_namesAsked) {
        m_namesAsked = true;
        QHash<NameKind, QStringList> ids;
        for (qsizetype d = 0; d < result.by.size(); ++d) {
            for (const AggregateResult::Group& group : result.groups) {
                const QString& value = group.dimensions.value(d);
                const auto kind = nameKindForDimension(result.by[d], value);
                if (kind && !ids[*kind].contains(value))
                    ids[*kind].append(value);
            }
        }
        if (!ids.isEmpty()) {
            lookUpNames(ids, [this] { writeAggregateResult(); });
            return;
        }
    }
    for (const QString& warning : result.warnings)
        warn(warning);
    const DimensionNames names = dimensionNames(result);
    const bool json = format == u"json";
    bool ok = false;
    QString error;
    if (format == u"png" || format == u"svg") {
        ok = writeAggregateChart(result, format == u"svg", names, &error);
    } else if (json) {
        AggregateJsonWriter writer(names);
        ok = writer.write(result, m_output.get());
        error = writer.errorString();
    } else {
        CsvWriter::Options options;
        options.layout =
            m_parser.value(QStringLiteral("layout")) == u"wide" ? CsvWriter::Layout::Wide : CsvWriter::Layout::Long;
        options.names = names;
        CsvWriter writer(options);
        ok = writer.write(result, m_output.get());
        error = writer.errorString();
    }
    if (!ok) {
        fail(kExitUsage, tr("Writing the output failed: %1.").arg(error));
        return;
    }
    if (commitOutput())
        finish(kExitOk);
}

bool CliSession::writeAggregateChart(
    const AggregateResult& result, bool svg, const DimensionNames& names, QString* error)
{
    // The same chart as the app draws: the file's saved chart type, top N and hidden series.
    const QJsonObject& view = m_document.view;
    const auto prepared = PreparedResult::create(result);
    ChartImageExporter exporter(prepared);
    auto type = ChartBuilder::chartTypeFromKey(view.value(QStringLiteral("chartType")).toString());
    if (m_parser.isSet(QStringLiteral("chart")))
        type = ChartBuilder::chartTypeFromKey(m_parser.value(QStringLiteral("chart")));
    exporter.setChartType(type.value_or(ChartBuilder::ChartType::Line));
    if (view.value(QStringLiteral("topN")).isDouble())
        exporter.setTopN(view.value(QStringLiteral("topN")).toInt());
    QSet<QString> hidden;
    for (const QJsonValue& key : view.value(QStringLiteral("hiddenSeries")).toArray())
        hidden.insert(key.toString());
    exporter.setHiddenSeries(hidden);
    exporter.setNameProvider(
        [names](const QString& dimension, const QString& value) { return names.value(dimension).value(value); });

    ChartImageOptions options;
    options.pixelSize =
        QSize(m_parser.value(QStringLiteral("width")).toInt(), m_parser.value(QStringLiteral("height")).toInt());
    options.dpi = m_parser.value(QStringLiteral("dpi")).toDouble();
    QStringList filters;
    for (const FilterExpr& filter : m_document.metric.filters)
        filters.append(printFilter(filter));
    const QTimeZone zone(result.timezone.toUtf8());
    options.caption = ChartImageExporter::captionLines(*prepared, filters.join(QStringLiteral(", ")),
        QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), zone.isValid() ? zone : QTimeZone::utc()));
    return svg ? exporter.writeSvg(m_output.get(), options, error) : exporter.writePng(m_output.get(), options, error);
}

bool CliSession::writeReportChart(std::shared_ptr<const ReportResult> result, bool svg, QString* error)
{
    // The same chart as the app's report tab: bars of one statistic per grouping for values
    // reports, lines over the dates for series; the statistic saved with the file, else the first.
    ReportResultsWidget widget;
    const auto names = m_names;
    widget.setNameProvider([names](const QString& key, const QString& value) {
        const auto kind = reportGroupingNameKind(key);
        return kind ? names.value(*kind).value(value) : QString();
    });
    widget.setResult(std::move(result));
    const QString statistic = m_document.view.value(QStringLiteral("chartStatistic")).toString();
    if (!statistic.isEmpty())
        widget.setChartStatistic(statistic);
    const QSize size(m_parser.value(QStringLiteral("width")).toInt(), m_parser.value(QStringLiteral("height")).toInt());
    return widget.writeChart(m_output.get(), svg, size, error);
}

bool CliSession::wantsNames() const
{
    const QString format = m_parser.value(QStringLiteral("format"));
    return format == u"png" || format == u"svg" || m_parser.isSet(QStringLiteral("names"));
}

void CliSession::lookUpNames(const QHash<NameKind, QStringList>& ids, std::function<void()> then)
{
    auto* lookup = new NameLookup(m_client.get(), this);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        lookup->addIds(it.key(), it.value());
    m_lookup = lookup;
    connect(lookup, &ApiOperation::finished, this, [this, lookup, ids, then = std::move(then)] {
        lookup->deleteLater();
        if (m_finished)
            return; // cancelled meanwhile
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            const QHash<QString, QString> found = lookup->names(it.key());
            QHash<QString, QString>& known = m_names[it.key()];
            for (auto name = found.cbegin(); name != found.cend(); ++name)
                known.insert(name.key(), name.value());
            const ApiError error = lookup->kindError(it.key());
            if (error.kind != ApiError::Kind::None)
                warn(tr("The %1 names could not be looked up (%2); their ids are shown instead.")
                         .arg(nameKindName(it.key()), error.message));
        }
        // A `$message` id is taken for a campaign when it looks like one, but flow messages can
        // have ids of the same shape [INF]: ask for the ones no campaign has as flow messages.
        const QStringList notCampaigns = lookup->notFound(NameKind::Campaign);
        if (!notCampaigns.isEmpty() && !ids.contains(NameKind::FlowMessage)) {
            lookUpNames({ { NameKind::FlowMessage, notCampaigns } }, then);
            return;
        }
        then();
    });
    lookup->start();
}

DimensionNames CliSession::dimensionNames(const AggregateResult& result) const
{
    DimensionNames names;
    for (qsizetype d = 0; d < result.by.size(); ++d) {
        for (const AggregateResult::Group& group : result.groups) {
            const QString& value = group.dimensions.value(d);
            const auto kind = nameKindForDimension(result.by[d], value);
            if (!kind)
                continue;
            QString name = m_names.value(*kind).value(value);
            if (name.isEmpty() && *kind == NameKind::Campaign) // see lookUpNames()
                name = m_names.value(NameKind::FlowMessage).value(value);
            if (!name.isEmpty())
                names[result.by[d]].insert(value, name);
        }
    }
    return names;
}

void CliSession::writeReportResult()
{
    const auto* run = qobject_cast<ReportRun*>(m_operation.data());
    QString error;
    auto result = parseReportPages(run->type(), run->pages(), &error);
    if (!result) {
        fail(kExitApi, tr("Klaviyo's answer could not be read: %1").arg(error));
        return;
    }
    const QString format = m_parser.value(QStringLiteral("format"));
    const bool chart = format == u"png" || format == u"svg";
    if (chart && !m_namesAsked) {
        // The chart labels groupings by name, as the app does (CSV and JSON keep Klaviyo's ids).
        m_namesAsked = true;
        QHash<NameKind, QStringList> ids;
        for (const ReportResult::Row& row : result->rows) {
            for (const auto& [key, value] : row.groupings) {
                const auto kind = reportGroupingNameKind(key);
                if (kind && !value.isEmpty() && !ids[*kind].contains(value))
                    ids[*kind].append(value);
            }
        }
        if (!ids.isEmpty()) {
            lookUpNames(ids, [this] { writeReportResult(); });
            return;
        }
    }
    // Report dates are in the account's timezone; the profile's default timezone stands for it.
    if (m_parser.isSet(QStringLiteral("demo")))
        result->timezone = demoProfile().defaultTimezone;
    else if (m_profile)
        result->timezone = m_profile->defaultTimezone;
    const bool json = format == u"json";
    bool ok = false;
    QString writeError;
    if (chart) {
        ok = writeReportChart(std::make_shared<const ReportResult>(std::move(*result)), format == u"svg", &writeError);
    } else if (json) {
        const QByteArray bytes = reportJson(*result);
        ok = m_output->write(bytes) == bytes.size();
        writeError = m_output->errorString();
    } else {
        CsvWriter writer;
        ok = writer.write(*result, m_output.get());
        writeError = writer.errorString();
    }
    if (!ok) {
        fail(kExitUsage, tr("Writing the output failed: %1.").arg(writeError));
        return;
    }
    if (commitOutput())
        finish(kExitOk);
}

void CliSession::writeMetrics()
{
    const auto* fetch = qobject_cast<MetricsFetch*>(m_operation.data());
    const QList<MetricInfo>& metrics = fetch->metrics();
    QByteArray bytes;
    if (m_parser.value(QStringLiteral("format")) == u"json") {
        QJsonArray array;
        for (const MetricInfo& m : metrics) {
            array.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name },
                { QStringLiteral("integration"), m.integrationName },
                { QStringLiteral("category"), m.integrationCategory },
                { QStringLiteral("created"), isoOrEmpty(m.created) },
                { QStringLiteral("updated"), isoOrEmpty(m.updated) } });
        }
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QList<QStringList> rows;
        rows.append({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("integration"),
            QStringLiteral("category"), QStringLiteral("created"), QStringLiteral("updated") });
        for (const MetricInfo& m : metrics)
            rows.append({ m.id, m.name, m.integrationName, m.integrationCategory, isoOrEmpty(m.created),
                isoOrEmpty(m.updated) });
        for (const QStringList& row : rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i > 0)
                    bytes += ',';
                bytes += detail::csvField(row[i]);
            }
            bytes += "\r\n";
        }
    }
    if (m_output->write(bytes) != bytes.size()) {
        fail(kExitUsage, tr("Writing the output failed: %1.").arg(m_output->errorString()));
        return;
    }
    if (commitOutput())
        finish(kExitOk);
}

bool CliSession::commitOutput()
{
    if (auto* save = qobject_cast<ReplacingFile*>(m_output.get())) {
        if (!save->commit()) {
            fail(kExitUsage,
                tr("Cannot write '%1': %2. Choose another file with -o.")
                    .arg(save->destination(), save->errorString()));
            return false;
        }
    } else {
        static_cast<QFile*>(m_output.get())->flush();
    }
    return true;
}

void CliSession::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    QCoreApplication::exit(code);
}

void CliSession::fail(int code, const QString& message)
{
    if (m_finished)
        return; // e.g. the cancelled operation reporting after a signal already ended the run
    if (auto* save = qobject_cast<ReplacingFile*>(m_output.get()))
        save->cancel();
    m_err << message << Qt::endl;
    finish(code);
}

void CliSession::warn(const QString& message)
{
    m_err << tr("warning") << u": "_s << message << Qt::endl;
}

} // namespace kx
