// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoengine.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace kx {

/**
 * Hands out one DemoEngine, creating it on first use (generating the demo account takes a
 * fraction of a second, so the in-process front does it in a worker thread, never at start-up).
 * @note Thread-safe; shared between the network access manager and its replies.
 */
class DemoEngineProvider
{
public:
    using Factory = std::function<std::shared_ptr<DemoEngine>()>;

    explicit DemoEngineProvider(std::shared_ptr<DemoEngine> engine);
    explicit DemoEngineProvider(Factory factory);

    /// The engine, created by the factory on the first call (blocks concurrent callers meanwhile).
    std::shared_ptr<DemoEngine> engine();
    /// The engine if it exists already, else null (never creates it).
    std::shared_ptr<DemoEngine> existingEngine();

private:
    QMutex m_mutex;
    std::shared_ptr<DemoEngine> m_engine;
    Factory m_factory;
};

} // namespace kx
