// SPDX-License-Identifier: GPL-3.0-or-later
// Both fronts of the demo engine with a real QNetworkAccessManager: the in-process
// DemoNetworkAccessManager, the EmulatorServer object over loopback, and the klaviyo-emulator
// executable started with QProcess. Nothing leaves 127.0.0.1.
#include "demo/demonetworkaccessmanager.h"
#include "demo/emulatorserver.h"
#include "demotestutil.h"

#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace kx;
using namespace kx::test;

namespace {

QNetworkRequest apiGet(const QUrl& base, const QString& pathAndQuery, const QByteArray& key = "pk_test_abc")
{
    QNetworkRequest r(QUrl(base.toString() + pathAndQuery));
    if (!key.isEmpty())
        r.setRawHeader("Authorization", "Klaviyo-API-Key " + key);
    r.setRawHeader("revision", "2024-10-15");
    r.setRawHeader("Accept", "application/vnd.api+json");
    r.setTransferTimeout(10'000);
    return r;
}

/// Waits for @p reply to finish and returns its body (the reply is deleted).
QByteArray finish(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(15'000))
            qWarning("reply did not finish");
    }
    const QByteArray body = reply->readAll();
    return body;
}

int statusOf(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

/// Starts klaviyo-emulator with @p args on a free port.
void startEmulator(QProcess* process, const QStringList& args)
{
    process->setProgram(QStringLiteral(KX_BIN_DIR "/klaviyo-emulator"));
    process->setArguments(QStringList { u"--port"_s, u"0"_s } + args);
    process->start();
}

/// The base URL of a started emulator once it listens (empty on failure).
QUrl emulatorBaseUrl(QProcess* process)
{
    if (!process->waitForStarted(10'000))
        return {};
    QElapsedTimer timer;
    timer.start();
    while (!process->canReadLine() && process->state() == QProcess::Running && timer.elapsed() < 30'000)
        process->waitForReadyRead(1000);
    const QString line = QString::fromUtf8(process->readLine()).trimmed();
    return line.startsWith(u"listening on http://127.0.0.1:"_s) ? QUrl(line.mid(13)) : QUrl();
}

void stopEmulator(QProcess* process)
{
    if (process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process->processId()), SIGTERM);
    process->waitForFinished(10'000);
}

QString fixturePath()
{
    return QStringLiteral(TESTDATA_DIR "/demo/small-fixture.json");
}

} // namespace

class TestDemoNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inProcessReplyLooksLikeHttp();
    void inProcessPostAndErrors();
    void inProcessEngineIsCreatedLazilyOffTheMainThread();
    void inProcessAbortCancelsOnce();
    void inProcessFaults();
    void otherHostsGoToTheNetwork();
    void serverKeepsConnectionsAlive();
    void serverClosesWhenAsked();
    void serverRejectsMalformedRequests();
    void serverTransportFaults();
    void emulatorExecutableServesAndStopsOnSigterm();
    void emulatorExecutableRejectsBadOptions();
    void emulatorExecutableHonoursAnchorSeedAndRateScale();
};

void TestDemoNetwork::inProcessReplyLooksLikeHttp()
{
    qint64 now = 1'732'000'000'000;
    EngineOptions options;
    options.clock = [&now] { return now; };
    DemoNetworkAccessManager nam(fixtureEngine(options));
    QNetworkReply* reply = nam.get(apiGet(demo::baseUrl(), u"/api/metrics/?fields%5Bmetric%5D=name"_s));
    QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
    QSignalSpy metaData(reply, &QNetworkReply::metaDataChanged);
    QVERIFY(!reply->isFinished()); // answered asynchronously, from a worker thread
    const QByteArray body = finish(reply);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(), QByteArray("OK"));
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"application/vnd.api+json"_s);
    QCOMPARE(reply->rawHeader("RateLimit-Limit"), QByteArray("10, 10;w=1, 150;w=60"));
    QCOMPARE(reply->rawHeader("X-Klaviyo-API-Revision"), QByteArray("2024-10-15"));
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), body.size());
    QCOMPARE(metaData.count(), 1);
    QVERIFY(readyRead.count() >= 1);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QCOMPARE(json.value(u"data"_s).toArray().size(), 12);
    QCOMPARE(json.value(u"links"_s).toObject().value(u"self"_s).toString(),
        u"https://demo.klaviyo-explorer.invalid/api/metrics/?fields%5Bmetric%5D=name"_s);
    delete reply;
}

void TestDemoNetwork::inProcessPostAndErrors()
{
    DemoNetworkAccessManager nam(fixtureEngine());
    QNetworkRequest request = apiGet(demo::baseUrl(), u"/api/metric-aggregates"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* post = nam.post(request, aggregateBody(u"PlcOrd"_s, { u"sum_value"_s }, u"day"_s, u"2024-03-10T00:00:00-05:00"_s, u"2024-03-12T00:00:00-04:00"_s));
    const QByteArray body = finish(post);
    QCOMPARE(statusOf(post), 200);
    QVERIFY2(body.contains("\"sum_value\":[70.25,110.25]"), body.constData());
    delete post;

    QNetworkReply* unauthorized = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s, QByteArray()));
    const QByteArray error = finish(unauthorized);
    QCOMPARE(unauthorized->error(), QNetworkReply::AuthenticationRequiredError);
    QCOMPARE(statusOf(unauthorized), 401);
    QVERIFY(error.contains("not_authenticated"));
    delete unauthorized;

    QNetworkReply* notFound = nam.get(apiGet(demo::baseUrl(), u"/api/metrics/NoSuch"_s));
    finish(notFound);
    QCOMPARE(notFound->error(), QNetworkReply::ContentNotFoundError);
    delete notFound;

    // Without a Content-Type a POST goes out as a form, which the API refuses.
    QNetworkReply* untyped = nam.post(apiGet(demo::baseUrl(), u"/api/metric-aggregates"_s), QByteArray("{}"));
    finish(untyped);
    QCOMPARE(statusOf(untyped), 415);
    QCOMPARE(untyped->error(), QNetworkReply::UnknownContentError);
    delete untyped;
}

void TestDemoNetwork::inProcessEngineIsCreatedLazilyOffTheMainThread()
{
    std::atomic<int> calls { 0 };
    std::atomic<bool> onMainThread { true };
    QThread* mainThread = QThread::currentThread();
    DemoNetworkAccessManager nam([&] {
        ++calls;
        onMainThread = QThread::currentThread() == mainThread;
        return fixtureEngine();
    });
    QVERIFY(!nam.engine());
    QNetworkReply* a = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    QNetworkReply* b = nam.get(apiGet(demo::baseUrl(), u"/api/flows"_s));
    finish(a);
    finish(b);
    QCOMPARE(statusOf(a), 200);
    QCOMPARE(statusOf(b), 200);
    QCOMPARE(calls.load(), 1);
    QVERIFY(!onMainThread.load());
    QVERIFY(nam.engine());
    delete a;
    delete b;
}

void TestDemoNetwork::inProcessAbortCancelsOnce()
{
    EngineOptions options;
    options.faults = u"latency=300ms"_s;
    DemoNetworkAccessManager nam(fixtureEngine(options));
    QNetworkReply* reply = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
    QTest::qWait(50);
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QTest::qWait(500); // the engine's late answer is ignored
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(reply->bytesAvailable(), 0);
    delete reply;

    // Deleting a reply while the engine still runs is safe.
    QNetworkReply* dropped = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    delete dropped;
    QTest::qWait(400);
}

void TestDemoNetwork::inProcessFaults()
{
    EngineOptions options;
    options.faults = u"seq=503;truncate;drop;html403;trickle"_s;
    DemoNetworkAccessManager nam(fixtureEngine(options));
    QNetworkReply* unavailable = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    finish(unavailable);
    QCOMPARE(statusOf(unavailable), 503);
    QCOMPARE(unavailable->error(), QNetworkReply::ServiceUnavailableError);
    QCOMPARE(unavailable->rawHeader("Retry-After"), QByteArray("1"));
    delete unavailable;

    QNetworkReply* truncated = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    const QByteArray part = finish(truncated);
    QCOMPARE(truncated->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(part.size() > 0);
    QVERIFY(part.size() < truncated->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    delete truncated;

    QNetworkReply* dropped = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    finish(dropped);
    QCOMPARE(dropped->error(), QNetworkReply::RemoteHostClosedError);
    QVERIFY(!dropped->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    delete dropped;

    QNetworkReply* challenge = nam.get(apiGet(demo::baseUrl(), u"/api/metrics"_s));
    finish(challenge);
    QCOMPARE(statusOf(challenge), 403);
    QCOMPARE(challenge->error(), QNetworkReply::ContentAccessDenied);
    QCOMPARE(challenge->rawHeader("cf-mitigated"), QByteArray("challenge"));
    delete challenge;

    // A trickle: the body arrives 64 bytes at a time, complete and intact.
    QNetworkReply* trickled = nam.get(apiGet(demo::baseUrl(), u"/api/metrics/PlcOrd"_s));
    QSignalSpy chunks(trickled, &QNetworkReply::readyRead);
    QByteArray body;
    connect(trickled, &QNetworkReply::readyRead, this, [&] { body += trickled->readAll(); });
    finish(trickled);
    body += trickled->readAll();
    QCOMPARE(trickled->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(trickled), 200);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"data"_s).toObject().value(u"id"_s).toString(), u"PlcOrd"_s);
    QCOMPARE(chunks.count(), int((body.size() + 63) / 64));
    QVERIFY(chunks.count() > 1);
    delete trickled;
}

void TestDemoNetwork::otherHostsGoToTheNetwork()
{
    EmulatorServer server(fixtureEngine());
    QVERIFY(server.listen());
    DemoNetworkAccessManager nam(fixtureEngine());
    QNetworkReply* reply = nam.get(apiGet(server.baseUrl(), u"/api/metrics"_s));
    const QByteArray body = finish(reply);
    QCOMPARE(statusOf(reply), 200);
    // Links are built on the address the client used.
    QVERIFY(body.contains(QByteArray(server.baseUrl().toString().toLatin1() + "/api/metrics/")));
    delete reply;
}

void TestDemoNetwork::serverKeepsConnectionsAlive()
{
    EmulatorServer server(fixtureEngine());
    QVERIFY(server.listen());
    QSignalSpy served(&server, &EmulatorServer::requestServed);
    QNetworkAccessManager nam;
    QSet<QString> peers;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request = apiGet(server.baseUrl(), u"/api/metric-aggregates/"_s);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/vnd.api+json"_s);
        QNetworkReply* reply = nam.post(request, aggregateBody(u"OpnEml"_s, { u"count"_s }, u"month"_s, u"2024-03-01T00:00:00-05:00"_s, u"2024-05-01T00:00:00-04:00"_s));
        const QByteArray body = finish(reply);
        QCOMPARE(statusOf(reply), 200);
        QVERIFY(body.contains("\"count\":[8.0,1.0]"));
        QCOMPARE(reply->rawHeader("Connection").toLower(), QByteArray("keep-alive"));
        delete reply;
    }
    QCOMPARE(served.count(), 4);
    // Two pipelined requests on one raw connection are answered in order.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray request = "GET /api/metrics/PlcOrd HTTP/1.1\r\nHost: x\r\nAuthorization: Klaviyo-API-Key pk_a\r\nrevision: 2024-10-15\r\n\r\n";
    socket.write(request + QByteArray(request).replace("PlcOrd", "RcvEml"));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200 OK") == 2, 10'000);
    QVERIFY(received.indexOf("Placed Order") < received.indexOf("Received Email"));
}

void TestDemoNetwork::serverClosesWhenAsked()
{
    EmulatorServer server(fixtureEngine());
    QVERIFY(server.listen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10'000);
    received = socket.readAll();
    QVERIFY(received.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
}

void TestDemoNetwork::serverRejectsMalformedRequests()
{
    EmulatorServer server(fixtureEngine());
    QVERIFY(server.listen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("HELLO\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 400 Bad Request"));

    QTcpSocket chunked;
    chunked.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(chunked.waitForConnected(5000));
    chunked.write("POST /api/metric-aggregates HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(chunked.state() == QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY(chunked.readAll().startsWith("HTTP/1.1 411"));
}

void TestDemoNetwork::serverTransportFaults()
{
    // A dropped connection: closed without a byte. (QNetworkAccessManager would quietly resend an
    // idempotent request once, so this is checked on a raw socket.)
    EngineOptions dropOptions;
    dropOptions.faults = u"seq=drop"_s;
    EmulatorServer dropping(fixtureEngine(dropOptions));
    QVERIFY(dropping.listen());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, dropping.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Klaviyo-API-Key pk_a\r\nrevision: 2024-10-15\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY(socket.readAll().isEmpty());

    EngineOptions options;
    options.faults = u"seq=truncate;trickle;ok"_s;
    EmulatorServer server(fixtureEngine(options));
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    QNetworkReply* truncated = nam.get(apiGet(server.baseUrl(), u"/api/metrics"_s));
    finish(truncated);
    QCOMPARE(truncated->error(), QNetworkReply::RemoteHostClosedError);
    delete truncated;

    QElapsedTimer timer;
    timer.start();
    QNetworkRequest slow = apiGet(server.baseUrl(), u"/api/metrics/PlcOrd?fields%5Bmetric%5D=name"_s);
    slow.setTransferTimeout(2000); // bytes keep coming, so no timeout
    QNetworkReply* trickled = nam.get(slow);
    const QByteArray body = finish(trickled);
    QCOMPARE(trickled->error(), QNetworkReply::NoError);
    QCOMPARE(QJsonDocument::fromJson(body).object().value(u"data"_s).toObject().value(u"id"_s).toString(), u"PlcOrd"_s);
    QVERIFY(timer.elapsed() >= 100); // a few hundred bytes at 64 bytes per 40 ms
    delete trickled;

    QNetworkReply* ok = nam.get(apiGet(server.baseUrl(), u"/api/metrics"_s));
    finish(ok);
    QCOMPARE(statusOf(ok), 200);
    delete ok;
}

void TestDemoNetwork::emulatorExecutableServesAndStopsOnSigterm()
{
    QProcess process;
    process.setProgram(QStringLiteral(KX_BIN_DIR "/klaviyo-emulator"));
    process.setArguments({ u"--port"_s, u"0"_s, u"--dataset"_s, fixturePath(), u"--rate-limits"_s, u"off"_s, u"--api-key"_s,
        u"pk_e2e_secret"_s, u"--scopes"_s, u"metrics:read"_s });
    process.start();
    QVERIFY2(process.waitForStarted(10'000), qPrintable(process.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15'000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(line));
    const QUrl base(line.mid(13));
    QVERIFY(base.port() > 0);

    QNetworkAccessManager nam;
    QNetworkReply* ok = nam.get(apiGet(base, u"/api/metrics"_s, "pk_e2e_secret"));
    finish(ok);
    QCOMPARE(statusOf(ok), 200);
    delete ok;
    QNetworkReply* wrongKey = nam.get(apiGet(base, u"/api/metrics"_s, "pk_other"));
    finish(wrongKey);
    QCOMPARE(statusOf(wrongKey), 401);
    delete wrongKey;
    QNetworkReply* noScope = nam.get(apiGet(base, u"/api/flows"_s, "pk_e2e_secret"));
    finish(noScope);
    QCOMPARE(statusOf(noScope), 403);
    delete noScope;

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestDemoNetwork::emulatorExecutableRejectsBadOptions()
{
    for (const QStringList& args : { QStringList { u"--port"_s, u"70000"_s }, QStringList { u"--faults"_s, u"503"_s },
             QStringList { u"--anchor-date"_s, u"yesterday"_s }, QStringList { u"--dataset"_s, u"/nonexistent.json"_s },
             QStringList { u"--rate-limits"_s, u"fast"_s } }) {
        QProcess process;
        process.start(QStringLiteral(KX_BIN_DIR "/klaviyo-emulator"), args);
        QVERIFY(process.waitForFinished(15'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().startsWith("klaviyo-emulator: "));
    }
    QProcess help;
    help.start(QStringLiteral(KX_BIN_DIR "/klaviyo-emulator"), { u"--help"_s });
    QVERIFY(help.waitForFinished(15'000));
    const QByteArray text = help.readAllStandardOutput();
    QVERIFY(text.contains("--faults"));
    QVERIFY(text.contains("seq="));
    QVERIFY(text.contains("html403"));
}

void TestDemoNetwork::emulatorExecutableHonoursAnchorSeedAndRateScale()
{
    // --anchor-date moves a fixture's today; --rate-limits 10 multiplies the published limits.
    QProcess anchored;
    startEmulator(
        &anchored, { u"--dataset"_s, fixturePath(), u"--anchor-date"_s, u"2025-06-30"_s, u"--rate-limits"_s, u"10"_s });
    // Two generated accounts at once (each takes a few seconds under ASan): seeds 7 and 8.
    QProcess seven;
    startEmulator(&seven, { u"--seed"_s, u"7"_s, u"--anchor-date"_s, u"2025-06-30"_s, u"--rate-limits"_s, u"off"_s });
    QProcess eight;
    startEmulator(&eight, { u"--seed"_s, u"8"_s, u"--anchor-date"_s, u"2025-06-30"_s, u"--rate-limits"_s, u"off"_s });
    const QUrl fixtureBase = emulatorBaseUrl(&anchored);
    const QUrl sevenBase = emulatorBaseUrl(&seven);
    const QUrl eightBase = emulatorBaseUrl(&eight);
    const auto cleanup = qScopeGuard([&] {
        stopEmulator(&anchored);
        stopEmulator(&seven);
        stopEmulator(&eight);
    });
    QVERIFY(fixtureBase.port() > 0);
    QVERIFY(sevenBase.port() > 0);
    QVERIFY(eightBase.port() > 0);

    QNetworkAccessManager nam;
    QNetworkRequest today(QUrl(fixtureBase.toString() + u"/api/flow-series-reports"_s));
    today.setRawHeader("Authorization", "Klaviyo-API-Key pk_test_abc");
    today.setRawHeader("revision", "2025-10-15");
    today.setRawHeader("Content-Type", "application/vnd.api+json");
    today.setTransferTimeout(10'000);
    QNetworkReply* series = nam.post(today,
        R"({"data":{"type":"flow-series-report","attributes":{"statistics":["opens"],"timeframe":{"key":"today"},)"
        R"("interval":"hourly","conversion_metric_id":"PlcOrd"}}})");
    const QJsonObject attributes =
        QJsonDocument::fromJson(finish(series)).object().value(u"data"_s).toObject().value(u"attributes"_s).toObject();
    QCOMPARE(statusOf(series), 200);
    const QStringList hours = strings(attributes.value(u"date_times"_s));
    QCOMPARE(hours.size(), 24);
    QCOMPARE(hours.first(), u"2025-06-30T04:00:00+00:00"_s); // midnight EDT on the anchor day
    QCOMPARE(series->rawHeader("RateLimit-Limit"), QByteArray("10, 10;w=1, 20;w=60, 2250;w=86400"));
    delete series;
    QNetworkReply* metrics = nam.get(apiGet(fixtureBase, u"/api/metrics"_s));
    finish(metrics);
    QCOMPARE(metrics->rawHeader("RateLimit-Limit"), QByteArray("100, 100;w=1, 1500;w=60"));
    delete metrics;

    // --seed reaches the generator: seed 7 serves what generateDemoStore(7, anchor) holds.
    auto metricData = [&](const QUrl& base) {
        QNetworkReply* reply = nam.get(apiGet(base, u"/api/metrics"_s));
        const QJsonArray data = QJsonDocument::fromJson(finish(reply)).object().value(u"data"_s).toArray();
        delete reply;
        return data;
    };
    const QJsonArray fromSeven = metricData(sevenBase);
    const QJsonArray fromEight = metricData(eightBase);
    QCOMPARE(fromSeven.size(), 20);
    EngineOptions options;
    options.rateLimits = false;
    DemoEngine reference(generateDemoStore(7, QDate(2025, 6, 30)), options);
    HttpRequest request = apiRequest("GET", "/api/metrics");
    request.origin = sevenBase.toString().toLatin1(); // links name the emulator's origin
    const QJsonArray expected = json(reference.handle(request)).value(u"data"_s).toArray();
    QCOMPARE(fromSeven, expected);
    QVERIFY(fromEight.size() > 0);
    QVERIFY(fromEight.at(0).toObject().value(u"id"_s) != fromSeven.at(0).toObject().value(u"id"_s));
}

QTEST_GUILESS_MAIN(TestDemoNetwork)
#include "tst_demonetwork.moc"
