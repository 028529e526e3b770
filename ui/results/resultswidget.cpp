// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultswidget.h"

#include <QAction>
#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "resultchartview.h"
#include "resulttablemodel.h"
#include "resulttableview.h"

namespace kx {

ResultsWidget::ResultsWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new ResultTableModel(this))
    , m_tableView(new ResultTableView(m_model, this))
    , m_chartView(new ResultChartView(this))
    , m_tabs(new QTabWidget(this))
    , m_toolBar(new QToolBar(this))
    , m_layoutCombo(new QComboBox(this))
    , m_chartTypeCombo(new QComboBox(this))
    , m_topNSpin(new QSpinBox(this))
    , m_resetZoomAction(new QAction(tr("Reset zoom"), this))
    , m_status(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->addTab(m_tableView, tr("Table"));
    m_tabs->addTab(m_chartView, tr("Chart"));

    m_layoutCombo->setObjectName(QStringLiteral("layoutCombo"));
    m_layoutCombo->addItem(tr("Wide"), int(ResultTableModel::Layout::Wide));
    m_layoutCombo->addItem(tr("Long"), int(ResultTableModel::Layout::Long));
    m_layoutCombo->setToolTip(tr("Wide: one column per series. Long: one row per date, group and measurement."));

    m_chartTypeCombo->setObjectName(QStringLiteral("chartTypeCombo"));
    m_chartTypeCombo->addItem(tr("Line"), int(ChartBuilder::ChartType::Line));
    m_chartTypeCombo->addItem(tr("Area"), int(ChartBuilder::ChartType::Area));
    m_chartTypeCombo->addItem(tr("Bar"), int(ChartBuilder::ChartType::Bar));
    m_chartTypeCombo->addItem(tr("Stacked bar"), int(ChartBuilder::ChartType::StackedBar));

    m_topNSpin->setObjectName(QStringLiteral("topNSpin"));
    m_topNSpin->setRange(0, 1000);
    m_topNSpin->setSpecialValueText(tr("All groups"));
    m_topNSpin->setPrefix(tr("Top "));
    m_topNSpin->setValue(m_chartView->builder()->topN());
    m_topNSpin->setToolTip(tr("Chart the largest groups and sum the rest into \"Other\""));

    m_resetZoomAction->setObjectName(QStringLiteral("resetZoomAction"));
    m_resetZoomAction->setToolTip(tr("Show the whole date range (or double-click the chart)"));
    m_status->setObjectName(QStringLiteral("statusLabel"));

    m_toolBar->setObjectName(QStringLiteral("resultsToolBar"));
    m_toolBar->addWidget(new QLabel(tr("Table:"), this));
    m_toolBar->addWidget(m_layoutCombo);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr("Chart:"), this));
    m_toolBar->addWidget(m_chartTypeCombo);
    m_toolBar->addWidget(m_topNSpin);
    m_toolBar->addAction(m_resetZoomAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_status);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);

    connect(m_layoutCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setLayoutMode(ResultTableModel::Layout(m_layoutCombo->currentData().toInt())); });
    connect(m_chartTypeCombo, &QComboBox::currentIndexChanged, this,
        [this] {
            m_chartView->setChartType(ChartBuilder::ChartType(m_chartTypeCombo->currentData().toInt()));
            updateStatus();
        });
    connect(m_topNSpin, &QSpinBox::valueChanged, this, [this](int n) { m_chartView->setTopN(n); });
    connect(m_resetZoomAction, &QAction::triggered, this, [this] { m_chartView->resetZoom(); });
    updateStatus();
}

ResultsWidget::~ResultsWidget() = default;

void ResultsWidget::setResult(const AggregateResult& result)
{
    prepare(AggregateResult(result));
}

void ResultsWidget::setResult(AggregateResult&& result)
{
    prepare(std::move(result));
}

void ResultsWidget::clear()
{
    ++m_generation; // drops any preparation still running
    m_waiting = false;
    applyPrepared(nullptr);
}

void ResultsWidget::setNameProvider(NameProvider provider)
{
    m_model->setNameProvider(provider);
    m_chartView->setNameProvider(std::move(provider));
}

void ResultsWidget::prepare(AggregateResult&& result)
{
    const quint64 generation = ++m_generation;
    m_waiting = true;
    updateStatus();
    auto* watcher = new QFutureWatcher<std::shared_ptr<const PreparedResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer result (or clear()) came meanwhile
        m_waiting = false;
        applyPrepared(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([result = std::move(result), locale = locale()]() mutable {
        return PreparedResult::create(std::move(result), locale);
    }));
}

void ResultsWidget::applyPrepared(std::shared_ptr<const PreparedResult> prepared)
{
    m_prepared = std::move(prepared);
    if (!m_prepared) {
        m_model->setPreparedResult(m_prepared);
        m_chartView->setPreparedResult(m_prepared);
        updateStatus();
        Q_EMIT resultShown();
        return;
    }
    // The visible view takes the result now, the hidden one on the next event-loop turn: a big
    // result costs the window two short pauses instead of one long one. isPreparing() stays true
    // until both have it.
    const bool chartFirst = m_tabs->currentWidget() == m_chartView;
    if (chartFirst)
        m_chartView->setPreparedResult(m_prepared);
    else
        m_model->setPreparedResult(m_prepared);
    m_waiting = true;
    QTimer::singleShot(0, this, [this, generation = m_generation, chartFirst] {
        if (generation != m_generation)
            return; // a newer result (or clear()) came meanwhile
        if (chartFirst)
            m_model->setPreparedResult(m_prepared);
        else
            m_chartView->setPreparedResult(m_prepared);
        m_waiting = false;
        updateStatus();
        Q_EMIT resultShown();
    });
}

void ResultsWidget::updateStatus()
{
    if (m_waiting) {
        m_status->setText(tr("Preparing the result…"));
        m_status->setToolTip({});
        return;
    }
    if (!m_prepared) {
        m_status->setText(tr("No result"));
        m_status->setToolTip({});
        return;
    }
    const QString text = tr("%1 dates × %2 series")
                             .arg(m_prepared->locale.toString(qlonglong(m_prepared->dateCount())),
                                 m_prepared->locale.toString(qlonglong(m_prepared->result.seriesCount())));
    QString status = m_prepared->problem.isEmpty() ? text : tr("%1 (repaired input)").arg(text);
    QStringList tips;
    if (!m_prepared->problem.isEmpty())
        tips.append(m_prepared->problem);
    const auto type = ChartBuilder::ChartType(m_chartTypeCombo->currentData().toInt());
    const bool bars = ChartBuilder::isBarChart(type);
    if (bars && !ChartBuilder::barsFit(m_prepared->dateCount())) {
        //: Status after "N dates × M series" when a bar chart has too many dates
        status = tr("%1, drawn as lines").arg(status);
        tips.append(tr("Bar charts show at most %1 dates. Choose a longer interval (day, week or month) "
                       "or a shorter date range to see bars.")
                        .arg(m_prepared->locale.toString(qlonglong(ChartBuilder::kMaxBarDates))));
    }
    m_status->setText(status);
    m_status->setToolTip(tips.join(u'\n'));
}

} // namespace kx
