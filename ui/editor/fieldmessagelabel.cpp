// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessagelabel.h"

#include <QEvent>
#include <QResizeEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kx {

FieldMessageLabel::FieldMessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextFormat(Qt::PlainText);
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
    fitHeight();
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

void FieldMessageLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    // Splitters and top-level windows ignore height-for-width: ask for the lines the message
    // needs at this width, so a long warning is never cut off.
    fitHeight();
}

void FieldMessageLabel::fitHeight()
{
    // QLabel::heightForWidth() never goes below minimumHeight(), so measure the text itself.
    if (width() <= 0 || text().isEmpty())
        return;
    const QMargins m = contentsMargins();
    const int inner = std::max(1, width() - m.left() - m.right() - 2 * margin());
    const QRect box = fontMetrics().boundingRect(QRect(0, 0, inner, 1 << 20), Qt::TextWordWrap | Qt::AlignLeft, text());
    const int needed = box.height() + m.top() + m.bottom() + 2 * margin();
    if (needed != minimumHeight())
        setMinimumHeight(needed);
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
