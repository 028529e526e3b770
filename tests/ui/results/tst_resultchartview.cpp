// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include "resultfixtures.h"
#include "results/resultchartview.h"

using namespace kx;
using kx::test::utcMs;

class TestResultChartView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void rubberBandZoomsDateAxisAndDoubleClickResets();
    void resizeRedecimatesForTheNewWidth();
    void bigChartsFillInWithoutPaintingHalfway();
    void settledChartStaysIdle();
    void hoverShowsDateSeriesAndValue();
    void legendClickHidesSeries();
    void paletteChangeRestylesChart();
};

namespace {

void sendMouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

std::shared_ptr<const PreparedResult> hourly(int groups, int dates)
{
    return PreparedResult::create(test::syntheticResult(groups, 1, dates), QLocale::c());
}

} // namespace

void TestResultChartView::rubberBandZoomsDateAxisAndDoubleClickResets()
{
    ResultChartView view;
    view.resize(1000, 600);
    view.setPreparedResult(hourly(3, 24 * 30));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ChartBuilder* builder = view.builder();
    QTRY_VERIFY(view.chart()->plotArea().width() > 500);
    const auto full = builder->visibleRange();
    QVERIFY(!builder->isZoomed());

    const QRectF plot = view.chart()->plotArea();
    const QPoint from =
        view.mapFromScene(view.chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.25, plot.center().y())));
    const QPoint to =
        view.mapFromScene(view.chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.5, plot.center().y())));
    QWidget* viewport = view.viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    QTRY_VERIFY(builder->isZoomed());
    const auto zoomed = builder->visibleRange();
    const double span = double(full.second - full.first);
    QVERIFY(std::abs(double(zoomed.first - full.first) - span * 0.25) < span * 0.02);
    QVERIFY(std::abs(double(zoomed.second - full.first) - span * 0.5) < span * 0.02);
    // The lines were re-decimated for the zoomed range: about a quarter of the points.
    QTRY_VERIFY(builder->drawnPoints(0).size() < 24 * 30 / 4 + 10);

    sendMouse(viewport, QEvent::MouseButtonDblClick, to, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(!builder->isZoomed());
    QCOMPARE(builder->visibleRange(), full);
}

void TestResultChartView::resizeRedecimatesForTheNewWidth()
{
    ResultChartView view;
    view.resize(1600, 900);
    view.setPreparedResult(hourly(2, 8760));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.chart()->plotArea().width() > 1200);
    // Lines take their points slice by slice: wait for the last slice before counting them.
    QTRY_VERIFY(!view.builder()->hasPendingPoints());
    const qsizetype wide = view.builder()->drawnPoints(0).size();
    QVERIFY(wide > view.chart()->plotArea().width());
    QVERIFY(wide <= 4 * view.chart()->plotArea().width() + 2);
    view.resize(500, 400);
    QTRY_VERIFY(view.chart()->plotArea().width() < 500);
    QTRY_VERIFY(!view.builder()->hasPendingPoints());
    QTRY_VERIFY(view.builder()->drawnPoints(0).size() < wide);
    QVERIFY(view.builder()->drawnPoints(0).size() <= 4 * view.chart()->plotArea().width() + 2);
    QVERIFY(view.builder()->drawnPoints(0).size() > view.chart()->plotArea().width());
}

void TestResultChartView::bigChartsFillInWithoutPaintingHalfway()
{
    ResultChartView view;
    view.resize(1600, 900);
    view.setTopN(0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The lines take their points over several event-loop turns, not inside setPreparedResult(),
    // and the view keeps its previous picture until they all have them.
    QSignalSpy refreshed(view.builder(), &ChartBuilder::refreshed);
    view.setPreparedResult(hourly(30, 8760));
    QVERIFY(view.builder()->hasPendingPoints());
    QVERIFY(view.builder()->drawnPoints(29).isEmpty());
    QVERIFY(!view.viewport()->updatesEnabled());
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(!view.builder()->hasPendingPoints());
    QVERIFY(view.viewport()->updatesEnabled());
    const double width = view.chart()->plotArea().width();
    for (int i = 0; i < 30; ++i) {
        const auto points = view.builder()->drawnPoints(i);
        QVERIFY2(points.size() > width && points.size() <= 4 * width + 2, qPrintable(QString::number(i)));
    }
    // A new result while lines are still filling in replaces the pending work.
    view.setPreparedResult(hourly(2, 8760));
    QTRY_VERIFY(!view.builder()->hasPendingPoints());
    QCOMPARE(view.builder()->series().size(), size_t(2));
    QVERIFY(view.builder()->drawnPoints(1).size() > width);
}

void TestResultChartView::settledChartStaysIdle()
{
    // Once its lines have their points, a chart does no more work until something changes
    // (bars of a year of hours, drawn as lines, once refreshed themselves forever: see
    // TestChartBuilder::layoutThatComesBackDoesNotRefresh).
    ResultChartView view;
    view.resize(1600, 900);
    view.setChartType(ChartBuilder::ChartType::StackedBar);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy refreshed(view.builder(), &ChartBuilder::refreshed);
    view.setPreparedResult(hourly(10, 8760));
    QVERIFY(refreshed.wait(10000));
    QTRY_VERIFY(!view.builder()->hasPendingPoints());
    QTest::qWait(100);
    refreshed.clear();
    QTest::qWait(300);
    QCOMPARE(refreshed.count(), 0);
    QVERIFY(!view.builder()->hasPendingPoints());
    QVERIFY(view.viewport()->updatesEnabled());
    QVERIFY(view.builder()->drawnPoints(0).size() > view.chart()->plotArea().width());
}

void TestResultChartView::hoverShowsDateSeriesAndValue()
{
    AggregateResult r = test::countryResult();
    r.measurements = { Measurement::Count };
    for (auto& group : r.groups)
        group.values.resize(1);
    r.timezone = QStringLiteral("America/New_York");
    r.dates = { utcMs(2024, 1, 1, 5), utcMs(2024, 1, 2, 5), utcMs(2024, 1, 3, 5) };
    ResultChartView view;
    view.resize(800, 500);
    view.setPreparedResult(PreparedResult::create(r, QLocale::c()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.chart()->plotArea().width() > 300);
    auto* us = qobject_cast<QAbstractSeries*>(view.builder()->chartObject(0));
    const QPointF chartPos = view.chart()->mapToPosition(QPointF(double(r.dates[1]), 20), us);
    const QPoint viewPos = view.mapFromScene(view.chart()->mapToScene(chartPos));
    const QString text = view.hoverTextAt(viewPos);
    QCOMPARE(text,
        QStringLiteral("%1 (America/New_York)\nUS: 20")
            .arg(QLocale::c().toString(QDate(2024, 1, 2), QLocale::ShortFormat)));
    QVERIFY(view.hoverTextAt(QPoint(2, 2)).isEmpty());
    // Moving the mouse there must not disturb anything (it shows a tooltip).
    sendMouse(view.viewport(), QEvent::MouseMove, viewPos, Qt::NoButton, Qt::NoButton);
}

void TestResultChartView::legendClickHidesSeries()
{
    ResultChartView view;
    view.resize(800, 500);
    view.setPreparedResult(hourly(3, 100));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ResultChartView::hiddenSeriesChanged);
    QLegendMarker* marker = view.chart()->legend()->markers().at(1);
    Q_EMIT marker->clicked();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(view.hiddenSeries(), QSet<QString>({ QStringLiteral("[\"G1\",\"count\"]") }));
    QTRY_VERIFY(view.builder()->drawnPoints(1).isEmpty());
    view.setHiddenSeries({});
    QCOMPARE(spy.count(), 2);
    QTRY_VERIFY(!view.builder()->drawnPoints(1).isEmpty());
}

void TestResultChartView::paletteChangeRestylesChart()
{
    ResultChartView view;
    view.setPreparedResult(hourly(2, 50));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(25, 25, 25));
    dark.setColor(QPalette::Base, QColor(15, 15, 15));
    dark.setColor(QPalette::Text, QColor(240, 240, 240));
    view.setPalette(dark);
    QCOMPARE(view.chart()->backgroundBrush().color(), QColor(15, 15, 15));
    QCOMPARE(view.builder()->dateAxis()->labelsBrush().color(), QColor(240, 240, 240));
}

QTEST_MAIN(TestResultChartView)
#include "tst_resultchartview.moc"
