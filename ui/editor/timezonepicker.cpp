// SPDX-License-Identifier: GPL-3.0-or-later
#include "timezonepicker.h"

#include "query/revision.h"

#include <QDateTime>
#include <QLineEdit>
#include <QTimeZone>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace kx {

namespace {

struct ZoneOffset {
    QString id;
    int offsetSeconds = 0;
};

constexpr const char* kLegacyAliases[] = { "US/Alaska", "US/Arizona", "US/Central", "US/Eastern", "US/Hawaii",
    "US/Mountain", "US/Pacific", "Canada/Atlantic", "Canada/Central", "Canada/Eastern", "Canada/Mountain",
    "Canada/Pacific", "GMT" };

QString formatOffset(int seconds)
{
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int minutes = std::abs(seconds) / 60;
    return u"UTC%1%2:%3"_s.arg(sign).arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

/**
 * Every zone with its offset. Reading ~600 zone files takes a noticeable moment, so the list is
 * built once per process and hour and shared by every editor (offsets only change at DST
 * transitions, which fall on the hour or half hour in every zone we know).
 */
QList<ZoneOffset> zoneOffsets(qint64 nowUtcMs)
{
    static std::mutex mutex;
    static qint64 cachedHour = -1;
    static QList<ZoneOffset> cached;
    const qint64 hour = nowUtcMs / 3'600'000;
    const std::lock_guard lock(mutex);
    if (hour != cachedHour) {
        const QStringList refused = revision::unsupportedTimezones();
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(nowUtcMs, QTimeZone::utc());
        QList<ZoneOffset> zones;
        QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        // The system lists canonical names only; Klaviyo accepts the old aliases too and its own
        // guide uses "US/Eastern" (seed 001), so the common ones are offered as well.
        for (const char* alias : kLegacyAliases) {
            const QByteArray id(alias);
            if (!ids.contains(id) && QTimeZone(id).isValid())
                ids.append(id);
        }
        std::sort(ids.begin(), ids.end());
        zones.reserve(ids.size());
        for (const QByteArray& rawId : std::as_const(ids)) {
            const QString id = QString::fromLatin1(rawId);
            if (refused.contains(id))
                continue;
            zones.append({ id, QTimeZone(rawId).offsetFromUtc(at) });
        }
        cached = zones;
        cachedHour = hour;
    }
    return cached;
}

} // namespace

TimezonePicker::TimezonePicker(QWidget* parent)
    : SearchComboBox(parent)
{
    setMinimumContentsLength(18);
    setPlaceholderText(tr("Search timezones…"));
    // The offset at the end of the text matters more than a clear button there.
    lineEdit()->setClearButtonEnabled(false);
    connect(this, &SearchComboBox::keyChosen, this, &TimezonePicker::timezoneChosen);
}

QString TimezonePicker::offsetText(const QString& zoneId, qint64 nowUtcMs)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return {};
    return formatOffset(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(nowUtcMs, QTimeZone::utc())));
}

void TimezonePicker::setZones(qint64 nowUtcMs, const QString& accountZone)
{
    m_nowUtcMs = nowUtcMs;
    QList<Entry> entries;
    const QList<ZoneOffset> zones = zoneOffsets(nowUtcMs);
    entries.reserve(zones.size() + 1);
    const QString accountOffset = offsetText(accountZone, nowUtcMs);
    for (const ZoneOffset& zone : zones) {
        if (zone.id == accountZone && !accountOffset.isEmpty())
            continue; // listed once, at the top
        entries.append({ zone.id, tr("%1 (%2)").arg(zone.id, formatOffset(zone.offsetSeconds)), {} });
    }
    if (!accountOffset.isEmpty()) {
        entries.prepend({ accountZone, tr("%1 (%2) · account").arg(accountZone, accountOffset),
            tr("The timezone of this Klaviyo account") });
    }
    setEntries(entries);
}

void TimezonePicker::setTimezone(const QString& zoneId)
{
    const QString offset = offsetText(zoneId, m_nowUtcMs);
    const QString text = offset.isEmpty() ? tr("%1 (unknown timezone)").arg(zoneId) : tr("%1 (%2)").arg(zoneId, offset);
    setCurrentKey(zoneId, { zoneId, text, {} });
}

} // namespace kx
