// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "chartbuilder.h"
#include "preparedresult.h"
#include "resultlabels.h"

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QToolBar;

namespace kx {

class ResultChartView;
class ResultTableModel;
class ResultTableView;

/**
 * The results area: Table and Chart tabs over one result, with a small toolbar (table layout,
 * chart type, top N, reset zoom). setResult() prepares the result (labels, totals, ranking) in
 * a QtConcurrent worker and swaps it in when done, so a large result never freezes the UI; a
 * newer result makes an older, still running preparation be dropped (generation counter).
 */
class ResultsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsWidget(QWidget* parent = nullptr);
    ~ResultsWidget() override;

    void setResult(const AggregateResult& result);
    void setResult(AggregateResult&& result);
    void clear();
    /// Dimension values that are ids are shown as names in the table and the chart.
    void setNameProvider(NameProvider provider);

    /// The result on show (null before the first one is prepared).
    std::shared_ptr<const PreparedResult> preparedResult() const
    {
        return m_prepared;
    }
    bool isPreparing() const
    {
        return m_waiting;
    }

    ResultTableModel* tableModel() const
    {
        return m_model;
    }
    ResultTableView* tableView() const
    {
        return m_tableView;
    }
    ResultChartView* chartView() const
    {
        return m_chartView;
    }
    QToolBar* toolBar() const
    {
        return m_toolBar;
    }

Q_SIGNALS:
    /// A prepared result was swapped into the table and the chart.
    void resultShown();

private:
    void prepare(AggregateResult&& result);
    void applyPrepared(std::shared_ptr<const PreparedResult> prepared);
    void updateStatus();

    ResultTableModel* m_model;
    ResultTableView* m_tableView;
    ResultChartView* m_chartView;
    QTabWidget* m_tabs;
    QToolBar* m_toolBar;
    QComboBox* m_layoutCombo;
    QComboBox* m_chartTypeCombo;
    QSpinBox* m_topNSpin;
    QAction* m_resetZoomAction;
    QLabel* m_status;
    std::shared_ptr<const PreparedResult> m_prepared;
    quint64 m_generation = 0;
    bool m_waiting = false; ///< the latest result is still being prepared
};

} // namespace kx
