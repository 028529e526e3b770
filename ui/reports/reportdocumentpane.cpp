// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocumentpane.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "api/apiclient.h"
#include "api/namelookup.h"
#include "api/reportrun.h"
#include "editor/reportlabels.h"
#include "editor/reportqueryeditor.h"
#include "entitylistfetcher.h"
#include "query/requestbuilder.h"
#include "reportresultswidget.h"
#include "shell/accountsession.h"
#include "shell/messagebanner.h"
#include "whynote.h"
#include "whynotewidget.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {

struct ParseOutcome
{
    std::optional<ReportResult> result;
    QString error;
};

const QString kChartStatisticKey = u"chartStatistic"_s;
const QString kTabKey = u"tab"_s;

/// "3 h 12 min", "45 s" (translated).
QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("kx::ReportDocumentPane", "%n s", "seconds", int(seconds));
    // A named local, not an expression: Qt 6.4's lupdate never finishes on `int((a + b) / c)` here.
    const int minutes = int((seconds + 59) / 60);
    if (seconds < 3600)
        return QCoreApplication::translate("kx::ReportDocumentPane", "%n min", "minutes", minutes);
    return QCoreApplication::translate("kx::ReportDocumentPane", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

bool mentionsConversionMetric(const ApiError& error)
{
    if (error.message.contains(u"conversion metric"_s, Qt::CaseInsensitive))
        return true;
    for (const ApiErrorItem& item : error.items) {
        if (item.detail.contains(u"conversion metric"_s, Qt::CaseInsensitive)
            || item.pointer.contains(u"conversion_metric_id"_s))
            return true;
    }
    return false;
}

} // namespace

ReportDocumentPane::ReportDocumentPane(AccountSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_quota(session->settings())
    , m_editor(new ReportQueryEditor(this))
    , m_results(new ReportResultsWidget(this))
    , m_banner(new MessageBanner(this))
    , m_why(new WhyNoteWidget(this))
    , m_cost(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_cancelButton(new QPushButton(tr("Cancel"), m_progressRow))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_queueTimer(new QTimer(this))
{
    setObjectName(u"reportDocument"_s);
    m_banner->setObjectName(u"reportBanner"_s);
    m_cost->setObjectName(u"reportCostLabel"_s);
    m_progress->setObjectName(u"reportRunProgress"_s);
    m_progressLabel->setObjectName(u"reportRunProgressLabel"_s);
    m_cancelButton->setObjectName(u"cancelReportButton"_s);
    m_cancelButton->setToolTip(tr("Stop the run; the results on show stay as they are"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_cost->setWordWrap(true);
    m_queueTimer->setSingleShot(true);
    m_queueTimer->setObjectName(u"reportQueueTimer"_s);

    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 2);
    progressLayout->addWidget(m_progressLabel, 3);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor, 1);
    topLayout->addWidget(m_cost);
    topLayout->addWidget(m_why);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_results);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_splitter, 1);

    m_results->setNameProvider([this](const QString& key, const QString& value) -> QString {
        const auto kind = reportGroupingNameKind(key);
        if (!kind || !m_session)
            return {};
        return m_session->cachedName(*kind, value);
    });

    connect(m_editor, &ReportQueryEditor::queryChanged, this, [this] {
        updateWhy();
        fetchEntityNames();
        Q_EMIT queryChanged();
    });
    connect(m_editor, &ReportQueryEditor::validationChanged, this, [this](bool) { Q_EMIT canRunChanged(canRun()); });
    connect(m_editor, &ReportQueryEditor::runRequested, this, &ReportDocumentPane::run);
    connect(m_editor, &ReportQueryEditor::conversionMetricChosen, this, [this](const QString& id) {
        if (m_session && m_session->hasProfile())
            m_session->settings()->setValue(conversionMetricKey(profileId()), id);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDocumentPane::cancel);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this](const QString& id) {
        if (id == u"runAnyway") {
            m_banner->dismiss();
            startRun();
        } else if (id == u"notNow" || id == u"cancelQueued") {
            cancel();
            m_banner->dismiss();
        }
    });
    connect(m_queueTimer, &QTimer::timeout, this, [this] {
        m_queuedUntil = 0;
        m_banner->dismiss();
        startRun();
    });
    connect(session, &AccountSession::profileChanged, this, [this] {
        // Another account: its names are listed afresh.
        if (m_entities)
            m_entities->deleteLater();
        m_entities = nullptr;
        m_knownNames.clear();
        updateContext();
        updateCost();
    });
    connect(session, &AccountSession::metricsChanged, this,
        [this] { m_editor->setMetrics(m_session ? m_session->metrics() : QList<MetricInfo> {}); });

    updateContext();
    m_editor->setMetrics(session->metrics());
    updateCost();
    updateWhy();
}

ReportDocumentPane::~ReportDocumentPane()
{
    disconnect(m_editor, nullptr, this, nullptr);
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
}

QString ReportDocumentPane::conversionMetricKey(const QString& profileId)
{
    return u"reports/conversionMetric/%1"_s.arg(profileId);
}

QString ReportDocumentPane::profileId() const
{
    if (!m_session || !m_session->hasProfile())
        return {};
    const Profile& p = m_session->profile();
    return p.isDemo ? u"demo"_s : p.id;
}

QUndoStack* ReportDocumentPane::undoStack() const
{
    return m_editor->undoStack();
}

void ReportDocumentPane::updateContext()
{
    EditorContext context;
    if (m_session && m_session->hasProfile()) {
        context.revision = m_session->profile().revision;
        context.defaultTimezone = m_session->profile().defaultTimezone;
        context.baseUrl = m_session->profile().baseUrl;
    }
    QPointer<AccountSession> session(m_session);
    context.now = [session] {
        return session ? session->now() : QDateTime::currentMSecsSinceEpoch();
    };
    m_editor->setContext(context);
}

void ReportDocumentPane::newReport(ReportType type)
{
    ReportQuery query;
    query.type = type;
    query.statistics = reportlabels::defaultStatistics(type);
    if (isSeriesReport(type))
        query.interval = u"daily"_s;
    if (type == ReportType::CampaignValues || type == ReportType::FlowValues || type == ReportType::FlowSeries) {
        QString id;
        if (m_session && m_session->hasProfile())
            id = m_session->settings()->value(conversionMetricKey(profileId())).toString();
        if (id.isEmpty() || (m_session && !m_session->metrics().isEmpty() && !m_session->metric(id))) {
            const auto placed = m_session ? m_session->metricByName(u"Placed Order"_s) : std::nullopt;
            id = placed ? placed->id : QString();
        }
        query.conversionMetricId = id;
    }
    setQuery(query);
}

void ReportDocumentPane::setQuery(const ReportQuery& query)
{
    m_editor->setQuery(query);
    updateWhy();
    fetchEntityNames();
}

ReportQuery ReportDocumentPane::query() const
{
    return m_editor->query();
}

QJsonObject ReportDocumentPane::viewObject() const
{
    QJsonObject view;
    if (!m_results->chartStatistic().isEmpty())
        view.insert(kChartStatisticKey, m_results->chartStatistic());
    return view;
}

void ReportDocumentPane::applyView(const QJsonObject& view)
{
    const QString statistic = view.value(kChartStatisticKey).toString();
    if (!statistic.isEmpty())
        m_results->setChartStatistic(statistic);
    if (view.value(kTabKey).toString() == u"chart")
        m_results->setCurrentView(1);
}

QString ReportDocumentPane::costText() const
{
    const QString id = profileId();
    const qint64 now = m_session ? m_session->now() : QDateTime::currentMSecsSinceEpoch();
    const int used = id.isEmpty() ? 0 : m_quota.usedToday(id, now);
    QString text = tr("Cost: 1 report request (one more per extra page of results). Used today on this profile: %1 of "
                      "%2. Klaviyo allows 1 a second and 2 a minute, shared with the account's other integrations.")
                       .arg(used)
                       .arg(ReportQuotaStore::kDailyLimit);
    if (!id.isEmpty() && m_quota.isExhausted(id, now)) {
        const QDateTime reset = QDateTime::fromMSecsSinceEpoch(m_quota.resetAtUtcMs(id, now), QTimeZone::utc());
        text += u' '
            + tr("Klaviyo said the daily quota is used up until %1.")
                  .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat));
    }
    return text;
}

void ReportDocumentPane::updateCost()
{
    m_cost->setText(costText());
}

void ReportDocumentPane::updateWhy()
{
    const QString zone = m_session && m_session->hasProfile() ? m_session->profile().defaultTimezone : u"UTC"_s;
    m_why->setNotes(whynote::forReport(m_editor->query(), zone));
}

bool ReportDocumentPane::isRunning() const
{
    return (m_run && m_run->isRunning()) || m_parsing;
}

bool ReportDocumentPane::isQueued() const
{
    return m_queueTimer->isActive();
}

bool ReportDocumentPane::canRun() const
{
    return m_editor->canRun();
}

void ReportDocumentPane::run()
{
    if (isRunning() || isQueued())
        return;
    m_banner->dismiss();
    if (!m_editor->canRun()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This report cannot run yet."),
            tr("Fix the problems marked in the editor, then run it again."));
        return;
    }
    if (!m_session || !m_session->hasProfile()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This report cannot run yet."),
            tr("Choose an account first: open Settings or explore the demo account."));
        return;
    }
    if (!m_session->client()->hasApiKey()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("This report cannot run yet."),
            m_session->connectionMessage().isEmpty()
                ? tr("There is no API key for this account yet. Add it in Settings.")
                : m_session->connectionMessage());
        return;
    }
    const qint64 now = m_session->now();
    const QString id = profileId();
    if (m_quota.wouldExceed(id, 1, now)) {
        const QDateTime reset = QDateTime::fromMSecsSinceEpoch(m_quota.resetAtUtcMs(id, now), QTimeZone::utc());
        const QString detail = m_quota.isExhausted(id, now)
            ? tr(
                "Klaviyo said the daily quota of %1 report requests is used up until %2. A run now will most likely be "
                "refused.")
                  .arg(ReportQuotaStore::kDailyLimit)
                  .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat))
            : tr("This profile has sent %1 of the %2 report requests Klaviyo allows a day; the count resets at %3. "
                 "Other integrations of the account share the quota.")
                  .arg(m_quota.usedToday(id, now))
                  .arg(ReportQuotaStore::kDailyLimit)
                  .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat));
        m_banner->showMessage(
            MessageBanner::Kind::Warning, tr("This run would go over the daily report quota."), detail);
        m_banner->addAction(u"runAnyway"_s, tr("Run anyway"));
        m_banner->addAction(u"notNow"_s, tr("Not now"), true);
        return;
    }
    startRun();
}

void ReportDocumentPane::startRun()
{
    if (isRunning() || !m_session || !m_session->client())
        return;
    m_queueTimer->stop();
    m_queuedUntil = 0;
    const ReportQuery query = m_editor->query();
    auto* run = new ReportRun(m_session->client(), query.type, reportBody(query), this);
    m_run = run;
    m_recorded = 0;
    ++m_generation;
    connect(run, &ApiOperation::progress, this, [this, run](int done, int planned, double waiting) {
        if (m_run != run)
            return;
        if (done > m_recorded && m_session) {
            m_quota.record(profileId(), done - m_recorded, m_session->now());
            m_recorded = done;
            updateCost();
        }
        m_progress->setRange(0, std::max(1, planned));
        m_progress->setValue(done);
        m_progressLabel->setText(waiting >= 0.05 ? tr("%1 of %2 requests done, %3 s spent waiting for Klaviyo's limits")
                                                       .arg(done)
                                                       .arg(planned)
                                                       .arg(QLocale().toString(waiting, 'f', 1))
                                                 : tr("%1 of %2 requests done").arg(done).arg(planned));
    });
    connect(run, &ApiOperation::finished, this, &ReportDocumentPane::runFinished);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Sending the report request…"));
    setRunning(true);
    run->start();
}

void ReportDocumentPane::runFinished()
{
    ReportRun* run = m_run;
    m_run = nullptr;
    if (!run)
        return;
    run->disconnect(this);
    run->deleteLater();
    if (m_session && run->requestsDone() > m_recorded)
        m_quota.record(profileId(), run->requestsDone() - m_recorded, m_session->now());
    m_recorded = 0;
    updateCost();
    if (!run->isSuccess()) {
        failWith(run->error());
        return;
    }
    m_parsing = true;
    const quint64 generation = m_generation;
    const ReportType type = run->type();
    const QList<QByteArray> pages = run->pages();
    auto* watcher = new QFutureWatcher<ParseOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // cancelled or superseded meanwhile
        m_parsing = false;
        ParseOutcome outcome = watcher->result();
        parsed(std::move(outcome.result), outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([type, pages] {
        ParseOutcome outcome;
        outcome.result = parseReportPages(type, pages, &outcome.error);
        return outcome;
    }));
}

void ReportDocumentPane::parsed(std::optional<ReportResult> result, const QString& error)
{
    setRunning(false);
    if (!result) {
        ApiError e;
        e.kind = ApiError::Kind::BadResponse;
        e.message = tr("Klaviyo sent a report the app cannot read (%1). Try again; if it keeps happening, report it.")
                        .arg(error);
        failWith(e);
        return;
    }
    if (m_session && m_session->hasProfile()) {
        // [INF] Reports are computed in the account's timezone, which the API does not tell us;
        // the profile's default timezone stands in for it.
        result->timezone = m_session->profile().defaultTimezone;
    }
    m_lastError = {};
    auto shared = std::make_shared<const ReportResult>(std::move(*result));
    m_results->setResult(shared);
    resolveNames(*shared);
    Q_EMIT resultArrived();
}

void ReportDocumentPane::failWith(const ApiError& error)
{
    setRunning(false);
    m_lastError = error;
    if (error.kind == ApiError::Kind::Cancelled) {
        m_banner->showMessage(MessageBanner::Kind::Info,
            m_results->hasResult() ? tr("Run cancelled. The results below are from the previous run.")
                                   : tr("Run cancelled."));
        return;
    }
    if (error.kind == ApiError::Kind::QuotaExhausted && error.retryAfterSeconds > 0 && m_session) {
        const qint64 reset = m_session->now() + qint64(error.retryAfterSeconds) * 1000;
        m_quota.markExhausted(profileId(), reset);
        updateCost();
        queueUntil(reset);
        Q_EMIT runFailed(error);
        return;
    }
    QStringList details;
    for (const ApiErrorItem& item : error.items) {
        const QString text = item.detail.isEmpty() ? item.title : item.detail;
        if (!text.isEmpty() && !details.contains(text) && !error.message.contains(text))
            details.append(text);
    }
    QString detail = details.join(u'\n');
    if (!detail.isEmpty())
        detail = tr("Klaviyo said: %1").arg(detail);
    if (error.httpStatus == 400 && mentionsConversionMetric(error)) {
        const QString id = m_editor->query().conversionMetricId;
        const auto metric = m_session ? m_session->metric(id) : std::nullopt;
        m_editor->setFieldProblem(u"conversionMetric"_s,
            tr("Klaviyo cannot use “%1” as a conversion metric: only metrics it tracks as conversions (such as Placed "
               "Order or Ordered Product) work. Choose another metric.")
                .arg(metric ? metric->name : id));
    }
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, detail);
    Q_EMIT runFailed(error);
}

void ReportDocumentPane::queueUntil(qint64 resetUtcMs)
{
    const qint64 now = m_session ? m_session->now() : QDateTime::currentMSecsSinceEpoch();
    const qint64 waitMs = std::max<qint64>(1000, resetUtcMs - now);
    m_queuedUntil = resetUtcMs;
    // QTimer takes an int of milliseconds: about 24 days at most, far beyond a daily reset.
    m_queueTimer->start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
    const QDateTime reset = QDateTime::fromMSecsSinceEpoch(resetUtcMs, QTimeZone::utc());
    m_banner->showMessage(MessageBanner::Kind::Warning,
        tr("Klaviyo's daily quota of %1 report requests for this account is used up.")
            .arg(ReportQuotaStore::kDailyLimit),
        tr("It resets at %1 (in %2). The report is queued and runs then if the app stays open; other integrations of "
           "the account share the quota.")
            .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat), durationText(waitMs / 1000)));
    m_banner->addAction(u"cancelQueued"_s, tr("Cancel queued run"));
    Q_EMIT runningChanged(false);
}

void ReportDocumentPane::cancel()
{
    if (m_queueTimer->isActive()) {
        m_queueTimer->stop();
        m_queuedUntil = 0;
        m_banner->showMessage(MessageBanner::Kind::Info, tr("The queued report run was cancelled."));
        Q_EMIT runningChanged(false);
        return;
    }
    if (m_run && m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    if (m_parsing) {
        ++m_generation;
        m_parsing = false;
        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        failWith(cancelled);
    }
}

void ReportDocumentPane::setRunning(bool running)
{
    m_progressRow->setVisible(running);
    m_cancelButton->setEnabled(running);
    Q_EMIT runningChanged(running);
}

void ReportDocumentPane::resolveNames(const ReportResult& result)
{
    if (!m_session || !m_session->client())
        return;
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->cancel();
        m_lookup->deleteLater();
    }
    QHash<NameKind, QStringList> ids;
    for (const ReportResult::Row& row : result.rows) {
        for (const auto& [key, value] : row.groupings) {
            const auto kind = reportGroupingNameKind(key);
            if (kind && !value.isEmpty() && !m_session->hasCachedName(*kind, value) && !ids[*kind].contains(value))
                ids[*kind].append(value);
        }
    }
    if (ids.isEmpty()) {
        applyNames();
        Q_EMIT namesResolved();
        return;
    }
    auto* lookup = new NameLookup(m_session->client(), this);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        lookup->addIds(it.key(), it.value());
    m_lookup = lookup;
    connect(lookup, &ApiOperation::finished, this, [this, lookup] {
        lookup->deleteLater();
        if (m_lookup == lookup)
            m_lookup = nullptr;
        if (!m_session)
            return;
        for (NameKind kind : { NameKind::Flow, NameKind::Campaign, NameKind::FlowMessage, NameKind::CampaignMessage,
                 NameKind::Form, NameKind::Segment }) {
            m_session->cacheNames(kind, lookup->names(kind));
        }
        applyNames();
        Q_EMIT namesResolved();
    });
    lookup->start();
}

void ReportDocumentPane::fetchEntityNames()
{
    if (!m_session || !m_session->hasProfile() || !m_session->client() || !m_session->client()->hasApiKey())
        return;
    if (!m_entities) {
        m_entities = new EntityListFetcher(m_session->client(), this);
        connect(m_entities, &EntityListFetcher::namesFetched, this,
            [this](NameKind kind, const QHash<QString, QString>& names) {
                if (m_session)
                    m_session->cacheNames(kind, names);
                QHash<QString, QString>& known = m_knownNames[int(kind)];
                for (auto it = names.cbegin(); it != names.cend(); ++it)
                    known.insert(it.key(), it.value());
                m_editor->setEntityNames(kind, known);
            });
    }
    // The pickers of the filter fields this report type has.
    switch (m_editor->query().type) {
    case ReportType::CampaignValues:
        m_entities->fetch(NameKind::Campaign);
        break;
    case ReportType::FlowValues:
    case ReportType::FlowSeries:
        m_entities->fetch(NameKind::Flow);
        break;
    case ReportType::FormValues:
    case ReportType::FormSeries:
        m_entities->fetch(NameKind::Form);
        break;
    case ReportType::SegmentValues:
    case ReportType::SegmentSeries:
        m_entities->fetch(NameKind::Segment);
        break;
    }
}

void ReportDocumentPane::applyNames()
{
    const auto result = m_results->result();
    if (!result || !m_session)
        return;
    // The filter pickers offer every entity seen in results so far, by name.
    for (const ReportResult::Row& row : result->rows) {
        for (const auto& [key, value] : row.groupings) {
            if (const auto kind = reportGroupingNameKind(key))
                m_knownNames[int(*kind)].insert(value, m_session->cachedName(*kind, value));
        }
    }
    for (auto it = m_knownNames.cbegin(); it != m_knownNames.cend(); ++it)
        m_editor->setEntityNames(NameKind(it.key()), it.value());
    // Re-set the provider so the table and chart show the new names.
    m_results->setNameProvider([this](const QString& key, const QString& value) -> QString {
        const auto kind = reportGroupingNameKind(key);
        if (!kind || !m_session)
            return {};
        return m_session->cachedName(*kind, value);
    });
}

} // namespace kx
