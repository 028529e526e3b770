// SPDX-License-Identifier: GPL-3.0-or-later
#include "linelayer.h"

#include <QChart>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QValueAxis>

namespace kx {

namespace {

/// Above Qt Charts' series and axes (their presenter stacks series at 4), below the legend (5).
constexpr double kZValue = 4.5;
/// Radius of the dots on the points of sparse lines.
constexpr double kMarkerRadius = LineLayer::kLineWidth * 1.6;

} // namespace

LineLayer::LineLayer(QChart* chart, QValueAxis* xAxis, QValueAxis* leftAxis, QValueAxis* rightAxis)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_x(xAxis)
    , m_y { leftAxis, rightAxis }
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton); // rubber band and legend clicks belong to the chart
    setAcceptHoverEvents(false);
    followPlotArea(chart->plotArea());
    connect(chart, &QChart::plotAreaChanged, this, &LineLayer::followPlotArea);
    // A range change repaints the lines mapped to the new range at once; the builder hands over
    // points decimated for it on the next event-loop turn.
    const auto repaint = [this] {
        update();
    };
    for (QValueAxis* axis : { xAxis, leftAxis, rightAxis }) {
        if (axis)
            connect(axis, &QValueAxis::rangeChanged, this, repaint);
    }
}

void LineLayer::followPlotArea(const QRectF& plotArea)
{
    if (plotArea == m_plot)
        return;
    prepareGeometryChange();
    m_plot = plotArea;
}

void LineLayer::setLines(std::vector<Line> lines, int columns)
{
    m_lines = std::move(lines);
    m_columns = columns;
    update();
}

void LineLayer::setMarkers(bool markers)
{
    if (markers == m_markers)
        return;
    m_markers = markers;
    update();
}

QPen LineLayer::pen(int index) const
{
    if (index < 0 || size_t(index) >= m_lines.size())
        return {};
    const Line& line = m_lines[size_t(index)];
    // A line with more points than the plot has pixel columns is a band of vertical strokes:
    // a 1 px line is what the eye sees anyway, and the raster engine draws it without building
    // an outline (1.5 px: 3× slower at a year of hours).
    const bool dense = line.points.size() > m_columns;
    QPen pen(line.color, dense ? 1.0 : kLineWidth);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

QRectF LineLayer::boundingRect() const
{
    const double margin = kMarkerRadius + kLineWidth;
    return m_plot.adjusted(-margin, -margin, margin, margin);
}

void LineLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem* /*option*/, QWidget* /*widget*/)
{
    if (!m_x || m_plot.isEmpty() || m_lines.empty())
        return;
    const double xMin = m_x->min();
    const double xMax = m_x->max();
    if (!(xMax > xMin))
        return;
    const double sx = m_plot.width() / (xMax - xMin);
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);

    // Lines end at the plot's left and right edges (decimation keeps a point beyond each);
    // peaks touching the top keep their full width, and so do dots on the edges.
    painter->save();
    painter->setClipRect(m_plot.adjusted(0, -kMarkerRadius, 0, kMarkerRadius), Qt::IntersectClip);
    painter->setBrush(Qt::NoBrush);
    std::vector<QPolygonF> mapped(m_markers ? m_lines.size() : 0);
    QPolygonF polygon;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        const QValueAxis* yAxis = m_y[line.rightAxis ? 1 : 0];
        if (line.points.isEmpty() || !yAxis)
            continue;
        const double yMin = yAxis->min();
        const double yMax = yAxis->max();
        if (!(yMax > yMin))
            continue;
        const double sy = m_plot.height() / (yMax - yMin);
        const double left = m_plot.left();
        const double bottom = m_plot.bottom();
        polygon.resize(line.points.size());
        QPointF* out = polygon.data();
        for (const QPointF& p : line.points)
            *out++ = QPointF(left + (p.x() - xMin) * sx, bottom - (p.y() - yMin) * sy);
        const QPen linePen = pen(int(i));
        // Sparse lines are smoothed (cheap at their few points). Dense ones are a band of vertical
        // strokes where smoothing changes little and costs a lot: they follow the painter.
        painter->setRenderHint(QPainter::Antialiasing, antialiased || linePen.widthF() > 1.0);
        painter->setPen(linePen);
        if (m_asPaths) {
            QPainterPath path;
            path.addPolygon(polygon);
            painter->drawPath(path);
        } else if (polygon.size() == 1) {
            painter->drawPoint(polygon.front());
        } else {
            painter->drawPolyline(polygon);
        }
        if (m_markers)
            mapped[i] = polygon;
    }
    painter->restore();

    if (!m_markers)
        return;
    painter->save();
    painter->setClipRect(
        m_plot.adjusted(-kMarkerRadius, -kMarkerRadius, kMarkerRadius, kMarkerRadius), Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    for (size_t i = 0; i < mapped.size(); ++i) {
        painter->setBrush(m_lines[i].color);
        for (const QPointF& p : std::as_const(mapped[i])) {
            if (p.x() >= m_plot.left() - 0.5 && p.x() <= m_plot.right() + 0.5)
                painter->drawEllipse(p, kMarkerRadius, kMarkerRadius);
        }
    }
    painter->restore();
}

} // namespace kx
