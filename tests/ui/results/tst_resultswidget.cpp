// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "resultfixtures.h"
#include "results/resultchartview.h"
#include "results/resultswidget.h"
#include "results/resulttablemodel.h"
#include "results/resulttableview.h"

using namespace kx;

class TestResultsWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
    }

    void setResultPreparesInBackgroundAndSwapsIn();
    void newerResultWinsOverOlderStillPreparing();
    void toolbarDrivesTableAndChart();
    void tableCopiesVisibleSelectedCells();
    void hiddenColumnsAreHiddenInTotalsToo();
    void nameProviderReachesTableAndChart();
    void clearEmptiesEverything();
    void newResultStartsUnsorted();
    void barsOfTooManyDatesSayTheyAreLines();
};

void TestResultsWidget::barsOfTooManyDatesSayTheyAreLines()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::syntheticResult(2, 1, 2000));
    QVERIFY(shown.wait(10000));
    auto* status = widget.findChild<QLabel*>(QStringLiteral("statusLabel"));
    auto* type = widget.findChild<QComboBox*>(QStringLiteral("chartTypeCombo"));
    QCOMPARE(status->text(), QStringLiteral("2000 dates × 2 series"));
    type->setCurrentIndex(type->findData(int(ChartBuilder::ChartType::StackedBar)));
    QCOMPARE(status->text(), QStringLiteral("2000 dates × 2 series, drawn as lines"));
    QVERIFY(status->toolTip().contains(QStringLiteral("at most 750 dates")));
    QVERIFY(widget.chartView()->builder()->drawsBarsAsLines());
    type->setCurrentIndex(type->findData(int(ChartBuilder::ChartType::Line)));
    QCOMPARE(status->text(), QStringLiteral("2000 dates × 2 series"));
    QVERIFY(status->toolTip().isEmpty());
}

void TestResultsWidget::setResultPreparesInBackgroundAndSwapsIn()
{
    ResultsWidget widget;
    QAbstractItemModelTester tester(widget.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::syntheticResult(30, 3, 2000));
    QVERIFY(widget.isPreparing());
    QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Preparing the result…"));
    QVERIFY(shown.wait(10000));
    QVERIFY(!widget.isPreparing());
    QCOMPARE(widget.tableModel()->rowCount(), 2000);
    QCOMPARE(widget.tableModel()->columnCount(), 1 + 30 * 3);
    QCOMPARE(widget.chartView()->builder()->series().size(), size_t(10 * 3 + 2)); // top 10 + Other count/sum
    QCOMPARE(
        widget.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("2000 dates × 90 series"));
}

void TestResultsWidget::newerResultWinsOverOlderStillPreparing()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    AggregateResult first = test::syntheticResult(50, 3, 8760);
    first.metricId = QStringLiteral("FIRST");
    AggregateResult second = test::countryResult();
    second.metricId = QStringLiteral("SECOND");
    widget.setResult(std::move(first));
    widget.setResult(second);
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isPreparing(), 15000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(widget.preparedResult()->result.metricId, QStringLiteral("SECOND"));
    QCOMPARE(widget.tableModel()->rowCount(), 3);
}

void TestResultsWidget::toolbarDrivesTableAndChart()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::syntheticResult(12, 1, 48));
    QVERIFY(shown.wait(10000));
    auto* layout = widget.findChild<QComboBox*>(QStringLiteral("layoutCombo"));
    auto* type = widget.findChild<QComboBox*>(QStringLiteral("chartTypeCombo"));
    auto* topN = widget.findChild<QSpinBox*>(QStringLiteral("topNSpin"));
    QVERIFY(layout && type && topN);
    layout->setCurrentIndex(1);
    QCOMPARE(widget.tableModel()->layoutMode(), ResultTableModel::Layout::Long);
    QCOMPARE(widget.tableModel()->rowCount(), 48 * 12);
    type->setCurrentIndex(3);
    QCOMPARE(widget.chartView()->builder()->chartType(), ChartBuilder::ChartType::StackedBar);
    topN->setValue(3);
    QCOMPARE(widget.chartView()->builder()->series().size(), size_t(4));
    topN->setValue(0);
    QCOMPARE(widget.chartView()->builder()->series().size(), size_t(12));
    QCOMPARE(topN->text(), QStringLiteral("All groups"));
}

void TestResultsWidget::tableCopiesVisibleSelectedCells()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::countryResult());
    QVERIFY(shown.wait(10000));
    ResultTableView* table = widget.tableView();
    QTableView* view = table->tableView();
    view->sortByColumn(1, Qt::DescendingOrder);
    QAbstractItemModel* model = view->model();
    QItemSelectionModel* selection = view->selectionModel();
    selection->select(QItemSelection(model->index(0, 0), model->index(1, 2)), QItemSelectionModel::Select);
    table->setColumnHidden(2, true);
    std::unique_ptr<QMimeData> mime(table->selectionMimeData());
    const QString dates[] = { model->index(0, 0).data().toString(), model->index(1, 0).data().toString() };
    QCOMPARE(mime->text(), QStringLiteral("Day\tUS · Count\n%1\t30\n%2\t20\n").arg(dates[0], dates[1]));
    QVERIFY(mime->html().contains(QStringLiteral("<td align=\"right\">30</td>")));
    table->copySelection();
    QCOMPARE(QApplication::clipboard()->mimeData()->text(), mime->text());
}

void TestResultsWidget::hiddenColumnsAreHiddenInTotalsToo()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::countryResult());
    QVERIFY(shown.wait(10000));
    ResultTableView* table = widget.tableView();
    QVERIFY(!table->totalsView()->isHidden());
    QCOMPARE(table->totalsView()->model()->index(0, 1).data().toString(), QStringLiteral("60"));
    // The total is on screen: its cell lies inside the row's viewport and has text drawn in it.
    widget.resize(900, 500);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTableView* totals = table->totalsView();
    const QRect cell = totals->visualRect(totals->model()->index(0, 1));
    QCOMPARE(totals->columnWidth(1), table->tableView()->columnWidth(1));
    QVERIFY(totals->columnWidth(1) > 20);
    QVERIFY2(totals->viewport()->rect().contains(cell),
        qPrintable(QStringLiteral("%1,%2 %3x%4").arg(cell.x()).arg(cell.y()).arg(cell.width()).arg(cell.height())));
    const QImage image = totals->viewport()->grab(cell).toImage();
    const QRgb background = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y) {
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = qGray(image.pixel(x, y)) < qGray(background) - 80; // dark text on the cell
    }
    QVERIFY(drawn);
    QSignalSpy visibility(table, &ResultTableView::columnVisibilityChanged);
    table->setColumnHidden(3, true);
    QCOMPARE(visibility.count(), 1);
    QVERIFY(table->totalsView()->isColumnHidden(3));
    table->tableView()->setColumnWidth(1, 222);
    QCOMPARE(table->totalsView()->columnWidth(1), 222);
    table->showAllColumns();
    QVERIFY(!table->totalsView()->isColumnHidden(3));
    widget.findChild<QComboBox*>(QStringLiteral("layoutCombo"))->setCurrentIndex(1);
    QVERIFY(table->totalsView()->isHidden());
}

void TestResultsWidget::nameProviderReachesTableAndChart()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setNameProvider([](const QString&, const QString& value) {
        return value == QStringLiteral("DE") ? QStringLiteral("Germany") : QString();
    });
    widget.setResult(test::countryResult());
    QVERIFY(shown.wait(10000));
    QCOMPARE(widget.tableModel()->headerData(7, Qt::Horizontal).toString(), QStringLiteral("Germany · Count"));
    const auto& specs = widget.chartView()->builder()->series();
    QVERIFY(std::any_of(
        specs.begin(), specs.end(), [](const auto& s) { return s.name == QStringLiteral("Germany · Count"); }));
}

void TestResultsWidget::clearEmptiesEverything()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::countryResult());
    QVERIFY(shown.wait(10000));
    widget.setResult(test::syntheticResult(3, 1, 10)); // dropped by clear()
    widget.clear();
    QCOMPARE(widget.tableModel()->rowCount(), 0);
    QVERIFY(widget.chartView()->builder()->series().empty());
    QVERIFY(!widget.preparedResult());
    QTest::qWait(200);
    QVERIFY(!widget.preparedResult());
    QCOMPARE(widget.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(), QStringLiteral("No result"));
}

void TestResultsWidget::newResultStartsUnsorted()
{
    ResultsWidget widget;
    QSignalSpy shown(&widget, &ResultsWidget::resultShown);
    widget.setResult(test::countryResult());
    QVERIFY(shown.wait(10000));
    QTableView* view = widget.tableView()->tableView();
    view->sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("30"));
    widget.setResult(test::countryResult());
    QVERIFY(shown.wait(10000));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), -1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("10"));
}

QTEST_MAIN(TestResultsWidget)
#include "tst_resultswidget.moc"
