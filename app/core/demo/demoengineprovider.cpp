// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoengineprovider.h"

#include <QMutexLocker>

namespace kx {

DemoEngineProvider::DemoEngineProvider(std::shared_ptr<DemoEngine> engine)
    : m_engine(std::move(engine))
{
}

DemoEngineProvider::DemoEngineProvider(Factory factory)
    : m_factory(std::move(factory))
{
}

std::shared_ptr<DemoEngine> DemoEngineProvider::engine()
{
    QMutexLocker locker(&m_mutex);
    if (!m_engine && m_factory)
        m_engine = m_factory();
    return m_engine;
}

std::shared_ptr<DemoEngine> DemoEngineProvider::existingEngine()
{
    QMutexLocker locker(&m_mutex);
    return m_engine;
}

} // namespace kx
