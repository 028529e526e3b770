// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedresult.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <QCoreApplication>
#include <QDateTime>

#include "resultlabels.h"

namespace kx {

namespace {

QString offsetText(qint64 utcMs, const QTimeZone& zone)
{
    const int seconds = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QChar(0x2212) : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

QString PreparedResult::dateLabel(qint64 utcMs, Interval interval, const QTimeZone& zone, const QLocale& locale)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    switch (interval) {
    case Interval::Hour:
        return locale.toString(local, QLocale::ShortFormat);
    case Interval::Day:
    case Interval::Week:
        return locale.toString(local.date(), QLocale::ShortFormat);
    case Interval::Month:
        return locale.toString(local.date(), QStringLiteral("MMMM yyyy"));
    }
    return {};
}

std::shared_ptr<const PreparedResult> PreparedResult::create(AggregateResult result, const QLocale& locale)
{
    auto prepared = std::make_shared<PreparedResult>();
    PreparedResult& p = *prepared;
    p.locale = locale;
    QStringList problems;

    p.zone = QTimeZone(result.timezone.toUtf8());
    if (!p.zone.isValid()) {
        problems.append(
            QCoreApplication::translate("kx::PreparedResult", "Unknown timezone \"%1\"; dates are shown in UTC.")
                .arg(result.timezone));
        p.zone = QTimeZone::utc();
    }
    if (!std::is_sorted(result.dates.begin(), result.dates.end())) {
        // Charts and binary searches need ascending dates; a merged result is always sorted,
        // so this only repairs hand-made input. Values are permuted along with the dates.
        std::vector<size_t> order(result.dates.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(
            order.begin(), order.end(), [&](size_t a, size_t b) { return result.dates[a] < result.dates[b]; });
        std::vector<qint64> dates(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            dates[i] = result.dates[order[i]];
        for (auto& group : result.groups) {
            for (auto& series : group.values) {
                if (series.size() != order.size())
                    continue; // repaired below; its order cannot be known anyway
                std::vector<double> sorted(order.size());
                for (size_t i = 0; i < order.size(); ++i)
                    sorted[i] = series[order[i]];
                series = std::move(sorted);
            }
        }
        result.dates = std::move(dates);
        problems.append(QCoreApplication::translate("kx::PreparedResult", "The dates were not in ascending order."));
    }

    const size_t dateCount = result.dates.size();
    const auto measurementCount = size_t(result.measurements.size());
    bool reshaped = false;
    for (auto& group : result.groups) {
        if (group.dimensions.size() < result.by.size()) {
            group.dimensions.resize(result.by.size());
            reshaped = true;
        }
        if (group.values.size() != measurementCount) {
            group.values.resize(measurementCount);
            reshaped = true;
        }
        for (auto& series : group.values) {
            if (series.size() != dateCount) {
                series.resize(dateCount, std::numeric_limits<double>::quiet_NaN());
                reshaped = true;
            }
        }
    }
    if (reshaped) {
        problems.append(QCoreApplication::translate("kx::PreparedResult",
            "Some series did not have one value per date and measurement; missing values are left empty."));
    }

    p.dateLabels.reserve(dateCount);
    p.xs.reserve(dateCount);
    for (const qint64 ms : result.dates) {
        p.dateLabels.push_back(dateLabel(ms, result.interval, p.zone, locale));
        p.xs.push_back(double(ms));
    }
    if (result.interval == Interval::Hour) {
        // The hour after a DST fall-back repeats the wall time; the offset tells the two apart.
        for (size_t i = 1; i < dateCount; ++i) {
            if (p.dateLabels[i] != p.dateLabels[i - 1])
                continue;
            for (const size_t j : { i - 1, i }) {
                const QString base = dateLabel(result.dates[j], result.interval, p.zone, locale);
                p.dateLabels[j] = QCoreApplication::translate("kx::PreparedResult", "%1 (UTC%2)", "wall time, offset")
                                      .arg(base, offsetText(result.dates[j], p.zone));
            }
        }
    }

    p.seriesTotals.resize(result.groups.size() * measurementCount);
    for (size_t g = 0; g < result.groups.size(); ++g) {
        for (size_t m = 0; m < measurementCount; ++m) {
            double sum = 0;
            for (const double v : result.groups[g].values[m]) {
                if (!std::isnan(v))
                    sum += v;
            }
            p.seriesTotals[g * measurementCount + m] = sum;
        }
    }

    if (measurementCount > 0) {
        p.rankMeasurement = 0;
        for (qsizetype m = 0; m < result.measurements.size(); ++m) {
            if (isAdditive(result.measurements.at(m))) {
                p.rankMeasurement = int(m);
                break;
            }
        }
    }
    p.groupsByRank.resize(result.groups.size());
    std::iota(p.groupsByRank.begin(), p.groupsByRank.end(), 0);
    if (p.rankMeasurement >= 0) {
        const size_t rm = size_t(p.rankMeasurement);
        std::stable_sort(p.groupsByRank.begin(), p.groupsByRank.end(), [&](int a, int b) {
            return p.seriesTotals[size_t(a) * measurementCount + rm]
                > p.seriesTotals[size_t(b) * measurementCount + rm];
        });
    }

    p.problem = problems.join(u' ');
    p.result = std::move(result);
    return prepared;
}

} // namespace kx
