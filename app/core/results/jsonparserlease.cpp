// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparserlease.h"

#include <cstring>
#include <mutex>

namespace kx::detail {

struct JsonParserLease::Cache
{
    std::mutex mutex;
    simdjson::dom::parser parser;
    std::unique_ptr<char[]> buffer;
    size_t bufferSize = 0;
};

JsonParserLease::Cache& JsonParserLease::cache()
{
    static Cache instance;
    return instance;
}

JsonParserLease::JsonParserLease(qsizetype inputSize)
{
    if (inputSize <= kMaxCachedInput && cache().mutex.try_lock()) {
        m_cached = true;
        m_parser = &cache().parser;
    } else {
        m_own = std::make_unique<simdjson::dom::parser>();
        m_parser = m_own.get();
    }
}

JsonParserLease::~JsonParserLease()
{
    if (m_cached)
        cache().mutex.unlock();
}

bool JsonParserLease::releaseCache()
{
    Cache& c = cache();
    if (!c.mutex.try_lock())
        return false;
    c.parser = simdjson::dom::parser();
    c.buffer.reset();
    c.bufferSize = 0;
    c.mutex.unlock();
    return true;
}

simdjson::simdjson_result<simdjson::dom::element> JsonParserLease::parse(const QByteArray& body)
{
    const size_t size = size_t(body.size());
    // simdjson reads up to SIMDJSON_PADDING bytes past the end. data_ptr() is non-const only by
    // signature; freeSpaceAtEnd() tells the room after the data, which capacity() cannot (it also
    // counts free space before the data).
    const qsizetype spare = const_cast<QByteArray&>(body).data_ptr().freeSpaceAtEnd();
    if (spare >= qsizetype(simdjson::SIMDJSON_PADDING))
        return m_parser->parse(body.constData(), size, false);
    if (!m_cached)
        return m_parser->parse(body.constData(), size, true); // simdjson makes the padded copy
    Cache& c = cache();
    if (c.bufferSize < size + simdjson::SIMDJSON_PADDING) {
        c.bufferSize = size + simdjson::SIMDJSON_PADDING;
        c.buffer.reset(new char[c.bufferSize]);
    }
    std::memcpy(c.buffer.get(), body.constData(), size);
    std::memset(c.buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return m_parser->parse(c.buffer.get(), size, false);
}

} // namespace kx::detail
