// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "chartpalette.h"
#include "decimation.h"
#include "linelayer.h"
#include "timeticks.h"

namespace kx {

namespace {

constexpr qint64 kHalfDayMs = 12LL * 3600 * 1000;
constexpr double kLineWidth = LineLayer::kLineWidth;
/// Lines with at most this many dates get point markers, so sparse data stays readable.
constexpr qsizetype kMaxDatesWithPoints = 31;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ChartBuilder::ChartBuilder(QObject* parent)
    : QObject(parent)
{
    m_font.setPixelSize(12);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        // A refresh changes axis labels, and the chart may lay itself out more than once for
        // that (a first pass with a different plot width, then the final one): when plot width and
        // date range are back to those of the last refresh, there is nothing to redo, and redoing
        // it would start the same layouts again, forever.
        if (m_chart && m_xAxis && m_chart->plotArea().width() == m_lastWidth && m_xAxis->min() == m_lastRange.first
            && m_xAxis->max() == m_lastRange.second)
            return;
        refresh();
    });
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, [this] { applyPendingPoints(kSliceBudgetMs); });
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(0);
    connect(&m_settleTimer, &QTimer::timeout, this, &ChartBuilder::settle);
}

ChartBuilder::~ChartBuilder() = default;

void ChartBuilder::setResult(std::shared_ptr<const PreparedResult> prepared)
{
    m_data = std::move(prepared);
    m_zoom.reset();
    rebuildSpecs();
    populate();
}

void ChartBuilder::setChartType(ChartType type)
{
    if (type == m_type)
        return;
    m_type = type;
    populate();
}

void ChartBuilder::setTopN(int n)
{
    n = std::max(n, 0);
    if (n == m_topN)
        return;
    m_topN = n;
    rebuildSpecs();
    populate();
}

void ChartBuilder::setHiddenSeries(const QSet<QString>& keys)
{
    if (keys == m_hidden)
        return;
    m_hidden = keys;
    for (size_t i = 0; i < m_specs.size(); ++i) {
        SeriesSpec& spec = m_specs[i];
        const bool hidden = m_hidden.contains(spec.key);
        if (hidden == spec.hidden)
            continue;
        spec.hidden = hidden;
        if (isBarType() && i < m_objects.size())
            updateBarValues(int(i));
    }
    styleLegendMarkers();
    refresh();
    Q_EMIT hiddenSeriesChanged(m_hidden);
}

void ChartBuilder::setSeriesHidden(const QString& key, bool hidden)
{
    QSet<QString> keys = m_hidden;
    if (hidden)
        keys.insert(key);
    else
        keys.remove(key);
    setHiddenSeries(keys);
}

void ChartBuilder::setNameProvider(NameProvider provider)
{
    m_names = std::move(provider);
    rebuildSpecs();
    populate();
}

void ChartBuilder::setChartPalette(const QPalette& palette)
{
    m_palette = palette;
    populate();
}

void ChartBuilder::setChartFont(const QFont& font)
{
    m_font = font;
    populate();
}

void ChartBuilder::setLinesAsPaths(bool asPaths)
{
    if (asPaths == m_linesAsPaths)
        return;
    m_linesAsPaths = asPaths;
    populate();
}

QPen ChartBuilder::linePen(const QColor& color, bool dense) const
{
    QPen pen(color);
    // Measured at 1600×900 with 20 (100) lines of 6,400 points each (Qt 6.4, raster, antialiased):
    // 1.5 px solid 66 ms (276 ms), LineChartItem drawing each segment on its own; 1.0 px solid
    // 29 ms (93 ms); 1.0 px as one path 31 ms (59 ms). Dense lines (more points than pixel columns,
    // where the line is a band of vertical strokes anyway) get a 1 px pen drawn as one path.
    pen.setWidthF(dense ? 1.0 : kLineWidth);
    if (m_linesAsPaths || dense) {
        // Any non-solid style makes LineChartItem draw one path. The dash is long and the gap
        // zero, so it stays solid: a short dash ({1, 0}) comes out dotted from the raster
        // engine's hairline stroker, and makes the outline stroker slow at wider pens.
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({ 4096.0, 0.0 });
    }
    return pen;
}

const double* ChartBuilder::seriesValues(const SeriesSpec& spec) const
{
    if (spec.group < 0)
        return spec.otherValues.data();
    return m_data->values(spec.group, spec.measurementIndex).data();
}

void ChartBuilder::rebuildSpecs()
{
    m_specs.clear();
    if (!m_data)
        return;
    const AggregateResult& r = m_data->result;
    const qsizetype measurements = r.measurements.size();
    const std::vector<int>& ranked = m_data->groupsByRank;
    const size_t shown = m_topN > 0 ? std::min(ranked.size(), size_t(m_topN)) : ranked.size();

    const bool hasSum = r.measurements.contains(Measurement::SumValue);
    const bool split = hasSum && std::any_of(r.measurements.begin(), r.measurements.end(), [](Measurement m) {
        return m != Measurement::SumValue;
    });
    const auto specName = [&](const QString& group, Measurement m) {
        if (r.by.isEmpty())
            return measurementShortLabel(m);
        if (measurements == 1)
            return group;
        return tr("%1 · %2", "series: dimension values, measurement").arg(group, measurementShortLabel(m));
    };

    int colorIndex = 0;
    m_specs.reserve(shown * size_t(measurements) + size_t(measurements));
    for (size_t k = 0; k < shown; ++k) {
        const int g = ranked[k];
        const QStringList& dimensions = r.groups[size_t(g)].dimensions;
        const QString label = groupLabel(r.by, dimensions, m_names);
        for (qsizetype m = 0; m < measurements; ++m) {
            SeriesSpec spec;
            spec.measurement = r.measurements.at(m);
            spec.measurementIndex = int(m);
            spec.group = g;
            spec.dimensions = dimensions;
            spec.key = seriesKey(dimensions, spec.measurement);
            spec.name = specName(label, spec.measurement);
            spec.color = ChartPalette::seriesColor(colorIndex++);
            spec.rightAxis = split && spec.measurement == Measurement::SumValue;
            spec.hidden = m_hidden.contains(spec.key);
            m_specs.push_back(std::move(spec));
        }
    }

    if (shown < ranked.size()) {
        int otherIndex = 0;
        for (qsizetype m = 0; m < measurements; ++m) {
            const Measurement measurement = r.measurements.at(m);
            if (!isAdditive(measurement))
                continue; // distinct profiles of the remaining groups cannot be summed
            SeriesSpec spec;
            spec.measurement = measurement;
            spec.measurementIndex = int(m);
            spec.group = -1;
            spec.key = otherSeriesKey(measurement);
            spec.name = measurements == 1
                ? tr("Other")
                : tr("Other · %1", "series: other groups, measurement").arg(measurementShortLabel(measurement));
            spec.color = ChartPalette::otherColor().darker(100 + 35 * otherIndex++);
            spec.rightAxis = split && measurement == Measurement::SumValue;
            spec.hidden = m_hidden.contains(spec.key);
            spec.otherValues.assign(size_t(m_data->dateCount()), 0.0);
            for (size_t k = shown; k < ranked.size(); ++k) {
                const std::vector<double>& values = m_data->values(ranked[k], m);
                for (size_t d = 0; d < values.size(); ++d) {
                    if (!std::isnan(values[d]))
                        spec.otherValues[d] += values[d];
                }
            }
            m_specs.push_back(std::move(spec));
        }
    }
}

void ChartBuilder::attach(QChart* chart)
{
    if (chart == m_chart)
        return;
    clearChart();
    m_chart = chart;
    populate();
}

void ChartBuilder::clearChart()
{
    m_refreshTimer.stop();
    m_sliceTimer.stop();
    m_settleTimer.stop();
    m_pendingPoints.clear();
    m_pendingNext = 0;
    if (m_chart) {
        disconnect(m_chart, nullptr, this, nullptr);
        m_chart->removeAllSeries();
        const QList<QAbstractAxis*> axes = m_chart->axes();
        for (QAbstractAxis* axis : axes) {
            m_chart->removeAxis(axis);
            delete axis;
        }
    }
    delete m_layer.data();
    m_xAxis = nullptr;
    m_yLeft = nullptr;
    m_yRight = nullptr;
    m_lines.clear();
    m_objects.clear();
    m_reference[0] = nullptr;
    m_reference[1] = nullptr;
    m_lastWidth = -1;
}

void ChartBuilder::applyTheme()
{
    const bool dark = ChartPalette::isDark(m_palette);
    // setTheme() restyles everything, so it comes first and our colours go on top of it.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);
    m_chart->setTitleBrush(text);
    QFont title = m_font;
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(m_data ? m_data->locale : QLocale());
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QLegend* legend = m_chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(m_font);
    legend->setLabelColor(text);
    legend->setBackgroundVisible(false);
    legend->setShowToolTips(true);
}

void ChartBuilder::populate()
{
    if (!m_chart)
        return;
    clearChart();
    applyTheme();
    if (!m_data || m_specs.empty() || m_data->dateCount() == 0) {
        Q_EMIT chartRebuilt();
        return;
    }

    const QColor text = m_palette.color(QPalette::Text);
    const QColor grid = mix(m_palette.color(QPalette::Base), text, 0.15);
    const QColor axisLine = mix(m_palette.color(QPalette::Base), text, 0.4);
    const auto styleAxis = [&](QAbstractAxis* axis) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(m_font);
        axis->setTitleBrush(text);
        axis->setTitleFont(m_font);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setMinorGridLineVisible(false);
    };

    m_xAxis = new QCategoryAxis;
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(m_xAxis);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);

    QStringList leftTitles;
    bool needRight = false;
    for (const SeriesSpec& spec : m_specs) {
        if (spec.rightAxis)
            needRight = true;
        else if (!leftTitles.contains(measurementShortLabel(spec.measurement)))
            leftTitles.append(measurementShortLabel(spec.measurement));
    }
    m_yLeft = new QValueAxis;
    styleAxis(m_yLeft);
    m_yLeft->setTitleText(leftTitles.join(QStringLiteral(", ")));
    m_chart->addAxis(m_yLeft, Qt::AlignLeft);
    if (needRight) {
        m_yRight = new QValueAxis;
        styleAxis(m_yRight);
        m_yRight->setTitleText(measurementShortLabel(Measurement::SumValue));
        m_yRight->setGridLineVisible(false);
        m_chart->addAxis(m_yRight, Qt::AlignRight);
    }

    const size_t n = m_specs.size();
    m_lines.assign(n, nullptr);
    m_dense.assign(n, false);
    m_objects.assign(n, nullptr);
    const qsizetype dates = m_data->dateCount();

    if (!isBarType()) {
        for (size_t i = 0; i < n; ++i) {
            const SeriesSpec& spec = m_specs[i];
            QValueAxis* yAxis = spec.rightAxis ? m_yRight : m_yLeft;
            // A line chart's series stay empty (the LineLayer draws them): they give the legend
            // its entries and the axes their series.
            auto* line = new QLineSeries;
            line->setName(spec.name);
            line->setUseOpenGL(false); // offscreen and many drivers have no GL; decimation keeps it fast
            const QPen pen = linePen(spec.color, false);
            line->setPen(pen);
            QAbstractSeries* series = line;
            if (m_type == ChartType::Area) {
                auto* area = new QAreaSeries(line);
                line->setParent(area); // QAreaSeries does not own its boundary lines
                area->setName(spec.name);
                area->setPen(pen);
                QColor fill = spec.color;
                fill.setAlpha(70);
                area->setBrush(fill);
                area->setPointsVisible(dates <= kMaxDatesWithPoints);
                line->setPointsVisible(dates <= kMaxDatesWithPoints);
                series = area;
            }
            m_chart->addSeries(series);
            series->attachAxis(m_xAxis);
            series->attachAxis(yAxis);
            m_lines[i] = line;
            m_objects[i] = series;
            if (!m_reference[spec.rightAxis ? 1 : 0])
                m_reference[spec.rightAxis ? 1 : 0] = series;
        }
    } else {
        for (const int side : { 0, 1 }) {
            QAbstractBarSeries* bars = nullptr;
            for (size_t i = 0; i < n; ++i) {
                const SeriesSpec& spec = m_specs[i];
                if (int(spec.rightAxis) != side)
                    continue;
                if (!bars) {
                    if (m_type == ChartType::StackedBar)
                        bars = new QStackedBarSeries;
                    else
                        bars = new QBarSeries;
                    bars->setBarWidth(0.8);
                }
                auto* set = new QBarSet(spec.name);
                set->setColor(spec.color);
                set->setBorderColor(spec.color);
                bars->append(set); // the bar series owns its sets
                m_objects[i] = set;
                updateBarValues(int(i));
            }
            if (!bars)
                continue;
            m_chart->addSeries(bars);
            bars->attachAxis(m_xAxis);
            bars->attachAxis(side == 0 ? m_yLeft : m_yRight);
            m_reference[side] = bars;
        }
    }

    if (!isBarType() && m_type != ChartType::Area) {
        m_layer = new LineLayer(m_chart, m_xAxis, m_yLeft, m_yRight);
        m_layer->setMarkers(dates <= kMaxDatesWithPoints);
        m_layer->setAsPaths(m_linesAsPaths);
    }

    const auto full = fullAxisRange();
    m_refreshing = true;
    if (m_zoom)
        m_xAxis->setRange(toAxisX(double(m_zoom->first)), toAxisX(double(m_zoom->second)));
    else
        m_xAxis->setRange(full.first, full.second);
    m_refreshing = false;

    connect(m_xAxis, &QValueAxis::rangeChanged, this, [this] {
        if (!m_refreshing)
            scheduleRefresh();
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF& plotArea) {
        if (plotArea.width() != m_lastWidth)
            scheduleRefresh();
    });

    const QList<QLegendMarker*> markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        QObject* object = marker->series();
        if (auto* barMarker = qobject_cast<QBarLegendMarker*>(marker))
            object = barMarker->barset();
        const auto it = std::find(m_objects.begin(), m_objects.end(), object);
        if (it == m_objects.end())
            continue;
        const QString key = m_specs[size_t(it - m_objects.begin())].key;
        connect(marker, &QLegendMarker::clicked, this, [this, key] { setSeriesHidden(key, !m_hidden.contains(key)); });
    }
    styleLegendMarkers();
    if (m_incremental && m_chart->scene() && m_chart->layout()) {
        // Now only the value ranges, which the layout needs (the width of the value labels). On
        // the next turn (the window has just spent this one creating series), lay the new chart
        // out (legend, axis labels) and then decimate the lines, once, for the final plot width.
        // A timer, not a queued call: the event loop runs queued calls (and the layout request
        // this turn posted) back to back before it serves timers or input again.
        refreshNow(false);
        m_settleTimer.start();
        Q_EMIT pointsPending();
    } else {
        refresh();
    }
    Q_EMIT chartRebuilt();
}

void ChartBuilder::styleLegendMarkers()
{
    if (!m_chart)
        return;
    const QColor text = m_palette.color(QPalette::Text);
    QColor dimmedText = text;
    dimmedText.setAlphaF(0.4f);
    const QList<QLegendMarker*> markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        QObject* object = marker->series();
        if (auto* barMarker = qobject_cast<QBarLegendMarker*>(marker))
            object = barMarker->barset();
        const auto it = std::find(m_objects.begin(), m_objects.end(), object);
        if (it == m_objects.end())
            continue;
        const SeriesSpec& spec = m_specs[size_t(it - m_objects.begin())];
        // Hidden series keep their marker (so they can be clicked back), drawn faded.
        QColor color = spec.color;
        if (spec.hidden)
            color.setAlphaF(0.25f);
        marker->setVisible(true);
        marker->setLabelBrush(spec.hidden ? dimmedText : text);
        marker->setBrush(color);
        marker->setPen(QPen(color));
    }
}

bool ChartBuilder::drawsBarsAsLines() const
{
    return isBarChart(m_type) && m_data && !barsFit(m_data->dateCount());
}

bool ChartBuilder::isBarType() const
{
    return isBarChart(m_type) && !drawsBarsAsLines();
}

void ChartBuilder::updateBarValues(int index)
{
    auto* set = qobject_cast<QBarSet*>(m_objects[size_t(index)]);
    if (!set)
        return;
    const SeriesSpec& spec = m_specs[size_t(index)];
    const double* values = seriesValues(spec);
    QList<qreal> list(m_data->dateCount(), 0.0);
    if (!spec.hidden) {
        for (qsizetype d = 0; d < list.size(); ++d)
            list[d] = std::isnan(values[d]) ? 0.0 : values[d];
    }
    if (set->count() > 0)
        set->remove(0, set->count());
    set->append(list);
}

void ChartBuilder::scheduleRefresh()
{
    m_refreshTimer.start();
}

double ChartBuilder::toAxisX(double utcMs) const
{
    if (!isBarType() || !m_data || m_data->dateCount() == 0)
        return utcMs;
    // Bars sit on bucket indexes; instants between buckets interpolate (ticks on month starts
    // between weekly buckets), instants outside extrapolate with the first/last step.
    const std::vector<double>& xs = m_data->xs;
    const qsizetype n = qsizetype(xs.size());
    if (n == 1)
        return (utcMs - xs[0]) / double(2 * kHalfDayMs);
    qsizetype i = std::upper_bound(xs.begin(), xs.end(), utcMs) - xs.begin() - 1;
    i = std::clamp<qsizetype>(i, 0, n - 2);
    return double(i) + (utcMs - xs[size_t(i)]) / (xs[size_t(i + 1)] - xs[size_t(i)]);
}

double ChartBuilder::fromAxisX(double axisX) const
{
    if (!isBarType() || !m_data || m_data->dateCount() == 0)
        return axisX;
    const std::vector<double>& xs = m_data->xs;
    const qsizetype n = qsizetype(xs.size());
    if (n == 1)
        return xs[0] + axisX * double(2 * kHalfDayMs);
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::floor(axisX)), 0, n - 2);
    return xs[size_t(i)] + (axisX - double(i)) * (xs[size_t(i + 1)] - xs[size_t(i)]);
}

std::pair<double, double> ChartBuilder::fullAxisRange() const
{
    const qsizetype n = m_data ? m_data->dateCount() : 0;
    if (isBarType())
        return { -0.5, double(std::max<qsizetype>(n, 1)) - 0.5 };
    if (n == 0)
        return { 0, 1 };
    if (n == 1)
        return { m_data->xs.front() - kHalfDayMs, m_data->xs.front() + kHalfDayMs };
    return { m_data->xs.front(), m_data->xs.back() };
}

void ChartBuilder::setVisibleRange(qint64 fromUtcMs, qint64 toUtcMs)
{
    if (toUtcMs <= fromUtcMs)
        return;
    m_zoom = std::make_pair(fromUtcMs, toUtcMs);
    if (!m_xAxis)
        return;
    m_refreshing = true;
    m_xAxis->setRange(toAxisX(double(fromUtcMs)), toAxisX(double(toUtcMs)));
    m_refreshing = false;
    refresh();
}

void ChartBuilder::resetZoom()
{
    m_zoom.reset();
    if (!m_xAxis)
        return;
    const auto full = fullAxisRange();
    m_refreshing = true;
    m_xAxis->setRange(full.first, full.second);
    m_refreshing = false;
    refresh();
}

std::pair<qint64, qint64> ChartBuilder::visibleRange() const
{
    if (m_xAxis)
        return { qint64(std::llround(fromAxisX(m_xAxis->min()))), qint64(std::llround(fromAxisX(m_xAxis->max()))) };
    if (m_zoom)
        return *m_zoom;
    const auto full = fullAxisRange();
    return { qint64(std::llround(fromAxisX(full.first))), qint64(std::llround(fromAxisX(full.second))) };
}

void ChartBuilder::setValueRange(QValueAxis* axis, double lo, double hi)
{
    lo = std::min(lo, 0.0); // counts and sums read against a zero baseline
    if (!(hi > lo))
        hi = lo + 1;
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    const int decimals = step >= 1 || !(step > 0) ? 0 : std::min(6, int(std::ceil(-std::log10(step))));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

void ChartBuilder::refresh()
{
    refreshNow(true);
}

void ChartBuilder::refreshNow(bool withPoints)
{
    m_refreshTimer.stop();
    if (!m_chart || !m_data || !m_xAxis || m_specs.empty())
        return;
    m_refreshing = true;
    const QRectF plot = m_chart->plotArea();
    m_lastWidth = withPoints ? plot.width() : -1;
    // Before the first layout the plot area is empty; decimate for a typical width meanwhile.
    const double width = plot.width() >= 1 ? plot.width() : 800;
    const int columns = std::max(1, int(std::lround(width)));
    const double axisMin = m_xAxis->min();
    const double axisMax = m_xAxis->max();
    m_lastRange = withPoints ? std::make_pair(axisMin, axisMax) : std::make_pair(0.0, 0.0);

    const auto full = fullAxisRange();
    if (axisMin <= full.first && axisMax >= full.second)
        m_zoom.reset();
    else
        m_zoom = std::make_pair(qint64(std::llround(fromAxisX(axisMin))), qint64(std::llround(fromAxisX(axisMax))));

    constexpr double inf = std::numeric_limits<double>::infinity();
    double lo[2] = { inf, inf };
    double hi[2] = { -inf, -inf };
    const qsizetype dates = m_data->dateCount();

    if (!isBarType() && !withPoints) {
        // The ranges of the data themselves: the decimated lines have the same extremes.
        m_sliceTimer.stop();
        m_pendingPoints.clear();
        m_pendingNext = 0;
        const double* xs = m_data->xs.data();
        qsizetype first = std::lower_bound(xs, xs + dates, axisMin) - xs;
        qsizetype last = std::upper_bound(xs, xs + dates, axisMax) - xs - 1;
        if (first > last) { // zoomed in between two buckets: scale to the neighbours
            first = std::max<qsizetype>(first - 1, 0);
            last = std::min<qsizetype>(last + 1, dates - 1);
        }
        for (const SeriesSpec& spec : m_specs) {
            if (spec.hidden)
                continue;
            const double* values = seriesValues(spec);
            const int side = spec.rightAxis ? 1 : 0;
            for (qsizetype d = first; d <= last; ++d) {
                if (std::isnan(values[d]))
                    continue;
                lo[side] = std::min(lo[side], values[d]);
                hi[side] = std::max(hi[side], values[d]);
            }
        }
    } else if (!isBarType()) {
        // Decimate every line first and hand the points over after the value axes have their
        // new ranges: a line given points before an axis change computes its geometry twice.
        const double* xs = m_data->xs.data();
        m_sliceTimer.stop();
        m_pendingPoints.assign(m_specs.size(), std::nullopt);
        m_pendingNext = 0;
        for (size_t i = 0; i < m_specs.size(); ++i) {
            const SeriesSpec& spec = m_specs[i];
            if (spec.hidden) {
                m_pendingPoints[i] = QList<QPointF>();
                continue;
            }
            QList<QPointF> points = decimation::minMax(xs, seriesValues(spec), dates, axisMin, axisMax, columns);
            const int side = spec.rightAxis ? 1 : 0;
            bool any = false;
            for (const QPointF& p : points) {
                if (p.x() < axisMin || p.x() > axisMax)
                    continue;
                lo[side] = std::min(lo[side], p.y());
                hi[side] = std::max(hi[side], p.y());
                any = true;
            }
            if (!any) { // zoomed in between two buckets: scale to the neighbours
                for (const QPointF& p : points) {
                    lo[side] = std::min(lo[side], p.y());
                    hi[side] = std::max(hi[side], p.y());
                }
            }
            m_pendingPoints[i] = std::move(points);
        }
    } else {
        const qsizetype first = std::clamp<qsizetype>(qsizetype(std::ceil(axisMin)), 0, dates - 1);
        const qsizetype last = std::clamp<qsizetype>(qsizetype(std::floor(axisMax)), 0, dates - 1);
        const bool stacked = m_type == ChartType::StackedBar;
        for (qsizetype d = first; d <= last; ++d) {
            double positive[2] = { 0, 0 };
            double negative[2] = { 0, 0 };
            for (const SeriesSpec& spec : m_specs) {
                if (spec.hidden)
                    continue;
                const double v = seriesValues(spec)[d];
                if (std::isnan(v))
                    continue;
                const int side = spec.rightAxis ? 1 : 0;
                if (stacked) {
                    (v >= 0 ? positive[side] : negative[side]) += v;
                } else {
                    lo[side] = std::min(lo[side], v);
                    hi[side] = std::max(hi[side], v);
                }
            }
            if (stacked) {
                for (const int side : { 0, 1 }) {
                    lo[side] = std::min(lo[side], negative[side]);
                    hi[side] = std::max(hi[side], positive[side]);
                }
            }
        }
    }

    for (const int side : { 0, 1 }) {
        QValueAxis* axis = side == 0 ? m_yLeft : m_yRight;
        if (!axis)
            continue;
        if (lo[side] > hi[side])
            setValueRange(axis, 0, 1);
        else
            setValueRange(axis, lo[side], hi[side]);
    }
    updateTicks(axisMin, axisMax, width);
    m_refreshing = false;
    if (isBarType() || !withPoints) {
        Q_EMIT refreshed();
        return;
    }
    m_pendingColumns = columns;
    // A line with more points than the plot has pixel columns is a dense band: draw it with a
    // hairline, which the raster engine strokes without building an outline. The pens change here,
    // all in one turn, not slice by slice: each pen change makes the legend lay itself out again.
    for (size_t i = 0; i < m_pendingPoints.size() && i < m_lines.size() && !m_layer; ++i) {
        if (!m_pendingPoints[i] || !m_lines[i] || m_pendingPoints[i]->isEmpty())
            continue;
        const bool dense = m_pendingPoints[i]->size() > columns;
        if (dense == m_dense[i])
            continue;
        m_dense[i] = dense;
        const QPen pen = linePen(m_specs[i].color, dense);
        m_lines[i]->setPen(pen);
        if (auto* area = qobject_cast<QAreaSeries*>(m_objects[i]))
            area->setPen(pen);
    }
    if (m_incremental) {
        // Not even a first slice now: a new chart is laid out (and its value axes re-ranged to
        // the final plot height) before the first line has points to recompute, and the view
        // paints the chart once, when every line has its points.
        m_sliceTimer.start();
        Q_EMIT pointsPending();
        return;
    }
    applyPendingPoints(-1);
}

void ChartBuilder::applyPendingPoints(int budgetMs)
{
    if (m_layer) {
        // The layer only keeps the points (it maps them when it paints): all lines at once.
        std::vector<LineLayer::Line> lines(m_specs.size());
        for (size_t i = 0; i < m_specs.size(); ++i) {
            lines[i].color = m_specs[i].color;
            lines[i].rightAxis = m_specs[i].rightAxis;
            if (i < m_pendingPoints.size() && m_pendingPoints[i])
                lines[i].points = std::move(*m_pendingPoints[i]);
        }
        m_pendingPoints.clear();
        m_pendingNext = 0;
        m_layer->setLines(std::move(lines), m_pendingColumns);
        // refresh() gave the axes new ranges and tick labels: lay them out now, so that the view
        // paints the chart once and not again on the next turn.
        if (m_incremental && m_chart && m_chart->layout())
            m_chart->layout()->activate();
        Q_EMIT refreshed();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (m_pendingNext < m_pendingPoints.size()) {
        const size_t i = m_pendingNext++;
        if (!m_pendingPoints[i] || i >= m_lines.size() || !m_lines[i])
            continue;
        QList<QPointF> points = std::move(*m_pendingPoints[i]);
        m_pendingPoints[i].reset();
        QLineSeries* line = m_lines[i];
        if (points.isEmpty()) {
            if (line->count() > 0)
                line->clear();
            continue;
        }
        line->replace(points);
        if (budgetMs >= 0 && clock.elapsed() >= budgetMs && m_pendingNext < m_pendingPoints.size()) {
            m_sliceTimer.start();
            return;
        }
    }
    m_pendingPoints.clear();
    m_pendingNext = 0;
    Q_EMIT refreshed();
}

void ChartBuilder::settle()
{
    m_settleTimer.stop();
    if (!m_chart)
        return;
    if (m_chart->layout())
        m_chart->layout()->activate();
    refresh();
}

void ChartBuilder::flushPendingPoints()
{
    if (m_settleTimer.isActive())
        settle();
    if (!hasPendingPoints())
        return;
    m_sliceTimer.stop();
    applyPendingPoints(-1);
}

void ChartBuilder::updateTicks(double axisMin, double axisMax, double width)
{
    const qint64 fromMs = qint64(std::ceil(fromAxisX(axisMin)));
    const qint64 toMs = qint64(std::floor(fromAxisX(axisMax)));
    const Interval interval = m_data->result.interval;
    // Hour labels ("Mar 12 01:00") are wider than day and month labels.
    const double pixelsPerTick = interval == Interval::Hour ? 120 : 80;
    const int maxTicks = std::max(2, int(width / pixelsPerTick));
    const QList<TimeTick> ticks = timeTicks(fromMs, toMs, interval, m_data->zone, maxTicks, m_data->locale);

    const QStringList old = m_xAxis->categoriesLabels();
    for (const QString& label : old)
        m_xAxis->remove(label);
    // The first category starts left of the visible range, so every tick is a category end
    // (which is where AxisLabelsPositionOnValue draws the label and the grid line).
    m_xAxis->setStartValue(axisMin - (axisMax - axisMin) - 1);
    // A label is centred on its tick: near the ends of the axis it can stick out of the chart,
    // where it would be cut ("Nov 2" for "Nov 23"). Such ticks are left out.
    const QRectF plot = m_chart->plotArea();
    const bool laidOut = plot.width() >= 1;
    const double roomLeft = plot.left();
    const double roomRight = m_chart->size().width() - plot.right();
    const QFontMetricsF metrics(m_xAxis->labelsFont());
    for (const TimeTick& tick : ticks) {
        const double x = toAxisX(double(tick.utcMs));
        if (x < axisMin || x > axisMax)
            continue;
        if (laidOut) {
            const double at = (x - axisMin) / (axisMax - axisMin) * width;
            const double half = metrics.horizontalAdvance(tick.label) / 2;
            if (at - half < -roomLeft || at + half > width + roomRight)
                continue;
        }
        m_xAxis->append(tick.label, x);
    }
}

QString ChartBuilder::hoverText(const QPointF& chartPos) const
{
    if (!m_chart || !m_data || !m_xAxis || m_specs.empty() || m_data->dateCount() == 0)
        return {};
    if (!m_chart->plotArea().contains(chartPos))
        return {};
    QAbstractSeries* reference = m_reference[0] ? m_reference[0] : m_reference[1];
    if (!reference)
        return {};
    const qsizetype dates = m_data->dateCount();
    const double axisX = m_chart->mapToValue(chartPos, reference).x();
    qsizetype index = 0;
    if (isBarType()) {
        index = std::clamp<qsizetype>(qsizetype(std::llround(axisX)), 0, dates - 1);
    } else {
        const std::vector<double>& xs = m_data->xs;
        index = std::lower_bound(xs.begin(), xs.end(), axisX) - xs.begin();
        if (index >= dates)
            index = dates - 1;
        else if (index > 0 && axisX - xs[size_t(index - 1)] < xs[size_t(index)] - axisX)
            --index;
    }
    const double x = isBarType() ? double(index) : m_data->xs[size_t(index)];

    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    double stackBase[2][2] = { { 0, 0 }, { 0, 0 } }; // [side][negative]
    for (size_t i = 0; i < m_specs.size(); ++i) {
        const SeriesSpec& spec = m_specs[i];
        const int side = spec.rightAxis ? 1 : 0;
        QAbstractSeries* sideReference = m_reference[side];
        if (spec.hidden || !sideReference)
            continue;
        const double value = seriesValues(spec)[index];
        if (std::isnan(value))
            continue;
        double distance = 0;
        if (m_type == ChartType::StackedBar && isBarType()) {
            double& base = stackBase[side][value < 0 ? 1 : 0];
            const double y0 = m_chart->mapToPosition(QPointF(x, base), sideReference).y();
            const double y1 = m_chart->mapToPosition(QPointF(x, base + value), sideReference).y();
            base += value;
            const double top = std::min(y0, y1);
            const double bottom = std::max(y0, y1);
            distance = chartPos.y() < top ? top - chartPos.y() : chartPos.y() > bottom ? chartPos.y() - bottom : 0;
        } else {
            distance = std::abs(m_chart->mapToPosition(QPointF(x, value), sideReference).y() - chartPos.y());
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    const QString zone = QString::fromUtf8(m_data->zone.id());
    const QString date = tr("%1 (%2)", "date, timezone").arg(m_data->dateLabels[size_t(index)], zone);
    if (best < 0)
        return date;
    const SeriesSpec& spec = m_specs[size_t(best)];
    const double value = seriesValues(spec)[index];
    return tr("%1\n%2: %3", "date, series, value")
        .arg(date, spec.name, formatMeasurementValue(value, spec.measurement, m_data->locale));
}

QObject* ChartBuilder::chartObject(int index) const
{
    return index >= 0 && size_t(index) < m_objects.size() ? m_objects[size_t(index)] : nullptr;
}

QList<QPointF> ChartBuilder::drawnPoints(int index) const
{
    if (m_layer)
        return index >= 0 && size_t(index) < m_layer->lines().size() ? m_layer->lines()[size_t(index)].points
                                                                     : QList<QPointF>();
    if (index < 0 || size_t(index) >= m_lines.size() || !m_lines[size_t(index)])
        return {};
    return m_lines[size_t(index)]->points();
}

QPen ChartBuilder::drawnPen(int index) const
{
    if (m_layer)
        return m_layer->pen(index);
    if (index < 0 || size_t(index) >= m_objects.size())
        return {};
    if (auto* area = qobject_cast<QAreaSeries*>(m_objects[size_t(index)]))
        return area->pen();
    return {};
}

QString ChartBuilder::chartTypeKey(ChartType type)
{
    switch (type) {
    case ChartType::Area:
        return QStringLiteral("area");
    case ChartType::Bar:
        return QStringLiteral("bar");
    case ChartType::StackedBar:
        return QStringLiteral("stacked-bar");
    case ChartType::Line:
        break;
    }
    return QStringLiteral("line");
}

std::optional<ChartBuilder::ChartType> ChartBuilder::chartTypeFromKey(const QString& key)
{
    for (auto type : { ChartType::Line, ChartType::Area, ChartType::Bar, ChartType::StackedBar }) {
        if (chartTypeKey(type) == key)
            return type;
    }
    return std::nullopt;
}

} // namespace kx
