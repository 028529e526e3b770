// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstatecommand.h"

namespace kx {

ReportStateCommand::ReportStateCommand(
    Apply apply, const ReportQuery& before, const ReportQuery& after, const QString& text, const QString& mergeKey)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
}

void ReportStateCommand::undo()
{
    m_apply(m_before);
}

void ReportStateCommand::redo()
{
    m_apply(m_after);
}

int ReportStateCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeId;
}

bool ReportStateCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ReportStateCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace kx
