// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterrowwidget.h"

#include "fieldmessagelabel.h"
#include "filterfields.h"
#include "querylabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kx {

namespace {
bool isEmptyString(const FilterExpr& condition)
{
    return condition.value && condition.value->type == FilterValue::Type::String && condition.value->text.isEmpty();
}
} // namespace

FilterRowWidget::FilterRowWidget(QWidget* parent)
    : QWidget(parent)
{
    m_field = new QComboBox(this);
    m_field->setObjectName(u"filterField"_s);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(14);
    m_field->setMaxVisibleItems(20);
    m_operator = new QComboBox(this);
    m_operator->setObjectName(u"filterOperator"_s);
    m_value = new QLineEdit(this);
    m_value->setObjectName(u"filterValue"_s);
    m_value->setClearButtonEnabled(true);
    m_boolean = new QComboBox(this);
    m_boolean->setObjectName(u"filterBoolValue"_s);
    m_boolean->addItem(tr("true"), true);
    m_boolean->addItem(tr("false"), false);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"filterText"_s);
    m_text->setReadOnly(true);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"filterRemove"_s);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_remove->setIconSize(QSize(10, 10));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setAccessibleName(tr("Remove this filter"));
    m_message = new FieldMessageLabel(this);
    m_message->setObjectName(u"filterMessage"_s);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_field);
    row->addWidget(m_operator);
    row->addWidget(m_value, 1);
    row->addWidget(m_boolean, 1);
    row->addWidget(m_text, 1);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    m_text->setVisible(false);
    m_boolean->setVisible(false);

    connect(m_field, &QComboBox::activated, this, [this](int index) {
        const QString field = m_field->itemData(index).toString();
        if (field == m_condition.field)
            return;
        const FilterExpr next = filterfields::withField(m_condition, field);
        // A boolean field has no "is not"; the row becomes a plain condition there.
        Q_EMIT conditionEdited(next, m_negated && filterfields::canNegate(filterfields::valueType(field)), false);
    });
    connect(m_operator, &QComboBox::activated, this, [this](int index) {
        const int code = m_operator->itemData(index).toInt();
        if (code == kIsNotCode || code == kIsNotEmptyCode) {
            FilterExpr next = filterfields::withOperator(m_condition, FilterOp::Equals);
            if (code == kIsNotEmptyCode)
                next.value = FilterValue::string(QString());
            m_wantsIsNot = code == kIsNotCode && next.value && next.value->type == FilterValue::Type::String
                && next.value->text.isEmpty();
            if (next != m_condition || !m_negated)
                Q_EMIT conditionEdited(next, true, false);
            else
                setCondition(m_condition, m_fields, m_negated); // only the shown choice changed
            if (code == kIsNotCode)
                m_value->setFocus(Qt::OtherFocusReason);
            return;
        }
        m_wantsIsNot = false;
        const auto op = FilterOp(code);
        if (op != m_condition.op || m_negated)
            Q_EMIT conditionEdited(filterfields::withOperator(m_condition, op), false, false);
    });
    connect(m_value, &QLineEdit::textEdited, this, [this](const QString& text) {
        const FilterExpr next = filterfields::withValueText(m_condition, text);
        if (next != m_condition)
            Q_EMIT conditionEdited(next, m_negated, true);
    });
    connect(m_boolean, &QComboBox::activated, this, [this](int index) {
        const FilterExpr next = filterfields::withValueText(m_condition,
            m_boolean->itemData(index).toBool() ? u"true"_s : u"false"_s);
        if (next != m_condition)
            Q_EMIT conditionEdited(next, m_negated, false);
    });
    connect(m_remove, &QToolButton::clicked, this, &FilterRowWidget::removeRequested);
}

void FilterRowWidget::setCondition(const FilterExpr& condition, const QStringList& fields, bool negated)
{
    const bool wasEditable = m_editable;
    m_wantsIsNot = m_wantsIsNot && negated && condition.field == m_condition.field;
    m_condition = condition;
    m_negated = negated;
    m_editable = filterfields::isEditable(condition);
    if (!m_editable) {
        showReadOnly(printFilter(condition),
            tr("This condition was written by hand or imported; it is sent exactly as shown and can only be removed here."));
        return;
    }
    if (!wasEditable || fields != m_fields || m_field->currentData().toString() != condition.field)
        fillFields(fields, condition.field);
    fillOperators();
    updateValueEditor();
    m_field->setVisible(true);
    m_operator->setVisible(true);
    m_text->setVisible(false);
    m_remove->setToolTip(tr("Remove this filter"));
}

void FilterRowWidget::setVerbatim(const QString& text)
{
    m_condition = FilterExpr {};
    m_editable = false;
    m_negated = false;
    m_wantsIsNot = false;
    showReadOnly(text,
        tr("Kept exactly as imported: the API does not document this form, so it cannot be edited here. "
           "It is sent unchanged; remove it if Klaviyo refuses the request."));
}

QWidget* FilterRowWidget::focusTarget() const
{
    if (!m_editable)
        return m_remove;
    if (m_value->isHidden() && m_boolean->isHidden())
        return m_operator; // "is not empty" has no value
    return m_boolean->isVisible() ? static_cast<QWidget*>(m_boolean) : static_cast<QWidget*>(m_value);
}

void FilterRowWidget::showReadOnly(const QString& text, const QString& toolTip)
{
    m_field->setVisible(false);
    m_operator->setVisible(false);
    m_value->setVisible(false);
    m_boolean->setVisible(false);
    m_text->setVisible(true);
    if (m_text->text() != text)
        m_text->setText(text);
    m_text->setCursorPosition(0);
    m_text->setToolTip(toolTip);
    m_remove->setToolTip(tr("Remove this condition"));
}

void FilterRowWidget::fillFields(const QStringList& fields, const QString& current)
{
    m_fields = fields;
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    QStringList shown = fields;
    if (!shown.contains(current))
        shown.prepend(current); // an unknown field stays visible; the validator flags it
    for (const QString& field : std::as_const(shown)) {
        m_field->addItem(querylabels::dimensionLabel(field), field);
        m_field->setItemData(m_field->count() - 1, querylabels::dimensionToolTip(field), Qt::ToolTipRole);
    }
    m_field->setCurrentIndex(m_field->findData(current));
    m_field->setToolTip(querylabels::dimensionToolTip(current));
}

void FilterRowWidget::fillOperators()
{
    const filterfields::ValueType type = filterfields::valueType(m_condition.field);
    QList<FilterOp> ops = filterfields::operatorsFor(type);
    if (!ops.contains(m_condition.op))
        ops.prepend(m_condition.op); // imported; shown as it is
    QList<int> codes;
    for (FilterOp op : std::as_const(ops))
        codes << int(op);
    if (filterfields::canNegate(type) || m_negated) {
        codes << kIsNotCode;
        if (type == filterfields::ValueType::String)
            codes << kIsNotEmptyCode;
    }
    bool same = m_operator->count() == codes.size();
    for (int i = 0; same && i < codes.size(); ++i)
        same = m_operator->itemData(i).toInt() == codes.at(i);
    const QSignalBlocker blocker(m_operator);
    if (!same) {
        m_operator->clear();
        for (int code : std::as_const(codes)) {
            if (code == kIsNotCode) {
                m_operator->addItem(tr("is not"), code);
                m_operator->setItemData(m_operator->count() - 1, u"not(equals)"_s, Qt::ToolTipRole);
            } else if (code == kIsNotEmptyCode) {
                m_operator->addItem(tr("is not empty"), code);
                m_operator->setItemData(m_operator->count() - 1, u"not(equals(…,\"\"))"_s, Qt::ToolTipRole);
            } else {
                m_operator->addItem(querylabels::operatorLabel(FilterOp(code)), code);
                m_operator->setItemData(m_operator->count() - 1, filterOpName(FilterOp(code)), Qt::ToolTipRole);
            }
        }
    }
    int current = int(m_condition.op);
    if (m_negated) {
        const bool empty = type == filterfields::ValueType::String && isEmptyString(m_condition) && !m_wantsIsNot;
        current = empty ? kIsNotEmptyCode : kIsNotCode;
    }
    m_operator->setCurrentIndex(m_operator->findData(current));
    m_operator->setToolTip(m_negated ? tr("API operator: not(%1)").arg(filterOpName(m_condition.op))
                                     : tr("API operator: %1").arg(filterOpName(m_condition.op)));
}

void FilterRowWidget::updateValueEditor()
{
    const filterfields::ValueType type = filterfields::valueType(m_condition.field);
    const bool list = filterfields::takesList(m_condition.op);
    // An imported non-boolean value on a boolean field stays visible as text until fixed.
    const bool boolean = type == filterfields::ValueType::Boolean && !list && m_condition.value
        && m_condition.value->type == FilterValue::Type::Boolean;
    const bool noValue = m_negated && m_operator->currentData().toInt() == kIsNotEmptyCode;
    m_boolean->setVisible(boolean && !noValue);
    m_value->setVisible(!boolean && !noValue);
    if (noValue)
        return;
    if (boolean) {
        const QSignalBlocker blocker(m_boolean);
        m_boolean->setCurrentIndex(m_condition.value->boolean ? 0 : 1);
        return;
    }
    // Keep what the user is typing when it already means this value ("a, b," is "a, b").
    const FilterValue typed = filterfields::valueFromText(m_value->text(), type, list, m_condition.value);
    if (!m_condition.value || typed != *m_condition.value)
        m_value->setText(filterfields::valueText(m_condition.value));
    // Number fields take only what can become a number (C notation, as the API writes it);
    // an imported value that is not one is still shown, and flagged by the validation.
    const bool number = type == filterfields::ValueType::Number;
    if (number && !m_value->validator()) {
        static const QRegularExpression numbers(u"[-0-9., ]*"_s);
        m_value->setValidator(new QRegularExpressionValidator(numbers, m_value));
    } else if (!number && m_value->validator()) {
        const QValidator* old = m_value->validator();
        m_value->setValidator(nullptr);
        delete old;
    }
    if (list)
        m_value->setPlaceholderText(tr("Values, separated by commas"));
    else if (type == filterfields::ValueType::Number)
        m_value->setPlaceholderText(tr("A number"));
    else
        m_value->setPlaceholderText(tr("Value (exact text, case-sensitive)"));
    m_value->setToolTip(list ? tr("Separate values with commas; put a value that contains a comma in double quotes.")
                             : QString());
}

} // namespace kx
