// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to app/core/results: the simdjson DOM parser the response parsers use.

#include <memory>
#include <simdjson.h>

#include <QByteArray>

namespace kx::detail {

/**
 * Lends a simdjson DOM parser for one parse. Parsing an 18 MB page touches ~60 MB of parser
 * memory (tape, string buffer, structural indexes); a fresh parser page-faults all of it again,
 * which costs about as much as the parse itself. So one parser (and one padded input buffer) is
 * cached for the process and lent to whoever gets it first; a concurrent caller, or a body above
 * kMaxCachedInput, gets a private parser instead. Callers never wait for each other.
 * @note The cache keeps the memory of the largest body parsed so far (bounded by kMaxCachedInput).
 */
class JsonParserLease
{
public:
    static constexpr qsizetype kMaxCachedInput = qsizetype(32) << 20;

    explicit JsonParserLease(qsizetype inputSize);
    ~JsonParserLease();
    JsonParserLease(const JsonParserLease&) = delete;
    JsonParserLease& operator=(const JsonParserLease&) = delete;

    /// Parses @p body in place when its allocation has simdjson's padding after the end, else a
    /// padded copy (in the cached buffer when this lease holds the cache).
    simdjson::simdjson_result<simdjson::dom::element> parse(const QByteArray& body);

    /// Frees the cached parser's memory unless a lease holds it now; returns whether it did.
    static bool releaseCache();

private:
    struct Cache;
    static Cache& cache();

    simdjson::dom::parser* m_parser = nullptr;
    std::unique_ptr<simdjson::dom::parser> m_own;
    bool m_cached = false;
};

} // namespace kx::detail
