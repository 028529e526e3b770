// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpanel.h"

#include "daterangeeditor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kx {

RequestPanel::RequestPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("<b>Request</b> · POST /api/metric-aggregates"), this);
    title->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"requestSummary"_s);
    m_summary->setWordWrap(true);
    m_chunkCombo = new QComboBox(this);
    m_chunkCombo->setObjectName(u"requestChunkCombo"_s);
    m_chunkCombo->setToolTip(tr("A range over one year runs as several requests; pick the one to show."));

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(u"requestView"_s);
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTabChangesFocus(true);

    m_copyJson = new QPushButton(tr("Copy JSON"), this);
    m_copyJson->setObjectName(u"copyJsonButton"_s);
    m_copyJson->setToolTip(tr("Copy the request body shown"));
    m_copyCurl = new QPushButton(tr("Copy as cURL"), this);
    m_copyCurl->setObjectName(u"copyCurlButton"_s);
    m_copyCurl->setToolTip(tr("Copy a shell command that sends this request; the key is read from $KLAVIYO_API_KEY"));
    m_paste = new QPushButton(tr("Paste request JSON"), this);
    m_paste->setObjectName(u"pasteRequestButton"_s);
    m_paste->setToolTip(tr("Replace the query with a request body from the clipboard, such as a connector's custom query"));
    m_note = new QLabel(this);
    m_note->setObjectName(u"requestMessage"_s);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_copyJson);
    buttons->addWidget(m_copyCurl);
    buttons->addStretch(1);
    buttons->addWidget(m_paste);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_chunkCombo);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_note);

    connect(m_chunkCombo, &QComboBox::currentIndexChanged, this, &RequestPanel::showCurrent);
}

void RequestPanel::setRequests(const QList<AggregateChunk>& chunks, const QString& timezone, const QString& problem)
{
    const int previous = m_chunkCombo->currentIndex();
    m_chunks = chunks;
    m_timezone = timezone;
    m_problem = problem;
    const QTimeZone zone(timezone.toUtf8());
    {
        const QSignalBlocker blocker(m_chunkCombo);
        m_chunkCombo->clear();
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            m_chunkCombo->addItem(tr("Request %1 of %2: %3")
                    .arg(i + 1)
                    .arg(chunks.size())
                    .arg(DateRangeEditor::describe(chunks.at(i).range, zone.isValid() ? zone : QTimeZone::utc())));
        }
        m_chunkCombo->setCurrentIndex(std::clamp(previous, 0, int(chunks.size()) - 1));
    }
    m_chunkCombo->setVisible(chunks.size() > 1);
    if (!problem.isEmpty())
        m_summary->setText(problem);
    else if (chunks.size() > 1)
        m_summary->setText(tr("The range is longer than the API allows in one request, so a run sends %n requests.",
            nullptr, int(chunks.size())));
    else
        m_summary->setText(tr("A run sends this request."));
    m_copyJson->setEnabled(!chunks.isEmpty());
    m_copyCurl->setEnabled(!chunks.isEmpty());
    showCurrent();
}

int RequestPanel::currentIndex() const
{
    return std::max(0, m_chunkCombo->currentIndex());
}

QString RequestPanel::currentJson() const
{
    const int index = currentIndex();
    if (index >= m_chunks.size())
        return {};
    return QString::fromUtf8(QJsonDocument(m_chunks.at(index).body).toJson(QJsonDocument::Indented));
}

void RequestPanel::showNote(const QString& text, bool error)
{
    m_note->setText(text);
    QPalette p = palette();
    if (error) {
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    }
    m_note->setPalette(p);
    m_note->setProperty("error", error);
    m_note->setVisible(!text.isEmpty());
}

void RequestPanel::showCurrent()
{
    const QString json = currentJson();
    if (m_view->toPlainText() != (json.isEmpty() ? m_problem : json)) {
        // Keep the reader's place while the body changes under typing.
        const int scroll = m_view->verticalScrollBar()->value();
        m_view->setPlainText(json.isEmpty() ? m_problem : json);
        m_view->verticalScrollBar()->setValue(scroll);
    }
}

} // namespace kx
