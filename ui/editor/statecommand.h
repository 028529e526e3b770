// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>
#include <QUndoCommand>

#include "query/metricquery.h"
#include "query/reportquery.h"

namespace kx {

/**
 * One edit of an editor as a pair of whole states. Queries are small values, so keeping both
 * states is simpler and safer than inverting each kind of edit. Commands with the same non-empty
 * merge key (a text field being typed into) merge into one, so undo takes back the whole word
 * rather than one keystroke; a merge that ends where it began makes the command obsolete and the
 * stack drops it.
 * @tparam State a value type with operator==.
 * @tparam MergeId the QUndoCommand::id() shared by the mergeable commands of one editor kind.
 */
template <typename State, int MergeId> class StateCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const State&)>;

    /// @p apply sets the editor's state; it is called by redo() (also on push) and undo().
    StateCommand(
        Apply apply, const State& before, const State& after, const QString& text, const QString& mergeKey = {})
        : QUndoCommand(text)
        , m_apply(std::move(apply))
        , m_before(before)
        , m_after(after)
        , m_mergeKey(mergeKey)
    {
    }

    void undo() override
    {
        m_apply(m_before);
    }
    void redo() override
    {
        m_apply(m_after);
    }
    int id() const override
    {
        return m_mergeKey.isEmpty() ? -1 : MergeId;
    }
    bool mergeWith(const QUndoCommand* other) override
    {
        // The stack only offers commands with the same id(), which only this type returns.
        const auto* next = static_cast<const StateCommand*>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

    const QString& mergeKey() const
    {
        return m_mergeKey;
    }
    const State& before() const
    {
        return m_before;
    }
    const State& after() const
    {
        return m_after;
    }
    /// Rewrites both states in place (a metric matched by name in another account); no undo/redo.
    void setStates(const State& before, const State& after)
    {
        m_before = before;
        m_after = after;
    }

    static constexpr int kMergeId = MergeId;

private:
    Apply m_apply;
    State m_before;
    State m_after;
    QString m_mergeKey;
};

/// An edit of the metric query editor.
using QueryStateCommand = StateCommand<MetricQuery, 0x6b78>; // "kx"
/// An edit of the report editor.
using ReportStateCommand = StateCommand<ReportQuery, 0x6b79>;

} // namespace kx
