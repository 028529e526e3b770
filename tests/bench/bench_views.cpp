// SPDX-License-Identifier: GPL-3.0-or-later
// Result views: chart repaint (decimated vs a naive QLineSeries per series), table paging and
// the longest event-loop stall while a large result is handed to the results widget.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "benchregistry.h"
#include "results/chartbuilder.h"
#include "results/resultchartview.h"
#include "results/resultswidget.h"
#include "results/resulttablemodel.h"
#include "results/resulttableview.h"

namespace {

using namespace kx;

constexpr QSize kViewSize(1600, 900);

AggregateResult syntheticResult(int groups, int measurements, int dates)
{
    AggregateResult r;
    r.metricId = QStringLiteral("BENCH");
    r.metricName = QStringLiteral("Benchmark");
    r.timezone = QStringLiteral("America/New_York");
    r.interval = Interval::Hour;
    r.by = { QStringLiteral("Group") };
    const Measurement all[] = { Measurement::Count, Measurement::SumValue, Measurement::Unique };
    for (int m = 0; m < measurements && m < 3; ++m)
        r.measurements.append(all[m]);
    const qint64 start = QDateTime(QDate(2023, 1, 1), QTime(5, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int d = 0; d < dates; ++d)
        r.dates.push_back(start + qint64(d) * 3600000);
    std::uint32_t state = 7;
    r.groups.resize(size_t(groups));
    for (int g = 0; g < groups; ++g) {
        auto& group = r.groups[size_t(g)];
        group.dimensions = { QStringLiteral("Group %1").arg(g) };
        group.values.resize(size_t(r.measurements.size()));
        const double level = 2000.0 / (g + 1);
        for (auto& series : group.values) {
            series.resize(size_t(dates));
            for (int d = 0; d < dates; ++d) {
                state = state * 1664525u + 1013904223u;
                const double noise = double(state >> 8) / double(1u << 24);
                series[size_t(d)] = std::round(level * (1.2 + std::sin(d / 24.0 * 6.283) * 0.5) + level * noise);
            }
        }
    }
    return r;
}

/// Lets the event loop run for @p ms (benchmark code only: app code never spins loops).
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double repaintMs(QWidget* widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    return bench::bestOfMs(5, [&] {
        QPainter painter(&image);
        widget->render(&painter);
    });
}

double decimatedRepaint(int groups, int* points = nullptr)
{
    ResultChartView view;
    view.resize(kViewSize);
    view.setTopN(0);
    view.setPreparedResult(PreparedResult::create(syntheticResult(groups, 1, 8760)));
    view.show();
    settle(100);
    view.builder()->refresh();
    view.builder()->flushPendingPoints();
    if (points) {
        *points = 0;
        for (size_t i = 0; i < view.builder()->series().size(); ++i)
            *points += int(view.builder()->drawnPoints(int(i)).size());
    }
    return repaintMs(&view);
}

} // namespace

KX_BENCH("chart_repaint_20x8760")
{
    int points = 0;
    reporter.figure(QStringLiteral("chart_repaint_20x8760_ms"), decimatedRepaint(20, &points), QStringLiteral("ms"));
    reporter.figure(QStringLiteral("chart_repaint_20x8760_drawn_points"), points);

    // Baseline: what a plain chart does, one QLineSeries per series holding every point.
    const AggregateResult r = syntheticResult(20, 1, 8760);
    QChartView naive;
    naive.resize(kViewSize);
    auto* chart = new QChart; // owned by the view
    for (const auto& group : r.groups) {
        auto* line = new QLineSeries;
        line->setName(group.dimensions.front());
        QList<QPointF> points;
        points.reserve(qsizetype(r.dates.size()));
        for (size_t d = 0; d < r.dates.size(); ++d)
            points.append(QPointF(double(r.dates[d]), group.values[0][d]));
        line->replace(points);
        chart->addSeries(line);
    }
    chart->createDefaultAxes();
    naive.setChart(chart);
    naive.show();
    settle(100);
    reporter.figure(QStringLiteral("chart_repaint_20x8760_naive_ms"), repaintMs(&naive), QStringLiteral("ms"));
}

KX_BENCH("chart_repaint_100x8760")
{
    reporter.figure(QStringLiteral("chart_repaint_100x8760_ms"), decimatedRepaint(100), QStringLiteral("ms"));
}

KX_BENCH("chart_stacked_bar_10x8760")
{
    // Bars cannot be decimated (each bucket is a rectangle); this shows what a full year of hourly
    // stacked bars costs to build and to repaint.
    ResultChartView view;
    view.resize(kViewSize);
    view.setTopN(10);
    view.setChartType(ChartBuilder::ChartType::StackedBar);
    view.show();
    settle(50);
    const auto prepared = PreparedResult::create(syntheticResult(10, 1, 8760));
    QElapsedTimer timer;
    timer.start();
    view.setPreparedResult(prepared);
    view.builder()->refresh();
    reporter.figure(
        QStringLiteral("chart_stacked_bar_10x8760_build_ms"), double(timer.elapsed()), QStringLiteral("ms"));
    settle(100);
    reporter.figure(QStringLiteral("chart_stacked_bar_10x8760_repaint_ms"), repaintMs(&view), QStringLiteral("ms"));
}

KX_BENCH("chart_zoom_redecimate_20x8760")
{
    ResultChartView view;
    view.resize(kViewSize);
    view.setTopN(0);
    const auto prepared = PreparedResult::create(syntheticResult(20, 1, 8760));
    view.setPreparedResult(prepared);
    view.show();
    settle(100);
    const auto& dates = prepared->result.dates;
    int step = 0;
    const double ms = bench::bestOfMs(5, [&] {
        ++step;
        view.builder()->setVisibleRange(dates[size_t(100 * step)], dates[size_t(100 * step + 2000)]);
        view.builder()->flushPendingPoints(); // the whole re-decimation, not its first slice
    });
    reporter.figure(QStringLiteral("chart_zoom_redecimate_20x8760_ms"), ms, QStringLiteral("ms"));
}

KX_BENCH("table_scroll_8760x300")
{
    ResultTableModel model;
    model.setPreparedResult(PreparedResult::create(syntheticResult(100, 3, 8760)));
    ResultTableView view(&model);
    view.resize(kViewSize);
    view.show();
    settle(100);
    QTableView* table = view.tableView();
    QScrollBar* vertical = table->verticalScrollBar();
    QScrollBar* horizontal = table->horizontalScrollBar();
    QImage image(table->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    // Page down through the whole table, then page right along a row band.
    for (int value = 0; value <= vertical->maximum(); value += vertical->pageStep()) {
        vertical->setValue(value);
        QPainter painter(&image);
        table->viewport()->render(&painter);
        ++pages;
    }
    for (int value = 0; value <= horizontal->maximum(); value += horizontal->pageStep()) {
        horizontal->setValue(value);
        QPainter painter(&image);
        table->viewport()->render(&painter);
        ++pages;
    }
    reporter.figure(
        QStringLiteral("table_scroll_8760x300_ms_per_page"), double(timer.elapsed()) / pages, QStringLiteral("ms"));
    reporter.figure(QStringLiteral("table_scroll_8760x300_pages"), pages);
}

KX_BENCH("ui_result_swap")
{
    for (const bool chartTab : { false, true }) {
        ResultsWidget widget;
        widget.resize(kViewSize);
        if (chartTab) {
            if (auto* tabs = widget.findChild<QTabWidget*>(QStringLiteral("resultTabs")))
                tabs->setCurrentIndex(1);
        }
        widget.show();
        settle(100);
        AggregateResult result = syntheticResult(100, 3, 8760);

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(1);
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (bench::traceMs() > 0 && now - last >= bench::traceMs() * 1000000LL)
                std::fprintf(stderr, "loop stalled %.1f ms, until %.1f ms\n", double(now - last) / 1e6,
                    double(bench::sinceStartNs()) / 1e6);
            longest = std::max(longest, now - last);
            last = now;
        });
        QEventLoop loop;
        qint64 handedAt = 0;
        qint64 shownAt = 0;
        QObject::connect(&widget, &ResultsWidget::resultShown, &loop, [&] {
            shownAt = clock.nsecsElapsed();
            QTimer::singleShot(300, &loop, &QEventLoop::quit); // include the repaint that follows
        });
        clock.start();
        ticker.start();
        QTimer::singleShot(20, &widget, [&] {
            handedAt = clock.nsecsElapsed();
            widget.setResult(std::move(result));
        });
        loop.exec();
        ticker.stop();
        const QString suffix = chartTab ? QStringLiteral("_chart_tab") : QString();
        reporter.figure(QStringLiteral("ui_result_swap_longest_stall%1_ms").arg(suffix), double(longest) / 1e6,
            QStringLiteral("ms"));
        reporter.figure(QStringLiteral("ui_result_swap_time_to_shown%1_ms").arg(suffix),
            double(shownAt - handedAt) / 1e6, QStringLiteral("ms"));
        // The whole process with the widget showing the result (meaningful when this benchmark
        // runs alone: `klaviyo-explorer-bench ui_result_swap`).
        reporter.figure(QStringLiteral("ui_result_swap_resident%1_mb").arg(suffix), bench::residentMb(),
            QStringLiteral("MB"));
    }
}
