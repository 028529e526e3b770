// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupbyeditor.h"

#include "querylabels.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kx {

GroupByEditor::GroupByEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);

    m_menu = new QMenu(this);
    m_menu->setObjectName(u"byMenu"_s);
    m_add = new QToolButton(this);
    m_add->setObjectName(u"byAddButton"_s);
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Split the numbers by a property of the events, such as the flow or the campaign"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(m_menu);
    m_add->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_add);
    layout->addStretch(1);

    connect(m_menu, &QMenu::triggered, this, [this](QAction* action) {
        const QString dimension = action->data().toString();
        if (dimension.isEmpty() || m_by.contains(dimension))
            return;
        Q_EMIT byEdited(m_by + QStringList { dimension });
    });
}

void GroupByEditor::setDimensions(const QStringList& all, const QStringList& common)
{
    if (all == m_all && common == m_common)
        return;
    m_all = all;
    m_common = common;
    rebuildMenu();
}

void GroupByEditor::setBy(const QStringList& by)
{
    if (by == m_by)
        return;
    m_by = by;
    rebuildChips();
    rebuildMenu();
}

QToolButton* GroupByEditor::chip(int index) const
{
    return index >= 0 && index < m_chipButtons.size() ? m_chipButtons.at(index) : nullptr;
}

void GroupByEditor::setErrorIndexes(const QList<int>& indexes)
{
    if (indexes == m_errorIndexes)
        return;
    m_errorIndexes = indexes;
    for (int i = 0; i < m_chipButtons.size(); ++i) {
        QToolButton* button = m_chipButtons.at(i);
        const bool wrong = indexes.contains(i);
        QFont font = button->font();
        font.setStrikeOut(wrong);
        button->setFont(font);
    }
}

void GroupByEditor::rebuildChips()
{
    // Focus would be lost with the deleted chip; hand it to the Add button instead.
    const bool hadFocus = std::any_of(m_chipButtons.cbegin(), m_chipButtons.cend(),
        [](const QToolButton* b) { return b->hasFocus(); });
    // A chip may be the sender of the click that got us here: delete it later, not now.
    for (QToolButton* chip : std::as_const(m_chipButtons)) {
        chip->setObjectName(QString());
        chip->hide();
        m_chips->removeWidget(chip);
        chip->deleteLater();
    }
    m_chipButtons.clear();
    const QIcon removeIcon = style()->standardIcon(QStyle::SP_TitleBarCloseButton);
    for (int i = 0; i < m_by.size(); ++i) {
        const QString dimension = m_by.at(i);
        auto* chip = new QToolButton(this);
        chip->setObjectName(u"byChip"_s);
        chip->setProperty("dimension", dimension);
        chip->setText(querylabels::dimensionLabel(dimension));
        chip->setIcon(removeIcon);
        chip->setIconSize(QSize(10, 10));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setLayoutDirection(Qt::RightToLeft); // icon after the text, like a chip's ×
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::StrongFocus);
        chip->setToolTip(tr("%1\nClick to stop grouping by it.").arg(querylabels::dimensionToolTip(dimension)));
        chip->setAccessibleName(tr("Grouped by %1; press to remove").arg(querylabels::dimensionLabel(dimension)));
        connect(chip, &QToolButton::clicked, this, [this, dimension] {
            QStringList next = m_by;
            next.removeAll(dimension);
            Q_EMIT byEdited(next);
        });
        m_chips->addWidget(chip);
        chip->show();
        m_chipButtons.append(chip);
    }
    m_errorIndexes.clear();
    if (hadFocus)
        m_add->setFocus(Qt::OtherFocusReason);
}

void GroupByEditor::rebuildMenu()
{
    m_menu->clear();
    auto addEntry = [this](const QString& dimension) {
        QAction* action = m_menu->addAction(tr("%1  (%2)").arg(querylabels::dimensionLabel(dimension), dimension));
        if (querylabels::dimensionLabel(dimension) == dimension)
            action->setText(dimension);
        action->setData(dimension);
        action->setToolTip(querylabels::dimensionToolTip(dimension));
        action->setEnabled(!m_by.contains(dimension));
    };
    if (!m_common.isEmpty()) {
        m_menu->addSection(tr("Common"));
        for (const QString& dimension : std::as_const(m_common))
            addEntry(dimension);
        m_menu->addSection(tr("All properties"));
    }
    for (const QString& dimension : std::as_const(m_all)) {
        if (!m_common.contains(dimension))
            addEntry(dimension);
    }
    m_menu->setToolTipsVisible(true);
}

} // namespace kx
