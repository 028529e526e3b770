// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofiltermatcher.h"

#include "util/calendar.h"

using namespace Qt::StringLiterals;

namespace kx {

bool demoFilterLiteralInstant(const FilterValue& literal, qint64* ms)
{
    if (literal.type != FilterValue::Type::DateTime && literal.type != FilterValue::Type::String)
        return false;
    return calendar::parseIsoInstant(literal.text, ms);
}

DemoFilterMatcher::DemoFilterMatcher(const FilterExpr& condition)
    : m_condition(condition)
{
    if (condition.value) {
        demoFilterLiteralInstant(*condition.value, &m_dateMs);
        for (const FilterValue& item : condition.value->items) {
            qint64 ms = 0;
            demoFilterLiteralInstant(item, &ms);
            m_itemDatesMs.append(ms);
        }
    }
}

bool DemoFilterMatcher::equalsOne(const DemoValue* value, const FilterValue& literal) const
{
    switch (literal.type) {
    case FilterValue::Type::Null:
        return value == nullptr;
    case FilterValue::Type::String:
        return value ? value->text == literal.text : literal.text.isEmpty();
    case FilterValue::Type::Number: {
        if (!value)
            return false;
        if (value->type == DemoValue::Type::Number)
            return value->number == literal.number;
        bool ok = false;
        const double parsed = value->text.toDouble(&ok);
        return ok && parsed == literal.number;
    }
    case FilterValue::Type::Boolean:
        return value && value->text == (literal.boolean ? u"true"_s : u"false"_s);
    case FilterValue::Type::DateTime: {
        qint64 ms = 0;
        if (!value || !demoFilterLiteralInstant(literal, &ms))
            return false;
        qint64 valueMs = 0;
        return calendar::parseIsoInstant(value->text, &valueMs) && valueMs == ms;
    }
    case FilterValue::Type::Array:
        for (const FilterValue& item : literal.items) {
            if (equalsOne(value, item))
                return true;
        }
        return false;
    }
    return false;
}

bool DemoFilterMatcher::matches(const DemoValue* value) const
{
    if (!m_condition.value)
        return false; // has(): no relationships on these values
    const FilterValue& literal = *m_condition.value;
    auto compare = [&](auto predicate) {
        if (!value)
            return false;
        if (literal.type == FilterValue::Type::DateTime
            || (literal.type == FilterValue::Type::String && calendar::isoHasOffset(literal.text))) {
            qint64 valueMs = 0;
            if (!calendar::parseIsoInstant(value->text, &valueMs))
                return false;
            return predicate(double(valueMs), double(m_dateMs));
        }
        double v = value->number;
        if (value->type != DemoValue::Type::Number) {
            bool ok = false;
            v = value->text.toDouble(&ok);
            if (!ok)
                return false;
        }
        return predicate(v, literal.number);
    };
    const QString text = value ? value->text : QString();
    switch (m_condition.op) {
    case FilterOp::Equals:
    case FilterOp::Any:
        return equalsOne(value, literal);
    case FilterOp::LessThan:
        return compare([](double a, double b) { return a < b; });
    case FilterOp::LessOrEqual:
        return compare([](double a, double b) { return a <= b; });
    case FilterOp::GreaterThan:
        return compare([](double a, double b) { return a > b; });
    case FilterOp::GreaterOrEqual:
        return compare([](double a, double b) { return a >= b; });
    case FilterOp::Contains:
        return value && text.contains(literal.text);
    case FilterOp::ContainsAny:
        for (const FilterValue& item : literal.items) {
            if (value && text.contains(item.text))
                return true;
        }
        return false;
    case FilterOp::ContainsAll:
        if (!value)
            return false;
        for (const FilterValue& item : literal.items) {
            if (!text.contains(item.text))
                return false;
        }
        return true;
    case FilterOp::StartsWith:
        return value && text.startsWith(literal.text);
    case FilterOp::EndsWith:
        return value && text.endsWith(literal.text);
    case FilterOp::Has:
        return false;
    }
    return false;
}

QString demoFilterConditionProblem(const FilterExpr& c)
{
    using Type = FilterValue::Type;
    const QString op = filterOpName(c.op);
    if (c.op == FilterOp::Has || !c.value)
        return u"Operator '%1' is not supported for '%2'."_s.arg(op, c.field);
    const Type t = c.value->type;
    auto arrayOf = [&](std::initializer_list<Type> allowed) {
        if (t != Type::Array || c.value->items.isEmpty())
            return false;
        for (const FilterValue& item : c.value->items) {
            if (std::find(allowed.begin(), allowed.end(), item.type) == allowed.end())
                return false;
        }
        return true;
    };
    switch (c.op) {
    case FilterOp::Equals:
        if (t == Type::Array ? !arrayOf({ Type::String, Type::Number, Type::Boolean }) : false)
            return u"'%1' needs a list of strings, numbers or booleans."_s.arg(op);
        return {};
    case FilterOp::Any:
        if (!arrayOf({ Type::String, Type::Number, Type::Boolean, Type::DateTime }))
            return u"'any' needs a non-empty list, e.g. any(%1,[\"a\",\"b\"])."_s.arg(c.field);
        if (c.value->items.size() > 100)
            return u"A list filter may hold at most 100 items."_s;
        return {};
    case FilterOp::ContainsAny:
    case FilterOp::ContainsAll:
        if (!arrayOf({ Type::String }))
            return u"'%1' needs a non-empty list of strings."_s.arg(op);
        return {};
    case FilterOp::Contains:
    case FilterOp::StartsWith:
    case FilterOp::EndsWith:
        if (t != Type::String)
            return u"'%1' needs a string value."_s.arg(op);
        return {};
    case FilterOp::LessThan:
    case FilterOp::LessOrEqual:
    case FilterOp::GreaterThan:
    case FilterOp::GreaterOrEqual:
        if (t != Type::Number && t != Type::DateTime)
            return u"'%1' needs a number or a date-time."_s.arg(op);
        return {};
    case FilterOp::Has:
        break;
    }
    return u"Operator '%1' is not supported for '%2'."_s.arg(op, c.field);
}

} // namespace kx
