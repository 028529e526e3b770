// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "query/revision.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace kx {

/// What one scope probe found out.
struct ScopeCheck {
    enum class State {
        Pending,    ///< not answered yet
        Granted,    ///< the key may read this
        Missing,    ///< 403: the key lacks the scope
        Failed,     ///< could not tell (network, server…); see message
    };
    EndpointFamily family = EndpointFamily::Metrics;
    QString scope;   ///< as Klaviyo spells it for the revision, e.g. "metrics:read"
    QString feature; ///< translated: what the app uses it for
    State state = State::Pending;
    QString message; ///< translated, for Failed
};

/**
 * "Test connection": checks that a key works and which of the scopes the app uses it has, with
 * one small GET per scope (metrics, campaigns, flows, forms, segments, lists). A 401 means the
 * key itself is wrong; a 403 names a missing scope.
 * @note Uses the given client (configured with the key under test); calls are children of this
 * tester and die with it.
 */
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(ApiClient* client, QObject* parent = nullptr);
    ~ConnectionTester() override;

    /// The scopes the app uses, with what each one is for, in display order (all Pending).
    static QList<ScopeCheck> scopeChecks(const QString& revision);
    /// Translated sentence: what to add in Klaviyo for @p check's feature.
    static QString missingScopeAdvice(const ScopeCheck& check);

    void start();
    void cancel();
    bool isRunning() const { return m_running > 0; }

    QList<ScopeCheck> checks() const { return m_checks; }
    /// Set when the key itself was refused (401) or the server could not be reached at all.
    ApiError keyError() const { return m_keyError; }
    /// Every probe answered, the key was accepted and every scope is granted.
    bool allGranted() const;

Q_SIGNALS:
    /// Check @p index got its answer.
    void checkChanged(int index);
    void finished();

private:
    void probeFinished(int index, ApiCall* call);

    QPointer<ApiClient> m_client;
    QList<ScopeCheck> m_checks;
    QList<QPointer<ApiCall>> m_calls;
    ApiError m_keyError;
    int m_running = 0;
};

} // namespace kx
