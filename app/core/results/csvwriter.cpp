// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <algorithm>

#include <QCoreApplication>
#include <QIODevice>

#include "blockwriter.h"

namespace kx {

namespace {

using detail::BlockWriter;
using detail::csvField;

constexpr char kCrLf[] = "\r\n";
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
    for (size_t d = 0; d < dates.size(); ++d) {
        const QByteArray& date = dates[d];
        for (size_t g = 0; g < result.groups.size(); ++g) {
            const auto& group = result.groups[g];
            const QByteArray& prefix = groupText[g];
            for (size_t m = 0; m < slots; ++m) {
                out.append(date.constData(), date.size());
                out.append(prefix.constData(), prefix.size());
                out.append(measurementText[m].constData(), measurementText[m].size());
                if (m < group.values.size() && d < group.values[m].size())
                    out.appendNumber(group.values[m][d]);
                out.append(kCrLf, 2);
            }
        }
        if (out.failed())
            break;
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
