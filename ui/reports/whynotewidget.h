// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace kx {

/**
 * A collapsed "Why doesn't this match Klaviyo?" link that unfolds into a short list of reasons
 * specific to the query on show, with an optional action button (open the equivalent report).
 */
class WhyNoteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WhyNoteWidget(QWidget* parent = nullptr);

    void setNotes(const QStringList& notes);
    QStringList notes() const
    {
        return m_notes;
    }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    /// Shows @p text on the action button; empty hides it.
    void setActionText(const QString& text);
    QPushButton* actionButton() const
    {
        return m_action;
    }

Q_SIGNALS:
    void actionTriggered();

private:
    QToolButton* m_toggle;
    QLabel* m_text;
    QPushButton* m_action;
    QStringList m_notes;
};

} // namespace kx
