// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end: the real klaviyo-explorer binary in a child process, against the
// in-process demo account (--demo) and against the klaviyo-emulator HTTP server on loopback.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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
        const auto match = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)"_s)
                               .match(QString::fromUtf8(first));
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
    QString url() const { return m_url; }

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
        QJsonObject attributes { { u"metric_id"_s, metricId }, { u"measurements"_s, QJsonArray { u"count"_s, u"sum_value"_s } },
            { u"interval"_s, interval }, { u"timezone"_s, u"America/New_York"_s },
            { u"filter"_s, QJsonArray { u"greater-or-equal(datetime,%1)"_s.arg(start), u"less-than(datetime,%1)"_s.arg(end) } } };
        if (!by.isEmpty())
            attributes.insert(u"by"_s, QJsonArray { by });
        return QJsonDocument(QJsonObject { { u"data"_s,
                                 QJsonObject { { u"type"_s, u"metric-aggregate"_s }, { u"attributes"_s, attributes } } } })
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

        const Outcome shopify = runCli({ u"metrics"_s, u"--demo"_s, u"--integration"_s, u"Shopify"_s, u"--format"_s, u"json"_s });
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
        const QString unknown = writeFile(u"unknown.json"_s,
            rawBody(u"NoSuch"_s, u"2025-10-01T00:00:00-04:00"_s, u"2025-11-01T00:00:00-04:00"_s));
        const Outcome invalid = runCli({ u"run"_s, u"--base-url"_s, emulator.url(), unknown }, withKey(kSecretKey));
        QCOMPARE(invalid.exitCode, 3);
        QVERIFY2(invalid.err.contains("metric_id"), invalid.err.constData());

        // 4: nobody listens.
        const Outcome refused = runCli({ u"run"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, query }, withKey(kSecretKey));
        QCOMPARE(refused.exitCode, 4);

        // 2: usage errors, before any request.
        QCOMPARE(runCli({ u"run"_s, u"--base-url"_s, emulator.url(), query }).exitCode, 2); // no key
        const Outcome plainHttp = runCli({ u"metrics"_s, u"--base-url"_s, u"http://example.com"_s }, withKey(kSecretKey));
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
        QJsonObject body = QJsonDocument::fromJson(rawBody(m_placedOrderId, u"2025-10-01T00:00:00Z"_s, u"2025-10-02T00:00:00Z"_s)).object();
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
        const Outcome refused = runCli({ u"run"_s, u"--base-url"_s, u"http://127.0.0.1:1"_s, octoberQuery(), u"-o"_s, kept },
            withKey(kSecretKey));
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
        const Outcome drawn = runCli({ u"run"_s, u"--demo"_s, query, u"--format"_s, u"png"_s, u"--width"_s, u"1200"_s,
            u"--height"_s, u"700"_s, u"-o"_s, png });
        QVERIFY2(drawn.exitCode == 0, drawn.err.constData());
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
        const Outcome vector = runCli({ u"run"_s, u"--demo"_s, query, u"--format=svg"_s, u"--chart"_s, u"bar"_s, u"-o"_s, svg });
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
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), [](const QByteArray& n) { return n.contains("Black Friday"); }),
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
        QTest::addRow("campaign values") << u"campaign-values-report"_s << uR"("statistics":["opens","open_rate"])"_s + conversion
                                         << QByteArray("campaign_id,campaign_message_id,send_channel,opens,open_rate");
        QTest::addRow("flow values") << u"flow-values-report"_s << uR"("statistics":["clicks","click_rate"])"_s + conversion
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

    void interruptCancelsCleanly()
    {
        // Every answer takes 20 s: the run is surely in flight when SIGTERM arrives.
        Emulator emulator({ u"--faults"_s, u"latency=20s"_s });
        QVERIFY(!emulator.url().isEmpty());
        const QString out = m_dir.filePath(u"interrupted.csv"_s);
        QProcess process;
        process.setProcessEnvironment(withKey(kSecretKey));
        process.start(binary(u"klaviyo-explorer"_s), { u"run"_s, u"--base-url"_s, emulator.url(), octoberQuery(), u"-o"_s, out });
        QVERIFY(process.waitForStarted(kTimeoutMs));
        QTest::qWait(3000);
        process.terminate();
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY(process.readAllStandardError().contains("Cancelled"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
