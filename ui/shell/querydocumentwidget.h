// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apiparsers.h"
#include "query/queryfile.h"
#include "results/resultlabels.h"
#include "results/resultsnapshot.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QUndoStack;

namespace kx {

class AccountSession;
class MessageBanner;
class MetricQueryEditor;
class QueryRunner;
class ReportDocumentPane;
class ResultsWidget;
class WhyNoteWidget;

/**
 * One document tab: a metric query with its editor above its results (a splitter), a banner for
 * errors, notes and the run plan, and a progress row while it runs. A report document (issue #7)
 * shows a ReportDocumentPane instead, and every document-level call (title, modified state, run,
 * save) goes to it, so the tabs and the main window treat both kinds alike. Knows its file, whether it
 * has unsaved changes (the editor's undo stack plus view and snapshot changes), and how to turn
 * itself into a QueryDocument and back. Results stay until a run succeeds: a failed or cancelled
 * run leaves them intact.
 */
class QueryDocumentWidget : public QWidget
{
    Q_OBJECT

public:
    using SaveCallback = std::function<void(bool ok, const QString& error)>;

    explicit QueryDocumentWidget(AccountSession* session, QWidget* parent = nullptr);
    ~QueryDocumentWidget() override;

    /// A new query on @p metric with the profile's defaults (last 30 days, its interval, count).
    void newQuery(const std::optional<MetricInfo>& metric);
    /// A new report: @p query when given, else a @p type report with the profile's defaults.
    void newReport(ReportType type = ReportType::CampaignValues, const std::optional<ReportQuery>& query = std::nullopt);
    /// This document is a Reporting API report (reportPane() is on show).
    bool isReport() const { return m_isReport; }
    /// The report body; null until the document first becomes a report.
    ReportDocumentPane* reportPane() const { return m_report; }
    /// The undo stack of the editor on show (metric or report).
    QUndoStack* undoStack() const;
    /**
     * Shows @p document, read from @p path (empty: restored or imported). Its snapshot, if any,
     * is shown as saved results until the next run; a metric whose id the account does not know
     * is matched by name.
     */
    void setDocument(const QueryDocument& document, const QString& path);
    /// The document as it would be saved now (the snapshot only when "save results" is on).
    QueryDocument document() const;
    /// The document without the snapshot (cheap; for autosave).
    QueryDocument documentWithoutSnapshot() const;

    /**
     * The results snapshot for the autosave (compact JSON), when "save results" is on; else
     * empty. Serialised in a worker whenever the results change, so it may lag a fresh run by
     * a moment (until then the previous one is returned).
     */
    QByteArray autosaveSnapshot() const;

    /// Writes the document to @p path atomically; the snapshot is serialised in a worker.
    void save(const QString& path, SaveCallback callback);
    bool isSaving() const { return m_saving; }

    QString id() const { return m_id; }
    QString filePath() const { return m_path; }
    /// File name, or the metric's name, or "Untitled query".
    QString title() const;
    bool isModified() const;
    /// Marks the current state as saved (clean undo stack).
    void setSaved(const QString& path);
    /// The document differs from its file (restored from an autosave, matched metric…).
    void markModified() { setExtraModified(true); }

    bool saveResults() const { return m_saveResults; }
    void setSaveResults(bool save);
    /// The last result (from a run or the file's snapshot).
    bool hasResult() const;
    bool isShowingSnapshot() const { return m_showingSnapshot; }
    std::optional<ResultSnapshot> lastResult() const { return m_result; }

    void run();
    void cancel();
    bool isRunning() const;
    bool canRun() const;
    /// A report run waits for Klaviyo's daily quota to reset; cancel() drops it.
    bool isQueued() const;
    /// The last run error (Kind::None when the last run succeeded or none ran).
    ApiError lastError() const;

    /// Names of ids in dimension values, from the session's lookups.
    NameProvider nameProvider() const;

    MetricQueryEditor* editor() const { return m_editor; }
    ResultsWidget* results() const { return m_results; }
    MessageBanner* banner() const { return m_banner; }
    MessageBanner* notice() const { return m_notice; }
    QueryRunner* runner() const { return m_runner; }

Q_SIGNALS:
    void titleChanged();
    void modifiedChanged(bool modified);
    void runningChanged(bool running);
    void canRunChanged(bool canRun);
    /// A run finished with a result on show.
    void resultArrived();
    /// A run ended with an error on show (also for cancellation: never).
    void runFailed(const kx::ApiError& error);
    /// The user asked to run (Ctrl+Return inside the editor).
    void runRequested();
    /// The user asked to open the report equivalent to this metric query.
    void openReportRequested(const kx::ReportQuery& query);

private:
    void updateContext();
    void updateMetrics();
    void reconcileMetric();
    void startRun();
    void showProgress(int done, int planned, double waitingSeconds);
    void runSucceeded(const AggregateResult& result);
    void runFailedWith(const ApiError& error);
    void runCancelled();
    void setRunning(bool running);
    void showSnapshot(const QJsonObject& snapshot);
    void showSnapshotNotice();
    void setExtraModified(bool modified);
    void updateModified();
    void updateAutosaveSnapshot();
    QJsonObject viewObject() const;
    static QJsonObject comparableView(QJsonObject view);
    void applyNameProvider();
    void ensureReportPane();
    void setReportMode(bool report);
    void updateWhyNote();

    AccountSession* m_session;
    QString m_id;
    QString m_path;
    MetricQueryEditor* m_editor;
    ResultsWidget* m_results;
    MessageBanner* m_notice; ///< snapshot and metric-matching notes
    MessageBanner* m_banner; ///< errors, the run plan, cancellation
    QWidget* m_progressRow;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_cancelButton;
    QSplitter* m_splitter;
    QueryRunner* m_runner;
    WhyNoteWidget* m_why;
    ReportDocumentPane* m_report = nullptr;
    bool m_isReport = false;

    QJsonObject m_savedView; ///< comparableView() of the view as last saved or opened
    std::optional<ResultSnapshot> m_result;
    bool m_showingSnapshot = false;
    bool m_saveResults = false;
    bool m_extraModified = false;
    bool m_metricReconciled = true;
    bool m_saving = false;
    bool m_lastModified = false;
    quint64 m_snapshotGeneration = 0;
    QByteArray m_autosaveSnapshot; ///< see autosaveSnapshot()
    quint64 m_autosaveSnapshotFor = 0; ///< m_resultVersion that m_autosaveSnapshot serialises
    quint64 m_resultVersion = 0; ///< bumped whenever m_result changes
    ApiError m_lastError;
};

} // namespace kx
