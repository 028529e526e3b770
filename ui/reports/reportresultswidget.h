// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "reporttablemodel.h"

class QChart;
class QChartView;
class QComboBox;
class QIODevice;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace kx {

/**
 * The results of a report: a table (ReportTableModel, sortable) and a chart of one chosen
 * statistic — bars per grouping for values reports, one line per grouping over `date_times` for
 * series reports. Exports the table as CSV or JSON and the chart as PNG or SVG.
 * @note Owns its model and chart; the result is shared, read-only.
 */
class ReportResultsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReportResultsWidget(QWidget* parent = nullptr);
    ~ReportResultsWidget() override;

    void setResult(std::shared_ptr<const ReportResult> result);
    std::shared_ptr<const ReportResult> result() const
    {
        return m_model->result();
    }
    bool hasResult() const
    {
        return m_model->result() != nullptr;
    }
    void setNameProvider(GroupingNameProvider provider);

    /// The statistic the chart shows (API name).
    QString chartStatistic() const;
    void setChartStatistic(const QString& statistic);
    /// 0 = table, 1 = chart.
    void setCurrentView(int index);

    ReportTableModel* model() const
    {
        return m_model;
    }
    QTableView* tableView() const
    {
        return m_table;
    }
    QChart* chart() const;
    QChartView* chartView() const
    {
        return m_chartView;
    }

    /// The table as CSV (header row, names and formatted rates as shown; raw numbers in columns).
    bool writeCsv(QIODevice* device, QString* error = nullptr) const;
    /// The result as JSON: {"type","statistics","date_times"?,"rows":[{"groupings","names","statistics"}]}.
    bool writeJson(QIODevice* device, QString* error = nullptr) const;
    /// The chart as an image file (written atomically); @p svg picks SVG over PNG.
    bool saveChart(const QString& path, bool svg, QString* error = nullptr) const;
    /// The chart as PNG or SVG on @p device, drawn at @p size (default: the view's size, at
    /// least 1000×600); works without a display and when the chart tab was never shown.
    bool writeChart(QIODevice* device, bool svg, QSize size = {}, QString* error = nullptr) const;

Q_SIGNALS:
    void chartStatisticChanged(const QString& statistic);

private:
    void rebuildChart();
    void updateSummary();

    ReportTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTabWidget* m_tabs;
    QTableView* m_table;
    QChartView* m_chartView;
    QComboBox* m_statisticCombo;
    QLabel* m_summary;
};

} // namespace kx
