// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <iterator>

namespace kx {

namespace {

constexpr QRgb kColors[] = {
    // Okabe & Ito (2008), "Color Universal Design", without black.
    0xE69F00,
    0x56B4E9,
    0x009E73,
    0xF0E442,
    0x0072B2,
    0xD55E00,
    0xCC79A7,
    // Paul Tol's "muted" qualitative scheme.
    0x332288,
    0x88CCEE,
    0x44AA99,
    0x117733,
    0x999933,
    0xDDCC77,
    0xCC6677,
    0x882255,
    0xAA4499,
};

} // namespace

QColor ChartPalette::seriesColor(int index)
{
    const int n = distinctColors();
    return QColor::fromRgb(kColors[((index % n) + n) % n]);
}

QColor ChartPalette::otherColor()
{
    return QColor::fromRgb(0x8C8C8C);
}

int ChartPalette::distinctColors()
{
    return int(std::size(kColors));
}

bool ChartPalette::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace kx
