// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <vector>

#include <QTest>

#include "results/decimation.h"

using namespace kx;

class TestDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsExtremesOfEveryPixelColumn_data();
    void keepsExtremesOfEveryPixelColumn();
    void returnsVisiblePointsUnchangedWhenTheyFit();
    void handlesEmptyAndDegenerateInput();
    void pixelColumnClampsToThePlot();
};

namespace {

struct Series
{
    std::vector<double> xs;
    std::vector<double> ys;
};

Series makeSeries(int n, int shape)
{
    Series s;
    std::uint32_t state = 99;
    for (int i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        const double noise = double(state >> 8) / double(1u << 24);
        s.xs.push_back(1.7e12 + 3.6e6 * i); // hourly buckets in UTC ms, as the chart gets them
        double y = 0;
        switch (shape) {
        case 0:
            y = noise * 1000;
            break;
        case 1:
            y = 500 + 400 * std::sin(i / 50.0);
            break;
        case 2:
            y = i % 97 == 0 ? 5000 : noise; // isolated spikes must survive
            break;
        default:
            y = i % 13 == 0 ? std::numeric_limits<double>::quiet_NaN() : noise * 10;
            break;
        }
        s.ys.push_back(y);
    }
    return s;
}

} // namespace

void TestDecimation::keepsExtremesOfEveryPixelColumn_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("columns");
    QTest::addColumn<double>("fromFraction");
    QTest::addColumn<double>("toFraction");
    QTest::addRow("noise-8760-1500") << 8760 << 0 << 1500 << 0.0 << 1.0;
    QTest::addRow("sine-8760-600") << 8760 << 1 << 600 << 0.0 << 1.0;
    QTest::addRow("spikes-8760-300") << 8760 << 2 << 300 << 0.0 << 1.0;
    QTest::addRow("nan-8760-500") << 8760 << 3 << 500 << 0.0 << 1.0;
    QTest::addRow("zoomed-noise") << 8760 << 0 << 200 << 0.3137 << 0.6021;
    QTest::addRow("one-column") << 5000 << 0 << 1 << 0.0 << 1.0;
    QTest::addRow("range-beyond-data") << 3000 << 1 << 100 << -0.5 << 1.5;
}

void TestDecimation::keepsExtremesOfEveryPixelColumn()
{
    QFETCH(int, count);
    QFETCH(int, shape);
    QFETCH(int, columns);
    QFETCH(double, fromFraction);
    QFETCH(double, toFraction);
    const Series s = makeSeries(count, shape);
    const double span = s.xs.back() - s.xs.front();
    const double xMin = s.xs.front() + span * fromFraction;
    const double xMax = s.xs.front() + span * toFraction;

    const QList<QPointF> out = decimation::minMax(s.xs.data(), s.ys.data(), count, xMin, xMax, columns);
    QVERIFY(out.size() <= 4 * columns + 2);
    QVERIFY(out.size() < count);
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY2(out[i - 1].x() < out[i].x(), "points are in strictly increasing x order");

    // Brute force: min, max, first and last visible point of every pixel column.
    struct Column
    {
        QPointF first, last, min, max;
        bool any = false;
    };
    std::map<int, Column> expected;
    qsizetype before = -1;
    qsizetype after = -1;
    for (int i = 0; i < count; ++i) {
        if (std::isnan(s.ys[size_t(i)]))
            continue;
        const QPointF p(s.xs[size_t(i)], s.ys[size_t(i)]);
        if (p.x() < xMin) {
            before = i;
            continue;
        }
        if (p.x() > xMax) {
            if (after < 0)
                after = i;
            continue;
        }
        const int column = std::clamp(int(std::floor((p.x() - xMin) / (xMax - xMin) * columns)), 0, columns - 1);
        Column& c = expected[column];
        if (!c.any) {
            c.first = c.min = c.max = p;
            c.any = true;
        }
        c.last = p;
        if (p.y() < c.min.y())
            c.min = p;
        if (p.y() > c.max.y())
            c.max = p;
    }
    const auto contains = [&out](const QPointF& p) {
        return std::any_of(out.begin(), out.end(), [&p](const QPointF& q) { return q.x() == p.x() && q.y() == p.y(); });
    };
    for (const auto& [column, c] : expected) {
        QVERIFY2(contains(c.min), qPrintable(QStringLiteral("min of column %1").arg(column)));
        QVERIFY2(contains(c.max), qPrintable(QStringLiteral("max of column %1").arg(column)));
        QVERIFY2(contains(c.first), qPrintable(QStringLiteral("first of column %1").arg(column)));
        QVERIFY2(contains(c.last), qPrintable(QStringLiteral("last of column %1").arg(column)));
        // Nothing else of the column but these four.
        const auto inColumn = std::count_if(out.begin(), out.end(), [&](const QPointF& q) {
            return q.x() >= xMin && q.x() <= xMax && decimation::pixelColumn(q.x(), xMin, xMax, columns) == column;
        });
        QVERIFY(inColumn <= 4);
    }
    // The line continues to the plot edges through the neighbours outside the range.
    if (before >= 0 && !std::isnan(s.ys[size_t(before)]) && before + 1 < count && s.xs[size_t(before + 1)] >= xMin)
        QCOMPARE(out.front(), QPointF(s.xs[size_t(before)], s.ys[size_t(before)]));
    if (after >= 0 && after > 0 && s.xs[size_t(after - 1)] <= xMax)
        QCOMPARE(out.back(), QPointF(s.xs[size_t(after)], s.ys[size_t(after)]));
}

void TestDecimation::returnsVisiblePointsUnchangedWhenTheyFit()
{
    const Series s = makeSeries(1000, 0);
    // 100 visible points in 800 columns: no decimation, plus one neighbour on each side.
    const double xMin = s.xs[200];
    const double xMax = s.xs[299];
    const QList<QPointF> out = decimation::minMax(s.xs.data(), s.ys.data(), 1000, xMin, xMax, 800);
    QCOMPARE(out.size(), 102);
    QCOMPARE(out.front(), QPointF(s.xs[199], s.ys[199]));
    QCOMPARE(out.back(), QPointF(s.xs[300], s.ys[300]));
    for (int i = 0; i < 102; ++i)
        QCOMPARE(out[i], QPointF(s.xs[size_t(199 + i)], s.ys[size_t(199 + i)]));
}

void TestDecimation::handlesEmptyAndDegenerateInput()
{
    QVERIFY(decimation::minMax(nullptr, nullptr, 0, 0, 1, 100).isEmpty());
    const double x[] = { 1, 2, 3 };
    const double y[] = { 4, 5, 6 };
    QCOMPARE(decimation::minMax(x, y, 3, 0, 10, 0).size(), 3); // zero columns act as one
    QCOMPARE(decimation::minMax(x, y, 3, 2, 2, 10).size(), 3); // empty range keeps neighbours
    QCOMPARE(decimation::minMax(x, y, 3, 10, 20, 10), QList<QPointF>({ QPointF(3, 6) }));
}

void TestDecimation::pixelColumnClampsToThePlot()
{
    QCOMPARE(decimation::pixelColumn(0, 0, 100, 10), 0);
    QCOMPARE(decimation::pixelColumn(9.99, 0, 100, 10), 0);
    QCOMPARE(decimation::pixelColumn(10, 0, 100, 10), 1);
    QCOMPARE(decimation::pixelColumn(100, 0, 100, 10), 9);
    QCOMPARE(decimation::pixelColumn(-5, 0, 100, 10), 0);
    QCOMPARE(decimation::pixelColumn(500, 0, 100, 10), 9);
    QCOMPARE(decimation::pixelColumn(std::numeric_limits<double>::quiet_NaN(), 0, 100, 10), 0);
}

QTEST_APPLESS_MAIN(TestDecimation)
#include "tst_decimation.moc"
