// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>
#include <QUndoCommand>

#include "query/reportquery.h"

namespace kx {

/**
 * One edit of the report editor as a pair of whole ReportQuery states (see QueryStateCommand for
 * why whole states). Commands with the same non-empty merge key (typing into one field) merge.
 */
class ReportStateCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const ReportQuery&)>;
    /// @p apply sets the editor's state; it is called by redo() (also on push) and undo().
    ReportStateCommand(Apply apply, const ReportQuery& before, const ReportQuery& after, const QString& text,
        const QString& mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    static constexpr int kMergeId = 0x6b79;

private:
    Apply m_apply;
    ReportQuery m_before;
    ReportQuery m_after;
    QString m_mergeKey;
};

} // namespace kx
