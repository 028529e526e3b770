// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace kx {

/**
 * Every modal question the shell asks (file dialogs, message boxes) goes through this service, so
 * tests can pre-answer them (KeePassXC-style setNext…()) instead of poking at modal windows.
 * All dialogs are asynchronous (QDialog::open(), never exec()): the answer arrives in a callback
 * from the event loop, and only while @p context is alive.
 *
 * In non-interactive mode (tests) nothing is ever shown: a question without a queued answer gets
 * its escape answer (Cancel, or No) and a file dialog without a queued name is cancelled; every
 * message is recorded in messages().
 * @note Owned by the composition root; widgets get a pointer. GUI thread only.
 */
class DialogService : public QObject
{
    Q_OBJECT

public:
    using FileCallback = std::function<void(const QString& path)>; ///< empty path: cancelled
    using AnswerCallback = std::function<void(QMessageBox::StandardButton answer)>;

    explicit DialogService(QObject* parent = nullptr);
    ~DialogService() override;

    /// Asks for a file to open. @p filter as QFileDialog takes it.
    void getOpenFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter,
        QObject* context, FileCallback callback);
    /// Asks where to save; @p suggestedPath preselects a folder and name.
    void getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter,
        QObject* context, FileCallback callback);
    /// A message box with @p buttons; the answer is one of them (the escape button when dismissed).
    void ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QString& informativeText, QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton, QObject* context, AnswerCallback callback);
    /// A message that needs no answer (window-modal, returns at once).
    void inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QString& informativeText = {});

    // --- test seams ----------------------------------------------------------------------
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }
    /// The next getOpenFileName() answers @p path without showing anything.
    void setNextOpenFileName(const QString& path) { m_nextOpen.append(path); }
    /// The next getSaveFileName() answers @p path without showing anything.
    void setNextSaveFileName(const QString& path) { m_nextSave.append(path); }
    /// The next ask() answers @p answer without showing anything.
    void setNextAnswer(QMessageBox::StandardButton answer) { m_nextAnswers.append(answer); }
    /// Texts of every question and message so far ("title: text"), oldest first.
    QStringList messages() const { return m_messages; }
    void clearMessages() { m_messages.clear(); }

Q_SIGNALS:
    /// A question or message was asked (shown or pre-answered); for tests and logging.
    void asked(const QString& title, const QString& text);

private:
    void getFileName(bool save, QWidget* parent, const QString& caption, const QString& path, const QString& filter,
        QObject* context, FileCallback callback);
    static QMessageBox::StandardButton escapeAnswer(QMessageBox::StandardButtons buttons);

    bool m_interactive = true;
    QStringList m_nextOpen;
    QStringList m_nextSave;
    QList<QMessageBox::StandardButton> m_nextAnswers;
    QStringList m_messages;
};

} // namespace kx
