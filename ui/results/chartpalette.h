// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace kx {

/**
 * Series colours that colour-blind readers can tell apart: the Okabe–Ito set (black left out so
 * it works on dark backgrounds too), then Paul Tol's "muted" set, then repeating.
 * The chart's own colours (background, text, grid) follow the widget's palette.
 */
class ChartPalette
{
public:
    /// Colour of the @p index-th series.
    static QColor seriesColor(int index);
    /// Colour of the "Other" series: a neutral grey readable on light and dark backgrounds.
    static QColor otherColor();
    /// Number of distinct series colours before they repeat.
    static int distinctColors();
    /// Whether @p palette is a dark one (window darker than mid grey).
    static bool isDark(const QPalette& palette);
};

} // namespace kx
