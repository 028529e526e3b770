// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystatecommand.h"

namespace kx {

QueryStateCommand::QueryStateCommand(Apply apply, const MetricQuery& before, const MetricQuery& after,
    const QString& text, const QString& mergeKey)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
}

void QueryStateCommand::undo()
{
    m_apply(m_before);
}

void QueryStateCommand::redo()
{
    m_apply(m_after);
}

int QueryStateCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeId;
}

bool QueryStateCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const QueryStateCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace kx
