// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QList>

class QStandardItemModel;

namespace kx {

/**
 * A combo box to pick one entry out of many by typing any part of its text (the metric and
 * timezone pickers). Only choosing an entry (click, Enter on an exact text, arrow keys) changes
 * the value; text that names nothing is put back when the field loses focus or on Enter.
 * The current key may be absent from the entries: it is then shown as an extra first entry, so
 * the picker never hides what the query really uses.
 */
class SearchComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1 };

    struct Entry {
        QString key;
        QString text;
        QString toolTip;
    };

    explicit SearchComboBox(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    /// Shows @p key; @p extra is the entry used when @p key is not among the entries.
    void setCurrentKey(const QString& key, const Entry& extra);
    QString currentKey() const { return m_key; }
    void setPlaceholderText(const QString& text);

Q_SIGNALS:
    /// The user chose the entry @p key (never emitted for the current key).
    void keyChosen(const QString& key);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void rebuild();
    void chooseRow(int row);
    void restoreText();
    int rowOf(const QString& key) const;
    bool isListed(const QString& key) const;

    QStandardItemModel* m_model = nullptr;
    QList<Entry> m_entries;
    QString m_key;
    Entry m_extra;
    bool m_hasExtra = false;
};

} // namespace kx
