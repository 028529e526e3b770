// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demostore.h"
#include "query/filterexpr.h"

#include <QString>

namespace kx {

/**
 * Evaluates one filter condition (digest §2.1) against a demo value: event properties for
 * metric aggregates, resource attributes for the GET look-ups. Datetimes are compared as
 * instants: a value whose type is Number and whose text is an ISO date-time holds UTC ms.
 * String comparisons are case-sensitive, as the API documents.
 */
class DemoFilterMatcher
{
public:
    explicit DemoFilterMatcher(const FilterExpr& condition);
    /// Whether @p value (null: the property or attribute is absent) satisfies the condition.
    bool matches(const DemoValue* value) const;

private:
    bool equalsOne(const DemoValue* value, const FilterValue& literal) const;

    FilterExpr m_condition;
    qint64 m_dateMs = 0;
    QList<qint64> m_itemDatesMs;
};

/// Why @p condition cannot be evaluated on a dimension (operator and literal do not fit), or "".
QString demoFilterConditionProblem(const FilterExpr& condition);

/// A literal's UTC instant (date-only and offset-less literals are read in UTC).
bool demoFilterLiteralInstant(const FilterValue& literal, qint64* ms);

} // namespace kx
