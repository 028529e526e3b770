// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregatepagebuilder.h"

#include <algorithm>
#include <numeric>

#include <QCoreApplication>

namespace kx::detail {

namespace aggregatetext {

QString emptyBody()
{
    return QCoreApplication::translate("kx::AggregateParser", "The metric aggregates response is empty.");
}

QString htmlPage()
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "The server sent an HTML page instead of a metric aggregates response.");
}

QString truncated()
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "The metric aggregates response ends early (the JSON is truncated).");
}

QString notJson(const QString& detail)
{
    return QCoreApplication::translate("kx::AggregateParser", "The metric aggregates response is not valid JSON: %1")
        .arg(detail);
}

QString notJsonObject()
{
    return QCoreApplication::translate("kx::AggregateParser", "The metric aggregates response is not a JSON object.");
}

QString errorDocument(const QString& detail)
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "The server answered with an error instead of metric aggregates: %1")
        .arg(detail);
}

QString missing(const QString& path)
{
    return QCoreApplication::translate("kx::AggregateParser", "The metric aggregates response has no “%1”.").arg(path);
}

QString notObject(const QString& path)
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "“%1” in the metric aggregates response is not an object.")
        .arg(path);
}

QString notArray(const QString& path)
{
    return QCoreApplication::translate("kx::AggregateParser", "“%1” in the metric aggregates response is not an array.")
        .arg(path);
}

QString notString(const QString& path)
{
    return QCoreApplication::translate("kx::AggregateParser", "“%1” in the metric aggregates response is not a string.")
        .arg(path);
}

QString notNumber(const QString& path)
{
    return QCoreApplication::translate("kx::AggregateParser", "“%1” in the metric aggregates response is not a number.")
        .arg(path);
}

QString unexpectedType(const QString& type)
{
    return QCoreApplication::translate("kx::AggregateParser", "The response describes a “%1”, not a metric aggregate.")
        .arg(type);
}

QString badDate(qsizetype index, const QString& text)
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "Date %1 (“%2”) of the metric aggregates response is not an ISO 8601 instant.")
        .arg(index + 1)
        .arg(text);
}

QString tooManyMeasurements()
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "The metric aggregates response has too many different measurements.");
}

QString missingMeasurement(qsizetype group, const QString& measurement)
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "Group %1 of the metric aggregates response has no values for measurement “%2”.")
        .arg(group + 1)
        .arg(measurement);
}

QString lengthMismatch(const QString& measurement, qsizetype group, qsizetype values, qsizetype dates)
{
    return QCoreApplication::translate(
        "kx::AggregateParser", "Measurement “%1” of group %2 has %3 values for %4 dates.")
        .arg(measurement)
        .arg(group + 1)
        .arg(values)
        .arg(dates);
}

} // namespace aggregatetext

bool looksLikeHtml(const QByteArray& body)
{
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '<';
    }
    return false;
}

bool looksTruncated(const QByteArray& body)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            break;
        default:
            break;
        }
    }
    return inString || depth > 0;
}

qsizetype AggregatePageBuilder::beginRow()
{
    page.rows.emplace_back();
    page.rows.back().values.resize(m_names.size());
    m_presentMask.push_back(0);
    m_rowHasMeasurements.push_back(false);
    return qsizetype(page.rows.size()) - 1;
}

std::vector<double>* AggregatePageBuilder::measurementValues(qsizetype row, std::string_view name, QString* error)
{
    size_t slot = 0;
    while (slot < m_names.size() && m_names[slot] != name)
        ++slot;
    if (slot == m_names.size()) {
        if (m_names.size() >= kMaxMeasurements) {
            if (error)
                *error = aggregatetext::tooManyMeasurements();
            return nullptr;
        }
        m_names.emplace_back(name);
    }
    auto& values = page.rows[size_t(row)].values;
    if (values.size() <= slot)
        values.resize(slot + 1);
    m_presentMask[size_t(row)] |= quint64(1) << slot;
    values[slot].clear(); // a repeated key: the last occurrence wins, as in QJsonDocument
    return &values[slot];
}

bool AggregatePageBuilder::finish(QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const size_t slots = m_names.size();
    const auto dateCount = qsizetype(page.dates.size());
    for (size_t r = 0; r < page.rows.size(); ++r) {
        if (!m_rowHasMeasurements[r])
            return fail(aggregatetext::missing(QStringLiteral("data.attributes.data[%1].measurements").arg(r)));
        auto& values = page.rows[r].values;
        values.resize(slots);
        for (size_t s = 0; s < slots; ++s) {
            const QString name = QString::fromUtf8(m_names[s].data(), qsizetype(m_names[s].size()));
            if (!(m_presentMask[r] & (quint64(1) << s)))
                return fail(aggregatetext::missingMeasurement(qsizetype(r), name));
            if (qsizetype(values[s].size()) != dateCount)
                return fail(aggregatetext::lengthMismatch(name, qsizetype(r), qsizetype(values[s].size()), dateCount));
        }
    }

    // Canonical measurement order: the API's own order of the enum, then unknown names by name.
    auto rank = [](const std::string& name) {
        if (name == "count")
            return 0;
        if (name == "sum_value")
            return 1;
        if (name == "unique")
            return 2;
        return 3;
    };
    std::vector<size_t> order(slots);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const int ra = rank(m_names[a]);
        const int rb = rank(m_names[b]);
        return ra != rb ? ra < rb : m_names[a] < m_names[b];
    });
    page.measurements.clear();
    for (const size_t s : order)
        page.measurements.append(QString::fromUtf8(m_names[s].data(), qsizetype(m_names[s].size())));
    const bool identity = std::is_sorted(order.begin(), order.end());
    if (!identity) {
        for (auto& row : page.rows) {
            std::vector<std::vector<double>> sorted;
            sorted.reserve(slots);
            for (const size_t s : order)
                sorted.push_back(std::move(row.values[s]));
            row.values = std::move(sorted);
        }
    }
    return true;
}

} // namespace kx::detail
