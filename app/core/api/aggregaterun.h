// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include <QJsonObject>
#include <QList>
#include <QSet>

#include "apioperation.h"
#include "results/aggregateparser.h"
#include "results/aggregateresult.h"

namespace kx {

/**
 * Runs a metric-aggregate query: one POST /api/metric-aggregates per chunk body (the query
 * module splits ranges longer than a year), following pagination inside each chunk, and merges
 * every page into one AggregateResult.
 *
 * Pagination (digest §4.5, undocumented by Klaviyo): a page's cursor (from the top-level
 * `links.next` URL's `page_cursor` / `page[cursor]`, as the results parser extracts it) is sent back
 * in `data.attributes.page_cursor` of the same body; a `links.next` without a cursor is followed by
 * re-POSTing the same body to that URL.
 *
 * Page bodies are parsed in QtConcurrent workers (parseAggregatePage) and merged in order by one
 * AggregateMerger, also in a worker, one page at a time; chunks may be fetched in parallel.
 */
class AggregateRun : public ApiOperation
{
    Q_OBJECT

public:
    /// Parses one page body; nullopt with a translated @p error when it cannot.
    using PageParser = std::function<std::optional<AggregatePage>(const QByteArray& body, QString* error)>;

    /// @p chunkBodies: full request documents ({"data": {"type": "metric-aggregate", …}}) in date
    /// order; @p skeleton: result metadata (metric, timezone, interval, by, measurements, range).
    AggregateRun(
        ApiClient* client, const QList<QJsonObject>& chunkBodies, AggregateResult skeleton, QObject* parent = nullptr);
    ~AggregateRun() override;

    /// Chunks fetched at the same time (default 3; the rate limiter paces them anyway).
    void setMaxParallelChunks(int count)
    {
        m_maxParallel = std::max(1, count);
    }
    /// Safety bound against a cursor that never ends (default 1000 pages per chunk).
    void setMaxPagesPerChunk(int pages)
    {
        m_maxPagesPerChunk = std::max(1, pages);
    }

    /// The page parser, called on a QtConcurrent worker thread, never on the run's own thread
    /// (default parseAggregatePage). Must be thread-safe. A seam for tests; set before start().
    void setPageParser(PageParser parser)
    {
        m_pageParser = std::move(parser);
    }

    /// The request of chunk @p index's first page (for the curl command).
    ApiRequest chunkRequest(int index) const;
    RunPlan plan() const override;

    /// The merged result, `requestCount` set. Valid after a successful finished().
    const AggregateResult& result() const
    {
        return m_result;
    }

protected:
    void run() override;

private:
    struct Chunk
    {
        QJsonObject body;
        int pagesRequested = 0;
        bool allPagesFetched = false;
        std::deque<std::shared_ptr<AggregatePage>> toMerge;
        QSet<QString> seenCursors;
    };

    void startChunks();
    void requestPage(int index, const QString& cursor, const QString& nextUrl);
    void parsePage(int index, const QByteArray& body, const QString& path);
    void pageParsed(int index, std::shared_ptr<AggregatePage> page);
    void pumpMerge();

    std::vector<Chunk> m_chunks;
    AggregateResult m_skeleton;
    AggregateResult m_result;
    std::shared_ptr<AggregateMerger> m_merger;
    PageParser m_pageParser;
    int m_nextChunk = 0;
    int m_activeChunks = 0;
    int m_mergeChunk = 0;
    bool m_merging = false;
    int m_maxParallel = 3;
    int m_maxPagesPerChunk = 1000;
};

} // namespace kx
