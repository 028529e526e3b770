// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace kx {

/**
 * The day's use of the Reporting API quota per profile (digest §5: 225 report requests a day per
 * account, shared with every other integration), persisted in QSettings so it survives restarts.
 * Only this app's own requests are counted, so the true remainder may be lower.
 * [INF] Klaviyo does not say when its daily window starts; the store counts per UTC calendar day
 * by default (as the demo engine does) and takes the reset time from a long Retry-After when one
 * arrives (markExhausted()). setDayOffsetMinutes() moves the day boundary if Klaviyo's differs.
 * @note Not thread-safe; use from the thread that owns the QSettings, which must outlive the store.
 */
class ReportQuotaStore
{
public:
    static constexpr int kDailyLimit = 225;
    static constexpr int kPerMinuteLimit = 2;
    static constexpr int kPerSecondLimit = 1;

    explicit ReportQuotaStore(QSettings* settings);

    /// Minutes east of UTC at which the counted day starts (default 0: UTC midnight) [INF].
    void setDayOffsetMinutes(int minutes)
    {
        m_dayOffsetMinutes = minutes;
    }

    /// Report requests this app sent for @p profileId during the day that contains @p nowUtcMs.
    int usedToday(const QString& profileId, qint64 nowUtcMs) const;
    /// Requests still allowed today as far as the app knows (0 while a 429 said the quota is spent).
    int remainingToday(const QString& profileId, qint64 nowUtcMs) const;
    /// Counts @p requests more for @p profileId (a new day starts from zero).
    void record(const QString& profileId, int requests, qint64 nowUtcMs);
    /// A 429 with a long Retry-After: the quota is spent until @p resetUtcMs.
    void markExhausted(const QString& profileId, qint64 resetUtcMs);
    /// When the quota resets: the time from markExhausted() if still ahead, else the next day start.
    qint64 resetAtUtcMs(const QString& profileId, qint64 nowUtcMs) const;
    /// Whether a 429 said the quota is spent and its reset time is still ahead.
    bool isExhausted(const QString& profileId, qint64 nowUtcMs) const;
    /// Whether running @p requests more would go over the daily limit.
    bool wouldExceed(const QString& profileId, int requests, qint64 nowUtcMs) const;

private:
    QString key(const QString& profileId, const char* name) const;
    qint64 dayIndex(qint64 nowUtcMs) const;

    QSettings* m_settings;
    int m_dayOffsetMinutes = 0;
};

} // namespace kx
