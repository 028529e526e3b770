// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/autosavemanager.h"
#include "shell/dialogservice.h"
#include "shell/metriccache.h"
#include "shell/recentfiles.h"
#include "shell/shell.h"
#include "shell/statusbarwidget.h"
#include "shell/thememanager.h"
#include "api/apiratelimiter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace kx;

class TestShellServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // --- AutosaveManager ---------------------------------------------------------------

    void autosaveWritesOnlyListedDocuments()
    {
        QTemporaryDir root;
        AutosaveManager autosave(root.path());
        QList<AutosaveItem> items { { QStringLiteral("a1"), QStringLiteral("Orders"), QString(), "{\"a\":1}", {} },
            { QStringLiteral("b2"), QStringLiteral("Opens"), QStringLiteral("/tmp/opens.kmq"), "{\"b\":2}", {} } };
        autosave.setSource([&items] { return items; });
        QVERIFY(autosave.start());
        QSignalSpy saved(&autosave, &AutosaveManager::saved);
        autosave.saveNow();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toInt(), 2);
        QVERIFY(QFile::exists(autosave.sessionDir() + QStringLiteral("/a1.kmq")));
        items.removeFirst();
        autosave.saveNow();
        QVERIFY(!QFile::exists(autosave.sessionDir() + QStringLiteral("/a1.kmq")));
        QVERIFY(QFile::exists(autosave.sessionDir() + QStringLiteral("/b2.kmq")));
        // A live session is never offered for recovery, not even to itself.
        AutosaveManager other(root.path());
        QVERIFY(other.recoverable().isEmpty());
        autosave.finish();
        QVERIFY(!QDir(autosave.sessionDir()).exists());
        QVERIFY(other.recoverable().isEmpty());
    }

    void crashedSessionIsRecoverableThenDiscarded()
    {
        QTemporaryDir root;
        {
            AutosaveManager crashed(root.path());
            crashed.setSource([] {
                return QList<AutosaveItem> { { QStringLiteral("doc-1"), QStringLiteral("Revenue"),
                    QStringLiteral("/home/x/revenue.kmq"), "{\"kind\":\"metric-aggregate\"}", {} } };
            });
            QVERIFY(crashed.start());
            crashed.saveNow();
            crashed.abandon();
        }
        AutosaveManager next(root.path());
        QVERIFY(next.start());
        const QList<RecoveredDocument> docs = next.recoverable();
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().title, QStringLiteral("Revenue"));
        QCOMPARE(docs.first().originalPath, QStringLiteral("/home/x/revenue.kmq"));
        QCOMPARE(docs.first().content, QByteArray("{\"kind\":\"metric-aggregate\"}"));
        QVERIFY(docs.first().savedAt.isValid());
        next.discardRecoverable();
        QVERIFY(next.recoverable().isEmpty());
        QVERIFY(QDir(next.sessionDir()).exists());
        next.finish();
        QCOMPARE(QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
    }

    void autosaveReportsWriteFailures()
    {
        QTemporaryDir root;
        AutosaveManager autosave(root.path());
        autosave.setSource(
            [] { return QList<AutosaveItem> { { QStringLiteral("x"), QStringLiteral("X"), QString(), "{}", {} } }; });
        QVERIFY(autosave.start());
        // Replace the session folder by a plain file: every write into it fails (even as root).
        QVERIFY(QDir(autosave.sessionDir()).removeRecursively());
        QFile blocker(autosave.sessionDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy failed(&autosave, &AutosaveManager::failed);
        autosave.saveNow();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    }

    void autosaveTimerWritesWithoutBeingAsked()
    {
        QTemporaryDir root;
        AutosaveManager autosave(root.path());
        int collected = 0;
        autosave.setSource([&collected] {
            ++collected;
            return QList<AutosaveItem> {
                { QStringLiteral("t1"), QStringLiteral("Timed"), QString(), "{\"t\":1}", {} },
            };
        });
        autosave.setIntervalMs(50);
        QVERIFY(autosave.start());
        QSignalSpy saved(&autosave, &AutosaveManager::saved);
        QVERIFY(saved.wait(5000)); // no saveNow(): the timer did it
        QVERIFY(collected >= 1);
        QVERIFY(QFile::exists(autosave.sessionDir() + QStringLiteral("/t1.kmq")));
        autosave.finish();
        const int after = collected;
        QTest::qWait(150); // three intervals: a stopped timer collects nothing more
        QCOMPARE(collected, after);
    }

    void autosaveDefaultsAreEveryFewSecondsInAppData()
    {
        QVERIFY(ShellOptions {}.autosaveIntervalMs > 0);
        QVERIFY(ShellOptions {}.autosaveIntervalMs <= 10000);
        QVERIFY(AutosaveManager(QStringLiteral("/nonexistent")).intervalMs() <= 10000);
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(!appData.isEmpty());
        QVERIFY2(Shell::autosaveDirectory().startsWith(appData + u'/'), qPrintable(Shell::autosaveDirectory()));
    }

    void autosaveKeepsTheSnapshotBesideTheDocument()
    {
        QTemporaryDir root;
        const QByteArray snapshot = "{\"dates\":[\"2024-06-14T00:00:00Z\"]}";
        AutosaveItem item { QStringLiteral("s1"), QStringLiteral("Kept"), QStringLiteral("/tmp/kept.kmq"),
            "{\"format\":\"klaviyo-explorer-query\",\"version\":1}", snapshot };
        {
            AutosaveManager crashed(root.path());
            crashed.setSource([&item] { return QList<AutosaveItem> { item }; });
            QVERIFY(crashed.start());
            crashed.saveNow();
            const QString snapshotFile = crashed.sessionDir() + QStringLiteral("/s1.snapshot.json");
            QVERIFY(QFile::exists(snapshotFile));
            // Written once: an unchanged snapshot is not rewritten at the next tick.
            QFile::remove(snapshotFile);
            crashed.saveNow();
            QVERIFY(!QFile::exists(snapshotFile));
            item.snapshot = "{\"dates\":[]}";
            crashed.saveNow();
            QVERIFY(QFile::exists(snapshotFile));
            item.snapshot.clear(); // results no longer kept: the file goes
            crashed.saveNow();
            QVERIFY(!QFile::exists(snapshotFile));
            item.snapshot = snapshot;
            crashed.saveNow();
            crashed.abandon();
        }
        AutosaveManager next(root.path());
        const QList<RecoveredDocument> docs = next.recoverable();
        QCOMPARE(docs.size(), 1);
        const QJsonObject content = QJsonDocument::fromJson(docs.first().content).object();
        QCOMPARE(content.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(content.value(QStringLiteral("snapshot")).toObject(), QJsonDocument::fromJson(snapshot).object());
        next.discardRecoverable();
    }

    // --- RecentFiles ---------------------------------------------------------------------

    void recentFilesAreNewestFirstUniqueAndBounded()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        RecentFiles recent(&settings);
        QSignalSpy changed(&recent, &RecentFiles::changed);
        for (int i = 0; i < RecentFiles::kMaxFiles + 3; ++i) {
            QFile f(dir.filePath(QStringLiteral("q%1.kmq").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            recent.add(f.fileName());
        }
        QCOMPARE(recent.files().size(), RecentFiles::kMaxFiles);
        QVERIFY(recent.files().first().endsWith(QStringLiteral("q12.kmq")));
        recent.add(dir.filePath(QStringLiteral("q5.kmq")));
        QVERIFY(recent.files().first().endsWith(QStringLiteral("q5.kmq")));
        QCOMPARE(recent.files().count(recent.files().first()), 1);
        QFile::remove(dir.filePath(QStringLiteral("q12.kmq")));
        recent.pruneMissing();
        QVERIFY(!recent.files().join(u'|').contains(QStringLiteral("q12.kmq")));
        // Persisted: a new instance on the same settings sees the same list.
        RecentFiles again(&settings);
        QCOMPARE(again.files(), recent.files());
        recent.clear();
        QVERIFY(recent.files().isEmpty());
        QVERIFY(changed.count() >= RecentFiles::kMaxFiles + 4);
    }

    // --- DialogService -------------------------------------------------------------------

    void dialogSeamsAnswerInOrderFromTheEventLoop()
    {
        DialogService dialogs;
        dialogs.setInteractive(false);
        dialogs.setNextSaveFileName(QStringLiteral("/tmp/a.kmq"));
        dialogs.setNextAnswer(QMessageBox::Discard);
        QString saved = QStringLiteral("unset");
        dialogs.getSaveFileName(nullptr, QStringLiteral("Save"), QString(), QString(), this,
            [&saved](const QString& path) { saved = path; });
        QCOMPARE(saved, QStringLiteral("unset")); // never inside the call
        QTRY_COMPARE(saved, QStringLiteral("/tmp/a.kmq"));
        QMessageBox::StandardButton answer = QMessageBox::NoButton;
        dialogs.ask(nullptr, QMessageBox::Question, QStringLiteral("Unsaved"), QStringLiteral("Save?"), QString(),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, this,
            [&answer](QMessageBox::StandardButton b) { answer = b; });
        QTRY_COMPARE(answer, QMessageBox::Discard);
        // Nothing queued and not interactive: the escape answer, and a cancelled file dialog.
        dialogs.ask(nullptr, QMessageBox::Question, QStringLiteral("Q"), QStringLiteral("Again?"), QString(),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, this,
            [&answer](QMessageBox::StandardButton b) { answer = b; });
        QTRY_COMPARE(answer, QMessageBox::Cancel);
        saved = QStringLiteral("unset");
        dialogs.getOpenFileName(nullptr, QStringLiteral("Open"), QString(), QString(), this,
            [&saved](const QString& path) { saved = path; });
        QTRY_VERIFY(saved.isEmpty());
        dialogs.inform(nullptr, QMessageBox::Warning, QStringLiteral("Oops"), QStringLiteral("Bad file"));
        QCOMPARE(dialogs.messages(),
            (QStringList { QStringLiteral("Unsaved: Save?"), QStringLiteral("Q: Again?"), QStringLiteral("Oops: Bad file") }));
    }

    void dialogCallbackIsDroppedWhenContextDies()
    {
        DialogService dialogs;
        dialogs.setInteractive(false);
        dialogs.setNextOpenFileName(QStringLiteral("/tmp/x.kmq"));
        bool called = false;
        auto* context = new QObject;
        dialogs.getOpenFileName(nullptr, QStringLiteral("Open"), QString(), QString(), context, [&called](const QString&) { called = true; });
        delete context;
        QTest::qWait(20);
        QVERIFY(!called);
    }

    // --- MetricCache ---------------------------------------------------------------------

    void metricCacheRoundTripsPerProfile()
    {
        QTemporaryDir dir;
        MetricCache cache(dir.filePath(QStringLiteral("metrics")));
        QVERIFY(!cache.load(QStringLiteral("p1")));
        MetricInfo m;
        m.id = QStringLiteral("RESQ6t");
        m.name = QStringLiteral("Placed Order");
        m.integrationId = QStringLiteral("0eMvjm");
        m.integrationName = QStringLiteral("Shopify");
        m.integrationCategory = QStringLiteral("eCommerce");
        m.created = QDateTime(QDate(2022, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        MetricCache::Entry entry { { m }, QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc()) };
        QVERIFY(cache.save(QStringLiteral("p1"), entry));
        const auto back = cache.load(QStringLiteral("p1"));
        QVERIFY(back);
        QCOMPARE(back->metrics, entry.metrics);
        QCOMPARE(back->refreshedAt, entry.refreshedAt);
        QVERIFY(!cache.load(QStringLiteral("p2")));
        // A profile id cannot reach outside the folder.
        QVERIFY(cache.save(QStringLiteral("../../evil"), entry));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
        cache.remove(QStringLiteral("p1"));
        QVERIFY(!cache.load(QStringLiteral("p1")));
    }

    // --- StatusBarWidget -----------------------------------------------------------------

    void rateLimitMeterCountsDownWhileARunWaits()
    {
        qint64 now = 1000000;
        ApiRateLimiter limiter;
        limiter.setClock([&now] { return now; });
        limiter.setRevision(QStringLiteral("2026-07-15"));
        StatusBarWidget status;
        status.setRateLimiter(&limiter);
        QCOMPARE(status.meterText(), QStringLiteral("Queries 60/60  ·  Metrics 150/150"));
        limiter.recordSent(EndpointFamily::MetricAggregates);
        limiter.recordSent(EndpointFamily::Metrics);
        QCOMPARE(status.meterText(), QStringLiteral("Queries 59/60  ·  Metrics 149/150"));
        QVERIFY(status.waitText().isEmpty());

        // A 429 blocks the family for 2.5 s: while a run is busy the wait is shown and counts down.
        limiter.blockUntil(EndpointFamily::MetricAggregates, now + 2500);
        status.setBusy(true);
        QCOMPARE(status.waitText(), QStringLiteral("Waiting 2.5 s for Klaviyo's limits"));
        now += 1000;
        QTRY_COMPARE(status.waitText(), QStringLiteral("Waiting 1.5 s for Klaviyo's limits"));
        now += 2000;
        QTRY_VERIFY(status.waitText().isEmpty());
        status.setBusy(false);

        status.setProfile(QStringLiteral("My shop"), false);
        status.setRevision(QStringLiteral("2024-10-15"));
        status.setConnectionState(AccountSession::ConnectionState::KeyRejected, QStringLiteral("Wrong key"));
        QCOMPARE(status.profileText(), QStringLiteral("My shop"));
        QCOMPARE(status.revisionText(), QStringLiteral("API 2024-10-15"));
        QCOMPARE(status.connectionText(), QStringLiteral("Key rejected"));
        status.setRateLimiter(nullptr);
        QVERIFY(status.meterText().isEmpty());
    }

    // --- ThemeManager --------------------------------------------------------------------

    void themesSwitchPalettesAndBack()
    {
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        ThemeManager theme;
        QSignalSpy changed(&theme, &ThemeManager::themeChanged);
        theme.setTheme(ThemeManager::Theme::Dark);
        QVERIFY(ThemeManager::isDark(QApplication::palette()));
        theme.setTheme(ThemeManager::Theme::Light);
        QVERIFY(!ThemeManager::isDark(QApplication::palette()));
        theme.setTheme(ThemeManager::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(ThemeManager::themeFromKey(ThemeManager::themeKey(ThemeManager::Theme::Dark)), ThemeManager::Theme::Dark);
        QCOMPARE(ThemeManager::themeFromKey(QStringLiteral("purple")), ThemeManager::Theme::System);
    }
};

QTEST_MAIN(TestShellServices)
#include "tst_shellservices.moc"
