// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/requestbuilder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kx {

/**
 * The developer's side of the editor: the exact JSON body of each request a run sends (one per
 * chunk of at most a year), with buttons to copy it, to copy it as a cURL command and to paste a
 * raw request body. It only shows what it is given; the editor does the work.
 */
class RequestPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPanel(QWidget* parent = nullptr);

    /// The requests of the current query; @p problem explains why there are none.
    void setRequests(const QList<AggregateChunk>& chunks, const QString& timezone, const QString& problem);
    /// The request shown (index into the chunks; 0 when there is one).
    int currentIndex() const;
    QList<AggregateChunk> requests() const { return m_chunks; }
    /// The shown body as indented JSON; empty when there is none.
    QString currentJson() const;
    /// A short note under the buttons (paste result, "copied"), red when @p error.
    void showNote(const QString& text, bool error);

    QPlainTextEdit* view() const { return m_view; }
    QPushButton* copyJsonButton() const { return m_copyJson; }
    QPushButton* copyCurlButton() const { return m_copyCurl; }
    QPushButton* pasteButton() const { return m_paste; }

private:
    void showCurrent();

    QComboBox* m_chunkCombo = nullptr;
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_view = nullptr;
    QPushButton* m_copyJson = nullptr;
    QPushButton* m_copyCurl = nullptr;
    QPushButton* m_paste = nullptr;
    QLabel* m_note = nullptr;
    QList<AggregateChunk> m_chunks;
    QString m_timezone;
    QString m_problem;
};

} // namespace kx
