// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace kx {

/// Help → Keyboard shortcuts: every menu action that has a shortcut, grouped by menu.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Group {
        QString title;          ///< menu title without mnemonic
        QList<QAction*> actions;
    };

    explicit ShortcutsDialog(const QList<Group>& groups, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;
};

} // namespace kx
