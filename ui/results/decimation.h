// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace kx::decimation {

/// The pixel column (0 … columns-1) of @p x on a plot @p columns pixels wide showing
/// [xMin, xMax]; values outside are clamped to the first/last column.
int pixelColumn(double x, double xMin, double xMax, int columns);

/**
 * Min/max ("M4") decimation of a polyline for a plot @p columns pixels wide showing [xMin, xMax].
 * @p xs must be ascending. Keeps the last point left of xMin and the first right of xMax (so the
 * line reaches the plot edges), and for every pixel column its first and last point and the
 * points holding its minimum and maximum, in x order: the decimated line enters and leaves each
 * column where the full one does and spans the same pixels, so the eye sees the same line.
 * Points with a NaN y are skipped. At most 4 × columns + 2 points are returned; when the
 * visible points already fit, they are returned unchanged.
 * @note Pure and thread-safe.
 */
QList<QPointF> minMax(const double* xs, const double* ys, qsizetype count, double xMin, double xMax, int columns);

} // namespace kx::decimation
