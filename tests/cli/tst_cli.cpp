// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end: the real klaviyo-explorer binary in a child process, against the
// in-process demo account (--demo) and against the klaviyo-emulator HTTP server on loopback.
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <pty.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include "auth/keychaincredentialstore.h"
#include "settings/profile.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kSecretKey = u"pk_cli_secret_0123456789abcdef"_s;

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary(const QString& name)
{
    return QStringLiteral(KX_BIN_DIR) + u'/' + name;
}

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KLAVIYO_API_KEY"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    // The messages the tests compare are the English ones, whatever the machine's language.
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    // Children of a sanitizer build keep leak checking but unwind malloc stacks the fast way: the
    // precise unwinder the suite uses for Qt's own leaks makes each run several times slower.
    if (env.contains(u"ASAN_OPTIONS"_s))
        env.insert(u"ASAN_OPTIONS"_s, u"detect_leaks=1:abort_on_error=0"_s);
    return env;
}

Outcome runCli(const QStringList& arguments, const QProcessEnvironment& env = baseEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary(u"klaviyo-explorer"_s), arguments);
    Outcome outcome;
    if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "the command did not finish";
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QProcessEnvironment withKey(const QString& key)
{
    QProcessEnvironment env = baseEnvironment();
    env.insert(u"KLAVIYO_API_KEY"_s, key);
    return env;
}

QList<QByteArray> lines(const QByteArray& text)
{
    QList<QByteArray> out = text.split('\n');
    for (QByteArray& line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

/// Runs the command with stderr on a pseudo-terminal (stdout stays a pipe); @p terminal gets
/// what the command wrote to the terminal.
Outcome runOnTerminal(const QStringList& arguments, QByteArray* terminal)
{
    Outcome outcome;
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) {
        outcome.err = "openpty failed";
        return outcome;
    }
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC); // dup2 below gives the child a copy without the flag
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QProcess process;
    process.setProcessEnvironment(baseEnvironment());
    process.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); });
    process.start(binary(u"klaviyo-explorer"_s), arguments);
    const bool started = process.waitForStarted(kTimeoutMs);
    ::close(slave);
    const auto drain = [master, terminal] {
        char buffer[4096];
        ssize_t got = 0;
        while ((got = ::read(master, buffer, sizeof buffer)) > 0)
            terminal->append(buffer, got);
    };
    const QDeadlineTimer deadline(kTimeoutMs);
    bool finished = false;
    while (started && !finished && !deadline.hasExpired()) {
        finished = process.waitForFinished(50);
        drain();
    }
    drain();
    ::close(master);
    if (!finished) {
        process.kill();
        process.waitForFinished();
        outcome.err = "the command did not finish";
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    return outcome;
}

/// The values column (the last) of a long CSV, added up.
double valueTotal(const QList<QByteArray>& rows)
{
    double total = 0;
    for (qsizetype i = 1; i < rows.size(); ++i)
        total += rows[i].mid(rows[i].lastIndexOf(',') + 1).toDouble();
    return total;
}

/// A running klaviyo-emulator; stopped when it goes out of scope.
class Emulator
{
public:
    explicit Emulator(const QStringList& extra = {})
    {
        m_process.setProcessEnvironment(baseEnvironment());
        m_process.start(binary(u"klaviyo-emulator"_s), QStringList { u"--port"_s, u"0"_s } + extra);
        if (!m_process.waitForStarted(kTimeoutMs))
            return;
        QByteArray first;
        while (!first.contains('\n') && m_process.waitForReadyRead(kTimeoutMs))
            first += m_process.readAllStandardOutput();
        const auto match =
            QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)"_s).match(QString::fromUtf8(first));
        if (match.hasMatch())
            m_url = match.captured(1);
    }
    ~Emulator()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const
    {
        return m_url;
    }

private:
    QProcess m_process;
    QString m_url;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_placedOrderId;
    std::unique_ptr<Emulator> m_seedEmulator; ///< serves tests/data/cli/seed-ids-fixture.json

    /// The emulator serving the seed examples' own ids (started on first use).
    QString seedEmulatorUrl()
    {
        if (!m_seedEmulator) {
            m_seedEmulator = std::make_unique<Emulator>(QStringList { u"--dataset"_s,
                QStringLiteral(TESTDATA_DIR) + u"/cli/seed-ids-fixture.json"_s, u"--rate-limits"_s, u"off"_s });
        }
        return m_seedEmulator->url();
    }

    QString writeFile(const QString& name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
            return {};
        return path;
    }

    /// A raw Query Metric Aggregates body, as a connector user keeps it.
    QByteArray rawBody(const QString& metricId, const QString& start, const QString& end,
        const QString& interval = u"week"_s, const QString& by = u"$attributed_channel"_s) const
    {
        QJsonObject attributes { { u"metric_id"_s, metricId },
            { u"measurements"_s, QJsonArray { u"count"_s, u"sum_value"_s } }, { u"interval"_s, interval },
            { u"timezone"_s, u"America/New_York"_s },
            { u"filter"_s,
                QJsonArray { u"greater-or-equal(datetime,%1)"_s.arg(start), u"less-than(datetime,%1)"_s.arg(end) } } };
        if (!by.isEmpty())
            attributes.insert(u"by"_s, QJsonArray { by });
        return QJsonDocument(
            QJsonObject {
                { u"data"_s, QJsonObject { { u"type"_s, u"metric-aggregate"_s }, { u"attributes"_s, attributes } } } })
            .toJson();
    }

    QString octoberQuery()
    {
        return writeFile(u"october.json"_s,
            rawBody(m_placedOrderId, u"2025-10-01T00:00:00-04:00"_s, u"2025-11-01T00:00:00-04:00"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(binary(u"klaviyo-explorer"_s)), "build klaviyo-explorer first");
        // The demo account's ids are generated; find Placed Order through the command line itself.
        const Outcome metrics = runCli({ u"metrics"_s, u"--demo"_s });
        QCOMPARE(metrics.exitCode, 0);
        for (const QByteArray& line : lines(metrics.out)) {
            const QList<QByteArray> fields = line.split(',');
            if (fields.size() >= 3 && fields.at(1) == "Placed Order")
                m_placedOrderId = QString::fromUtf8(fields.at(0));
        }
        QVERIFY2(!m_placedOrderId.isEmpty(), metrics.out.constData());
    }

    // Messages follow the user's language: the German catalogue is compiled in and loaded.
    void messagesFollowTheUsersLanguage()
    {
        QProcessEnvironment german = baseEnvironment();
        german.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        german.insert(u"LANGUAGE"_s, u"de"_s);
        const Outcome de = runCli({ u"run"_s }, german);
        QCOMPARE(de.exitCode, 2);
        QVERIFY2(QString::fromUtf8(de.err).contains(u"Geben Sie genau eine Abfragedatei an"_s), de.err.constData());
        const Outcome en = runCli({ u"run"_s });
        QCOMPARE(en.exitCode, 2);
        QVERIFY2(en.err.contains("Give exactly one query file"), en.err.constData());
    }

    void cleanupTestCase()
    {
        m_seedEmulator.reset();
    }

    void helpListsTheCommandsWithoutADisplay()
    {
        const Outcome help = runCli({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        for (const char* verb : { "run FILE", "metrics", "request FILE", "validate FILE", "KLAVIYO_API_KEY" })
            QVERIFY2(help.out.contains(verb), verb);
        const Outcome version = runCli({ u"--version"_s });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("klaviyo-explorer "));
        const Outcome runHelp = runCli({ u"run"_s, u"--help"_s });
        QCOMPARE(runHelp.exitCode, 0);
        QVERIFY(runHelp.out.contains("--layout"));
        QVERIFY(runHelp.out.contains("--format"));
    }

    void metricsListsTheDemoAccount()
    {
        const Outcome csv = runCli({ u"metrics"_s, u"--demo"_s });
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> rows = lines(csv.out);
        QCOMPARE(rows.first(), "id,name,integration,category,created,updated");
        QVERIFY(rows.size() > 15);

        const Outcome shopify =
            runCli({ u"metrics"_s, u"--demo"_s, u"--integration"_s, u"Shopify"_s, u"--format"_s, u"json"_s });
        QCOMPARE(shopify.exitCode, 0);
        const QJsonArray metrics = QJsonDocument::fromJson(shopify.out).array();
        QVERIFY(!metrics.isEmpty());
        QVERIFY(metrics.size() < rows.size() - 1);
        QSet<QString> names;
        for (const QJsonValue& m : metrics) {
            QCOMPARE(m[u"integration"_s].toString(), u"Shopify"_s);
            names.insert(m[u"name"_s].toString());
        }
        QVERIFY(names.contains(u"Placed Order"_s));
    }

    void runWritesLongWideAndJson()
    {
        const QString query = octoberQuery();
        const Outcome longCsv = runCli({ u"run"_s, u"--demo"_s, query });
        QVERIFY2(longCsv.exitCode == 0, longCsv.err.constData());
        const QList<QByteArray> rows = lines(longCsv.out);
        QCOMPARE(rows.first(), "date,$attributed_channel,measurement,value");
        // Weeks start on Monday in the query timezone: 2025-09-29 is the Monday before 1 October.
        QVERIFY2(rows.at(1).startsWith("2025-09-29T00:00:00-04:00,"), rows.at(1).constData());
        QVERIFY(rows.last().startsWith("2025-10-27T00:00:00-04:00,"));

        const Outcome wide = runCli({ u"run"_s, u"--demo"_s, query, u"--layout"_s, u"wide"_s });
        QCOMPARE(wide.exitCode, 0);
        const QList<QByteArray> wideRows = lines(wide.out);
        QCOMPARE(wideRows.size(), 1 + 5); // header + five weeks
        QVERIFY(wideRows.first().startsWith("date,"));

        const Outcome json = runCli({ u"run"_s, u"--demo"_s, query, u"--format"_s, u"json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root[u"dates"_s].toArray().size(), 5);
        QCOMPARE(root[u"timezone"_s].toString(), u"America/New_York"_s);

        // The long and wide layouts and JSON hold the same numbers: sum the counts three ways.
        double longTotal = 0;
        for (const QByteArray& row : rows.mid(1)) {
            const QList<QByteArray> f = row.split(',');
            if (f.at(2) == "count")
                longTotal += f.at(3).toDouble();
        }
        double jsonTotal = 0;
        for (const QJsonValue& series : root[u"series"_s].toArray()) {
            if (series[u"measurement"_s].toString() == u"count"_s) {
                for (const QJsonValue& v : series[u"values"_s].toArray())
                    jsonTotal += v.toDouble();
            }
        }
        QVERIFY(longTotal > 0);
        QCOMPARE(jsonTotal, longTotal);
    }

    void runSplitsRangesOverOneYear()
    {
        // 22 months, monthly: two requests stitched with no month lost or counted twice.
        const QString path = writeFile(u"long.json"_s,
            rawBody(m_placedOrderId, u"2024-01-01T00:00:00"_s, u"2025-11-01T00:00:00"_s, u"month"_s, QString()));
        const Outcome request = runCli({ u"request"_s, path });
        QCOMPARE(request.exitCode, 0);
        QVERIFY(request.out.contains("# Request 1 of 2"));
        QVERIFY(request.out.contains("# Request 2 of 2"));

        const Outcome run = runCli({ u"run"_s, u"--demo"_s, path, u"--layout"_s, u"wide"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> rows = lines(run.out);
        QCOMPARE(rows.size(), 1 + 22);
        QSet<QByteArray> dates;
        for (const QByteArray& row : rows.mid(1))
            dates.insert(row.left(row.indexOf(',')));
        QCOMPARE(dates.size(), 22);
        QVERIFY(dates.contains("2024-01-01T00:00:00-05:00"));
        QVERIFY(dates.contains("2024-07-01T00:00:00-04:00")); // summer time: same local midnight
        QVERIFY(dates.contains("2025-10-01T00:00:00-04:00"));
    }

    void emulatorAndDemoGiveTheSameAnswer()
    {
        Emulator emulator;
        QVERIFY(!emulator.url().isEmpty());
        const QString query = octoberQuery();
        const Outcome viaHttp = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), query }, withKey(kSecretKey));
        QVERIFY2(viaHttp.exitCode == 0, viaHttp.err.constData());
        const Outcome inProcess = runCli({ u"run"_s, u"--demo"_s, query });
        QCOMPARE(inProcess.exitCode, 0);
        QCOMPARE(viaHttp.out, inProcess.out);
        QVERIFY(!viaHttp.out.contains(kSecretKey.toUtf8()));
        QVERIFY(!viaHttp.err.contains(kSecretKey.toUtf8()));
    }

    void exitCodesSayWhatWentWrong()
    {
        Emulator emulator({ u"--api-key"_s, kSecretKey });
        QVERIFY(!emulator.url().isEmpty());
        const QString query = octoberQuery();

        // 3: the API refused (wrong key), with a sentence that says what to do.
        const Outcome wrongKey = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), query }, withKey(u"pk_wrong"_s));
        QCOMPARE(wrongKey.exitCode, 3);
        QVERIFY2(wrongKey.err.contains("API key"), wrongKey.err.constData());
        QVERIFY(wrongKey.out.isEmpty());

        // 3: an unknown metric is an invalid request, pointing at the field.
        const QString unknown = writeFile(
            u"unknown.json"_s, rawBody(u"NoSuch"_s, u"2025-10-01T00:00:00-04:00"_s, u"2025-11-01T00:00:00-04:00"_s));
        const Outcome invalid = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), unknown }, withKey(kSecretKey));
        QCOMPARE(invalid.exitCode, 3);
        QVERIFY2(invalid.err.contains("metric_id"), invalid.err.constData());

        // 4: nobody listens.
        const Outcome refused =
            runCli({ u"run"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, query }, withKey(kSecretKey));
        QCOMPARE(refused.exitCode, 4);

        // 2: usage errors, before any request.
        QCOMPARE(runCli({ u"run"_s, u"--base-url"_s, emulator.url(), query }).exitCode, 2); // no key
        const Outcome plainHttp =
            runCli({ u"metrics"_s, u"--base-url"_s, u"http://example.com"_s }, withKey(kSecretKey));
        QCOMPARE(plainHttp.exitCode, 2);
        QVERIFY(plainHttp.err.contains("https"));
        QCOMPARE(runCli({ u"run"_s, u"--demo"_s, query, u"--format"_s, u"xml"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"run"_s, u"--demo"_s, query, u"--revision"_s, u"yesterday"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"run"_s, u"--demo"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"metrics"_s, u"--demo"_s, u"--bogus"_s }).exitCode, 2);
    }

    void badFilesAreExplainedAndChangeNothing()
    {
        const QString corrupt = writeFile(u"corrupt.kmq"_s, "{\"format\":\"klaviyo-explorer-query\",\"version\":1,");
        const Outcome validate = runCli({ u"validate"_s, corrupt });
        QCOMPARE(validate.exitCode, 2);
        QVERIFY(!validate.err.isEmpty());
        QCOMPARE(runCli({ u"run"_s, u"--demo"_s, m_dir.filePath(u"missing.kmq"_s) }).exitCode, 2);

        // A validation error (no measurement) stops the run before any request.
        QJsonObject body =
            QJsonDocument::fromJson(rawBody(m_placedOrderId, u"2025-10-01T00:00:00Z"_s, u"2025-10-02T00:00:00Z"_s))
                .object();
        QJsonObject data = body[u"data"_s].toObject();
        QJsonObject attributes = data[u"attributes"_s].toObject();
        attributes[u"measurements"_s] = QJsonArray();
        data[u"attributes"_s] = attributes;
        body[u"data"_s] = data;
        const QString invalid = writeFile(u"invalid.json"_s, QJsonDocument(body).toJson());
        const Outcome invalidValidate = runCli({ u"validate"_s, invalid });
        QCOMPARE(invalidValidate.exitCode, 2);
        QVERIFY(invalidValidate.out.contains("error: measurements"));
        QCOMPARE(runCli({ u"run"_s, u"--demo"_s, invalid }).exitCode, 2);

        // An unwritable output path fails before running; an existing output survives a failed run.
        const Outcome unwritable = runCli({ u"run"_s, u"--demo"_s, octoberQuery(), u"-o"_s, u"/proc/nope/out.csv"_s });
        QCOMPARE(unwritable.exitCode, 2);
        QVERIFY(unwritable.err.contains("-o"));
        const QString kept = writeFile(u"kept.csv"_s, "previous results\n");
        const Outcome refused = runCli(
            { u"run"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, octoberQuery(), u"-o"_s, kept }, withKey(kSecretKey));
        QCOMPARE(refused.exitCode, 4);
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "previous results\n");
    }

    void requestPrintsBodiesAndCurlWithoutTheKey()
    {
        const Outcome request = runCli({ u"request"_s, octoberQuery() }, withKey(kSecretKey));
        QCOMPARE(request.exitCode, 0);
        QVERIFY(request.out.contains("\"metric-aggregate\""));
        // The body is printed as `run` sends it: compact JSON on one line, the same bytes as in
        // the curl command.
        const QByteArray body = lines(request.out).first();
        const QJsonDocument parsed = QJsonDocument::fromJson(body);
        QVERIFY2(parsed.isObject(), body.constData());
        QCOMPARE(parsed.toJson(QJsonDocument::Compact), body);
        QVERIFY(request.out.contains(QByteArray("--data-raw '" + body + "'")));
        QVERIFY(request.out.contains("curl --request POST 'https://a.klaviyo.com/api/metric-aggregates'"));
        QVERIFY(request.out.contains("Klaviyo-API-Key $KLAVIYO_API_KEY"));
        QVERIFY(!request.out.contains(kSecretKey.toUtf8()));
        QVERIFY(!request.err.contains(kSecretKey.toUtf8()));
    }

    void validateReportsWarnings()
    {
        const QString path = writeFile(u"hourly.json"_s,
            rawBody(m_placedOrderId, u"2025-01-01T00:00:00Z"_s, u"2025-12-01T00:00:00Z"_s, u"hour"_s));
        const Outcome validate = runCli({ u"validate"_s, path });
        QCOMPARE(validate.exitCode, 0);
        QVERIFY2(validate.out.contains("warning: "), validate.out.constData());
    }

    void runDrawsChartsWithoutADisplay()
    {
        const QString query = octoberQuery();
        const QString png = m_dir.filePath(u"chart.png"_s);
        // A headless session often has no runtime directory: Qt's warning about it stays off stderr.
        QProcessEnvironment noRuntimeDir = baseEnvironment();
        noRuntimeDir.remove(u"XDG_RUNTIME_DIR"_s);
        const Outcome drawn = runCli({ u"run"_s, u"--demo"_s, query, u"--format"_s, u"png"_s, u"--width"_s, u"1200"_s,
                                         u"--height"_s, u"700"_s, u"-o"_s, png },
            noRuntimeDir);
        QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
        QVERIFY2(!drawn.err.contains("XDG_RUNTIME_DIR"), drawn.err.constData());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        // Content, not a blank canvas: many distinct colours (series, text, grid).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        const QString svg = m_dir.filePath(u"chart.svg"_s);
        const Outcome vector =
            runCli({ u"run"_s, u"--demo"_s, query, u"--format=svg"_s, u"--chart"_s, u"bar"_s, u"-o"_s, svg });
        QVERIFY2(vector.exitCode == 0, vector.err.constData());
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("viewBox=\"0 0 1600 900\""));
        QVERIFY(text.contains("Placed Order")); // the title, looked up from the id

        QCOMPARE(runCli({ u"run"_s, u"--demo"_s, query, u"--format"_s, u"png"_s, u"--width"_s, u"5"_s }).exitCode, 2);
        QCOMPARE(runCli({ u"run"_s, u"--demo"_s, query, u"--format"_s, u"png"_s, u"--chart"_s, u"pie"_s }).exitCode, 2);
    }

    void runDrawsReportCharts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("extra");
        QTest::addRow("campaign values") << u"campaign-values-report"_s << QString();
        QTest::addRow("flow series") << u"flow-series-report"_s << u",\"interval\":\"daily\""_s;
    }

    void runDrawsReportCharts()
    {
        QFETCH(QString, type);
        QFETCH(QString, extra);
        // A raw Reporting API body, as a connector or the request panel would hand it over.
        const QString path = writeFile(type + u".json"_s,
            uR"({"data":{"type":"%1","attributes":{"statistics":["opens","open_rate"],"timeframe":{"key":"last_30_days"},"conversion_metric_id":"%2"%3}}})"_s
                .arg(type, m_placedOrderId, extra)
                .toUtf8());
        const QString png = m_dir.filePath(type + u".png"_s);
        const Outcome drawn = runCli({ u"run"_s, u"--demo"_s, path, u"--format"_s, u"png"_s, u"--width"_s, u"1100"_s,
            u"--height"_s, u"650"_s, u"-o"_s, png });
        QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
        QImage image(png);
        QCOMPARE(image.size(), QSize(1100, 650));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        const Outcome vector = runCli({ u"run"_s, u"--demo"_s, path, u"--format=svg"_s });
        QVERIFY2(vector.exitCode == 0, vector.err.constData());
        QVERIFY(vector.out.contains("<svg"));
        QVERIFY(vector.out.contains("Opens")); // the chart's title: the first statistic
    }

    void namesAddsANameColumnForMessages()
    {
        // Orders attributed to campaigns and to flow messages: both kinds of `$message` id get
        // their names, whether or not the id looks like a campaign's.
        const QString path = writeFile(u"by-message.json"_s,
            rawBody(m_placedOrderId, u"2025-09-01T00:00:00Z"_s, u"2025-12-01T00:00:00Z"_s, u"month"_s,
                u"$attributed_message"_s));
        const Outcome plain = runCli({ u"run"_s, u"--demo"_s, path });
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(lines(plain.out).first(), "date,$attributed_message,measurement,value");

        const Outcome named = runCli({ u"run"_s, u"--demo"_s, path, u"--names"_s });
        QVERIFY2(named.exitCode == 0, named.err.constData());
        const QList<QByteArray> rows = lines(named.out);
        QCOMPARE(rows.first(), "date,$attributed_message,$attributed_message name,measurement,value");
        QSet<QByteArray> names;
        for (qsizetype i = 1; i < rows.size(); ++i)
            names.insert(rows[i].split(',').value(2));
        QVERIFY2(
            std::any_of(names.cbegin(), names.cend(), [](const QByteArray& n) { return n.contains("Black Friday"); }),
            rows.join('\n').constData()); // a campaign
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), [](const QByteArray& n) { return n.contains("Welcome"); }),
            rows.join('\n').constData()); // a flow message
    }

    void runsEveryReportTypeAgainstTheEmulator_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("attributes");
        QTest::addColumn<QByteArray>("header");
        const QString conversion = uR"(,"conversion_metric_id":"%1")"_s;
        QTest::addRow("campaign values") << u"campaign-values-report"_s
                                         << uR"("statistics":["opens","open_rate"])"_s + conversion
                                         << QByteArray("campaign_id,campaign_message_id,send_channel,opens,open_rate");
        QTest::addRow("flow values") << u"flow-values-report"_s
                                     << uR"("statistics":["clicks","click_rate"])"_s + conversion
                                     << QByteArray("flow_id,flow_message_id,send_channel,clicks,click_rate");
        QTest::addRow("flow series") << u"flow-series-report"_s
                                     << uR"("statistics":["recipients"],"interval":"weekly")"_s + conversion
                                     << QByteArray("date,flow_id,flow_message_id,send_channel,recipients");
        QTest::addRow("form values") << u"form-values-report"_s << uR"("statistics":["viewed_form","submit_rate"])"_s
                                     << QByteArray("form_id,viewed_form,submit_rate");
        QTest::addRow("form series") << u"form-series-report"_s << uR"("statistics":["submits"],"interval":"weekly")"_s
                                     << QByteArray("date,form_id,submits");
        QTest::addRow("segment values") << u"segment-values-report"_s << uR"("statistics":["total_members"])"_s
                                        << QByteArray("segment_id,total_members");
        QTest::addRow("segment series") << u"segment-series-report"_s
                                        << uR"("statistics":["members_added"],"interval":"weekly")"_s
                                        << QByteArray("date,segment_id,members_added");
    }

    void runsEveryReportTypeAgainstTheEmulator()
    {
        QFETCH(QString, type);
        QFETCH(QString, attributes);
        QFETCH(QByteArray, header);
        // Real HTTP over loopback; the emulator's per-minute report limit is off so the seven
        // runs do not wait out Klaviyo's 2 calls a minute.
        Emulator emulator({ u"--rate-limits"_s, u"off"_s });
        QVERIFY(!emulator.url().isEmpty());
        const QString path = writeFile(type + u"-http.json"_s,
            uR"({"data":{"type":"%1","attributes":{%2,"timeframe":{"key":"last_30_days"}}}})"_s
                .arg(type, attributes.contains(u"%1"_s) ? attributes.arg(m_placedOrderId) : attributes)
                .toUtf8());
        const Outcome run = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), path }, withKey(kSecretKey));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, run.out.constData());
        QCOMPARE(lines.first().trimmed(), header);
        // Every data row has a value in each column, and rates are fractions.
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].trimmed().split(',');
            QCOMPARE(cells.size(), header.count(',') + 1);
            for (const QByteArray& cell : cells)
                QVERIFY2(!cell.isEmpty(), lines[i].constData());
            if (header.endsWith("_rate")) {
                bool ok = false;
                const double rate = cells.last().toDouble(&ok);
                QVERIFY(ok && rate >= 0 && rate <= 1);
            }
        }
        QVERIFY(!run.err.contains(kSecretKey.toUtf8()));
    }

    void keyComesFromTheActiveProfilesKeychainEntry()
    {
        // A saved profile with its key in the keychain, as the app leaves them; no KLAVIYO_API_KEY.
        const QString key = u"pk_keychain_"_s + QUuid::createUuid().toString(QUuid::Id128);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        QString profileId;
        {
            QSettings settings(config.filePath(u"klaviyo-explorer/klaviyo-explorer.conf"_s), QSettings::IniFormat);
            kx::ProfileStore profiles(&settings);
            kx::Profile profile;
            profile.name = u"Keychain Shop"_s;
            profileId = profiles.save(profile);
            profiles.setActiveProfileId(profileId);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        kx::KeychainCredentialStore keychain;
        const auto store = [&keychain, &profileId](const QString& value) {
            std::optional<kx::CredentialResult> result;
            if (value.isEmpty())
                keychain.removeKey(profileId, &keychain, [&result](const kx::CredentialResult& r) { result = r; });
            else
                keychain.writeKey(
                    profileId, value, &keychain, [&result](const kx::CredentialResult& r) { result = r; });
            [[maybe_unused]] const bool answered =
                QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs);
            return result.value_or(
                kx::CredentialResult { kx::CredentialResult::Status::Failed, {}, u"no answer from the keychain"_s });
        };
        const kx::CredentialResult written = store(key);
        if (written.status == kx::CredentialResult::Status::NoBackend) {
            if (qEnvironmentVariableIntValue("KX_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"KX_REQUIRE_KEYCHAIN=1 but no keychain works: "_s + written.message));
            QSKIP("No Secret Service here (run inside packaging/with-keyring.sh)");
        }
        QVERIFY2(written.isOk(), qPrintable(written.message));

        QProcessEnvironment env = baseEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        Emulator emulator({ u"--api-key"_s, key });
        QVERIFY(!emulator.url().isEmpty());
        const QString out = m_dir.filePath(u"keychain.csv"_s);
        const Outcome run = runCli({ u"run"_s, octoberQuery(), u"--base-url"_s, emulator.url(), u"-o"_s, out }, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(lines(csv).value(0), "date,$attributed_channel,measurement,value");
        QVERIFY(lines(csv).size() > 1);
        for (const QByteArray& text : { run.out, run.err, csv })
            QVERIFY(!text.contains(key.toUtf8()));

        // No key in the keychain and none in the environment: exit 2 and what to do about it.
        QVERIFY(store(QString()).isOk());
        const Outcome missing = runCli({ u"run"_s, octoberQuery(), u"--base-url"_s, emulator.url() }, env);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("KLAVIYO_API_KEY") && missing.err.contains("Keychain Shop")
                && missing.err.contains("Settings"),
            missing.err.constData());
        QVERIFY(missing.out.isEmpty());
    }

    void progressGoesToATerminalOnly()
    {
        // 22 months, monthly: two requests, so the plan and the request count are shown.
        const QString path = writeFile(u"progress.json"_s,
            rawBody(m_placedOrderId, u"2024-01-01T00:00:00"_s, u"2025-11-01T00:00:00"_s, u"month"_s, QString()));
        const QStringList arguments { u"run"_s, u"--demo"_s, path };
        QByteArray terminal;
        const Outcome onTerminal = runOnTerminal(arguments, &terminal);
        QVERIFY2(onTerminal.exitCode == 0, terminal.constData());
        QVERIFY2(terminal.contains("2 requests, at least"), terminal.constData());
        QVERIFY2(terminal.contains("2 of 2 requests"), terminal.constData());
        QVERIFY(!onTerminal.out.contains("requests")); // the CSV stays clean

        const Outcome piped = runCli(arguments);
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out, onTerminal.out);
        // Only the validator's warning (that the range takes two requests) is left.
        QVERIFY2(
            !piped.err.contains("of 2 requests") && !piped.err.contains("requests, at least"), piped.err.constData());
        QVERIFY(!piped.err.contains('\r'));
    }

    void metricsOverHttpMatchTheDemo()
    {
        Emulator emulator;
        QVERIFY(!emulator.url().isEmpty());
        const Outcome demo = runCli({ u"metrics"_s, u"--demo"_s });
        QCOMPARE(demo.exitCode, 0);
        const Outcome http = runCli({ u"metrics"_s, u"--base-url"_s, emulator.url() }, withKey(kSecretKey));
        QVERIFY2(http.exitCode == 0, http.err.constData());
        QCOMPARE(http.out, demo.out);
        QVERIFY(!http.err.contains(kSecretKey.toUtf8()));

        // --category and --integration are sent as filters and answered by the server: exactly the
        // rows of the full list with that category (or integration) come back.
        const QList<QByteArray> all = lines(demo.out);
        QCOMPARE(all.first(), "id,name,integration,category,created,updated");
        QByteArray category;
        for (const QByteArray& row : all) {
            if (row.split(',').value(1) == "Placed Order")
                category = row.split(',').value(3);
        }
        QVERIFY(!category.isEmpty());
        const auto rowsWith = [&all](int column, const QByteArray& value) {
            QList<QByteArray> out { all.first() };
            for (const QByteArray& row : all.mid(1)) {
                if (row.split(',').value(column) == value)
                    out.append(row);
            }
            return out;
        };
        const Outcome byCategory = runCli({ u"metrics"_s, u"--base-url"_s, emulator.url(), u"--category"_s,
                                              QString::fromUtf8(category), u"-o"_s, u"-"_s },
            withKey(kSecretKey));
        QVERIFY2(byCategory.exitCode == 0, byCategory.err.constData());
        const QList<QByteArray> expectedCategory = rowsWith(3, category);
        QVERIFY(expectedCategory.size() > 1 && expectedCategory.size() < all.size());
        QCOMPARE(lines(byCategory.out), expectedCategory);

        const Outcome byIntegration = runCli(
            { u"metrics"_s, u"--base-url"_s, emulator.url(), u"--integration"_s, u"Klaviyo"_s }, withKey(kSecretKey));
        QVERIFY2(byIntegration.exitCode == 0, byIntegration.err.constData());
        const QList<QByteArray> expectedIntegration = rowsWith(2, "Klaviyo");
        QVERIFY(expectedIntegration.size() > 1 && expectedIntegration.size() < all.size());
        QCOMPARE(lines(byIntegration.out), expectedIntegration);
    }

    void apiRefusalsExitWithThree()
    {
        // A key without the metrics:read scope: Klaviyo's 403, with the scope to add.
        {
            Emulator emulator({ u"--scopes"_s, u"campaigns:read"_s });
            QVERIFY(!emulator.url().isEmpty());
            const Outcome refused = runCli({ u"metrics"_s, u"--base-url"_s, emulator.url() }, withKey(kSecretKey));
            QCOMPARE(refused.exitCode, 3);
            QVERIFY2(refused.err.contains("metrics:read"), refused.err.constData());
            QVERIFY(refused.out.isEmpty());
        }
        // The daily report quota spent: at a thousandth of the published limits a key gets one
        // report a day, so the second run is refused with a Retry-After until midnight UTC.
        const QTime utcNow = QDateTime::currentDateTimeUtc().time();
        const int secondsToMidnight = utcNow.secsTo(QTime(23, 59, 59)) + 1;
        if (secondsToMidnight < 300)
            QSKIP("Too close to midnight UTC, when the daily window starts again");
        Emulator emulator({ u"--rate-limits"_s, u"0.001"_s });
        QVERIFY(!emulator.url().isEmpty());
        const QString path = writeFile(u"quota.json"_s,
            uR"({"data":{"type":"campaign-values-report","attributes":{"statistics":["opens"],"timeframe":{"key":"last_30_days"},"conversion_metric_id":"%1"}}})"_s
                .arg(m_placedOrderId)
                .toUtf8());
        const Outcome first = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), path }, withKey(kSecretKey));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const Outcome second = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), path }, withKey(kSecretKey));
        QCOMPARE(second.exitCode, 3);
        QVERIFY(second.out.isEmpty());
        // From an hour before midnight on, the wait is short enough to be a rate limit, not the quota.
        const QByteArray expected = secondsToMidnight > 3700 ? "quota" : "rate limit";
        QVERIFY2(second.err.contains(expected) || second.err.contains("quota"), second.err.constData());
    }

    void runsEverySeedExampleAgainstTheEmulator_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QList<QByteArray>>("expectedRows"); ///< rows that must be in the output
        QTest::addColumn<double>("total"); ///< sum of the value column (aggregates), NaN: not checked

        struct Expectation
        {
            int exitCode;
            QByteArray header;
            QList<QByteArray> rows;
            double total;
        };
        const double none = std::nan("");
        const QByteArray eastern = "T00:00:00-05:00";
        // Hand-computed from tests/data/cli/seed-ids-fixture.json (today 2024-07-15, America/New_York).
        const QHash<QString, Expectation> expectations {
            { u"seed001-conversions-all"_s,
                { 0, "date,$attributed_message,measurement,value",
                    { "2023-01-09" + eastern + ",Campaign_ID,count,1",
                        "2023-02-13" + eastern + ",01GMRWDSA0ARTAKE1SFX8JGXAY,count,1",
                        "2023-03-20T00:00:00-04:00,,count,1" },
                    3 } },
            { u"seed001-conversions-one-campaign"_s,
                { 0, "date,measurement,value", { "2023-01-09" + eastern + ",count,1" }, 1 } },
            { u"seed001-daily-started-checkout"_s,
                { 0, "date,measurement,value", { "2023-03-10" + eastern + ",count,2" }, 2 } },
            { u"seed001-revenue-all"_s,
                { 0, "date,$attributed_message,measurement,value",
                    { "2023-01-09" + eastern + ",Campaign_ID,sum_value,50",
                        "2023-02-13" + eastern + ",01GMRWDSA0ARTAKE1SFX8JGXAY,sum_value,20.5",
                        "2023-03-20T00:00:00-04:00,,sum_value,30" },
                    100.5 } },
            { u"seed001-revenue-one-campaign"_s,
                { 0, "date,measurement,value", { "2023-01-09" + eastern + ",sum_value,50" }, 50 } },
            { u"seed001-unique-opens-all-messages"_s,
                { 0, "date,$message,measurement,value",
                    { "2022-03-01" + eastern + ",01GAQWA31SZKABEZJNXDBGW2F1,unique,1",
                        "2022-06-01T00:00:00-04:00,01GAQWA31SZKABEZJNXDBGW2F2,unique,1" },
                    2 } },
            { u"seed001-unique-opens-one-message"_s,
                { 0, "date,measurement,value", { "2022-03-01" + eastern + ",unique,1" }, 1 } },
            // Seed 001 negates a condition with not(...), which Klaviyo does not document: the
            // emulator refuses it, pointing at that filter; the importer had warned.
            { u"seed001-flow-revenue"_s, { 3, {}, {}, none } },
            { u"seed001-sql-style"_s, { 3, {}, {}, none } },
            { u"seed002-campaign-values"_s,
                { 0, "campaign_id,campaign_message_id,send_channel,opens,open_rate",
                    { "01GMRWDSA0ARTAKE1SFX8JGXAY,01GMRWDSA0MSG0000000000001,email,2,0.666667" }, none } },
            { u"seed002-flow-series"_s,
                { 0, "date,flow_id,flow_message_id,send_channel,clicks,delivery_rate,open_rate",
                    { "2024-07-01T04:00:00+00:00,XVTP5Q,01J0XVTP5QMSG0000000000001,email,1,1,0.5" }, none } },
            { u"seed002-flow-values"_s,
                { 0, "flow_id,flow_message_id,send_channel,clicks,clicks_unique,conversion_uniques",
                    { "XVTP5Q,01J0XVTP5QMSG0000000000001,email,1,1,1" }, none } },
            { u"seed002-form-series"_s,
                { 0, "date,form_id,viewed_form,submits,submit_rate", { "2024-05-01T04:00:00+00:00,abc123,1,1,1" },
                    none } },
            { u"seed002-form-values"_s,
                { 0, "form_id,form_version_id,viewed_form,submits,submit_rate",
                    { "abc123,VER001,1,1,1", "def456,VER003,1,0,0" }, none } },
            { u"seed002-segment-series"_s,
                { 0, "date,segment_id,total_members,members_added", { "2024-07-10T04:00:00+00:00,RpKvCF,104,5" },
                    none } },
            { u"seed002-segment-values"_s,
                { 0, "segment_id,total_members,members_added,members_removed,net_members_changed",
                    { "RpKvCF,106,7,1,6" }, none } },
        };
        // Every seed example file gets a row: a new one without an expectation fails.
        const QDir queries(QStringLiteral(TESTDATA_DIR) + u"/queries"_s);
        const QStringList files =
            queries.entryList({ u"seed001-*.json"_s, u"seed002-*.json"_s }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), expectations.size());
        for (const QString& file : files) {
            const Expectation e = expectations.value(file.chopped(5), Expectation { -1, {}, {}, none });
            QTest::newRow(qPrintable(file)) << queries.filePath(file) << e.exitCode << e.header << e.rows << e.total;
        }
    }

    void runsEverySeedExampleAgainstTheEmulator()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, header);
        QFETCH(QList<QByteArray>, expectedRows);
        QFETCH(double, total);
        QVERIFY2(exitCode >= 0, "no expectation for this seed example: add one");
        const QString url = seedEmulatorUrl();
        QVERIFY(!url.isEmpty());
        // --now: the fixture's today, so the 2022 examples stay within the five years a query may reach back.
        const Outcome run = runCli(
            { u"run"_s, file, u"--base-url"_s, url, u"--now"_s, u"2024-07-15T12:00:00Z"_s }, withKey(kSecretKey));
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        if (exitCode != 0) {
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.contains("not(") && run.err.contains("/data/attributes/filter/2"), run.err.constData());
            return;
        }
        const QList<QByteArray> rows = lines(run.out);
        QVERIFY2(rows.size() >= 2, run.out.constData());
        QCOMPARE(rows.first(), header);
        for (const QByteArray& row : rows.mid(1)) {
            QCOMPARE(row.count(','), header.count(','));
            if (!header.startsWith("date,")) // every grouping and statistic cell filled
                QVERIFY2(!row.split(',').contains(QByteArray()), row.constData());
        }
        for (const QByteArray& expected : expectedRows)
            QVERIFY2(rows.contains(expected),
                qPrintable(u"missing "_s + QString::fromUtf8(expected) + u" in\n"_s + QString::fromUtf8(run.out)));
        if (!std::isnan(total))
            QCOMPARE(valueTotal(rows), total);
    }

    void revisionReachesTheServer()
    {
        // Campaign values reports of 2024-10-15 group by send_channel and campaign_id only; the
        // message column came with 2025-01-15. The columns are the emulator's groupings, so they
        // show which revision the server saw.
        const QString url = seedEmulatorUrl();
        QVERIFY(!url.isEmpty());
        const QString file = QStringLiteral(TESTDATA_DIR) + u"/queries/seed002-campaign-values.json"_s;
        const QStringList common { u"run"_s, file, u"--base-url"_s, url, u"--now"_s, u"2024-07-15T12:00:00Z"_s };
        const Outcome old = runCli(common + QStringList { u"--revision"_s, u"2024-10-15"_s }, withKey(kSecretKey));
        QVERIFY2(old.exitCode == 0, old.err.constData());
        QCOMPARE(lines(old.out).value(0), "send_channel,campaign_id,opens,open_rate");
        QCOMPARE(lines(old.out).value(1), "email,01GMRWDSA0ARTAKE1SFX8JGXAY,2,0.666667");
        const Outcome current = runCli(common, withKey(kSecretKey));
        QVERIFY2(current.exitCode == 0, current.err.constData());
        QCOMPARE(lines(current.out).value(0), "campaign_id,campaign_message_id,send_channel,opens,open_rate");

        const Outcome request = runCli({ u"request"_s, file, u"--revision"_s, u"2024-10-15"_s });
        QCOMPARE(request.exitCode, 0);
        QVERIFY2(request.out.contains("-H 'revision: 2024-10-15'"), request.out.constData());
    }

    void interruptCancelsCleanly()
    {
        // Every answer takes 20 s: the run is surely in flight when SIGTERM arrives.
        Emulator emulator({ u"--faults"_s, u"latency=20s"_s });
        QVERIFY(!emulator.url().isEmpty());
        const QString out = m_dir.filePath(u"interrupted.csv"_s);
        QProcess process;
        process.setProcessEnvironment(withKey(kSecretKey));
        process.start(
            binary(u"klaviyo-explorer"_s), { u"run"_s, u"--base-url"_s, emulator.url(), octoberQuery(), u"-o"_s, out });
        QVERIFY(process.waitForStarted(kTimeoutMs));
        QTest::qWait(3000);
        process.terminate();
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("Cancelled"));
        QVERIFY(!QFile::exists(out));

        // 4: no byte for longer than --timeout is a network problem, not an API error.
        const Outcome timedOut = runCli(
            { u"run"_s, u"--base-url"_s, emulator.url(), octoberQuery(), u"--timeout"_s, u"1"_s }, withKey(kSecretKey));
        QCOMPARE(timedOut.exitCode, 4);
        QVERIFY(timedOut.out.isEmpty());
        QVERIFY(!timedOut.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
