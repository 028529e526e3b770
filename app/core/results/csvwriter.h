// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QString>

#include "aggregateresult.h"
#include "reportresult.h"

class QIODevice;

namespace kx {

/**
 * Writes results as RFC 4180 CSV to any QIODevice (a QFile, a QBuffer in tests): UTF-8, a header
 * row, CRLF after every record (as RFC 4180 specifies; spreadsheet apps read it on every
 * platform), fields quoted only when they contain `,` `"` CR LF or start/end with a space, quotes
 * doubled. Numbers: `.` decimal point, no grouping, integral values without a fraction (`120`),
 * others in the shortest text that reads back to the same double (`0.1`, `1e-07`, `2.5e+20`);
 * a missing value (NaN) is an empty field. Dates are ISO 8601 wall time in the result's timezone
 * with its offset (`2022-06-01T00:00:00-04:00`).
 * @note Holds no state between calls except the options; safe to use from a worker thread.
 */
class CsvWriter
{
public:
    enum class Layout
    {
        /// `date`, one column per `by` dimension (named as the API names it, e.g.
        /// `$attributed_flow`), `measurement`, `value`: one record per date × group × measurement
        /// (dates outermost, then groups in result order, then measurements).
        Long,
        /// `date`, then one column per series: `<dimension values joined by " / "> · <measurement>`
        /// (just the measurement when there is no `by`; an empty value shows as "(none)"): one
        /// record per date.
        Wide,
    };

    struct Options
    {
        Layout layout = Layout::Long;
        /// Names for id dimensions. Long: every dimension listed here gets a `<dimension> name`
        /// column right after its own column (empty when the id has no known name). Wide: a known
        /// name is shown as `Name (id)` in the header.
        DimensionNames names;
        bool byteOrderMark = false; ///< start with a UTF-8 BOM (for spreadsheet apps that need it)
        /// Threads formatting a long CSV: 0 picks (two for big results on a machine with more
        /// than one core), 1 formats on the calling thread only. The output is the same either way.
        int threads = 0;
    };

    CsvWriter() = default;
    explicit CsvWriter(Options options)
        : m_options(std::move(options))
    {
    }

    const Options& options() const
    {
        return m_options;
    }
    void setOptions(const Options& options)
    {
        m_options = options;
    }

    /// Writes @p result; false and errorString() when the device fails or the timezone is unknown.
    bool write(const AggregateResult& result, QIODevice* device);
    /// Writes a report: one record per result row (values), or per row × date (series, with a
    /// leading `date` column); a column per ReportResult::groupingKeys entry, then one per
    /// ReportResult::statistics entry (a caller may set both from the query so that an empty
    /// result still gets its header; with neither, nothing is written).
    bool write(const ReportResult& result, QIODevice* device);

    QString errorString() const
    {
        return m_error;
    }

private:
    bool writeLong(const AggregateResult& result, const std::vector<QByteArray>& dates, QIODevice* device);
    bool writeWide(const AggregateResult& result, const std::vector<QByteArray>& dates, QIODevice* device);

    Options m_options;
    QString m_error;
};

} // namespace kx
