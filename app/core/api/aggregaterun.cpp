// SPDX-License-Identifier: GPL-3.0-or-later
#include "aggregaterun.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QtConcurrent>

#include "apicall.h"
#include "apiclient.h"
#include "apiratelimiter.h"

using namespace Qt::StringLiterals;

namespace kx {

namespace {

const QString AggregatesPath = u"/api/metric-aggregates"_s;

struct ParseOutcome
{
    std::shared_ptr<AggregatePage> page;
    QString error;
};

} // namespace

AggregateRun::AggregateRun(
    ApiClient* client, const QList<QJsonObject>& chunkBodies, AggregateResult skeleton, QObject* parent)
    : ApiOperation(client, parent)
    , m_skeleton(std::move(skeleton))
{
    m_chunks.reserve(std::size_t(chunkBodies.size()));
    for (const QJsonObject& body : chunkBodies) {
        Chunk chunk;
        chunk.body = body;
        m_chunks.push_back(std::move(chunk));
    }
}

AggregateRun::~AggregateRun() = default;

ApiRequest AggregateRun::chunkRequest(int index) const
{
    if (index < 0 || index >= int(m_chunks.size()))
        return {};
    return ApiRequest::post(AggregatesPath, EndpointFamily::MetricAggregates,
        QJsonDocument(m_chunks[std::size_t(index)].body).toJson(QJsonDocument::Compact));
}

RunPlan AggregateRun::plan() const
{
    RunPlan plan;
    plan.requests = std::max(int(m_chunks.size()), requestsPlanned());
    if (client()) {
        plan.minimumSeconds =
            client()->rateLimiter()->minimumSeconds(EndpointFamily::MetricAggregates, plan.requests - requestsDone());
    }
    return plan;
}

void AggregateRun::run()
{
    for (const Chunk& chunk : m_chunks) {
        if (!chunk.body.value("data"_L1).toObject().value("attributes"_L1).isObject()) {
            fail(makeApiError(
                ApiError::Kind::InvalidInput, AggregatesPath, tr("a query part has no data.attributes object")));
            return;
        }
    }
    m_merger = std::make_shared<AggregateMerger>(m_skeleton);
    addPlanned(int(m_chunks.size()));
    if (m_chunks.empty()) {
        m_result = m_merger->take();
        succeed();
        return;
    }
    startChunks();
}

void AggregateRun::startChunks()
{
    while (m_activeChunks < m_maxParallel && m_nextChunk < int(m_chunks.size())) {
        const int index = m_nextChunk++;
        ++m_activeChunks;
        requestPage(index, {}, {});
    }
}

void AggregateRun::requestPage(int index, const QString& cursor, const QString& nextUrl)
{
    Chunk& chunk = m_chunks[std::size_t(index)];
    QJsonObject body = chunk.body;
    if (!cursor.isEmpty()) {
        QJsonObject data = body.value("data"_L1).toObject();
        QJsonObject attributes = data.value("attributes"_L1).toObject();
        attributes.insert("page_cursor"_L1, cursor);
        data.insert("attributes"_L1, attributes);
        body.insert("data"_L1, data);
    }
    ApiRequest request = ApiRequest::post(
        AggregatesPath, EndpointFamily::MetricAggregates, QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.bodyParsedByCaller = true; // parsePage() validates it on a worker thread
    if (cursor.isEmpty() && !nextUrl.isEmpty())
        request.absoluteUrl = QUrl::fromEncoded(nextUrl.toUtf8(), QUrl::TolerantMode);
    ++chunk.pagesRequested;
    send(request, [this, index](ApiCall* call) {
        countDone();
        if (!call->isSuccess()) {
            fail(call->error());
            return;
        }
        parsePage(index, call->response().body, call->url().path());
    });
}

void AggregateRun::parsePage(int index, const QByteArray& body, const QString& path)
{
    auto* watcher = new QFutureWatcher<ParseOutcome>(this);
    const quint64 generation = this->generation();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index, generation, path] {
        watcher->deleteLater();
        if (generation != this->generation() || isFinished())
            return;
        const ParseOutcome outcome = watcher->result();
        if (!outcome.page) {
            fail(makeApiError(ApiError::Kind::BadResponse, path, outcome.error));
            return;
        }
        pageParsed(index, outcome.page);
    });
    watcher->setFuture(QtConcurrent::run([body, parser = m_pageParser] {
        ParseOutcome outcome;
        std::optional<AggregatePage> page =
            parser ? parser(body, &outcome.error) : parseAggregatePage(body, &outcome.error);
        if (page)
            outcome.page = std::make_shared<AggregatePage>(std::move(*page));
        return outcome;
    }));
}

void AggregateRun::pageParsed(int index, std::shared_ptr<AggregatePage> page)
{
    Chunk& chunk = m_chunks[std::size_t(index)];
    const QString cursor = page->nextCursor;
    const QString nextUrl = page->nextUrl;
    chunk.toMerge.push_back(std::move(page));

    if (!cursor.isEmpty() || !nextUrl.isEmpty()) {
        const QString key = cursor.isEmpty() ? nextUrl : cursor;
        if (chunk.seenCursors.contains(key) || chunk.pagesRequested >= m_maxPagesPerChunk) {
            fail(makeApiError(ApiError::Kind::BadResponse, AggregatesPath, tr("the pages of the answer do not end")));
            return;
        }
        chunk.seenCursors.insert(key);
        addPlanned(1);
        requestPage(index, cursor, nextUrl);
    } else {
        chunk.allPagesFetched = true;
        --m_activeChunks;
        startChunks();
    }
    pumpMerge();
}

void AggregateRun::pumpMerge()
{
    if (m_merging || isFinished())
        return;
    // Pages are merged strictly in chunk order, then page order: the merger relies on it.
    while (m_mergeChunk < int(m_chunks.size())) {
        Chunk& chunk = m_chunks[std::size_t(m_mergeChunk)];
        if (!chunk.toMerge.empty())
            break;
        if (!chunk.allPagesFetched)
            return;
        ++m_mergeChunk;
    }
    if (m_mergeChunk >= int(m_chunks.size())) {
        m_result = m_merger->take();
        m_result.requestCount = requestsDone();
        releaseParserMemory(); // kept for the next page only
        succeed();
        return;
    }
    Chunk& chunk = m_chunks[std::size_t(m_mergeChunk)];
    std::shared_ptr<AggregatePage> page = std::move(chunk.toMerge.front());
    chunk.toMerge.pop_front();
    m_merging = true;
    auto* watcher = new QFutureWatcher<void>(this);
    const quint64 generation = this->generation();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_merging = false;
        if (generation != this->generation() || isFinished())
            return;
        pumpMerge();
    });
    // The worker shares ownership of the merger, so a run deleted mid-merge leaves it valid.
    watcher->setFuture(QtConcurrent::run([merger = m_merger, page] { merger->addPage(std::move(*page)); }));
}

} // namespace kx
