// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcombobox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kx {

SearchComboBox::SearchComboBox(QWidget* parent)
    : QComboBox(parent)
    , m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setModel(m_model);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMaxVisibleItems(18);
    lineEdit()->setClearButtonEnabled(true);

    auto* completer = new QCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(14);
    setCompleter(completer);

    connect(this, &QComboBox::activated, this, &SearchComboBox::chooseRow);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int row = findText(lineEdit()->text(), Qt::MatchFixedString);
        if (row >= 0 && m_model->item(row)->data(KeyRole).toString() != m_key)
            chooseRow(row);
        else
            restoreText();
    });
}

void SearchComboBox::setEntries(const QList<Entry>& entries)
{
    m_entries = entries;
    rebuild();
    restoreText();
}

void SearchComboBox::setCurrentKey(const QString& key, const Entry& extra)
{
    const bool sameKey = key == m_key;
    const bool sameExtra = extra.text == m_extra.text && extra.toolTip == m_extra.toolTip;
    m_key = key;
    m_extra = extra;
    m_extra.key = key;
    const bool needsExtra = !key.isEmpty() && !isListed(key);
    // The extra entry comes and goes with the key; the listed entries stay put.
    if (needsExtra != m_hasExtra || (needsExtra && (!sameKey || !sameExtra)))
        rebuild();
    // While the user is typing a search, the text is theirs.
    if (!sameKey || !lineEdit()->hasFocus())
        restoreText();
}

void SearchComboBox::setPlaceholderText(const QString& text)
{
    lineEdit()->setPlaceholderText(text);
}

void SearchComboBox::focusOutEvent(QFocusEvent* event)
{
    QComboBox::focusOutEvent(event);
    restoreText();
}

void SearchComboBox::rebuild()
{
    const QSignalBlocker blocker(this);
    m_model->clear();
    auto append = [this](const Entry& entry) {
        auto* item = new QStandardItem(entry.text);
        item->setData(entry.key, KeyRole);
        if (!entry.toolTip.isEmpty())
            item->setToolTip(entry.toolTip);
        m_model->appendRow(item);
    };
    m_hasExtra = !m_key.isEmpty() && !isListed(m_key);
    if (m_hasExtra)
        append(m_extra);
    for (const Entry& entry : std::as_const(m_entries))
        append(entry);
}

void SearchComboBox::chooseRow(int row)
{
    QStandardItem* item = m_model->item(row);
    const QString key = item ? item->data(KeyRole).toString() : QString();
    if (!item || key == m_key) {
        restoreText();
        return;
    }
    Q_EMIT keyChosen(key);
    // The owner normally calls setCurrentKey() from the signal; if it refused the choice, the
    // shown text goes back to the current key.
    restoreText();
}

void SearchComboBox::restoreText()
{
    const int row = rowOf(m_key);
    const QString text = row >= 0 ? itemText(row) : QString();
    if (currentIndex() != row) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(row);
    }
    if (lineEdit()->text() != text)
        lineEdit()->setText(text);
    // The start ("America/New_York …") says the most; the combo box itself leaves the cursor at
    // the end when it changes the index.
    if (!lineEdit()->hasFocus())
        lineEdit()->setCursorPosition(0);
    setToolTip(row >= 0 ? m_model->item(row)->toolTip() : QString());
}

int SearchComboBox::rowOf(const QString& key) const
{
    if (key.isEmpty())
        return -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(KeyRole).toString() == key)
            return row;
    }
    return -1;
}

bool SearchComboBox::isListed(const QString& key) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&key](const Entry& e) { return e.key == key; });
}

} // namespace kx
