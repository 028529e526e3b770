// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbarwidget.h"

#include "api/apiratelimiter.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kx {

namespace {
QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

struct MeterFamily {
    EndpointFamily family;
    const char* label;
};

// The families the metric queries use; reports join when the report editor arrives.
constexpr MeterFamily kMeterFamilies[] = {
    { EndpointFamily::MetricAggregates, QT_TRANSLATE_NOOP("kx::StatusBarWidget", "Queries") },
    { EndpointFamily::Metrics, QT_TRANSLATE_NOOP("kx::StatusBarWidget", "Metrics") },
};
} // namespace

StatusBarWidget::StatusBarWidget(QWidget* parent)
    : QWidget(parent)
    , m_profile(new QLabel(this))
    , m_revision(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_meter(new QLabel(this))
    , m_wait(new QLabel(this))
{
    m_profile->setObjectName(QStringLiteral("profileStatus"));
    m_revision->setObjectName(QStringLiteral("revisionStatus"));
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_meter->setObjectName(QStringLiteral("rateLimitMeter"));
    m_wait->setObjectName(QStringLiteral("rateLimitWait"));
    m_connection->setTextFormat(Qt::RichText);
    m_wait->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_wait);
    layout->addWidget(m_meter);
    layout->addWidget(separator(this));
    layout->addWidget(m_connection);
    layout->addWidget(separator(this));
    layout->addWidget(m_profile);
    layout->addWidget(separator(this));
    layout->addWidget(m_revision);

    m_poll.setInterval(250);
    connect(&m_poll, &QTimer::timeout, this, &StatusBarWidget::updateMeter);
    setProfile({}, false);
    setRevision({});
    setConnectionState(AccountSession::ConnectionState::NoAccount, {});
    updateMeter();
}

StatusBarWidget::~StatusBarWidget() = default;

void StatusBarWidget::setProfile(const QString& name, bool isDemo)
{
    m_profile->setText(name.isEmpty() ? tr("No account") : name);
    m_profile->setToolTip(isDemo ? tr("The built-in demo account: generated data, no key needed.")
                                 : tr("The active account. Switch accounts in Settings."));
}

void StatusBarWidget::setRevision(const QString& revision)
{
    m_revision->setText(revision.isEmpty() ? QString() : tr("API %1").arg(revision));
    m_revision->setToolTip(tr("The Klaviyo API revision requests are sent with."));
    m_revision->setVisible(!revision.isEmpty());
}

void StatusBarWidget::setConnectionState(AccountSession::ConnectionState state, const QString& message)
{
    QString text;
    QColor color;
    switch (state) {
    case AccountSession::ConnectionState::NoAccount:
        text = tr("Not connected");
        color = QColor(0x9a, 0xa1, 0xab);
        break;
    case AccountSession::ConnectionState::NoKey:
        text = tr("No API key");
        color = QColor(0xe6, 0x9f, 0x00);
        break;
    case AccountSession::ConnectionState::Connecting:
        text = tr("Connecting…");
        color = QColor(0x56, 0xb4, 0xe9);
        break;
    case AccountSession::ConnectionState::Connected:
        text = tr("Connected");
        color = QColor(0x00, 0x9e, 0x73);
        break;
    case AccountSession::ConnectionState::Offline:
        text = tr("Offline");
        color = QColor(0xe6, 0x9f, 0x00);
        break;
    case AccountSession::ConnectionState::KeyRejected:
        text = tr("Key rejected");
        color = QColor(0xd5, 0x5e, 0x00);
        break;
    case AccountSession::ConnectionState::Failed:
        text = tr("Connection problem");
        color = QColor(0xd5, 0x5e, 0x00);
        break;
    }
    m_connection->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color.name(), text.toHtmlEscaped()));
    m_connection->setToolTip(message);
    m_connection->setAccessibleName(text);
}

void StatusBarWidget::setRateLimiter(ApiRateLimiter* limiter)
{
    if (m_limiter)
        m_limiter->disconnect(this);
    m_limiter = limiter;
    if (limiter)
        connect(limiter, &ApiRateLimiter::changed, this, &StatusBarWidget::updateMeter);
    updateMeter();
}

void StatusBarWidget::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_poll.start();
    updateMeter();
}

void StatusBarWidget::updateMeter()
{
    if (!m_limiter) {
        m_meter->clear();
        m_wait->hide();
        m_poll.stop();
        return;
    }
    QStringList parts;
    QStringList tips;
    qint64 longestWait = 0;
    bool anyUsed = false;
    for (const MeterFamily& f : kMeterFamilies) {
        const RateLimit limit = m_limiter->limit(f.family);
        const int remaining = m_limiter->remaining(f.family, ApiRateLimiter::Window::Steady);
        const int used = m_limiter->used(f.family, ApiRateLimiter::Window::Steady);
        anyUsed = anyUsed || used > 0 || m_limiter->used(f.family, ApiRateLimiter::Window::Burst) > 0;
        const QString label = tr(f.label);
        if (limit.steadyPerMinute > 0 && remaining >= 0)
            parts.append(tr("%1 %2/%3").arg(label).arg(remaining).arg(limit.steadyPerMinute));
        tips.append(tr("%1: %2 of %3 calls left this minute, %4 per second at most")
                        .arg(label)
                        .arg(remaining)
                        .arg(limit.steadyPerMinute)
                        .arg(limit.burstPerSecond));
        longestWait = std::max(longestWait, m_limiter->delayBeforeNext(f.family));
    }
    m_meter->setText(parts.join(QStringLiteral("  ·  ")));
    m_meter->setToolTip(tr("Klaviyo's rate limits, counted by this app:") + u'\n' + tips.join(u'\n'));
    if (m_busy && longestWait > 0) {
        m_wait->setText(tr("Waiting %1 s for Klaviyo's limits").arg(QLocale().toString(longestWait / 1000.0, 'f', 1)));
        m_wait->show();
    } else {
        m_wait->hide();
    }
    // Poll while something can change by itself: a wait counting down or windows emptying.
    if (!m_busy && !anyUsed)
        m_poll.stop();
    else if (!m_poll.isActive())
        m_poll.start();
}

QString StatusBarWidget::profileText() const
{
    return m_profile->text();
}

QString StatusBarWidget::revisionText() const
{
    return m_revision->text();
}

QString StatusBarWidget::connectionText() const
{
    return m_connection->accessibleName();
}

QString StatusBarWidget::meterText() const
{
    return m_meter->text();
}

QString StatusBarWidget::waitText() const
{
    return m_wait->isHidden() ? QString() : m_wait->text();
}

} // namespace kx
