// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogservice.h"

#include <QFileDialog>
#include <QTimer>

namespace kx {

DialogService::DialogService(QObject* parent)
    : QObject(parent)
{
}

DialogService::~DialogService() = default;

void DialogService::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
    const QString& filter, QObject* context, FileCallback callback)
{
    getFileName(false, parent, caption, directory, filter, context, std::move(callback));
}

void DialogService::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
    const QString& filter, QObject* context, FileCallback callback)
{
    getFileName(true, parent, caption, suggestedPath, filter, context, std::move(callback));
}

void DialogService::getFileName(bool save, QWidget* parent, const QString& caption, const QString& path,
    const QString& filter, QObject* context, FileCallback callback)
{
    QStringList& queue = save ? m_nextSave : m_nextOpen;
    if (!queue.isEmpty() || !m_interactive) {
        const QString answer = queue.isEmpty() ? QString() : queue.takeFirst();
        QTimer::singleShot(0, context, [callback = std::move(callback), answer] { callback(answer); });
        return;
    }
    auto* dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save) {
        dialog->setDefaultSuffix(QStringLiteral("kmq"));
        dialog->selectFile(path);
    }
    QPointer<QObject> guard(context);
    connect(dialog, &QFileDialog::finished, context, [dialog, guard, callback = std::move(callback)](int result) {
        const QStringList files = dialog->selectedFiles();
        if (guard)
            callback(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

QMessageBox::StandardButton DialogService::escapeAnswer(QMessageBox::StandardButtons buttons)
{
    for (QMessageBox::StandardButton b : { QMessageBox::Cancel, QMessageBox::No, QMessageBox::Close, QMessageBox::Ok }) {
        if (buttons.testFlag(b))
            return b;
    }
    return QMessageBox::NoButton;
}

void DialogService::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    const QString& informativeText, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    QObject* context, AnswerCallback callback)
{
    m_messages.append(title + QStringLiteral(": ") + text);
    Q_EMIT asked(title, text);
    if (!m_nextAnswers.isEmpty() || !m_interactive) {
        const QMessageBox::StandardButton answer
            = m_nextAnswers.isEmpty() ? escapeAnswer(buttons) : m_nextAnswers.takeFirst();
        QTimer::singleShot(0, context, [callback = std::move(callback), answer] { callback(answer); });
        return;
    }
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informativeText);
    box->setDefaultButton(defaultButton);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, context, [box, buttons, callback = std::move(callback)](int) {
        QAbstractButton* clicked = box->clickedButton();
        const QMessageBox::StandardButton answer = clicked ? box->standardButton(clicked) : escapeAnswer(buttons);
        callback(answer == QMessageBox::NoButton ? escapeAnswer(buttons) : answer);
    });
    box->open();
}

void DialogService::inform(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    const QString& informativeText)
{
    m_messages.append(title + QStringLiteral(": ") + text);
    Q_EMIT asked(title, text);
    if (!m_interactive)
        return;
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informativeText);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace kx
