// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QStringList>

namespace kx {

/**
 * The validation messages of one field, shown right under it: errors in red, warnings in amber,
 * hidden when there is nothing to say. Colours follow the palette so they stay readable in dark
 * themes.
 */
class FieldMessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessageLabel(QWidget* parent = nullptr);

    void setMessages(const QStringList& errors, const QStringList& warnings);
    void clearMessages() { setMessages({}, {}); }

    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }
    bool hasError() const { return !m_errors.isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateStyle();
    void fitHeight();

    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace kx
