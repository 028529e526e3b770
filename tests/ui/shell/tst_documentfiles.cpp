// SPDX-License-Identifier: GPL-3.0-or-later
#include "shelltesthelpers.h"

#include "auth/memorycredentialstore.h"
#include "editor/metricqueryeditor.h"
#include "mainwindow.h"
#include "query/queryfile.h"
#include "reports/reportdocumentpane.h"
#include "results/resultchartview.h"
#include "results/resultsnapshot.h"
#include "results/resultswidget.h"
#include "results/resulttablemodel.h"
#include "shell/accountsession.h"
#include "shell/autosavemanager.h"
#include "shell/dialogservice.h"
#include "shell/documenttabwidget.h"
#include "shell/messagebanner.h"
#include "shell/querydocumentwidget.h"
#include "shell/recentfiles.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace kx;

namespace {

constexpr int kNetworkTimeoutMs = 20000;

/// An edit the document's undo stack records, as any editor edit would.
class TouchCommand : public QUndoCommand
{
public:
    TouchCommand()
        : QUndoCommand(QStringLiteral("touch"))
    {
    }
};

void makeDirty(QueryDocumentWidget* doc)
{
    doc->editor()->undoStack()->push(new TouchCommand);
}

ShellOptions testOptions(MemoryCredentialStore* keys, bool demo)
{
    ShellOptions options;
    options.demoStore = test::sharedDemoStore();
    options.demo = demo;
    options.interactiveDialogs = false;
    options.credentialStore = keys;
    options.autosaveIntervalMs = 60000; // tests call saveNow() themselves
    return options;
}

bool waitForResult(QueryDocumentWidget* doc)
{
    return QTest::qWaitFor([doc] { return !doc->isRunning() && doc->results()->preparedResult() && !doc->results()->isPreparing(); },
        kNetworkTimeoutMs);
}

bool waitForMetrics(Shell& shell)
{
    return QTest::qWaitFor(
        [&shell] { return shell.session()->connectionState() == AccountSession::ConnectionState::Connected; }, kNetworkTimeoutMs);
}

QString testData(const char* name)
{
    return QStringLiteral(TESTDATA_DIR "/shell/") + QString::fromLatin1(name);
}

/// A document for "Placed Order" that keeps a small results snapshot (saveResults on).
QueryDocument documentWithSnapshot(ResultSnapshot* kept)
{
    QueryDocument document;
    document.metric.metricId = QStringLiteral("AbC123");
    document.metric.metricName = QStringLiteral("Placed Order");
    document.metric.integrationName = QStringLiteral("Shopify");
    document.metric.measurements = { Measurement::Count };
    document.metric.timezone = QStringLiteral("UTC");
    ResultSnapshot snapshot;
    snapshot.result.metricId = document.metric.metricId;
    snapshot.result.measurements = { Measurement::Count };
    snapshot.result.dates = { 1718323200000, 1718409600000 };
    AggregateResult::Group group;
    group.values = { std::vector<double> { 3, 5 } };
    snapshot.result.groups.push_back(group);
    snapshot.result.rangeStartUtcMs = 1718323200000;
    snapshot.result.rangeEndUtcMs = 1718496000000;
    snapshot.provenance.ranAt = QDateTime::fromMSecsSinceEpoch(1718500000000, QTimeZone::utc());
    snapshot.provenance.profileName = QStringLiteral("Shop");
    snapshot.provenance.revision = QStringLiteral("2026-07-15");
    snapshot.provenance.appVersion = QStringLiteral("0.1.0-test");
    document.snapshot = resultsnapshot::toJson(snapshot);
    document.view.insert(QStringLiteral("saveResults"), true);
    if (kept)
        *kept = snapshot;
    return document;
}

QAction* action(Shell& shell, const char* name)
{
    return shell.window()->findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

class TestDocumentFiles : public QObject
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

    void saveAndOpenRoundTripKeepsViewAndSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("orders.kmq"));
        AggregateResult ran;
        {
            MemoryCredentialStore keys;
            Shell shell(testOptions(&keys, true));
            shell.window()->resize(1400, 900);
            shell.start();
            QVERIFY(waitForMetrics(shell));
            QueryDocumentWidget* doc = shell.window()->newDocument(shell.session()->metricByName(QStringLiteral("Placed Order")));
            MetricQuery query = doc->editor()->query();
            query.by = { QStringLiteral("$attributed_channel") };
            query.measurements = { Measurement::Count, Measurement::SumValue };
            doc->editor()->setQuery(query);
            doc->run();
            QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
            ran = doc->lastResult()->result;
            QVERIFY(!ran.groups.empty());

            // View: bar chart, long table, one series hidden; keep the results in the file.
            auto* chartType = doc->results()->findChild<QComboBox*>(QStringLiteral("chartTypeCombo"));
            chartType->setCurrentIndex(chartType->findText(QStringLiteral("Bar")));
            auto* layout = doc->results()->findChild<QComboBox*>(QStringLiteral("layoutCombo"));
            layout->setCurrentIndex(1);
            const QString hiddenKey = seriesKey(ran.groups.front().dimensions, Measurement::SumValue);
            doc->results()->chartView()->setHiddenSeries({ hiddenKey });
            QVERIFY(doc->isModified()); // the view changed
            QAction* saveResults = shell.window()->findChild<QAction*>(QStringLiteral("saveResultsAction"));
            saveResults->trigger();
            QVERIFY(doc->saveResults());

            shell.dialogs()->setNextSaveFileName(path);
            shell.window()->findChild<QAction*>(QStringLiteral("saveAction"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified() && QFile::exists(path), 10000);
            QCOMPARE(doc->filePath(), path);
            QCOMPARE(shell.window()->documentTabs()->tabText(0), QStringLiteral("orders"));
            QCOMPARE(shell.recentFiles()->files().value(0), QFileInfo(path).canonicalFilePath());

            // Saving again goes to the same file without asking.
            makeDirty(doc);
            QCOMPARE(shell.window()->documentTabs()->tabText(0), QStringLiteral("orders*"));
            shell.window()->findChild<QAction*>(QStringLiteral("saveAction"))->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 10000);
        }

        // The file: query, view and snapshot with provenance.
        QString error;
        const auto saved = queryfile::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->metric.metricName, QStringLiteral("Placed Order"));
        QCOMPARE(saved->metric.by, QStringList { QStringLiteral("$attributed_channel") });
        QCOMPARE(saved->view.value(QStringLiteral("chartType")).toString(), QStringLiteral("bar"));
        QCOMPARE(saved->view.value(QStringLiteral("tableLayout")).toString(), QStringLiteral("long"));
        QVERIFY(saved->view.value(QStringLiteral("saveResults")).toBool());
        QVERIFY(saved->view.value(QStringLiteral("hiddenSeries")).toArray().size() == 1);
        const auto snapshot = resultsnapshot::fromJson(saved->snapshot, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->result.dates, ran.dates);
        QCOMPARE(snapshot->result.groups.size(), ran.groups.size());
        QCOMPARE(snapshot->provenance.profileName, demoProfile().name);
        QCOMPARE(snapshot->provenance.revision, QStringLiteral("2026-07-15"));
        QCOMPARE(snapshot->provenance.appVersion, QStringLiteral("0.1.0-test"));
        QVERIFY(snapshot->provenance.ranAt.isValid());
        QVERIFY(!QFile(path).readAll().contains("pk_demo"));

        // Reopened with no account at all (offline): the snapshot shows, marked as such.
        MemoryCredentialStore keys;
        ShellOptions options = testOptions(&keys, false);
        options.files = { path };
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QCOMPARE(shell.window()->documentTabs()->count(), 1);
        QueryDocumentWidget* doc = shell.window()->currentDocument();
        QTRY_VERIFY_WITH_TIMEOUT(doc->results()->preparedResult() != nullptr, 10000);
        QVERIFY(doc->isShowingSnapshot());
        QVERIFY(doc->notice()->isVisible());
        QCOMPARE(doc->notice()->kind(), MessageBanner::Kind::Snapshot);
        QVERIFY(doc->notice()->text().contains(demoProfile().name));
        QCOMPARE(doc->results()->findChild<QComboBox*>(QStringLiteral("chartTypeCombo"))->currentText(), QStringLiteral("Bar"));
        QCOMPARE(doc->results()->findChild<QComboBox*>(QStringLiteral("layoutCombo"))->currentIndex(), 1);
        QCOMPARE(doc->results()->chartView()->hiddenSeries().size(), 1);
        QCOMPARE(doc->lastResult()->result.dates, ran.dates);
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->editor()->query(), saved->metric);
        test::screenshot(shell.window(), QStringLiteral("20-snapshot-offline"));
    }

    void corruptAndFutureFilesAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << testData("corrupt-truncated.kmq") << QString();
        QTest::addRow("not json") << testData("not-json.kmq") << QString();
        QTest::addRow("future version") << testData("future-version.kmq") << QStringLiteral("99");
        QTest::addRow("missing") << QStringLiteral("/nonexistent/folder/query.kmq") << QStringLiteral("query.kmq");
    }

    void corruptAndFutureFilesAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, false));
        shell.start();
        QueryDocumentWidget* existing = shell.window()->newDocument();
        const MetricQuery before = existing->editor()->query();
        const QStringList recentBefore = shell.recentFiles()->files();
        shell.dialogs()->clearMessages();
        shell.dialogs()->setNextOpenFileName(file);
        shell.window()->findChild<QAction*>(QStringLiteral("openAction"))->trigger();
        QTRY_COMPARE(shell.dialogs()->messages().size(), 1);
        const QString message = shell.dialogs()->messages().first();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot open the file: ")), qPrintable(message));
        QVERIFY2(message.size() > 30, qPrintable(message));
        if (!expected.isEmpty())
            QVERIFY2(message.contains(expected), qPrintable(message));
        // Nothing changed: no new tab, the open document untouched, no recent entry.
        QCOMPARE(shell.window()->documentTabs()->count(), 1);
        QCOMPARE(existing->editor()->query(), before);
        QCOMPARE(shell.recentFiles()->files(), recentBefore);
    }

    void portableFileMatchesMetricByName()
    {
        QTemporaryDir dir;
        QueryDocument document;
        document.metric.metricId = QStringLiteral("Zz9Zz9"); // an id from another account
        document.metric.metricName = QStringLiteral("Placed Order");
        document.metric.integrationName = QStringLiteral("Shopify");
        document.metric.measurements = { Measurement::SumValue };
        document.metric.timezone = QStringLiteral("America/New_York");
        const QString path = dir.filePath(QStringLiteral("portable.kmq"));
        QVERIFY(queryfile::save(document, path));

        MemoryCredentialStore keys;
        ShellOptions options = testOptions(&keys, true);
        options.files = { path };
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QueryDocumentWidget* doc = shell.window()->currentDocument();
        QVERIFY(doc);
        QVERIFY(waitForMetrics(shell));
        const auto placed = shell.session()->metricByName(QStringLiteral("Placed Order"));
        QTRY_COMPARE(doc->editor()->query().metricId, placed->id);
        QVERIFY(doc->notice()->isVisible());
        QCOMPARE(doc->notice()->kind(), MessageBanner::Kind::Info);
        QVERIFY(doc->notice()->text().contains(QStringLiteral("matched by name")));
        QVERIFY(doc->notice()->text().contains(QStringLiteral("Zz9Zz9")));
        QVERIFY(doc->isModified());
        test::screenshot(shell.window(), QStringLiteral("21-matched-by-name"));
        doc->run();
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        QCOMPARE(doc->lastError().kind, ApiError::Kind::None);

        // No metric of that name: a warning, nothing silently changed.
        document.metric.metricName = QStringLiteral("Made-up metric");
        QVERIFY(queryfile::save(document, path));
        shell.dialogs()->setNextAnswer(QMessageBox::Discard);
        shell.window()->requestCloseDocument(doc);
        QTRY_COMPARE(shell.window()->documentTabs()->count(), 0);
        QVERIFY(shell.window()->openFile(path));
        QueryDocumentWidget* other = shell.window()->currentDocument();
        QCOMPARE(other->editor()->query().metricId, QStringLiteral("Zz9Zz9"));
        QCOMPARE(other->notice()->kind(), MessageBanner::Kind::Warning);
        QVERIFY(other->notice()->text().contains(QStringLiteral("Made-up metric")));
    }

    void closingWithUnsavedChangesAsks()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, false));
        shell.start();
        QueryDocumentWidget* doc = shell.window()->newDocument();
        makeDirty(doc);
        QVERIFY(doc->isModified());
        QVERIFY(shell.window()->documentTabs()->tabText(0).endsWith(u'*'));
        QAction* closeTab = shell.window()->findChild<QAction*>(QStringLiteral("closeTabAction"));

        shell.dialogs()->setNextAnswer(QMessageBox::Cancel);
        closeTab->trigger();
        QTRY_COMPARE(shell.dialogs()->messages().size(), 1);
        QTest::qWait(20);
        QCOMPARE(shell.window()->documentTabs()->count(), 1);

        // Save: asks for a name, writes, then closes.
        const QString path = dir.filePath(QStringLiteral("kept.kmq"));
        shell.dialogs()->setNextAnswer(QMessageBox::Save);
        shell.dialogs()->setNextSaveFileName(path);
        closeTab->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shell.window()->documentTabs()->count(), 0, 10000);
        QVERIFY(QFile::exists(path));

        // Discard: closes without writing.
        QueryDocumentWidget* second = shell.window()->newDocument();
        makeDirty(second);
        shell.dialogs()->setNextAnswer(QMessageBox::Discard);
        closeTab->trigger();
        QTRY_COMPARE(shell.window()->documentTabs()->count(), 0);

        // Quitting with unsaved work asks too; Cancel keeps the window open.
        QueryDocumentWidget* third = shell.window()->newDocument();
        makeDirty(third);
        shell.window()->show();
        shell.dialogs()->setNextAnswer(QMessageBox::Cancel);
        shell.window()->close();
        QTest::qWait(50);
        QVERIFY(shell.window()->isVisible());
        shell.dialogs()->setNextAnswer(QMessageBox::Discard);
        shell.window()->close();
        QTRY_VERIFY(!shell.window()->isVisible());
    }

    void autosavedDocumentsAreOfferedAfterACrash()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("weekly.kmq"));
        {
            MemoryCredentialStore keys;
            Shell crashed(testOptions(&keys, false));
            crashed.start();
            QueryDocumentWidget* fresh = crashed.window()->newDocument();
            MetricQuery query = fresh->editor()->query();
            query.metricId = QStringLiteral("AbC123");
            query.metricName = QStringLiteral("Opened Email");
            query.interval = Interval::Week;
            fresh->editor()->setQuery(query);
            makeDirty(fresh);
            QueryDocument saved;
            saved.metric = query;
            QVERIFY(queryfile::save(saved, original));
            QVERIFY(crashed.window()->openFile(original));
            makeDirty(crashed.window()->currentDocument());
            QueryDocumentWidget* clean = crashed.window()->newDocument();
            Q_UNUSED(clean);
            crashed.autosave()->saveNow();
            QCOMPARE(QDir(crashed.autosave()->sessionDir()).entryList({ QStringLiteral("*.kmq") }).size(), 2);
            crashed.autosave()->abandon(); // as if the process died here
        }
        MemoryCredentialStore keys;
        Shell next(testOptions(&keys, false));
        next.dialogs()->setNextAnswer(QMessageBox::Yes);
        next.start();
        QTRY_COMPARE(next.window()->documentTabs()->count(), 2);
        QVERIFY(next.dialogs()->messages().value(0).contains(QStringLiteral("2 query documents had unsaved changes")));
        QStringList names;
        for (QueryDocumentWidget* doc : next.window()->documentTabs()->documents()) {
            QVERIFY(doc->isModified());
            QCOMPARE(doc->editor()->query().interval, Interval::Week);
            names.append(doc->title());
        }
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("Opened Email"), QStringLiteral("weekly") }));
        QCOMPARE(next.window()->documentTabs()->documents().at(1)->filePath(), original);
        // Offered once: the crashed session's folder is gone, this session keeps the restored work.
        QVERIFY(next.autosave()->recoverable().isEmpty());
        QCOMPARE(QDir(next.autosave()->sessionDir()).entryList({ QStringLiteral("*.kmq") }).size(), 2);
        next.dialogs()->setNextAnswer(QMessageBox::Discard);
        next.dialogs()->setNextAnswer(QMessageBox::Discard);
        next.window()->close();
        QTRY_VERIFY(!QDir(next.autosave()->sessionDir()).exists());
    }

    void documentsWithoutAMetricAreRestoredToo()
    {
        // A new document edited before any metric was chosen: the edits come back as they were.
        {
            MemoryCredentialStore keys;
            Shell crashed(testOptions(&keys, false));
            crashed.start();
            QueryDocumentWidget* fresh = crashed.window()->newDocument();
            MetricQuery query = fresh->editor()->query();
            QVERIFY(query.metricId.isEmpty());
            query.interval = Interval::Month;
            query.by = { QStringLiteral("$attributed_channel") };
            fresh->editor()->setQuery(query);
            makeDirty(fresh);
            crashed.autosave()->saveNow();
            crashed.autosave()->abandon();
        }
        MemoryCredentialStore keys;
        Shell next(testOptions(&keys, false));
        next.dialogs()->setNextAnswer(QMessageBox::Yes);
        next.start();
        QTRY_COMPARE(next.window()->documentTabs()->count(), 1);
        QueryDocumentWidget* restored = next.window()->currentDocument();
        QVERIFY(restored->isModified());
        QVERIFY(restored->editor()->query().metricId.isEmpty());
        QCOMPARE(restored->editor()->query().interval, Interval::Month);
        QCOMPARE(restored->editor()->query().by, QStringList { QStringLiteral("$attributed_channel") });
        // Opening such a file yourself still says what is missing.
        QString error;
        QueryDocument empty;
        QVERIFY(!queryfile::fromJson(queryfile::toJson(empty), &error));
        QVERIFY2(error.contains(QStringLiteral("names no metric")), qPrintable(error));
        next.dialogs()->setNextAnswer(QMessageBox::Discard);
        next.window()->close();
    }

    void declinedRecoveryDiscardsTheAutosave()
    {
        {
            MemoryCredentialStore keys;
            Shell crashed(testOptions(&keys, false));
            crashed.start();
            makeDirty(crashed.window()->newDocument());
            crashed.autosave()->saveNow();
            crashed.autosave()->abandon();
        }
        MemoryCredentialStore keys;
        Shell next(testOptions(&keys, false));
        next.dialogs()->setNextAnswer(QMessageBox::No);
        next.start();
        QTRY_COMPARE(next.dialogs()->messages().size(), 1);
        QTest::qWait(20);
        QCOMPARE(next.window()->documentTabs()->count(), 0);
        QVERIFY(next.autosave()->recoverable().isEmpty());
    }

    void reportDocumentsAreRestoredAfterACrash()
    {
        ReportQuery edited;
        {
            MemoryCredentialStore keys;
            Shell crashed(testOptions(&keys, false));
            crashed.start();
            QueryDocumentWidget* report = crashed.window()->newReportDocument();
            const ReportQuery defaults = report->reportPane()->query();
            edited = defaults;
            edited.statistics = { QStringLiteral("opens"), QStringLiteral("clicks") };
            edited.timeframe.key = QStringLiteral("last_90_days");
            report->reportPane()->setQuery(edited);
            edited = report->reportPane()->query();
            QVERIFY(edited != defaults);
            QCOMPARE(edited.timeframe.key, QStringLiteral("last_90_days"));
            report->undoStack()->push(new TouchCommand);
            QVERIFY(report->isModified());
            QueryDocumentWidget* metric = crashed.window()->newDocument();
            MetricQuery query = metric->editor()->query();
            query.metricId = QStringLiteral("AbC123"); // a .kmq needs a metric to be read back
            metric->editor()->setQuery(query);
            makeDirty(metric);
            crashed.autosave()->saveNow();
            const QDir session(crashed.autosave()->sessionDir());
            QCOMPARE(session.entryList({ QStringLiteral("*.kmq") }).size(), 2);
            for (const QString& name : session.entryList({ QStringLiteral("*.kmq") })) {
                QFile file(session.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QString error;
                QVERIFY2(queryfile::fromJson(file.readAll(), &error), qPrintable(error));
            }
            crashed.autosave()->abandon();
        }
        MemoryCredentialStore keys;
        Shell next(testOptions(&keys, false));
        next.dialogs()->setNextAnswer(QMessageBox::Yes);
        next.start();
        QTRY_COMPARE(next.window()->documentTabs()->count(), 2);
        QueryDocumentWidget* restored = nullptr;
        for (QueryDocumentWidget* doc : next.window()->documentTabs()->documents()) {
            QVERIFY(doc->isModified());
            if (doc->isReport())
                restored = doc;
        }
        QVERIFY(restored);
        QCOMPARE(restored->reportPane()->query(), edited);
        // Kept by this session's autosave, not only shown.
        QVERIFY(next.autosave()->recoverable().isEmpty());
        QCOMPARE(QDir(next.autosave()->sessionDir()).entryList({ QStringLiteral("*.kmq") }).size(), 2);
    }

    void restoredResultsSurviveSaving()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.kmq"));
        ResultSnapshot kept;
        QVERIFY(queryfile::save(documentWithSnapshot(&kept), path));
        {
            MemoryCredentialStore keys;
            ShellOptions options = testOptions(&keys, false);
            options.files = { path };
            Shell crashed(options);
            crashed.start();
            QueryDocumentWidget* doc = crashed.window()->currentDocument();
            QTRY_VERIFY(doc->isShowingSnapshot());
            QVERIFY(doc->saveResults());
            makeDirty(doc);
            // The snapshot is serialised in a worker; the autosave keeps it once it is there.
            QTRY_VERIFY(!doc->autosaveSnapshot().isEmpty());
            crashed.autosave()->saveNow();
            crashed.autosave()->abandon();
        }
        MemoryCredentialStore keys;
        Shell next(testOptions(&keys, false));
        next.dialogs()->setNextAnswer(QMessageBox::Yes);
        next.start();
        QTRY_COMPARE(next.window()->documentTabs()->count(), 1);
        QueryDocumentWidget* doc = next.window()->currentDocument();
        QCOMPARE(doc->filePath(), path);
        QVERIFY(doc->isModified());
        QTRY_VERIFY(doc->isShowingSnapshot());
        action(next, "saveAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified(), 10000);
        QString error;
        const auto saved = queryfile::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        const auto snapshot = resultsnapshot::fromJson(saved->snapshot, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->result.dates, kept.result.dates);
        QVERIFY(snapshot->result.groups.at(0).values == kept.result.groups.at(0).values);
        QVERIFY(snapshot->provenance == kept.provenance);
    }

    void matchingTheMetricKeepsTheUndoHistory()
    {
        QTemporaryDir dir;
        QueryDocument document;
        document.metric.metricId = QStringLiteral("Zz9Zz9"); // an id from another account
        document.metric.metricName = QStringLiteral("Placed Order");
        document.metric.integrationName = QStringLiteral("Shopify");
        document.metric.measurements = { Measurement::Count };
        const QString path = dir.filePath(QStringLiteral("portable.kmq"));
        QVERIFY(queryfile::save(document, path));

        MemoryCredentialStore keys;
        ShellOptions options = testOptions(&keys, true);
        options.files = { path };
        Shell shell(options);
        shell.start();
        QueryDocumentWidget* doc = shell.window()->currentDocument();
        QVERIFY(doc);
        // First run, no metric cache: the list is still on its way while the user edits.
        QVERIFY(shell.session()->metrics().isEmpty());
        QCOMPARE(doc->editor()->query().metricId, QStringLiteral("Zz9Zz9"));
        auto* sum = doc->editor()->findChild<QCheckBox*>(QStringLiteral("measurementSumValue"));
        sum->click();
        QCOMPARE(
            doc->editor()->query().measurements, (QList<Measurement> { Measurement::Count, Measurement::SumValue }));
        QCOMPARE(doc->editor()->undoStack()->count(), 1);

        QVERIFY(waitForMetrics(shell));
        const auto placed = shell.session()->metricByName(QStringLiteral("Placed Order"));
        QTRY_COMPARE(doc->editor()->query().metricId, placed->id);
        QCOMPARE(doc->editor()->undoStack()->count(), 1);
        QVERIFY(doc->notice()->text().contains(QStringLiteral("matched by name")));
        // Undo takes back the user's edit, not the match: the old id never comes back.
        doc->editor()->undoStack()->undo();
        QCOMPARE(doc->editor()->query().measurements, QList<Measurement> { Measurement::Count });
        QCOMPARE(doc->editor()->query().metricId, placed->id);
        QVERIFY(!sum->isChecked());
        QVERIFY(doc->isModified()); // still differs from the file (the id)
        doc->editor()->undoStack()->redo();
        QCOMPARE(
            doc->editor()->query().measurements, (QList<Measurement> { Measurement::Count, Measurement::SumValue }));
        QCOMPARE(doc->editor()->query().metricId, placed->id);
    }

    void saveAsWritesANewFileEvenWithAPath()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.kmq"));
        const QString b = dir.filePath(QStringLiteral("b.kmq"));
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, false));
        shell.start();
        QueryDocumentWidget* doc = shell.window()->newDocument();
        makeDirty(doc);
        shell.dialogs()->setNextSaveFileName(a);
        action(shell, "saveAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified() && QFile::exists(a), 10000);
        const QByteArray first = [&a] {
            QFile f(a);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        // The document has a path, yet Save As asks for a name (no name: nothing happens).
        makeDirty(doc);
        shell.dialogs()->setNextSaveFileName(QString());
        action(shell, "saveAsAction")->trigger();
        QTest::qWait(50);
        QCOMPARE(doc->filePath(), a);
        QVERIFY(doc->isModified());
        shell.dialogs()->setNextSaveFileName(b);
        action(shell, "saveAsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isModified() && QFile::exists(b), 10000);
        QCOMPARE(doc->filePath(), b);
        QCOMPARE(shell.window()->documentTabs()->tabText(0), QStringLiteral("b"));
        QVERIFY(QFile::exists(a));
        QFile old(a);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), first); // the old file is left as it was
        QCOMPARE(shell.recentFiles()->files().value(0), QFileInfo(b).canonicalFilePath());
        QCOMPARE(shell.recentFiles()->files().value(1), QFileInfo(a).canonicalFilePath());
    }

    void openRecentMenuOpensAndKeepsBadEntries()
    {
        QTemporaryDir dir;
        QueryDocument document;
        document.metric.metricId = QStringLiteral("AbC123");
        document.metric.metricName = QStringLiteral("Clicked Email");
        const QString a = dir.filePath(QStringLiteral("a.kmq"));
        const QString b = dir.filePath(QStringLiteral("b&c.kmq"));
        QVERIFY(queryfile::save(document, a));
        document.metric.metricName = QStringLiteral("Opened Email");
        QVERIFY(queryfile::save(document, b));
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, false));
        shell.start();
        auto* recent = shell.window()->findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QVERIFY(!recent->isEnabled());
        QVERIFY(shell.window()->openFile(a));
        QVERIFY(shell.window()->openFile(b));
        shell.dialogs()->setNextAnswer(QMessageBox::Discard);
        shell.window()->requestCloseDocument(shell.window()->documentTabs()->documents().at(0));
        QTRY_COMPARE(shell.window()->documentTabs()->count(), 1);
        QVERIFY(recent->isEnabled());
        QStringList texts;
        for (QAction* entry : recent->actions()) {
            if (!entry->isSeparator())
                texts.append(entry->text());
        }
        QCOMPARE(texts,
            (QStringList { QStringLiteral("&1 b&&c.kmq"), QStringLiteral("&2 a.kmq"), QStringLiteral("Clear List") }));
        QCOMPARE(recent->actions().at(1)->toolTip(), QDir::toNativeSeparators(shell.recentFiles()->files().value(1)));
        QVERIFY(shell.recentFiles()->files().value(1).endsWith(QStringLiteral("/a.kmq")));

        // The second entry opens its file in a new tab.
        recent->actions().at(1)->trigger();
        QCOMPARE(shell.window()->documentTabs()->count(), 2);
        QCOMPARE(shell.window()->currentDocument()->title(), QStringLiteral("a"));
        QCOMPARE(shell.window()->currentDocument()->editor()->query().metricName, QStringLiteral("Clicked Email"));

        // A recent file that became unreadable is refused with a message and stays in the list.
        for (QueryDocumentWidget* doc : shell.window()->documentTabs()->documents())
            shell.window()->requestCloseDocument(doc);
        QTRY_COMPARE(shell.window()->documentTabs()->count(), 0);
        {
            QFile broken(a);
            QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
            broken.write("{\"format\":\"klaviyo-explorer-query\",");
        }
        const QStringList before = shell.recentFiles()->files();
        shell.dialogs()->clearMessages();
        recent->actions().at(0)->trigger(); // a.kmq is first now
        QTRY_COMPARE(shell.dialogs()->messages().size(), 1);
        QVERIFY(shell.dialogs()->messages().first().startsWith(QStringLiteral("Cannot open the file")));
        QCOMPARE(shell.window()->documentTabs()->count(), 0);
        QCOMPARE(shell.recentFiles()->files(), before);

        // Clear List empties the menu.
        recent->findChild<QAction*>(QStringLiteral("clearRecentAction"))->trigger();
        QVERIFY(shell.recentFiles()->files().isEmpty());
        QVERIFY(!recent->isEnabled());
    }

    void snapshotMarkGoesAwayOnRerun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rerun.kmq"));
        ResultSnapshot kept;
        QVERIFY(queryfile::save(documentWithSnapshot(&kept), path));
        MemoryCredentialStore keys;
        ShellOptions options = testOptions(&keys, true);
        options.files = { path };
        Shell shell(options);
        shell.window()->resize(1400, 900);
        shell.start();
        QueryDocumentWidget* doc = shell.window()->currentDocument();
        QTRY_VERIFY(doc->isShowingSnapshot());
        QVERIFY(doc->lastResult()->provenance == kept.provenance);
        QVERIFY(waitForMetrics(shell));
        // The file's id is not the demo's: wait for the match by name, then run.
        const auto placed = shell.session()->metricByName(QStringLiteral("Placed Order"));
        QTRY_COMPARE(doc->editor()->query().metricId, placed->id);
        doc->run();
        QVERIFY2(waitForResult(doc) && doc->lastResult()->provenance != kept.provenance,
            qPrintable(doc->banner()->text() + u' ' + doc->banner()->detail()));
        QVERIFY(!doc->isShowingSnapshot());
        QVERIFY(doc->notice()->isHidden() || doc->notice()->kind() != MessageBanner::Kind::Snapshot);
        QVERIFY(doc->lastResult()->provenance.ranAt > kept.provenance.ranAt);
        QCOMPARE(doc->lastResult()->provenance.profileName, demoProfile().name);
    }

    void exportedRequestBodiesOpenAsTheSameQuery()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, false));
        shell.start();
        QAction* exportRequest = action(shell, "exportRequestAction");
        QVERIFY(!exportRequest->isEnabled()); // no document

        // A raw body (seed 001) opened, exported, and read back: the same request, the same query.
        const QString seed = QStringLiteral(TESTDATA_DIR "/editor/seed001-sql-style.json");
        QVERIFY(shell.window()->openFile(seed));
        QueryDocumentWidget* metric = shell.window()->currentDocument();
        QVERIFY(exportRequest->isEnabled());
        const QString metricPath = dir.filePath(QStringLiteral("flows"));
        shell.dialogs()->setNextSaveFileName(metricPath);
        exportRequest->trigger();
        QTRY_VERIFY(QFile::exists(metricPath + QStringLiteral(".json")));
        QFile written(metricPath + QStringLiteral(".json"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QFile original(seed);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()), QJsonDocument::fromJson(original.readAll()));
        QString error;
        const auto reread = queryfile::load(metricPath + QStringLiteral(".json"), &error);
        QVERIFY2(reread, qPrintable(error));
        QCOMPARE(reread->kind, QueryDocument::Kind::MetricAggregate);
        QCOMPARE(reread->metric.metricId, metric->editor()->query().metricId);
        QCOMPARE(reread->metric.verbatimFilters, metric->editor()->query().verbatimFilters);
        QCOMPARE(reread->metric.range, metric->editor()->query().range);
        QVERIFY(metric->isModified()); // exporting is not saving

        // A report document too.
        QueryDocumentWidget* report = shell.window()->newReportDocument();
        const QString reportPath = dir.filePath(QStringLiteral("report.json"));
        shell.dialogs()->setNextSaveFileName(reportPath);
        exportRequest->trigger();
        QTRY_VERIFY(QFile::exists(reportPath));
        const auto reportBack = queryfile::load(reportPath, &error);
        QVERIFY2(reportBack, qPrintable(error));
        QCOMPARE(reportBack->kind, QueryDocument::Kind::Report);
        QCOMPARE(reportBack->report, report->reportPane()->query());
        // Opening the export gives a new, unsaved document with that query.
        QVERIFY(shell.window()->openFile(reportPath));
        QCOMPARE(shell.window()->documentTabs()->count(), 3);
        QVERIFY(shell.window()->currentDocument()->isReport());
        QCOMPARE(shell.window()->currentDocument()->reportPane()->query(), report->reportPane()->query());
        QVERIFY(shell.window()->currentDocument()->filePath().isEmpty());
    }

    void unwritableExportPathsSaySo()
    {
        QTemporaryDir dir;
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, true));
        shell.start();
        QVERIFY(waitForMetrics(shell));
        QueryDocumentWidget* doc = shell.window()->newDocument(shell.session()->metricByName(QStringLiteral("Placed Order")));
        doc->run();
        QVERIFY2(waitForResult(doc), qPrintable(doc->banner()->text()));

        // A folder that cannot exist: each export says which file it could not write, and why.
        const QString nowhere = QStringLiteral("/proc/no-such-folder/orders");
        const struct
        {
            const char* action;
            const char* suffix;
            const char* title;
        } exports[] = {
            { "exportCsvAction", ".csv", "Cannot export the results" },
            { "exportRequestAction", ".json", "Cannot export the request body" },
        };
        for (const auto& e : exports) {
            shell.dialogs()->clearMessages();
            shell.dialogs()->setNextSaveFileName(nowhere);
            action(shell, e.action)->trigger();
            QTRY_COMPARE(shell.dialogs()->messages().size(), 1);
            const QString message = shell.dialogs()->messages().first();
            QVERIFY2(message.startsWith(QLatin1String(e.title) + QStringLiteral(": Could not write “") + nowhere
                         + QLatin1String(e.suffix) + QStringLiteral("”: ")),
                qPrintable(message));
        }
    }

    void droppedFilesOpen()
    {
        QTemporaryDir dir;
        QueryDocument document;
        document.metric.metricId = QStringLiteral("AbC123");
        document.metric.metricName = QStringLiteral("Clicked Email");
        document.metric.measurements = { Measurement::Unique };
        const QString path = dir.filePath(QStringLiteral("dropped.kmq"));
        QVERIFY(queryfile::save(document, path));
        MemoryCredentialStore keys;
        Shell shell(testOptions(&keys, false));
        shell.start();
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(shell.window(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(shell.window(), &drop);
        QCOMPARE(shell.window()->documentTabs()->count(), 1);
        QCOMPARE(shell.window()->currentDocument()->title(), QStringLiteral("dropped"));
        QCOMPARE(shell.window()->currentDocument()->editor()->query().metricName, QStringLiteral("Clicked Email"));
        // Opening it again switches to its tab instead of a second copy.
        QVERIFY(shell.window()->openFile(path));
        QCOMPARE(shell.window()->documentTabs()->count(), 1);
    }
};

QTEST_MAIN(TestDocumentFiles)
#include "tst_documentfiles.moc"
