// SPDX-License-Identifier: GPL-3.0-or-later
#include "querydocumentwidget.h"

#include "accountsession.h"
#include "api/apiclient.h"
#include "dimensionnames.h"
#include "editor/metricqueryeditor.h"
#include "editor/reportlabels.h"
#include "editor/reportqueryeditor.h"
#include "messagebanner.h"
#include "queryrunner.h"
#include "reports/reportdocumentpane.h"
#include "reports/reportresultswidget.h"
#include "reports/whynote.h"
#include "reports/whynotewidget.h"
#include "results/resultchartview.h"
#include "results/resultswidget.h"
#include "resultsviewstate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kx {

namespace {
const QString kSaveResultsKey = QStringLiteral("saveResults");

struct SaveOutcome {
    bool ok = false;
    QString error;
};

struct ParsedSnapshot {
    std::optional<ResultSnapshot> snapshot;
    QString error;
};
} // namespace

QueryDocumentWidget::QueryDocumentWidget(AccountSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_editor(new MetricQueryEditor(this))
    , m_results(new ResultsWidget(this))
    , m_notice(new MessageBanner(this))
    , m_banner(new MessageBanner(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_cancelButton(new QPushButton(tr("Cancel"), m_progressRow))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_runner(new QueryRunner(session, this))
    , m_why(new WhyNoteWidget(this))
{
    setObjectName(QStringLiteral("queryDocument"));
    m_editor->setObjectName(QStringLiteral("metricQueryEditor"));
    m_results->setObjectName(QStringLiteral("resultsWidget"));
    m_notice->setObjectName(QStringLiteral("documentNotice"));
    m_banner->setObjectName(QStringLiteral("documentBanner"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progressLabel->setObjectName(QStringLiteral("runProgressLabel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->setToolTip(tr("Stop the run; the results on show stay as they are (Esc)"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);

    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(10);
    progressLayout->addWidget(m_progress, 2);
    progressLayout->addWidget(m_progressLabel, 3);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();

    m_splitter->setObjectName(QStringLiteral("documentSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_notice);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_why);

    applyNameProvider();
    updateContext();
    updateMetrics();
    updateWhyNote();
    m_savedView = comparableView(viewObject());
    m_lastModified = isModified();

    const auto checkModified = [this] { updateModified(); };
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, checkModified);
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, checkModified);
    connect(m_editor, &MetricQueryEditor::queryChanged, this, [this, checkModified] {
        // A plan shown for the previous state of the query no longer applies.
        if (m_runner->isPrepared()) {
            m_runner->discard();
            m_banner->dismiss();
        }
        checkModified();
        updateWhyNote();
        Q_EMIT titleChanged();
    });
    connect(m_why, &WhyNoteWidget::actionTriggered, this, [this] {
        if (!m_isReport && whynote::hasEquivalentReport(m_editor->query()))
            Q_EMIT openReportRequested(whynote::equivalentReport(m_editor->query()));
    });
    connect(m_editor, &MetricQueryEditor::validationChanged, this, [this](bool) { Q_EMIT canRunChanged(canRun()); });
    connect(m_editor, &MetricQueryEditor::runRequested, this, &QueryDocumentWidget::run);
    connect(m_results->chartView(), &ResultChartView::hiddenSeriesChanged, this, checkModified);
    for (const char* name : { "chartTypeCombo", "layoutCombo" }) {
        if (auto* combo = m_results->findChild<QComboBox*>(QString::fromLatin1(name)))
            connect(combo, &QComboBox::currentIndexChanged, this, checkModified);
    }
    if (auto* spin = m_results->findChild<QSpinBox*>(QStringLiteral("topNSpin")))
        connect(spin, &QSpinBox::valueChanged, this, checkModified);

    connect(m_banner, &MessageBanner::actionTriggered, this, [this](const QString& id) {
        if (id == u"runPlan") {
            startRun();
        } else if (id == u"cancelPlan") {
            m_runner->discard();
            m_banner->dismiss();
        } else if (id == u"focusField") {
            m_editor->focusField(m_lastError.sourceField());
        }
    });
    connect(m_notice, &MessageBanner::actionTriggered, this, [this](const QString& id) {
        if (id == u"runNow")
            run();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &QueryDocumentWidget::cancel);

    connect(m_runner, &QueryRunner::progress, this, &QueryDocumentWidget::showProgress);
    connect(m_runner, &QueryRunner::succeeded, this, &QueryDocumentWidget::runSucceeded);
    connect(m_runner, &QueryRunner::failed, this, &QueryDocumentWidget::runFailedWith);
    connect(m_runner, &QueryRunner::cancelled, this, &QueryDocumentWidget::runCancelled);
    connect(m_runner, &QueryRunner::namesResolved, this, &QueryDocumentWidget::applyNameProvider);

    connect(session, &AccountSession::profileChanged, this, [this] {
        updateContext();
        updateWhyNote();
    });
    connect(session, &AccountSession::metricsChanged, this, [this] {
        updateMetrics();
        reconcileMetric();
    });
    connect(session, &AccountSession::scopesChanged, this, [this] { Q_EMIT canRunChanged(canRun()); });
}

QueryDocumentWidget::~QueryDocumentWidget()
{
    // The editor and its undo stack outlive this destructor (QWidget deletes children later);
    // the stack's clear() on destruction must not call back into this half-destroyed object.
    disconnect(m_editor->undoStack(), nullptr, this, nullptr);
    disconnect(m_editor, nullptr, this, nullptr);
    if (m_report) {
        disconnect(m_report->undoStack(), nullptr, this, nullptr);
        disconnect(m_report, nullptr, this, nullptr);
    }
}

void QueryDocumentWidget::ensureReportPane()
{
    if (m_report)
        return;
    m_report = new ReportDocumentPane(m_session, this);
    static_cast<QVBoxLayout*>(layout())->addWidget(m_report, 1);
    m_report->hide();
    const auto checkModified = [this] { updateModified(); };
    connect(m_report->undoStack(), &QUndoStack::cleanChanged, this, checkModified);
    connect(m_report->undoStack(), &QUndoStack::indexChanged, this, checkModified);
    connect(m_report, &ReportDocumentPane::queryChanged, this, [this, checkModified] {
        checkModified();
        Q_EMIT titleChanged();
    });
    connect(m_report, &ReportDocumentPane::canRunChanged, this, [this](bool) { Q_EMIT canRunChanged(canRun()); });
    connect(m_report, &ReportDocumentPane::runningChanged, this, &QueryDocumentWidget::runningChanged);
    connect(m_report, &ReportDocumentPane::resultArrived, this, &QueryDocumentWidget::resultArrived);
    connect(m_report, &ReportDocumentPane::runFailed, this, &QueryDocumentWidget::runFailed);
}

void QueryDocumentWidget::setReportMode(bool report)
{
    if (report)
        ensureReportPane();
    m_isReport = report;
    if (report) {
        m_notice->hide();
        m_banner->hide();
        m_progressRow->hide();
        m_splitter->hide();
        m_why->hide();
        m_report->show();
    } else {
        m_splitter->show();
        m_why->show();
        if (m_report)
            m_report->hide();
    }
    updateWhyNote();
}

void QueryDocumentWidget::updateWhyNote()
{
    if (m_isReport)
        return;
    const MetricQuery query = m_editor->query();
    const QString zone = m_session->hasProfile() ? m_session->profile().defaultTimezone : QStringLiteral("UTC");
    m_why->setNotes(whynote::forMetricQuery(query, zone));
    m_why->setActionText(whynote::hasEquivalentReport(query)
            ? (query.by.contains(QStringLiteral("$flow")) ? tr("Open the flow report") : tr("Open the campaign report"))
            : QString());
}

QUndoStack* QueryDocumentWidget::undoStack() const
{
    return m_isReport ? m_report->undoStack() : m_editor->undoStack();
}

void QueryDocumentWidget::newReport(ReportType type, const std::optional<ReportQuery>& query)
{
    setReportMode(true);
    m_report->newReport(query ? query->type : type);
    if (query) {
        ReportQuery q = *query;
        if (q.conversionMetricId.isEmpty())
            q.conversionMetricId = m_report->query().conversionMetricId;
        m_report->setQuery(q);
    }
    m_path.clear();
    m_extraModified = false;
    m_lastModified = isModified();
    Q_EMIT titleChanged();
}

NameProvider QueryDocumentWidget::nameProvider() const
{
    QPointer<AccountSession> session(m_session);
    return [session](const QString& dimension, const QString& value) -> QString {
        if (!session)
            return {};
        const auto kind = nameKindForDimension(dimension, value);
        if (!kind)
            return {};
        const QString name = session->cachedName(*kind, value);
        // A message id shaped like a campaign's may be a flow message's (see QueryRunner).
        if (name.isEmpty() && *kind == NameKind::Campaign)
            return session->cachedName(NameKind::FlowMessage, value);
        return name;
    };
}

void QueryDocumentWidget::applyNameProvider()
{
    m_results->setNameProvider(nameProvider());
}

void QueryDocumentWidget::updateContext()
{
    EditorContext context;
    const Profile& profile = m_session->profile();
    if (m_session->hasProfile()) {
        context.revision = profile.revision;
        context.defaultTimezone = profile.defaultTimezone;
        context.defaultInterval = profile.defaultInterval;
        context.baseUrl = profile.baseUrl;
    }
    QPointer<AccountSession> session(m_session);
    context.now = [session] { return session ? session->now() : QDateTime::currentMSecsSinceEpoch(); };
    m_editor->setContext(context);
}

void QueryDocumentWidget::updateMetrics()
{
    m_editor->setMetrics(m_session->metrics());
}

void QueryDocumentWidget::newQuery(const std::optional<MetricInfo>& metric)
{
    setReportMode(false);
    MetricQuery query;
    if (metric) {
        query.metricId = metric->id;
        query.metricName = metric->name;
        query.integrationName = metric->integrationName;
    }
    query.measurements = { Measurement::Count };
    query.range.kind = DateRange::Kind::Preset;
    query.range.preset = RangePreset::Last30Days;
    if (m_session->hasProfile()) {
        query.interval = m_session->profile().defaultInterval;
        query.timezone = m_session->profile().defaultTimezone;
    }
    m_editor->setQuery(query);
    updateWhyNote();
    m_path.clear();
    m_extraModified = false;
    m_savedView = comparableView(viewObject());
    m_metricReconciled = true;
    m_lastModified = isModified();
    Q_EMIT titleChanged();
}

void QueryDocumentWidget::setDocument(const QueryDocument& document, const QString& path)
{
    if (document.kind == QueryDocument::Kind::Report) {
        setReportMode(true);
        m_path = path;
        m_report->setQuery(document.report);
        m_report->applyView(document.view);
        m_saveResults = false; // report results are not kept in files (yet)
        m_extraModified = false;
        m_lastModified = isModified();
        Q_EMIT modifiedChanged(m_lastModified);
        Q_EMIT titleChanged();
        return;
    }
    setReportMode(false);
    m_path = path;
    m_editor->setQuery(document.metric);
    m_saveResults = document.view.value(kSaveResultsKey).toBool();
    resultsviewstate::apply(m_results, document.view);
    m_savedView = comparableView(viewObject());
    m_extraModified = false;
    m_result.reset();
    ++m_resultVersion;
    m_autosaveSnapshot.clear();
    m_showingSnapshot = false;
    m_notice->dismiss();
    m_banner->dismiss();
    m_metricReconciled = false;
    reconcileMetric();
    if (!document.snapshot.isEmpty())
        showSnapshot(document.snapshot);
    updateWhyNote();
    m_lastModified = isModified();
    Q_EMIT modifiedChanged(m_lastModified);
    Q_EMIT titleChanged();
}

void QueryDocumentWidget::showSnapshot(const QJsonObject& snapshot)
{
    const quint64 generation = ++m_snapshotGeneration;
    auto* watcher = new QFutureWatcher<ParsedSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_snapshotGeneration || m_result)
            return; // a newer document or a real run came first
        const ParsedSnapshot parsed = watcher->result();
        if (!parsed.snapshot) {
            m_notice->showMessage(MessageBanner::Kind::Warning,
                tr("The results saved in this file could not be read. Run the query to see results."), parsed.error);
            return;
        }
        m_result = parsed.snapshot;
        ++m_resultVersion;
        m_showingSnapshot = true;
        m_results->setResult(m_result->result);
        showSnapshotNotice();
        updateAutosaveSnapshot();
    });
    watcher->setFuture(QtConcurrent::run([snapshot] {
        ParsedSnapshot parsed;
        parsed.snapshot = resultsnapshot::fromJson(snapshot, &parsed.error);
        return parsed;
    }));
}

void QueryDocumentWidget::showSnapshotNotice()
{
    if (!m_result)
        return;
    const ResultProvenance& p = m_result->provenance;
    const QString when = p.ranAt.isValid() ? QLocale().toString(p.ranAt.toLocalTime(), QLocale::ShortFormat) : tr("an unknown date");
    const QString account = p.profileName.isEmpty() ? tr("an unknown account") : p.profileName;
    m_notice->showMessage(MessageBanner::Kind::Snapshot,
        tr("Saved results from %1 on %2. This is a snapshot, not live data.").arg(when, account),
        tr("API revision %1, app version %2. Run the query to refresh it.")
            .arg(p.revision.isEmpty() ? tr("unknown") : p.revision, p.appVersion.isEmpty() ? tr("unknown") : p.appVersion));
    m_notice->addAction(QStringLiteral("runNow"), tr("Run now"));
}

void QueryDocumentWidget::reconcileMetric()
{
    if (m_metricReconciled || m_session->metrics().isEmpty())
        return;
    m_metricReconciled = true;
    MetricQuery query = m_editor->query();
    if (query.metricId.isEmpty() || m_session->metric(query.metricId))
        return;
    const auto match = query.metricName.isEmpty() ? std::nullopt : m_session->metricByName(query.metricName, query.integrationName);
    if (!match) {
        m_notice->showMessage(MessageBanner::Kind::Warning,
            tr("This account has no metric “%1” (id %2). Choose a metric in the editor before running.")
                .arg(query.metricName.isEmpty() ? tr("unnamed") : query.metricName, query.metricId));
        return;
    }
    const QString oldId = query.metricId;
    // The user may have edited before the account's metrics arrived: keep that undo history.
    m_editor->replaceMetric(oldId, match->id, match->name, match->integrationName);
    m_notice->showMessage(MessageBanner::Kind::Info,
        tr("The metric “%1” was matched by name: its id in this file (%2) is not in this account, so the query now uses %3.")
            .arg(match->name, oldId, match->id),
        tr("Save the file to keep the new id."));
    // The document differs from its file now.
    setExtraModified(true);
}

void QueryDocumentWidget::setExtraModified(bool modified)
{
    m_extraModified = modified;
    updateModified();
}

void QueryDocumentWidget::updateModified()
{
    const bool now = isModified();
    if (now != m_lastModified) {
        m_lastModified = now;
        Q_EMIT modifiedChanged(now);
        Q_EMIT titleChanged();
    }
}

QJsonObject QueryDocumentWidget::viewObject() const
{
    QJsonObject view = resultsviewstate::capture(m_results);
    if (m_saveResults)
        view.insert(kSaveResultsKey, true);
    return view;
}

QueryDocument QueryDocumentWidget::documentWithoutSnapshot() const
{
    QueryDocument document;
    if (m_isReport) {
        document.kind = QueryDocument::Kind::Report;
        document.report = m_report->query();
        document.view = m_report->viewObject();
        return document;
    }
    document.kind = QueryDocument::Kind::MetricAggregate;
    document.metric = m_editor->query();
    document.view = viewObject();
    return document;
}

QueryDocument QueryDocumentWidget::document() const
{
    QueryDocument document = documentWithoutSnapshot();
    if (m_saveResults && m_result && !m_isReport)
        document.snapshot = resultsnapshot::toJson(*m_result);
    return document;
}

void QueryDocumentWidget::save(const QString& path, SaveCallback callback)
{
    QueryDocument document = documentWithoutSnapshot();
    std::optional<ResultSnapshot> snapshot;
    if (m_saveResults && !m_isReport)
        snapshot = m_result;
    const int undoIndex = undoStack()->index();
    m_saving = true;
    auto* watcher = new QFutureWatcher<SaveOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, undoIndex, callback] {
        watcher->deleteLater();
        m_saving = false;
        const SaveOutcome outcome = watcher->result();
        if (outcome.ok) {
            if (undoStack()->index() == undoIndex)
                setSaved(path);
            else
                m_path = path; // edited while saving: the file lacks the latest edits
            Q_EMIT titleChanged();
        }
        callback(outcome.ok, outcome.error);
    });
    // Serialising a large snapshot takes a while: do it and the write off the UI thread.
    watcher->setFuture(QtConcurrent::run([document, snapshot, path]() mutable {
        if (snapshot)
            document.snapshot = resultsnapshot::toJson(*snapshot);
        SaveOutcome outcome;
        outcome.ok = queryfile::save(document, path, &outcome.error);
        return outcome;
    }));
}

void QueryDocumentWidget::setSaved(const QString& path)
{
    m_path = path;
    undoStack()->setClean();
    m_savedView = comparableView(viewObject());
    setExtraModified(false);
    Q_EMIT titleChanged();
}

QString QueryDocumentWidget::title() const
{
    if (!m_path.isEmpty())
        return QFileInfo(m_path).completeBaseName();
    if (m_isReport)
        return tr("%1 report").arg(reportlabels::typeLabel(m_report->query().type));
    const QString name = m_editor->query().metricName;
    return name.isEmpty() ? tr("Untitled query") : name;
}

bool QueryDocumentWidget::isModified() const
{
    if (m_isReport)
        return !m_report->undoStack()->isClean() || m_extraModified;
    return !m_editor->undoStack()->isClean() || m_extraModified || comparableView(viewObject()) != m_savedView;
}

QJsonObject QueryDocumentWidget::comparableView(QJsonObject view)
{
    // Looking at the chart instead of the table is not an edit.
    view.remove(QStringLiteral("tab"));
    return view;
}

void QueryDocumentWidget::setSaveResults(bool save)
{
    if (save == m_saveResults)
        return;
    m_saveResults = save;
    updateModified();
    updateAutosaveSnapshot();
}

QByteArray QueryDocumentWidget::autosaveSnapshot() const
{
    return m_saveResults && !m_isReport ? m_autosaveSnapshot : QByteArray();
}

void QueryDocumentWidget::updateAutosaveSnapshot()
{
    if (!m_saveResults || !m_result || m_autosaveSnapshotFor == m_resultVersion)
        return;
    const quint64 version = m_resultVersion;
    auto* watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, version] {
        watcher->deleteLater();
        if (version != m_resultVersion)
            return; // newer results came meanwhile; their own serialisation follows
        m_autosaveSnapshot = watcher->result();
        m_autosaveSnapshotFor = version;
    });
    // A large snapshot takes a while to serialise: off the UI thread, once per result.
    watcher->setFuture(QtConcurrent::run([snapshot = *m_result] {
        return QJsonDocument(resultsnapshot::toJson(snapshot)).toJson(QJsonDocument::Compact);
    }));
}

bool QueryDocumentWidget::hasResult() const
{
    return m_isReport ? m_report->results()->hasResult() : m_result.has_value();
}

ApiError QueryDocumentWidget::lastError() const
{
    return m_isReport ? m_report->lastError() : m_lastError;
}

bool QueryDocumentWidget::isQueued() const
{
    return m_isReport && m_report->isQueued();
}

bool QueryDocumentWidget::isRunning() const
{
    return m_isReport ? m_report->isRunning() : m_runner->isRunning();
}

bool QueryDocumentWidget::canRun() const
{
    if (m_isReport)
        return m_report->canRun();
    return m_editor->canRun() && m_session->scopeBlockReason(EndpointFamily::Metrics).isEmpty();
}

void QueryDocumentWidget::run()
{
    if (m_isReport) {
        m_report->run();
        return;
    }
    if (isRunning())
        return;
    // Run pressed again while the plan is on show: that is the confirmation.
    if (m_runner->isPrepared() && !m_banner->isHidden()) {
        startRun();
        return;
    }
    m_banner->dismiss();
    if (!m_editor->canRun()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This query cannot run yet."),
            tr("Fix the problems marked in the editor, then run it again."));
        return;
    }
    if (const QString reason = m_session->scopeBlockReason(EndpointFamily::Metrics); !reason.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This API key cannot read metrics."), reason);
        return;
    }
    QString error;
    if (!m_runner->prepare(m_editor->query(), &error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This query cannot run yet."), error);
        return;
    }
    if (m_runner->isTrivialPlan()) {
        startRun();
        return;
    }
    m_banner->showMessage(MessageBanner::Kind::Info,
        tr("This query runs as %1.").arg(QueryRunner::planText(m_runner->plan())),
        tr("Klaviyo limits how fast queries may be sent; the app paces them for you and shows the progress."));
    m_banner->addAction(QStringLiteral("runPlan"), tr("Run"), true);
    m_banner->addAction(QStringLiteral("cancelPlan"), tr("Not now"));
}

void QueryDocumentWidget::startRun()
{
    if (!m_runner->isPrepared())
        return;
    m_banner->dismiss();
    const RunPlan plan = m_runner->plan();
    showProgress(0, plan.requests, 0);
    setRunning(true);
    m_runner->start();
}

void QueryDocumentWidget::cancel()
{
    if (m_isReport) {
        m_report->cancel();
        return;
    }
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (m_runner->isPrepared()) {
        m_runner->discard();
        m_banner->dismiss();
    }
}

void QueryDocumentWidget::showProgress(int done, int planned, double waitingSeconds)
{
    m_progress->setRange(0, std::max(1, planned));
    m_progress->setValue(done);
    if (waitingSeconds >= 0.05) {
        m_progressLabel->setText(tr("%1 of %2 requests done, %3 s spent waiting for Klaviyo's limits")
                                     .arg(done)
                                     .arg(planned)
                                     .arg(QLocale().toString(waitingSeconds, 'f', 1)));
    } else {
        m_progressLabel->setText(tr("%1 of %2 requests done").arg(done).arg(planned));
    }
}

void QueryDocumentWidget::setRunning(bool running)
{
    m_progressRow->setVisible(running);
    m_cancelButton->setEnabled(running);
    Q_EMIT runningChanged(running);
}

void QueryDocumentWidget::runSucceeded(const AggregateResult& result)
{
    ResultSnapshot snapshot;
    snapshot.result = result;
    snapshot.provenance.ranAt = QDateTime::fromMSecsSinceEpoch(m_session->now(), QTimeZone::utc());
    snapshot.provenance.profileName = m_session->profile().name;
    snapshot.provenance.revision = m_session->client()->revision();
    snapshot.provenance.appVersion = QCoreApplication::applicationVersion();
    m_result = std::move(snapshot);
    ++m_resultVersion;
    ++m_snapshotGeneration; // a snapshot still being read must not replace this result
    if (m_showingSnapshot) {
        m_showingSnapshot = false;
        m_notice->dismiss();
    }
    m_lastError = {};
    m_results->setResult(result);
    setRunning(false);
    if (m_saveResults)
        setExtraModified(true);
    updateAutosaveSnapshot();
    if (!result.warnings.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("The results came with a note."), result.warnings.join(u'\n'));
    Q_EMIT resultArrived();
}

void QueryDocumentWidget::runFailedWith(const ApiError& error)
{
    setRunning(false);
    m_lastError = error;
    QStringList details;
    for (const ApiErrorItem& item : error.items) {
        const QString text = item.detail.isEmpty() ? item.title : item.detail;
        if (!text.isEmpty() && !details.contains(text) && !error.message.contains(text))
            details.append(text);
    }
    QString detail = details.join(u'\n');
    if (!detail.isEmpty())
        detail = tr("Klaviyo said: %1").arg(detail);
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, detail);
    const QString field = error.sourceField();
    if (!field.isEmpty() && field.startsWith(u'/'))
        m_banner->addAction(QStringLiteral("focusField"), tr("Show the field"));
    Q_EMIT runFailed(error);
}

void QueryDocumentWidget::runCancelled()
{
    setRunning(false);
    m_banner->showMessage(MessageBanner::Kind::Info,
        m_result ? tr("Run cancelled. The results below are from the previous run.") : tr("Run cancelled."));
}

} // namespace kx
