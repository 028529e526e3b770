// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include "resultfixtures.h"
#include "results/chartbuilder.h"
#include "results/chartpalette.h"
#include "results/timeticks.h"

using namespace kx;
using kx::test::utcMs;

namespace {

/// A chart of a fixed size in a scene, as a view or the exporter would have it.
struct SceneChart
{
    QGraphicsScene scene;
    QChart* chart = new QChart;

    explicit SceneChart(ChartBuilder& builder, QSizeF size = QSizeF(1600, 900))
    {
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        builder.attach(chart);
        chart->layout()->activate();
        builder.refresh();
    }
};

std::shared_ptr<const PreparedResult> prepare(AggregateResult r)
{
    return PreparedResult::create(std::move(r), QLocale::c());
}

AggregateResult withMeasurements(AggregateResult r, const QList<Measurement>& measurements)
{
    r.measurements = measurements;
    for (auto& group : r.groups) {
        group.values.resize(size_t(measurements.size()));
        for (auto& series : group.values)
            if (series.size() != r.dates.size())
                series.assign(r.dates.size(), 1.0);
    }
    return r;
}

} // namespace

class TestChartBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void oneSeriesPerGroupAndMeasurementInRankOrder();
    void topNSumsTheRestIntoOther();
    void uniqueGetsNoOther();
    void groupsRankByFirstAdditiveMeasurement();
    void chartTypesCreateMatchingSeries_data();
    void chartTypesCreateMatchingSeries();
    void tooManyDatesForBarsDrawLines();
    void secondValueAxisOnlyForSumsNextToCounts();
    void hiddenSeriesStayOutAndComeBackFromTheLegend();
    void hiddenBarSetsDrawNothing();
    void hiddenSeriesSurviveRebuilds();
    void decimatesToPlotWidthAndRecomputesOnZoom();
    void linesAreDrawnWhereTheAxesPutThem();
    void axisZoomIsPickedUpOnNextEventLoopTurn();
    void layoutThatComesBackDoesNotRefresh();
    void dateAxisLabelsUseQueryTimezone();
    void timeTicksFollowIntervalFormats_data();
    void timeTicksFollowIntervalFormats();
    void hoverTextNamesDateSeriesAndValue();
    void followsDarkPalette();
    void nameProviderRenamesButKeepsKeys();
    void coloursAreColourBlindSafeAndDistinct();
};

void TestChartBuilder::oneSeriesPerGroupAndMeasurementInRankOrder()
{
    ChartBuilder builder;
    builder.setTopN(0);
    builder.setResult(prepare(test::countryResult()));
    const auto& specs = builder.series();
    QCOMPARE(specs.size(), size_t(9));
    // Count totals: US 60, DE 15, (none) 3.
    QCOMPARE(specs[0].key, QStringLiteral("[\"US\",\"count\"]"));
    QCOMPARE(specs[0].name, QStringLiteral("US · Count"));
    QCOMPARE(specs[1].name, QStringLiteral("US · Sum of values"));
    QCOMPARE(specs[2].name, QStringLiteral("US · Unique profiles"));
    QCOMPARE(specs[3].name, QStringLiteral("DE · Count"));
    QCOMPARE(specs[6].name, QStringLiteral("(none) · Count"));
    QCOMPARE(specs[6].key, QStringLiteral("[\"\",\"count\"]"));
    QCOMPARE(builder.seriesValues(specs[3])[2], 6.0);
    for (const auto& spec : specs)
        QVERIFY(spec.group >= 0);
}

void TestChartBuilder::topNSumsTheRestIntoOther()
{
    const AggregateResult r = test::syntheticResult(6, 3, 48, Interval::Day);
    ChartBuilder builder;
    builder.setTopN(2);
    builder.setResult(prepare(r));
    const auto& specs = builder.series();
    QCOMPARE(specs.size(), size_t(2 * 3 + 2));
    QCOMPARE(specs[0].dimensions, QStringList { QStringLiteral("G0") });
    QCOMPARE(specs[3].dimensions, QStringList { QStringLiteral("G1") });
    const auto& otherCount = specs[6];
    const auto& otherSum = specs[7];
    QCOMPARE(otherCount.group, -1);
    QCOMPARE(otherCount.measurement, Measurement::Count);
    QCOMPARE(otherCount.key, otherSeriesKey(Measurement::Count));
    QCOMPARE(otherCount.name, QStringLiteral("Other · Count"));
    QCOMPARE(otherSum.measurement, Measurement::SumValue);
    QCOMPARE(otherSum.color, QColor(otherSum.color)); // a colour is set
    for (size_t d = 0; d < r.dates.size(); ++d) {
        double count = 0;
        double sum = 0;
        for (int g = 2; g < 6; ++g) {
            count += r.groups[size_t(g)].values[0][d];
            sum += r.groups[size_t(g)].values[1][d];
        }
        QCOMPARE(builder.seriesValues(otherCount)[d], count);
        QCOMPARE(builder.seriesValues(otherSum)[d], sum);
    }

    builder.setTopN(0);
    QCOMPARE(builder.series().size(), size_t(18));
    builder.setTopN(6);
    QCOMPARE(builder.series().size(), size_t(18));
}

void TestChartBuilder::uniqueGetsNoOther()
{
    ChartBuilder builder;
    builder.setTopN(2);
    builder.setResult(
        prepare(withMeasurements(test::syntheticResult(5, 1, 10, Interval::Day), { Measurement::Unique })));
    const auto& specs = builder.series();
    QCOMPARE(specs.size(), size_t(2));
    QCOMPARE(specs[0].dimensions, QStringList { QStringLiteral("G0") });
    QCOMPARE(specs[0].name, QStringLiteral("G0"));
    for (const auto& spec : specs)
        QVERIFY(spec.group >= 0);
}

void TestChartBuilder::groupsRankByFirstAdditiveMeasurement()
{
    AggregateResult r = test::countryResult();
    r.measurements = { Measurement::Unique, Measurement::Count };
    // Unique ranks DE first, count ranks (none) first.
    r.groups[0].values = { { 1, 1, 1 }, { 1, 1, 1 } };
    r.groups[1].values = { { 2, 2, 2 }, { 100, 0, 0 } };
    r.groups[2].values = { { 50, 50, 50 }, { 5, 5, 5 } };
    ChartBuilder builder;
    builder.setTopN(1);
    builder.setResult(prepare(r));
    const auto& specs = builder.series();
    QCOMPARE(specs.size(), size_t(2 + 1)); // (none) × 2 + Other for count only
    QCOMPARE(specs[0].dimensions, QStringList { QString() });
    QCOMPARE(specs[2].group, -1);
    QCOMPARE(specs[2].measurement, Measurement::Count);
    QCOMPARE(builder.seriesValues(specs[2])[0], 6.0);
}

void TestChartBuilder::chartTypesCreateMatchingSeries_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("objectClass");
    QTest::addColumn<int>("chartSeries");
    QTest::addColumn<int>("chartSeriesType");
    QTest::addRow("line") << int(ChartBuilder::ChartType::Line) << QStringLiteral("QLineSeries") << 3
                          << int(QAbstractSeries::SeriesTypeLine);
    QTest::addRow("area") << int(ChartBuilder::ChartType::Area) << QStringLiteral("QAreaSeries") << 3
                          << int(QAbstractSeries::SeriesTypeArea);
    QTest::addRow("bar") << int(ChartBuilder::ChartType::Bar) << QStringLiteral("QBarSet") << 1
                         << int(QAbstractSeries::SeriesTypeBar);
    QTest::addRow("stacked") << int(ChartBuilder::ChartType::StackedBar) << QStringLiteral("QBarSet") << 1
                             << int(QAbstractSeries::SeriesTypeStackedBar);
}

void TestChartBuilder::chartTypesCreateMatchingSeries()
{
    QFETCH(int, type);
    QFETCH(QString, objectClass);
    QFETCH(int, chartSeries);
    QFETCH(int, chartSeriesType);
    ChartBuilder builder;
    builder.setTopN(0);
    builder.setChartType(ChartBuilder::ChartType(type));
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    SceneChart scene(builder);
    QCOMPARE(builder.series().size(), size_t(3));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(builder.chartObject(i));
        QCOMPARE(QString::fromLatin1(builder.chartObject(i)->metaObject()->className()), objectClass);
    }
    QCOMPARE(scene.chart->series().size(), chartSeries);
    QCOMPARE(int(scene.chart->series().front()->type()), chartSeriesType);
    if (auto* set = qobject_cast<QBarSet*>(builder.chartObject(0))) {
        QCOMPARE(set->count(), 3);
        QCOMPARE(set->at(2), 30.0);
        QCOMPARE(set->label(), QStringLiteral("US"));
    } else {
        QCOMPARE(builder.drawnPoints(0).size(), 3);
        QCOMPARE(builder.drawnPoints(0).at(1), QPointF(double(utcMs(2024, 1, 2)), 20));
    }
    QCOMPARE(scene.chart->legend()->markers().size(), 3);
    QVERIFY(builder.dateAxis());
    QVERIFY(!builder.dateAxis()->categoriesLabels().isEmpty());
}

void TestChartBuilder::tooManyDatesForBarsDrawLines()
{
    for (const auto type : { ChartBuilder::ChartType::Bar, ChartBuilder::ChartType::StackedBar }) {
        // At the limit: bars.
        ChartBuilder fits;
        fits.setTopN(0);
        fits.setChartType(type);
        fits.setResult(prepare(test::syntheticResult(3, 1, int(ChartBuilder::kMaxBarDates))));
        SceneChart fitsScene(fits);
        QVERIFY(!fits.drawsBarsAsLines());
        QVERIFY(qobject_cast<QBarSet*>(fits.chartObject(0)));
        QCOMPARE(qobject_cast<QBarSet*>(fits.chartObject(0))->count(), int(ChartBuilder::kMaxBarDates));

        // A year of hours: lines with the same data, and the chosen type is kept for later results.
        ChartBuilder tooMany;
        tooMany.setTopN(0);
        tooMany.setChartType(type);
        const AggregateResult r = test::syntheticResult(3, 1, 8760);
        tooMany.setResult(prepare(r));
        SceneChart scene(tooMany);
        QVERIFY(tooMany.drawsBarsAsLines());
        QCOMPARE(tooMany.chartType(), type);
        QCOMPARE(scene.chart->series().size(), 3);
        QCOMPARE(int(scene.chart->series().front()->type()), int(QAbstractSeries::SeriesTypeLine));
        QVERIFY(qobject_cast<QLineSeries*>(tooMany.chartObject(0)));
        QCOMPARE(tooMany.drawnPoints(0).front().x(), double(r.dates.front()));
        QVERIFY(!tooMany.hoverText(scene.chart->plotArea().center()).isEmpty()); // hover works on the lines

        tooMany.setResult(prepare(test::syntheticResult(3, 1, 100)));
        QVERIFY(!tooMany.drawsBarsAsLines());
        QVERIFY(qobject_cast<QBarSet*>(tooMany.chartObject(0)));
    }
}

void TestChartBuilder::secondValueAxisOnlyForSumsNextToCounts()
{
    ChartBuilder builder;
    builder.setResult(prepare(test::countryResult()));
    SceneChart scene(builder);
    QVERIFY(builder.secondValueAxis());
    QCOMPARE(builder.secondValueAxis()->titleText(), QStringLiteral("Sum of values"));
    QCOMPARE(builder.valueAxis()->titleText(), QStringLiteral("Count, Unique profiles"));
    for (const auto& spec : builder.series())
        QCOMPARE(spec.rightAxis, spec.measurement == Measurement::SumValue);
    // The sum line is scaled on the second axis: US sums reach 3, counts reach 30.
    QVERIFY(builder.secondValueAxis()->max() >= 30.5 && builder.secondValueAxis()->max() < 100);
    QVERIFY(builder.valueAxis()->max() >= 30 && builder.valueAxis()->max() < 100);
    auto* sumLine = qobject_cast<QLineSeries*>(builder.chartObject(1));
    QVERIFY(sumLine);
    QVERIFY(sumLine->attachedAxes().contains(builder.secondValueAxis()));

    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    QVERIFY(!builder.secondValueAxis());
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::SumValue })));
    QVERIFY(!builder.secondValueAxis());
    QCOMPARE(builder.valueAxis()->titleText(), QStringLiteral("Sum of values"));
}

void TestChartBuilder::hiddenSeriesStayOutAndComeBackFromTheLegend()
{
    ChartBuilder builder;
    builder.setTopN(0);
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    SceneChart scene(builder);
    QSignalSpy spy(&builder, &ChartBuilder::hiddenSeriesChanged);
    const QString key = builder.series()[0].key;
    builder.setHiddenSeries({ key });
    QCOMPARE(spy.count(), 1);
    QVERIFY(builder.series()[0].hidden);
    QVERIFY(builder.drawnPoints(0).isEmpty());
    QCOMPARE(builder.drawnPoints(1).size(), 3);
    // Without US (max 30) the value axis rescales to DE (max 6).
    QVERIFY(builder.valueAxis()->max() < 30);

    QLegendMarker* usMarker = nullptr;
    for (QLegendMarker* marker : scene.chart->legend()->markers()) {
        if (marker->series() == builder.chartObject(0))
            usMarker = marker;
    }
    QVERIFY(usMarker);
    QVERIFY(usMarker->isVisible()); // still clickable
    QVERIFY(usMarker->labelBrush().color().alphaF() < 0.5);
    Q_EMIT usMarker->clicked();
    QCOMPARE(spy.count(), 2);
    QVERIFY(builder.hiddenSeries().isEmpty());
    QCOMPARE(builder.drawnPoints(0).size(), 3);
    QCOMPARE(usMarker->labelBrush().color().alphaF(), 1.0);
    Q_EMIT usMarker->clicked();
    QCOMPARE(builder.hiddenSeries(), QSet<QString>({ key }));
    builder.setSeriesHidden(key, false);
    QVERIFY(builder.hiddenSeries().isEmpty());
}

void TestChartBuilder::hiddenBarSetsDrawNothing()
{
    ChartBuilder builder;
    builder.setChartType(ChartBuilder::ChartType::StackedBar);
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    SceneChart scene(builder);
    auto* set = qobject_cast<QBarSet*>(builder.chartObject(0));
    QVERIFY(set);
    QCOMPARE(set->sum(), 60.0);
    builder.setSeriesHidden(builder.series()[0].key, true);
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->sum(), 0.0);
    builder.setSeriesHidden(builder.series()[0].key, false);
    QCOMPARE(set->sum(), 60.0);
}

void TestChartBuilder::hiddenSeriesSurviveRebuilds()
{
    ChartBuilder builder;
    builder.setResult(prepare(test::countryResult()));
    SceneChart scene(builder);
    const QString key = QStringLiteral("[\"DE\",\"sum_value\"]");
    builder.setHiddenSeries({ key });
    builder.setChartType(ChartBuilder::ChartType::Bar);
    builder.setChartType(ChartBuilder::ChartType::Line);
    builder.setResult(prepare(test::countryResult()));
    QCOMPARE(builder.hiddenSeries(), QSet<QString>({ key }));
    const auto& specs = builder.series();
    const auto it = std::find_if(specs.begin(), specs.end(), [&](const auto& s) { return s.key == key; });
    QVERIFY(it != specs.end());
    QVERIFY(it->hidden);
    QVERIFY(builder.drawnPoints(int(it - specs.begin())).isEmpty());
}

void TestChartBuilder::decimatesToPlotWidthAndRecomputesOnZoom()
{
    ChartBuilder builder;
    builder.setTopN(0);
    const AggregateResult r = test::syntheticResult(20, 1, 8760);
    builder.setResult(prepare(r));
    SceneChart scene(builder);
    const double width = scene.chart->plotArea().width();
    QVERIFY(width > 1000);
    QCOMPARE(builder.series().size(), size_t(20));
    for (int i = 0; i < 20; ++i) {
        const auto points = builder.drawnPoints(i);
        QVERIFY2(points.size() <= 4 * width + 2, qPrintable(QString::number(points.size())));
        QVERIFY(points.size() > width); // min and max per column are there
        QCOMPARE(points.front().x(), double(r.dates.front()));
        QCOMPARE(points.back().x(), double(r.dates.back()));
    }
    // A year of hours is a dense band: a 1 px line (the fast raster stroker), in the series colour.
    const auto* line = qobject_cast<QLineSeries*>(builder.chartObject(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 0); // the series only gives the legend entry: the line layer draws
    QCOMPARE(builder.drawnPen(0).widthF(), 1.0);
    QCOMPARE(builder.drawnPen(0).style(), Qt::SolidLine);
    QCOMPARE(builder.drawnPen(0).color(), builder.series()[0].color);

    const qint64 from = r.dates[1000];
    const qint64 to = r.dates[1000 + 7 * 24];
    builder.setVisibleRange(from, to);
    QVERIFY(builder.isZoomed());
    QCOMPARE(builder.visibleRange(), std::make_pair(from, to));
    const auto zoomed = builder.drawnPoints(0);
    QCOMPARE(zoomed.size(), 7 * 24 + 1 + 2); // all points of the week plus the two neighbours
    QCOMPARE(zoomed.front().x(), double(r.dates[999]));
    QCOMPARE(zoomed.back().x(), double(r.dates[1000 + 7 * 24 + 1]));
    // A week of hours is sparse again: the regular line.
    QCOMPARE(builder.drawnPen(0).widthF(), 1.5);
    QCOMPARE(builder.drawnPen(0).style(), Qt::SolidLine);

    builder.resetZoom();
    QVERIFY(!builder.isZoomed());
    QVERIFY(builder.drawnPoints(0).size() <= 4 * width + 2);

    // A narrower plot decimates harder.
    scene.chart->setGeometry(QRectF(0, 0, 500, 400));
    scene.chart->layout()->activate();
    builder.refresh();
    QVERIFY(builder.drawnPoints(0).size() <= 4 * scene.chart->plotArea().width() + 2);
}

namespace {

/// Whether a pixel within @p radius of @p at has (about) @p color.
bool hasColourNear(const QImage& image, QPointF at, const QColor& color, int radius = 2)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = at.toPoint() + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - color.red()) < 16 && std::abs(c.green() - color.green()) < 16
                && std::abs(c.blue() - color.blue()) < 16)
                return true;
        }
    }
    return false;
}

QImage renderScene(QGraphicsScene& scene)
{
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(image.rect()), scene.sceneRect());
    return image;
}

} // namespace

void TestChartBuilder::linesAreDrawnWhereTheAxesPutThem()
{
    ChartBuilder builder;
    builder.setTopN(0);
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    SceneChart scene(builder);
    scene.scene.setSceneRect(QRectF(0, 0, 1600, 900));
    const auto* us = qobject_cast<QLineSeries*>(builder.chartObject(0));
    QVERIFY(us);
    const QColor usColour = builder.series()[0].color;
    QImage image = renderScene(scene.scene);
    const QList<QPointF> points = builder.drawnPoints(0);
    QCOMPARE(points.size(), 3);
    for (const QPointF& point : points) {
        const QPointF at = scene.chart->mapToScene(scene.chart->mapToPosition(point, const_cast<QLineSeries*>(us)));
        QVERIFY2(hasColourNear(image, at, usColour), qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
    }
    // Half way between the first two points, the line passes through their midpoint.
    const QPointF mid = (scene.chart->mapToPosition(points[0], const_cast<QLineSeries*>(us))
                            + scene.chart->mapToPosition(points[1], const_cast<QLineSeries*>(us)))
        / 2;
    QVERIFY(hasColourNear(image, scene.chart->mapToScene(mid), usColour));
    // Far from every line, the plot stays empty.
    const QRectF plot = scene.chart->plotArea();
    QVERIFY(!hasColourNear(image, scene.chart->mapToScene(QPointF(plot.center().x(), plot.top() + 5)), usColour, 3));

    // A hidden line is not drawn; zooming redraws at the new scale.
    builder.setSeriesHidden(builder.series()[0].key, true);
    image = renderScene(scene.scene);
    const QPointF last = scene.chart->mapToScene(scene.chart->mapToPosition(points[2], const_cast<QLineSeries*>(us)));
    QVERIFY(!hasColourNear(image, last, usColour));
    builder.setSeriesHidden(builder.series()[0].key, false);
    builder.setVisibleRange(qint64(points[1].x()), qint64(points[2].x()));
    image = renderScene(scene.scene);
    QVERIFY(hasColourNear(
        image, scene.chart->mapToScene(scene.chart->mapToPosition(points[2], const_cast<QLineSeries*>(us))), usColour));
    QVERIFY(hasColourNear(image,
        scene.chart->mapToScene(
            QPointF(plot.right() - 1, scene.chart->mapToPosition(points[2], const_cast<QLineSeries*>(us)).y())),
        usColour));
}

void TestChartBuilder::axisZoomIsPickedUpOnNextEventLoopTurn()
{
    ChartBuilder builder;
    const AggregateResult r = test::syntheticResult(2, 1, 8760);
    builder.setResult(prepare(r));
    SceneChart scene(builder);
    QSignalSpy refreshed(&builder, &ChartBuilder::refreshed);
    // What a rubber band does: the chart changes the axis range itself.
    builder.dateAxis()->setRange(double(r.dates[100]), double(r.dates[150]));
    QVERIFY(refreshed.wait(2000));
    QVERIFY(builder.isZoomed());
    QCOMPARE(builder.drawnPoints(0).size(), 51 + 2);
    builder.dateAxis()->setRange(double(r.dates.front()), double(r.dates.back()));
    QTRY_VERIFY(!builder.isZoomed());
    QVERIFY(builder.drawnPoints(0).size() > 51 + 2);
}

void TestChartBuilder::layoutThatComesBackDoesNotRefresh()
{
    // Relabelling the axes can make a chart lay itself out twice, first at another plot width
    // and then at the same one again. Refreshing for that would relabel the axes again, forever.
    ChartBuilder builder;
    builder.setResult(prepare(test::syntheticResult(2, 1, 8760)));
    SceneChart scene(builder);
    QSignalSpy refreshed(&builder, &ChartBuilder::refreshed);
    const QRectF geometry = scene.chart->geometry();
    scene.chart->setGeometry(geometry.adjusted(0, 0, -80, 0));
    scene.chart->layout()->activate();
    scene.chart->setGeometry(geometry);
    scene.chart->layout()->activate();
    QTest::qWait(50);
    QCOMPARE(refreshed.count(), 0);
    // A new width that stays is decimated for.
    scene.chart->setGeometry(geometry.adjusted(0, 0, -400, 0));
    scene.chart->layout()->activate();
    QTRY_COMPARE(refreshed.count(), 1);
    QVERIFY(builder.drawnPoints(0).size() <= 4 * scene.chart->plotArea().width() + 2);
}

void TestChartBuilder::dateAxisLabelsUseQueryTimezone()
{
    AggregateResult r = test::syntheticResult(1, 1, 48, Interval::Hour, QStringLiteral("America/New_York"));
    for (size_t i = 0; i < r.dates.size(); ++i)
        r.dates[i] = utcMs(2023, 11, 5, 4) + qint64(i) * 3600000; // from 00:00 EDT over the fall-back
    ChartBuilder builder;
    builder.setResult(prepare(r));
    SceneChart scene(builder);
    QCategoryAxis* axis = builder.dateAxis();
    const QStringList labels = axis->categoriesLabels();
    QVERIFY(labels.size() >= 4);
    QCOMPARE(labels.front(), QStringLiteral("Nov 5 00:00"));
    QCOMPARE(axis->endValue(labels.front()), double(utcMs(2023, 11, 5, 4)));
    for (const QString& label : labels) {
        // Every tick is on a round local hour in New York, never on the UTC hour.
        QVERIFY2(QRegularExpression(QStringLiteral("^Nov \\d+ (00|03|06|09|12|15|18|21):00\u200B*$"))
                     .match(label)
                     .hasMatch(),
            qPrintable(label));
    }
    QVERIFY(labels.contains(QStringLiteral("Nov 6 00:00")));
    QCOMPARE(axis->endValue(QStringLiteral("Nov 6 00:00")), double(utcMs(2023, 11, 6, 5))); // EST after the change
}

void TestChartBuilder::timeTicksFollowIntervalFormats_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<qint64>("firstTick");
    QTest::addRow("hour") << int(Interval::Hour) << utcMs(2023, 3, 12, 5) << utcMs(2023, 3, 12, 17)
                          << QStringLiteral("^Mar 12 \\d\\d:00$") << QStringLiteral("Mar 12 00:00")
                          << utcMs(2023, 3, 12, 5);
    QTest::addRow("day") << int(Interval::Day) << utcMs(2023, 3, 1, 5) << utcMs(2023, 3, 20, 4)
                         << QStringLiteral("^Mar \\d+$") << QStringLiteral("Mar 1") << utcMs(2023, 3, 1, 5);
    QTest::addRow("week") << int(Interval::Week) << utcMs(2023, 3, 6, 5) << utcMs(2023, 4, 3, 4)
                          << QStringLiteral("^(Mar|Apr) \\d+$") << QStringLiteral("Mar 6") << utcMs(2023, 3, 6, 5);
    QTest::addRow("month") << int(Interval::Month) << utcMs(2022, 6, 1, 4) << utcMs(2023, 5, 1, 4)
                           << QStringLiteral("^\\w{3} 20\\d\\d$") << QStringLiteral("Jun 2022") << utcMs(2022, 6, 1, 4);
}

void TestChartBuilder::timeTicksFollowIntervalFormats()
{
    QFETCH(int, interval);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, pattern);
    QFETCH(QString, firstLabel);
    QFETCH(qint64, firstTick);
    const QTimeZone ny("America/New_York");
    const QList<TimeTick> ticks = timeTicks(from, to, Interval(interval), ny, 20, QLocale::c());
    QVERIFY(ticks.size() >= 2 && ticks.size() <= 20);
    QCOMPARE(ticks.front().label, firstLabel);
    QCOMPARE(ticks.front().utcMs, firstTick);
    const QRegularExpression re(pattern);
    for (const TimeTick& tick : ticks) {
        QVERIFY2(re.match(tick.label).hasMatch(), qPrintable(tick.label));
        QVERIFY(tick.utcMs >= from && tick.utcMs <= to);
        // On a local calendar boundary of the data interval (or coarser).
        QCOMPARE(calendar::floorToBucket(tick.utcMs, Interval(interval), ny), tick.utcMs);
    }
    // Fewer allowed ticks give a coarser step, still within the limit.
    QVERIFY(timeTicks(from, to, Interval(interval), ny, 3, QLocale::c()).size() <= 3);
}

void TestChartBuilder::hoverTextNamesDateSeriesAndValue()
{
    ChartBuilder builder;
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    SceneChart scene(builder);
    auto* us = qobject_cast<QAbstractSeries*>(builder.chartObject(0));
    auto* de = qobject_cast<QAbstractSeries*>(builder.chartObject(1));
    const QString day2 = QLocale::c().toString(QDate(2024, 1, 2), QLocale::ShortFormat);
    const QPointF onUs = scene.chart->mapToPosition(QPointF(double(utcMs(2024, 1, 2)), 20), us);
    QCOMPARE(builder.hoverText(onUs + QPointF(3, 2)), QStringLiteral("%1 (UTC)\nUS: 20").arg(day2));
    const QPointF onDe = scene.chart->mapToPosition(QPointF(double(utcMs(2024, 1, 3)), 6), de);
    QVERIFY(builder.hoverText(onDe).endsWith(QStringLiteral("\nDE: 6")));
    QVERIFY(builder.hoverText(QPointF(1, 1)).isEmpty());

    builder.setChartType(ChartBuilder::ChartType::StackedBar);
    scene.chart->layout()->activate();
    builder.refresh();
    auto* bars = scene.chart->series().front();
    // The stack at the first date in rank order: US 10 at the bottom, DE 4 above it, then (none) 1.
    const QPointF inDe = scene.chart->mapToPosition(QPointF(0, 10 + 2), bars);
    QVERIFY2(builder.hoverText(inDe).endsWith(QStringLiteral("\nDE: 4")), qPrintable(builder.hoverText(inDe)));
}

void TestChartBuilder::followsDarkPalette()
{
    ChartBuilder builder;
    builder.setResult(prepare(test::countryResult()));
    SceneChart scene(builder);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Base, QColor(20, 20, 24));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    QVERIFY(ChartPalette::isDark(dark));
    builder.setChartPalette(dark);
    QCOMPARE(scene.chart->backgroundBrush().color(), QColor(20, 20, 24));
    QCOMPARE(builder.valueAxis()->labelsBrush().color(), QColor(230, 230, 230));
    QCOMPARE(builder.series().size(), size_t(9));
    // Series colours are ours, not the dark theme's.
    QCOMPARE(qobject_cast<QLineSeries*>(builder.chartObject(0))->pen().color(), ChartPalette::seriesColor(0));
    QPalette light;
    light.setColor(QPalette::Window, Qt::white);
    QVERIFY(!ChartPalette::isDark(light));
}

void TestChartBuilder::nameProviderRenamesButKeepsKeys()
{
    ChartBuilder builder;
    builder.setResult(prepare(withMeasurements(test::countryResult(), { Measurement::Count })));
    SceneChart scene(builder);
    builder.setNameProvider([](const QString&, const QString& value) {
        return value == QStringLiteral("US") ? QStringLiteral("United States") : QString();
    });
    QCOMPARE(builder.series()[0].name, QStringLiteral("United States"));
    QCOMPARE(builder.series()[0].key, QStringLiteral("[\"US\",\"count\"]"));
    QCOMPARE(scene.chart->legend()->markers().front()->label(), QStringLiteral("United States"));
}

void TestChartBuilder::coloursAreColourBlindSafeAndDistinct()
{
    QCOMPARE(ChartPalette::seriesColor(0), QColor(0xE6, 0x9F, 0x00)); // Okabe–Ito orange first
    QSet<QRgb> colours;
    for (int i = 0; i < ChartPalette::distinctColors(); ++i)
        colours.insert(ChartPalette::seriesColor(i).rgb());
    QCOMPARE(colours.size(), ChartPalette::distinctColors());
    QVERIFY(!colours.contains(ChartPalette::otherColor().rgb()));
    QCOMPARE(ChartPalette::seriesColor(ChartPalette::distinctColors()), ChartPalette::seriesColor(0));
}

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
