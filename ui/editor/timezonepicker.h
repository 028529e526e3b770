// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchcombobox.h"

namespace kx {

/**
 * The searchable IANA timezone list, each entry with its UTC offset at the current moment
 * ("America/New_York (UTC-04:00)"), so typing a city, a region or an offset finds it. The
 * account's timezone comes first. Zones the metric-aggregates endpoint refuses are left out.
 */
class TimezonePicker : public SearchComboBox
{
    Q_OBJECT

public:
    explicit TimezonePicker(QWidget* parent = nullptr);

    /// Rebuilds the list with offsets at @p nowUtcMs; @p accountZone is listed first.
    void setZones(qint64 nowUtcMs, const QString& accountZone);
    void setTimezone(const QString& zoneId);

    /// "UTC+05:30", "UTC-04:00" at @p nowUtcMs; empty for an unknown zone.
    static QString offsetText(const QString& zoneId, qint64 nowUtcMs);

Q_SIGNALS:
    void timezoneChosen(const QString& zoneId);

private:
    qint64 m_nowUtcMs = 0;
};

} // namespace kx
