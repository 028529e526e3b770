// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregatejsonwriter.h"

#include <cmath>

#include <QIODevice>

#include "blockwriter.h"

namespace kx {

bool AggregateJsonWriter::write(const AggregateResult& result, QIODevice* device)
{
    using detail::jsonString;
    m_error.clear();
    if (!device || !device->isWritable()) {
        m_error = detail::deviceNotWritable(device);
        return false;
    }
    std::vector<QByteArray> dates;
    if (!detail::localDateTexts(result.dates, result.timezone, &dates, &m_error))
        return false;

    detail::BlockWriter out(device);
    out.append(QByteArrayView(R"({"metric":{"id":)"));
    out.append(jsonString(result.metricId));
    out.append(QByteArrayView(R"(,"name":)"));
    out.append(jsonString(result.metricName));
    out.append(QByteArrayView(R"(},"timezone":)"));
    out.append(jsonString(result.timezone));
    out.append(QByteArrayView(R"(,"interval":)"));
    out.append(jsonString(intervalName(result.interval)));
    out.append(QByteArrayView(R"(,"by":[)"));
    for (qsizetype i = 0; i < result.by.size(); ++i) {
        if (i)
            out.append(',');
        out.append(jsonString(result.by[i]));
    }
    out.append(QByteArrayView(R"(],"measurements":[)"));
    for (qsizetype i = 0; i < result.measurements.size(); ++i) {
        if (i)
            out.append(',');
        out.append(jsonString(measurementName(result.measurements[i])));
    }
    out.append(QByteArrayView(R"(],"dates":[)"));
    for (size_t d = 0; d < dates.size(); ++d) {
        if (d)
            out.append(',');
        out.append('"');
        out.append(dates[d]); // ISO text: nothing to escape
        out.append('"');
    }
    out.append(QByteArrayView(R"(],"series":[)"));
    bool firstSeries = true;
    for (const auto& group : result.groups) {
        // The part of the series object before the measurement is shared by its measurements.
        QByteArray head = R"({"dimensions":{)";
        QByteArray names;
        for (qsizetype i = 0; i < group.dimensions.size(); ++i) {
            const QString key = i < result.by.size() ? result.by[i] : QStringLiteral("dimension %1").arg(i + 1);
            if (i)
                head.append(',');
            head.append(jsonString(key)).append(':').append(jsonString(group.dimensions[i]));
            const auto map = m_names.constFind(key);
            if (map != m_names.constEnd()) {
                if (!names.isEmpty())
                    names.append(',');
                const QString name = map->value(group.dimensions[i]);
                names.append(jsonString(key))
                    .append(':')
                    .append(name.isEmpty() ? QByteArray("null") : jsonString(name));
            }
        }
        head.append('}');
        if (!names.isEmpty())
            head.append(R"(,"names":{)").append(names).append('}');
        head.append(R"(,"measurement":)");
        for (qsizetype m = 0; m < result.measurements.size(); ++m) {
            if (!firstSeries)
                out.append(',');
            firstSeries = false;
            out.append(head);
            out.append(jsonString(measurementName(result.measurements[m])));
            out.append(QByteArrayView(R"(,"values":[)"));
            const std::vector<double>* values = size_t(m) < group.values.size() ? &group.values[size_t(m)] : nullptr;
            for (size_t d = 0; d < result.dates.size(); ++d) {
                if (d)
                    out.append(',');
                const double v = values && d < values->size() ? (*values)[d] : std::nan("");
                if (std::isfinite(v))
                    out.appendNumber(v);
                else
                    out.append(QByteArrayView("null"));
            }
            out.append(QByteArrayView("]}"));
        }
        if (out.failed())
            break;
    }
    out.append(QByteArrayView(R"(],"warnings":[)"));
    for (qsizetype i = 0; i < result.warnings.size(); ++i) {
        if (i)
            out.append(',');
        out.append(jsonString(result.warnings[i]));
    }
    out.append(QByteArrayView("]}"));
    return out.finish(&m_error);
}

} // namespace kx
