// SPDX-License-Identifier: GPL-3.0-or-later
#include "shelltesthelpers.h"

#include "auth/memorycredentialstore.h"
#include "editor/metricqueryeditor.h"
#include "mainwindow.h"
#include "query/queryfile.h"
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
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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
