// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "query/filterexpr.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kx {

/**
 * What the filter rows of the editor offer for each dimension: the value type, the operators
 * that fit it (digest §2.1) and the conversion between a condition's value and the text the user
 * types. Pure functions, no state.
 */
namespace filterfields {

enum class ValueType { String, Number, Boolean };

/**
 * The value type of a metric-aggregate dimension. [INF] The API does not publish dimension
 * types; these follow the values events carry: `$usage_amount` and `Segment Count` are numbers,
 * `Bot Click` is a boolean, everything else is text (ids included). Extend kNumberFields /
 * kBooleanFields in the .cpp if Klaviyo documents more.
 */
ValueType valueType(const QString& field);

/// Operators offered for @p type, in menu order (digest §2.1 "field types" column).
QList<FilterOp> operatorsFor(ValueType type);
/// Whether a row of @p type offers "is not" (`not(equals(...))`): text and number fields.
bool canNegate(ValueType type);
/// Operators that take an array: any, contains-any, contains-all.
bool takesList(FilterOp op);

/**
 * Whether a filter row can edit @p expr field by field: a single condition on a dimension (not
 * `datetime`), with a value of the shape the operator needs. Anything else (an `and(...)`, a
 * condition on `datetime`, a `null` value) is shown read-only and exported unchanged.
 */
bool isEditable(const FilterExpr& expr);

/// The new row's condition for @p field: the first operator of its type and an empty value.
FilterExpr defaultCondition(const QString& field);
/// @p condition moved to @p field: keeps the operator when the new type offers it, else takes
/// the first one; keeps the value text when it still fits.
FilterExpr withField(const FilterExpr& condition, const QString& field);
/// @p condition with operator @p op; the value becomes a list or a single value as @p op needs.
FilterExpr withOperator(const FilterExpr& condition, FilterOp op);
/// @p condition with the value typed as @p text (see valueFromText()).
FilterExpr withValueText(const FilterExpr& condition, const QString& text);

/// The value as the user sees and types it: lists as `a, b`, strings unquoted.
QString valueText(const std::optional<FilterValue>& value);
/**
 * The value for @p text. Lists split at commas outside double quotes; numbers keep their lexeme
 * when it is plain (`12`, `-3.50`); text that is not a number for a number field stays a string so
 * valueProblem() can say so. @p previous keeps the quote character of an imported string.
 */
FilterValue valueFromText(const QString& text, ValueType type, bool list, const std::optional<FilterValue>& previous = {});

/// What is wrong with an editable condition's value (a number field holding text, an empty
/// list…), as one translated sentence; empty when it is fine.
QString valueProblem(const FilterExpr& condition);

/// `a, "b, c"` → {"a", "b, c"}; empty items are dropped.
QStringList splitList(const QString& text);
/// The inverse: items with a comma, a quote or outer spaces are written in double quotes.
QString joinList(const QStringList& items);

} // namespace filterfields
} // namespace kx
