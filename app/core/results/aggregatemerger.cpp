// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <utility>

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include "aggregateparser.h"
#include "util/calendar.h"

namespace kx {

struct AggregateMerger::Private
{
    AggregateResult result;
    QHash<QStringList, qsizetype> groupIndex;
    std::vector<qint64> chunkDates; // dates of the chunk being received
    std::vector<qsizetype> chunkToResult; // chunk date index → result date index
    std::vector<bool> chunkDateOverlaps; // the result already had this date from an earlier chunk
    bool chunkContiguous = false; // chunkToResult[i] == chunkOffset + i and no overlap
    qsizetype chunkOffset = 0;
    bool haveChunk = false;
    bool forceNewChunk = false;
    int chunkSerial = 0;
    std::vector<int> groupChunkSerial; // the last chunk in which each group received values
    int repeatedGroups = 0; // groups met twice within one chunk
    size_t capacityHint = 0; // expected date count, so value vectors grow once

    /// Buckets the skeleton's range can hold (a little over, never under): reserving that much
    /// up front spares the per-chunk regrowth of every value vector.
    static size_t estimateBuckets(const AggregateResult& r)
    {
        const qint64 span = r.rangeEndUtcMs - r.rangeStartUtcMs;
        if (span <= 0)
            return 0;
        qint64 minBucketMs = 3600 * 1000; // an hour bucket is always 3600 s
        switch (r.interval) {
        case Interval::Hour:
            break;
        case Interval::Day:
            minBucketMs = 23 * 3600 * 1000; // DST days can be 23 h
            break;
        case Interval::Week:
            minBucketMs = (7 * 24 - 1) * 3600 * 1000;
            break;
        case Interval::Month:
            minBucketMs = (28 * 24 - 1) * qint64(3600 * 1000);
            break;
        }
        const qint64 buckets = span / minBucketMs + 2; // +2: partial buckets at both ends
        return buckets > 5'000'000 ? 0 : size_t(buckets); // absurd ranges get no hint
    }

    /// Reserves the hinted capacity unless the vector already spans about the whole range (one
    /// chunk for the whole range must not be copied for nothing).
    void reserveValues(std::vector<double>& values) const
    {
        if (capacityHint > values.capacity() && values.size() + 2 < capacityHint)
            values.reserve(capacityHint);
    }

    QStringList normalizedKey(QStringList dims) const
    {
        // [] and [""] both mean "the event lacks the dimension" (digest §4.4 [INF]); pad to the
        // `by` length so both spellings land in the same group. Extra trailing "" are dropped.
        const qsizetype want = result.by.size();
        while (dims.size() < want)
            dims.append(QString());
        while (dims.size() > want && dims.constLast().isEmpty())
            dims.removeLast();
        return dims;
    }

    void growAllGroups(size_t dateCount)
    {
        for (auto& group : result.groups) {
            for (auto& values : group.values) {
                if (dateCount > values.capacity())
                    values.reserve(std::max(dateCount, capacityHint));
                values.resize(dateCount, 0.0);
            }
        }
    }

    void startChunk(const std::vector<qint64>& dates)
    {
        ++chunkSerial;
        haveChunk = true;
        forceNewChunk = false;
        chunkDates = dates;
        auto& all = result.dates;
        const bool appendsAfter = all.empty() || (!dates.empty() && dates.front() > all.back());
        const bool ascending =
            std::is_sorted(dates.begin(), dates.end()) && std::adjacent_find(dates.begin(), dates.end()) == dates.end();
        chunkToResult.assign(dates.size(), 0);
        chunkDateOverlaps.assign(dates.size(), false);
        if (appendsAfter && ascending) {
            // The normal case: the chunk continues the dates.
            chunkOffset = qsizetype(all.size());
            chunkContiguous = true;
            all.insert(all.end(), dates.begin(), dates.end());
            for (size_t i = 0; i < dates.size(); ++i)
                chunkToResult[i] = chunkOffset + qsizetype(i);
            growAllGroups(all.size());
            return;
        }
        // Overlapping or out-of-order chunk: rebuild the union of the dates and move the values.
        chunkContiguous = false;
        std::vector<qint64> merged = all;
        merged.insert(merged.end(), dates.begin(), dates.end());
        std::sort(merged.begin(), merged.end());
        merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
        if (merged.size() != all.size()) {
            for (auto& group : result.groups) {
                for (auto& values : group.values) {
                    std::vector<double> moved(merged.size(), 0.0);
                    for (size_t i = 0; i < all.size(); ++i)
                        moved[size_t(std::lower_bound(merged.begin(), merged.end(), all[i]) - merged.begin())] =
                            values[i];
                    values = std::move(moved);
                }
            }
        }
        int overlapping = 0;
        qint64 firstOverlap = 0;
        for (size_t i = 0; i < dates.size(); ++i) {
            chunkToResult[i] = qsizetype(std::lower_bound(merged.begin(), merged.end(), dates[i]) - merged.begin());
            const bool known = std::binary_search(all.begin(), all.end(), dates[i])
                || (!ascending
                    && std::find(dates.begin(), dates.begin() + qsizetype(i), dates[i])
                        != dates.begin() + qsizetype(i));
            chunkDateOverlaps[i] = known;
            if (known && overlapping++ == 0)
                firstOverlap = dates[i];
        }
        all = std::move(merged);
        if (overlapping > 0) {
            const QTimeZone zone(result.timezone.toUtf8());
            const QString first =
                zone.isValid() ? calendar::formatLocalIso(firstOverlap, zone) : calendar::formatUtcIso(firstOverlap);
            //: %1 = ISO date of the first duplicated bucket; count and sum_value are API names
            result.warnings.append(QCoreApplication::translate("kx::AggregateMerger",
                "%n bucket(s) starting at %1 were reported by two chunks; count and sum_value "
                "were added and the larger unique kept.",
                nullptr, overlapping)
                                       .arg(first));
        }
    }

    void addPage(AggregatePage&& page)
    {
        if (!haveChunk || forceNewChunk || page.dates != chunkDates)
            startChunk(page.dates);

        // Measurement slots of the page → slots of the result.
        if (result.measurements.isEmpty()) {
            for (const QString& name : std::as_const(page.measurements)) {
                if (const auto m = measurementFromName(name))
                    result.measurements.append(*m);
            }
        }
        std::vector<qsizetype> slotOf(size_t(page.measurements.size()), -1);
        for (qsizetype i = 0; i < page.measurements.size(); ++i) {
            if (const auto m = measurementFromName(page.measurements[i]))
                slotOf[size_t(i)] = result.measurements.indexOf(*m);
        }
        const size_t slotCount = size_t(result.measurements.size());
        const size_t dateCount = result.dates.size();

        for (auto& row : page.rows) {
            QStringList key = normalizedKey(std::move(row.dimensions));
            auto it = groupIndex.constFind(key);
            qsizetype g = 0;
            bool fresh = false;
            if (it == groupIndex.constEnd()) {
                g = qsizetype(result.groups.size());
                groupIndex.insert(key, g);
                result.groups.push_back({ std::move(key), {} });
                groupChunkSerial.push_back(0);
                fresh = true;
            } else {
                g = it.value();
            }
            auto& group = result.groups[size_t(g)];
            const bool repeated = groupChunkSerial[size_t(g)] == chunkSerial;
            if (repeated)
                ++repeatedGroups;
            groupChunkSerial[size_t(g)] = chunkSerial;

            // A group seen for the first time in the only chunk so far: take the vectors as they are.
            const bool adopt =
                fresh && chunkContiguous && chunkOffset == 0 && row.values.size() == size_t(page.measurements.size());
            if (adopt) {
                group.values.resize(slotCount);
                for (size_t i = 0; i < row.values.size(); ++i) {
                    if (slotOf[i] >= 0)
                        group.values[size_t(slotOf[i])] = std::move(row.values[i]);
                }
                for (auto& values : group.values) {
                    reserveValues(values);
                    values.resize(dateCount, 0.0);
                }
                continue;
            }
            if (group.values.size() != slotCount)
                group.values.resize(slotCount);
            for (auto& values : group.values) {
                reserveValues(values);
                values.resize(dateCount, 0.0);
            }
            for (size_t i = 0; i < row.values.size(); ++i) {
                if (slotOf[i] < 0)
                    continue;
                const Measurement m = result.measurements[slotOf[i]];
                const std::vector<double>& src = row.values[i];
                double* dst = group.values[size_t(slotOf[i])].data();
                const size_t n = std::min(src.size(), chunkToResult.size());
                if (chunkContiguous && !repeated) {
                    std::copy(src.begin(), src.begin() + qsizetype(n), dst + chunkOffset);
                    continue;
                }
                for (size_t d = 0; d < n; ++d) {
                    double& cell = dst[chunkToResult[d]];
                    if (!repeated && !chunkDateOverlaps[d])
                        cell = src[d];
                    else if (m == Measurement::Unique)
                        cell = std::max(cell, src[d]);
                    else
                        cell += src[d];
                }
            }
        }
    }
};

AggregateMerger::AggregateMerger(AggregateResult skeleton)
    : d(std::make_unique<Private>())
{
    d->result = std::move(skeleton);
    d->result.dates.clear();
    d->result.groups.clear();
    d->capacityHint = Private::estimateBuckets(d->result);
    d->result.dates.reserve(d->capacityHint);
}

AggregateMerger::~AggregateMerger() = default;

void AggregateMerger::beginChunk()
{
    d->forceNewChunk = true;
}

void AggregateMerger::addPage(AggregatePage&& page)
{
    d->addPage(std::move(page));
}

AggregateResult AggregateMerger::take()
{
    if (d->repeatedGroups > 0) {
        d->result.warnings.append(QCoreApplication::translate("kx::AggregateMerger",
            "%n group(s) appeared twice within one chunk; their count and sum_value "
            "were added and the larger unique kept.",
            nullptr, d->repeatedGroups));
    }
    AggregateResult out = std::move(d->result);
    auto skeleton = std::make_unique<Private>();
    skeleton->result.metricId = out.metricId;
    skeleton->result.metricName = out.metricName;
    skeleton->result.timezone = out.timezone;
    skeleton->result.interval = out.interval;
    skeleton->result.by = out.by;
    skeleton->result.measurements = out.measurements;
    skeleton->result.rangeStartUtcMs = out.rangeStartUtcMs;
    skeleton->result.rangeEndUtcMs = out.rangeEndUtcMs;
    skeleton->capacityHint = d->capacityHint;
    d = std::move(skeleton);
    return out;
}

} // namespace kx
