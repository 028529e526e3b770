// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QMenu;
class QToolButton;

namespace kx {

/**
 * The group-by list: one chip per dimension (click to remove) and an "Add" button whose menu
 * offers only the dimensions the chosen API revision accepts, the common ones first. A value the
 * revision does not know (from a file or a pasted request) still shows as a chip, so the user
 * sees what the validator complains about.
 */
class GroupByEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GroupByEditor(QWidget* parent = nullptr);

    /// The dimensions of the revision (@p all) and the common subset shown first.
    void setDimensions(const QStringList& all, const QStringList& common);
    void setBy(const QStringList& by);
    QStringList by() const { return m_by; }

    QToolButton* addButton() const { return m_add; }
    /// The chip of by[@p index], or nullptr.
    QToolButton* chip(int index) const;
    /// Marks chips whose index is in @p indexes as wrong (the validator's by[i] errors).
    void setErrorIndexes(const QList<int>& indexes);

Q_SIGNALS:
    void byEdited(const QStringList& by);

private:
    void rebuildChips();
    void rebuildMenu();

    QHBoxLayout* m_chips = nullptr;
    QToolButton* m_add = nullptr;
    QMenu* m_menu = nullptr;
    QList<QToolButton*> m_chipButtons;
    QStringList m_all;
    QStringList m_common;
    QStringList m_by;
    QList<int> m_errorIndexes;
};

} // namespace kx
