// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <numeric>
#include <string>
#include <thread>

#include <QCoreApplication>
#include <QIODevice>
#include <QThread>

#include "blockwriter.h"

namespace kx {

namespace {

using detail::BlockWriter;
using detail::csvField;
using detail::formatNumber;
using detail::kNumberChars;

/// Long CSVs of at least this many records are formatted by several threads (one per core).
constexpr size_t kParallelRecords = 200'000;
/// Records per block when formatting in parallel (a few MB of text per block).
constexpr size_t kBlockRecords = 50'000;

constexpr char kCrLf[] = "\r\n";

/**
 * Formats blocks 0 … @p count - 1 with @p format on @p threads worker threads and passes their
 * texts to @p write in block order on the calling thread, while the next blocks are being formatted:
 * writing (mostly the kernel copying into the page cache) overlaps formatting. Each worker block
 * goes into one of 2 × threads texts, reused once written. Stops early when @p write returns false.
 */
void formatInOrder(size_t count, int threads, const std::function<void(size_t, std::string&)>& format,
    const std::function<bool(const std::string&)>& write)
{
    const size_t slots = size_t(threads) * 2;
    std::vector<std::string> texts(slots);
    std::vector<size_t> filledWith(slots, size_t(-1)); // the block each text holds, once formatted
    std::vector<size_t> freeFor(slots); // the block each text may be filled with next
    std::iota(freeFor.begin(), freeFor.end(), size_t(0));
    size_t nextBlock = 0;
    bool stop = false;
    std::mutex mutex;
    std::condition_variable changed;

    const auto work = [&] {
        for (;;) {
            size_t block = 0;
            {
                std::unique_lock lock(mutex);
                if (stop || nextBlock >= count)
                    return;
                block = nextBlock++;
                // Wait for the writer to be done with the block this text held before.
                changed.wait(lock, [&] { return stop || freeFor[block % slots] == block; });
                if (stop)
                    return;
            }
            format(block, texts[block % slots]);
            {
                std::lock_guard lock(mutex);
                filledWith[block % slots] = block;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work);
    for (size_t block = 0; block < count; ++block) {
        const size_t slot = block % slots;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return filledWith[slot] == block; });
        }
        const bool ok = write(texts[slot]);
        {
            std::lock_guard lock(mutex);
            freeFor[slot] = block + slots;
            stop = !ok;
        }
        changed.notify_all();
        if (!ok)
            break;
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (std::thread& worker : workers)
        worker.join();
}
constexpr char kBom[] = "\xEF\xBB\xBF";

bool checkDevice(QIODevice* device, QString* error)
{
    if (device && device->isWritable())
        return true;
    *error = detail::deviceNotWritable(device);
    return false;
}

QString noneLabel()
{
    //: Wide CSV header: a group whose dimension value is empty (the event lacks the dimension)
    return QCoreApplication::translate("kx::CsvWriter", "(none)");
}

QString nameColumn(const QString& dimension)
{
    //: CSV column holding the display names of the ids in column %1 (an API dimension name)
    return QCoreApplication::translate("kx::CsvWriter", "%1 name").arg(dimension);
}

} // namespace

bool CsvWriter::write(const AggregateResult& result, QIODevice* device)
{
    m_error.clear();
    if (!checkDevice(device, &m_error))
        return false;
    std::vector<QByteArray> dates;
    if (!detail::localDateTexts(result.dates, result.timezone, &dates, &m_error))
        return false;
    return m_options.layout == Layout::Long ? writeLong(result, dates, device) : writeWide(result, dates, device);
}

bool CsvWriter::writeLong(const AggregateResult& result, const std::vector<QByteArray>& dates, QIODevice* device)
{
    BlockWriter out(device);
    if (m_options.byteOrderMark)
        out.append(kBom, 3);

    // Columns beyond `by`: groups may carry more dimension values than `by` names (a caller that
    // left `by` empty); those columns are named after their position.
    qsizetype dimensionCount = result.by.size();
    for (const auto& group : result.groups)
        dimensionCount = std::max(dimensionCount, group.dimensions.size());
    QStringList dimensionNames = result.by;
    for (qsizetype i = dimensionNames.size(); i < dimensionCount; ++i)
        dimensionNames.append(QCoreApplication::translate("kx::CsvWriter", "dimension %1").arg(i + 1));

    out.append(QByteArrayView("date"));
    for (const QString& dim : std::as_const(dimensionNames)) {
        out.append(',');
        out.append(csvField(dim));
        if (m_options.names.contains(dim)) {
            out.append(',');
            out.append(csvField(nameColumn(dim)));
        }
    }
    out.append(QByteArrayView(",measurement,value"));
    out.append(kCrLf, 2);

    // Everything but the value is the same text for many records: build it once.
    std::vector<QByteArray> groupText;
    groupText.reserve(result.groups.size());
    for (const auto& group : result.groups) {
        QByteArray text;
        for (qsizetype i = 0; i < dimensionCount; ++i) {
            const QString value = group.dimensions.value(i);
            text.append(',').append(csvField(value));
            const auto names = m_options.names.constFind(dimensionNames[i]);
            if (names != m_options.names.constEnd())
                text.append(',').append(csvField(names->value(value)));
        }
        text.append(',');
        groupText.push_back(std::move(text));
    }
    std::vector<QByteArray> measurementText;
    for (const Measurement m : result.measurements)
        measurementText.push_back(csvField(measurementName(m)) + ',');

    const size_t slots = size_t(result.measurements.size());
    // The records of dates [from, to) in order, into @p text (cleared first).
    const auto format = [&](size_t from, size_t to, std::string& text) {
        text.clear();
        char number[kNumberChars];
        for (size_t d = from; d < to; ++d) {
            const QByteArray& date = dates[d];
            for (size_t g = 0; g < result.groups.size(); ++g) {
                const auto& group = result.groups[g];
                const QByteArray& prefix = groupText[g];
                for (size_t m = 0; m < slots; ++m) {
                    text.append(date.constData(), size_t(date.size()));
                    text.append(prefix.constData(), size_t(prefix.size()));
                    text.append(measurementText[m].constData(), size_t(measurementText[m].size()));
                    if (m < group.values.size() && d < group.values[m].size())
                        text.append(number, size_t(formatNumber(group.values[m][d], number)));
                    text.append(kCrLf, 2);
                }
            }
        }
    };

    // Big results are formatted by worker threads, block by block in date order, and written in
    // that order as they come: the bytes are the same as from one thread.
    const size_t records = dates.size() * result.groups.size() * slots;
    const int threads =
        m_options.threads > 0 ? m_options.threads : (records >= kParallelRecords ? QThread::idealThreadCount() : 1);
    const size_t recordsPerDate = std::max<size_t>(1, result.groups.size() * slots);
    const size_t block = std::max<size_t>(1, kBlockRecords / recordsPerDate);
    const size_t blocks = (dates.size() + block - 1) / block;
    if (threads > 1 && blocks > 1) {
        formatInOrder(
            blocks, threads,
            [&](size_t i, std::string& text) { format(i * block, std::min((i + 1) * block, dates.size()), text); },
            [&](const std::string& text) {
                out.append(text.data(), qsizetype(text.size()));
                return !out.failed();
            });
    } else {
        std::string text;
        for (size_t d = 0; d < dates.size() && !out.failed(); d += block) {
            format(d, std::min(d + block, dates.size()), text);
            out.append(text.data(), qsizetype(text.size()));
        }
    }
    return out.finish(&m_error);
}

bool CsvWriter::writeWide(const AggregateResult& result, const std::vector<QByteArray>& dates, QIODevice* device)
{
    BlockWriter out(device);
    if (m_options.byteOrderMark)
        out.append(kBom, 3);

    out.append(QByteArrayView("date"));
    for (const auto& group : result.groups) {
        QStringList parts;
        for (qsizetype i = 0; i < group.dimensions.size(); ++i) {
            const QString& value = group.dimensions[i];
            const QString name = m_options.names.value(result.by.value(i)).value(value);
            if (value.isEmpty())
                parts.append(noneLabel());
            else if (!name.isEmpty())
                //: Wide CSV header: display name of a dimension value, then its id
                parts.append(QCoreApplication::translate("kx::CsvWriter", "%1 (%2)").arg(name, value));
            else
                parts.append(value);
        }
        const QString series = parts.join(u" / ");
        for (const Measurement m : result.measurements) {
            out.append(',');
            out.append(csvField(series.isEmpty() ? measurementName(m) : series + u" · " + measurementName(m)));
        }
    }
    out.append(kCrLf, 2);

    const size_t slots = size_t(result.measurements.size());
    for (size_t d = 0; d < dates.size(); ++d) {
        out.append(dates[d].constData(), dates[d].size());
        for (const auto& group : result.groups) {
            for (size_t m = 0; m < slots; ++m) {
                out.append(',');
                if (m < group.values.size() && d < group.values[m].size())
                    out.appendNumber(group.values[m][d]);
            }
        }
        out.append(kCrLf, 2);
        if (out.failed())
            break;
    }
    return out.finish(&m_error);
}

bool CsvWriter::write(const ReportResult& result, QIODevice* device)
{
    m_error.clear();
    if (!checkDevice(device, &m_error))
        return false;
    std::vector<QByteArray> dates;
    if (result.series && !detail::localDateTexts(result.dateTimes, result.timezone, &dates, &m_error))
        return false;
    if (result.groupingKeys.isEmpty() && result.statistics.isEmpty())
        return true; // no column is known (an empty result the caller gave no columns): no header

    BlockWriter out(device);
    if (m_options.byteOrderMark)
        out.append(kBom, 3);
    QList<QByteArray> header;
    if (result.series)
        header.append(QByteArrayLiteral("date"));
    for (const QString& key : result.groupingKeys)
        header.append(csvField(key));
    for (const QString& statistic : result.statistics)
        header.append(csvField(statistic));
    out.append(header.join(','));
    out.append(kCrLf, 2);

    const qsizetype records = result.series ? qsizetype(dates.size()) : 1;
    for (const auto& row : result.rows) {
        QByteArray groupings;
        for (qsizetype k = 0; k < result.groupingKeys.size(); ++k) {
            if (k > 0)
                groupings.append(',');
            groupings.append(csvField(row.grouping(result.groupingKeys[k])));
        }
        for (qsizetype i = 0; i < records; ++i) {
            bool first = true;
            if (result.series) {
                out.append(dates[size_t(i)]);
                first = false;
            }
            if (!result.groupingKeys.isEmpty()) {
                if (!first)
                    out.append(',');
                out.append(groupings);
                first = false;
            }
            for (const QString& statistic : result.statistics) {
                if (!first)
                    out.append(',');
                first = false;
                out.appendNumber(row.value(statistic, i));
            }
            out.append(kCrLf, 2);
        }
    }
    return out.finish(&m_error);
}

} // namespace kx
