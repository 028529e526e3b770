// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "../shell/shelltesthelpers.h"
#include "api/apiclient.h"
#include "api/apiratelimiter.h"
#include "api/namelookup.h"
#include "auth/memorycredentialstore.h"
#include "demo/demoengine.h"
#include "demo/emulatorserver.h"
#include "editor/reportlabels.h"
#include "editor/reportqueryeditor.h"
#include "mainwindow.h"
#include "query/queryfile.h"
#include "query/revision.h"
#include "reports/reportdocumentpane.h"
#include "reports/reportresultswidget.h"
#include "reports/reporttablemodel.h"
#include "reports/whynotewidget.h"
#include "settings/profile.h"
#include "settings/reportquota.h"
#include "shell/accountsession.h"
#include "shell/documenttabwidget.h"
#include "shell/messagebanner.h"
#include "shell/querydocumentwidget.h"

using namespace kx;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNetworkTimeoutMs = 30000;

QAction* action(MainWindow* window, const char* name)
{
    return window->findChild<QAction*>(QString::fromLatin1(name));
}

/// Noon UTC today, advancing with real time: the demo's daily window is the UTC day, so a quota
/// spent at "noon" resets twelve hours later whatever time the test runs at.
std::function<qint64()> noonClock()
{
    const qint64 noon = QDateTime(QDate::currentDate(), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [noon, timer] {
        return noon + timer->elapsed();
    };
}

bool connected(const Shell& shell)
{
    return QTest::qWaitFor(
        [&shell] { return shell.session()->connectionState() == AccountSession::ConnectionState::Connected; },
        kNetworkTimeoutMs);
}

/// Lets the client send report and name requests as fast as the test needs (the demo enforces
/// its own, scaled limits). Flow messages are looked up one by one at 60 a minute otherwise.
void relaxClientLimits(Shell& shell)
{
    for (EndpointFamily family : { EndpointFamily::Reports, EndpointFamily::Flows, EndpointFamily::Campaigns,
             EndpointFamily::Forms, EndpointFamily::Segments }) {
        shell.session()->client()->rateLimiter()->setLimit(family, RateLimit { 1000, 100000, 100000 });
    }
}

QString bannerText(ReportDocumentPane* pane)
{
    return pane->banner()->text() + u" / "_s + pane->banner()->detail();
}

} // namespace

class TestReportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enterShellTestMode();
        QVERIFY(test::sharedDemoStore());
    }

    void init()
    {
        test::resetAppState();
    }

    void everyReportTypeRunsEndToEnd_data()
    {
        QTest::addColumn<bool>("overHttp");
        QTest::addRow("in-process demo") << false;
        // The same engine behind the HTTP/1.1 emulator on loopback, as a profile with a base URL
        // and a key: real sockets, headers and status codes all the way.
        QTest::addRow("HTTP emulator") << true;
    }

    void everyReportTypeRunsEndToEnd()
    {
        QFETCH(bool, overHttp);
        EngineOptions engine;
        engine.rateLimitScale = 1000;
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = !overHttp;
        options.demoEngineOptions = engine;
        options.credentialStore = &keys;
        EmulatorServer server(std::make_shared<DemoEngine>(test::sharedDemoStore(), engine));
        QString profileId = u"demo"_s;
        int reportsServed = 0;
        connect(&server, &EmulatorServer::requestServed, this,
            [&reportsServed](const QByteArray& method, const QByteArray& path, int status) {
                if (method == "POST" && path.contains("-reports") && status == 200)
                    ++reportsServed;
            });
        if (overHttp) {
            QVERIFY2(server.listen(0), qPrintable(server.errorString()));
            QSettings settings;
            ProfileStore profiles(&settings);
            Profile shop;
            shop.name = u"Emulated shop"_s;
            shop.baseUrl = server.baseUrl();
            profileId = profiles.save(shop);
            profiles.setActiveProfileId(profileId);
            bool done = false;
            keys.writeKey(profileId, u"pk_emulated_shop_key"_s, this, [&done](const CredentialResult&) { done = true; });
            QTRY_VERIFY(done);
        }
        options.interactiveDialogs = false;
        Shell shell(options);
        MainWindow* window = shell.window();
        window->resize(1500, 950);
        shell.start();
        QVERIFY(connected(shell));
        relaxClientLimits(shell);
        const auto placedOrder = shell.session()->metricByName(u"Placed Order"_s);
        QVERIFY(placedOrder);

        for (ReportType type : allReportTypes()) {
            const QByteArray name = reportTypeName(type).toUtf8();
            // File → New Report, then the type in the editor.
            action(window, "newReportAction")->trigger();
            QueryDocumentWidget* doc = window->currentDocument();
            QVERIFY(doc && doc->isReport());
            ReportDocumentPane* pane = doc->reportPane();
            QCOMPARE(pane->query().conversionMetricId, placedOrder->id); // the default: Placed Order
            pane->editor()->chooseType(type);
            QCOMPARE(pane->query().type, type);
            if (type == ReportType::CampaignValues) {
                // More campaigns for the screenshot; the key is chosen in the editor's combo.
                auto* timeframe = pane->editor()->findChild<QComboBox*>(u"timeframeCombo"_s);
                timeframe->setCurrentIndex(timeframe->findData(u"last_90_days"_s));
                QCOMPARE(pane->query().timeframe.key, u"last_90_days"_s);
            }
            QVERIFY2(doc->canRun(), name);
            QVERIFY(action(window, "runAction")->isEnabled());
            QVERIFY(doc->title().contains(reportlabels::typeLabel(type)));
            QVERIFY(doc->isModified());

            // The filter picker lists the account's campaigns, flows, forms or segments by name.
            const QString entityKey = type == ReportType::CampaignValues             ? u"campaign_id"_s
                : (type == ReportType::FlowValues || type == ReportType::FlowSeries) ? u"flow_id"_s
                : (type == ReportType::FormValues || type == ReportType::FormSeries) ? u"form_id"_s
                                                                                     : u"segment_id"_s;
            auto* fieldCombo = pane->editor()->findChild<QComboBox*>(u"filterFieldCombo"_s);
            auto* valueCombo = pane->editor()->findChild<QComboBox*>(u"filterValueCombo"_s);
            fieldCombo->setCurrentIndex(fieldCombo->findData(entityKey));
            QCOMPARE(fieldCombo->currentData().toString(), entityKey);
            QTRY_VERIFY_WITH_TIMEOUT(valueCombo->count() > 0, kNetworkTimeoutMs);
            QVERIFY(valueCombo->itemText(0).endsWith(u'(' + valueCombo->itemData(0).toString() + u')'));
            QVERIFY(valueCombo->itemText(0).size() > valueCombo->itemData(0).toString().size() + 3);

            QSignalSpy arrived(doc, &QueryDocumentWidget::resultArrived);
            QSignalSpy namesResolved(pane, &ReportDocumentPane::namesResolved);
            action(window, "runAction")->trigger();
            QVERIFY2(arrived.wait(kNetworkTimeoutMs) || arrived.count() == 1, qPrintable(bannerText(pane)));
            QVERIFY(!doc->isRunning());
            QCOMPARE(doc->lastError().kind, ApiError::Kind::None);

            const auto result = pane->results()->result();
            QVERIFY(result);
            QCOMPARE(result->type, type);
            QCOMPARE(result->series, isSeriesReport(type));
            QVERIFY2(!result->rows.empty(), name);
            for (const QString& s : pane->query().statistics)
                QVERIFY2(result->statistics.contains(s), qPrintable(s));

            // Table: one row per grouping (and date for series), a column per grouping and statistic.
            ReportTableModel* model = pane->results()->model();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            const int dates = result->series ? int(result->dateTimes.size()) : 1;
            QCOMPARE(model->rowCount(), int(result->rows.size()) * dates);
            QCOMPARE(model->columnCount(),
                (result->series ? 1 : 0) + int(result->groupingKeys.size()) + int(result->statistics.size()));

            // Names, not ids, once the look-up is done.
            if (namesResolved.isEmpty())
                namesResolved.wait(kNetworkTimeoutMs);
            const int keyColumn = (result->series ? 1 : 0) + int(result->groupingKeys.indexOf(entityKey));
            QVERIFY2(keyColumn >= (result->series ? 1 : 0), qPrintable(result->groupingKeys.join(u',')));
            int named = 0;
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex cell = model->index(r, keyColumn);
                const QString id = cell.data(ReportTableModel::IdRole).toString();
                QVERIFY(!id.isEmpty());
                if (cell.data().toString() != id && !cell.data().toString().isEmpty())
                    ++named;
            }
            QVERIFY2(named == model->rowCount(), qPrintable(u"%1 of %2 named"_s.arg(named).arg(model->rowCount())));

            // Rates are shown as percentages; the raw value stays a fraction.
            for (int c = 0; c < model->columnCount(); ++c) {
                const QString stat = model->headerData(c, Qt::Horizontal, ReportTableModel::IdRole).toString();
                if (!reportlabels::isRate(stat))
                    continue;
                for (int r = 0; r < model->rowCount(); ++r) {
                    const double raw = model->index(r, c).data(ReportTableModel::RawValueRole).toDouble();
                    if (std::isnan(raw))
                        continue;
                    QVERIFY(raw >= 0.0 && raw <= 1.0);
                    QVERIFY2(model->index(r, c).data().toString().endsWith(u" %"_s), qPrintable(stat));
                    break;
                }
            }

            // Chart of the chosen statistic: bars per grouping, or a line per grouping over the dates.
            QChart* chart = pane->results()->chart();
            QVERIFY(!chart->series().isEmpty());
            if (result->series) {
                auto* line = qobject_cast<QLineSeries*>(chart->series().first());
                QVERIFY(line);
                QVERIFY(line->count() > 0 && line->count() <= dates);
            } else {
                auto* bars = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
                QVERIFY(bars);
                QCOMPARE(bars->barSets().first()->count(), std::min(25, int(result->rows.size())));
            }
            QVERIFY(chart->title().startsWith(reportlabels::statisticLabel(pane->results()->chartStatistic())));

            // The why note is specific to the report type.
            QVERIFY(!pane->whyNote()->notes().isEmpty());
            QVERIFY(pane->whyNote()->notes().join(u' ').contains(u"timezone"_s));

            if (type == ReportType::CampaignValues) {
                QVERIFY(pane->whyNote()->notes().first().contains(u"send date"_s));
                pane->results()->setCurrentView(0);
                window->resize(1500, 950);
                QTest::qWait(50);
                QVERIFY(doc->grab().save(u"/work/notes/report-tab.png"_s));
                test::screenshot(window, u"20-report-campaign-values"_s);
                pane->results()->setCurrentView(1);
                test::screenshot(window, u"21-report-campaign-chart"_s);
            }
            if (type == ReportType::FlowSeries) {
                pane->results()->setCurrentView(1);
                test::screenshot(window, u"22-report-flow-series-chart"_s);
            }

            // Exports: CSV, JSON, PNG and SVG.
            QTemporaryDir dir;
            QFile csv(dir.filePath(u"r.csv"_s));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            QVERIFY(pane->results()->writeCsv(&csv));
            csv.close();
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = csv.readAll().split('\n');
            QCOMPARE(lines.size() - 1, 1 + model->rowCount()); // header, rows, final newline
            QFile json(dir.filePath(u"r.json"_s));
            QVERIFY(json.open(QIODevice::WriteOnly));
            QVERIFY(pane->results()->writeJson(&json));
            json.close();
            QVERIFY(json.open(QIODevice::ReadOnly));
            const QJsonDocument exported = QJsonDocument::fromJson(json.readAll());
            QCOMPARE(exported[u"type"_s].toString(), reportTypeName(type));
            QCOMPARE(exported[u"rows"_s].toArray().size(), qsizetype(result->rows.size()));
            QString error;
            QVERIFY2(pane->results()->saveChart(dir.filePath(u"r.png"_s), false, &error), qPrintable(error));
            QVERIFY2(pane->results()->saveChart(dir.filePath(u"r.svg"_s), true, &error), qPrintable(error));
            QVERIFY(QImage(dir.filePath(u"r.png"_s)).width() > 300);
            QFile svg(dir.filePath(u"r.svg"_s));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QVERIFY(svg.readAll().contains("<svg"));
            QVERIFY(action(window, "exportJsonAction")->isEnabled());
        }
        // Seven runs, seven requests counted against the day's quota of the profile.
        QCOMPARE(ReportQuotaStore(shell.settings()).usedToday(profileId, shell.session()->now()), 7);
        if (overHttp)
            QCOMPARE(reportsServed, 7); // the reports went over HTTP, one request each
    }

    void reportDocumentsSaveAndOpenAsKmq()
    {
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.credentialStore = &keys;
        options.interactiveDialogs = false;
        Shell shell(options);
        shell.start();
        QVERIFY(connected(shell));
        MainWindow* window = shell.window();
        QueryDocumentWidget* doc = window->newReportDocument();
        doc->reportPane()->editor()->chooseType(ReportType::FlowSeries);
        const ReportQuery query = doc->reportPane()->query();
        // Undo goes through the window's Edit menu; report results are not saved in files.
        QVERIFY(action(window, "undoAction")->isEnabled());
        QVERIFY(!action(window, "saveResultsAction")->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"flows.kmq"_s);
        bool saved = false;
        doc->save(path, [&saved](bool ok, const QString&) { saved = ok; });
        QTRY_VERIFY(saved);
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->title(), u"flows"_s);
        const auto onDisk = queryfile::load(path);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->kind, QueryDocument::Kind::Report);
        QCOMPARE(onDisk->report, query);

        window->requestCloseDocument(doc);
        QTRY_COMPARE(window->documentTabs()->count(), 0);
        QVERIFY(window->openFile(path));
        QueryDocumentWidget* reopened = window->currentDocument();
        QVERIFY(reopened && reopened->isReport());
        QCOMPARE(reopened->reportPane()->query(), query);
        QVERIFY(!reopened->isModified());

        // A raw report body opens too, as a new unsaved report.
        QVERIFY(window->openFile(QStringLiteral(TESTDATA_DIR "/queries/seed002-segment-series.json")));
        QVERIFY(window->currentDocument()->isReport());
        QCOMPARE(window->currentDocument()->reportPane()->query().type, ReportType::SegmentSeries);
        QVERIFY(window->currentDocument()->isModified());

        // A metric query on an email metric grouped by message offers the campaign report.
        const auto opened = shell.session()->metricByName(u"Opened Email"_s);
        QVERIFY(opened);
        QueryDocumentWidget* metricDoc = window->newDocument(opened);
        MetricQuery metricQuery = metricDoc->editor()->query();
        metricQuery.by = { u"$message"_s };
        QueryDocument metricDocument;
        metricDocument.metric = metricQuery;
        metricDoc->setDocument(metricDocument, {});
        auto* why = metricDoc->findChild<WhyNoteWidget*>(u"whyNote"_s);
        QVERIFY(why);
        QVERIFY(why->notes().first().contains(u"event time"_s));
        QVERIFY(!why->actionButton()->isHidden());
        const int tabs = window->documentTabs()->count();
        QTest::mouseClick(why->actionButton(), Qt::LeftButton);
        QCOMPARE(window->documentTabs()->count(), tabs + 1);
        QVERIFY(window->currentDocument()->isReport());
        const ReportQuery equivalent = window->currentDocument()->reportPane()->query();
        QCOMPARE(equivalent.type, ReportType::CampaignValues);
        QVERIFY(equivalent.statistics.contains(u"opens_unique"_s));
        QVERIFY(!equivalent.conversionMetricId.isEmpty());
    }

    void conversionMetricIsRememberedPerProfile()
    {
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.credentialStore = &keys;
        options.interactiveDialogs = false;
        Shell shell(options);
        shell.start();
        QVERIFY(connected(shell));
        const auto ordered = shell.session()->metricByName(u"Ordered Product"_s);
        QVERIFY(ordered);
        shell.settings()->setValue(ReportDocumentPane::conversionMetricKey(u"demo"_s), ordered->id);
        QueryDocumentWidget* doc = shell.window()->newReportDocument();
        QCOMPARE(doc->reportPane()->query().conversionMetricId, ordered->id);
    }

    void quotaIsCountedWarnedAndALongRetryAfterQueuesTheRun()
    {
        // The demo's report limits scaled to 1 a second, 1 a minute and 1 a day.
        EngineOptions engine;
        engine.rateLimitScale = 1.0 / 225.0;
        engine.clock = noonClock();
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.demoEngineOptions = engine;
        options.clock = engine.clock;
        options.credentialStore = &keys;
        options.interactiveDialogs = false;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QVERIFY(connected(shell));
        relaxClientLimits(shell);
        MainWindow* window = shell.window();
        QueryDocumentWidget* doc = window->newReportDocument();
        ReportDocumentPane* pane = doc->reportPane();
        pane->editor()->chooseType(ReportType::SegmentValues);

        // The cost is on show before running.
        auto* cost = pane->findChild<QLabel*>(u"reportCostLabel"_s);
        QVERIFY(cost->text().contains(u"1 report request"_s));
        QVERIFY(cost->text().contains(u"0 of 225"_s));

        QSignalSpy arrived(doc, &QueryDocumentWidget::resultArrived);
        doc->run();
        QVERIFY2(arrived.wait(kNetworkTimeoutMs), qPrintable(bannerText(pane)));
        QVERIFY(cost->text().contains(u"1 of 225"_s));

        // Persisted: a fresh settings object (as after a restart) reads the same count.
        shell.settings()->sync();
        {
            QSettings reread(shell.settings()->fileName(), shell.settings()->format());
            QCOMPARE(ReportQuotaStore(&reread).usedToday(u"demo"_s, shell.session()->now()), 1);
        }

        // The demo's daily quota is spent now: the next run gets a 429 with a Retry-After of hours.
        QSignalSpy failed(doc, &QueryDocumentWidget::runFailed);
        doc->run();
        QVERIFY(failed.wait(kNetworkTimeoutMs));
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::QuotaExhausted);
        QVERIFY(error.retryAfterSeconds > 3600);
        QVERIFY(doc->isQueued());
        QVERIFY(!doc->isRunning());
        const qint64 expectedReset = shell.session()->now() + qint64(error.retryAfterSeconds) * 1000;
        QVERIFY(std::abs(pane->queuedUntilUtcMs() - expectedReset) < 5000);
        QCOMPARE(pane->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(pane->banner()->detail().contains(u"It resets at"_s), qPrintable(bannerText(pane)));
        QVERIFY(pane->quota()->isExhausted(u"demo"_s, shell.session()->now()));
        QVERIFY(cost->text().contains(u"used up"_s));
        QVERIFY(action(window, "cancelAction")->isEnabled());
        test::screenshot(window, u"23-report-quota-queued"_s);

        // The queued run waits; when its time comes it runs again (here: still refused, queued again).
        auto* timer = pane->findChild<QTimer*>(u"reportQueueTimer"_s);
        QVERIFY(timer->isActive());
        QVERIFY(timer->remainingTime() > 3500 * 1000);
        failed.clear();
        timer->start(0);
        QVERIFY(failed.wait(kNetworkTimeoutMs));
        QVERIFY(doc->isQueued());

        // Cancel drops the queued run.
        action(window, "cancelAction")->trigger();
        QVERIFY(!doc->isQueued());
        QVERIFY(pane->banner()->text().contains(u"cancelled"_s));

        // Before sending over the quota, the app warns and sends nothing until confirmed.
        const int usedBefore = pane->quota()->usedToday(u"demo"_s, shell.session()->now());
        doc->run();
        QVERIFY(!doc->isRunning());
        QCOMPARE(pane->banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(pane->banner()->text().contains(u"daily report quota"_s));
        QCOMPARE(pane->quota()->usedToday(u"demo"_s, shell.session()->now()), usedBefore);
    }

    void quotaStoreCountsPerProfileAndDay()
    {
        QSettings settings;
        ReportQuotaStore store(&settings);
        const qint64 day = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(store.usedToday(u"a"_s, day), 0);
        store.record(u"a"_s, 3, day);
        store.record(u"b"_s, 1, day);
        QCOMPARE(store.usedToday(u"a"_s, day), 3);
        QCOMPARE(store.usedToday(u"b"_s, day), 1);
        QCOMPARE(store.remainingToday(u"a"_s, day), 222);
        QVERIFY(!store.wouldExceed(u"a"_s, 222, day));
        QVERIFY(store.wouldExceed(u"a"_s, 223, day));
        // A new UTC day starts from zero.
        const qint64 next = day + 15 * 3600 * 1000LL;
        QCOMPARE(store.usedToday(u"a"_s, next), 0);
        QCOMPARE(store.resetAtUtcMs(u"a"_s, day),
            QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        // A 429 sets the reset time and blocks the rest of the day.
        store.markExhausted(u"a"_s, day + 3600 * 1000LL);
        QVERIFY(store.isExhausted(u"a"_s, day));
        QCOMPARE(store.remainingToday(u"a"_s, day), 0);
        QCOMPARE(store.resetAtUtcMs(u"a"_s, day), day + 3600 * 1000LL);
        QVERIFY(!store.isExhausted(u"a"_s, day + 2 * 3600 * 1000LL));
        QVERIFY(!store.isExhausted(u"b"_s, day));
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
