// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterfields.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kx::filterfields {

namespace {

// [INF] see valueType().
constexpr QLatin1StringView kNumberFields[] = { "$usage_amount"_L1, "Segment Count"_L1 };
constexpr QLatin1StringView kBooleanFields[] = { "Bot Click"_L1 };

bool isScalar(const FilterValue& value)
{
    return value.type == FilterValue::Type::String || value.type == FilterValue::Type::Number
        || value.type == FilterValue::Type::Boolean;
}

QChar quoteOf(const std::optional<FilterValue>& previous)
{
    if (!previous)
        return u'"';
    if (previous->type == FilterValue::Type::String)
        return previous->quote;
    if (previous->type == FilterValue::Type::Array && !previous->items.isEmpty()
        && previous->items.first().type == FilterValue::Type::String)
        return previous->items.first().quote;
    return u'"';
}

FilterValue scalarFromText(const QString& text, ValueType type, QChar quote)
{
    switch (type) {
    case ValueType::Number: {
        const QString trimmed = text.trimmed();
        static const QRegularExpression plain(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
        bool ok = false;
        const double v = QLocale::c().toDouble(trimmed, &ok);
        if (!ok || !std::isfinite(v))
            return FilterValue::string(text, quote);
        if (plain.match(trimmed).hasMatch()) {
            FilterValue value = FilterValue::numberValue(v);
            value.text = trimmed; // keep what was typed, e.g. "3.50"
            return value;
        }
        return FilterValue::numberValue(v);
    }
    case ValueType::Boolean: {
        // The row offers true/false only; a new row starts at false.
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed == "true"_L1 || trimmed == "false"_L1)
            return FilterValue::booleanValue(trimmed == "true"_L1);
        return FilterValue::string(text, quote);
    }
    case ValueType::String:
        break;
    }
    return FilterValue::string(text, quote);
}

QString scalarText(const FilterValue& value)
{
    switch (value.type) {
    case FilterValue::Type::String:
    case FilterValue::Type::Number:
    case FilterValue::Type::DateTime:
        return value.text;
    case FilterValue::Type::Boolean:
        return value.boolean ? u"true"_s : u"false"_s;
    case FilterValue::Type::Null:
        return u"null"_s;
    case FilterValue::Type::Array:
        break;
    }
    return printFilterValue(value);
}

} // namespace

ValueType valueType(const QString& field)
{
    for (QLatin1StringView name : kNumberFields) {
        if (field == name)
            return ValueType::Number;
    }
    for (QLatin1StringView name : kBooleanFields) {
        if (field == name)
            return ValueType::Boolean;
    }
    return ValueType::String;
}

QList<FilterOp> operatorsFor(ValueType type)
{
    switch (type) {
    case ValueType::String:
        return { FilterOp::Equals, FilterOp::Any, FilterOp::Contains, FilterOp::StartsWith, FilterOp::EndsWith,
            FilterOp::ContainsAny, FilterOp::ContainsAll };
    case ValueType::Number:
        return { FilterOp::Equals, FilterOp::Any, FilterOp::GreaterOrEqual, FilterOp::GreaterThan,
            FilterOp::LessOrEqual, FilterOp::LessThan };
    case ValueType::Boolean:
        return { FilterOp::Equals };
    }
    return { FilterOp::Equals };
}

bool canNegate(ValueType type)
{
    return type != ValueType::Boolean;
}

bool takesList(FilterOp op)
{
    return op == FilterOp::Any || op == FilterOp::ContainsAny || op == FilterOp::ContainsAll;
}

bool isEditable(const FilterExpr& expr)
{
    if (expr.kind != FilterExpr::Kind::Condition || expr.op == FilterOp::Has || !expr.value)
        return false;
    if (expr.field.isEmpty() || expr.field == "datetime"_L1)
        return false;
    const FilterValue& value = *expr.value;
    if (takesList(expr.op)) {
        if (value.type != FilterValue::Type::Array)
            return false;
        for (const FilterValue& item : value.items) {
            if (!isScalar(item))
                return false;
        }
        return true;
    }
    return isScalar(value);
}

FilterExpr defaultCondition(const QString& field)
{
    const ValueType type = valueType(field);
    const FilterOp op = operatorsFor(type).constFirst();
    return FilterExpr::condition(op, field, valueFromText(QString(), type, takesList(op)));
}

FilterExpr withField(const FilterExpr& condition, const QString& field)
{
    const ValueType type = valueType(field);
    const QList<FilterOp> ops = operatorsFor(type);
    const FilterOp op = ops.contains(condition.op) ? condition.op : ops.constFirst();
    QString text = valueText(condition.value);
    // A value that cannot be one of the new field's makes no sense to carry over ("sale" to a
    // number field, "3" to true/false): the row starts empty (false) instead.
    const FilterValue carried = valueFromText(text, type, takesList(op), condition.value);
    const FilterExpr moved = FilterExpr::condition(op, field, carried);
    if (type != valueType(condition.field) && !valueProblem(moved).isEmpty())
        text.clear();
    return FilterExpr::condition(op, field, valueFromText(text, type, takesList(op), condition.value));
}

FilterExpr withOperator(const FilterExpr& condition, FilterOp op)
{
    const ValueType type = valueType(condition.field);
    QString text = valueText(condition.value);
    // Going from a list to a single value keeps the first item rather than "a, b" as one string.
    if (takesList(condition.op) && !takesList(op)) {
        const QStringList items = splitList(text);
        text = items.isEmpty() ? QString() : items.constFirst();
    }
    return FilterExpr::condition(op, condition.field, valueFromText(text, type, takesList(op), condition.value));
}

FilterExpr withValueText(const FilterExpr& condition, const QString& text)
{
    const ValueType type = valueType(condition.field);
    return FilterExpr::condition(condition.op, condition.field,
        valueFromText(text, type, takesList(condition.op), condition.value));
}

QString valueText(const std::optional<FilterValue>& value)
{
    if (!value)
        return {};
    if (value->type == FilterValue::Type::Array) {
        QStringList items;
        for (const FilterValue& item : value->items)
            items << scalarText(item);
        return joinList(items);
    }
    return scalarText(*value);
}

FilterValue valueFromText(const QString& text, ValueType type, bool list, const std::optional<FilterValue>& previous)
{
    const QChar quote = quoteOf(previous);
    if (!list)
        return scalarFromText(text, type, quote);
    QList<FilterValue> items;
    for (const QString& item : splitList(text))
        items << scalarFromText(item, type, quote);
    return FilterValue::array(items);
}

QString valueProblem(const FilterExpr& condition)
{
    if (!isEditable(condition))
        return {};
    const ValueType type = valueType(condition.field);
    const FilterValue& value = *condition.value;
    const QList<FilterValue> items = value.type == FilterValue::Type::Array ? value.items : QList<FilterValue> { value };
    if (value.type == FilterValue::Type::Array && items.isEmpty())
        return QCoreApplication::translate("kx::FilterRow", "Enter at least one value, separated by commas.");
    for (const FilterValue& item : items) {
        if (type == ValueType::Number && item.type != FilterValue::Type::Number) {
            return QCoreApplication::translate("kx::FilterRow", "“%1” is not a number. Enter a number such as 12 or 3.5.")
                .arg(scalarText(item));
        }
        if (type == ValueType::Boolean && item.type != FilterValue::Type::Boolean)
            return QCoreApplication::translate("kx::FilterRow", "Choose true or false.");
    }
    return {};
}

QStringList splitList(const QString& text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    auto flush = [&] {
        const QString item = wasQuoted ? current : current.trimmed();
        if (wasQuoted || !item.isEmpty())
            out << item;
        current.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < text.size()) {
                current += text.at(++i);
            } else if (c == u'"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == u'"' && current.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            current.clear();
        } else if (c == u',') {
            flush();
        } else if (!wasQuoted) {
            current += c;
        }
    }
    flush();
    return out;
}

QString joinList(const QStringList& items)
{
    QStringList parts;
    for (const QString& item : items) {
        const bool needsQuotes = item.contains(u',') || item.contains(u'"') || item.isEmpty()
            || item != item.trimmed();
        if (needsQuotes) {
            QString escaped = item;
            escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
            parts << u'"' + escaped + u'"';
        } else {
            parts << item;
        }
    }
    return parts.join(u", "_s);
}

} // namespace kx::filterfields
