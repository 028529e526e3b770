// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportquota.h"

#include <algorithm>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace kx {

namespace {
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kMsPerMinute = 60'000;

/// Profile ids become settings keys; keep them to characters QSettings stores verbatim.
QString safeId(const QString& id)
{
    QString out;
    out.reserve(id.size());
    for (const QChar c : id)
        out.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_');
    return out.isEmpty() ? u"_"_s : out;
}
} // namespace

ReportQuotaStore::ReportQuotaStore(QSettings* settings)
    : m_settings(settings)
{
}

QString ReportQuotaStore::key(const QString& profileId, const char* name) const
{
    return u"reportQuota/%1/%2"_s.arg(safeId(profileId), QLatin1StringView(name));
}

qint64 ReportQuotaStore::dayIndex(qint64 nowUtcMs) const
{
    const qint64 shifted = nowUtcMs + m_dayOffsetMinutes * kMsPerMinute;
    return shifted >= 0 ? shifted / kMsPerDay : (shifted - kMsPerDay + 1) / kMsPerDay;
}

int ReportQuotaStore::usedToday(const QString& profileId, qint64 nowUtcMs) const
{
    if (m_settings->value(key(profileId, "day"), -1).toLongLong() != dayIndex(nowUtcMs))
        return 0;
    return std::max(0, m_settings->value(key(profileId, "used"), 0).toInt());
}

int ReportQuotaStore::remainingToday(const QString& profileId, qint64 nowUtcMs) const
{
    if (isExhausted(profileId, nowUtcMs))
        return 0;
    return std::max(0, kDailyLimit - usedToday(profileId, nowUtcMs));
}

void ReportQuotaStore::record(const QString& profileId, int requests, qint64 nowUtcMs)
{
    if (requests <= 0)
        return;
    const int used = usedToday(profileId, nowUtcMs);
    m_settings->setValue(key(profileId, "day"), dayIndex(nowUtcMs));
    m_settings->setValue(key(profileId, "used"), used + requests);
}

void ReportQuotaStore::markExhausted(const QString& profileId, qint64 resetUtcMs)
{
    m_settings->setValue(key(profileId, "exhaustedUntil"), resetUtcMs);
}

bool ReportQuotaStore::isExhausted(const QString& profileId, qint64 nowUtcMs) const
{
    return m_settings->value(key(profileId, "exhaustedUntil"), 0).toLongLong() > nowUtcMs;
}

qint64 ReportQuotaStore::resetAtUtcMs(const QString& profileId, qint64 nowUtcMs) const
{
    const qint64 until = m_settings->value(key(profileId, "exhaustedUntil"), 0).toLongLong();
    if (until > nowUtcMs)
        return until;
    return (dayIndex(nowUtcMs) + 1) * kMsPerDay - m_dayOffsetMinutes * kMsPerMinute;
}

bool ReportQuotaStore::wouldExceed(const QString& profileId, int requests, qint64 nowUtcMs) const
{
    return requests > remainingToday(profileId, nowUtcMs);
}

} // namespace kx
