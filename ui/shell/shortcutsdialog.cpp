// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kx {

ShortcutsDialog::ShortcutsDialog(const QList<Group>& groups, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(460, 520);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    for (const Group& group : groups) {
        QList<QTreeWidgetItem*> rows;
        for (QAction* action : group.actions) {
            const QList<QKeySequence> keys = action->shortcuts();
            if (keys.isEmpty())
                continue;
            QStringList texts;
            for (const QKeySequence& key : keys)
                texts.append(key.toString(QKeySequence::NativeText));
            QString name = action->text();
            name.remove(u'&');
            name.remove(QStringLiteral("…"));
            rows.append(new QTreeWidgetItem({ name, texts.join(tr(" or ")) }));
        }
        if (rows.isEmpty())
            continue;
        auto* header = new QTreeWidgetItem(tree, { group.title });
        QFont bold = header->font(0);
        bold.setWeight(QFont::DemiBold);
        header->setFont(0, bold);
        header->setFirstColumnSpanned(true);
        tree->addTopLevelItems(rows);
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace kx
