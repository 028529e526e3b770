// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessagelabel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace kx {

FieldMessageLabel::FieldMessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
}

void FieldMessageLabel::setMessages(const QStringList& errors, const QStringList& warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    // Errors first: they are what blocks Run.
    setText((errors + warnings).join(u'\n'));
    setAccessibleDescription(text());
    updateStyle();
    setVisible(!errors.isEmpty() || !warnings.isEmpty());
}

void FieldMessageLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateStyle();
}

void FieldMessageLabel::updateStyle()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor color;
    if (!m_errors.isEmpty())
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    else
        color = dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x5a, 0x00);
    QPalette p = palette();
    if (p.color(QPalette::WindowText) != color) {
        p.setColor(QPalette::WindowText, color);
        // setPalette() sends a PaletteChange; the colour check above keeps that from looping.
        setPalette(p);
    }
}

} // namespace kx
