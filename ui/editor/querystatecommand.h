// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/metricquery.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace kx {

/**
 * One edit of the editor as a pair of whole query states. Queries are small values, so keeping
 * both states is simpler and safer than inverting each kind of edit. Commands with the same
 * non-empty merge key (a text field being typed into) merge into one, so undo takes back the
 * whole word rather than one keystroke; a merge that ends where it began makes the command
 * obsolete and the stack drops it.
 */
class QueryStateCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const MetricQuery&)>;

    /// @p apply sets the editor's state; it is called by redo() (also on push) and undo().
    QueryStateCommand(Apply apply, const MetricQuery& before, const MetricQuery& after, const QString& text,
        const QString& mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& mergeKey() const { return m_mergeKey; }
    const MetricQuery& before() const { return m_before; }
    const MetricQuery& after() const { return m_after; }
    /// Rewrites both states in place (a metric matched by name in another account); no undo/redo.
    void setStates(const MetricQuery& before, const MetricQuery& after)
    {
        m_before = before;
        m_after = after;
    }

    /// The id shared by all mergeable commands (mergeWith() compares the keys).
    static constexpr int kMergeId = 0x6b78; // "kx"

private:
    Apply m_apply;
    MetricQuery m_before;
    MetricQuery m_after;
    QString m_mergeKey;
};

} // namespace kx
