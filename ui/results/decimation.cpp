// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimation.h"

#include <algorithm>
#include <cmath>

namespace kx::decimation {

namespace {

/// x → pixel column, with the division done once per line rather than once per point.
struct ColumnMap
{
    ColumnMap(double xMin, double xMax, int columns)
        : xMin(xMin)
        , scale(columns > 1 && xMax > xMin ? columns / (xMax - xMin) : 0)
        , columns(columns)
    {
    }
    int operator()(double x) const
    {
        const double position = (x - xMin) * scale;
        if (!(position > 0)) // also catches NaN
            return 0;
        if (position >= columns)
            return columns - 1;
        return int(position);
    }
    double xMin;
    double scale;
    int columns;
};

} // namespace

int pixelColumn(double x, double xMin, double xMax, int columns)
{
    return ColumnMap(xMin, xMax, columns)(x);
}

QList<QPointF> minMax(const double* xs, const double* ys, qsizetype count, double xMin, double xMax, int columns)
{
    QList<QPointF> out;
    if (count <= 0 || !xs || !ys)
        return out;
    columns = std::max(columns, 1);

    // [first, last]: the visible points plus one neighbour on each side.
    qsizetype first = std::lower_bound(xs, xs + count, xMin) - xs;
    qsizetype last = std::upper_bound(xs, xs + count, xMax) - xs;
    first = std::max<qsizetype>(first - 1, 0);
    last = std::min<qsizetype>(last, count - 1);
    if (first > last)
        return out;

    const auto push = [&](qsizetype i) {
        if (!std::isnan(ys[i]))
            out.append(QPointF(xs[i], ys[i]));
    };

    if (last - first + 1 <= 4 * qsizetype(columns) + 2) {
        out.reserve(last - first + 1);
        for (qsizetype i = first; i <= last; ++i)
            push(i);
        return out;
    }

    out.reserve(4 * qsizetype(columns) + 2);
    // The neighbours outside the range are kept as they are; a neighbour that is inside the
    // range (at the very start or end of the data) takes part in its column instead.
    const bool firstOutside = xs[first] < xMin;
    const bool lastOutside = xs[last] > xMax;
    if (firstOutside)
        push(first);
    qsizetype i = firstOutside ? first + 1 : first;
    const qsizetype end = lastOutside ? last - 1 : last;
    const ColumnMap columnOf(xMin, xMax, columns);
    int nextColumn = i <= end ? columnOf(xs[i]) : 0;
    while (i <= end) {
        const int column = nextColumn;
        qsizetype firstIndex = -1;
        qsizetype lastIndex = -1;
        qsizetype minIndex = -1;
        qsizetype maxIndex = -1;
        for (; i <= end; ++i) {
            nextColumn = columnOf(xs[i]);
            if (nextColumn != column)
                break;
            const double y = ys[i];
            if (std::isnan(y))
                continue;
            if (firstIndex < 0)
                firstIndex = i;
            lastIndex = i;
            if (minIndex < 0 || y < ys[minIndex])
                minIndex = i;
            if (maxIndex < 0 || y > ys[maxIndex])
                maxIndex = i;
        }
        if (firstIndex < 0)
            continue;
        qsizetype picks[4] = { firstIndex, std::min(minIndex, maxIndex), std::max(minIndex, maxIndex), lastIndex };
        qsizetype previous = -1;
        for (const qsizetype pick : picks) {
            if (pick != previous)
                push(pick);
            previous = pick;
        }
    }
    if (lastOutside)
        push(last);
    return out;
}

} // namespace kx::decimation
