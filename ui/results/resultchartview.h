// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

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

    /// The builder, with the latest result (a result given while the view was hidden is
    /// handed to it now).
    ChartBuilder* builder() const
    {
        applyDeferredResult();
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
    void showEvent(QShowEvent* event) override;

private:
    void applyDeferredResult() const;

    ChartBuilder* m_builder;
    /// A result given while hidden (e.g. the table tab is on show): charted when shown.
    mutable std::optional<std::shared_ptr<const PreparedResult>> m_deferred;
};

} // namespace kx
