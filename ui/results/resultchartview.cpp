// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultchartview.h"

#include <QChart>
#include <QEvent>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QToolTip>

namespace kx {

ResultChartView::ResultChartView(QWidget* parent)
    : QChartView(parent)
    , m_builder(new ChartBuilder(this))
{
    setObjectName(QStringLiteral("resultChart"));
    // setChart() hands ownership of the chart to the view (it deletes it in its destructor).
    setChart(new QChart);
    // A chart is a few dozen items whose geometry changes with every result and zoom: keeping
    // the scene's BSP index up to date costs more than it saves.
    if (scene())
        scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    // Repaint one rectangle, the bounding box of what changed. A new result or zoom changes most of
    // the chart; repainting only the exact changed areas gives the painter a clip of hundreds of
    // rectangles (legend entries, tick labels), and dense lines draw 3–4× slower under such a clip.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    QFont font = this->font();
    font.setPixelSize(QFontInfo(font).pixelSize());
    m_builder->setChartFont(font);
    m_builder->setChartPalette(palette());
    m_builder->setIncremental(true); // the window stays responsive while big charts fill in
    m_builder->attach(chart());
    connect(m_builder, &ChartBuilder::hiddenSeriesChanged, this, &ResultChartView::hiddenSeriesChanged);
    // While lines take their points slice by slice, keep showing the previous picture: painting
    // a half-filled chart after every slice costs more than the slices and looks broken.
    connect(m_builder, &ChartBuilder::pointsPending, this, [this] { viewport()->setUpdatesEnabled(false); });
    const auto showAgain = [this] {
        if (!viewport()->updatesEnabled()) {
            viewport()->setUpdatesEnabled(true);
            viewport()->update();
        }
    };
    connect(m_builder, &ChartBuilder::refreshed, this, showAgain);
    // A chart rebuilt with nothing to wait for (no result, bars) is shown as it is.
    connect(m_builder, &ChartBuilder::chartRebuilt, this, [this, showAgain] {
        if (!m_builder->hasPendingPoints())
            showAgain();
    });
}

ResultChartView::~ResultChartView()
{
    // Detach first so the builder does not touch the chart while the view deletes it.
    m_builder->attach(nullptr);
}

void ResultChartView::setPreparedResult(std::shared_ptr<const PreparedResult> prepared)
{
    if (!isVisible() && prepared) {
        // Nobody sees the chart: build it when it is shown (or when builder() is asked for),
        // and drop the old one now so that option changes meanwhile cost nothing.
        m_deferred = std::move(prepared);
        m_builder->setResult(nullptr);
        return;
    }
    m_deferred.reset();
    m_builder->setResult(std::move(prepared));
}

void ResultChartView::applyDeferredResult() const
{
    if (!m_deferred)
        return;
    std::shared_ptr<const PreparedResult> prepared = std::move(*m_deferred);
    m_deferred.reset();
    m_builder->setResult(std::move(prepared));
}

void ResultChartView::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    applyDeferredResult();
}

void ResultChartView::setChartType(ChartBuilder::ChartType type)
{
    m_builder->setChartType(type);
}

void ResultChartView::setTopN(int n)
{
    m_builder->setTopN(n);
}

void ResultChartView::setHiddenSeries(const QSet<QString>& keys)
{
    m_builder->setHiddenSeries(keys);
}

QSet<QString> ResultChartView::hiddenSeries() const
{
    return m_builder->hiddenSeries();
}

void ResultChartView::setNameProvider(NameProvider provider)
{
    m_builder->setNameProvider(std::move(provider));
}

void ResultChartView::resetZoom()
{
    m_builder->resetZoom();
}

QString ResultChartView::hoverTextAt(const QPoint& viewPos) const
{
    return m_builder->hoverText(chart()->mapFromScene(mapToScene(viewPos)));
}

void ResultChartView::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return; // rubber band in progress
    const QString text = hoverTextAt(event->position().toPoint());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void ResultChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ResultChartView::leaveEvent(QEvent* event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void ResultChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_builder->setChartPalette(palette());
}

} // namespace kx
