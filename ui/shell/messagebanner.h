// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace kx {

/**
 * A calm strip inside a document tab (or the browser) that says what happened: an error with the
 * API's detail, a warning, a note (a snapshot, a metric matched by name), or a question with
 * buttons (the run plan). Buttons are added per message and cleared by the next one.
 */
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error, Snapshot };
    Q_ENUM(Kind)

    explicit MessageBanner(QWidget* parent = nullptr);
    ~MessageBanner() override;

    /// Shows @p text (plain; @p detail in a second, lighter line) and clears earlier buttons.
    void showMessage(Kind kind, const QString& text, const QString& detail = {});
    /// Adds a button; it emits actionTriggered(@p id) and keeps the banner open.
    QPushButton* addAction(const QString& id, const QString& text, bool primary = false);
    void setClosable(bool closable);
    void dismiss();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString detail() const;

Q_SIGNALS:
    void actionTriggered(const QString& id);
    /// The user closed it.
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColors();

    Kind m_kind = Kind::Info;
    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_detail;
    QHBoxLayout* m_buttons;
    QToolButton* m_close;
    QList<QPushButton*> m_actions;
};

} // namespace kx
