// SPDX-License-Identifier: GPL-3.0-or-later
#include "shelltesthelpers.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "auth/memorycredentialstore.h"
#include "demo/demonetworkaccessmanager.h"
#include "editor/metricqueryeditor.h"
#include "mainwindow.h"
#include "results/resultswidget.h"
#include "results/resulttablemodel.h"
#include "shell/accountsession.h"
#include "shell/dialogservice.h"
#include "shell/documenttabwidget.h"
#include "shell/messagebanner.h"
#include "shell/metriccache.h"
#include "shell/metriccatalogmodel.h"
#include "shell/metricbrowserwidget.h"
#include "shell/metricfilterproxymodel.h"
#include "shell/querydocumentwidget.h"
#include "shell/settingsdialog.h"
#include "shell/statusbarwidget.h"
#include "shell/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QChart>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QMenuBar>
#include <QDialog>

using namespace kx;

namespace {

constexpr int kNetworkTimeoutMs = 20000;

QAction* action(MainWindow* window, const char* name)
{
    auto* a = window->findChild<QAction*>(QString::fromLatin1(name));
    if (!a)
        qWarning("no action %s", name);
    return a;
}

std::optional<MetricInfo> metricNamed(const AccountSession* session, const QString& name)
{
    return session->metricByName(name);
}

bool waitForResult(QueryDocumentWidget* doc)
{
    return QTest::qWaitFor([doc] { return !doc->isRunning() && doc->results()->preparedResult() && !doc->results()->isPreparing(); },
        kNetworkTimeoutMs);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::enterShellTestMode();
        // Generating the demo account takes a while in a debug build: once per executable.
        QVERIFY(test::sharedDemoStore());
    }

    void init()
    {
        test::resetAppState();
    }

    void welcomeThenDemoThenBrowseSearchOpenAndRun()
    {
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.credentialStore = &keys;
        options.interactiveDialogs = false;
        Shell shell(options);
        MainWindow* window = shell.window();
        window->resize(1400, 900);
        shell.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // First start, no account: the welcome page with its two choices.
        QVERIFY(window->isShowingWelcome());
        auto* demoButton = window->findChild<QCommandLinkButton*>(QStringLiteral("demoButton"));
        QVERIFY(demoButton);
        QVERIFY(window->findChild<QCommandLinkButton*>(QStringLiteral("connectButton")));
        QCOMPARE(window->statusBarWidget()->profileText(), QStringLiteral("No account"));
        test::screenshot(window, QStringLiteral("01-welcome"));

        // "Explore the demo account": the browser fills with the demo metrics.
        QTest::mouseClick(demoButton, Qt::LeftButton);
        MetricBrowserWidget* browser = window->metricBrowser();
        QTRY_VERIFY_WITH_TIMEOUT(browser->catalogModel()->metricCount() >= 10, kNetworkTimeoutMs);
        QVERIFY(!window->isShowingWelcome());
        QTRY_COMPARE(shell.session()->connectionState(), AccountSession::ConnectionState::Connected);
        QCOMPARE(window->statusBarWidget()->profileText(), shell.session()->profile().name);
        QCOMPARE(window->statusBarWidget()->connectionText(), QStringLiteral("Connected"));
        QCOMPARE(window->statusBarWidget()->revisionText(), QStringLiteral("API 2026-07-15"));
        QVERIFY(browser->catalogModel()->integrations().contains(QStringLiteral("Shopify")));
        QVERIFY(browser->catalogModel()->integrations().contains(QStringLiteral("Klaviyo")));
        QCOMPARE(browser->countText(), QStringLiteral("%1 metrics").arg(browser->catalogModel()->metricCount()));
        QVERIFY(browser->refreshedText().contains(QStringLiteral("just now")));
        test::screenshot(window, QStringLiteral("02-demo-browser"));

        // The search narrows the list to metrics whose name or integration matches.
        const int total = browser->catalogModel()->metricCount();
        auto* search = browser->findChild<QLineEdit*>(QStringLiteral("metricSearch"));
        QTest::keyClicks(search, QStringLiteral("order"));
        MetricFilterProxyModel* proxy = browser->filterModel();
        QTRY_VERIFY(proxy->visibleMetricCount() > 0);
        QVERIFY(proxy->visibleMetricCount() < total);
        for (int g = 0; g < proxy->rowCount(); ++g) {
            const QModelIndex group = proxy->index(g, 0);
            for (int r = 0; r < proxy->rowCount(group); ++r) {
                const QString text = proxy->index(r, 0, group).data(MetricCatalogModel::SearchTextRole).toString();
                QVERIFY2(text.contains(QStringLiteral("order"), Qt::CaseInsensitive), qPrintable(text));
            }
        }
        QCOMPARE(browser->countText(), QStringLiteral("%1 of %2 metrics").arg(proxy->visibleMetricCount()).arg(total));
        test::screenshot(window, QStringLiteral("03-search"));

        // Enter on a metric opens a query tab for it with the demo's defaults.
        const auto placedOrder = metricNamed(shell.session(), QStringLiteral("Placed Order"));
        QVERIFY(placedOrder);
        QVERIFY(browser->selectMetric(placedOrder->id));
        QVERIFY(browser->findChild<QWidget*>(QStringLiteral("metricDetails"))->isVisible());
        QCOMPARE(browser->findChild<QLabel*>(QStringLiteral("detailId"))->text(), placedOrder->id);
        browser->treeView()->setFocus();
        QTest::keyClick(browser->treeView(), Qt::Key_Return);
        QCOMPARE(window->documentTabs()->count(), 1);
        QueryDocumentWidget* doc = window->currentDocument();
        const MetricQuery query = doc->editor()->query();
        QCOMPARE(query.metricId, placedOrder->id);
        QCOMPARE(query.metricName, QStringLiteral("Placed Order"));
        QCOMPARE(query.timezone, QStringLiteral("America/New_York"));
        QCOMPARE(query.interval, Interval::Day);
        QCOMPARE(query.range.preset, RangePreset::Last30Days);
        QCOMPARE(query.measurements, QList<Measurement> { Measurement::Count });
        QCOMPARE(window->documentTabs()->tabText(0), QStringLiteral("Placed Order"));
        QVERIFY(!doc->isModified());

        // Run: the results arrive in the table (one row per day) and the meter counts the call.
        QAction* run = action(window, "runAction");
        QTRY_VERIFY(run->isEnabled());
        run->trigger();
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        QVERIFY(doc->hasResult());
        QVERIFY(!doc->banner()->isVisible());
        QCOMPARE(doc->results()->tableModel()->rowCount(), 30);
        QVERIFY(window->statusBarWidget()->meterText().contains(QStringLiteral("Queries")));
        QVERIFY(action(window, "exportCsvAction")->isEnabled());
        test::screenshot(window, QStringLiteral("04-results-table"));
        if (auto* tabs = doc->results()->findChild<QTabWidget*>(QStringLiteral("resultTabs")))
            tabs->setCurrentIndex(1);
        test::screenshot(window, QStringLiteral("05-results-chart"));

        // Dragging a metric carries the MIME type the editor accepts.
        std::unique_ptr<QMimeData> mime(browser->catalogModel()->mimeData({ browser->catalogModel()->indexOfMetric(placedOrder->id) }));
        QVERIFY(mime && mime->hasFormat(QString::fromLatin1(kMetricMimeType)));
    }

    void darkThemeLooksRight()
    {
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
        action(shell.window(), "themeDarkAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shell.window()->metricBrowser()->catalogModel()->metricCount() > 0, kNetworkTimeoutMs);
        const auto metric = metricNamed(shell.session(), QStringLiteral("Opened Email"));
        QVERIFY(metric);
        QueryDocumentWidget* doc = shell.window()->newDocument(metric);
        doc->run();
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        test::screenshot(shell.window(), QStringLiteral("06-dark-results"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        action(shell.window(), "themeSystemAction")->trigger();
    }

    void cancelStopsWithinASecondAndKeepsResults()
    {
        EngineOptions engine;
        engine.faults = QStringLiteral("latency=1500ms");
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.demoEngineOptions = engine;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        const auto metric = metricNamed(shell.session(), QStringLiteral("Placed Order"));
        QVERIFY(metric);
        QueryDocumentWidget* doc = shell.window()->newDocument(metric);
        doc->run();
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        const auto firstResult = doc->results()->preparedResult();
        const QVariant firstCell = doc->results()->tableModel()->index(0, 1).data(ResultTableModel::RawValueRole);

        // Run again and cancel while the request is in flight (Esc triggers Cancel).
        QSignalSpy running(doc, &QueryDocumentWidget::runningChanged);
        action(shell.window(), "runAction")->trigger();
        QTRY_VERIFY(doc->isRunning());
        QVERIFY(doc->findChild<QWidget*>(QStringLiteral("runProgress"))->isVisible());
        QVERIFY(action(shell.window(), "cancelAction")->isEnabled());
        QTest::qWait(300);
        test::screenshot(shell.window(), QStringLiteral("07-running"));
        // Cancel aborts the replies; the run reports its end through the event loop, without
        // waiting for the network. (The figure belongs to the benchmarks: a timed check here
        // would only measure the machine.)
        action(shell.window(), "cancelAction")->trigger();
        QTRY_VERIFY(!doc->isRunning());
        QVERIFY(doc->banner()->isVisible());
        QCOMPARE(doc->banner()->kind(), MessageBanner::Kind::Info);
        QVERIFY(doc->banner()->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!doc->findChild<QWidget*>(QStringLiteral("runProgress"))->isVisible());
        // The previous results are still on show, unchanged, and no late answer replaces them.
        QTest::qWait(1800);
        QCOMPARE(doc->results()->preparedResult(), firstResult);
        QCOMPARE(doc->results()->tableModel()->index(0, 1).data(ResultTableModel::RawValueRole), firstCell);
        QCOMPARE(doc->lastError().kind, ApiError::Kind::None);
        test::screenshot(shell.window(), QStringLiteral("08-cancelled"));
    }

    void messageIdsShowAsCampaignAndFlowMessageNames()
    {
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        // Orders attributed to campaign messages and to flow messages: the ids of both look alike,
        // yet each gets its name (a campaign's, else a flow message's).
        QueryDocumentWidget* doc = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Placed Order")));
        MetricQuery query = doc->editor()->query();
        query.by = { QStringLiteral("$attributed_message") };
        query.interval = Interval::Month;
        query.range.kind = DateRange::Kind::Absolute;
        query.range.startText = QStringLiteral("2025-09-01T00:00:00+00:00");
        query.range.endText = QStringLiteral("2025-12-01T00:00:00+00:00");
        doc->editor()->setQuery(query);
        doc->run();
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        const QAbstractItemModel* table = doc->results()->tableModel();
        const auto headers = [table] {
            QStringList list;
            for (int c = 0; c < table->columnCount(); ++c)
                list << table->headerData(c, Qt::Horizontal).toString();
            return list;
        };
        const QRegularExpression rawId(QStringLiteral("^01[0-9A-Z]{24}"));
        QTRY_VERIFY_WITH_TIMEOUT(!headers().filter(QStringLiteral("Welcome")).isEmpty(), kNetworkTimeoutMs);
        QVERIFY2(!headers().filter(QStringLiteral("Black Friday")).isEmpty(), qPrintable(headers().join(u'|')));
        QVERIFY2(headers().filter(rawId).isEmpty(), qPrintable(headers().join(u'|')));

        // The names are cached for the profile: a second run asks for none of them again.
        QStringList paths;
        shell.session()->client()->setRequestLogger([&paths](const RequestLogEntry& entry) { paths << entry.path; });
        doc->run();
        QVERIFY(waitForResult(doc));
        QTest::qWait(300);
        QVERIFY(!paths.isEmpty());
        for (const QString& path : std::as_const(paths))
            QVERIFY2(path.contains(QStringLiteral("metric-aggregates")), qPrintable(path));
        QVERIFY(headers().filter(rawId).isEmpty());
    }

    void badRequestShowsBannerThatFocusesTheField()
    {
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QVERIFY(QTest::qWaitForWindowActive(shell.window()));
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        QueryDocumentWidget* doc = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Placed Order")));
        // A metric id this account does not have: Klaviyo answers 400 naming /data/attributes/metric_id.
        MetricQuery query = doc->editor()->query();
        query.metricId = QStringLiteral("XXXXXX");
        query.metricName = QStringLiteral("Deleted metric");
        doc->editor()->setQuery(query);
        QSignalSpy failed(doc, &QueryDocumentWidget::runFailed);
        doc->run();
        QVERIFY(failed.wait(kNetworkTimeoutMs));
        QCOMPARE(doc->lastError().httpStatus, 400);
        QCOMPARE(doc->lastError().kind, ApiError::Kind::InvalidInput);
        QVERIFY(doc->banner()->isVisible());
        QCOMPARE(doc->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(doc->banner()->text().contains(QStringLiteral("XXXXXX")) || doc->banner()->detail().contains(QStringLiteral("XXXXXX")),
            qPrintable(doc->banner()->text() + u'|' + doc->banner()->detail()));
        QVERIFY(!doc->hasResult());
        test::screenshot(shell.window(), QStringLiteral("09-error-400"));
        auto* focusButton = doc->banner()->findChild<QPushButton*>(QStringLiteral("focusFieldButton"));
        QVERIFY(focusButton);
        doc->results()->setFocus();
        QTest::mouseClick(focusButton, Qt::LeftButton);
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(doc->editor()->isAncestorOf(focus), focus->metaObject()->className());
    }

    void missingScopeIsNamedAndGreysOutRunning()
    {
        // The account's metric list is cached from an earlier session; the key has since lost
        // metrics:read. A run started before the refresh answers gets a 403 naming the scope.
        const auto store = test::sharedDemoStore();
        QList<MetricInfo> cached;
        for (const DemoStore::Metric& m : store->metrics) {
            if (m.hidden)
                continue;
            MetricInfo info;
            info.id = m.id;
            info.name = m.name;
            info.integrationName = m.integration.name;
            info.integrationCategory = m.integration.category;
            cached.append(info);
        }
        QVERIFY(MetricCache(Shell::metricCacheDirectory()).save(QStringLiteral("demo"), { cached, QDateTime::currentDateTimeUtc() }));

        EngineOptions engine;
        engine.scopes = { QStringLiteral("campaigns:read"), QStringLiteral("flows:read"), QStringLiteral("lists:read") };
        engine.faults = QStringLiteral("latency=600ms");
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.demoEngineOptions = engine;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        // The cached list is on show at once, offline-first.
        QCOMPARE(shell.window()->metricBrowser()->catalogModel()->metricCount(), int(cached.size()));
        QueryDocumentWidget* doc = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Placed Order")));
        QSignalSpy failed(doc, &QueryDocumentWidget::runFailed);
        doc->run();
        QVERIFY(failed.wait(kNetworkTimeoutMs));
        QCOMPARE(doc->lastError().httpStatus, 403);
        QCOMPARE(doc->lastError().kind, ApiError::Kind::Permission);
        QVERIFY(doc->banner()->isVisible());
        QCOMPARE(doc->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(doc->banner()->text().contains(QStringLiteral("metrics:read")), qPrintable(doc->banner()->text()));
        test::screenshot(shell.window(), QStringLiteral("10-error-403"));

        // From now on the features needing metrics:read are greyed out, with the reason.
        QTRY_COMPARE(shell.session()->scopeState(EndpointFamily::Metrics), ScopeCheck::State::Missing);
        QAction* run = action(shell.window(), "runAction");
        QTRY_VERIFY(!run->isEnabled());
        QVERIFY(run->toolTip().contains(QStringLiteral("metrics:read")));
        QVERIFY(!shell.window()->metricBrowser()->treeView()->isEnabled());
        QVERIFY(shell.window()->metricBrowser()->treeView()->toolTip().contains(QStringLiteral("metrics:read")));
        doc->run();
        QVERIFY(doc->banner()->detail().contains(QStringLiteral("metrics:read")));
        test::screenshot(shell.window(), QStringLiteral("11-scope-greyed"));

        // Test connection lists every scope with ✓ or ✗ and what to add for which feature.
        shell.window()->showSettings();
        SettingsDialog* settings = shell.window()->settingsDialog();
        QVERIFY(settings);
        settings->selectProfile(QStringLiteral("demo"));
        QSignalSpy tested(settings, &SettingsDialog::testFinished);
        settings->testConnection();
        QVERIFY(tested.wait(kNetworkTimeoutMs));
        auto* list = settings->findChild<QListWidget*>(QStringLiteral("scopeList"));
        QCOMPARE(list->count(), 6);
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines.append(list->item(i)->text());
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("✗ metrics:read")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(QStringLiteral("Add the metrics:read scope")));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("✓ campaigns:read")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("✗ forms:read")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(5).startsWith(QStringLiteral("✓ lists:read")), qPrintable(lines.at(5)));
        test::screenshot(settings, QStringLiteral("12-settings-scopes"));
        settings->close();
    }

    void editorErrorsDisableRun()
    {
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        QueryDocumentWidget* doc
            = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Placed Order")));
        QAction* run = action(shell.window(), "runAction");
        QTRY_VERIFY(run->isEnabled());
        // No measurement chosen: an error in the editor, and Run goes off until it is fixed.
        auto* count = doc->editor()->findChild<QCheckBox*>(QStringLiteral("measurementCount"));
        QVERIFY(count->isChecked());
        count->click();
        QVERIFY(!doc->editor()->canRun());
        QVERIFY(!run->isEnabled());
        run->trigger(); // a shortcut on a disabled action does nothing either
        QVERIFY(!doc->isRunning());
        count->click();
        QVERIFY(run->isEnabled());
        // A timezone Klaviyo refuses, likewise.
        MetricQuery query = doc->editor()->query();
        query.timezone = QStringLiteral("Europe/Kyiv");
        doc->editor()->setQuery(query);
        QVERIFY(!run->isEnabled());
    }

    void nonTrivialRunShowsThePlanFirst()
    {
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.interactiveDialogs = false;
        MemoryCredentialStore keys;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        QueryDocumentWidget* doc = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Opened Email")));
        // Twenty-two months: more than the one year one request may cover, so two requests.
        MetricQuery query = doc->editor()->query();
        const QDate today = QDate::currentDate();
        const QDate start(today.year() - 2, today.month(), 1);
        query.range.kind = DateRange::Kind::Absolute;
        query.range.startText = start.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
        query.range.endText = start.addMonths(22).toString(Qt::ISODate) + QStringLiteral("T00:00:00");
        query.interval = Interval::Month;
        doc->editor()->setQuery(query);
        QTRY_VERIFY(doc->canRun());
        action(shell.window(), "runAction")->trigger();
        QVERIFY(doc->banner()->isVisible());
        QCOMPARE(doc->banner()->kind(), MessageBanner::Kind::Info);
        QVERIFY2(doc->banner()->text().startsWith(QStringLiteral("This query runs as 2 requests")), qPrintable(doc->banner()->text()));
        QVERIFY(!doc->isRunning());
        QVERIFY(action(shell.window(), "cancelAction")->isEnabled());
        test::screenshot(shell.window(), QStringLiteral("14-plan"));
        auto* runPlan = doc->banner()->findChild<QPushButton*>(QStringLiteral("runPlanButton"));
        QVERIFY(runPlan);
        QTest::mouseClick(runPlan, Qt::LeftButton);
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        QCOMPARE(doc->lastResult()->result.requestCount, 2);
        QCOMPARE(doc->results()->tableModel()->rowCount(), 22);

        // "Not now" drops the plan without running.
        action(shell.window(), "runAction")->trigger();
        QVERIFY(doc->banner()->isVisible());
        QTest::mouseClick(doc->banner()->findChild<QPushButton*>(QStringLiteral("cancelPlanButton")), Qt::LeftButton);
        QVERIFY(!doc->banner()->isVisible());
        QVERIFY(!doc->isRunning());
    }

    void menusFollowDesktopConventions()
    {
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.interactiveDialogs = false;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.start();
        MainWindow* window = shell.window();
        const auto keysOf = [window](const char* name) { return action(window, name)->shortcuts(); };
        QVERIFY(keysOf("newAction").contains(QKeySequence(QKeySequence::New)));
        QVERIFY(keysOf("openAction").contains(QKeySequence(QKeySequence::Open)));
        QVERIFY(keysOf("saveAction").contains(QKeySequence(QKeySequence::Save)));
        QVERIFY(keysOf("closeTabAction").contains(QKeySequence(QKeySequence::Close)));
        QVERIFY(keysOf("quitAction").contains(QKeySequence(QKeySequence::Quit)));
        QVERIFY(keysOf("runAction").contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(keysOf("runAction").contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QVERIFY(keysOf("cancelAction").contains(QKeySequence(Qt::Key_Escape)));
        QStringList menus;
        for (QAction* a : window->menuBar()->actions())
            menus.append(a->text().remove(u'&'));
        QCOMPARE(menus, (QStringList { QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Query"),
                             QStringLiteral("View"), QStringLiteral("Help") }));
        // Nothing to act on yet: document actions are off.
        QVERIFY(!action(window, "saveAction")->isEnabled());
        QVERIFY(!action(window, "runAction")->isEnabled());

        action(window, "shortcutsAction")->trigger();
        auto* dialog = window->findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutTree"));
        QVERIFY(!tree->findItems(QStringLiteral("Run"), Qt::MatchExactly, 0).isEmpty());
        QVERIFY(tree->findItems(QStringLiteral("Run"), Qt::MatchExactly, 0).first()->text(1).contains(QStringLiteral("F5")));
        test::screenshot(dialog, QStringLiteral("15-shortcuts"));
        dialog->close();

        action(window, "aboutAction")->trigger();
        QVERIFY(shell.dialogs()->messages().last().contains(QStringLiteral("Klaviyo Metrics Explorer 0.1.0-test")));
    }

    void windowLayoutIsRestored()
    {
        MemoryCredentialStore keys;
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.interactiveDialogs = false;
        options.credentialStore = &keys;
        {
            Shell shell(options);
            shell.start();
            QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
            shell.window()->resize(1111, 777);
            QAction* toggle = shell.window()->findChild<QAction*>(QStringLiteral("showBrowserAction"));
            QVERIFY(toggle->isChecked());
            toggle->trigger();
            QVERIFY(!shell.window()->metricBrowserDock()->isVisible());
            shell.window()->close();
            QTRY_VERIFY(!shell.window()->isVisible());
        }
        Shell again(options);
        again.start();
        QVERIFY(QTest::qWaitForWindowExposed(again.window()));
        QCOMPARE(again.window()->size(), QSize(1111, 777));
        QVERIFY(!again.window()->metricBrowserDock()->isVisible());
    }

    void switchingProfilesReloadsTheBrowser()
    {
        // A second account, served by the same in-process engine under another key.
        MemoryCredentialStore keys;
        {
            QSettings settings;
            ProfileStore profiles(&settings);
            Profile second;
            second.name = QStringLiteral("Second shop");
            second.baseUrl = demo::baseUrl();
            second.defaultTimezone = QStringLiteral("Europe/Berlin");
            second.defaultInterval = Interval::Week;
            const QString id = profiles.save(second);
            bool done = false;
            keys.writeKey(id, QStringLiteral("pk_second_shop_key"), this, [&done](const CredentialResult&) { done = true; });
            QTRY_VERIFY(done);
        }
        ShellOptions options;
        options.demoStore = test::sharedDemoStore();
        options.demo = true;
        options.interactiveDialogs = false;
        options.credentialStore = &keys;
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        QueryDocumentWidget* doc = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Placed Order")));
        Q_UNUSED(doc);

        shell.window()->showSettings();
        SettingsDialog* settings = shell.window()->settingsDialog();
        const auto second = ProfileStore(shell.settings()).find(QStringLiteral("Second shop"));
        QVERIFY(second);
        settings->selectProfile(second->id);
        QCOMPARE(settings->findChild<QLineEdit*>(QStringLiteral("profileNameEdit"))->text(), QStringLiteral("Second shop"));
        test::screenshot(settings, QStringLiteral("13-settings"));
        QSignalSpy metricsChanged(shell.session(), &AccountSession::metricsChanged);
        QSignalSpy profileChanged(shell.session(), &AccountSession::profileChanged);
        QTest::mouseClick(settings->findChild<QPushButton*>(QStringLiteral("useProfileButton")), Qt::LeftButton);
        QCOMPARE(profileChanged.count(), 1);
        QCOMPARE(shell.session()->profile().name, QStringLiteral("Second shop"));
        QCOMPARE(shell.window()->statusBarWidget()->profileText(), QStringLiteral("Second shop"));
        QVERIFY(shell.window()->windowTitle().contains(QStringLiteral("Second shop")));
        // The browser is emptied for the new account, then refilled from Get Metrics.
        QTRY_VERIFY_WITH_TIMEOUT(shell.session()->connectionState() == AccountSession::ConnectionState::Connected,
            kNetworkTimeoutMs);
        QVERIFY(metricsChanged.count() >= 2);
        QVERIFY(shell.window()->metricBrowser()->catalogModel()->metricCount() > 0);
        QCOMPARE(ProfileStore(shell.settings()).activeProfileId(), second->id);
        // New queries take the new account's defaults.
        QueryDocumentWidget* fresh = shell.window()->newDocument(metricNamed(shell.session(), QStringLiteral("Placed Order")));
        QCOMPARE(fresh->editor()->query().timezone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(fresh->editor()->query().interval, Interval::Week);
        settings->close();

        // And back to the demo.
        shell.session()->activateDemo();
        QCOMPARE(shell.window()->statusBarWidget()->profileText(), demoProfile().name);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
