// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "aggregateresult.h"

namespace kx {

/// One page of a Query Metric Aggregates response (digest §4.4), as parsed; plain value type.
struct AggregatePage
{
    std::vector<qint64> dates; ///< bucket starts, UTC ms, in response order
    struct Row
    {
        QStringList dimensions; ///< one entry per `by` item ("" when absent)
        std::vector<std::vector<double>> values; ///< [measurement][date]
    };
    QStringList measurements; ///< measurement names in the order of Row::values
    std::vector<Row> rows;
    QString nextUrl; ///< top-level links.next, empty when none
    QString nextCursor; ///< cursor from nextUrl (page_cursor or page[cursor] query item), else empty
};

/// Spare bytes a body should have after its end (QByteArray::reserve(size + this)) for
/// parseAggregatePage to parse it in place; without them it parses a padded copy.
inline constexpr qsizetype kAggregateParsePadding = 64;

/**
 * Parses one metric-aggregates response body with simdjson. Thread-safe (no shared state), so the
 * client may call it from a QtConcurrent worker. Returns nullopt and a precise, translated
 * @p error naming the offending part when the body is not a well-formed aggregate response.
 * Strict about the data (dates, one value per date for every measurement of every group), lenient
 * about the rest (unknown keys, `dimensions` [] or [""], integer or float numbers).
 */
std::optional<AggregatePage> parseAggregatePage(const QByteArray& body, QString* error);

/**
 * Frees the parser memory kept between parses for the next page (about 3.5 times the largest
 * body parsed, see detail::JsonParserLease), unless a parse is using it right now. AggregateRun
 * calls it when a run ends, so an idle app does not hold 60 MB for an 18 MB answer it already
 * merged, and the memory is back with the system before the result is exported.
 */
void releaseParserMemory();

/// Reference implementation on QJsonDocument: same result and errors class as
/// parseAggregatePage; used by the tests and as the benchmark baseline. Thread-safe.
std::optional<AggregatePage> parseAggregatePageQt(const QByteArray& body, QString* error);

/// Extracts the page cursor (`page_cursor` or `page[cursor]` query item) from a `links.next` URL.
QString cursorFromNextUrl(const QString& nextUrl);

/**
 * Merges the pages of a chunked, paginated metric-aggregates run into one AggregateResult.
 * Pages of one chunk share their dates and add groups; a later chunk continues the dates.
 * Groups are matched by their dimension tuple. Not thread-safe: one merger per run, fed in order.
 */
class AggregateMerger
{
public:
    /// @p skeleton carries the metadata (metric, timezone, interval, by, measurements); its
    /// dates and groups are ignored and rebuilt from the pages.
    explicit AggregateMerger(AggregateResult skeleton);
    ~AggregateMerger();
    AggregateMerger(const AggregateMerger&) = delete;
    AggregateMerger& operator=(const AggregateMerger&) = delete;

    /// Adds one page. Pages whose dates equal the current chunk's dates are rows of that chunk;
    /// any other page starts a new chunk. Groups missing from a chunk get 0 for its dates. A
    /// bucket date that two chunks both report is combined (count and sum_value added, the
    /// larger unique kept) and noted in AggregateResult::warnings.
    void addPage(AggregatePage&& page);
    /// Optional: the next page starts a new chunk even if its dates equal the current chunk's.
    void beginChunk();
    /// The merged result; the merger keeps only the skeleton metadata afterwards.
    AggregateResult take();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kx
