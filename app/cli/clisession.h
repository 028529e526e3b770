// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h" // before namelookup.h: ApiOperation holds a QPointer<ApiClient>
#include "api/apierror.h"
#include "api/namelookup.h"
#include "results/aggregateresult.h"
#include "query/queryfile.h"
#include "settings/profile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <functional>
#include <memory>

class QIODevice;
class QSocketNotifier;
class QNetworkAccessManager;

namespace kx {

class ApiClient;
class ApiOperation;
class CredentialStore;
struct ReportResult;

/**
 * One invocation of the headless command line (`run`, `metrics`, `request`, `validate`).
 * Parses the verb's options, loads and validates the query file, sets up the client stack
 * (the real one, against Klaviyo, a loopback emulator or the in-process demo), runs and writes the
 * output. Errors go to stderr in one or two sentences that say what to do; progress goes to
 * stderr only when stderr is a terminal.
 *
 * Exit codes: 0 success, 2 usage or validation error, 3 API error, 4 network error, 130 cancelled.
 */
class CliSession : public QObject
{
    Q_OBJECT

public:
    explicit CliSession(QObject* parent = nullptr);
    ~CliSession() override;

    /// Runs the command in @p arguments (argv as a list) and returns the exit code.
    int exec(const QStringList& arguments);

private:
    enum class Verb { Run, Metrics, Request, Validate };

    int parse(const QStringList& arguments);
    int loadDocument();
    int validateCommand();
    int requestCommand();
    int prepareOutput();
    void prepareBackend(std::function<void()> next);
    void startRun();
    void startMetrics();
    void watch(ApiOperation* operation, std::function<void()> onSuccess);
    void writeAggregateResult();
    bool writeAggregateChart(const AggregateResult& result, bool svg, const DimensionNames& names, QString* error);
    bool writeReportChart(std::shared_ptr<const ReportResult> result, bool svg, QString* error);
    /// Whether ids in the output are to be shown with names (charts always; CSV/JSON on --names).
    bool wantsNames() const;
    /// Looks @p ids up, keeps what is found in m_names, then calls @p then (also when some or all
    /// look-ups fail: those ids stay ids, with a warning).
    void lookUpNames(const QHash<NameKind, QStringList>& ids, std::function<void()> then);
    /// The names found for the id dimensions of @p result, per dimension.
    DimensionNames dimensionNames(const AggregateResult& result) const;
    void writeReportResult();
    void writeMetrics();
    bool commitOutput();
    void finish(int code);
    void fail(int code, const QString& message);
    void warn(const QString& message);
    qint64 nowUtcMs() const;
    QString revision() const;

    Verb m_verb = Verb::Run;
    QCommandLineParser m_parser;
    QTextStream m_err;
    bool m_progressOnTerminal = false;
    int m_exitCode = 0;
    bool m_finished = false;

    QString m_file;
    QueryDocument m_document;
    std::optional<Profile> m_profile;
    qint64 m_now = 0;
    bool m_metricNameAsked = false;
    bool m_namesAsked = false;
    QHash<NameKind, QHash<QString, QString>> m_names; ///< id → name per kind, from lookUpNames()
    QPointer<NameLookup> m_lookup;
    QSocketNotifier* m_signalNotifier = nullptr;
    QString m_metricName; ///< looked up for chart titles when the file names the metric by id only

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<CredentialStore> m_credentials;
    QPointer<ApiOperation> m_operation;
    std::unique_ptr<QIODevice> m_output;
};

} // namespace kx
