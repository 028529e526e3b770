// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QColor>
#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPointer>

class QChart;
class QValueAxis;

namespace kx {

/**
 * Draws the lines of a line chart over a QChart's plot area, from points in axis units.
 *
 * Qt Charts' QLineSeries rebuilds a hit-test outline (QPainterPathStroker) for every line each
 * time its points, the plot area or an axis range change, and strokes solid lines segment by
 * segment. For 30 lines of a year of hourly buckets that made every layout of the chart and
 * its first paint take 15–40 ms on the UI thread. This item keeps the decimated points, maps
 * them to pixels when it paints (reading the axes' current ranges, so the lines always agree
 * with the axis labels) and draws one polyline per line; nothing is computed when the chart
 * is laid out. The line series stay in the chart, empty, for the legend and the axes.
 * @note A child item of the chart (deleted with it). UI thread only.
 */
class LineLayer : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Line
    {
        QList<QPointF> points; ///< axis units: x in UTC ms, y in the line's value axis
        QColor color;
        bool rightAxis = false; ///< y is on the second value axis
    };

    /// Line width of sparse lines; dense ones (more points than pixel columns) get 1 px.
    static constexpr double kLineWidth = 1.5;

    LineLayer(QChart* chart, QValueAxis* xAxis, QValueAxis* leftAxis, QValueAxis* rightAxis);

    /// Replaces every line; @p columns is the plot width the points were decimated for.
    void setLines(std::vector<Line> lines, int columns);
    const std::vector<Line>& lines() const
    {
        return m_lines;
    }
    /// The pen line @p index is drawn with (a 1 px hairline for dense lines).
    QPen pen(int index) const;
    /// Dots on every point (few dates), so single buckets stay visible.
    void setMarkers(bool markers);
    /// One path element per line instead of a polyline (for SVG, where paths can be styled).
    void setAsPaths(bool asPaths)
    {
        m_asPaths = asPaths;
    }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void followPlotArea(const QRectF& plotArea);

    QPointer<QChart> m_chart;
    QPointer<QValueAxis> m_x;
    QPointer<QValueAxis> m_y[2];
    std::vector<Line> m_lines;
    int m_columns = 0;
    bool m_markers = false;
    bool m_asPaths = false;
    QRectF m_plot;
};

} // namespace kx
