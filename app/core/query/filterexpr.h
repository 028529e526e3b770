// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace kx {

/// The comparison operators of Klaviyo's filter grammar (digest §2.1).
enum class FilterOp {
    Equals,
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
    Contains,
    ContainsAny,
    ContainsAll,
    EndsWith,
    StartsWith,
    Any,
    Has,
};

/// The API spelling of @p op ("equals", "less-than", …).
QString filterOpName(FilterOp op);
std::optional<FilterOp> filterOpFromName(QStringView name);

/**
 * One literal of the filter grammar (digest §2.2). Strings remember the quote they were written
 * with and numbers their lexeme, so that parse → print reproduces the input exactly.
 */
struct FilterValue {
    enum class Type { String, Number, Boolean, Null, DateTime, Array };
    Type type = Type::Null;
    QString text;                 ///< String: unescaped content; Number/DateTime: the lexeme as written
    double number = 0;            ///< Number only
    bool boolean = false;         ///< Boolean only
    QChar quote = u'"';           ///< String only: the quote character used when printing
    QList<FilterValue> items;     ///< Array only

    static FilterValue string(const QString& s, QChar quote = u'"');
    static FilterValue numberValue(double v);   ///< lexeme: shortest round-trip text
    static FilterValue booleanValue(bool v);
    static FilterValue null();
    static FilterValue dateTime(const QString& lexeme); ///< unquoted ISO 8601 as written
    static FilterValue array(const QList<FilterValue>& items);

    // Defined out of line: a defaulted == on a type that holds a QList of itself is deleted by
    // QList's constrained operator== (the recursive trait check fails), which silently deleted
    // MetricQuery's and ReportQuery's defaulted == as well. Compares every member.
    friend bool operator==(const FilterValue&, const FilterValue&);
};

/**
 * A node of a filter expression: either a condition `op(field[,value])` or `and(expr, …)`.
 * A top-level comma list is an implicit AND and parses to an And node with several children,
 * flagged `implicitAnd` so that it prints back with top-level commas.
 */
struct FilterExpr {
    enum class Kind { Condition, And };
    Kind kind = Kind::Condition;
    FilterOp op = FilterOp::Equals;
    QString field;
    std::optional<FilterValue> value; ///< absent only for has()
    QList<FilterExpr> children;       ///< And only
    bool implicitAnd = false;         ///< And only: printed as `a,b` instead of `and(a,b)`

    static FilterExpr condition(FilterOp op, const QString& field, const std::optional<FilterValue>& value);
    static FilterExpr conjunction(const QList<FilterExpr>& children, bool implicit = false);

    friend bool operator==(const FilterExpr&, const FilterExpr&); ///< every member; see FilterValue
};

/// Where and why a filter string failed to parse.
struct FilterParseError {
    qsizetype position = 0; ///< 0-based character offset in the input
    QString message;        ///< one sentence, translated
    bool unsupportedCombinator = false; ///< the input uses or(...) or not(...), which we refuse
};

/// Prints @p expr in the grammar: strings quoted and escaped, datetimes bare, arrays in brackets.
QString printFilter(const FilterExpr& expr);
QString printFilterValue(const FilterValue& value);

/**
 * Parses a filter string (digest §2.4). Accepts `and(...)`, a top-level comma list, both quote
 * styles with backslash escapes, unquoted datetimes, numbers, booleans, null and arrays.
 * `or(...)` and `not(...)` are refused: the API does not document them.
 * Whitespace between tokens is tolerated and not preserved.
 */
std::optional<FilterExpr> parseFilter(QStringView text, FilterParseError* error = nullptr);

/**
 * A negated single condition, `not(<condition>)`, as Klaviyo's own guide writes it (seed 001:
 * `not(equals($attributed_flow,""))`). parseFilter() still refuses `not(...)`, so imported
 * requests keep such strings verbatim (VerbatimFilter); this reads them for the editor's "is not"
 * rows. @return the inner condition, or nothing for anything else (an and(...) inside, nested
 * not, text around it).
 */
std::optional<FilterExpr> parseNegatedCondition(QStringView text);
/// The inverse of parseNegatedCondition(): `not(` + printFilter(@p condition) + `)`.
QString printNegatedCondition(const FilterExpr& condition);

/// The conditions of @p expr flattened through And nodes, in order.
QList<FilterExpr> flattenConditions(const FilterExpr& expr);

} // namespace kx
