// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "api/apierror.h"
#include "query/reportquery.h"
#include "results/reportresult.h"
#include "settings/reportquota.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QUndoStack;

namespace kx {

class AccountSession;
class EntityListFetcher;
class MessageBanner;
class NameLookup;
class ReportQueryEditor;
class ReportResultsWidget;
class ReportRun;
class WhyNoteWidget;

/**
 * The body of a report document tab: the report editor above its results, with the cost and the
 * day's quota use before running, a banner for errors and warnings, a progress row while it runs,
 * and the "Why doesn't this match Klaviyo?" note. Runs go through ReportRun on the session's
 * client; the pages are parsed in a worker and ids are looked up as names afterwards.
 *
 * Quota (digest §5, §7.3): each report request is counted per profile in ReportQuotaStore. A run
 * that would go over the 225 a day is not sent without confirmation. A 429 whose Retry-After is
 * long (the daily quota is spent) says when it resets and queues the run until then; the queued
 * run can be cancelled.
 */
class ReportDocumentPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReportDocumentPane(AccountSession* session, QWidget* parent = nullptr);
    ~ReportDocumentPane() override;

    /// A new report with the profile's remembered conversion metric (else Placed Order).
    void newReport(ReportType type = ReportType::CampaignValues);
    void setQuery(const ReportQuery& query);
    ReportQuery query() const;
    /// What the document saves under "view" (chart statistic, table or chart) and restores.
    QJsonObject viewObject() const;
    void applyView(const QJsonObject& view);

    void run();
    void cancel();
    bool isRunning() const;
    bool canRun() const;
    /// A run waits for the quota to reset (after a long Retry-After).
    bool isQueued() const;
    /// When the queued run starts (UTC ms); 0 when none is queued.
    qint64 queuedUntilUtcMs() const
    {
        return m_queuedUntil;
    }
    ApiError lastError() const
    {
        return m_lastError;
    }
    /// "1 report request · 3 of 225 used today on this profile" (translated).
    QString costText() const;

    ReportQueryEditor* editor() const
    {
        return m_editor;
    }
    ReportResultsWidget* results() const
    {
        return m_results;
    }
    MessageBanner* banner() const
    {
        return m_banner;
    }
    WhyNoteWidget* whyNote() const
    {
        return m_why;
    }
    QUndoStack* undoStack() const;
    ReportQuotaStore* quota()
    {
        return &m_quota;
    }
    /// The settings key remembering the conversion metric of @p profileId.
    static QString conversionMetricKey(const QString& profileId);

Q_SIGNALS:
    void queryChanged();
    void runningChanged(bool running);
    void canRunChanged(bool canRun);
    void resultArrived();
    void runFailed(const kx::ApiError& error);
    /// Names of ids in the result were added to the session's cache.
    void namesResolved();

private:
    void updateContext();
    void updateCost();
    void updateWhy();
    void startRun();
    void runFinished();
    void parsed(std::optional<ReportResult> result, const QString& error);
    void failWith(const ApiError& error);
    void queueUntil(qint64 resetUtcMs);
    void setRunning(bool running);
    void resolveNames(const ReportResult& result);
    void applyNames();
    void fetchEntityNames();
    QString profileId() const;

    QPointer<AccountSession> m_session;
    ReportQuotaStore m_quota;
    ReportQueryEditor* m_editor;
    ReportResultsWidget* m_results;
    MessageBanner* m_banner;
    WhyNoteWidget* m_why;
    QLabel* m_cost;
    QWidget* m_progressRow;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_cancelButton;
    QSplitter* m_splitter;
    QTimer* m_queueTimer;
    QPointer<ReportRun> m_run;
    QPointer<NameLookup> m_lookup;
    QPointer<EntityListFetcher> m_entities;
    int m_recorded = 0; ///< requests of the current run already counted in the quota
    qint64 m_queuedUntil = 0;
    quint64 m_generation = 0;
    bool m_parsing = false;
    ApiError m_lastError;
    QHash<int, QHash<QString, QString>> m_knownNames; ///< NameKind → id → name, for the filter pickers
};

} // namespace kx
