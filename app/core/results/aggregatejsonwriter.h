// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QString>

#include "aggregateresult.h"

class QIODevice;

namespace kx {

/**
 * Writes an AggregateResult as one compact JSON document (UTF-8, no whitespace):
 * `{"metric":{"id":…,"name":…},"timezone":…,"interval":…,"by":[…],"measurements":[…],
 *   "dates":[ISO 8601 wall time in the timezone with offset…],
 *   "series":[{"dimensions":{"<by>":"<value>",…},"names":{…},"measurement":…,"values":[…]}],
 *   "warnings":[…]}`.
 * `names` appears only for dimensions listed in the names map. Numbers as in CsvWriter
 * (`120`, `0.1`, `2.5e+20`); a NaN value is `null`.
 * @note No state between calls except the names; safe to use from a worker thread.
 */
class AggregateJsonWriter
{
public:
    AggregateJsonWriter() = default;
    explicit AggregateJsonWriter(DimensionNames names)
        : m_names(std::move(names))
    {
    }

    /// Writes @p result; false and errorString() when the device fails or the timezone is unknown.
    bool write(const AggregateResult& result, QIODevice* device);
    QString errorString() const
    {
        return m_error;
    }

private:
    DimensionNames m_names;
    QString m_error;
};

} // namespace kx
