// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include "chartbuilder.h"

namespace kx {

/**
 * The interactive chart of a result: a QChartView whose QChart is filled and kept fast by a
 * ChartBuilder. Drag horizontally to zoom the date axis, double-click (or resetZoom()) to see
 * everything again, click a legend entry to hide/show its series, hover for date, series and
 * value. Colours follow the widget's palette (light or dark).
 * @note Owns its chart and builder.
 */
class ResultChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ResultChartView(QWidget* parent = nullptr);
    ~ResultChartView() override;

    ChartBuilder* builder() const
    {
        return m_builder;
    }

    void setPreparedResult(std::shared_ptr<const PreparedResult> prepared);
    void setChartType(ChartBuilder::ChartType type);
    void setTopN(int n);
    void setHiddenSeries(const QSet<QString>& keys);
    QSet<QString> hiddenSeries() const;
    void setNameProvider(NameProvider provider);
    void resetZoom();

    /// What hovering at @p viewPos (viewport coordinates) shows; empty outside the plot.
    QString hoverTextAt(const QPoint& viewPos) const;

Q_SIGNALS:
    void hiddenSeriesChanged(const QSet<QString>& keys);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    ChartBuilder* m_builder;
};

} // namespace kx
