// SPDX-License-Identifier: GPL-3.0-or-later
#include "whynotewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kx {

WhyNoteWidget::WhyNoteWidget(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(u"whyNote"_s);
    m_toggle->setObjectName(u"whyNoteToggle"_s);
    m_text->setObjectName(u"whyNoteText"_s);
    m_action->setObjectName(u"whyNoteAction"_s);
    m_toggle->setText(tr("Why doesn't this match Klaviyo?"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->hide();
    m_action->hide();

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_toggle);
    row->addStretch(1);
    row->addWidget(m_action);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_text);

    connect(m_toggle, &QToolButton::toggled, this, &WhyNoteWidget::setExpanded);
    connect(m_action, &QPushButton::clicked, this, &WhyNoteWidget::actionTriggered);
}

void WhyNoteWidget::setNotes(const QStringList& notes)
{
    m_notes = notes;
    QString html = u"<ul style=\"margin-left:-20px\">"_s;
    for (const QString& n : notes)
        html += u"<li>"_s + n.toHtmlEscaped() + u"</li>"_s;
    html += u"</ul>"_s;
    m_text->setText(html);
}

bool WhyNoteWidget::isExpanded() const
{
    return m_toggle->isChecked();
}

void WhyNoteWidget::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
}

void WhyNoteWidget::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

} // namespace kx
