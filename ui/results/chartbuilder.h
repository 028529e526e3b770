// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QChart>
#include <QColor>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPen>
#include <QPointF>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include "preparedresult.h"
#include "resultlabels.h"

class QAbstractBarSeries;
class QAbstractSeries;
class QBarSet;
class QCategoryAxis;
class QLegendMarker;
class QLineSeries;
class QValueAxis;

namespace kx {

class LineLayer;

/**
 * Turns a PreparedResult into Qt Charts content and keeps it fast: one series per group ×
 * measurement (optionally the top N groups plus "Other"), a date axis labelled in the query
 * timezone, a second value axis for sums next to counts, and min/max decimation of every line
 * to the visible X range and the plot width (recomputed on zoom and resize). The full data stay
 * in the PreparedResult; the series only ever hold what is drawn.
 * Clicking a legend marker hides or shows its series; the hidden set is kept by stable series
 * keys (kx::seriesKey) so saved files can restore it.
 * @note Does not own the chart it is attached to. UI thread only.
 */
class ChartBuilder : public QObject
{
    Q_OBJECT

public:
    enum class ChartType
    {
        Line,
        Area,
        Bar,
        StackedBar
    };
    Q_ENUM(ChartType)
    /// Stable spelling of a chart type in saved views and on the command line ("line", "area",
    /// "bar", "stacked-bar").
    static QString chartTypeKey(ChartType type);
    /// The chart type spelled @p key, if any.
    static std::optional<ChartType> chartTypeFromKey(const QString& key);

    /// One series to draw, before it becomes a Qt Charts object.
    struct SeriesSpec
    {
        QString key; ///< stable key (kx::seriesKey / kx::otherSeriesKey)
        QString name; ///< legend text
        Measurement measurement = Measurement::Count;
        int measurementIndex = 0; ///< index into the result's measurements
        int group = -1; ///< index into the result's groups; -1 for "Other"
        QStringList dimensions; ///< raw dimension values; empty for "Other"
        QColor color;
        bool rightAxis = false; ///< on the second value axis (sums next to counts)
        bool hidden = false;
        std::vector<double> otherValues; ///< "Other" only: the sum of the remaining groups
    };

    explicit ChartBuilder(QObject* parent = nullptr);
    ~ChartBuilder() override;

    void setResult(std::shared_ptr<const PreparedResult> prepared);
    std::shared_ptr<const PreparedResult> result() const
    {
        return m_data;
    }

    ChartType chartType() const
    {
        return m_type;
    }
    /// Bar charts draw at most this many dates: beyond it (a month of hourly buckets), bars are
    /// thinner than two pixels and Qt Charts takes most of a second to build them, so the chart
    /// draws lines instead (see barsFit()).
    static constexpr qsizetype kMaxBarDates = 750;
    /// @p type is a bar chart (bars or stacked bars).
    static bool isBarChart(ChartType type)
    {
        return type == ChartType::Bar || type == ChartType::StackedBar;
    }
    /// Whether @p dates buckets can be drawn as bars.
    static bool barsFit(qsizetype dates)
    {
        return dates <= kMaxBarDates;
    }
    /// The chart type asks for bars but the result has too many dates: lines are drawn.
    bool drawsBarsAsLines() const;
    void setChartType(ChartType type);
    /// Shows the @p n groups with the largest total of the first additive measurement and sums
    /// the rest into "Other" (not for unique profiles, which do not add up). 0 shows all groups.
    int topN() const
    {
        return m_topN;
    }
    void setTopN(int n);
    QSet<QString> hiddenSeries() const
    {
        return m_hidden;
    }
    void setHiddenSeries(const QSet<QString>& keys);
    void setSeriesHidden(const QString& key, bool hidden);
    void setNameProvider(NameProvider provider);
    /// Background, text and grid colours come from @p palette (light or dark chart theme).
    void setChartPalette(const QPalette& palette);
    QPalette chartPalette() const
    {
        return m_palette;
    }
    /// Font of axis labels and legend; give it a pixel size so exports scale with their DPI.
    void setChartFont(const QFont& font);

    /// Draws every line as one path instead of segment by segment. Qt Charts strokes solid lines
    /// segment-wise (fast on screen); for vector output (SVG) that means one element per segment,
    /// so the exporter asks for single paths.
    void setLinesAsPaths(bool asPaths);

    const std::vector<SeriesSpec>& series() const
    {
        return m_specs;
    }
    /// Full values of a spec (dateCount() long).
    const double* seriesValues(const SeriesSpec& spec) const;
    qsizetype dateCount() const
    {
        return m_data ? m_data->dateCount() : 0;
    }

    /// Builds the chart's series and axes in @p chart and keeps them up to date. Pass nullptr to
    /// detach. The chart keeps ownership of everything added to it.
    void attach(QChart* chart);
    QChart* chart() const
    {
        return m_chart;
    }

    /// Zooms the X axis to [fromUtcMs, toUtcMs].
    void setVisibleRange(qint64 fromUtcMs, qint64 toUtcMs);
    /// Shows the whole date range again.
    void resetZoom();
    bool isZoomed() const
    {
        return m_zoom.has_value();
    }
    /// The date range on the X axis (UTC ms).
    std::pair<qint64, qint64> visibleRange() const;

    /// Recomputes decimation, value axes and date ticks for the current X range and plot width
    /// now (they are otherwise recomputed on the next event-loop turn after a zoom or resize).
    /// In incremental mode the lines take their new points over several event-loop turns;
    /// refreshed() is emitted once every line has them.
    void refresh();

    /// Incremental mode (off by default), for area charts: their lines take their points in
    /// slices of about kSliceBudgetMs per event-loop turn. Qt Charts builds a hit-test outline for
    /// every QLineSeries on each replace() on the UI thread, about 3 ms per line of 5,000 points, so
    /// a chart of 30 areas at a year of hours would otherwise freeze the window for 100 ms and more.
    /// Line charts need no slices: a LineLayer draws them from the decimated points.
    void setIncremental(bool incremental)
    {
        m_incremental = incremental;
    }
    /// True while some lines still wait for their new points (incremental mode only): a new
    /// chart is first laid out, then its lines are decimated for the plot width it got.
    bool hasPendingPoints() const
    {
        return m_settleTimer.isActive() || m_pendingNext < m_pendingPoints.size();
    }
    /// Gives every waiting line its points now.
    void flushPendingPoints();
    static constexpr int kSliceBudgetMs = 10;

    /// Hover text at @p chartPos (chart item coordinates): the date in the query timezone, the
    /// nearest visible series and its value; empty outside the plot area.
    QString hoverText(const QPointF& chartPos) const;

    /// The Qt Charts object drawing spec @p index: a QLineSeries, QAreaSeries or QBarSet.
    QObject* chartObject(int index) const;
    /// Points currently drawn for spec @p index (line and area charts), in axis units.
    QList<QPointF> drawnPoints(int index) const;
    /// The pen the line of spec @p index is drawn with (line and area charts).
    QPen drawnPen(int index) const;
    QCategoryAxis* dateAxis() const
    {
        return m_xAxis;
    }
    QValueAxis* valueAxis() const
    {
        return m_yLeft;
    }
    /// The second value axis (sums), or nullptr when one axis suffices.
    QValueAxis* secondValueAxis() const
    {
        return m_yRight;
    }

Q_SIGNALS:
    void hiddenSeriesChanged(const QSet<QString>& keys);
    /// The chart's series were rebuilt (type, top N, result or palette changed).
    void chartRebuilt();
    void refreshed();
    /// Incremental mode: lines will take new points over the next event-loop turns;
    /// refreshed() follows when they all have them.
    void pointsPending();

private:
    /// The pen of an area's line; @p dense lines (more points than pixel columns) get a hairline.
    QPen linePen(const QColor& color, bool dense) const;
    void rebuildSpecs();
    void populate();
    void clearChart();
    void applyTheme();
    void styleLegendMarkers();
    void updateBarValues(int index);
    void scheduleRefresh();
    /// Lays a new chart out, then refresh()es it for its plot width.
    void settle();
    /// refresh(); without @p withPoints only the axes (lines keep their points).
    void refreshNow(bool withPoints);
    /// Hands waiting points to lines until @p budgetMs have passed (negative: all of them).
    void applyPendingPoints(int budgetMs);
    void onMarkerClicked();
    /// Bars are drawn (a bar type, and few enough dates).
    bool isBarType() const;
    /// X axis units ↔ UTC ms (identity for lines; bucket index for bars).
    double toAxisX(double utcMs) const;
    double fromAxisX(double axisX) const;
    std::pair<double, double> fullAxisRange() const;
    void updateTicks(double axisMin, double axisMax, double width);
    void setValueRange(QValueAxis* axis, double lo, double hi);

    std::shared_ptr<const PreparedResult> m_data;
    ChartType m_type = ChartType::Line;
    int m_topN = 10;
    QSet<QString> m_hidden;
    NameProvider m_names;
    QPalette m_palette;
    QFont m_font;
    bool m_linesAsPaths = false;
    std::vector<SeriesSpec> m_specs;
    std::optional<std::pair<qint64, qint64>> m_zoom;

    QPointer<QChart> m_chart;
    QCategoryAxis* m_xAxis = nullptr;
    QValueAxis* m_yLeft = nullptr;
    QValueAxis* m_yRight = nullptr;
    std::vector<QLineSeries*> m_lines; ///< per spec (line or area upper line), else null
    /// Draws the lines of a line chart (their QLineSeries stay empty); null for other types.
    QPointer<LineLayer> m_layer;
    std::vector<bool> m_dense; ///< per spec: drawn with the hairline pen (see linePen())
    std::vector<QObject*> m_objects; ///< per spec: QLineSeries / QAreaSeries / QBarSet
    QAbstractSeries* m_reference[2] = { nullptr, nullptr }; ///< a series per value axis (left, right)
    QTimer m_refreshTimer;
    QTimer m_sliceTimer;
    /// After a new chart: lays it out, then decimates the lines for its plot width.
    QTimer m_settleTimer;
    bool m_incremental = false;
    /// Points computed by refresh() per spec, handed to the lines from m_pendingNext on.
    std::vector<std::optional<QList<QPointF>>> m_pendingPoints;
    size_t m_pendingNext = 0;
    int m_pendingColumns = 0; ///< plot width the waiting points were decimated for
    bool m_refreshing = false;
    double m_lastWidth = -1; ///< plot width of the last refresh() (-1: none since the chart was built)
    std::pair<double, double> m_lastRange; ///< date axis range of the last refresh()
};

} // namespace kx
