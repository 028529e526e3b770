// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/filterexpr.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace kx {

class FieldMessageLabel;

/**
 * One filter row: field, operator and a value editor fitted to the field's type (text, number,
 * list of values, true/false), a remove button and the row's validation message. Text and number
 * fields also offer "is not" and (text) "is not empty": a negated row stands for
 * `not(equals(field,value))`, the form Klaviyo's guide uses (seed 001). A condition the row
 * cannot edit piece by piece (an `and(...)`, an imported `or(...)` kept verbatim) is shown
 * read-only with its text; it can only be removed.
 */
class FilterRowWidget : public QWidget
{
    Q_OBJECT

public:
    explicit FilterRowWidget(QWidget* parent = nullptr);

    /// Operator-combo codes of the negated choices (the other entries hold a FilterOp).
    static constexpr int kIsNotCode = 1000; ///< not(equals(field,value))
    static constexpr int kIsNotEmptyCode = 1001; ///< not(equals(field,""))

    /// Shows @p condition (negated: `not(condition)`); @p fields are the dimensions offered (the
    /// revision's, common first).
    void setCondition(const FilterExpr& condition, const QStringList& fields, bool negated = false);
    /// Shows a filter string that is exported verbatim (see VerbatimFilter).
    void setVerbatim(const QString& text);

    bool isEditable() const { return m_editable; }
    FilterExpr condition() const { return m_condition; }
    bool isNegated() const { return m_negated; }

    QComboBox* fieldCombo() const { return m_field; }
    QComboBox* operatorCombo() const { return m_operator; }
    QLineEdit* valueEdit() const { return m_value; }
    QComboBox* booleanCombo() const { return m_boolean; }
    QLineEdit* textView() const { return m_text; }
    QToolButton* removeButton() const { return m_remove; }
    FieldMessageLabel* messageLabel() const { return m_message; }
    /// The widget focusField() should focus for this row.
    QWidget* focusTarget() const;

Q_SIGNALS:
    /// The user changed the condition (@p negated: it stands for `not(condition)`); @p typing is
    /// true for keystrokes in the value field.
    void conditionEdited(const FilterExpr& condition, bool negated, bool typing);
    void removeRequested();

private:
    void showReadOnly(const QString& text, const QString& toolTip);
    void fillFields(const QStringList& fields, const QString& current);
    void fillOperators();
    void updateValueEditor();

    QComboBox* m_field = nullptr;
    QComboBox* m_operator = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_boolean = nullptr;
    QLineEdit* m_text = nullptr;
    QToolButton* m_remove = nullptr;
    FieldMessageLabel* m_message = nullptr;
    FilterExpr m_condition;
    QStringList m_fields;
    bool m_editable = false;
    bool m_negated = false;
    bool m_wantsIsNot = false; ///< "is not" chosen with no value yet (else shown as "is not empty")
};

} // namespace kx
