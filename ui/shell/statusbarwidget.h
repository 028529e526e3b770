// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsession.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace kx {

class ApiRateLimiter;

/**
 * The permanent part of the status bar: active profile, API revision, connection state, and a
 * live rate-limit meter (calls left this minute per endpoint family the app uses) that counts
 * down while the limiter makes a run wait.
 */
class StatusBarWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(QWidget* parent = nullptr);
    ~StatusBarWidget() override;

    void setProfile(const QString& name, bool isDemo);
    void setRevision(const QString& revision);
    void setConnectionState(AccountSession::ConnectionState state, const QString& message);
    /// The limiter to show (not owned; may be null).
    void setRateLimiter(ApiRateLimiter* limiter);
    /// A run is in progress: poll the limiter for the countdown.
    void setBusy(bool busy);

    QString profileText() const;
    QString revisionText() const;
    QString connectionText() const;
    QString meterText() const;
    QString waitText() const;

private:
    void updateMeter();

    QLabel* m_profile;
    QLabel* m_revision;
    QLabel* m_connection;
    QLabel* m_meter;
    QLabel* m_wait;
    QPointer<ApiRateLimiter> m_limiter;
    QTimer m_poll;
    bool m_busy = false;
};

} // namespace kx
